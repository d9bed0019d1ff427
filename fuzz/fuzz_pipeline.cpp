// Raw bytes as the text of a .txt article through text, publication, temporal, resolve, events,
// timeline and the writers, with and without publication metadata.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "harness.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  return biennien::fuzz::verdict(biennien::fuzz::run_pipeline_both(std::string_view(reinterpret_cast<const char*>(data), size)));
}
