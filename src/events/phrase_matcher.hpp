// Internal to the events stage: finding word-list phrases in Document::folded.
#pragma once
#include <re2/re2.h>
#include <unicode/umachine.h>

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "biennien/error.hpp"

namespace biennien::events {

// The code point at byte `pos` (negative when none or malformed); `next` receives the offset after it.
UChar32 code_point_at(std::string_view text, std::size_t pos, std::size_t* next = nullptr);
// True when `text[pos]` starts a word: a letter or digit not preceded by one.
bool is_word_start(std::string_view text, std::size_t pos);
// True when the code point at `pos` is an upper-case letter.
bool is_upper_at(std::string_view text, std::size_t pos);
// Byte offset just past the word (letters, digits, marks) that starts at `pos`.
std::size_t word_end(std::string_view text, std::size_t pos);
// Byte offset of the next word start after `pos` (text.size() when none).
std::size_t next_word_start(std::string_view text, std::size_t pos);

// A set of phrases matched whole words at a time, ignoring case, tone-mark placement and the length
// of space runs; the longest phrase at a position wins. Cheap to copy.
class PhraseMatcher {
 public:
  struct Match {
    std::size_t end = 0;    // byte offset just past the phrase
    std::size_t entry = 0;  // index of the phrase in the list given to build()
  };
  // `file` names the list in errors.
  static Expected<PhraseMatcher> build(const std::vector<std::string>& phrases, std::string_view file);
  // The longest phrase that starts at `pos` and ends at a word end.
  std::optional<Match> match_at(std::string_view text, std::size_t pos) const;
  // Every match at a word start in [begin, end), left to right, none overlapping.
  std::vector<std::pair<std::size_t, Match>> find_all(std::string_view text, std::size_t begin,
                                                      std::size_t end) const;

 private:
  // How the phrases begin, case-folded: a position whose characters begin no phrase is answered
  // without the regex.
  struct Openings {
    std::unordered_set<uint64_t> pairs;   // the first two characters (pair_key in the .cpp)
    std::unordered_set<UChar32> singles;  // a phrase of one character
    bool may_begin(std::string_view text, std::size_t pos) const;
  };
  std::shared_ptr<const RE2> regex_;
  std::shared_ptr<const std::map<std::string, std::size_t, std::less<>>> entries_;  // folded phrase -> index
  std::shared_ptr<const Openings> openings_;
};

}  // namespace biennien::events
