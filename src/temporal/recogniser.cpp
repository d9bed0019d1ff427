// The rule engine of the temporal stage: reads rules/vi/temporal/*.rules (format in
// rules/vi/temporal/README.md), compiles every pattern once, and recognises mentions in linear time.
// It knows no words of any language: those come from the rule files and the word lists.
#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>

#include "biennien/temporal.hpp"
#include "set_pattern.hpp"

namespace biennien {
namespace {

// What a named group of a pattern fills in.
enum class Field {
  day, month, year, hour, minute, weekday, part_of_day, quarter, season, century, minutes_to, offset,
  year_offset, tense, leap, stem, branch, named_day, anniversary, number, extent
};
constexpr std::size_t kFieldCount = static_cast<std::size_t>(Field::extent) + 1;

struct FieldName {
  std::string_view name;
  Field field;
  bool has_end;  // "day2" names the same field of a range's end
};
constexpr FieldName kFieldNames[] = {  // in the order of Field
    {"day", Field::day, true},       {"month", Field::month, true},
    {"year", Field::year, true},     {"hour", Field::hour, true},
    {"minute", Field::minute, true}, {"weekday", Field::weekday, true},
    {"part_of_day", Field::part_of_day, true}, {"quarter", Field::quarter, true},
    {"season", Field::season, true},   {"century", Field::century, true},
    {"minutes_to", Field::minutes_to, true}, {"offset", Field::offset, true},
    {"year_offset", Field::year_offset, true}, {"tense", Field::tense, true},
    {"leap", Field::leap, true},       {"stem", Field::stem, true},
    {"branch", Field::branch, true},   {"named_day", Field::named_day, true},
    {"anniversary", Field::anniversary, true},
    {"number", Field::number, false},
    {"extent", Field::extent, false},
};

// A group of the compiled pattern and the field it fills.
struct Capture {
  int group = 0;
  Field field = Field::day;
  bool end = false;  // range end
};

// Parses a group name as written in a rule ("day", "month2"); nullopt if unknown.
std::optional<Capture> field_of(std::string_view name) {
  for (const auto& f : kFieldNames) {
    if (name == f.name) return Capture{0, f.field, false};
    if (f.has_end && name.size() == f.name.size() + 1 && name.starts_with(f.name) && name.back() == '2')
      return Capture{0, f.field, true};
  }
  return std::nullopt;
}

constexpr std::string_view kGroupSuffix = "__";  // appended to make repeated group names unique

struct Rule {
  std::string name;  // "dates.rules:date_dmy"
  MentionType type = MentionType::date;
  bool blocks = false;  // type NONE: a false friend that yields nothing and removes shorter mentions inside it
  std::optional<ExpressionKind> kind;  // empty: from the type and the groups
  std::optional<Precision> precision;
  unsigned index = 0;
  std::string literal;  // may hold {field} placeholders
  std::string offset;   // deictic offset, an integer that may hold a {field} placeholder ("-{number}")
  bool from_previous = false;  // base: previous
  bool lunar = false;          // calendar: lunar
  unsigned day = 0, month = 0; // day:, month: what the rule fixes when no group gives it
  std::string named_day;       // named_day: the id the rule fixes
  std::unique_ptr<RE2> regex;
  std::vector<Capture> captures;
};

// How every pattern is compiled: UTF-8, case-insensitive, leftmost-longest, errors kept quiet
// (they are returned as Errors).
RE2::Options pattern_options() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(64 << 20);
  return options;
}

// `s` without leading and trailing blanks.
std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r");
  return std::string(s.substr(first, last - first + 1));
}

// Characters of keys, definition names and list names.
bool is_name_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; }

// The value named `word` in `names`, or nullopt.
template <class T, std::size_t N>
std::optional<T> from_names(std::string_view word, const std::pair<std::string_view, T> (&names)[N]) {
  for (const auto& [name, value] : names)
    if (word == name) return value;
  return std::nullopt;
}

constexpr std::pair<std::string_view, MentionType> kTypeNames[] = {
    {"DATE", MentionType::date}, {"TIME", MentionType::time},
    {"DURATION", MentionType::duration}, {"SET", MentionType::set}};
constexpr std::pair<std::string_view, ExpressionKind> kKindNames[] = {
    {"point", ExpressionKind::point}, {"range", ExpressionKind::range},
    {"range_to_anchor", ExpressionKind::range_to_anchor}, {"duration", ExpressionKind::duration},
    {"set", ExpressionKind::set}, {"reference", ExpressionKind::reference}};
constexpr std::pair<std::string_view, Precision> kPrecisionNames[] = {
    {"century", Precision::century}, {"decade", Precision::decade}, {"year", Precision::year},
    {"half", Precision::half}, {"quarter", Precision::quarter}, {"season", Precision::season},
    {"month", Precision::month}, {"week", Precision::week}, {"day", Precision::day},
    {"part_of_day", Precision::part_of_day}, {"minute", Precision::minute}};
constexpr std::pair<std::string_view, PartOfDay> kPartOfDayCodes[] = {
    {"MO", PartOfDay::morning}, {"MI", PartOfDay::midday}, {"AF", PartOfDay::afternoon},
    {"EV", PartOfDay::evening}, {"NI", PartOfDay::night}};

// The word list of each field whose groups may hold words ("lists/month.tsv" for month).
using FieldLists = std::array<std::optional<WordList>, kFieldCount>;

// One `key: value` line of a rule file.
struct Entry {
  std::string key, value;
  int line = 0;
};

// Splits a rule file into blocks of entries separated by blank lines; `#` lines are comments.
Expected<std::vector<std::vector<Entry>>> read_blocks(const std::string& text, const std::string& file) {
  std::vector<std::vector<Entry>> blocks(1);
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::string content = trim(line);
    if (content.empty()) {
      if (!blocks.back().empty()) blocks.emplace_back();
      continue;
    }
    if (content[0] == '#') continue;
    const auto colon = content.find(':');
    const std::string key = content.substr(0, colon);
    if (colon == std::string::npos || key.empty() || !std::all_of(key.begin(), key.end(), is_name_char))
      return Error{file + ":" + std::to_string(number), "expected `key: value`"};
    blocks.back().push_back({key, trim(std::string_view(content).substr(colon + 1)), number});
  }
  if (blocks.back().empty()) blocks.pop_back();
  return blocks;
}

// `text` as a whole signed integer, or nullopt.
std::optional<int> integer(std::string_view text) {
  if (!text.empty() && text[0] == '+') text.remove_prefix(1);
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// `text` with each {group} replaced by value_of(the group's capture), or by nothing when empty.
template <class ValueOf>
std::string fill_placeholders(const std::string& text, ValueOf value_of) {
  std::string out;
  std::size_t from = 0;
  for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', from)) {
    const std::size_t close = text.find('}', open);
    out += text.substr(from, open - from);
    const std::optional<unsigned> value = value_of(*field_of(std::string_view(text).substr(open + 1, close - open - 1)));
    out += value ? std::to_string(*value) : "";
    from = close + 1;
  }
  return out + text.substr(from);
}

// The phrases of a word list as one alternation, longest first, each word quoted and the words
// joined by runs of spaces.
std::string alternation(const WordList& list) {
  std::vector<std::string> phrases;
  for (const auto& entry : list.entries) {
    std::string phrase, word;
    std::istringstream words(fold_for_lookup(entry.phrase));
    while (words >> word) phrase += (phrase.empty() ? "" : " +") + RE2::QuoteMeta(word);
    phrases.push_back(std::move(phrase));
  }
  std::sort(phrases.begin(), phrases.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  phrases.erase(std::unique(phrases.begin(), phrases.end()), phrases.end());
  std::string out = "(?:";
  for (std::size_t i = 0; i < phrases.size(); ++i) out += (i ? "|" : "") + phrases[i];
  return out + ")";
}

// Everything the compiler needs while it reads the rule files.
class RuleCompiler {
 public:
  explicit RuleCompiler(const RuleFiles& files) : files_(files) {}

  // Appends the rules of `name` to `rules`.
  std::optional<Error> read(const std::string& name, std::vector<Rule>& rules) {
    const std::string file = files_.display_name(name);
    auto blocks = read_blocks(*files_.find(name), file);
    if (!blocks) return blocks.error();
    const std::string stem = name.substr(name.rfind('/') + 1);
    std::map<std::string, std::string, std::less<>> definitions;  // this file's `define:` blocks
    for (const auto& block : *blocks) {
      std::map<std::string, const Entry*, std::less<>> keys;
      for (const Entry& entry : block) {
        static const std::set<std::string_view> known = {"rule", "define", "type", "pattern", "kind",
                                                          "precision", "index", "literal", "offset",
                                                          "base", "calendar", "day", "month",
                                                          "named_day"};
        if (!known.contains(entry.key)) return at(file, entry.line, "unknown key `" + entry.key + "`");
        if (!keys.emplace(entry.key, &entry).second)
          return at(file, entry.line, "`" + entry.key + "` given twice");
      }
      const int first_line = block.front().line;
      const Entry* pattern = keys.contains("pattern") ? keys["pattern"] : nullptr;
      if (!pattern) return at(file, first_line, "block without `pattern:`");
      auto expanded = expand(pattern->value, definitions);
      if (!expanded)  // a malformed word list names its own line
        return expanded.error().where.empty() ? at(file, pattern->line, expanded.error().message) : expanded.error();
      if (keys.contains("define")) {
        const std::string& defined = keys["define"]->value;
        if (keys.size() != 2) return at(file, first_line, "a `define:` block has only `pattern:`");
        if (defined.empty() || !std::all_of(defined.begin(), defined.end(), is_name_char))
          return at(file, first_line, "a definition's name is made of a-z, 0-9 and _");
        definitions[defined] = *expanded;
        continue;
      }
      if (!keys.contains("rule")) return at(file, first_line, "block without `rule:` or `define:`");
      auto rule = make_rule(keys, *expanded, file);
      if (!rule) return rule.error();
      rule->name = stem + ":" + keys["rule"]->value;
      rules.push_back(std::move(*rule));
    }
    return std::nullopt;
  }

  // Gives away the word lists of the fields, for use at recognition time.
  FieldLists take_field_lists() { return std::move(field_lists_); }

 private:
  static Error at(const std::string& file, int line, std::string message) {
    return Error{file + ":" + std::to_string(line), std::move(message)};
  }

  // Builds a rule from a block's keys and its expanded pattern.
  Expected<Rule> make_rule(std::map<std::string, const Entry*, std::less<>>& keys, const std::string& pattern,
                           const std::string& file) {
    Rule rule;
    const Entry* type = keys.contains("type") ? keys["type"] : nullptr;
    if (!type) return at(file, keys["rule"]->line, "rule without `type:`");
    rule.blocks = type->value == "NONE";
    auto t = rule.blocks ? MentionType::date : from_names(type->value, kTypeNames);
    if (!t) return at(file, type->line, "type is one of DATE TIME DURATION SET NONE");
    rule.type = *t;
    if (const auto it = keys.find("kind"); it != keys.end()) {
      rule.kind = from_names(it->second->value, kKindNames);
      if (!rule.kind) return at(file, it->second->line, "unknown kind `" + it->second->value + "`");
    }
    if (const auto it = keys.find("precision"); it != keys.end()) {
      rule.precision = from_names(it->second->value, kPrecisionNames);
      if (!rule.precision) return at(file, it->second->line, "unknown precision `" + it->second->value + "`");
    }
    for (const auto& [key, slot] : {std::pair{"index", &rule.index}, {"day", &rule.day}, {"month", &rule.month}}) {
      const auto it = keys.find(key);
      if (it == keys.end()) continue;
      const std::string& v = it->second->value;
      if (std::from_chars(v.data(), v.data() + v.size(), *slot).ptr != v.data() + v.size() || v.empty())
        return at(file, it->second->line, std::string(key) + " is a number");
    }
    if (rule.day > 30 || rule.month > 12) return at(file, keys["rule"]->line, "day is 1-30 and month 1-12");
    if (const auto it = keys.find("calendar"); it != keys.end()) {
      if (it->second->value != "lunar" && it->second->value != "solar")
        return at(file, it->second->line, "calendar is `solar` or `lunar`");
      rule.lunar = it->second->value == "lunar";
    }
    if (const auto it = keys.find("named_day"); it != keys.end()) rule.named_day = it->second->value;
    const int pattern_line = keys["pattern"]->line;
    auto renamed = rename_groups(pattern);
    if (!renamed) return at(file, pattern_line, renamed.error().message);
    rule.regex = std::make_unique<RE2>(*renamed, pattern_options());
    if (!rule.regex->ok()) return at(file, pattern_line, "bad pattern: " + rule.regex->error());
    for (const auto& [group_name, group] : rule.regex->NamedCapturingGroups()) {
      Capture capture = *field_of(std::string_view(group_name).substr(0, group_name.rfind(kGroupSuffix)));
      capture.group = group;
      rule.captures.push_back(capture);
      if (auto error = load_list(capture.field)) return *error;
    }
    if (const auto it = keys.find("literal"); it != keys.end()) {
      rule.literal = it->second->value;
      if (auto bad = check_placeholders(rule, rule.literal)) return at(file, it->second->line, *bad);
    }
    if (const auto it = keys.find("offset"); it != keys.end()) {
      rule.offset = it->second->value;
      if (auto bad = check_placeholders(rule, rule.offset)) return at(file, it->second->line, *bad);
      if (!integer(fill_placeholders(rule.offset, [](const Capture&) { return std::optional<unsigned>(1); })))
        return at(file, it->second->line, "offset is an integer, or a sign and a {group}");
      if (!rule.precision) return at(file, it->second->line, "an offset needs a `precision:`");
    }
    if (const auto it = keys.find("base"); it != keys.end()) {
      if (it->second->value != "anchor" && it->second->value != "previous")
        return at(file, it->second->line, "base is `anchor` or `previous`");
      rule.from_previous = it->second->value == "previous";
    }

    const bool needs_literal = rule.type == MentionType::duration || rule.type == MentionType::set ||
                               rule.kind == ExpressionKind::reference;
    if (needs_literal && rule.literal.empty()) return at(file, keys["rule"]->line, "rule needs a `literal:`");
    return rule;
  }

  // Replaces %name by a definition of this file or by the alternation of lists/name.tsv.
  Expected<std::string> expand(const std::string& pattern,
                               const std::map<std::string, std::string, std::less<>>& definitions) {
    std::string out;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
      if (pattern[i] != '%') {
        out += pattern[i];
        continue;
      }
      if (i + 1 < pattern.size() && pattern[i + 1] == '%') {
        out += '%';
        ++i;
        continue;
      }
      std::size_t end = i + 1;
      while (end < pattern.size() && is_name_char(pattern[end])) ++end;
      const std::string name = pattern.substr(i + 1, end - i - 1);
      if (name.empty()) return Error{"", "`%` is followed by a list or definition name (`%%` for a percent sign)"};
      if (const auto d = definitions.find(name); d != definitions.end()) {
        out += "(?:" + d->second + ")";
      } else {
        const std::string list_name = "lists/" + name + ".tsv";
        if (!files_.find(list_name)) return Error{"", "unknown list or definition `%" + name + "`"};
        auto& cached = alternations_[name];
        if (cached.empty()) {
          auto list = files_.word_list(list_name);
          if (!list) return list.error();
          cached = alternation(*list);
        }
        out += cached;
      }
      i = end - 1;
    }
    return out;
  }

  // Checks every (?P<name> and gives repeated names a unique suffix, so that one field may be
  // captured in several alternatives (RE2 wants unique group names).
  Expected<std::string> rename_groups(const std::string& pattern) {
    static constexpr std::string_view opener = "(?P<";
    std::string out;
    int count = 0;
    std::size_t from = 0;
    for (std::size_t at = pattern.find(opener); at != std::string::npos; at = pattern.find(opener, at + 1)) {
      std::size_t backslashes = 0;
      while (backslashes < at && pattern[at - 1 - backslashes] == '\\') ++backslashes;
      if (backslashes % 2 == 1) continue;
      const std::size_t name_begin = at + opener.size();
      const std::size_t close = pattern.find('>', name_begin);
      if (close == std::string::npos) return Error{"", "unclosed group name"};
      const std::string name = pattern.substr(name_begin, close - name_begin);
      if (!field_of(name)) return Error{"", "unknown group `" + name + "`"};
      out += pattern.substr(from, close - from) + std::string(kGroupSuffix) + std::to_string(++count);
      from = close;
    }
    return out + pattern.substr(from);
  }

  // Why the {placeholders} of `literal` are wrong, or nullopt: each must name a group of the rule.
  static std::optional<std::string> check_placeholders(const Rule& rule, const std::string& literal) {
    for (std::size_t open = literal.find('{'); open != std::string::npos; open = literal.find('{', open + 1)) {
      const std::size_t close = literal.find('}', open);
      if (close == std::string::npos) return "unclosed `{`";
      const auto field = field_of(std::string_view(literal).substr(open + 1, close - open - 1));
      const bool captured = field && std::any_of(rule.captures.begin(), rule.captures.end(), [&](const Capture& c) {
                              return c.field == field->field && c.end == field->end;
                            });
      if (!captured) return "literal names a group the pattern does not have";
    }
    return std::nullopt;
  }

  // Reads lists/FIELD.tsv, if there is one, for looking up the words a group of `field` captures.
  std::optional<Error> load_list(Field field) {
    auto& slot = field_lists_[static_cast<std::size_t>(field)];
    const std::string list_name = "lists/" + std::string(kFieldNames[static_cast<std::size_t>(field)].name) + ".tsv";
    if (slot || !files_.find(list_name)) return std::nullopt;
    auto list = files_.word_list(list_name);
    if (!list) return list.error();
    slot = std::move(*list);
    return std::nullopt;
  }

  const RuleFiles& files_;
  std::map<std::string, std::string, std::less<>> alternations_;
  FieldLists field_lists_;
};

// --- recognition -------------------------------------------------------------------------------

bool is_word_code_point(UChar32 c) {
  return c >= 0 && (u_isalnum(c) || u_hasBinaryProperty(c, UCHAR_ALPHABETIC) || u_charType(c) == U_NON_SPACING_MARK);
}

bool is_digit(const std::string_view text, std::size_t i) {
  return i < text.size() && text[i] >= '0' && text[i] <= '9';
}

// The code point whose UTF-8 bytes start at `i`; -1 if they are not valid UTF-8.
UChar32 code_point_at(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  const std::size_t length = lead < 0x80 ? 1 : lead >> 5 == 0x6 ? 2 : lead >> 4 == 0xE ? 3 : lead >> 3 == 0x1E ? 4 : 0;
  if (length == 0 || i + length > text.size()) return -1;
  UChar32 c = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + k]);
    if ((byte & 0xC0) != 0x80) return -1;
    c = (c << 6) | (byte & 0x3F);
  }
  return c;
}

// The code point that ends right before byte `i`; -1 if not valid UTF-8.
UChar32 code_point_before(std::string_view text, std::size_t i) {
  std::size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
  return code_point_at(text, start);
}

// A mention may not start inside a word or a number ("15/2020" in "15/2020/NĐ-CP" read from "5/").
bool starts_cleanly(std::string_view text, std::size_t begin) {
  if (begin == 0) return true;
  if (is_word_code_point(code_point_before(text, begin))) return false;
  const char before = text[begin - 1];
  return !(std::string_view("/.-:").find(before) != std::string_view::npos && begin >= 2 && is_digit(text, begin - 2));
}

// A mention may not end inside a word or a number ("15/20" of "15/2020", "25/6" of "25/6/2020").
bool ends_cleanly(std::string_view text, std::size_t end) {
  if (end >= text.size()) return true;
  if (is_word_code_point(code_point_at(text, end))) return false;
  const char after = text[end];
  if (after == '/' || after == '-')
    return !(end + 1 < text.size() && is_word_code_point(code_point_at(text, end + 1)));
  if (after == '.' || after == ':') return !is_digit(text, end + 1);
  return true;
}

// Hours written on a 12-hour reading ("8 giờ tối") moved to the 24-hour clock.
unsigned clock_hour(unsigned hour, PartOfDay part) {
  switch (part) {
    case PartOfDay::afternoon:
    case PartOfDay::evening: return hour >= 1 && hour <= 11 ? hour + 12 : hour;
    case PartOfDay::midday: return hour >= 1 && hour <= 4 ? hour + 12 : hour;
    case PartOfDay::night: return hour >= 6 && hour <= 11 ? hour + 12 : hour;
    default: return hour;
  }
}

bool day_is_valid(const CalendarPoint& p) {
  if (p.day == 0 || p.month == 0) return true;
  // Without a (four-digit) year, a day valid in some year: 29/2 is, 31/2 is not.
  const int year = p.year && !p.two_digit_year ? *p.year : 2000;
  return date::year_month_day{date::year{year}, date::month{p.month}, date::day{p.day}}.ok();
}

// Whether `a` comes after `b`, comparing from the year down the fields written in both. Without
// years, a later month may stand before an earlier one ("từ 30/12 đến 2/1" crosses a new year).
bool is_after(const CalendarPoint& a, const CalendarPoint& b) {
  using Value = std::optional<long>;
  auto nonzero = [](unsigned v) { return v ? Value(v) : Value(); };
  auto given = [](std::optional<unsigned> v) { return v ? Value(*v) : Value(); };
  if (!a.year && !b.year && a.month && b.month && a.month != b.month) return false;
  const std::pair<Value, Value> fields[] = {
      {a.year ? Value(*a.year) : Value(), b.year ? Value(*b.year) : Value()},
      {nonzero(a.month), nonzero(b.month)}, {nonzero(a.day), nonzero(b.day)},
      {given(a.hour), given(b.hour)}, {given(a.minute), given(b.minute)}};
  for (const auto& [x, y] : fields)
    if (x && y && *x != *y) return *x > *y;
  return false;
}

// The value of a group: its digits, or the value of its words in the field's list.
std::optional<unsigned> number_of(std::string_view text, const WordList* list) {
  auto digits = [](std::string_view s) -> std::optional<unsigned> {
    unsigned value = 0;
    if (s.empty() || s.size() > 9 || !std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::nullopt;
    std::from_chars(s.data(), s.data() + s.size(), value);
    return value;
  };
  if (auto value = digits(text)) return value;
  const std::string* word_value = list ? list->find(text) : nullptr;
  return word_value ? digits(*word_value) : std::nullopt;
}

// What one match says, built field by field.
struct MatchValues {
  CalendarPoint start, end;
  std::optional<Precision> start_precision, end_precision;  // fixed by a quarter, season or century
  std::optional<unsigned> start_minutes_to, end_minutes_to;  // "11 giờ kém 15": 15
  std::optional<unsigned> start_stem, end_stem, start_branch, end_branch;  // "Bính Ngọ": 3, 7
  bool has_end = false;
  std::optional<unsigned> number;
  std::optional<std::pair<std::size_t, std::size_t>> extent;
};

// Puts the text of one group into `values`; false when it is not a valid value of its field.
bool assign(MatchValues& values, const Capture& capture, std::string_view text, std::size_t offset,
            const FieldLists& lists) {
  const auto& list = lists[static_cast<std::size_t>(capture.field)];
  CalendarPoint& p = capture.end ? values.end : values.start;
  values.has_end = values.has_end || capture.end;
  if (capture.field == Field::extent) {
    values.extent = {offset, offset + text.size()};
    return true;
  }
  if (capture.field == Field::offset || capture.field == Field::year_offset) {  // signed, from the list
    const std::string* word_value = list ? list->find(text) : nullptr;
    const auto signed_value = word_value ? integer(*word_value) : std::nullopt;
    (capture.field == Field::offset ? p.offset : p.year_offset) = signed_value;
    return signed_value.has_value();
  }
  if (capture.field == Field::tense) {
    const std::string* word_value = list ? list->find(text) : nullptr;
    if (word_value && *word_value == "past") p.tense = Tense::past;
    if (word_value && *word_value == "future") p.tense = Tense::future;
    return p.tense != Tense::unmarked;
  }
  if (capture.field == Field::leap) {  // "tháng 4 nhuận": any text of the group
    p.leap_month = true;
    return true;
  }
  if (capture.field == Field::named_day) {
    const std::string* id = list ? list->find(text) : nullptr;
    if (id) p.named_day = *id;
    return id != nullptr;
  }
  if (capture.field == Field::part_of_day) {
    const std::string* code = list ? list->find(text) : nullptr;
    const auto part = code ? from_names(*code, kPartOfDayCodes) : std::nullopt;
    if (part) p.part_of_day = *part;
    return part.has_value();
  }
  const auto value = number_of(text, list ? &*list : nullptr);
  if (!value) return false;
  const unsigned v = *value;
  auto& precision = capture.end ? values.end_precision : values.start_precision;
  switch (capture.field) {
    case Field::day: p.day = v; return v >= 1 && v <= 31;
    case Field::month: p.month = v; return v >= 1 && v <= 12;
    case Field::year:  // years 1-9999, what TIMEX3 and iCalendar write in four digits ("00" is 2000)
      p.year = static_cast<int>(v);
      p.two_digit_year = text.size() == 2;
      return p.two_digit_year || (v >= 1 && v <= 9999);
    case Field::hour: p.hour = v; return v <= 23;
    case Field::minute: p.minute = v; return v <= 59;
    case Field::weekday: p.weekday = date::weekday{v}; return v >= 1 && v <= 7;
    case Field::quarter: p.index = v, precision = Precision::quarter; return v >= 1 && v <= 4;
    case Field::season: p.index = v, precision = Precision::season; return v >= 1 && v <= 4;
    case Field::century: p.index = (v - 1) * 100, precision = Precision::century; return v >= 1 && v <= 30;
    case Field::minutes_to:
      (capture.end ? values.end_minutes_to : values.start_minutes_to) = v;
      return v >= 1 && v <= 30;
    case Field::stem: (capture.end ? values.end_stem : values.start_stem) = v; return v >= 1 && v <= 10;
    case Field::branch: (capture.end ? values.end_branch : values.start_branch) = v; return v >= 1 && v <= 12;
    case Field::anniversary: p.anniversary = v; return v >= 1 && v <= 1000;
    case Field::number: values.number = v; return true;
    case Field::part_of_day:
    case Field::offset:
    case Field::year_offset:
    case Field::tense:
    case Field::leap:
    case Field::named_day:
    case Field::extent: break;
  }
  return false;
}

// The literal with each {field} replaced by the number its group captured.
std::string fill_literal(const std::string& literal, const MatchValues& values) {
  return fill_placeholders(literal, [&](const Capture& c) -> std::optional<unsigned> {
    const CalendarPoint& p = c.end ? values.end : values.start;
    switch (c.field) {
      case Field::day: return p.day;
      case Field::month: return p.month;
      case Field::year: return p.year ? std::optional<unsigned>(static_cast<unsigned>(*p.year)) : std::nullopt;
      case Field::hour: return p.hour;
      case Field::minute: return p.minute;
      case Field::number: return values.number;
      default: return std::nullopt;
    }
  });
}

// Completes a point as written with what the rule and its fields fix: minutes to the hour, 24-hour
// clock, precision, index, deixis; false when it is not a valid day or time.
bool finish(CalendarPoint& p, const Rule& rule, std::optional<Precision> field_precision,
            std::optional<unsigned> minutes_to, std::optional<unsigned> stem, std::optional<unsigned> branch,
            const MatchValues& values) {
  if (stem || branch) {  // the year of the cycle with this stem and branch (Giáp Tý = 0)
    if (!stem || !branch) return false;
    for (unsigned place = 0; place < 60; ++place)
      if (place % 10 == *stem - 1 && place % 12 == *branch - 1) p.can_chi = place;
    if (!p.can_chi) return false;  // a stem and a branch that never meet ("Giáp Sửu")
  }
  p.lunar = p.lunar || rule.lunar;
  if (!p.day) p.day = rule.day;
  if (!p.month) p.month = rule.month;
  if (p.named_day.empty()) p.named_day = rule.named_day;
  if (minutes_to) {  // "11 giờ kém 15" is 10:45
    if (!p.hour || *p.hour == 0 || p.minute) return false;
    p.hour = *p.hour - 1;
    p.minute = 60 - *minutes_to;
  }
  if (p.hour) p.hour = clock_hour(*p.hour, p.part_of_day);
  if (rule.index) p.index = rule.index;
  if (!rule.offset.empty()) p.offset = integer(fill_literal(rule.offset, values));
  if (p.offset) p.from_previous = rule.from_previous;
  if (rule.precision) p.precision = *rule.precision;
  else if (field_precision) p.precision = *field_precision;
  else if (p.hour) p.precision = Precision::minute;
  else if (p.part_of_day != PartOfDay::none) p.precision = Precision::part_of_day;
  else if (p.day) p.precision = Precision::day;
  else if (p.month) p.precision = Precision::month;
  else if (p.offset || !p.named_day.empty()) p.precision = Precision::day;
  else p.precision = Precision::year;
  return p.lunar ? p.day <= 30 : day_is_valid(p);
}

// The mention of one match of `rule`, or nullopt when its text or values are not a mention.
std::optional<Mention> mention_of(const Rule& rule, std::string_view text,
                                  const std::vector<re2::StringPiece>& groups, const FieldLists& lists) {
  MatchValues values;
  for (const Capture& capture : rule.captures) {
    const re2::StringPiece g = groups[static_cast<std::size_t>(capture.group)];
    if (g.data() == nullptr) continue;  // an alternative not taken
    if (!assign(values, capture, std::string_view(g.data(), g.size()), static_cast<std::size_t>(g.data() - text.data()), lists))
      return std::nullopt;
  }
  Mention m;
  m.begin = static_cast<std::size_t>(groups[0].data() - text.data());
  m.end = m.begin + groups[0].size();
  if (values.extent) std::tie(m.begin, m.end) = *values.extent;
  if (m.begin == m.end || !starts_cleanly(text, m.begin) || !ends_cleanly(text, m.end)) return std::nullopt;

  Expression& e = m.expression;
  e.kind = rule.kind ? *rule.kind
         : rule.type == MentionType::duration ? ExpressionKind::duration
         : rule.type == MentionType::set      ? ExpressionKind::set
         : values.has_end                     ? ExpressionKind::range
                                              : ExpressionKind::point;
  e.literal = fill_literal(rule.literal, values);
  e.start = values.start;
  if (e.kind == ExpressionKind::range) {
    e.end = values.end;
    if (e.start.day && !e.start.month) e.start.month = e.end.month;
    if (!e.start.year && e.end.year) {
      e.start.year = e.end.year;
      e.start.two_digit_year = e.end.two_digit_year;
    }
    if (!finish(e.end, rule, values.end_precision, values.end_minutes_to, values.end_stem, values.end_branch, values))
      return std::nullopt;
    if (!rule.offset.empty()) e.end.offset.reset();  // a rule's offset is the start's ("từ nay đến năm 2020")
  }
  if (!finish(e.start, rule, values.start_precision, values.start_minutes_to, values.start_stem,
              values.start_branch, values))
    return std::nullopt;
  if (e.kind == ExpressionKind::range && is_after(e.start, e.end)) return std::nullopt;

  auto timed = [](const CalendarPoint& p) { return p.hour || p.part_of_day != PartOfDay::none; };
  m.type = rule.type == MentionType::date && (timed(e.start) || timed(e.end)) ? MentionType::time : rule.type;
  m.rule = rule.name;
  return m;
}

// The byte after the UTF-8 character that starts at `i`.
std::size_t next_character(std::string_view text, std::size_t i) {
  ++i;
  while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  return i;
}

// Whether no match of `pattern` (compiled with pattern_options()) can hold a line break or depend
// on text beyond its own line (^, $, \A, \z, (?m), (?s)), so that looking for it line by line finds
// exactly what looking through the whole text finds. Conservative: every escape that could stand
// for a line break or a control character (\s \n \x \p \C \Q ...), negated and POSIX classes and
// raw control bytes say no. \d, \w, \b and \B are safe: a line break is neither a digit nor a
// word character, so a line's ends are word boundaries whether or not the break is seen.
bool stays_in_line(std::string_view pattern) {
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const auto c = static_cast<unsigned char>(pattern[i]);
    if (c < 0x20 || c == 0x7F || c == '^' || c == '$') return false;
    if (c == '[' && i + 1 < pattern.size() && pattern[i + 1] == ':') return false;
    if (c == '\\') {
      if (++i == pattern.size()) return false;
      const char e = pattern[i];
      const bool alnum = (e >= '0' && e <= '9') || (e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z');
      if (alnum && e != 'd' && e != 'w' && e != 'b' && e != 'B') return false;
      continue;
    }
    if (c == '(' && i + 2 < pattern.size() && pattern[i + 1] == '?' && pattern[i + 2] != 'P') {
      for (std::size_t k = i + 2; k < pattern.size() && pattern[k] != ':' && pattern[k] != ')'; ++k)
        if (pattern[k] == 's' || pattern[k] == 'm') return false;
    }
  }
  return true;
}

// Rules compiled together in one RE2::Set answer "which rules match somewhere here" in one pass.
// One set of all the rules builds too many DFA states (every mix of the partial matches of every
// rule in flight); a few smaller sets of consecutive rules cost less in all. Each rule enters its
// set as its set_pattern, which gives the same answer with fewer partial matches in flight: then
// two sets cost least over bench (one +2.5 %, three +2.4 %; each set is a pass over the text).
constexpr std::size_t kRuleSets = 2;

struct RuleSet {
  std::unique_ptr<RE2::Set> set;
  std::vector<std::size_t> rules;  // the rule index of each pattern of `set`
};

struct RuleSets {
  std::vector<RuleSet> sets;
  bool by_line = false;  // no rule's match holds a line break: the sets run line by line
};

// Splits `rules` into kRuleSets sets and decides whether they run line by line.
Expected<RuleSets> compile_sets(const std::vector<Rule>& rules, const RuleFiles& files) {
  RuleSets out;
  out.by_line = !pattern_options().dot_nl() && !pattern_options().never_nl();
  for (std::size_t i = 0; i < rules.size(); ++i) {
    const Rule& rule = rules[i];
    if (i * kRuleSets / rules.size() == out.sets.size())
      out.sets.push_back({std::make_unique<RE2::Set>(pattern_options(), RE2::UNANCHORED), {}});
    std::string error;
    if (out.sets.back().set->Add(temporal::set_pattern(rule.regex->pattern()), &error) < 0)
      return Error{rule.name, error};
    out.sets.back().rules.push_back(i);
    out.by_line = out.by_line && stays_in_line(rule.regex->pattern());
  }
  for (RuleSet& s : out.sets)
    if (!s.set->Compile()) return Error{files.display_name("temporal/"), "rules too large to compile together"};
  return out;
}

}  // namespace

struct Recogniser::Compiled {
  std::vector<Rule> rules;  // in the order of their files and lines: ties go to the first
  FieldLists lists;
  RuleSets matcher;
};

Expected<Recogniser> Recogniser::compile(const RuleFiles& files) {
  auto compiled = std::make_shared<Compiled>();
  RuleCompiler compiler(files);
  for (const std::string& name : files.list("temporal/", ".rules"))
    if (auto error = compiler.read(name, compiled->rules)) return *error;
  auto sets = compile_sets(compiled->rules, files);
  if (!sets) return sets.error();
  compiled->matcher = std::move(*sets);
  compiled->lists = compiler.take_field_lists();
  Recogniser recogniser;
  recogniser.compiled_ = std::move(compiled);
  return recogniser;
}

std::vector<Mention> Recogniser::recognise(std::string_view text) const {
  if (!compiled_ || compiled_->rules.empty()) return {};

  struct Candidate {
    std::size_t order;
    Mention mention;
    std::size_t matched;  // the whole match's length, context included
    bool blocks;          // a false friend: yields nothing, removes the mentions inside it
  };
  std::vector<Candidate> candidates;
  std::vector<re2::StringPiece> groups;
  // The matches of rule `index` that begin in [at, until), searched in text[at, to) with the whole
  // text as context; returns where a search for later matches goes on from.
  // A match that cannot be a mention because it starts or ends inside a word or a number is seen
  // from its bounds alone (found by RE2's DFAs), before its groups are asked for (RE2 then runs a
  // slower engine over the match, exactly as it would have in one call); not for a rule whose
  // mention is an `extent` group, since its bounds are not the match's.
  auto match_rule = [&](std::size_t index, std::size_t at, std::size_t until, std::size_t to) {
    const Rule& rule = compiled_->rules[index];
    groups.assign(static_cast<std::size_t>(1 + rule.regex->NumberOfCapturingGroups()), re2::StringPiece());
    const int count = static_cast<int>(groups.size());
    const bool bounds_first = count > 1 && std::none_of(rule.captures.begin(), rule.captures.end(),
                                                        [](const Capture& c) { return c.field == Field::extent; });
    while (at < until && rule.regex->Match(text, at, to, RE2::UNANCHORED, groups.data(), bounds_first ? 1 : count)) {
      const auto begin = static_cast<std::size_t>(groups[0].data() - text.data());
      if (begin >= until) break;
      if (bounds_first) {
        const std::size_t end = begin + groups[0].size();
        if (begin == end || !starts_cleanly(text, begin) || !ends_cleanly(text, end)) {
          at = next_character(text, begin);
          continue;
        }
        rule.regex->Match(text, begin, end, RE2::ANCHOR_BOTH, groups.data(), count);
      }
      if (auto mention = mention_of(rule, text, groups, compiled_->lists)) {
        candidates.push_back({index, std::move(*mention), groups[0].size(), rule.blocks});
        at = std::max(begin + groups[0].size(), next_character(text, begin));
      } else {
        at = next_character(text, begin);
      }
    }
    return at;
  };
  // The sets say which rules match in a segment (a line, or the whole text when a rule may cross a
  // line break); only those rules are then run, and only over that segment. A long segment is cut
  // at spaces into chunks of about kChunk bytes, each looked at with the kMaxMention bytes after it:
  // a rule is then run only over the chunks where the sets found it, not over the whole segment (a
  // paragraph of 5,000 bytes holds matches of a dozen rules, most of them in one or two sentences).
  // A match longer than kMaxMention bytes may be cut short at the end of a chunk (the longest
  // mention over all of bench.jsonl is 65 bytes). Over bench, chunks of 512 bytes with 128 after
  // them cost the fewest instructions (1,024 + 128: +1.7 %; 1,024 + 256: +4.2 %; 2,048 + 128: +6 %).
  constexpr std::size_t kChunk = 512, kMaxMention = 128;
  struct Chunk {
    std::size_t begin, end, window_end;  // matches begin in [begin, end) and end by window_end
  };
  std::vector<Chunk> chunks;
  std::vector<std::pair<std::size_t, std::size_t>> hits;  // (rule, chunk) the sets found
  std::vector<int> found;
  auto match_segment = [&](std::size_t from, std::size_t to) {
    chunks.clear();
    for (std::size_t begin = from; begin < to;) {
      const std::size_t space = to - begin > kChunk + kMaxMention ? text.find(' ', begin + kChunk) : to;
      const std::size_t end = std::min(space, to);
      chunks.push_back({begin, end, std::min(to, end + kMaxMention)});
      begin = end;
    }
    hits.clear();
    for (std::size_t c = 0; c < chunks.size(); ++c) {
      const std::string_view window = text.substr(chunks[c].begin, chunks[c].window_end - chunks[c].begin);
      for (const RuleSet& s : compiled_->matcher.sets) {
        if (!s.set->Match(window, &found)) continue;
        for (const int f : found) hits.emplace_back(s.rules[static_cast<std::size_t>(f)], c);
      }
    }
    std::sort(hits.begin(), hits.end());
    for (std::size_t h = 0; h < hits.size();) {
      const std::size_t rule = hits[h].first;
      for (std::size_t at = from; h < hits.size() && hits[h].first == rule; ++h) {
        const Chunk& chunk = chunks[hits[h].second];
        at = match_rule(rule, std::max(at, chunk.begin), chunk.end, chunk.window_end);
      }
    }
  };
  if (!compiled_->matcher.by_line) {
    match_segment(0, text.size());
  } else {
    for (std::size_t from = 0; from < text.size();) {
      const std::size_t end = text.find('\n', from);
      const std::size_t to = end == std::string_view::npos ? text.size() : end;
      if (to > from) match_segment(from, to);  // an empty line holds no mention
      from = to + 1;
    }
  }

  // A false friend ("2017 người", "thực hiện") removes the shorter mentions inside it. Candidates
  // are then ranked by index: a Mention is too large to move about in a sort.
  std::vector<std::pair<std::size_t, std::size_t>> blocked;
  for (const Candidate& c : candidates)
    if (c.blocks) blocked.emplace_back(c.mention.begin, c.mention.end);
  std::sort(blocked.begin(), blocked.end());
  auto inside_a_block = [&](const Candidate& c) {
    if (c.blocks) return true;
    const auto after =
        std::upper_bound(blocked.begin(), blocked.end(), std::pair(c.mention.begin, ~std::size_t{0}));
    for (auto b = after; b != blocked.begin() && std::prev(b)->first + 64 >= c.mention.begin;) {
      --b;
      if (b->second >= c.mention.end && b->second - b->first > c.mention.end - c.mention.begin) return true;
    }
    return false;
  };
  std::vector<std::size_t> ranked;
  ranked.reserve(candidates.size());
  for (std::size_t c = 0; c < candidates.size(); ++c)
    if (!inside_a_block(candidates[c])) ranked.push_back(c);

  // Overlaps: the longest wins, then the one that needed more context, then the earlier, then the
  // rule listed first.
  std::sort(ranked.begin(), ranked.end(), [&](std::size_t x, std::size_t y) {
    const Candidate &a = candidates[x], &b = candidates[y];
    const std::size_t la = a.mention.end - a.mention.begin, lb = b.mention.end - b.mention.begin;
    return std::tie(lb, b.matched, a.mention.begin, a.order) < std::tie(la, a.matched, b.mention.begin, b.order);
  });
  std::map<std::size_t, std::size_t> chosen;  // begin -> candidate
  for (const std::size_t c : ranked) {
    const Mention& mention = candidates[c].mention;
    const auto next = chosen.lower_bound(mention.begin);
    if (next != chosen.end() && next->first < mention.end) continue;
    if (next != chosen.begin() && candidates[std::prev(next)->second].mention.end > mention.begin) continue;
    chosen.emplace(mention.begin, c);
  }
  std::vector<Mention> mentions;
  mentions.reserve(chosen.size());
  for (const auto& [begin, c] : chosen) mentions.push_back(std::move(candidates[c].mention));
  return mentions;
}

}  // namespace biennien
