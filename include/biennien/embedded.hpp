// Files compiled into the binary at build time (cmake/EmbedFiles.cmake): rules/vi, the
// organisation registry and the web viewer. Paths are relative to the repository root.
#pragma once
#include <string_view>
#include <vector>

namespace biennien::embedded {
struct EmbeddedFile {
  std::string_view path;   // e.g. "rules/vi/lists/weekday.tsv"
  std::string_view bytes;
};
// Every embedded file, sorted by path.
const std::vector<EmbeddedFile>& files();
}  // namespace biennien::embedded
