#include <re2/re2.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "biennien/publication.hpp"

namespace biennien {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using Piece = re2::StringPiece;

Piece piece(std::string_view s) { return Piece(s.data(), s.size()); }

int to_int(Piece digits) {
  int value = 0;
  std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return value;
}

std::optional<minutes> clock_time(Piece hour, Piece minute) {
  const int h = to_int(hour), m = to_int(minute);
  if (h > 23 || m > 59) return std::nullopt;
  return hours(h) + minutes(m);
}

// The years an anchor may have: a date outside them ("0000-01-01", "9999-12-31") is a broken feed
// or page, not a publication date, and reading "năm sau" from it would leave the four-digit years.
constexpr int kFirstYear = 1000;
constexpr int kLastYear = 9000;

std::optional<date::year_month_day> civil_date(int y, int m, int d) {
  if (y < kFirstYear || y > kLastYear) return std::nullopt;
  const date::year_month_day day{date::year(y), date::month(static_cast<unsigned>(m)),
                                 date::day(static_cast<unsigned>(d))};
  if (!day.ok()) return std::nullopt;
  return day;
}

// An alternation of the phrases of `list`, longest first, spaces matching runs of spaces, as a
// whole word: `(?i)(?:^|[^\pL\pN])(a|b c)(?:[^\pL\pN]|$)`.
std::string phrase_pattern(const WordList& list) {
  std::vector<std::string> phrases;
  for (const auto& entry : list.entries) {
    std::string phrase;
    for (std::size_t i = 0; i <= entry.phrase.size();) {
      const auto end = std::min(entry.phrase.find(' ', i), entry.phrase.size());
      if (end > i) {
        if (!phrase.empty()) phrase += " +";
        phrase += RE2::QuoteMeta(fold_tone_marks(entry.phrase.substr(i, end - i)));
      }
      i = end + 1;
    }
    phrases.push_back(std::move(phrase));
  }
  std::sort(phrases.begin(), phrases.end(),
            [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  std::string alternation;
  for (const auto& p : phrases) alternation += (alternation.empty() ? "" : "|") + p;
  return R"((?i)(?:^|[^\pL\pN])()" + alternation + R"()(?:[^\pL\pN]|$))";
}

// A date found on a header line and how much it is trusted.
struct Dateline {
  date::year_month_day day;
  std::optional<minutes> time;
  int standing = 0;
};

// Weights of the evidence a dateline carries; a higher standing wins.
constexpr int kBelowTitle = 16;     // a page banner stands above the headline
constexpr int kWeekdayAgrees = 8;   // no weekday written, or the right one
constexpr int kPublishedLabel = 4;  // "Ngày đăng:"
constexpr int kUpdatedLabel = 2;    // "Cập nhật:"
constexpr int kHasTime = 1;

}  // namespace

struct PublicationLexicon::Data {
  Data(WordList weekday_list, WordList label_list)
      : weekdays(std::move(weekday_list)),
        labels(std::move(label_list)),
        weekday(phrase_pattern(weekdays)),
        label(phrase_pattern(labels)) {}

  // The dateline on `line`, if it has a valid dd/mm/yyyy date.
  std::optional<Dateline> read(std::string_view line, bool below_title) const {
    Piece d, m, y;
    if (!RE2::PartialMatch(piece(line), date, &d, &m, &y)) return std::nullopt;
    const auto day = civil_date(to_int(y), to_int(m), to_int(d));
    if (!day) return std::nullopt;
    const std::string_view before = line.substr(0, static_cast<std::size_t>(d.data() - line.data()));
    Dateline out{*day, std::nullopt, below_title ? kBelowTitle : 0};
    if (Piece h, min; RE2::PartialMatch(piece(line), time, &h, &min)) out.time = clock_time(h, min);
    if (out.time) out.standing += kHasTime;
    Piece word;
    const std::string* iso_weekday = nullptr;
    if (RE2::PartialMatch(piece(before), weekday, &word)) iso_weekday = weekdays.find(word.as_string());
    const unsigned actual = date::weekday(date::sys_days(*day)).iso_encoding();
    if (!iso_weekday || *iso_weekday == std::to_string(actual)) out.standing += kWeekdayAgrees;
    if (RE2::PartialMatch(piece(before), label, &word)) {
      const std::string* kind = labels.find(word.as_string());
      out.standing += kind && *kind == "published" ? kPublishedLabel : kUpdatedLabel;
    }
    return out;
  }

  bool labelled(std::string_view line) const { return RE2::PartialMatch(piece(line), label); }

  WordList weekdays;
  WordList labels;
  RE2 weekday;
  RE2 label;
  RE2 date{R"((?:^|\D)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\D|$))"};
  RE2 time{R"((?:^|[^\d/.])(\d{1,2})[:hH](\d{2})(?:\D|$))"};
};

const char* to_string(AnchorSource source) {
  switch (source) {
    case AnchorSource::none:
      return "none";
    case AnchorSource::metadata:
      return "metadata";
    case AnchorSource::header:
      return "header";
    case AnchorSource::context:
      return "context";
  }
  return "none";
}

std::string Anchor::value() const {
  char buffer[32];
  if (day && time_of_day) {
    const auto h = std::chrono::duration_cast<hours>(*time_of_day);
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d", static_cast<int>(day->year()),
                  static_cast<unsigned>(day->month()), static_cast<unsigned>(day->day()),
                  static_cast<int>(h.count()), static_cast<int>((*time_of_day - h).count()));
  } else if (day) {
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day->year()),
                  static_cast<unsigned>(day->month()), static_cast<unsigned>(day->day()));
  } else if (year) {
    std::snprintf(buffer, sizeof buffer, "%04d", static_cast<int>(*year));
  } else {
    return "";
  }
  return buffer;
}

std::optional<Anchor> parse_published(std::string_view iso) {
  static const RE2 pattern(R"((\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?)?)"
                           R"((Z|([+-])(\d{2}):?(\d{2})?)?)");
  Piece y, m, d, h, min, zone, sign, zone_h, zone_m;
  if (!RE2::FullMatch(piece(iso), pattern, &y, &m, &d, &h, &min, &zone, &sign, &zone_h, &zone_m))
    return std::nullopt;
  const auto day = civil_date(to_int(y), to_int(m), to_int(d));
  if (!day) return std::nullopt;
  Anchor anchor;
  anchor.source = AnchorSource::metadata;
  anchor.year = day->year();
  anchor.day = day;
  if (!h.empty()) {
    anchor.time_of_day = clock_time(h, min);
    if (!anchor.time_of_day) return std::nullopt;
  }
  if (zone == "Z")
    anchor.utc_offset = minutes(0);
  else if (!zone.empty()) {
    const auto offset = hours(to_int(zone_h)) + minutes(to_int(zone_m));
    if (offset > hours(14) || to_int(zone_m) > 59) return std::nullopt;
    anchor.utc_offset = sign == "-" ? -offset : offset;
  }
  return anchor;
}

Expected<PublicationLexicon> PublicationLexicon::load(const RuleFiles& files) {
  auto weekdays = files.word_list("lists/weekday.tsv");
  if (!weekdays) return weekdays.error();
  auto labels = files.word_list("publication/labels.tsv");
  if (!labels) return labels.error();
  for (const auto& entry : labels->entries)
    if (entry.value != "published" && entry.value != "updated")
      return Error{labels->file + ":" + std::to_string(entry.line),
                   "expected `published` or `updated`, not `" + entry.value + "`"};
  auto data = std::make_shared<Data>(std::move(*weekdays), std::move(*labels));
  for (const RE2* re : {&data->weekday, &data->label})
    if (!re->ok()) return Error{"rules/vi/publication", "bad pattern: " + re->error()};
  PublicationLexicon lexicon;
  lexicon.data_ = std::move(data);
  return lexicon;
}

Anchor find_anchor(const Article& article, const Document& doc, const PublicationLexicon& lexicon) {
  if (auto anchor = parse_published(article.published)) return *anchor;
  // Header lines anywhere; in the title area (before the first paragraph) a labelled line too.
  const auto first_title = std::find_if(doc.lines.begin(), doc.lines.end(),
                                        [](const Line& l) { return l.kind == LineKind::title; });
  bool in_title_area = true;
  std::optional<Dateline> best;
  for (auto it = doc.lines.begin(); it != doc.lines.end(); ++it) {
    if (it->kind == LineKind::body) in_title_area = false;
    const auto line = doc.view(*it);
    const bool candidate = it->kind == LineKind::header ||
                           (in_title_area && it->kind == LineKind::title && lexicon.data_->labelled(line));
    if (!candidate) continue;
    const bool below_title = first_title == doc.lines.end() || it > first_title;
    auto dateline = lexicon.data_->read(line, below_title);
    if (dateline && (!best || dateline->standing > best->standing)) best = dateline;
  }
  if (!best) return {};
  Anchor anchor;
  anchor.source = AnchorSource::header;
  anchor.year = best->day.year();
  anchor.day = best->day;
  anchor.time_of_day = best->time;
  return anchor;
}

}  // namespace biennien
