#include "phrase_matcher.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "biennien/rules.hpp"

namespace biennien::events {
namespace {

// ICU's UTF-8 macros convert implicitly; the warnings they raise are theirs, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
UChar32 code_point_before(std::string_view text, std::size_t pos) {
  if (pos == 0) return U_SENTINEL;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_PREV(text.data(), 0, i, c);
  return c;
}
#pragma GCC diagnostic pop

// A letter, digit or mark; ASCII answered without ICU (its letters and digits are the only ASCII
// word characters).
bool is_word_char(UChar32 c) {
  if (c >= 0 && c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return c >= 0 && (u_isalnum(c) || u_getCombiningClass(c) != 0);
}

// Two characters as one key, each case-folded as RE2's (?i) compares them (simple case folding).
uint64_t pair_key(UChar32 first, UChar32 second) {
  return static_cast<uint64_t>(static_cast<uint32_t>(u_foldCase(first, U_FOLD_CASE_DEFAULT))) << 32 |
         static_cast<uint32_t>(u_foldCase(second, U_FOLD_CASE_DEFAULT));
}

// The regex for one phrase: its words, quoted, joined by runs of spaces.
std::string phrase_pattern(std::string_view phrase) {
  const std::string folded = fold_for_lookup(phrase);
  std::string pattern;
  std::size_t start = 0;
  while (start <= folded.size()) {
    const std::size_t space = std::min(folded.find(' ', start), folded.size());
    if (!pattern.empty()) pattern += " +";
    pattern += RE2::QuoteMeta(folded.substr(start, space - start));
    start = space + 1;
  }
  return pattern;
}

}  // namespace

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wold-style-cast"
UChar32 code_point_at(std::string_view text, std::size_t pos, std::size_t* next) {
  if (pos >= text.size()) return U_SENTINEL;
  int32_t i = static_cast<int32_t>(pos);
  UChar32 c = 0;
  U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
  if (next) *next = static_cast<std::size_t>(i);
  return c;
}
#pragma GCC diagnostic pop

bool is_word_start(std::string_view text, std::size_t pos) {
  return is_word_char(code_point_at(text, pos)) && !is_word_char(code_point_before(text, pos));
}

bool is_upper_at(std::string_view text, std::size_t pos) { return u_isupper(code_point_at(text, pos)); }

std::size_t word_end(std::string_view text, std::size_t pos) {
  for (std::size_t next = pos; pos < text.size() && is_word_char(code_point_at(text, pos, &next));)
    pos = next;
  return pos;
}

std::size_t next_word_start(std::string_view text, std::size_t pos) {
  // From the first character after `pos`, each decoded once.
  for (++pos; pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80;) ++pos;
  if (pos >= text.size()) return text.size();
  bool after_word = is_word_char(code_point_before(text, pos));
  for (std::size_t next = pos; pos < text.size(); pos = next) {
    const bool word = is_word_char(code_point_at(text, pos, &next));
    if (word && !after_word) return pos;
    after_word = word;
  }
  return text.size();
}

Expected<PhraseMatcher> PhraseMatcher::build(const std::vector<std::string>& phrases, std::string_view file) {
  auto entries = std::make_shared<std::map<std::string, std::size_t, std::less<>>>();
  std::string alternatives;
  for (std::size_t i = 0; i < phrases.size(); ++i) {
    if (!entries->emplace(fold_for_lookup(phrases[i]), i).second) continue;  // the first one wins
    if (!alternatives.empty()) alternatives += '|';
    alternatives += phrase_pattern(phrases[i]);
  }
  auto openings = std::make_shared<Openings>();
  for (const auto& [folded, index] : *entries) {
    std::size_t next = 0;
    const UChar32 first = code_point_at(folded, 0, &next);
    const UChar32 second = code_point_at(folded, next);
    if (first < 0) continue;
    if (second < 0)
      openings->singles.insert(u_foldCase(first, U_FOLD_CASE_DEFAULT));
    else
      openings->pairs.insert(pair_key(first, second));
  }
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  // A phrase must end where a word ends: the next character, if any, is no letter, digit or mark.
  auto regex = std::make_shared<RE2>("((?i:" + alternatives + "))(?:[^\\pL\\pN\\pM]|\\z)", options);
  if (!regex->ok()) return Error{std::string(file), "cannot compile the phrases: " + regex->error()};
  PhraseMatcher matcher;
  matcher.regex_ = std::move(regex);
  matcher.entries_ = std::move(entries);
  matcher.openings_ = std::move(openings);
  return matcher;
}

bool PhraseMatcher::Openings::may_begin(std::string_view text, std::size_t pos) const {
  std::size_t next = 0;
  const UChar32 first = code_point_at(text, pos, &next);
  if (first < 0) return false;
  if (!singles.empty() && singles.contains(u_foldCase(first, U_FOLD_CASE_DEFAULT))) return true;
  const UChar32 second = code_point_at(text, next);
  return second >= 0 && pairs.contains(pair_key(first, second));
}

std::optional<PhraseMatcher::Match> PhraseMatcher::match_at(std::string_view text, std::size_t pos) const {
  if (entries_->empty() || !openings_->may_begin(text, pos)) return std::nullopt;
  re2::StringPiece groups[2];
  if (!regex_->Match(re2::StringPiece(text.data(), text.size()), pos, text.size(), RE2::ANCHOR_START, groups,
                     2))
    return std::nullopt;
  const auto it = entries_->find(fold_for_lookup(std::string_view(groups[1].data(), groups[1].size())));
  if (it == entries_->end()) return std::nullopt;
  return Match{pos + groups[1].size(), it->second};
}

std::vector<std::pair<std::size_t, PhraseMatcher::Match>> PhraseMatcher::find_all(std::string_view text,
                                                                                  std::size_t begin,
                                                                                  std::size_t end) const {
  std::vector<std::pair<std::size_t, Match>> found;
  for (std::size_t pos = is_word_start(text, begin) ? begin : next_word_start(text, begin); pos < end;) {
    const auto match = match_at(text, pos);
    if (!match || match->end > end) {
      pos = next_word_start(text, pos);
      continue;
    }
    found.emplace_back(pos, *match);
    pos = next_word_start(text, match->end);  // a match ends before a non-word character
  }
  return found;
}

}  // namespace biennien::events
