// Raw bytes as a JSONL stream (the reader of `biennien tag` and of .jsonl files).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  return biennien::fuzz::verdict(biennien::fuzz::run_jsonl(std::string_view(reinterpret_cast<const char*>(data), size)));
}
