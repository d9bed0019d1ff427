#include "biennien/cli.hpp"

int main(int argc, char** argv) { return biennien::run_cli(argc, argv); }
