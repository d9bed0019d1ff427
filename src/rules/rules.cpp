#include "biennien/rules.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <utility>
#include <fstream>
#include <sstream>

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <climits>

#include "biennien/embedded.hpp"

namespace biennien {
namespace {

constexpr std::string_view kEmbeddedRoot = "rules/vi/";

// Old-style placements (mark on the first vowel of oa/oe/uy) and their one matching spelling.
// Every pair has the same UTF-8 length, which keeps byte offsets valid.
struct ToneVariant {
  std::string_view from, to;
};
constexpr ToneVariant kToneVariants[] = {
    {"oà", "òa"}, {"oá", "óa"}, {"oả", "ỏa"}, {"oã", "õa"}, {"oạ", "ọa"},
    {"oè", "òe"}, {"oé", "óe"}, {"oẻ", "ỏe"}, {"oẹ", "ọe"}, {"uý", "úy"},
    {"uỷ", "ủy"}, {"uỵ", "ụy"}, {"Oà", "Òa"}, {"Oá", "Óa"}, {"Oả", "Ỏa"},
    {"Oã", "Õa"}, {"Oạ", "Ọa"}, {"Oè", "Òe"}, {"Oé", "Óe"}, {"Oẻ", "Ỏe"},
    {"Oẹ", "Ọe"}, {"Uý", "Úy"}, {"Uỷ", "Ủy"}, {"Uỵ", "Ụy"}, {"OÀ", "ÒA"},
    {"OÁ", "ÓA"}, {"OẢ", "ỎA"}, {"OÃ", "ÕA"}, {"OẠ", "ỌA"}, {"OÈ", "ÒE"},
    {"OÉ", "ÓE"}, {"OẺ", "ỎE"}, {"OẸ", "ỌE"}, {"UÝ", "ÚY"}, {"UỶ", "ỦY"},
    {"UỴ", "ỤY"},
};

// The placements whose spellings differ in UTF-8 length (õ, ù and ũ take two bytes, ẽ, ỳ and ỹ
// three): folded for look-up only (fold_for_lookup), since folding them in a text would move the
// byte offsets after them ("Thuỳ", "Luỹ kế" keep their spelling in folded text).
constexpr ToneVariant kResizingToneVariants[] = {
    {"oẽ", "õe"}, {"uỳ", "ùy"}, {"Oẽ", "Õe"}, {"Uỳ", "Ùy"}, {"OẼ", "ÕE"},
    {"UỲ", "ÙY"}, {"uỹ", "ũy"}, {"Uỹ", "Ũy"}, {"UỸ", "ŨY"},
};

static_assert([] {
  for (const auto& v : kToneVariants)
    if (v.from.size() != v.to.size()) return false;
  return true;
}(), "a tone variant changes the byte length");

// Whether ICU reads `s` as UTF-8 without replacing anything by U+FFFD.
bool is_well_formed_utf8(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    if (b[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

bool is_letter_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// Replaces in `out` each old-style placement of `variants` by its matching spelling.
template <std::size_t N>
void fold_variants(std::string& out, const ToneVariant (&variants)[N]) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(out[i]);
    if (c != 'o' && c != 'u' && c != 'O' && c != 'U') continue;
    // Every variant is an o or u and a letter with a tone mark: none when the next byte is ASCII.
    if (i + 1 == out.size() || static_cast<unsigned char>(out[i + 1]) < 0x80) continue;
    for (const auto& v : variants) {
      if (out[i] != v.from[0] || out.compare(i, v.from.size(), v.from) != 0) continue;
      // The two placements differ only in open syllables ("hoà"/"hòa"; "hoàn" has one spelling),
      // and "qu" is a consonant ("quý" is already right).
      const std::size_t after = i + v.from.size();
      if (after < out.size() && is_letter_byte(static_cast<unsigned char>(out[after]))) break;
      if (i > 0 && (out[i - 1] == 'q' || out[i - 1] == 'Q')) break;
      out.replace(i, v.from.size(), v.to);
      i += v.to.size() - 1;
      break;
    }
  }
}

}  // namespace

std::string fold_tone_marks(std::string_view utf8) {
  std::string out(utf8);
  fold_variants(out, kToneVariants);
  return out;
}

namespace {

// fold_for_lookup without its cache.
std::string fold_for_lookup_uncached(std::string_view phrase) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  const bool have_nfc = U_SUCCESS(status);
  const icu::StringPiece bytes(phrase.data(), static_cast<int32_t>(phrase.size()));
  std::string lowered;
  // The common case, well-formed UTF-8 already in NFC: lower-cased as UTF-8, without the round trip
  // through UTF-16 (the same full case mapping of the default locale).
  bool done = false;
  if (have_nfc && phrase.size() <= static_cast<std::size_t>(INT32_MAX) && is_well_formed_utf8(phrase) &&
      nfc->isNormalizedUTF8(bytes, status) && U_SUCCESS(status)) {
    icu::StringByteSink<std::string> sink(&lowered, static_cast<int32_t>(phrase.size()));
    icu::CaseMap::utf8ToLower(nullptr, 0, bytes, sink, nullptr, status);
    done = U_SUCCESS(status);
  }
  if (!done) {
    status = U_ZERO_ERROR;
    icu::UnicodeString text = icu::UnicodeString::fromUTF8(bytes);
    if (have_nfc) text = nfc->normalize(text, status);
    text.toLower();
    lowered.clear();
    text.toUTF8String(lowered);
  }
  std::string out = fold_tone_marks(lowered);
  // Then the placements whose two spellings differ in length, which the text cannot fold in place.
  fold_variants(out, kResizingToneVariants);
  std::size_t length = 0;  // runs of spaces and tabs to one space, none at either end
  bool space = false;
  for (const char c : out) {
    if (c == ' ' || c == '\t') {
      space = length != 0;
      continue;
    }
    if (space) out[length++] = ' ';
    space = false;
    out[length++] = c;
  }
  out.resize(length);
  return out;
}

}  // namespace

// Callers fold the same phrases again and again (the words of a list for every mention, the words of
// a sentence for each of its mentions): each thread remembers the short phrases it folded, and the
// last long ones.
std::string fold_for_lookup(std::string_view phrase) {
  constexpr std::size_t kShort = 64, kShortEntries = 4096, kLongEntries = 4;
  struct Cache {
    std::unordered_map<std::string, std::string> short_phrases;
    std::array<std::pair<std::string, std::string>, kLongEntries> long_phrases;
    std::size_t next_long = 0;
  };
  thread_local Cache cache;
  if (phrase.size() <= kShort) {
    if (const auto it = cache.short_phrases.find(std::string(phrase)); it != cache.short_phrases.end()) return it->second;
    if (cache.short_phrases.size() >= kShortEntries) cache.short_phrases.clear();
    return cache.short_phrases.emplace(std::string(phrase), fold_for_lookup_uncached(phrase)).first->second;
  }
  for (const auto& [from, to] : cache.long_phrases)
    if (from == phrase) return to;
  auto& slot = cache.long_phrases[cache.next_long++ % kLongEntries];
  slot = {std::string(phrase), fold_for_lookup_uncached(phrase)};
  return slot.second;
}

bool fold_alike(std::string_view a, std::string_view b) {
  constexpr std::string_view kSpaces = " \t";
  // The next word of `s` from `at`, or an empty view at its end; `at` moves past it.
  auto next_word = [&](std::string_view s, std::size_t& at) {
    const std::size_t begin = std::min(s.size(), s.find_first_not_of(kSpaces, at));
    at = std::min(s.size(), s.find_first_of(kSpaces, begin));
    return s.substr(begin, at - begin);
  };
  for (std::size_t at_a = 0, at_b = 0;;) {
    const std::string_view word_a = next_word(a, at_a), word_b = next_word(b, at_b);
    if (word_a.empty() || word_b.empty()) return word_a.empty() && word_b.empty();
    if (word_a != word_b && fold_for_lookup(word_a) != fold_for_lookup(word_b)) return false;
  }
}

const std::string* WordList::find(std::string_view phrase) const {
  auto it = index.find(fold_for_lookup(phrase));
  return it == index.end() ? nullptr : &entries[it->second].value;
}

RuleFiles RuleFiles::embedded() {
  RuleFiles files;
  files.origin_ = "rules/vi";
  for (const auto& f : embedded::files())
    if (f.path.starts_with(kEmbeddedRoot))
      files.files_.emplace(std::string(f.path.substr(kEmbeddedRoot.size())), std::string(f.bytes));
  return files;
}

Expected<RuleFiles> RuleFiles::from_directory(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Error{dir.string(), "not a folder of rules"};
  RuleFiles files;
  files.origin_ = dir.lexically_normal().string();
  while (!files.origin_.empty() && files.origin_.back() == '/') files.origin_.pop_back();
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return Error{it->path().string(), "cannot be read"};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    files.files_.emplace(it->path().lexically_relative(dir).generic_string(), bytes.str());
  }
  if (ec) return Error{dir.string(), ec.message()};
  return files;
}

const std::string* RuleFiles::find(std::string_view name) const {
  auto it = files_.find(name);
  return it == files_.end() ? nullptr : &it->second;
}

std::string RuleFiles::display_name(std::string_view name) const {
  return origin_ + "/" + std::string(name);
}

std::vector<std::string> RuleFiles::list(std::string_view folder, std::string_view extension) const {
  std::vector<std::string> names;
  for (const auto& [name, text] : files_)
    if (name.starts_with(folder) && name.ends_with(extension)) names.push_back(name);
  return names;  // std::map keeps them sorted
}

Expected<WordList> RuleFiles::word_list(std::string_view name) const {
  WordList list;
  list.file = display_name(name);
  const std::string* text = find(name);
  if (!text) return Error{list.file, "missing word list"};
  std::istringstream in(*text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const auto first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    WordEntry entry;
    entry.line = number;
    const auto tab = line.find('\t');
    entry.phrase = line.substr(0, tab);
    if (tab != std::string::npos) entry.value = line.substr(tab + 1);
    while (!entry.phrase.empty() && entry.phrase.back() == ' ') entry.phrase.pop_back();
    if (entry.phrase.empty() || entry.value.find('\t') != std::string::npos)
      return Error{list.file + ":" + std::to_string(number), "expected `phrase<TAB>value`"};
    list.index.emplace(fold_for_lookup(entry.phrase), list.entries.size());
    list.entries.push_back(std::move(entry));
  }
  return list;
}

}  // namespace biennien
