// The language as data: the files of rules/vi, compiled in or read from a folder (--rules DIR),
// and the word-list format they share.
//
//   auto files = biennien::RuleFiles::embedded();
//   auto weekdays = files.word_list("lists/weekday.tsv");   // Expected<WordList>
//
// Word lists are UTF-8 text, one entry a line: `phrase<TAB>value`; `#` starts a comment line;
// blank lines are ignored. A malformed line is an Error naming `file:line`.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/error.hpp"

namespace biennien {

struct WordEntry {
  std::string phrase;  // as written in the file (NFC)
  std::string value;   // second column; empty when the file has one column
  int line = 0;
};

struct WordList {
  std::string file;  // e.g. "rules/vi/lists/weekday.tsv"
  std::vector<WordEntry> entries;
  std::map<std::string, std::size_t, std::less<>> index;  // fold_for_lookup(phrase) -> entry
  // The value of `phrase`, compared case-insensitively after tone-mark folding; nullptr if absent.
  const std::string* find(std::string_view phrase) const;
};

// The files of one language folder, keyed by path relative to it ("lists/weekday.tsv").
class RuleFiles {
 public:
  // The files of rules/vi compiled into the binary.
  static RuleFiles embedded();
  // Every regular file under `dir`; an Error if it cannot be read.
  static Expected<RuleFiles> from_directory(const std::filesystem::path& dir);

  // The text of `name`, or nullptr. `display_name(name)` is what errors print ("rules/vi/x.rules").
  const std::string* find(std::string_view name) const;
  std::string display_name(std::string_view name) const;
  // Names of the files under `folder` (e.g. "temporal/") with the given extension, sorted.
  std::vector<std::string> list(std::string_view folder, std::string_view extension) const;
  // Parses a word list; an Error names the file and line.
  Expected<WordList> word_list(std::string_view name) const;

 private:
  std::string origin_;  // "rules/vi" or the folder given
  std::map<std::string, std::string, std::less<>> files_;
};

// Folds a phrase for dictionary look-up: NFC, lower case, one tone-mark placement
// ("hoà" and "hòa" fold alike), runs of spaces to one space.
std::string fold_for_lookup(std::string_view phrase);

// fold_for_lookup(a) == fold_for_lookup(b). Folding never crosses a space or a tab, so the two are
// compared word by word, each word folded once per thread, up to the first word that differs.
bool fold_alike(std::string_view a, std::string_view b);

}  // namespace biennien

namespace biennien {
// Replaces old-style tone-mark placement by the one spelling used for matching ("hoà" → "hòa",
// "thuỷ" → "thủy", "Hoá" → "Hóa"). Each replacement has the same byte length as what it replaces,
// so byte offsets into the result are byte offsets into the input.
std::string fold_tone_marks(std::string_view utf8);
}  // namespace biennien
