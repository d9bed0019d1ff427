// The command line: `biennien build | tag | export` (see README.md). Returns the exit code of
// DESIGN.md: 0 success, 1 some input could not be used (the rest was processed), 2 usage error.
#pragma once

namespace biennien {
int run_cli(int argc, char** argv);
}  // namespace biennien
