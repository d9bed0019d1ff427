// Raw bytes as an .html article page (Gumbo), then its text through the pipeline.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  return biennien::fuzz::verdict(biennien::fuzz::run_html(std::string_view(reinterpret_cast<const char*>(data), size)));
}
