// Stage 6: organisations and events in one article's body sentences.
#include "biennien/events.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <set>
#include <tuple>

#include "phrase_matcher.hpp"

namespace biennien {
namespace {

using events::is_upper_at;
using events::is_word_start;
using events::next_word_start;
using events::PhraseMatcher;

constexpr std::size_t kMaxPlaceWords = 5;       // "Thành phố Hồ Chí Minh"
constexpr std::size_t kMaxBracketed = 16;       // bytes of "(GD-ĐT)" inside a name, brackets included
constexpr std::size_t kMaxTitleWords = 25;      // a title is a name, not the rest of the sentence
constexpr std::size_t kMaxPatientWords = 16;    // "Khai mạc <what>": a longer subject is a clause
constexpr std::size_t kClauseSubjectWords = 6;  // ", Tổng thống Biden đã ...": words up to a clause's verb
constexpr std::size_t kCommemorationWords = 8;  // how far back "Ngày ..." may stand before a date

constexpr std::string_view kNone = "!";         // a word-list value: the phrase is none of these
constexpr std::string_view kUnnamed = "-";      // place_markers.tsv: a place the sentence does not name
constexpr std::size_t kAdminWords = 2;          // the longest administrative word: "thành phố"
constexpr int kMaxLowerInNamePart = 3;          // "Phát triển nông thôn": a capitalised word and three more
constexpr std::size_t kSectorSpellingBytes = 160;  // "Nông nghiệp và Phát triển nông thôn" is 45
constexpr int kMaxLowerInFieldPart = 1;  // "Y tế", "Xây dựng": a field's words in a ministry's name
constexpr std::size_t kAdjunctPhraseWords = 3;  // the longest phrase of time_adjunct_markers.tsv
constexpr std::size_t kPluralLookBack = 3;      // "các Quận, Huyện đoàn"
// The lengths a person's name is tried with, in turn: most Vietnamese names have three words
// ("Lê Hoàng Đức", where "Hoàng" is a family name too), then "Nguyễn Thị Minh Khai", "Y Nhuận".
constexpr std::size_t kPersonWords[] = {3, 4, 2};
constexpr std::size_t kRoleLookBack = 5;         // words before a name where a title or agent may start
constexpr std::size_t kMaxAbbreviation = 24;     // bytes of "(BCH)", "(HĐND)" with the brackets
constexpr std::size_t kOwnerLookBack = 6;        // "Hội nghị lần thứ 7 <body>": event word to the body's name
constexpr std::size_t kSittingOwnerWords = 8;    // "Kỳ họp lần thứ 39 Ủy ban liên Chính phủ": sitting word to the body
constexpr std::size_t kAgentListWords = 8;       // "do Công ty Sao Mai và <body>": names before a body after "do"
constexpr std::size_t kComparisonReach = 160;    // bytes before a date where a comparison word counts
constexpr std::size_t kQuotedSentences = 3;      // sentences a quotation split by full stops may join
constexpr std::size_t kMaxCreditWords = 4;       // "Ảnh: Nguyễn Duy Quang": a photo credit's name
constexpr std::size_t kMaxListedHeads = 6;       // "Thành ủy, HĐND, UBND TP X": heads that share a place
// A kicker or credit before a sentence: a few capitalised words and " - " or " * " ("TTTĐ - ",
// "(Tin) - ", "(TTXVN) * "), or a bullet alone ("* ", "• ").
constexpr const char* kKicker =
    R"((?:\(?[\p{Lu}\pN][\pL\pN\pM.]*\)?(?: +\(?[\p{Lu}\pN][\pL\pN\pM.]*\)?){0,3} +[-*•] +)?(?:[*•] +)?)";

RE2::Options longest_match() {
  RE2::Options options;
  options.set_longest_match(true);
  return options;
}

// A word list matched in text: the phrases and the value of each.
struct Vocabulary {
  PhraseMatcher matcher;
  std::vector<std::string> phrases;  // as written
  std::vector<std::string> values;   // by PhraseMatcher::Match::entry

  // The matcher's answers without the phrases valued kNone, which are listed only so that the
  // shorter phrases inside them do not count ("tiêu hủy" is no "hủy").
  std::optional<PhraseMatcher::Match> match_at(std::string_view text, std::size_t pos) const {
    auto match = matcher.match_at(text, pos);
    return match && values[match->entry] != kNone ? match : std::nullopt;
  }
  std::vector<std::pair<std::size_t, PhraseMatcher::Match>> find_all(std::string_view text, std::size_t begin,
                                                                     std::size_t end) const {
    auto found = matcher.find_all(text, begin, end);
    std::erase_if(found, [&](const auto& at_match) { return values[at_match.second.entry] == kNone; });
    return found;
  }
};

Expected<Vocabulary> vocabulary(const std::vector<std::pair<std::string, std::string>>& entries,
                                std::string_view file) {
  std::vector<std::string> phrases;
  Vocabulary result;
  for (const auto& [phrase, value] : entries) {
    phrases.push_back(phrase);
    result.phrases.push_back(phrase);
    result.values.push_back(value);
  }
  auto matcher = PhraseMatcher::build(phrases, file);
  if (!matcher) return matcher.error();
  result.matcher = *matcher;
  return result;
}

Expected<Vocabulary> vocabulary(const RuleFiles& files, std::string_view name) {
  auto list = files.word_list(name);
  if (!list) return list.error();
  std::vector<std::pair<std::string, std::string>> entries;
  for (const WordEntry& entry : list->entries) entries.emplace_back(entry.phrase, entry.value);
  return vocabulary(entries, list->file);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end && is_space(text[pos])) ++pos;
  return pos;
}

// The end of `text[begin, end)` without trailing spaces and `,` `;` `:` `.` `-` `(`.
std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin && (is_space(text[end - 1]) ||
                         std::string_view(",;:.-(").find(text[end - 1]) != std::string_view::npos))
    --end;
  return end;
}

// `name` without the abbreviations in brackets inside it ("Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội" is
// "Sở Giáo dục và Đào tạo Hà Nội"), which the name reader reads over.
std::string without_bracketed(std::string name) {
  for (std::size_t open = name.find(" ("); open != std::string::npos; open = name.find(" (", open)) {
    const std::size_t close = name.find(')', open);  // npos: the name ends in the brackets
    name.erase(open, close == std::string::npos ? close : close + 1 - open);
  }
  return name;
}

// `name` with "&" between words spelled "và" ("Bộ Khoa học & Công nghệ" is "Bộ Khoa học và Công
// nghệ"), but not inside an abbreviation ("GD&ĐT", "T&T"): the word before it has a small letter.
std::string and_spelled_out(const std::string& name) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t amp = name.find('&'); amp != std::string::npos; amp = name.find('&', amp + 1)) {
    const std::size_t word_end = trim_end(name, from, amp);
    std::size_t word = word_end;
    while (word > from && !is_space(name[word - 1])) --word;
    bool small = false;
    for (std::size_t at = word, next = word; at < word_end && !small; at = next)
      small = u_islower(events::code_point_at(name, at, &next));
    if (!small) continue;
    out += name.substr(from, word_end - from) + " và ";
    from = skip_spaces(name, amp + 1, name.size());
  }
  return out + name.substr(from);
}

// `text` with its first letter in upper case (`upper`) or in lower case.
std::string with_first_letter(std::string text, bool upper) {
  std::size_t rest = 0;
  if (events::code_point_at(text, 0, &rest) < 0) return text;
  icu::UnicodeString first =
      icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(rest)));
  std::string cased;
  (upper ? first.toUpper() : first.toLower()).toUTF8String(cased);
  return cased + text.substr(rest);
}

// `text` with its first letter in upper case and runs of spaces as one.
std::string capitalised(std::string_view text) {
  std::string out;
  for (char c : text)
    if (!is_space(c) || (!out.empty() && out.back() != ' ')) out += is_space(c) ? ' ' : c;
  return with_first_letter(std::move(out), true);
}

// The space-separated tokens of text[begin, end), as byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> tokens(std::string_view text, std::size_t begin,
                                                        std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (std::size_t pos = skip_spaces(text, begin, end); pos < end; pos = skip_spaces(text, pos, end)) {
    const std::size_t stop = std::min(text.find_first_of(" \t\n\r", pos), end);
    found.emplace_back(pos, stop);
    pos = stop;
  }
  return found;
}

// True when text[begin, end) is one word: letters, digits and marks only.
bool is_plain_word(std::string_view text, std::size_t begin, std::size_t end) {
  return is_word_start(text, begin) && events::word_end(text, begin) == end;
}

// A name folded for full_names.tsv: "&" taken for "-", and no spaces around "-" ("Bộ GD & ĐT" and
// "Bộ GD-ĐT" alike).
std::string name_key(std::string_view name) {
  std::string key = fold_for_lookup(name);
  std::replace(key.begin(), key.end(), '&', '-');
  std::string out;
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (key[i] == ' ' && ((!out.empty() && out.back() == '-') || (i + 1 < key.size() && key[i + 1] == '-')))
      continue;
    out += key[i];
  }
  return out;
}

// A word of a name or a spelling for sectors.tsv: its bytes and its folded form.
struct SectorWord {
  std::size_t begin, end;
  std::string folded;
};

// The words of a name or a spelling for sectors.tsv, the first `at_most`: "-", "&" and "," part words
// as spaces do, and "và" is left out ("Văn hóa, Thể thao và Du lịch": "văn", "hóa", "thể", ...).
std::vector<SectorWord> sector_words(std::string_view name, std::size_t at_most = SIZE_MAX) {
  std::vector<SectorWord> words;
  const auto parts = [](char c) { return c == ' ' || c == '-' || c == '&' || c == ','; };
  for (std::size_t pos = 0; pos < name.size() && words.size() < at_most;) {
    if (parts(name[pos])) {
      ++pos;
      continue;
    }
    const std::size_t begin = pos;
    while (pos < name.size() && !parts(name[pos])) ++pos;
    std::string folded = fold_for_lookup(name.substr(begin, pos - begin));
    if (folded != "và") words.push_back({begin, pos, std::move(folded)});
  }
  return words;
}

}  // namespace

namespace events {
// What follows an organisation head (organisation_patterns.tsv).
enum class NameMode { place, name, field, alone };

struct Pattern {
  int depth = 0;      // in the Youth Union; 0 for other bodies
  NameMode mode = NameMode::place;
  std::string admin;  // "huyện" for "Huyện đoàn"; "" when none
  bool none = false;  // "!": a place's or a person's name that opens with a head ("Hội An")
};

// The word lists and matchers of the events stage.
struct Lexicon {
  Vocabulary organisations;           // registry names and aliases; value: the id
  Vocabulary unit_types;              // organisation_patterns.tsv; value as written
  std::vector<Pattern> patterns;      // by unit_types entry
  std::map<std::string, std::size_t, std::less<>> registry_types;  // id -> unit_types entry of its name
  Vocabulary admin_words;
  Vocabulary roles;                   // value: "title", "agent" or "lead"
  Vocabulary name_stops;
  std::set<std::string, std::less<>> person_names;
  std::set<std::string, std::less<>> countries;  // countries.tsv but those valued `head`, by place_key
  Vocabulary country_names;                      // countries.tsv, all of it
  Vocabulary status_words;                       // value: "tentative", "cancelled", "postponed"; "!" for none
  Vocabulary auxiliaries;             // between a subject and its verb: "sẽ được"
  Vocabulary kicker_stops;                                  // words that open a sentence and no kicker
  Vocabulary credit_markers;                                // "Ảnh" in "Ảnh: Hiếu Lương"
  Vocabulary negations;                                     // "không", "chưa": deny the predicate after
  Vocabulary subject_verbs;    // "khai mạc": with no object, its subject is the event
  Vocabulary clause_words;     // "là", "có": a subject with one is a clause
  Vocabulary adjunct_openers;  // "ở", "theo", "trong đó": open an adjunct or a sentence, never a name
  Vocabulary predicates;                                    // value: kind implied, "!" for none
  Vocabulary kinds;                                         // value: kind; entry order is priority
  Vocabulary head_kinds;                                    // value: kind, when the title opens with it
  Vocabulary light_verbs;
  Vocabulary adjunct_words;  // value: "marker" or "head"
  Vocabulary places;         // value: the place itself, or "" when the place follows
  Vocabulary comparisons;    // "tương tự như": a date after it in its clause times no event
  Vocabulary sittings;       // value: "sitting" ("phiên họp") or "assembly" ("Quốc hội")
  std::set<std::string, std::less<>> commemoration_heads;
  // A city's or province's spellings in the registry's names and aliases of its Thành đoàn / Tỉnh
  // đoàn ("TP.HCM", "TP HCM", "Thành phố Hồ Chí Minh"), by place_key, to the place in its name
  // ("TP.HCM"): the place of a unit found by pattern ("Thành ủy TP Hồ Chí Minh") is written so.
  std::map<std::string, std::string, std::less<>> place_spellings;
  // full_names.tsv: a body's other spellings (name_key) to the name it goes by.
  std::map<std::string, std::string, std::less<>> full_names;
  // sectors.tsv: a sector's spellings (its sector_words, folded, one space between) to its official
  // one; and the most words of a spelling.
  std::map<std::string, std::string, std::less<>> sectors;
  std::size_t sector_words_at_most = 0;
  std::set<std::string, std::less<>> sector_first_words;  // folded
  PhraseMatcher sector_spellings;  // as sectors.tsv writes them: each one part of a name
  RE2 kicker{kKicker, longest_match()};

  // The name a body found by pattern goes by: `name` with its sectors spelled officially, unless
  // full_names.tsv gives another.
  std::string full_name(const std::string& name) const {
    std::string official = with_official_sectors(name);
    const auto it = full_names.find(name_key(official));
    return it == full_names.end() ? official : it->second;
  }

  // `name` with each sector it names after its first word spelled as sectors.tsv says, the longest
  // at each word ("Sở GD&ĐT Hà Nội" is "Sở Giáo dục và Đào tạo Hà Nội"). A sector that is one item of
  // a longer list, with "và", "-", "&" or "," before or after it, stays as written ("Trung tâm Văn
  // hóa - Thể thao và Truyền thanh - Truyền hình").
  std::string with_official_sectors(const std::string& name) const {
    const auto words = sector_words(name);
    const auto joined = [&](std::size_t before, std::size_t after) {  // words[before], words[after]
      return name.find_first_not_of(' ', words[before].end) < words[after].begin;
    };
    std::string out;
    std::size_t copied = 0;
    for (std::size_t first = 1; first < words.size();) {
      std::size_t last = first;
      const std::string* official = nullptr;
      std::string key = words[first].folded;
      for (std::size_t end = first + 1;; key += " " + words[end++].folded) {
        if (const auto it = sectors.find(key); it != sectors.end()) {
          last = end;
          official = &it->second;
        }
        if (end == words.size() || end - first == sector_words_at_most) break;
      }
      if (!official || joined(first - 1, first) || (last < words.size() && joined(last - 1, last))) {
        ++first;
        continue;
      }
      out += name.substr(copied, words[first].begin - copied) + *official;
      copied = words[last - 1].end;
      first = last;
    }
    return copied == 0 ? name : out + name.substr(copied);
  }

  // Where the longest sector that starts at `pos` of `text` ends, before `limit`, spelled in any way
  // the look-up above takes ("Tài nguyên môi trường", "Thông tin & Truyền thông"); `pos` when none.
  std::size_t sector_end(std::string_view text, std::size_t pos, std::size_t limit) const {
    const std::string_view window = text.substr(pos, std::min(limit - pos, kSectorSpellingBytes));
    const auto first = sector_words(window, 1);  // most words open no sector: one word folded for them
    if (first.empty() || first[0].begin != 0 || !sector_first_words.contains(first[0].folded))
      return pos;  // "và Phát thanh, Truyền hình" opens none either
    const auto words = sector_words(window, sector_words_at_most);
    std::size_t end = pos;
    std::string key;
    for (std::size_t i = 0; i < words.size(); ++i) {
      key += (key.empty() ? "" : " ") + words[i].folded;
      if (sectors.contains(key)) end = pos + words[i].end;
    }
    return end;
  }

  // The level of the area that admin_words entry `entry` names, folded: its value ("thành phố"
  // for "TP"), else itself.
  std::string admin_level(std::size_t entry) const {
    return fold_for_lookup(admin_words.values[entry].empty() ? admin_words.phrases[entry]
                                                             : admin_words.values[entry]);
  }
  // The level of the administrative word `admin`; "" for none.
  std::string level_of(std::string_view admin) const {
    const auto word = admin_words.matcher.match_at(admin, 0);
    return word ? admin_level(word->entry) : fold_for_lookup(admin);
  }

  // The key of a place's spelling in place_spellings: folded, without spaces around a dash ("Bà
  // Rịa-Vũng Tàu" is "Bà Rịa - Vũng Tàu").
  static std::string place_key(std::string_view place) {
    std::string key = fold_for_lookup(place);
    for (std::size_t dash = key.find('-'); dash != std::string::npos; dash = key.find('-', dash + 1)) {
      while (dash > 0 && key[dash - 1] == ' ') key.erase(--dash, 1);
      while (dash + 1 < key.size() && key[dash + 1] == ' ') key.erase(dash + 1, 1);
    }
    return key;
  }

  // An area the registry does not know, written at `word`: its administrative word (an entry of
  // admin_words) and where its name begins. The name is capitalised words to the end of `text` of
  // which no leading ones make a known place ("TP Nha Trang"; not "TP HCM Văn Thị Bạch Tuyết": a
  // person after a place is not part of it).
  struct UnknownArea {
    std::size_t admin_entry, name;
  };
  std::optional<UnknownArea> unknown_area_at(std::string_view text, std::size_t word) const {
    const auto admin = admin_words.matcher.match_at(text, word);
    if (!admin) return std::nullopt;
    const std::size_t name = next_word_start(text, admin->end - 1);  // "TP Vinh", "TP. Vinh", "TP.Vinh"
    if (name >= text.size()) return std::nullopt;
    for (std::size_t rest = name; rest < text.size(); rest = next_word_start(text, rest))
      if (!is_word_start(text, rest) || !is_upper_at(text, rest) ||
          place_spellings.contains(place_key(text.substr(word, events::word_end(text, rest) - word))))
        return std::nullopt;
    return UnknownArea{admin->entry, name};
  }

  // `place` as the registry writes it; else, for an unknown area, with its administrative word as
  // admin_words.tsv spells it ("TP Vinh" and "TP. Vinh" are "thành phố Vinh"); else as given.
  std::string canonical_place(std::string_view place) const {
    if (const auto it = place_spellings.find(place_key(place)); it != place_spellings.end())
      return it->second;
    if (const auto area = unknown_area_at(place, 0); area && !admin_words.values[area->admin_entry].empty())
      return admin_words.values[area->admin_entry] + " " + std::string(place.substr(area->name));
    return std::string(place);
  }

  // The name of the body that `head` ("UBND") names in the place written `place` ("tỉnh Nghệ An"):
  // "UBND Nghệ An", unless full_names.tsv gives another.
  std::string placed_name(const std::string& head, std::string_view place) const {
    return full_name(full_name(head) + " " + canonical_place(place));
  }

  // Where the longest place that `name` ends with begins, after its first word; npos when none. A
  // place is one the registry knows ("Sở Y tế tỉnh Thanh Hóa": at "tỉnh"), an unknown area
  // ("Công an TP Nha Trang": at "TP"; "Công an TP Thanh Hóa", a city that shares its province's
  // name: at "TP") or, with `or_country`, a country of countries.tsv.
  std::size_t place_at_end(std::string_view name, bool or_country) const {
    for (std::size_t word = next_word_start(name, 0); word < name.size();
         word = next_word_start(name, word)) {
      const std::string key = place_key(name.substr(word));
      if (place_spellings.contains(key) || (or_country && countries.contains(key))) return word;
      if (unknown_area_at(name, word)) return word;
    }
    return std::string_view::npos;
  }

  // `name` with the place it ends with (place_at_end) as canonical_place writes it ("Sở Y tế tỉnh
  // Thanh Hóa" is "Sở Y tế Thanh Hóa"; "Sở GTVT Thành phố Hồ Chí Minh", "Sở GTVT TP.HCM"; "UBND TP
  // Nha Trang", "UBND thành phố Nha Trang").
  std::string with_canonical_place(const std::string& name) const {
    const std::size_t place = place_at_end(name, false);
    if (place == std::string_view::npos) return name;
    return name.substr(0, trim_end(name, 0, place)) + " " +
           canonical_place(std::string_view(name).substr(place));
  }
};
}  // namespace events

struct EventExtractor::Lists : events::Lexicon {};

namespace {

using events::Lexicon;

// "2 place huyện" → Pattern; nothing when malformed.
std::optional<events::Pattern> parse_pattern(std::string_view value) {
  if (value == kNone) return events::Pattern{0, events::NameMode::alone, "", true};
  const auto words = tokens(value, 0, value.size());
  if (words.size() < 2) return std::nullopt;
  const std::string_view depth = value.substr(words[0].first, words[0].second - words[0].first);
  const std::string_view mode = value.substr(words[1].first, words[1].second - words[1].first);
  if (depth.empty() || depth.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
  events::Pattern pattern;
  pattern.depth = std::atoi(std::string(depth).c_str());
  if (mode == "place") pattern.mode = events::NameMode::place;
  else if (mode == "name") pattern.mode = events::NameMode::name;
  else if (mode == "field")
    pattern.mode = events::NameMode::field;
  else if (mode == "alone") pattern.mode = events::NameMode::alone;
  else return std::nullopt;
  if (words.size() > 2) pattern.admin = std::string(value.substr(words[2].first));
  return pattern;
}

// "2024-06-21" for the first day of a point whose year is known.
std::string iso_start(const CalendarPoint& point) {
  char buffer[40];  // room for any int and unsigned: -Wformat-truncation at -O2
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", point.year.value_or(0), std::max(point.month, 1u),
                std::max(point.day, 1u));
  return buffer;
}

bool is_name_start(std::string_view text, std::size_t pos) {
  return is_word_start(text, pos) && (is_upper_at(text, pos) || u_isdigit(events::code_point_at(text, pos)));
}

// An organisation named at a position: [begin, end) with its head [head_begin, head_end) and name
// [name_begin, end); lead_begin is where a leading body ("Thường trực ...") starts, else begin.
struct Candidate {
  std::size_t lead_begin = 0, begin = 0, head_end = 0, name_begin = 0, end = 0;
  events::NameMode mode = events::NameMode::place;
  std::optional<std::size_t> type;  // unit_types entry, for a name found by pattern
  std::optional<std::string> id;    // for a registry name
};

// Reads organisation names in one line of Document::folded.
class NameReader {
 public:
  NameReader(const Lexicon& lists, std::string_view text, std::size_t line_begin)
      : lists_(lists), text_(text), line_begin_(line_begin) {}

  std::string_view text() const { return text_; }

  // The organisation named at `pos`: a registry name, else a head and its name, either one after
  // a leading body's words.
  std::optional<Candidate> organisation_at(std::size_t pos) const {
    if (auto lead = lists_.roles.matcher.match_at(text_, pos);
        lead && lists_.roles.values[lead->entry] == "lead") {
      // "Ban Chấp hành (BCH) Trung ương Đoàn": the lead's abbreviation in brackets is no part of the name.
      const std::size_t next = skip_abbreviation(skip_spaces(text_, lead->end, text_.size()));
      if (auto known = named_at(next);
          known && (known->end > known->name_begin || known->id || known->mode == events::NameMode::alone)) {
        known->lead_begin = pos;
        return known;
      }
    }
    return named_at(pos);
  }

  // The place [begin, end) that a depth-0 head named without one shares with the heads listed after
  // it, up to the first that names its place ("Thành ủy, HĐND, UBND TP Hà Nội", "Tỉnh ủy và UBND
  // tỉnh Nghệ An", "Quận ủy - UBND quận Hoàn Kiếm"); nullopt when the list ends without one.
  std::optional<std::pair<std::size_t, std::size_t>> shared_place(const Candidate& c) const {
    const auto placed_body = [&](const Candidate& x) {
      return !x.id && x.mode == events::NameMode::place && x.type && lists_.patterns[*x.type].depth == 0;
    };
    if (!placed_body(c)) return std::nullopt;
    std::size_t at = c.head_end;
    for (std::size_t listed = 0; listed < kMaxListedHeads; ++listed) {
      const std::size_t next_pos = after_list_separator(at);
      if (next_pos == at) return std::nullopt;
      const auto next = named_at(next_pos);
      if (!next || !placed_body(*next)) return std::nullopt;
      if (next->end > next->name_begin) return std::pair(next->name_begin, next->end);
      at = next->head_end;
    }
    return std::nullopt;
  }

  // After a separator of a list of names at `pos` ("," "-" or "và", with spaces) and the spaces
  // after it; `pos` when there is none.
  std::size_t after_list_separator(std::size_t pos) const {
    constexpr std::string_view kAnd = "và";
    std::size_t at = skip_spaces(text_, pos, text_.size());
    bool separated = false;
    if (at < text_.size() && (text_[at] == ',' || text_[at] == '-')) {
      at = skip_spaces(text_, at + 1, text_.size());
      separated = true;
    }
    const std::size_t after_and = at + kAnd.size();
    if (text_.substr(at).starts_with(kAnd) && (after_and == text_.size() || is_space(text_[after_and]))) {
      at = skip_spaces(text_, after_and, text_.size());
      separated = true;
    }
    return separated ? at : pos;
  }

  // After "(BCH) " at `pos`: a bracketed abbreviation (upper-case letters, at most kMaxAbbreviation
  // bytes) and the spaces after it; else `pos`.
  std::size_t skip_abbreviation(std::size_t pos) const {
    if (pos >= text_.size() || text_[pos] != '(') return pos;
    const std::size_t close = text_.find(')', pos);
    if (close == std::string_view::npos || close == pos + 1 || close - pos > kMaxAbbreviation) return pos;
    for (std::size_t at = pos + 1; at < close;) {
      std::size_t next = at;
      if (!is_upper_at(text_, at) || events::code_point_at(text_, at, &next) < 0) return pos;
      at = next;
    }
    return skip_spaces(text_, close + 1, text_.size());
  }

  // Whether a plural word stands a few words before `pos` ("các Quận, Huyện đoàn").
  bool plural_before(std::size_t pos) const {
    std::size_t word = pos;
    for (std::size_t i = 0; i < kPluralLookBack && word > line_begin_; ++i) {
      word = previous_word_start(word);
      if (auto role = lists_.roles.matcher.match_at(text_, word); role && lists_.roles.values[role->entry] == "plural")
        return true;
    }
    return false;
  }

  // The role ("title", "agent") of the words that end right before `pos`, "" when none.
  std::string role_before(std::size_t pos) const {
    const auto role = phrase_before(lists_.roles.matcher, pos, kRoleLookBack);
    return role ? lists_.roles.values[role->entry] : "";
  }

  // The phrase of `phrases` that ends right before `pos`, spaces between, and starts at most
  // `look_back` words before it (the nearest start first); none when none does.
  std::optional<PhraseMatcher::Match> phrase_before(const PhraseMatcher& phrases, std::size_t pos,
                                                    std::size_t look_back) const {
    std::size_t word = pos;
    for (std::size_t i = 0; i < look_back && word > line_begin_; ++i) {
      word = previous_word_start(word);
      if (auto match = phrases.match_at(text_, word); match && skip_spaces(text_, match->end, text_.size()) == pos)
        return match;
    }
    return std::nullopt;
  }

  // The end of the candidate's name without a person's name after it ("Chủ tịch UBND quận Hai Bà
  // Trưng Lê Hoàng Đức"): the name's last capitalised words when a family name opens them, for the
  // first of kPersonWords that fits, and never inside a place the registry knows ("Chủ tịch UBND
  // TP Hồ Chí Minh", "Hà Nội").
  std::size_t without_person(const Candidate& c) const {
    if (c.id || c.mode == events::NameMode::alone) return c.end;
    std::vector<std::pair<std::size_t, std::size_t>> words;  // the name's words
    for (std::size_t pos = c.name_begin; pos < c.end; pos = next_word_start(text_, pos))
      words.emplace_back(pos, events::word_end(text_, pos));
    // Whether a known place's spelling holds words[i].
    const auto inside_place = [&](std::size_t i) {
      for (std::size_t first = 0; first <= i; ++first)
        for (std::size_t last = i; last < words.size(); ++last)
          if (lists_.place_spellings.contains(Lexicon::place_key(
                  text_.substr(words[first].first, words[last].second - words[first].first))))
            return true;
      return false;
    };
    for (const std::size_t length : kPersonWords) {
      if (words.size() < length) continue;
      const std::size_t i = words.size() - length;
      const auto& [begin, end] = words[i];
      if (!lists_.person_names.contains(text_.substr(begin, end - begin))) continue;
      const bool all_capitalised = std::all_of(words.begin() + static_cast<std::ptrdiff_t>(i), words.end(),
                                               [&](const auto& w) { return is_name_start(text_, w.first); });
      if (all_capitalised && !inside_place(i)) return i == 0 ? c.name_begin : words[i - 1].second;
    }
    return c.end;
  }

  // Whether the organisation at `pos` is named after an agent word ("do", "bởi"; "được" when an
  // event's verb follows), directly or after other names joined by "và" or commas ("do Công ty Sao Mai
  // và Thành đoàn Hà Nội tổ chức"); `named` are the line's organisations in text order, whose words
  // count as names.
  bool after_agent(std::size_t pos, const std::vector<OrganisationMention>& named) const {
    std::size_t word = pos;
    for (std::size_t i = 0; i <= kAgentListWords && word > line_begin_; ++i) {
      if (const std::string role = role_before(word); role == "agent") {
        return true;
      } else if (role == "passive") {  // "được Thành đoàn tổ chức", not "được Quốc hội thông qua"
        const OrganisationMention* name = beginning_at(named, pos);
        return name && before_event_verb(name->end, named);
      }
      word = previous_word_start(word);
      const auto inside = std::find_if(named.begin(), named.end(), [&](const OrganisationMention& m) {
        return m.begin <= word && word < m.end;
      });
      if (inside != named.end()) {
        word = inside->begin;
        continue;
      }
      if (!is_name_start(text_, word) && fold_for_lookup(text_.substr(word, events::word_end(text_, word) - word)) != "và")
        return false;
    }
    return false;
  }

  // The organisation of `named` (in text order) that begins at `pos`, or nullptr.
  static const OrganisationMention* beginning_at(const std::vector<OrganisationMention>& named, std::size_t pos) {
    const auto m = std::lower_bound(named.begin(), named.end(), pos,
                                    [](const OrganisationMention& a, std::size_t p) { return a.begin < p; });
    return m != named.end() && m->begin == pos ? &*m : nullptr;
  }

  // Whether the organisation that ends at `end` holds what the words after it say: past other names
  // joined by "và", a comma or a `partner` word ("phối hợp với"), past auxiliaries and status words,
  // comes a predicate or a light verb ("Thành đoàn Hà Nội phối hợp với Báo Thanh Niên tổ chức ...").
  bool before_event_verb(std::size_t end, const std::vector<OrganisationMention>& named) const {
    std::size_t at = skip_spaces(text_, end, text_.size());
    for (std::size_t i = 0; i <= kAgentListWords && at < text_.size(); ++i) {
      if (lists_.predicates.match_at(text_, at) || lists_.light_verbs.match_at(text_, at)) return true;
      std::size_t next = at;
      if (const OrganisationMention* name = beginning_at(named, at))
        next = name->end;
      else if (const auto aux = lists_.auxiliaries.match_at(text_, at))
        next = aux->end;
      else if (const auto status = lists_.status_words.match_at(text_, at))  // "sẽ", "dự kiến"
        next = status->end;
      else if (const auto role = lists_.roles.matcher.match_at(text_, at);
               role && lists_.roles.values[role->entry] == "partner")
        next = role->end;
      else if (const std::size_t after = after_list_separator(at); after != at)
        next = after;
      if (next == at) return false;
      at = skip_spaces(text_, next, text_.size());
    }
    return false;
  }

  // Whether a person's title ("Trưởng ban", "Phó Trưởng ban") that starts a word or two before `pos`
  // ends at `end`: its last word is the head of the body it names.
  bool ends_title(std::size_t pos, std::size_t end) const {
    std::size_t word = pos;
    for (std::size_t i = 0; i < 2 && word > line_begin_; ++i) {
      word = previous_word_start(word);
      if (auto role = lists_.roles.matcher.match_at(text_, word);
          role && role->end == end && lists_.roles.values[role->entry] == "title")
        return true;
    }
    return false;
  }

  // Whether a title ends at `end` with the head [pos, end) after a title of its own: "Trưởng ban"
  // (the chief of a Ban), not "cán bộ" (a cadre, of no Bộ).
  bool heads_title(std::size_t pos, std::size_t end) const {
    std::size_t word = pos;
    for (std::size_t i = 0; i < 2 && word > line_begin_; ++i) {
      word = previous_word_start(word);
      const auto role = lists_.roles.matcher.match_at(text_, word);
      if (!role || role->end != end || lists_.roles.values[role->entry] != "title") continue;
      const std::string_view before = text_.substr(0, trim_end(text_, word, pos));
      const auto own = lists_.roles.matcher.match_at(before, word);
      return own && own->end == before.size() && lists_.roles.values[own->entry] == "title";
    }
    return false;
  }

  // Whether an administrative word (admin_words.tsv) ends right before `pos`, spaces between.
  bool after_admin_word(std::size_t pos) const {
    return phrase_before(lists_.admin_words.matcher, pos, kAdminWords).has_value();
  }

  // An area named in the text: the name after its administrative word ("Sóc Sơn") and the whole
  // ("huyện Sóc Sơn").
  struct Area {
    std::string_view name, written;
  };
  // The areas of `level` (Lexicon::admin_level) named in [begin, end), in text order.
  std::vector<Area> areas(std::string_view level, std::size_t begin, std::size_t end) const {
    std::vector<Area> found;
    if (level.empty()) return found;
    for (const auto& [at, match] : lists_.admin_words.matcher.find_all(text_, begin, end)) {
      if (lists_.admin_level(match.entry) != level) continue;
      const std::size_t name = skip_spaces(text_, match.end, end);
      if (opens_sentence(match.end, name)) continue;
      const std::size_t stop = name_end(name, end, events::NameMode::place);
      if (stop > name) found.push_back({text_.substr(name, stop - name), text_.substr(at, stop - at)});
    }
    return found;
  }

 private:
  std::optional<Candidate> named_at(std::size_t pos) const {
    if (pos >= text_.size() || !is_word_start(text_, pos)) return std::nullopt;
    auto by_pattern = pattern_at(pos);
    if (auto known = lists_.organisations.matcher.match_at(text_, pos)) {
      // "Hội LHTN Việt Nam tỉnh Nghệ An": a registry name that a head of place mode begins,
      // followed by a place, is the unit of that place.
      if (by_pattern && by_pattern->mode == events::NameMode::place && by_pattern->end > known->end)
        return by_pattern;
      return Candidate{pos, pos, known->end, known->end, known->end, events::NameMode::alone, std::nullopt,
                       lists_.organisations.values[known->entry]};
    }
    return by_pattern;
  }

  // The organisation that a head of organisation_patterns.tsv opens at `pos`, with its name.
  std::optional<Candidate> pattern_at(std::size_t pos) const {
    const auto head = lists_.unit_types.matcher.match_at(text_, pos);
    if (!head || lists_.patterns[head->entry].none) return std::nullopt;
    const events::Pattern& pattern = lists_.patterns[head->entry];
    // "hội trường" is no "Hội"; but "Trưởng ban Tổ chức ..." names the "Ban" it heads.
    if (pattern.depth == 0 && !is_upper_at(text_, pos) && !heads_title(pos, head->end)) return std::nullopt;
    // "xã Trường Yên", "phường Hội Thương": after an administrative word, a place's name.
    if (pattern.depth == 0 && after_admin_word(pos)) return std::nullopt;
    // "Tổ chức Hội nghị ...": a head that is also a predicate holds the event whose noun follows it.
    if (lists_.predicates.match_at(text_, pos) &&
        lists_.kinds.match_at(text_, skip_spaces(text_, head->end, text_.size())))
      return std::nullopt;
    Candidate c{pos, pos, head->end, head->end, head->end, pattern.mode, head->entry, std::nullopt};
    if (pattern.mode != events::NameMode::alone) {
      c.name_begin = skip_spaces(text_, head->end, text_.size());
      c.end = std::max(head->end, name_end(c.name_begin, text_.size(), pattern.mode));
      if (c.end == c.name_begin) c.end = c.name_begin = head->end;
    } else if (const std::size_t country = skip_spaces(text_, head->end, text_.size());
               country > head->end && is_upper_at(text_, country)) {
      // "Chính phủ Lào", "Quốc hội Mỹ": the body of another country is named with it.
      if (auto match = lists_.country_names.matcher.match_at(text_, country)) {
        c.name_begin = country;
        c.end = match->end;
      }
    }
    return c;
  }

  // Whether a name of another organisation starts at `pos` (so that the one before ends there).
  bool starts_other(std::size_t pos) const {
    if (lists_.organisations.matcher.match_at(text_, pos)) return true;
    if (!is_upper_at(text_, pos) || after_admin_word(pos)) return false;
    const auto head = lists_.unit_types.matcher.match_at(text_, pos);
    if (!head || lists_.patterns[head->entry].none) return false;
    const events::NameMode mode = lists_.patterns[head->entry].mode;
    if (mode == events::NameMode::alone) return true;
    const std::size_t name = skip_spaces(text_, head->end, text_.size());
    return name < text_.size() && (is_name_start(text_, name) || lists_.admin_words.matcher.match_at(text_, name));
  }

  // Whether the word at `next`, after an administrative word that ends at `admin_end`, opens the
  // next sentence: "TP." and a space before a word that stops a name ("UBND TP. Về phía ...").
  bool opens_sentence(std::size_t admin_end, std::size_t next) const {
    return text_[admin_end - 1] == '.' && next > admin_end && next < text_.size() && stops_name(next);
  }

  bool stops_name(std::size_t pos) const {
    for (const Vocabulary* list : {&lists_.name_stops, &lists_.predicates, &lists_.light_verbs, &lists_.places,
                                   &lists_.adjunct_words, &lists_.roles})
      if (list->matcher.match_at(text_, pos)) return true;
    return false;
  }

  // Where a proper name that starts at `pos` ends, before `limit`; `pos` when there is none. Its
  // parts are capitalised words (with abbreviation dots: "T.Ư", "TP.HCM"), an administrative word
  // before a capitalised one, and in `name` mode up to kMaxLowerInNamePart lower-case words after a
  // capitalised one (kMaxLowerInFieldPart in `field` mode) and "và" or "-" between parts; a sector written as
  // sectors.tsv writes it ("Bộ Văn hóa, Thể thao và Du lịch") is one part. Lower-case words after an
  // abbreviation, a sector, a province the registry knows or a country are no syllables of it: they join the
  // name only on the way to a capitalised word ("Trường THPT chuyên Lê Hồng Phong", not "Sở GD&ĐT chuẩn bị
  // phương án", "Sở Tài nguyên và Môi trường cấp giấy" nor "Bộ Tư pháp Mỹ trình"). A "và" after a
  // sector written with "và" or "&", or after a place, joins the next body of a list ("Bộ Kế hoạch và
  // Đầu tư và Nokia", "Bộ GD&ĐT và FPT"; not "Ủy ban Khoa học, Công nghệ và Môi trường"); before a
  // person's title or a body's leading words it joins them ("Ban Tuyên giáo Thành ủy và Bí thư ...").
  std::size_t name_end(std::size_t pos, std::size_t limit, events::NameMode mode) const {
    std::size_t end = pos, at = pos;
    bool in_part = false, whole_part = false;  // whole_part: an abbreviation or a sector
    bool listed = false;  // after a sector written with "và" or "&", a "và" lists another body
    int lower = 0;
    for (;;) {
      at = skip_spaces(text_, at, limit);
      if (at >= limit) break;
      if (!is_word_start(text_, at)) {  // "Lao động-Thương binh", "Bà Rịa - Vũng Tàu", "GD&ĐT"
        const std::size_t next = skip_spaces(text_, at + 1, limit);
        if ((text_[at] == '-' || text_[at] == '&') && end > pos && next < limit && is_name_start(text_, next) &&
            !starts_other(next)) {
          at = next;
          in_part = false;
          continue;
        }
        // "Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội": an abbreviation in brackets, and the name goes on
        // with its place (without_bracketed leaves the brackets out of the body's name); a person
        // often follows instead ("Cục Điều tra Liên bang (FBI) Christopher Wray").
        const std::size_t bracketed =
            text_[at] == '(' && end > pos
                ? text_.substr(at, std::min(kMaxBracketed + 1, limit - at)).find(')')
                : std::string_view::npos;
        if (bracketed != std::string_view::npos && is_abbreviation(at + 1, at + bracketed)) {
          const std::size_t close = at + bracketed;
          const std::size_t after = skip_spaces(text_, close + 1, limit);
          if (after > close + 1 && starts_place(after, limit)) {
            at = after;
            in_part = false;
            continue;
          }
        }
        break;
      }
      if ((at > pos || mode == events::NameMode::place) && starts_other(at)) break;
      const auto sector = lists_.sector_spellings.match_at(text_, at);
      if (const std::size_t sector_end =
              std::max(sector ? sector->end : at, lists_.sector_end(text_, at, limit));
          sector_end > at) {
        const std::string written = fold_for_lookup(text_.substr(at, sector_end - at));
        listed = written.find(" và ") != std::string::npos || written.find('&') != std::string::npos;
        end = at = sector_end;
        in_part = whole_part = true;
        lower = 0;
        continue;
      }
      const std::size_t word = events::word_end(text_, at);
      // Before a capitalised word: "UBND Thành phố Hồ Chí Minh" is no "UBND Thành". A place's
      // administrative word with no name after it names no place ("UBND Thành phố tổ chức": the
      // city is the article's); "TP.HCM" is a name.
      if (auto admin = lists_.admin_words.matcher.match_at(text_, at)) {
        const std::size_t next = skip_spaces(text_, admin->end, limit);
        if (next < limit && is_name_start(text_, next) && !starts_other(next) &&
            !opens_sentence(admin->end, next)) {
          at = next;
          in_part = false;
          continue;
        }
        if (mode == events::NameMode::place && (admin->end == limit || text_[admin->end] != '.')) break;
      }
      if (is_name_start(text_, at)) {
        if (starts_number_pair(at, limit)) break;
        whole_part = is_abbreviation(at, word);
        listed = false;
        end = at = word;
        in_part = true;
        lower = 0;
        if (at + 1 < limit && text_[at] == '.' && is_name_start(text_, at + 1)) ++at;
        continue;
      }
      if ((mode != events::NameMode::name && mode != events::NameMode::field) || end == pos) break;
      if (fold_for_lookup(text_.substr(at, word - at)) == "và") {
        const std::size_t next = skip_spaces(text_, word, limit);
        if (next < limit && is_name_start(text_, next) && !starts_other(next) && !listed &&
            !ends_known_place(pos, end) && !lists_.roles.matcher.match_at(text_, next)) {
          at = next;
          in_part = false;
          continue;
        }
        break;
      }
      if (!in_part ||
          lower >= (mode == events::NameMode::field ? kMaxLowerInFieldPart : kMaxLowerInNamePart) ||
          stops_name(at))
        break;
      if (lower == 0 && (whole_part || ends_known_place(pos, end)) && !lower_words_lead_to_name(at, limit))
        break;
      end = at = word;
      ++lower;
    }
    return end;
  }

  // Whether a place starts at `pos`: one the registry knows ("Hà Nội", "TP HCM") or an
  // administrative word and a name ("tỉnh Bạc Liêu", "TP Vinh").
  bool starts_place(std::size_t pos, std::size_t limit) const {
    if (pos >= limit) return false;
    if (const auto admin = lists_.admin_words.matcher.match_at(text_, pos)) {
      const std::size_t name = skip_spaces(text_, admin->end, limit);
      if (name < limit && is_name_start(text_, name)) return true;
    }
    std::size_t word = pos;
    for (std::size_t words = 0; words < kMaxPlaceWords && word < limit;
         ++words, word = next_word_start(text_, word)) {
      const std::size_t end = std::min(events::word_end(text_, word), limit);
      if (lists_.place_spellings.contains(Lexicon::place_key(text_.substr(pos, end - pos)))) return true;
    }
    return false;
  }

  // Whether a score, a date or a span of numbers starts at `pos` ("Công an Hà Nội 2-1", "Liên đoàn
  // Anh mùa giải 2016-2017", "... 12/8"): it is no part of a name.
  bool starts_number_pair(std::size_t pos, std::size_t limit) const {
    const auto digits_end = [&](std::size_t at) {
      while (at < limit && text_[at] >= '0' && text_[at] <= '9') ++at;
      return at;
    };
    std::size_t at = digits_end(pos);
    if (at == pos) return false;
    at = skip_spaces(text_, at, limit);
    if (at < limit && (text_[at] == '-' || text_[at] == '/'))
      ++at;
    else if (text_.substr(at, 3) == "–")
      at += 3;
    else
      return false;
    at = skip_spaces(text_, at, limit);
    return digits_end(at) > at;
  }

  // Whether the word [begin, end) is an abbreviation: two letters or more, all of them capitals
  // ("GD", "HCM", "DOJI", "2GB"; not "Y" of "Sở Y tế").
  bool is_abbreviation(std::size_t begin, std::size_t end) const {
    int letters = 0;
    for (std::size_t at = begin, next = begin; at < end; at = next) {
      const UChar32 c = events::code_point_at(text_, at, &next);
      if (!u_isalpha(c)) continue;
      if (!u_isupper(c)) return false;
      ++letters;
    }
    return letters >= 2;
  }

  // Whether the name [begin, end) ends with a province the registry knows or a country, after its
  // first word ("Sở Y tế Hà Tĩnh", "Bộ Quốc phòng Nhật Bản"; not "Trung tâm Việt Nam học").
  bool ends_known_place(std::size_t begin, std::size_t end) const {
    return lists_.place_at_end(text_.substr(begin, end - begin), true) != std::string_view::npos;
  }

  // Whether at most kMaxLowerInNamePart lower-case words from `pos`, none that stops a name, lead to
  // a capitalised word that starts no other organisation.
  bool lower_words_lead_to_name(std::size_t pos, std::size_t limit) const {
    for (int words = 0; words < kMaxLowerInNamePart; ++words) {
      if (!is_word_start(text_, pos) || is_name_start(text_, pos) || stops_name(pos)) return false;
      pos = skip_spaces(text_, events::word_end(text_, pos), limit);
      if (pos >= limit) return false;
      if (is_word_start(text_, pos) && is_upper_at(text_, pos)) return !starts_other(pos);
    }
    return false;
  }

  std::size_t previous_word_start(std::size_t pos) const {
    while (pos > line_begin_) {
      --pos;
      if (is_word_start(text_, pos)) return pos;
    }
    return line_begin_;
  }

  const Lexicon& lists_;
  std::string_view text_;  // doc.folded up to the line end
  std::size_t line_begin_ = 0;
};

// One mention in the sentence, and the matches that make an event of it.
struct Reading {
  const ResolvedMention* mention = nullptr;
  std::size_t predicate_begin = 0, predicate_end = 0;
  std::string predicate_kind;
  std::size_t part_begin = 0;     // of the sentence part (between semicolons) that holds the event
  std::size_t subject_begin = 0;  // organisers are named in [subject_begin, predicate_begin)
  std::size_t title_begin = 0, title_end = 0;
  std::size_t patient_begin = 0, patient_end = 0;  // what a predicate with no object acts on, named after it
  std::size_t clause_end = 0;     // of the predicate's clause
  std::size_t adjunct_begin = 0;  // the time adjunct, with the words that open it
  bool moved = false;             // put back to `mention` ("lùi sang ngày 12/3")
  bool subject_is_event = false;  // the title is the light verb's subject ("Hội thi diễn ra ...")
};

class SentenceReader {
 public:
  SentenceReader(const Lexicon& lists, const Document& doc, const Sentence& sentence,
                 const std::vector<ResolvedMention>& mentions, const std::vector<OrganisationMention>& named)
      : lists_(lists),
        text_(std::string_view(doc.folded).substr(0, sentence.end)),
        mentions_(mentions),
        named_(named) {
    head_ = skip_spaces(text_, sentence.begin, sentence.end);
    re2::StringPiece kicker;
    if (lists_.kicker.Match(re2::StringPiece(text_.data(), text_.size()), head_, text_.size(),
                            RE2::ANCHOR_START, &kicker, 1) &&
        !lists_.kicker_stops.matcher.match_at(text_, head_))
      head_ += kicker.size();
    head_ = after_photo_credit(head_);
    // The predicates of the sentence, once: no part of an organisation's name ("Quốc hội thảo
    // luận") nor of a phrase marked `!` ("Ban tổ chức").
    for (std::size_t at = is_word_start(text_, head_) ? head_ : next_word_start(text_, head_); at < text_.size();) {
      const auto match = lists_.predicates.matcher.match_at(text_, at);
      if (!match || inside_organisation(at)) {
        at = next_word_start(text_, at);
        continue;
      }
      const std::string& kind = lists_.predicates.values[match->entry];
      if (kind != kNone && !in_place_name(at) &&
          !(negated(at) && !lists_.light_verbs.matcher.match_at(text_, at)))
        predicates_.push_back({at, match->end, kind});
      at = kind != kNone ? next_word_start(text_, at) : next_word_start(text_, match->end);
    }
  }

  // `head`, or past the last photo credit (credit_markers.tsv) before the sentence's first time: a
  // caption and its credit that the text glued to the sentence after them ("Biểu tình tại Campuchia
  // (Ảnh: Đỗ Tuấn Anh) Tại cuộc họp báo sáng 23/10, ...", "Ảnh: Hiếu Lương Trận Việt Nam gặp Myanmar
  // diễn ra ..."). A credit in brackets ends with them; one without is a few words, and the
  // sentence starts at the first word that opens one; when none does, `head`.
  std::size_t after_photo_credit(std::size_t head) const {
    const std::size_t limit = mentions_.empty() ? text_.size() : mentions_.front().mention.begin;
    std::size_t after = head;
    for (std::size_t at = head; at < limit; at = next_word_start(text_, at)) {
      const auto marker = lists_.credit_markers.match_at(text_, at);
      if (!marker || marker->end >= limit || text_[marker->end] != ':') continue;
      const std::size_t credit = skip_spaces(text_, marker->end + 1, limit);
      if (at > 0 && text_[at - 1] == '(') {
        if (const std::size_t close = text_.find(')', credit); close < limit)
          after = skip_spaces(text_, close + 1, limit);
        continue;
      }
      // A credit whose bracket opened before the sentence ("Nguồn: Reuters) Australia ...") ends with it.
      std::size_t word = credit;
      for (std::size_t words = 0; words < kMaxCreditWords && word < limit; ++words) {
        const std::size_t next = next_word_start(text_, word);
        const bool closes = text_.substr(word, next - word).find(')') != std::string_view::npos;
        word = next;
        if (word < limit && (closes || begins_sentence(word))) {
          after = word;
          break;
        }
      }
    }
    return after;
  }

  // Whether a capitalised word at `pos` begins a sentence: a time, an organisation, a person's title,
  // an event's noun or predicate, a word that opens an adjunct or a sentence, a quote.
  bool begins_sentence(std::size_t pos) const {
    if (text_.substr(pos).starts_with("“") || text_[pos] == '"') return true;
    if (!is_upper_at(text_, pos)) return false;
    if (std::binary_search(mentions_.begin(), mentions_.end(), pos, Begins{}) ||
        std::binary_search(named_.begin(), named_.end(), pos, Begins{}))
      return true;
    for (const Vocabulary* words : {&lists_.kicker_stops, &lists_.adjunct_openers, &lists_.kinds,
                                    &lists_.head_kinds, &lists_.predicates, &lists_.roles})
      if (words->match_at(text_, pos)) return true;
    return false;
  }

  // The first mention that times an event of this sentence, with its predicate.
  std::optional<Reading> read() const {
    for (const ResolvedMention& mention : mentions_) {
      if (mention.mention.begin < head_ || !can_time_event(mention)) continue;
      // A time of day ("chiều 10-2") is an event's time wherever it stands.
      auto adjunct = adjunct_begin(mention.mention.begin);
      if (!adjunct && mention.resolved.start.precision >= Precision::part_of_day) adjunct = mention.mention.begin;
      if (!adjunct || names_commemoration(mention.mention) || in_comparison(mention.mention)) continue;
      if (auto reading = with_predicate(mention, *adjunct)) {
        moved_to_new_date(*reading);
        return reading;
      }
    }
    return std::nullopt;
  }

  // "tại <place>" up to the next comma, semicolon or period in the predicate's clause; else a
  // marker that is itself the place ("trực tuyến"); else "".
  // Else "tại <place>" before the predicate, up to the next comma ("Ngày 23/10, tại Hà Nội, ...").
  std::string location(const Reading& reading, const Article& article, const Document& doc) const {
    auto found = lists_.places.matcher.find_all(text_, reading.predicate_begin, reading.clause_end);
    for (const auto& before : lists_.places.matcher.find_all(text_, reading.part_begin, reading.predicate_begin))
      found.push_back(before);
    for (const auto& [at, match] : found) {
      if (!lists_.places.values[match.entry].empty()) continue;
      const std::size_t limit = at < reading.predicate_begin ? reading.predicate_begin : reading.clause_end;
      const std::size_t begin = skip_spaces(text_, match.end, limit);
      std::size_t stop = find_outside_brackets(",;", begin, limit);  // "tại Nhà văn hóa (số 5, phố Huế)"
      stop = std::min(stop, after_bracketed_address(begin, stop));
      if (reading.adjunct_begin > begin) stop = std::min(stop, reading.adjunct_begin);
      // "Phát biểu tại cuộc họp báo Chính phủ ...": a place that runs into the predicate holds the
      // event itself, not where it is held; but a light verb may follow a place ("tại Ban Tuyên giáo
      // Trung ương diễn ra Hội nghị ...").
      if (at < reading.predicate_begin && stop == reading.predicate_begin &&
          !lists_.light_verbs.matcher.match_at(text_, reading.predicate_begin))
        continue;
      // "tại Diễn đàn Kinh tế ...", "tại hội nghị Paris": an event is no place.
      if (names_event(begin)) continue;
      // "tại nhà văn hóa thôn Lỗ Giao đã ...", "tại TP Cần Thơ về công tác ...": the place ends before an
      // auxiliary, a status word or a word that opens an adjunct other than a place's.
      for (const Vocabulary* words : {&lists_.auxiliaries, &lists_.status_words, &lists_.adjunct_openers})
        for (const auto& [word, found_word] : words->find_all(text_, begin, stop))
          if (word > begin && !is_upper_at(text_, word) && words->values[found_word.entry] != "place" &&
              !in_brackets(begin, word)) {
            stop = std::min(stop, word);
            break;
          }
      const std::size_t end = trim_end(text_, begin, stop);
      if (end > begin)
        return article.text.substr(doc.original_offset(begin),
                                   doc.original_offset(end) - doc.original_offset(begin));
    }
    for (const auto& [at, match] : found)
      if (const std::string& place = lists_.places.values[match.entry];
          !place.empty() && place != kNone && place != kUnnamed)
        return place;
    return "";
  }

  // The organisers: those named before the predicate (not in a person's title), left to right;
  // else those the clause names after "do" ("... do Thành đoàn tổ chức"); else the office of the
  // person who is the subject.
  std::vector<std::string> organisers(const Reading& reading) const {
    std::vector<std::string> ids;
    const auto add = [&](const OrganisationMention& m) {
      if (std::find(ids.begin(), ids.end(), m.id) == ids.end()) ids.push_back(m.id);
    };
    for (const OrganisationMention& m : named_)
      if (!m.in_title && m.begin >= reading.subject_begin && m.end <= reading.predicate_begin) add(m);
    if (!ids.empty()) return ids;
    const NameReader names(lists_, text_, head_);
    for (const OrganisationMention& m : named_)
      if (!m.in_title && m.begin >= head_ && m.end <= reading.clause_end && names.after_agent(m.begin, named_))
        add(m);
    // A person acting for an office: "đồng chí X, Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung
    // ương đã đến thăm ..." is the office named last in the person's titles.
    for (auto m = named_.rbegin(); ids.empty() && m != named_.rend(); ++m)
      if (m->in_title && m->begin >= reading.subject_begin && m->end <= reading.predicate_begin) add(*m);
    if (!ids.empty()) return ids;
    // "ông được bầu vào Ban Thường vụ tại Hội nghị lần thứ 7 Ban Chấp hành Tỉnh đoàn": the body whose
    // meeting (a kinds.tsv word a few words before its name, or the predicate and "của") the clause names.
    for (const OrganisationMention& m : named_)
      if (!m.in_title && m.begin >= reading.predicate_end && m.end <= reading.clause_end &&
          (owns_event_before(m.begin) || owns_predicate(m.begin, reading)))
        add(m);
    if (!ids.empty()) return ids;
    // "ông được bầu làm Bí thư Huyện đoàn X": an election or appointment is the business of the body
    // whose office the clause names.
    if (reading.predicate_kind == "bầu" || reading.predicate_kind == "bổ nhiệm")
      for (const OrganisationMention& m : named_)
        if (m.in_title && m.begin >= reading.predicate_end && m.end <= reading.clause_end) {
          add(m);
          break;
        }
    if (!ids.empty()) return ids;
    // "... gửi Thành đoàn, ngày 18/10 tại Huế, chương trình được công bố": a passive clause after the
    // date; the bodies named before the date in the same part.
    if (reading.subject_begin >= reading.adjunct_begin)
      for (const OrganisationMention& m : named_)
        if (!m.in_title && m.begin >= reading.part_begin && m.end <= reading.adjunct_begin) add(m);
    return ids;
  }

  // Whether an event word ("Hội nghị", "Đại hội" ... kinds.tsv) stands at most kOwnerLookBack words
  // before `pos`, with no other organisation between ("Hội nghị lần thứ 7 Ban Chấp hành ...").
  bool owns_event_before(std::size_t pos) const { return follows_word_of(lists_.kinds, "", pos, kOwnerLookBack); }

  // Whether the organisation at `pos` is named after an `owner` word ("của") at most kOwnerLookBack
  // words after the predicate, with no organisation between ("cuộc làm việc của Bộ Chính trị").
  bool owns_predicate(std::size_t pos, const Reading& reading) const {
    if (NameReader(lists_, text_, head_).role_before(pos) != "owner") return false;
    std::size_t word = pos;
    for (std::size_t i = 0; i < kOwnerLookBack && word > head_; ++i) {
      word = previous_word_start(word);
      if (word < reading.predicate_end) return true;
      if (inside_organisation(word)) return false;
    }
    return false;
  }

  // Whether a phrase of `words` (with the value `value`, or any when "") stands at most `look_back`
  // words before `pos`, with no organisation between.
  bool follows_word_of(const Vocabulary& words, std::string_view value, std::size_t pos, std::size_t look_back) const {
    std::size_t word = pos;
    for (std::size_t i = 0; i < look_back && word > head_; ++i) {
      word = previous_word_start(word);
      if (inside_organisation(word)) return false;
      if (auto match = words.match_at(text_, word);
          match && match->end <= pos && (value.empty() || words.values[match->entry] == value))
        return true;
    }
    return false;
  }

  // Cancelled (called off or put back) when the clause up to its first comma after the predicate
  // says so, else tentative when it says the event is only planned, else confirmed. An event put
  // back to a new date goes ahead on it: tentative or confirmed.
  EventStatus status(const Reading& reading) const {
    const std::size_t comma = text_.find(',', reading.predicate_end);
    const std::size_t end = std::min(reading.clause_end, comma == std::string_view::npos ? text_.size() : comma);
    const std::size_t begin = std::min(reading.subject_begin, reading.adjunct_begin);
    // "Hội nghị không hề được tổ chức": a denied light verb (the others are no predicates).
    if (negated(reading.predicate_begin)) return EventStatus::cancelled;
    EventStatus status = EventStatus::confirmed;
    for (const auto& [at, match] : lists_.status_words.find_all(text_, begin, end)) {
      const std::string& value = lists_.status_words.values[match.entry];
      if (value == "postponed" && reading.moved) continue;
      if (value == "cancelled" || value == "postponed") return EventStatus::cancelled;
      status = EventStatus::tentative;
    }
    return status;
  }

  // "... dự kiến ngày 5/3 được lùi sang ngày 12/3": after a word that puts the event back, the date
  // that "sang" or "đến" introduces is the event's.
  void moved_to_new_date(Reading& reading) const {
    for (const auto& [at, match] : lists_.status_words.find_all(
             text_, std::min(reading.subject_begin, reading.adjunct_begin), text_.size())) {
      if (lists_.status_words.values[match.entry] != "postponed") continue;
      for (const ResolvedMention& later : mentions_) {
        if (later.mention.begin < std::max(match.end, reading.mention->mention.end) || !can_time_event(later)) continue;
        const auto adjunct = adjunct_begin(later.mention.begin);
        const std::string opener =
            adjunct ? fold_for_lookup(text_.substr(*adjunct, events::word_end(text_, *adjunct) - *adjunct)) : "";
        if (opener == "sang" || opener == fold_for_lookup("đến")) {
          reading.mention = &later;
          reading.moved = true;
          return;
        }
      }
      return;
    }
  }

  // Whether the event's part of the sentence, up to the predicate's clause end, names a sitting of an
  // assembly ("phiên họp", "kỳ họp").
  bool names_sitting(const Reading& reading) const {
    for (const auto& [at, match] : lists_.sittings.matcher.find_all(text_, reading.part_begin, reading.clause_end))
      if (lists_.sittings.values[match.entry] == "sitting") return true;
    return false;
  }

  // The body whose sitting the event's part names: the first organisation (not in a title) a few
  // words after a sitting word ("phiên họp thứ 55, Ủy ban Thường vụ Quốc hội ..."); "" when none.
  std::string sitting_owner(const Reading& reading) const {
    for (const OrganisationMention& m : named_)
      if (!m.in_title && m.begin >= reading.part_begin &&
          follows_word_of(lists_.sittings, "sitting", m.begin, kSittingOwnerWords))
        return m.id;
    return "";
  }

  // Whether the event is told without who holds it: "Hội thi diễn ra ...", "... được tổ chức",
  // "... được cho ra mắt".
  bool without_actor(const Reading& reading) const {
    if (reading.subject_is_event) return true;
    std::size_t word = reading.predicate_begin;
    for (int i = 0; i < 2 && word > head_; ++i) {
      word = previous_word_start(word);
      if (fold_for_lookup(text_.substr(word, events::word_end(text_, word) - word)) == fold_for_lookup("được"))
        return true;
    }
    return false;
  }

  // The date written in brackets right after a deictic day ("Hôm nay (20-10)", "tối qua (3/11)") when
  // it names another day: the text's own date, which an article written late at night for the next
  // morning, or published past midnight, gets right and its publication time does not.
  const ResolvedMention* bracketed_date(const ResolvedMention& deictic) const {
    const Expression& written = deictic.mention.expression;
    if (written.kind != ExpressionKind::point || !written.start.offset ||
        deictic.resolved.start.precision < Precision::day)
      return nullptr;
    const auto next = std::upper_bound(mentions_.begin(), mentions_.end(), deictic.mention.begin, Begins{});
    if (next == mentions_.end()) return nullptr;
    const std::size_t open = skip_spaces(text_, deictic.mention.end, next->mention.begin);
    if (open >= next->mention.begin || text_[open] != '(' ||
        skip_spaces(text_, open + 1, next->mention.begin) != next->mention.begin)
      return nullptr;
    const std::size_t close = skip_spaces(text_, next->mention.end, text_.size());
    if (close >= text_.size() || text_[close] != ')') return nullptr;
    const CalendarPoint &day = next->resolved.start, &deictic_day = deictic.resolved.start;
    if (next->resolved.kind != ExpressionKind::point || day.precision != Precision::day || !day.year ||
        day.month == 0 || day.day == 0)
      return nullptr;
    const bool same =
        day.year == deictic_day.year && day.month == deictic_day.month && day.day == deictic_day.day;
    return same ? nullptr : &*next;
  }

  // The kind of a head_kinds.tsv noun that opens the title, else of the first kinds.tsv entry in it
  // that names one (not "sự kiện"), else the predicate's.
  std::string kind(const Reading& reading) const {
    if (auto head = lists_.head_kinds.match_at(text_, reading.title_begin))
      return lists_.head_kinds.values[head->entry];
    auto found = lists_.kinds.find_all(text_, reading.title_begin, reading.title_end);
    std::erase_if(found,
                  [&](const auto& at_match) { return lists_.kinds.values[at_match.second.entry].empty(); });
    const auto first = std::min_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return a.second.entry < b.second.entry;
    });
    return first == found.end() ? reading.predicate_kind : lists_.kinds.values[first->second.entry];
  }

  // Whether the words [pos, end) open the sentence, their first capitalised for that alone: it is no
  // acronym and the next word is in lower case ("Số liệu tăng trưởng", not "Vietnam Expo", "TPP").
  bool capitalised_as_head(std::size_t pos, std::size_t end) const {
    std::size_t second = 0;  // the first word's second letter
    events::code_point_at(text_, pos, &second);
    const std::size_t next = next_word_start(text_, pos);
    return pos == head_ && next < end && u_islower(events::code_point_at(text_, next)) &&
           (second >= events::word_end(text_, pos) || u_islower(events::code_point_at(text_, second)));
  }

 private:
  // A DATE or TIME point or range (by its start) of at least month precision.
  static bool can_time_event(const ResolvedMention& m) {
    const MentionType type = m.mention.type;
    const ExpressionKind expression = m.resolved.kind;
    return (type == MentionType::date || type == MentionType::time) &&
           (expression == ExpressionKind::point || expression == ExpressionKind::range ||
            expression == ExpressionKind::range_to_anchor) &&
           m.resolved.start.precision >= Precision::month;
  }

  // Where the time adjunct of a date at `begin` starts, walking back over the words that may open
  // it ("vào", "sáng" ...), when it is one: at the head of a clause, or after a marker.
  std::optional<std::size_t> adjunct_begin(std::size_t begin) const {
    bool after_marker = false;
    for (;;) {
      std::size_t before = begin;
      while (before > head_ && is_space(text_[before - 1])) --before;
      // A dash between spaces opens a clause too ("Ông cho biết: - Tháng 7, đoàn ...").
      const bool after_dash = before - head_ >= 2 && text_[before - 1] == '-' && is_space(text_[before - 2]) &&
                              before < begin;
      if (before == head_ || std::string_view(",;:)\"").find(text_[before - 1]) != std::string_view::npos ||
          text_.substr(0, before).ends_with("”") || after_dash)
        return begin;
      // The longest adjunct word or phrase that ends right before.
      std::optional<std::size_t> found;
      bool marker = false;
      std::size_t word = before;
      for (std::size_t i = 0; i < kAdjunctPhraseWords && word > head_; ++i) {
        word = previous_word_start(word);
        if (auto match = lists_.adjunct_words.matcher.match_at(text_, word); match && match->end == before) {
          found = word;
          marker = lists_.adjunct_words.values[match->entry] == "marker";
        }
      }
      if (!found) {
        if (after_marker || follows_document_number(before)) return begin;
        return std::nullopt;
      }
      after_marker = after_marker || marker;
      begin = *found;
    }
  }

  // "Quyết định số 167/2008/QĐ-TTg ngày 12/12/2008": the date of the document just named.
  bool follows_document_number(std::size_t before) const {
    std::size_t start = before;
    while (start > head_ && !is_space(text_[start - 1])) --start;
    const std::string_view token = text_.substr(start, before - start);
    return token.find('/') != std::string_view::npos && token.find_first_of("0123456789") != std::string_view::npos &&
           std::any_of(token.begin(), token.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c & 0x80); });
  }

  std::size_t previous_word_start(std::size_t pos) const {
    while (pos > head_) {
      --pos;
      if (is_word_start(text_, pos)) return pos;
    }
    return head_;
  }

  // Whether a negation (negations.tsv) ends right before `pos`, or before an auxiliary that does
  // ("chưa được công bố").
  bool negated(std::size_t pos) const {
    // Two words back first, so that a longer phrase decides ("không hề"; "hàng không", valued `!`).
    const auto negation_ends_at = [&](std::size_t end) {
      const std::size_t last = previous_word_start(end);
      for (const std::size_t word : {previous_word_start(last), last})
        if (auto match = lists_.negations.matcher.match_at(text_, word);
            word < end && match && skip_spaces(text_, match->end, end) == end)
          return lists_.negations.values[match->entry] != kNone;
      return false;
    };
    if (negation_ends_at(pos)) return true;
    const std::size_t auxiliary = previous_word_start(pos);
    const auto match = lists_.auxiliaries.matcher.match_at(text_, auxiliary);
    return auxiliary < pos && match && skip_spaces(text_, match->end, pos) == pos &&
           negation_ends_at(auxiliary);
  }

  // Whether a comparison word stands before the date in its clause ("..., giống như hội trại vào
  // tháng 7").
  bool in_comparison(const Mention& mention) const {
    // Bounded, so that a long sentence of dates stays linear.
    const std::size_t from = mention.begin - std::min(mention.begin - head_, kComparisonReach);
    const std::size_t comma = text_.substr(from, mention.begin - from).find_last_of(",;");
    const std::size_t clause = comma == std::string_view::npos ? from : from + comma + 1;
    return !lists_.comparisons.matcher.find_all(text_, clause, mention.begin).empty();
  }

  // "kỷ niệm Ngày Thương binh liệt sỹ 27/7": a date that ends a phrase "Ngày" + capitalised word,
  // or that starts with one itself.
  bool names_commemoration(const Mention& mention) const {
    const auto opens_name = [&](std::size_t word, std::size_t next) {
      return lists_.commemoration_heads.contains(text_.substr(word, events::word_end(text_, word) - word)) &&
             is_upper_at(text_, next);
    };
    const auto own = tokens(text_, mention.begin, mention.end);
    if (own.size() > 1 && opens_name(own[0].first, own[1].first)) return true;
    std::size_t from = mention.begin;  // kCommemorationWords + 1 tokens back, no further
    for (std::size_t i = 0; i <= kCommemorationWords && from > head_; ++i) {
      while (from > head_ && is_space(text_[from - 1])) --from;
      while (from > head_ && !is_space(text_[from - 1])) --from;
    }
    const auto before = tokens(text_, from, mention.begin);
    const std::size_t last = before.size();
    for (std::size_t i = last; i-- > 0 && last - i <= kCommemorationWords;) {
      if (!is_plain_word(text_, before[i].first, before[i].second)) return false;
      if (i + 1 < last && opens_name(before[i].first, before[i + 1].first)) return true;
    }
    return false;
  }

  // The first predicate after the adjunct (up to the next ';'), else before it in the same part.
  std::optional<Reading> with_predicate(const ResolvedMention& mention, std::size_t adjunct) const {
    const std::size_t part_end = std::min(text_.find(';', mention.mention.end), text_.size());
    const std::size_t part_begin = [&] {
      const auto semicolon = text_.substr(head_, adjunct - head_).rfind(';');
      return semicolon == std::string_view::npos ? head_ : head_ + semicolon + 1;
    }();
    Reading reading;
    reading.mention = &mention;
    reading.adjunct_begin = adjunct;
    reading.part_begin = part_begin;
    // "X ban hành Thông tư số 21/2012/TT-BLĐTBXH ngày 5/9/2012 hướng dẫn ...": the date of the
    // document just named times the predicate before it, not one after ("Theo Nghị định số
    // 59/2015/NĐ-CP ngày 18/6/2015, ... ký kết hợp đồng": no event).
    const bool of_document = follows_document_number(trim_end(text_, head_, adjunct));
    std::optional<std::tuple<std::size_t, std::size_t, std::string>> before_document;
    if (of_document) {
      before_document = first_predicate(part_begin, mention.mention.begin);
      if (!before_document) return std::nullopt;
    }
    if (before_document) {
      std::tie(reading.predicate_begin, reading.predicate_end, reading.predicate_kind) = *before_document;
      reading.subject_begin = part_begin;
    } else if (auto after = first_predicate(mention.mention.end, part_end)) {
      std::tie(reading.predicate_begin, reading.predicate_end, reading.predicate_kind) = *after;
      reading.subject_begin = mention.mention.end;
    } else if (auto before = first_predicate(part_begin, mention.mention.begin)) {
      std::tie(reading.predicate_begin, reading.predicate_end, reading.predicate_kind) = *before;
      reading.subject_begin = part_begin;
    } else {
      return std::nullopt;
    }
    reading.clause_end = clause_end(reading.predicate_end, part_end);
    // With a light verb the title is its object, or its subject when it has none ("Hội thảo ... diễn
    // ra tại ..."); without one, the predicate and its object.
    if (auto light = lists_.light_verbs.matcher.match_at(text_, reading.predicate_begin)) {
      reading.title_begin = skip_spaces(text_, light->end, part_end);
      // "... do T.Ư Hội tổ chức diễn ra ở nhiều địa điểm": a light verb right after another, or after
      // "và" ("đã tổ chức và chủ trì cuộc họp ..."), is the clause's verb; the first has no object.
      // "và" before anything else ends it ("phiên điều trần đã diễn ra và lắng nghe ...").
      const std::size_t first_word_end = events::word_end(text_, reading.title_begin);
      const bool and_follows =
          fold_for_lookup(text_.substr(reading.title_begin, first_word_end - reading.title_begin)) == "và";
      const std::size_t next_verb =
          and_follows ? skip_spaces(text_, first_word_end, part_end) : reading.title_begin;
      const auto second = lists_.light_verbs.matcher.match_at(text_, next_verb);
      if (second) {
        std::tie(reading.predicate_begin, reading.predicate_end) = std::pair(next_verb, second->end);
        reading.title_begin = skip_spaces(text_, second->end, part_end);
      }
      // "Hội thi diễn ra vào 5/3": the light verb's object is the time; the title is the subject.
      // "Trận ... diễn ra ở sân Etihad": an adjunct is no object either.
      const bool object_is_time = reading.title_begin >= adjunct && reading.title_begin < mention.mention.end;
      // "... do Báo Thanh Niên tổ chức sẽ diễn ra ...": nor is the verb of the next clause, nor what
      // follows a comma ("hai phiên đấu thầu được tổ chức, vào các ngày ...").
      const bool no_object = object_is_time || reading.title_begin == part_end || (and_follows && !second) ||
                             text_[reading.title_begin] == ',' ||
                             lists_.adjunct_openers.match_at(text_, reading.title_begin) ||
                             lists_.auxiliaries.matcher.match_at(text_, reading.title_begin) ||
                             lists_.status_words.match_at(text_, reading.title_begin);
      reading.title_end = no_object ? reading.title_begin : title_end(reading);
      if (reading.title_end <= reading.title_begin) {
        reading.subject_is_event = true;
        reading.title_begin = without_bracketed_aside(
            without_opener(skip_punctuation(reading.subject_begin, reading.predicate_begin),
                           reading.predicate_begin),
            reading.predicate_begin);
        const std::size_t subject_end = without_auxiliaries(
            reading.title_begin, trim_end(text_, reading.title_begin, reading.predicate_begin));
        reading.title_end =
            before_agent(reading.title_begin, without_negation(reading.title_begin, subject_end));
        // "... vắng mặt ở Giải vô địch thế giới vào tháng 8 diễn ra tại London": the subject stands
        // before the time, from its last event noun, else from its last run of capitalised words.
        if (reading.title_end <= reading.title_begin && reading.subject_begin == mention.mention.end) {
          reading.subject_begin = part_begin;
          reading.title_begin = last_name_start(skip_punctuation(part_begin, adjunct), adjunct);
          reading.title_end =
              without_auxiliaries(reading.title_begin, trim_end(text_, reading.title_begin, adjunct));
        }
        // "Ngọc Hoa sẽ không về nước mà ở lại Thái Lan chuẩn bị cho trận đấu quan trọng trước Supreme
        // Chonburi [sẽ diễn ra ...]": a subject that is a clause is named from its last event noun.
        if (is_clause(reading.title_begin, reading.title_end))
          if (const auto noun = last_event_noun(reading.title_begin, reading.title_end))
            reading.title_begin = *noun;
      }
    }
    if (reading.title_end <= reading.title_begin) {
      reading.title_begin = reading.predicate_begin;
      reading.title_end = title_end(reading);
      // "lùi Lễ ra quân": the event's noun just before the predicate is part of its name; so is the
      // word that makes it a sitting ("kỳ họp lần thứ 39", "phiên họp thứ 55").
      const std::size_t noun = previous_word_start(reading.predicate_begin);
      auto kind = lists_.kinds.match_at(text_, noun);
      if (!kind) kind = lists_.head_kinds.match_at(text_, noun);
      if (kind && noun >= reading.subject_begin &&
          skip_spaces(text_, kind->end, text_.size()) == reading.predicate_begin &&
          !inside_organisation(noun))
        reading.title_begin = noun;
      else if (auto sitting = lists_.sittings.matcher.match_at(text_, noun);
               sitting && noun >= reading.subject_begin && sitting->end > reading.predicate_begin &&
               lists_.sittings.values[sitting->entry] == "sitting")
        reading.title_begin = noun;
      // "Vietnam Expo 2021 chính thức khai mạc", "Số liệu ... sẽ được công bố vào ngày 29/4": the
      // predicate has no object and says what happens to its subject, which the title names after it.
      if (reading.title_begin == reading.predicate_begin && !has_object(reading) &&
          acts_on_subject(reading)) {
        std::tie(reading.patient_begin, reading.patient_end) = patient(reading);
        if (reading.patient_end > reading.patient_begin) reading.title_end = reading.predicate_end;
      }
    }
    // "Sáng 24/6, Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11 đã khai mạc tại ...": a title that
    // names an event and ends in a verb of subject_verbs.tsv is that verb's subject, named after it
    // ("Khai mạc Hội nghị ...").
    if (reading.patient_end == reading.patient_begin && names_event(reading.title_begin) &&
        !lists_.subject_verbs.matcher.match_at(text_, reading.title_begin)) {
      const auto verbs = lists_.subject_verbs.matcher.find_all(text_, reading.title_begin, reading.title_end);
      if (!verbs.empty() && verbs.back().second.end == reading.title_end &&
          !names_event(previous_word_start(verbs.back().first))) {
        const std::size_t end = without_auxiliaries(reading.title_begin,
                                                    trim_end(text_, reading.title_begin, verbs.back().first));
        if (end > reading.title_begin) {
          std::tie(reading.patient_begin, reading.patient_end) = std::pair(reading.title_begin, end);
          std::tie(reading.title_begin, reading.title_end) =
              std::pair(verbs.back().first, verbs.back().second.end);
        }
      }
    }
    return reading;
  }

  // `begin`, or past an aside in brackets and its comma there: "(3/11), cuộc thi ..." after "Hôm nay",
  // "(theo giờ Việt Nam), phiên điều trần ..." after "Rạng sáng 8-2".
  std::size_t without_bracketed_aside(std::size_t begin, std::size_t end) const {
    const std::size_t stop = part_end(begin, end);
    return begin < end && text_[begin] == '(' && stop < end && text_[stop] == ',' &&
                   text_[trim_end(text_, begin, stop) - 1] == ')'
               ? skip_punctuation(stop, end)
               : begin;
  }

  // `end`, or the end of [begin, end) before an agent word ("do", "bởi", "được") whose organisation holds the
  // event: "chương trình Tư vấn mùa thi do Báo Thanh Niên [tổ chức]" is named "chương trình Tư vấn mùa thi".
  std::size_t before_agent(std::size_t begin, std::size_t end) const {
    const NameReader names(lists_, text_, head_);
    for (const auto& [at, match] : lists_.roles.matcher.find_all(text_, begin, end)) {
      const std::string& role = lists_.roles.values[match.entry];
      const std::size_t next = skip_spaces(text_, match.end, end);
      if (at == begin || (role != "agent" && role != "passive") ||
          !std::binary_search(named_.begin(), named_.end(), next, Begins{}) ||
          !names.after_agent(next, named_))
        continue;
      // "Lễ tôn vinh ... sẽ [được UBND tổ chức]": a passive's auxiliaries go with it.
      const std::size_t title_end = trim_end(text_, begin, at);
      return role == "passive" ? without_auxiliaries(begin, title_end) : title_end;
    }
    return end;
  }

  // Whether an event noun (kinds.tsv) or a sitting (sittings.tsv) starts at `pos`: "lễ khai mạc" and
  // "phiên bế mạc" are events, not a subject and its verb.
  bool names_event(std::size_t pos) const {
    return lists_.kinds.match_at(text_, pos) || lists_.sittings.matcher.match_at(text_, pos);
  }

  // Whether a word other than an adjunct follows the predicate inside its title, before any comma.
  bool has_object(const Reading& reading) const {
    const std::size_t next = skip_spaces(text_, reading.predicate_end, text_.size());
    return next < reading.title_end && next != reading.adjunct_begin && text_[next] != ',' &&
           !lists_.adjunct_openers.match_at(text_, next);
  }

  // Whether the predicate is one of subject_verbs.tsv or follows "được" (the passive).
  bool acts_on_subject(const Reading& reading) const {
    if (lists_.subject_verbs.matcher.match_at(text_, reading.predicate_begin)) return true;
    const std::size_t before = previous_word_start(reading.predicate_begin);
    const auto passive = lists_.auxiliaries.matcher.match_at(text_, before);
    return before < reading.predicate_begin && passive &&
           lists_.auxiliaries.phrases[passive->entry] == "được";
  }

  // The predicate's subject, from its first part (between commas or after a colon) that is more than
  // a lead-in (brackets, the words that open a sentence, status words, "X cho biết:", an open quote),
  // without the auxiliaries before the verb: "Mẫu xe ..., kết hợp thiết kế coupe, dự kiến ra mắt" is
  // "Mẫu xe ...". Empty when it names an organisation, a place or the event's time, or is a clause (an
  // auxiliary, a status word or a clause_words.tsv word inside).
  std::pair<std::size_t, std::size_t> patient(const Reading& reading) const {
    const std::size_t subject_end = without_auxiliaries(
        reading.subject_begin, trim_end(text_, reading.subject_begin, reading.predicate_begin));
    std::size_t begin = reading.subject_begin, end = begin;
    while (begin < subject_end) {
      begin = skip_punctuation(begin, subject_end);
      std::size_t past = without_opener(begin, subject_end);
      if (const std::size_t quote = open_quote_end(begin, subject_end)) past = quote;
      if (text_[begin] == '(') past = find_outside_brackets(" ", begin, subject_end);  // "(tức mùng 10 ...)"
      if (past != begin) {
        begin = past;
        continue;
      }
      const std::size_t stop = part_end(begin, subject_end);
      end = without_auxiliaries(begin, trim_end(text_, begin, stop));
      if (end > begin && (stop == subject_end || (text_[stop] != ':' && !holds_date(begin, stop)))) break;
      begin = stop + 1;
    }
    if (end <= begin || !is_word_start(text_, begin) || is_place(begin, end)) return {0, 0};
    std::size_t count = 0;
    for (std::size_t pos = begin; pos < end; pos = next_word_start(text_, pos))
      if (++count > kMaxPatientWords) return {0, 0};
    for (const auto& [at, match] : lists_.predicates.matcher.find_all(text_, begin, end))
      if (lists_.predicates.values[match.entry] != kNone) return {0, 0};
    if (is_clause(begin, end)) return {0, 0};
    for (const OrganisationMention& m : named_)
      if (m.begin < end && m.end > begin) return {0, 0};
    if (reading.mention->mention.begin < end && reading.mention->mention.end > begin) return {0, 0};
    return {begin, end};
  }

  // Whether a mention of a day, month or quarter lies in [begin, end) ("Đầu quý III/2017, ..." is a
  // lead-in); a year may be part of a name ("V-League 2023").
  bool holds_date(std::size_t begin, std::size_t end) const {
    return std::any_of(mentions_.begin(), mentions_.end(), [&](const ResolvedMention& m) {
      return m.mention.begin < end && m.mention.end > begin && m.resolved.start.precision > Precision::year;
    });
  }

  // The first comma or colon in [begin, end) outside brackets and not between digits ("1,28 triệu"),
  // else `end`.
  std::size_t part_end(std::size_t begin, std::size_t end) const {
    for (std::size_t stop = find_outside_brackets(",:", begin, end); stop < end;
         stop = find_outside_brackets(",:", stop + 1, end))
      if (!(stop > begin && stop + 1 < end && is_digit(text_[stop - 1]) && is_digit(text_[stop + 1])))
        return stop;
    return end;
  }

  // Just past a quotation mark at `begin` that no mark closes before `end` ("cho biết: “Hợp đồng ..."),
  // else 0.
  std::size_t open_quote_end(std::size_t begin, std::size_t end) const {
    for (const std::string_view quote : {"“", "\""}) {
      if (text_.substr(begin, quote.size()) != quote) continue;
      const std::string_view closing = quote == "“" ? "”" : "\"";
      const std::size_t close = text_.find(closing, begin + quote.size());
      if (close == std::string_view::npos || close >= end) return begin + quote.size();
    }
    return 0;
  }

  // Whether [begin, end) is a place the registry knows or an area by its administrative word ("xã
  // Phú Mậu", "tỉnh Thừa Thiên Huế").
  bool is_place(std::size_t begin, std::size_t end) const {
    return lists_.place_spellings.contains(Lexicon::place_key(text_.substr(begin, end - begin))) ||
           lists_.admin_words.matcher.match_at(text_, begin);
  }

  // [begin, end) without the status words at its end ("Hội thi ... dự kiến").
  std::size_t without_status_words(std::size_t begin, std::size_t end) const {
    const auto found = lists_.status_words.find_all(text_, begin, end);
    if (!found.empty() && found.back().second.end == end) return trim_end(text_, begin, found.back().first);
    return end;
  }

  // [begin, end) without a negation at its end ("Lễ hội Lim năm nay không [tổ chức]"); "hàng không"
  // is none.
  std::size_t without_negation(std::size_t begin, std::size_t end) const {
    const auto found = lists_.negations.matcher.find_all(text_, begin, end);
    if (!found.empty() && found.back().second.end == end &&
        lists_.negations.values[found.back().second.entry] != kNone)
      return trim_end(text_, begin, found.back().first);
    return end;
  }

  // Where the last event noun (kinds.tsv, head_kinds.tsv) in [begin, end) outside an organisation's
  // name starts, if any.
  std::optional<std::size_t> last_event_noun(std::size_t begin, std::size_t end) const {
    std::optional<std::size_t> last;
    for (const Vocabulary* nouns : {&lists_.kinds, &lists_.head_kinds})
      for (const auto& [at, match] : nouns->find_all(text_, begin, end))
        if (!inside_organisation(at) && (!last || at > *last)) last = at;
    return last;
  }

  // Whether [begin, end) is a clause: an auxiliary, a status word or a word of clause_words.tsv is
  // in it (a word valued `first` only at its head).
  bool is_clause(std::size_t begin, std::size_t end) const {
    for (const Vocabulary* words : {&lists_.auxiliaries, &lists_.status_words, &lists_.clause_words})
      for (const auto& [at, match] : words->find_all(text_, begin, end))
        if (at == begin || words->values[match.entry] != "first") return true;
    return false;
  }

  // Where the last event noun in [begin, end) outside an organisation's name starts, else the last
  // run of capitalised words, else `begin`.
  std::size_t last_name_start(std::size_t begin, std::size_t end) const {
    if (const auto noun = last_event_noun(begin, end)) return *noun;
    std::size_t start = begin;
    bool after_upper = false;
    for (std::size_t pos = begin; pos < end; pos = next_word_start(text_, pos)) {
      const bool upper = is_upper_at(text_, pos);
      if (upper && !after_upper) start = pos;
      after_upper = upper;
    }
    return start;
  }

  // [begin, end) without the status words and auxiliaries.tsv's words at its end ("Hội thi ... sẽ
  // được", "Hội thi ... dự kiến sẽ"): a subject that is the event's title, without its verb's.
  std::size_t without_auxiliaries(std::size_t begin, std::size_t end) const {
    for (;;) {
      const std::size_t before = end;
      end = without_status_words(begin, end);
      const auto found = lists_.auxiliaries.matcher.find_all(text_, begin, end);
      if (!found.empty() && found.back().second.end == end) end = trim_end(text_, begin, found.back().first);
      if (end == before) return end;
    }
  }

  // `begin`, or past an adjunct_openers.tsv word there and, when a comma outside brackets follows it
  // before `end`, past that comma: "Theo lịch, trận đấu ..." is named from "trận đấu", "Tại hội làng
  // Triều Khúc (Thanh Trì, Hà Nội)" from "hội làng".
  std::size_t without_opener(std::size_t begin, std::size_t end) const {
    const auto opener = lists_.adjunct_openers.match_at(text_, begin);
    if (!opener || opener->end > end) return begin;
    const std::size_t comma = find_outside_brackets(",", opener->end, end);
    return skip_punctuation(comma < end ? comma : opener->end, end);
  }

  // Just past the first ")" in [begin, end) that closes its brackets and is followed by a lower-case
  // word, else `end`: "tại Toong (188 Võ Thị Sáu, TP.HCM) là ..." is a place up to its address.
  std::size_t after_bracketed_address(std::size_t begin, std::size_t end) const {
    int depth = 0;
    for (std::size_t pos = begin; pos < end; ++pos) {
      if (text_[pos] == '(') ++depth;
      if (text_[pos] != ')' || depth == 0 || --depth > 0) continue;
      const std::size_t next = skip_spaces(text_, pos + 1, end);
      if (next < end && u_islower(events::code_point_at(text_, next))) return pos + 1;
    }
    return end;
  }

  // The first of the characters `stops` in [begin, end) that is neither inside brackets nor inside
  // quotes closed before `end` ("Tọa đàm "Giảm phát thải, lọc không khí""), else `end`.
  std::size_t find_outside_brackets(std::string_view stops, std::size_t begin, std::size_t end) const {
    int depth = 0;
    for (std::size_t pos = begin; pos < end; ++pos) {
      if (text_[pos] == '(')
        ++depth;
      else if (text_[pos] == ')' && depth > 0)
        --depth;
      else if (const std::size_t close = depth == 0 ? quote_close(pos, end) : 0)
        pos = close;
      else if (depth == 0 && stops.find(text_[pos]) != std::string_view::npos)
        return pos;
    }
    return end;
  }

  // Whether a bracket opened in [begin, pos) is still open at `pos`.
  bool in_brackets(std::size_t begin, std::size_t pos) const {
    int depth = 0;
    for (std::size_t at = begin; at < pos; ++at)
      if (text_[at] == '(')
        ++depth;
      else if (text_[at] == ')' && depth > 0)
        --depth;
    return depth > 0;
  }

  // The last byte of the quote that closes one opening at `pos` before `end`, else 0.
  std::size_t quote_close(std::size_t pos, std::size_t end) const {
    for (const auto& [opening, closing] :
         {std::pair<std::string_view, std::string_view>{"“", "”"}, {"\"", "\""}}) {
      if (text_.substr(pos, opening.size()) != opening) continue;
      const std::size_t close = text_.find(closing, pos + opening.size());
      return close != std::string_view::npos && close + closing.size() <= end ? close + closing.size() - 1
                                                                              : 0;
    }
    return 0;
  }

  std::size_t skip_punctuation(std::size_t pos, std::size_t end) const {
    while (pos < end &&
           (is_space(text_[pos]) || std::string_view(",;:-").find(text_[pos]) != std::string_view::npos))
      ++pos;
    return pos;
  }

  // The first predicate of the sentence (see predicates_) in [begin, end).
  std::optional<std::tuple<std::size_t, std::size_t, std::string>> first_predicate(std::size_t begin,
                                                                                   std::size_t end) const {
    for (auto p = std::lower_bound(predicates_.begin(), predicates_.end(), begin,
                                   [](const Predicate& a, std::size_t pos) { return a.begin < pos; });
         p != predicates_.end() && p->begin < end; ++p)
      if (p->end <= end) return std::tuple(p->begin, p->end, p->kind);
    return std::nullopt;
  }

  // "tại Khu tưởng niệm ...": a word of a place's name, right after its capitalised first word and
  // a place marker.
  bool in_place_name(std::size_t pos) const {
    const std::size_t name = previous_word_start(pos);
    if (name == pos || !is_upper_at(text_, name) || name == head_) return false;
    const std::size_t marker = previous_word_start(name);
    const auto place = lists_.places.matcher.match_at(text_, marker);
    return place && place->end <= name && lists_.places.values[place->entry].empty();
  }

  // Whether `pos` is inside one of the sentence's organisations (in text order, not overlapping).
  bool inside_organisation(std::size_t pos) const {
    auto after = std::upper_bound(named_.begin(), named_.end(), pos,
                                  [](std::size_t p, const OrganisationMention& m) { return p < m.begin; });
    return after != named_.begin() && pos < std::prev(after)->end;
  }

  // The first ", " in [begin, end) that is followed by another clause, else `end`.
  std::size_t clause_end(std::size_t begin, std::size_t end) const {
    std::size_t item = begin;  // what the comma ends
    for (std::size_t comma = find_outside_brackets(",", begin, end); comma < end;
         comma = find_outside_brackets(",", comma + 1, end)) {
      const std::size_t next = skip_spaces(text_, comma + 1, end);
      if (next < end && starts_clause(next, end, names_person_title(item, comma), ends_organisation(comma)))
        return comma;
      item = next;
    }
    return end;
  }

  // Whether a person's title (organisation_roles.tsv) stands in [begin, end).
  bool names_person_title(std::size_t begin, std::size_t end) const {
    const auto roles = lists_.roles.find_all(text_, begin, end);
    return std::any_of(roles.begin(), roles.end(), [&](const auto& at_role) {
      return lists_.roles.values[at_role.second.entry] == "title";
    });
  }

  // Whether an organisation's name ends at `pos`.
  bool ends_organisation(std::size_t pos) const {
    return std::any_of(named_.begin(), named_.end(),
                       [&](const OrganisationMention& m) { return m.end == pos; });
  }

  // Whether another clause starts at `pos`, after a comma: a predicate, an organisation (unless the
  // comma ends another of a list: "giữa Văn phòng Trung ương Đảng, Văn phòng Chính phủ và ..."; after
  // a person's title too, unless the comma ends another title of a list: ", Chủ tịch UBND TP ... yêu
  // cầu"), a date, or a short subject and its verb (", Tổng thống Biden đã tổ chức ...", ", trong
  // khi tại TP HCM giá vàng là ...").
  bool starts_clause(std::size_t pos, std::size_t end, bool after_title, bool after_organisation) const {
    if (auto predicate = lists_.predicates.matcher.match_at(text_, pos);
        predicate && lists_.predicates.values[predicate->entry] != kNone)
      return true;
    const auto organisation_at = [&](std::size_t at) {
      return std::binary_search(named_.begin(), named_.end(), at, Begins{});
    };
    if (organisation_at(pos) && !after_organisation) return true;
    if (auto role = lists_.roles.matcher.match_at(text_, pos);
        role && !after_title && lists_.roles.values[role->entry] == "title" &&
        organisation_at(skip_spaces(text_, role->end, end)))
      return true;
    if (std::binary_search(mentions_.begin(), mentions_.end(), pos, Begins{})) return true;
    // The verb after its subject: a verb right after the comma has the subject before it (", được tổ
    // chức tại ...", ", sẽ diễn ra ..."); a capitalised one is a name's ("xã Tuy Phước").
    const std::size_t first = next_word_start(text_, pos);
    std::size_t window_end = first;
    const std::size_t stop = std::min(end, text_.find_first_of(",;:", pos));
    for (std::size_t words = 1; window_end < stop && words <= kClauseSubjectWords; ++words)
      window_end = next_word_start(text_, window_end);
    window_end = std::min(window_end, stop);
    const auto opens_clause = [&](const Vocabulary& words, auto counts) {
      for (const auto& [at, match] : words.find_all(text_, first, window_end))
        if (counts(words.values[match.entry]) && !is_upper_at(text_, at)) return true;
      return false;
    };
    const auto verb = [](const std::string& value) { return value != "first" && value != "inside"; };
    // "sẽ", "dự kiến"; not "hủy", which ends words ("tiêu hủy").
    const auto tentative = [](const std::string& value) { return value == "tentative"; };
    return opens_clause(lists_.auxiliaries, verb) || opens_clause(lists_.clause_words, verb) ||
           opens_clause(lists_.status_words, tentative);
  }

  // Orders spans and positions by where the spans begin.
  struct Begins {
    static std::size_t at(std::size_t pos) { return pos; }
    static std::size_t at(const OrganisationMention& m) { return m.begin; }
    static std::size_t at(const ResolvedMention& m) { return m.mention.begin; }
    template <class A, class B>
    bool operator()(const A& a, const B& b) const { return at(a) < at(b); }
  };

  // The title ends at the clause end, a place ("tại ..."), the time adjunct after it, or a word
  // limit, without a light verb at its end.
  std::size_t title_end(const Reading& reading) const {
    std::size_t end = reading.clause_end;
    if (reading.adjunct_begin > reading.title_begin) end = std::min(end, reading.adjunct_begin);
    for (const auto& [at, match] : lists_.places.matcher.find_all(text_, reading.title_begin, end))
      if (lists_.places.values[match.entry].empty() || lists_.places.values[match.entry] == kUnnamed) {
        end = at;
        break;
      }
    std::size_t words = 0;
    for (std::size_t pos = reading.title_begin; pos < end; pos = next_word_start(text_, pos))
      if (++words > kMaxTitleWords) end = pos;
    end = without_auxiliaries(reading.title_begin, trim_end(text_, reading.title_begin, end));
    // "Hội thảo ... diễn ra [tại ...]": the verb of the clause is no part of the name, nor is the body
    // that holds the event ("Hội nghị sơ kết ... do Sở GD-ĐT TP.HCM [tổ chức]").
    const auto verbs = lists_.light_verbs.matcher.find_all(text_, reading.title_begin, end);
    if (!verbs.empty() && verbs.back().second.end == end)
      end =
          without_auxiliaries(reading.title_begin, trim_end(text_, reading.title_begin, verbs.back().first));
    return before_agent(reading.title_begin, end);
  }

 private:
  const Lexicon& lists_;
  std::string_view text_;                         // doc.folded up to the sentence end
  const std::vector<ResolvedMention>& mentions_;  // those of this sentence, in text order
  const std::vector<OrganisationMention>& named_;  // the organisations of this sentence, in text order
  std::size_t head_ = 0;                          // the first byte after spaces and a kicker
  struct Predicate {
    std::size_t begin = 0, end = 0;
    std::string kind;
  };
  std::vector<Predicate> predicates_;  // of the sentence, in text order
};

std::string original(const Article& article, const Document& doc, std::size_t begin, std::size_t end) {
  const std::size_t from = doc.original_offset(begin);
  return article.text.substr(from, doc.original_offset(end) - from);
}

}  // namespace

Expected<EventExtractor> EventExtractor::load(const RuleFiles& files, OrganisationRegistry registry) {
  auto lists = std::make_shared<Lists>();
  for (auto [field, name] : {std::pair{&Lists::unit_types, "events/organisation_patterns.tsv"},
                             std::pair{&Lists::admin_words, "events/admin_words.tsv"},
                             std::pair{&Lists::roles, "events/organisation_roles.tsv"},
                             std::pair{&Lists::name_stops, "events/name_stops.tsv"},
                             std::pair{&Lists::status_words, "events/status_words.tsv"},
                             std::pair{&Lists::auxiliaries, "events/auxiliaries.tsv"},
                             std::pair{&Lists::kicker_stops, "events/kicker_stops.tsv"},
                             std::pair{&Lists::credit_markers, "events/credit_markers.tsv"},
                             std::pair{&Lists::negations, "events/negations.tsv"},
                             std::pair{&Lists::adjunct_openers, "events/adjunct_openers.tsv"},
                             std::pair{&Lists::subject_verbs, "events/subject_verbs.tsv"},
                             std::pair{&Lists::clause_words, "events/clause_words.tsv"},
                             std::pair{&Lists::predicates, "events/predicates.tsv"},
                             std::pair{&Lists::kinds, "events/kinds.tsv"},
                             std::pair{&Lists::head_kinds, "events/head_kinds.tsv"},
                             std::pair{&Lists::light_verbs, "events/light_verbs.tsv"},
                             std::pair{&Lists::adjunct_words, "events/time_adjunct_markers.tsv"},
                             std::pair{&Lists::places, "events/place_markers.tsv"},
                             std::pair{&Lists::comparisons, "events/comparison_markers.tsv"},
                             std::pair{&Lists::sittings, "events/sittings.tsv"}}) {
    auto list = vocabulary(files, name);
    if (!list) return list.error();
    (*lists).*field = std::move(*list);
  }
  for (const std::string& value : lists->unit_types.values) {
    auto pattern = parse_pattern(value);
    if (!pattern)
      return Error{files.display_name("events/organisation_patterns.tsv"),
                   "\"" + value + "\" is not `depth place|name|alone [admin word]` nor `!`"};
    lists->patterns.push_back(*pattern);
  }
  // full_names.tsv; a spelling that no head of organisation_patterns.tsv begins ("NHCSXH") is
  // recognised as a name on its own.
  auto full_names = files.word_list("events/full_names.tsv");
  if (!full_names) return full_names.error();
  std::vector<std::pair<std::string, std::string>> heads;
  for (std::size_t i = 0; i < lists->unit_types.phrases.size(); ++i)
    heads.emplace_back(lists->unit_types.phrases[i], lists->unit_types.values[i]);
  const std::size_t pattern_heads = heads.size();
  for (const WordEntry& entry : full_names->entries) {
    if (entry.value.empty())
      return Error{full_names->file + ":" + std::to_string(entry.line), "no full name after the tab"};
    lists->full_names.emplace(name_key(entry.phrase), entry.value);
    if (!lists->unit_types.matcher.match_at(entry.phrase, 0)) {
      heads.emplace_back(entry.phrase, "0 alone");
      lists->patterns.push_back({0, events::NameMode::alone, ""});
    }
  }
  auto sectors = files.word_list("events/sectors.tsv");
  if (!sectors) return sectors.error();
  std::vector<std::string> sector_phrases;
  for (const WordEntry& entry : sectors->entries) {
    std::string key;
    const auto words = sector_words(entry.phrase);
    for (const SectorWord& word : words) key += (key.empty() ? "" : " ") + word.folded;
    lists->sectors.emplace(key, entry.value.empty() ? entry.phrase : entry.value);
    lists->sector_words_at_most = std::max(lists->sector_words_at_most, words.size());
    if (!words.empty()) lists->sector_first_words.insert(words[0].folded);
    sector_phrases.push_back(entry.phrase);
  }
  auto sector_spellings = PhraseMatcher::build(sector_phrases, sectors->file);
  if (!sector_spellings) return sector_spellings.error();
  lists->sector_spellings = std::move(*sector_spellings);
  if (heads.size() > pattern_heads) {
    auto with_spellings = vocabulary(heads, files.display_name("events/organisation_patterns.tsv"));
    if (!with_spellings) return with_spellings.error();
    lists->unit_types = std::move(*with_spellings);
  }

  for (const char* name : {"events/commemoration_heads.tsv", "events/person_names.tsv"}) {
    auto list = files.word_list(name);
    if (!list) return list.error();
    auto& set = std::string_view(name) == "events/person_names.tsv" ? lists->person_names
                                                                     : lists->commemoration_heads;
    for (const WordEntry& entry : list->entries) set.insert(entry.phrase);
  }
  auto countries = files.word_list("events/countries.tsv");
  if (!countries) return countries.error();
  std::vector<std::pair<std::string, std::string>> country_names;
  for (const WordEntry& entry : countries->entries) {
    if (!entry.value.empty() && entry.value != "head")
      return Error{countries->file + ":" + std::to_string(entry.line),
                   "\"" + entry.value + "\" is not `head`"};
    if (entry.value.empty()) lists->countries.insert(Lexicon::place_key(entry.phrase));
    country_names.emplace_back(entry.phrase, entry.value);
  }
  auto country_vocabulary = vocabulary(country_names, countries->file);
  if (!country_vocabulary) return country_vocabulary.error();
  lists->country_names = std::move(*country_vocabulary);

  std::vector<std::pair<std::string, std::string>> names;
  for (const Organisation& organisation : registry.all()) {
    names.emplace_back(organisation.name, organisation.id);
    for (const std::string& alias : organisation.aliases) names.emplace_back(alias, organisation.id);
    if (auto unit = lists->unit_types.matcher.match_at(organisation.name, 0))
      lists->registry_types.emplace(organisation.id, unit->entry);
  }
  for (const Organisation& organisation : registry.all()) {
    const auto head = lists->unit_types.matcher.match_at(organisation.name, 0);
    if (!head || lists->patterns[head->entry].depth != 1) continue;
    const std::string type = fold_for_lookup(lists->unit_types.phrases[head->entry]);
    const std::string& admin = lists->patterns[head->entry].admin;  // "tỉnh", "thành phố"
    const std::string place = organisation.name.substr(skip_spaces(organisation.name, head->end, organisation.name.size()));
    std::vector<std::string> spellings{place};
    for (const std::string& name : organisation.aliases)
      if (auto alias = lists->unit_types.matcher.match_at(name, 0);
          alias && fold_for_lookup(lists->unit_types.phrases[alias->entry]) == type)
        spellings.push_back(name.substr(skip_spaces(name, alias->end, name.size())));
    // With the administrative word written out ("tỉnh Quảng Ngãi", "thành phố Cần Thơ", "TP Cần Thơ").
    std::vector<std::string> prefixes;
    if (!admin.empty()) prefixes.push_back(admin + " ");
    if (fold_for_lookup(admin) == fold_for_lookup("thành phố")) prefixes.insert(prefixes.end(), {"TP ", "TP. ", "TP."});
    for (const std::string& prefix : prefixes) spellings.push_back(prefix + place);
    for (const std::string& spelling : spellings)
      lists->place_spellings.emplace(Lexicon::place_key(spelling), place);
  }
  auto organisations = vocabulary(names, "the organisation registry");
  if (!organisations) return organisations.error();
  lists->organisations = std::move(*organisations);

  EventExtractor extractor;
  extractor.lists_ = std::move(lists);
  extractor.registry_ = std::move(registry);
  return extractor;
}

std::vector<OrganisationMention> EventExtractor::find_organisations(const Document& doc) {
  struct Found {
    OrganisationMention mention;
    std::optional<std::size_t> type;   // unit_types entry
    std::optional<Organisation> unit;  // found by pattern and not yet in the registry
    std::size_t line = 0;
  };
  // A Youth Union type without a name ("Thành đoàn"), or a body's head before an area's
  // administrative word and no name ("UBND tỉnh", "Công an Thành phố").
  struct Bare {
    std::size_t begin = 0, end = 0, type = 0, line = 0;
    bool in_title = false;
    std::string level;  // of the area the unit is of (Lexicon::admin_level); "" when not known
    std::string head;   // a body's head as written, capitalised; "" for a Youth Union type
  };
  const Lexicon& lists = *lists_;
  std::vector<Found> found;
  std::vector<Bare> bare;
  for (std::size_t l = 0; l < doc.lines.size(); ++l) {
    const Line& line = doc.lines[l];
    if (line.kind != LineKind::body && line.kind != LineKind::title) continue;
    const NameReader reader(lists, std::string_view(doc.folded).substr(0, line.end), line.begin);
    const std::string_view text = reader.text();
    std::size_t previous_end = 0;  // of the last mention, to carry a title on to the next one
    bool previous_in_title = false;
    for (std::size_t pos = is_word_start(text, line.begin) ? line.begin : next_word_start(text, line.begin);
         pos < line.end;) {
      auto mention = reader.organisation_at(pos);
      if (!mention) {
        // "Tây Ban Nha", "Hội An": no "Ban Nha" nor "Hội An" inside.
        const auto head =
            is_upper_at(text, pos) ? lists.unit_types.matcher.match_at(text, pos) : std::nullopt;
        pos = next_word_start(text, head && lists.patterns[head->entry].none ? head->end : pos);
        continue;
      }
      const bool follows_title =
          previous_in_title && skip_spaces(text, previous_end, line.end) == mention->lead_begin;
      const bool in_title = follows_title || reader.role_before(mention->lead_begin) == "title" ||
                            reader.ends_title(mention->begin, mention->head_end);
      if (in_title) mention->end = reader.without_person(*mention);
      std::optional<std::pair<std::size_t, std::size_t>> place;  // where the name's place is written
      if (mention->end > mention->name_begin && mention->mode == events::NameMode::place)
        place = std::pair(mention->name_begin, mention->end);
      else if (mention->end == mention->name_begin && !mention->id)
        place = reader.shared_place(*mention);
      if (mention->end == mention->name_begin && mention->mode != events::NameMode::alone && !mention->id &&
          !place) {
        const auto area_word =
            lists.admin_words.matcher.match_at(text, skip_spaces(text, mention->head_end, line.end));
        const bool youth_union = mention->type && lists.patterns[*mention->type].depth > 0;
        if (mention->type && (youth_union || area_word) && !reader.plural_before(mention->begin)) {
          Bare b{mention->begin, mention->head_end, *mention->type, l, in_title, "", ""};
          if (youth_union) {
            b.level = lists.level_of(lists.patterns[b.type].admin);
          } else {
            b.end = area_word->end;
            b.level = lists.admin_level(area_word->entry);
            b.head = capitalised(text.substr(mention->begin, mention->head_end - mention->begin));
          }
          bare.push_back(std::move(b));
        }
        previous_end = mention->head_end;
        previous_in_title = in_title;
        pos = next_word_start(text, mention->head_end);
        continue;
      }
      Found f;
      f.mention.begin = mention->lead_begin;
      f.mention.end = mention->end;
      f.mention.in_title = in_title;
      f.type = mention->type;
      f.line = l;
      if (mention->id) {
        f.mention.id = *mention->id;
      } else {
        Organisation organisation;
        organisation.name = and_spelled_out(
            without_bracketed(capitalised(text.substr(mention->begin, mention->end - mention->begin))));
        if (place)
          organisation.name =
              lists.placed_name(capitalised(text.substr(mention->begin, mention->head_end - mention->begin)),
                                text.substr(place->first, place->second - place->first));
        organisation.name = lists.full_name(lists.with_canonical_place(lists.full_name(organisation.name)));
        organisation.id = slug(organisation.name);
        f.mention.id = organisation.id;
        if (!registry_.find(organisation.id)) f.unit = std::move(organisation);
      }
      found.push_back(std::move(f));
      previous_end = mention->end;
      previous_in_title = in_title;
      pos = next_word_start(text, mention->end);
    }
  }
  const auto type_of = [&](const Found& f) -> std::optional<std::size_t> {
    if (f.type) return f.type;
    const auto it = lists.registry_types.find(f.mention.id);
    return it == lists.registry_types.end() ? std::nullopt : std::optional(it->second);
  };
  // The units named in the article by type (its folded phrase) and by depth; two of each are enough
  // to know that there is more than one.
  std::map<std::string, std::set<std::string>, std::less<>> by_type;
  std::map<int, std::set<std::string>> by_depth;
  for (const Found& f : found)
    if (const auto type = type_of(f)) {
      auto& of_type = by_type[fold_for_lookup(lists.unit_types.phrases.at(*type))];
      if (of_type.size() < 2) of_type.insert(f.mention.id);
      auto& of_depth = by_depth[lists.patterns[*type].depth];
      if (of_depth.size() < 2) of_depth.insert(f.mention.id);
    }
  // The one area of a level the article names (as it first writes it), when it names one; cached by
  // level.
  std::map<std::string, std::optional<std::string>, std::less<>> article_areas;
  const auto article_area = [&](const std::string& level) -> const std::optional<std::string>& {
    if (const auto it = article_areas.find(level); it != article_areas.end()) return it->second;
    std::map<std::string, std::string> places;  // as the registry writes it -> as the article first does
    for (const Line& line : doc.lines) {
      if (line.kind != LineKind::body && line.kind != LineKind::title) continue;
      const NameReader reader(lists, std::string_view(doc.folded).substr(0, line.end), line.begin);
      for (const auto& area : reader.areas(level, line.begin, line.end))
        places.emplace(lists.canonical_place(area.written), area.written);
    }
    return article_areas[level] = places.size() == 1 ? std::optional(places.begin()->second) : std::nullopt;
  };
  // A bare "Thành đoàn" is the article's one Thành đoàn; else the unit of the area the sentence names.
  // "UBND tỉnh" is the UBND of the province the sentence names after it, else of the article's one
  // province (not the article's one UBND, which may be a district's).
  for (const Bare& b : bare) {
    const auto it = by_type.find(fold_for_lookup(lists.unit_types.phrases.at(b.type)));
    const std::set<std::string> named = it == by_type.end() ? std::set<std::string>{} : it->second;
    Found f;
    f.mention = {b.begin, b.end, "", b.in_title};
    f.type = b.type;
    f.line = b.line;
    if (b.head.empty() && named.size() == 1) {
      f.mention.id = *named.begin();
    } else if (!b.head.empty() || named.empty()) {
      const Line& line = doc.lines[b.line];
      // The sentence that holds the bare type, so that a long line costs no more than its sentences.
      const auto sentence = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), b.begin,
                                             [](std::size_t pos, const Sentence& s) { return pos < s.begin; });
      const std::size_t stop =
          sentence != doc.sentences.begin() && b.begin < std::prev(sentence)->end
              ? std::min(std::prev(sentence)->end, line.end)
              : line.end;
      const NameReader reader(lists, std::string_view(doc.folded).substr(0, line.end), line.begin);
      const auto areas = reader.areas(b.level, b.end, stop);
      Organisation organisation;
      if (b.head.empty()) {
        if (areas.empty()) continue;
        organisation.name =
            lists.unit_types.phrases.at(b.type) + " " + lists.canonical_place(areas.front().name);
      } else {
        const std::optional<std::string> place =
            areas.empty() ? article_area(b.level) : std::optional(std::string(areas.front().written));
        if (!place) continue;
        organisation.name = lists.placed_name(b.head, *place);
      }
      organisation.id = slug(organisation.name);
      f.mention.id = organisation.id;
      if (!registry_.find(organisation.id)) f.unit = std::move(organisation);
    } else {
      continue;
    }
    // Named now: counts for the bare types that follow and for the parents below.
    auto& of_type = by_type[fold_for_lookup(lists.unit_types.phrases.at(b.type))];
    if (of_type.size() < 2) of_type.insert(f.mention.id);
    auto& of_depth = by_depth[lists.patterns[b.type].depth];
    if (of_depth.size() < 2) of_depth.insert(f.mention.id);
    found.push_back(std::move(f));
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Found& a, const Found& b) { return a.mention.begin < b.mention.begin; });

  std::vector<OrganisationMention> mentions;
  for (Found& f : found) {
    if (f.unit) {
      const int depth = f.type ? lists.patterns[*f.type].depth : 0;
      // The units one level up named in the article.
      const auto above = depth > 1 ? by_depth.find(depth - 1) : by_depth.end();
      if (above != by_depth.end() && above->second.size() == 1)
        f.unit->parent = registry_.current(*above->second.begin());
      registry_.add(std::move(*f.unit));
      f.unit.reset();
    }
    mentions.push_back(f.mention);
  }
  return mentions;
}

std::vector<Event> EventExtractor::extract(const Article& article, const Document& doc,
                                           const Resolution& resolution) {
  const std::vector<OrganisationMention> organisations = find_organisations(doc);
  std::vector<ResolvedMention> mentions = resolution.mentions;
  std::sort(mentions.begin(), mentions.end(), [](const ResolvedMention& a, const ResolvedMention& b) {
    return a.mention.begin < b.mention.begin;
  });
  // The article's own organiser: the first one, not in a title, that the title line or the first
  // body sentence names as holding something ("Thành đoàn tổ chức ...", "... do Thành đoàn tổ
  // chức"); it holds the events whose sentence names none. A body only named there ("Báo X tổng hợp
  // các tin thế giới", "tại Trung tâm Hội chợ") holds nothing.
  std::vector<std::string> article_organisers;
  const std::size_t lead_end = [&] {
    for (const Sentence& sentence : doc.sentences)
      if (sentence.line < doc.lines.size() && doc.lines[sentence.line].kind == LineKind::body) return sentence.end;
    return std::size_t{0};
  }();
  for (const OrganisationMention& m : organisations) {
    if (m.in_title || m.end > lead_end) continue;
    const Line& line = doc.lines[doc.line_at(m.begin)];
    const NameReader names(*lists_, std::string_view(doc.folded).substr(0, line.end), line.begin);
    if (names.after_agent(m.begin, organisations) || names.before_event_verb(m.end, organisations)) {
      article_organisers.push_back(m.id);
      break;
    }
  }

  // The assemblies the article names outside a person's title ("Quốc hội", "HĐND tỉnh X", with a
  // leading body before the name), each with how often.
  std::map<std::string, int> assemblies;
  for (const OrganisationMention& m : organisations) {
    if (m.in_title) continue;
    std::size_t head = m.begin;
    if (auto lead = lists_->roles.matcher.match_at(doc.folded, head); lead && lists_->roles.values[lead->entry] == "lead")
      head = skip_spaces(doc.folded, lead->end, m.end);
    if (auto assembly = lists_->sittings.matcher.match_at(doc.folded, head);
        assembly && assembly->end <= m.end && lists_->sittings.values[assembly->entry] == "assembly")
      ++assemblies[m.id];
  }
  // The article's assembly: the only one it names, named more than once (a passing mention is no
  // evidence that the article is about its sittings).
  const std::string assembly =
      assemblies.size() == 1 && assemblies.begin()->second > 1 ? assemblies.begin()->first : "";

  const auto is_body = [&](const Sentence& sentence) {
    return sentence.line < doc.lines.size() && doc.lines[sentence.line].kind == LineKind::body;
  };
  const auto named_in = [&](const Sentence& sentence) {
    std::vector<OrganisationMention> named;
    for (auto m = std::lower_bound(organisations.begin(), organisations.end(), sentence.begin,
                                   [](const OrganisationMention& a, std::size_t pos) { return a.begin < pos; });
         m != organisations.end() && m->begin < sentence.end; ++m)
      if (m->end <= sentence.end) named.push_back(*m);
    return named;
  };
  // Whether each sentence ends inside a quotation (“... ” with a full stop inside it splits a sentence).
  std::vector<bool> ends_in_quote(doc.sentences.size());
  for (std::size_t s = 0, depth = 0; s < doc.sentences.size(); ++s) {
    const std::string_view text = std::string_view(doc.folded).substr(
        doc.sentences[s].begin, doc.sentences[s].end - doc.sentences[s].begin);
    for (std::size_t at = text.find("\xe2\x80"); at != std::string_view::npos; at = text.find("\xe2\x80", at + 1))
      if (text.substr(at, 3) == "“") ++depth;
      else if (text.substr(at, 3) == "”" && depth > 0) --depth;
    if (s + 1 < doc.sentences.size() && doc.sentences[s + 1].line != doc.sentences[s].line) depth = 0;
    ends_in_quote[s] = depth > 0;
  }
  std::vector<bool> has_event(doc.sentences.size());
  // The bodies that body sentences [first, last] name as agents ("Chương trình do Thành đoàn tổ
  // chức"), none when one of them has an event of its own (its agents are that event's).
  const auto agents_of = [&](std::size_t first, std::size_t last) {
    std::vector<std::string> ids;
    for (std::size_t s = first; s <= last && s < doc.sentences.size(); ++s)
      if (has_event[s]) return ids;
    for (std::size_t s = first; s <= last && s < doc.sentences.size(); ++s) {
      const Sentence& sentence = doc.sentences[s];
      if (!is_body(sentence)) continue;
      const std::vector<OrganisationMention> named = named_in(sentence);
      const NameReader names(*lists_, std::string_view(doc.folded).substr(0, sentence.end), sentence.begin);
      for (const OrganisationMention& m : named)
        if (!m.in_title && names.after_agent(m.begin, named) && std::find(ids.begin(), ids.end(), m.id) == ids.end())
          ids.push_back(m.id);
    }
    return ids;
  };
  // The sentences of the one before `s` and of the one after it, each with the rest of a quotation
  // it opens or closes (at most kQuotedSentences: an unclosed quotation must not make this quadratic).
  const auto sentence_before = [&](std::size_t s) {
    std::size_t first = s - 1;
    while (first > 0 && ends_in_quote[first - 1] && s - first < kQuotedSentences) --first;
    return first;
  };
  const auto sentence_after_end = [&](std::size_t s) {
    std::size_t last = s + 1;
    while (last < doc.sentences.size() && ends_in_quote[last] && last - s < kQuotedSentences) ++last;
    return last;
  };

  std::vector<Event> events;
  std::vector<std::size_t> event_sentences;  // by event
  std::vector<bool> without_actor;           // by event
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sentence = doc.sentences[s];
    if (!is_body(sentence)) continue;
    // Both lists are in text order: the sentence's own start where it begins (linear in all).
    std::vector<ResolvedMention> in_sentence;
    for (auto m = std::lower_bound(mentions.begin(), mentions.end(), sentence.begin,
                                   [](const ResolvedMention& a, std::size_t pos) { return a.mention.begin < pos; });
         m != mentions.end() && m->mention.begin < sentence.end; ++m)
      if (m->mention.end <= sentence.end) in_sentence.push_back(*m);
    if (in_sentence.empty()) continue;  // no time, no event
    const std::vector<OrganisationMention> named = named_in(sentence);
    const SentenceReader reader(*lists_, doc, sentence, in_sentence, named);
    const auto reading = reader.read();
    if (!reading) continue;

    Event event;
    event.title = capitalised(original(article, doc, reading->title_begin, reading->title_end));
    if (reading->patient_end > reading->patient_begin) {
      std::string patient = original(article, doc, reading->patient_begin, reading->patient_end);
      if (reader.capitalised_as_head(reading->patient_begin, reading->patient_end))
        patient = with_first_letter(std::move(patient), false);
      event.title += " " + patient;
    }
    event.kind = reader.kind(*reading);
    event.location = reader.location(*reading, article, doc);
    event.status = reader.status(*reading);
    event.when = reading->mention->resolved;
    event.value = reading->mention->value;
    if (const ResolvedMention* dated = reader.bracketed_date(*reading->mention)) {
      // The day the text writes, with the deictic's part of day or time.
      event.when.start.year = dated->resolved.start.year;
      event.when.start.month = dated->resolved.start.month;
      event.when.start.day = dated->resolved.start.day;
      event.value = timex_value(event.when);
    }
    event.provenance = reading->mention->provenance;
    event.confidence = reading->mention->confidence;
    event.organisations = reader.organisers(*reading);
    // "Trong phiên họp chiều nay, Bộ trưởng ... trình bày ...": the sitting's own body, else the article's assembly.
    if (event.organisations.empty() && reader.names_sitting(*reading)) {
      if (std::string owner = reader.sitting_owner(*reading); !owner.empty()) event.organisations = {owner};
      else if (!assembly.empty()) event.organisations = {assembly};
    }
    event.source = {article.id,
                    doc.title,
                    article.url,
                    resolution.anchor.value(),
                    original(article, doc, sentence.begin, sentence.end),
                    doc.original_offset(sentence.begin),
                    doc.original_offset(sentence.end)};
    events.push_back(std::move(event));
    without_actor.push_back(reader.without_actor(*reading));
    event_sentences.push_back(s);
    has_event[s] = true;
  }

  for (std::size_t e = 0; e < events.size(); ++e) {
    Event& event = events[e];
    const std::size_t s = event_sentences[e];
    // An event told without who holds it, beside a sentence that says who does ("Hội thi diễn ra
    // ngày 5/5. Đây là chương trình do Thành đoàn tổ chức."): the agents of the neighbours, when they agree.
    if (event.organisations.empty() && without_actor[e]) {
      std::vector<std::string> before = s > 0 ? agents_of(sentence_before(s), s - 1) : std::vector<std::string>{};
      std::vector<std::string> after = agents_of(s + 1, sentence_after_end(s));
      if (before.empty() || after.empty() || before == after)
        event.organisations = before.empty() ? std::move(after) : std::move(before);
    }
    // Else the article's organiser holds it; but an event told without an actor of its own, after one
    // with organisers, takes the first of them ("Kỳ thi diễn ra ngày 10/6" after "Sở GD&ĐT tổ chức
    // ..."). An event with an actor of its own ("Bác họp với lãnh đạo tỉnh") does not.
    if (event.organisations.empty())
      event.organisations = e > 0 && !events[e - 1].organisations.empty() && without_actor[e]
                                ? std::vector<std::string>{events[e - 1].organisations.front()}
                                : article_organisers;
    // A former unit keeps its name on the events it held; the unit it became part of follows them,
    // and holds those dated after the merger.
    std::vector<std::string> with_current;
    for (const std::string& id : event.organisations) {
      const Organisation* unit = registry_.find(id);
      const bool after_merger = unit && !unit->until.empty() && event.when.start.year &&
                                iso_start(event.when.start) > unit->until;
      for (const std::string& each : {after_merger ? std::string() : id, registry_.current(id)})
        if (!each.empty() && std::find(with_current.begin(), with_current.end(), each) == with_current.end())
          with_current.push_back(each);
    }
    event.organisations = std::move(with_current);
  }
  return events;
}

const char* to_string(EventStatus status) {
  switch (status) {
    case EventStatus::confirmed: return "confirmed";
    case EventStatus::tentative: return "tentative";
    case EventStatus::cancelled: return "cancelled";
  }
  return "confirmed";
}

}  // namespace biennien
