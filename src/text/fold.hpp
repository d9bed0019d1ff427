// Internal to the text stage: the folding of an article's text for matching.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/text.hpp"

namespace biennien::text {

struct FoldedText {
  std::string text;                     // NFC, one tone-mark placement, spaces and dashes folded
  std::vector<OffsetRun> offset_runs;   // as Document::offset_runs
};

// Folds `original` (UTF-8; an invalid byte becomes U+FFFD): NFC; every Unicode space except line
// breaks to ' ', every dash (U+2010..U+2015, U+2212) to '-', one per character; then
// `fold_tone_marks`. Bytes of unchanged characters map exactly; the bytes of a character or an NFC
// segment that changed all map to its first original byte.
FoldedText fold_text(std::string_view original);

}  // namespace biennien::text
