#include "biennien/resolve.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include <date/date.h>
#include <date/iso_week.h>
#include <re2/re2.h>
#include <re2/set.h>

#include "biennien/lunar.hpp"
#include "biennien/named_days.hpp"

namespace biennien {

const char* to_string(Provenance provenance) {
  switch (provenance) {
    case Provenance::explicit_: return "explicit";
    case Provenance::publication: return "publication";
    case Provenance::context: return "context";
    case Provenance::weekday: return "weekday";
    case Provenance::lunar: return "lunar";
    case Provenance::none: return "none";
  }
  return "none";
}

namespace {

struct YearChoice {
  int year = 0;
  Provenance provenance = Provenance::none;
  double confidence = 0.0;
};

// The separators of whole words in a sentence: spaces and the punctuation below.
constexpr std::string_view kWordSeparators = " \t,;.:!?()\"";

// The entries of a word list found as whole words in the folded text of a sentence, all in one
// pass of an RE2::Set; the words of a phrase may be apart by any run of separators ("vừa, qua").
// As with the recogniser's word lists, a phrase is looked for as fold_for_lookup spells it, so a
// list word with one of the placements that folding resizes ("uỳ" is "ùy") would not match the
// text's other spelling; no tense or review word has one.
class PhraseFinder {
 public:
  static Expected<PhraseFinder> compile(const WordList& list) {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingUTF8);
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    const std::string separator = "[" + RE2::QuoteMeta(kWordSeparators) + "]";
    PhraseFinder finder;
    finder.set_ = std::make_shared<RE2::Set>(options, RE2::UNANCHORED);
    for (const auto& [folded, entry] : list.index) {
      std::string pattern = "(?:^|" + separator + ")";
      std::size_t from = 0;
      for (std::size_t space; (space = folded.find(' ', from)) != std::string::npos; from = space + 1)
        pattern += RE2::QuoteMeta(folded.substr(from, space - from)) + separator + "+";
      pattern += RE2::QuoteMeta(folded.substr(from)) + "(?:" + separator + "|$)";
      std::string error;
      if (finder.set_->Add(pattern, &error) < 0)
        return Error{list.file + ":" + std::to_string(list.entries[entry].line), error};
      finder.entries_.push_back(entry);
    }
    if (!finder.set_->Compile()) return Error{list.file, "too many phrases to compile"};
    return finder;
  }

  // The list entries whose phrase `text` holds, in increasing order.
  std::vector<std::size_t> entries_in(std::string_view text) const {
    std::vector<int> found;
    std::vector<std::size_t> entries;
    if (!set_->Match(text, &found)) return entries;
    for (const int f : found) entries.push_back(entries_[static_cast<std::size_t>(f)]);
    std::sort(entries.begin(), entries.end());
    return entries;
  }

 private:
  std::shared_ptr<RE2::Set> set_;
  std::vector<std::size_t> entries_;  // the list entry of each pattern of set_
};

// A text padded and folded for whole-word search: " word word ", punctuation as spaces.
std::string words_of(std::string_view text) {
  std::string padded;
  padded.reserve(text.size() + 2);
  padded += ' ';
  for (char c : text) padded += kWordSeparators.find(c) != std::string_view::npos ? ' ' : c;
  padded += ' ';
  std::string folded = fold_for_lookup(padded);
  return " " + folded + " ";
}

bool day_exists(int year, unsigned month, unsigned day) {
  return date::year_month_day{date::year{year}, date::month{month}, date::day{day}}.ok();
}

date::sys_days to_days(int year, unsigned month, unsigned day) {
  return date::sys_days{date::year{year} / date::month{month} / date::day{day}};
}

// The first and last days the point can mean in `year` (for distances to the anchor).
std::pair<date::sys_days, date::sys_days> days_of(const CalendarPoint& p, int year) {
  if (p.day && p.month) {
    const auto d = to_days(year, p.month, day_exists(year, p.month, p.day) ? p.day : 28);
    return {d, d};
  }
  unsigned first = 1, last = 12;  // months
  if (p.month) first = last = p.month;
  else if (p.precision == Precision::quarter && p.index) first = 3 * p.index - 2, last = 3 * p.index;
  else if (p.precision == Precision::half && p.index) first = 6 * p.index - 5, last = 6 * p.index;
  const date::year_month_day_last end{date::year{year} / date::month{last} / date::last};
  return {to_days(year, first, 1), date::sys_days{end}};
}

// Days from the anchor to the nearest day of [first, last]: 0 when the anchor is inside.
long distance_to(std::pair<date::sys_days, date::sys_days> span, date::sys_days anchor) {
  if (anchor < span.first) return (span.first - anchor).count();
  if (anchor > span.second) return (span.second - anchor).count();
  return 0;
}

}  // namespace

struct Resolver::Lists {
  WordList tense;
  PhraseFinder tense_finder;
  WordList review;
  PhraseFinder review_finder;
  WordList target;
  NamedDayRegistry named_days;
};

Expected<Resolver> Resolver::load(const RuleFiles& files) {
  auto tense = files.word_list("resolve/tense.tsv");
  if (!tense) return tense.error();
  auto review = files.word_list("resolve/review.tsv");
  if (!review) return review.error();
  for (const auto& e : review->entries) {
    const int month = std::atoi(e.value.c_str());
    if (month < 1 || month > 12)
      return Error{review->file + ":" + std::to_string(e.line), "value must be a month 1-12"};
  }
  for (const auto& e : tense->entries)
    if (e.value != "past" && e.value != "future")
      return Error{tense->file + ":" + std::to_string(e.line), "value must be past or future"};
  auto target = files.word_list("resolve/target.tsv");
  if (!target) return target.error();
  auto named_days = NamedDayRegistry::load(files);
  if (!named_days) return named_days.error();
  auto tense_finder = PhraseFinder::compile(*tense);
  if (!tense_finder) return tense_finder.error();
  auto review_finder = PhraseFinder::compile(*review);
  if (!review_finder) return review_finder.error();
  Resolver resolver;
  resolver.lists_ = std::make_shared<Lists>(Lists{std::move(*tense), std::move(*tense_finder), std::move(*review),
                                                  std::move(*review_finder), std::move(*target),
                                                  std::move(*named_days)});
  return resolver;
}

namespace {

// The tense the words of a sentence give, unmarked when none or both.
Tense tense_of_sentence(const WordList& tense_words, const PhraseFinder& finder, std::string_view sentence) {
  bool past = false, future = false;
  for (const std::size_t entry : finder.entries_in(sentence))
    (tense_words.entries[entry].value == "past" ? past : future) = true;
  if (past == future) return Tense::unmarked;
  return past ? Tense::past : Tense::future;
}

// A day a point resolved to, as a later "cùng ngày" or "một ngày sau" counts from it.
struct DayRef {
  date::year_month_day day;  // in a leap year stand-in when the year is not known
  bool year_known = true;
};

// An explicit date written with its year (day or month precision), as a later bare date in the same
// paragraph may take its year from it.
struct ExplicitRef {
  date::sys_days first;  // its first day
  std::size_t line = 0;
};

// What the text as a whole says when there is no publication anchor.
struct Inferred {
  Anchor anchor;  // context, or none
  // The year is written more than once: it tells the year of every bare date. Otherwise it tells
  // only the year of bare dates in the month of the newest month written with it ("Tháng 6.2017"
  // and "Sáng 22.6").
  bool trusted = false;
  unsigned newest_month = 0;
  // Explicit months and days of the anchor's year told as past ("tháng 9/2013" in a career): a bare
  // date of that year before the latest of them cannot be the article's own day.
  std::optional<date::sys_days> latest_told;
};

// What a mention's sentence says, read once per sentence (a sentence may hold many mentions).
struct SentenceFacts {
  Tense tense = Tense::unmarked;  // its tense words
  // A year-end review ("tổng kết ... năm 2024"): the last month it is held in (review.tsv) and the
  // year reviewed, the earliest explicit year of the sentence.
  std::optional<unsigned> review_until;
  std::optional<int> reviewed_year;
};

// Everything one resolution needs besides the mention itself.
struct Context {
  const Anchor& anchor;
  Provenance anchor_provenance;  // publication, or context for an inferred anchor
  const Inferred& inferred;
  const SentenceFacts& sentence;
  std::size_t line = 0;             // the mention's line
  const std::optional<DayRef>& previous_day;
  const std::optional<ExplicitRef>& previous_explicit;
};

// The point's own tense words first, then its sentence's.
Tense tense_of(const Context& c, const CalendarPoint& p) {
  return p.tense != Tense::unmarked ? p.tense : c.sentence.tense;
}

// "tổng kết ... năm 2024" on a January day: the review is held the year after the year reviewed.
std::optional<YearChoice> year_end_review(const Context& c, const CalendarPoint& p) {
  if (!p.month || !p.day || !c.sentence.review_until || !c.sentence.reviewed_year) return std::nullopt;
  if (p.month > *c.sentence.review_until) return std::nullopt;
  return YearChoice{*c.sentence.reviewed_year + 1, Provenance::context, 0.85};
}

// The year nearest the anchor day in which the point can fall, moved by tense; the cost is the
// distance in days, with a penalty for the side the tense forbids.
std::pair<int, long> nearest_to(const CalendarPoint& p, date::sys_days anchor_day, Tense tense) {
  const int anchor_year = static_cast<int>(date::year_month_day{anchor_day}.year());
  int best_year = anchor_year;
  long best_cost = std::numeric_limits<long>::max();
  for (int year = anchor_year - 1; year <= anchor_year + 1; ++year) {
    if (p.day && p.month && !day_exists(year, p.month, p.day)) continue;
    const long distance = distance_to(days_of(p, year), anchor_day);
    // Tense words forbid the other side (a few days' slack for reports written the day after).
    long cost = std::labs(distance);
    if (tense == Tense::past && distance > 3) cost += 400;
    if (tense == Tense::future && distance < -3) cost += 400;
    if (cost < best_cost) best_cost = cost, best_year = year;
  }
  return {best_year, best_cost};
}

// The year nearest the anchor in which the point can fall, moved by tense.
YearChoice nearest_year(const Context& c, const CalendarPoint& p) {
  const int anchor_year = static_cast<int>(*c.anchor.year);
  if (c.anchor_provenance == Provenance::context) {
    // An inferred anchor has a year only; a date told before the latest date written with that
    // year is not the article's own.
    if (c.inferred.latest_told && p.month && days_of(p, anchor_year).second < *c.inferred.latest_told)
      return {0, Provenance::none, 0.3};
    if (!c.inferred.trusted && p.month != c.inferred.newest_month) return {0, Provenance::none, 0.3};
    return {anchor_year, Provenance::context, 0.5};
  }
  if (!c.anchor.day) return {anchor_year, c.anchor_provenance, 0.8};
  const auto [year, cost] = nearest_to(p, date::sys_days{*c.anchor.day}, tense_of(c, p));
  YearChoice best{year, c.anchor_provenance, cost <= 183 ? 0.9 : 0.6};
  // A bare date right after an explicit one of another year in the same paragraph, and nearer to
  // it than to the anchor, is in the explicit date's year ("Ngày 12/3/2020 ... Đến 21/6, ...").
  if (c.previous_explicit && c.previous_explicit->line == c.line && p.day) {
    const int other = static_cast<int>(date::year_month_day{c.previous_explicit->first}.year());
    if (other != year && day_exists(other, p.month, p.day)) {
      const long after = (days_of(p, other).first - c.previous_explicit->first).count();
      if (after >= 0 && after <= 183 && after < cost) return {other, Provenance::context, 0.7};
    }
  }
  return best;
}

// The year in which the written weekday falls on the written day, nearest the anchor.
std::optional<YearChoice> weekday_year(const Context& c, const CalendarPoint& p) {
  if (!p.weekday || !p.month || !p.day || !c.anchor.year) return std::nullopt;
  const int around = static_cast<int>(*c.anchor.year);
  for (int distance = 0; distance <= 6; ++distance) {
    for (int year : {around - distance, around + distance}) {
      if (!day_exists(year, p.month, p.day)) continue;
      if (date::weekday{to_days(year, p.month, p.day)} == *p.weekday)
        return YearChoice{year, Provenance::weekday, distance <= 1 ? 0.95 : 0.7};
    }
  }
  return std::nullopt;
}

YearChoice choose_year(const Context& c, const CalendarPoint& p) {
  if (auto review = year_end_review(c, p)) return *review;
  if (auto by_weekday = weekday_year(c, p)) return *by_weekday;
  if (c.anchor.year) return nearest_year(c, p);
  return {0, Provenance::none, 0.3};
}

// --- lunar dates, named days and can-chi years ---------------------------------------------------

// Whether the point names its days through a calendar the resolver converts.
bool is_calendar_point(const CalendarPoint& p) { return p.lunar || !p.named_day.empty() || p.can_chi; }

// A civil day point with the time of day written with `written` ("tối 30 Tết").
CalendarPoint civil_day(const CalendarPoint& written, date::year_month_day day) {
  CalendarPoint p;
  p.year = static_cast<int>(day.year());
  p.month = static_cast<unsigned>(day.month());
  p.day = static_cast<unsigned>(day.day());
  p.hour = written.hour;
  p.minute = written.minute;
  p.part_of_day = written.part_of_day;
  p.precision = written.hour ? Precision::minute
              : written.part_of_day != PartOfDay::none ? Precision::part_of_day
                                                       : Precision::day;
  return p;
}

// The civil expression of a calendar point in (lunar or civil) year `year`; empty when the
// calendar has no such day ("30 tháng 4" of a 29-day lunar month).
std::optional<Expression> civil_expression(const CalendarPoint& p, int year, const NamedDayRegistry& days) {
  if (!p.named_day.empty()) {
    const NamedDay* named = days.by_id(p.named_day);
    if (!named) return std::nullopt;
    auto e = expression_in(*named, year);
    if (e && e->kind == ExpressionKind::point && e->start.precision == Precision::day)
      e->start = civil_day(p, {date::year{*e->start.year}, date::month{e->start.month}, date::day{e->start.day}});
    return e;
  }
  Expression e;
  if (p.lunar && p.day) {
    auto day = to_solar({year, p.month, p.day, p.leap_month});
    // "30 Tết" is the eve of Tết, the 29th in a year whose last month has 29 days.
    if (!day && p.month == 12 && p.day == 30 && !p.leap_month) day = to_solar({year, 12, 29, false});
    if (!day) return std::nullopt;
    e.start = civil_day(p, *day);
    return e;
  }
  if (p.lunar && p.month) {  // a lunar month: its civil days
    const auto first = to_solar({year, p.month, 1, p.leap_month});
    const auto length = days_in_month(year, p.month, p.leap_month);
    if (!first || !length) return std::nullopt;
    e.kind = ExpressionKind::range;
    e.start = civil_day(CalendarPoint{}, *first);
    e.end = civil_day(CalendarPoint{}, date::sys_days{*first} + date::days{*length - 1});
    return e;
  }
  e.start = p;  // a can-chi year, alone or with a season ("xuân Bính Ngọ")
  e.start.year = year;
  e.start.can_chi.reset();
  e.start.lunar = false;
  return e;
}

// The first and last civil days of an expression of civil days, months or seasons.
std::optional<std::pair<date::sys_days, date::sys_days>> civil_span(const Expression& e) {
  const CalendarPoint& last = e.kind == ExpressionKind::range ? e.end : e.start;
  if (!e.start.year || !last.year) return std::nullopt;
  if (e.start.precision == Precision::season) {  // winter runs into the next year
    const date::year_month first = date::year{*e.start.year} / date::month{3 * e.start.index};
    return std::pair{date::sys_days{first / 1}, date::sys_days{(first + date::months{2}) / date::last}};
  }
  return std::pair{days_of(e.start, *e.start.year).first, days_of(last, *last.year).second};
}

// The year numbered `place` (0-59, Giáp Tý = 0) in the sexagenary cycle that news around `around`
// means: the latest so named up to two years ahead ("năm Bính Ngọ" written in 2024 is 2026, "Tết
// Mậu Thân" in 2024 is 1968's).
int can_chi_year_near(unsigned place, int around) {
  const int latest = around + 2;
  const int back = ((latest - 4 - static_cast<int>(place)) % 60 + 60) % 60;  // 1984 is Giáp Tý
  return latest - back;
}

struct CalendarResult {
  Expression expression;
  Provenance provenance = Provenance::none;
  double confidence = 0.3;
};

// A calendar point in the year written, named by its can-chi, counted from a founding, or whose
// civil days lie nearest the anchor (moved by tense); empty when nothing tells the year.
std::optional<CalendarResult> resolve_calendar_point(const Context& c, const CalendarPoint& p,
                                                     const NamedDayRegistry& days) {
  const NamedDay* named = p.named_day.empty() ? nullptr : days.by_id(p.named_day);
  const bool through_lunar = p.lunar || (named && named->calendar == NamedDayCalendar::lunar);
  auto result = [&](std::optional<Expression> e, Provenance provenance, double confidence) -> std::optional<CalendarResult> {
    if (!e) return std::nullopt;
    return CalendarResult{std::move(*e), through_lunar ? Provenance::lunar : provenance, confidence};
  };
  if (p.year && !p.two_digit_year) return result(civil_expression(p, *p.year, days), Provenance::explicit_, 1.0);
  if (p.anniversary && named && named->founded)
    return result(civil_expression(p, *named->founded + static_cast<int>(*p.anniversary), days), Provenance::explicit_, 0.95);
  if (p.year_offset && c.anchor.year)
    return result(civil_expression(p, static_cast<int>(*c.anchor.year) + *p.year_offset, days), c.anchor_provenance, 0.9);
  if (p.can_chi) {
    const int around = c.anchor.year ? static_cast<int>(*c.anchor.year) : 0;
    if (!around) return std::nullopt;
    return result(civil_expression(p, can_chi_year_near(*p.can_chi, around), days), Provenance::explicit_, 0.9);
  }
  if (!c.anchor.year) return std::nullopt;
  if (!c.anchor.day) return result(civil_expression(p, static_cast<int>(*c.anchor.year), days), c.anchor_provenance, 0.5);
  const date::sys_days anchor_day{*c.anchor.day};
  const Tense tense = tense_of(c, p);
  std::optional<Expression> best;
  long best_cost = std::numeric_limits<long>::max();
  for (int year = static_cast<int>(*c.anchor.year) - 1; year <= static_cast<int>(*c.anchor.year) + 1; ++year) {
    auto e = civil_expression(p, year, days);
    const auto span = e ? civil_span(*e) : std::nullopt;
    if (!span) continue;
    const long distance = distance_to(*span, anchor_day);
    long cost = std::labs(distance);
    if (tense == Tense::past && distance > 3) cost += 400;
    if (tense == Tense::future && distance < -3) cost += 400;
    if (cost < best_cost) best_cost = cost, best = std::move(e);
  }
  return result(std::move(best), c.anchor_provenance, best_cost <= 183 ? 0.9 : 0.6);
}

// What is known of a calendar point whose year nothing tells: a named civil day keeps its day and
// month ("XXXX-09-02"); a lunar day has no civil day ("XXXX-XX-XX").
Expression unknown_year(const CalendarPoint& p, const NamedDayRegistry& days) {
  Expression e;
  const NamedDay* named = p.named_day.empty() ? nullptr : days.by_id(p.named_day);
  if (named && named->calendar != NamedDayCalendar::lunar) {
    if (auto known = expression_in(*named, 2000)) {
      e = *known;
      e.start.year.reset();
      e.end.year.reset();
      return e;
    }
  }
  e.start.precision = p.lunar && !p.day ? Precision::month : p.can_chi && p.named_day.empty() && !p.lunar ? p.precision : Precision::day;
  e.start.index = p.can_chi && p.precision == Precision::season ? p.index : 0;
  return e;
}

// The day of the given weekday: the next one after `base` (offset > 0), the last one before it
// (offset < 0), or the one in its Monday-to-Sunday week (0); further weeks for |offset| > 1.
date::sys_days weekday_from(date::sys_days base, date::weekday wanted, int offset) {
  if (offset > 0) return base + date::days{1} + (wanted - date::weekday{base + date::days{1}}) + date::weeks{offset - 1};
  if (offset < 0) return base - date::days{1} - (date::weekday{base - date::days{1}} - wanted) + date::weeks{offset + 1};
  const date::sys_days monday = base - (date::weekday{base} - date::Monday);
  return monday + (wanted - date::Monday);
}

// A deictic point ("hôm qua", "năm ngoái", "tuần tới", "thứ Sáu tới", "chiều cùng ngày") counted
// from the anchor or from the previous dated mention.
bool apply_offset(CalendarPoint& p, const Context& c) {
  const int offset = *p.offset;
  std::optional<date::year_month_day> base = c.anchor.day;
  const bool from_previous = p.from_previous && c.previous_day;
  if (from_previous) base = c.previous_day->day;
  if (!base && !(p.precision == Precision::year && c.anchor.year)) return false;
  if (from_previous && !c.previous_day->year_known && p.precision < Precision::day) return false;
  switch (p.precision) {
    case Precision::year:
      p.year = static_cast<int>(base ? base->year() : *c.anchor.year) + offset;
      break;
    case Precision::half:
    case Precision::quarter: {
      const unsigned months = p.precision == Precision::half ? 6 : 3;
      const auto first = date::year_month{base->year(), date::month{(static_cast<unsigned>(base->month()) - 1) / months * months + 1}} +
                         date::months{offset * static_cast<int>(months)};
      p.year = static_cast<int>(first.year());
      p.index = (static_cast<unsigned>(first.month()) - 1) / months + 1;
      break;
    }
    case Precision::month: {
      const auto ym = date::year_month{base->year(), base->month()} + date::months{offset};
      p.year = static_cast<int>(ym.year());
      p.month = static_cast<unsigned>(ym.month());
      break;
    }
    case Precision::week: {
      const iso_week::year_weeknum_weekday w{date::sys_days{*base} + date::days{7 * offset}};
      p.year = static_cast<int>(w.year());
      p.index = static_cast<unsigned>(w.weeknum());
      break;
    }
    case Precision::day:
    case Precision::part_of_day:
    case Precision::minute: {
      const date::sys_days day = p.weekday && !p.day ? weekday_from(date::sys_days{*base}, *p.weekday, offset)
                                                     : date::sys_days{*base} + date::days{offset};
      const date::year_month_day d{day};
      p.year = static_cast<int>(d.year());
      p.month = static_cast<unsigned>(d.month());
      p.day = static_cast<unsigned>(d.day());
      if (from_previous && !c.previous_day->year_known) p.year.reset();
      break;
    }
    default:
      return false;
  }
  p.offset.reset();
  return true;
}

struct PointResult {
  Provenance provenance = Provenance::explicit_;
  double confidence = 1.0;
};

PointResult resolve_point(const Context& c, CalendarPoint& p) {
  const double anchor_confidence = c.anchor_provenance == Provenance::context ? 0.5 : 0.95;
  // An inferred anchor written once tells only the dates of its own month, not "năm nay".
  const bool anchor_tells = c.anchor_provenance != Provenance::context || c.inferred.trusted;
  if (p.offset && !anchor_tells && !(p.from_previous && c.previous_day)) return {Provenance::none, 0.3};
  if (p.year_offset && !anchor_tells) return {Provenance::none, 0.3};
  if (p.offset) {
    const bool from_previous = p.from_previous && c.previous_day;
    if (!apply_offset(p, c)) return {Provenance::none, 0.3};
    if (!p.year) return {Provenance::none, 0.4};
    return {from_previous ? Provenance::context : c.anchor_provenance, from_previous ? 0.8 : anchor_confidence};
  }
  if (p.year_offset) {
    // "tháng 11 năm ngoái": the anchor's year moved.
    if (!c.anchor.year) return {Provenance::none, 0.3};
    p.year = static_cast<int>(*c.anchor.year) + *p.year_offset;
    p.year_offset.reset();
    return {c.anchor_provenance, anchor_confidence};
  }
  if (p.year && p.two_digit_year) {
    // "3/9/91": the century that puts the year nearest the anchor, not after it by much.
    const int around = c.anchor.year ? static_cast<int>(*c.anchor.year) : 2000;
    int year = around - around % 100 + *p.year;
    if (year > around + 10) year -= 100;
    p.year = year;
    p.two_digit_year = false;
    return {Provenance::explicit_, 0.9};
  }
  if (p.year || p.precision <= Precision::decade) return {};
  if (!p.month && (p.hour || p.part_of_day != PartOfDay::none)) {
    // A clock time or part of day with no date: the day the article speaks from.
    if (!c.anchor.day) return {Provenance::none, 0.3};
    p.year = static_cast<int>(c.anchor.day->year());
    p.month = static_cast<unsigned>(c.anchor.day->month());
    p.day = static_cast<unsigned>(c.anchor.day->day());
    return {c.anchor_provenance, 0.7};
  }
  const YearChoice choice = choose_year(c, p);
  if (choice.provenance == Provenance::none) return {Provenance::none, choice.confidence};
  p.year = choice.year;
  return {choice.provenance, choice.confidence};
}

// Whether the point is written with its year, not deictic.
bool has_written_year(const CalendarPoint& p) {
  return p.year && !p.two_digit_year && !p.offset && !p.year_offset;
}

// Whether the resolver chooses the point's year: it is neither written, nor counted ("năm sau"),
// nor an offset ("hôm qua").
bool year_chosen(const CalendarPoint& p) { return !p.year && !p.offset && !p.year_offset; }

// The explicit years of the points inside [begin, end); `mentions` in text order (as recognised).
std::vector<int> explicit_years(const std::vector<Mention>& mentions, std::size_t begin, std::size_t end) {
  std::vector<int> years;
  const auto first = std::partition_point(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.begin < begin; });
  for (auto it = first; it != mentions.end() && it->begin < end; ++it) {
    const Mention& m = *it;
    if (m.end > end) continue;
    const auto& e = m.expression;
    if (e.kind == ExpressionKind::point && has_written_year(e.start)) years.push_back(*e.start.year);
  }
  return years;
}

// What sentence `s` says about the dates in it.
SentenceFacts sentence_facts(const Document& doc, const Sentence& s, const std::vector<Mention>& mentions,
                             const WordList& tense_words, const PhraseFinder& tense_finder,
                             const WordList& review_words, const PhraseFinder& review_finder) {
  SentenceFacts facts;
  facts.tense = tense_of_sentence(tense_words, tense_finder, doc.view(s));
  const std::vector<int> years = explicit_years(mentions, s.begin, s.end);
  if (years.empty()) return facts;
  // The first review phrase of the list that the sentence holds.
  const std::vector<std::size_t> reviews = review_finder.entries_in(doc.view(s));
  if (reviews.empty()) return facts;
  facts.review_until = static_cast<unsigned>(std::atoi(review_words.entries[reviews.front()].value.c_str()));
  // The review names the year under review; a plan for the next year may follow it.
  facts.reviewed_year = *std::min_element(years.begin(), years.end());
  return facts;
}

// Whether the words right before `begin` in its sentence make the year a target ("đến năm 2030").
bool is_target(const Document& doc, const Sentence& s, std::size_t begin, const WordList& target_words) {
  // The last few words are enough, and reading only them keeps a huge sentence linear.
  constexpr std::size_t kWindow = 64;
  std::size_t from = begin > s.begin + kWindow ? begin - kWindow : s.begin;
  while (from < begin && (static_cast<unsigned char>(doc.folded[from]) & 0xC0) == 0x80) ++from;
  const std::string before = words_of(doc.view({from, begin}));
  for (const auto& [folded, entry] : target_words.index)
    if (before.ends_with(" " + folded + "  ") || before.ends_with(" " + folded + " ")) return true;
  return false;
}

// The points infer_anchor weighs, whose sentence tells whether they are targets.
bool reads_sentence_to_infer(const Expression& e) {
  return e.kind == ExpressionKind::point && has_written_year(e.start) &&
         e.start.precision > Precision::decade;
}

// Without metadata or a dateline, the year the text tells it speaks from: the newest year written
// in the body's points, not as a target ("đến năm 2030"). Trusted when written at least twice (range
// ends count); a single mention of a year is not enough: a career or a plan names one.
Inferred infer_anchor(const Document& doc, const std::vector<Mention>& mentions, const WordList& target_words) {
  Inferred inferred;
  std::vector<const CalendarPoint*> points;
  std::vector<int> range_years;
  for (const auto& m : mentions) {
    const std::size_t line = doc.line_at(m.begin);
    if (line >= doc.lines.size() || doc.lines[line].kind != LineKind::body) continue;
    const auto& e = m.expression;
    if (e.kind == ExpressionKind::range) {
      for (const CalendarPoint* p : {&e.start, &e.end})
        if (has_written_year(*p)) range_years.push_back(*p->year);
      continue;
    }
    if (!reads_sentence_to_infer(e)) continue;
    if (const Sentence* s = doc.sentence_at(m.begin); s && is_target(doc, *s, m.begin, target_words))
      continue;
    points.push_back(&e.start);
  }
  if (points.empty()) return inferred;
  const int newest = *(*std::max_element(points.begin(), points.end(), [](auto a, auto b) { return *a->year < *b->year; }))->year;
  const auto written = std::count_if(points.begin(), points.end(), [&](auto p) { return *p->year == newest; }) +
                       std::count(range_years.begin(), range_years.end(), newest);
  inferred.trusted = written >= 2;
  for (const CalendarPoint* p : points)
    if (*p->year == newest && p->month && p->precision >= Precision::month) {
      const auto first = days_of(*p, newest).first;
      if (!inferred.latest_told || first > *inferred.latest_told) inferred.latest_told = first;
    }
  if (inferred.latest_told)
    inferred.newest_month = static_cast<unsigned>(date::year_month_day{*inferred.latest_told}.month());
  if (inferred.trusted || inferred.newest_month) {
    inferred.anchor.source = AnchorSource::context;
    inferred.anchor.year = date::year{newest};
  }
  return inferred;
}

}  // namespace

std::vector<std::size_t> Resolver::sentences_read(const Anchor& anchor,
                                                  const std::vector<Mention>& mentions) {
  // A point reads its sentence only through choose_year and resolve_calendar_point, which a point
  // whose year is not chosen never reaches.
  std::vector<std::size_t> begins;
  for (const Mention& m : mentions) {
    const Expression& e = m.expression;
    const bool reads = (!anchor.known() && reads_sentence_to_infer(e)) ||
                       (e.kind != ExpressionKind::duration && e.kind != ExpressionKind::set &&
                        e.kind != ExpressionKind::reference &&
                        (year_chosen(e.start) || (e.kind == ExpressionKind::range && year_chosen(e.end))));
    if (reads) begins.push_back(m.begin);
  }
  return begins;
}

Resolution Resolver::resolve(const Document& doc, const Anchor& given, std::vector<Mention> mentions) const {
  Resolution result;
  Inferred inferred;
  if (given.known()) inferred.anchor = given;
  else inferred = infer_anchor(doc, mentions, lists_->target);
  result.anchor = inferred.anchor;
  const Anchor& anchor = result.anchor;
  const Provenance anchor_provenance =
      anchor.source == AnchorSource::context ? Provenance::context : Provenance::publication;

  std::optional<DayRef> previous_day;
  std::optional<ExplicitRef> previous_explicit;
  std::optional<int> reviewed_year;  // the year a year-end review told, for an anchor of last resort
  result.mentions.reserve(mentions.size());
  const Sentence* sentence = nullptr;  // the sentence of the previous mention, and what it says
  SentenceFacts facts;
  for (auto& mention : mentions) {
    const Sentence* s = doc.sentence_at(mention.begin);
    if (s != sentence) {
      sentence = s;
      facts = s ? sentence_facts(doc, *s, mentions, lists_->tense, lists_->tense_finder, lists_->review,
                                        lists_->review_finder) : SentenceFacts{};
    }
    const std::size_t line = doc.line_at(mention.begin);
    Context c{anchor, anchor_provenance, inferred, facts, line, previous_day, previous_explicit};
    ResolvedMention r{mention, mention.expression, {}, Provenance::explicit_, 1.0};
    Expression& e = r.resolved;
    switch (e.kind) {
      case ExpressionKind::point: {
        if (is_calendar_point(e.start)) {
          if (auto calendar = resolve_calendar_point(c, e.start, lists_->named_days)) {
            e = std::move(calendar->expression);
            r.provenance = calendar->provenance;
            r.confidence = calendar->confidence;
          } else {
            e = unknown_year(e.start, lists_->named_days);
            r.provenance = Provenance::none;
            r.confidence = 0.3;
          }
          break;
        }
        const bool written = has_written_year(e.start);
        const PointResult p = resolve_point(c, e.start);
        r.provenance = p.provenance;
        r.confidence = p.confidence;
        if (written && e.start.month && e.start.precision <= Precision::day)
          previous_explicit = ExplicitRef{days_of(e.start, *e.start.year).first, c.line};
        if (p.provenance == Provenance::context && !anchor.known() && e.start.year) reviewed_year = e.start.year;
        break;
      }
      case ExpressionKind::range: {
        // "21-22/6/2024": the start takes what it does not write from the end.
        if (!e.start.month && e.end.month && e.start.day) e.start.month = e.end.month;
        const PointResult end = resolve_point(c, e.end);
        if (year_chosen(e.start) && e.end.year) {
          e.start.year = e.end.year;
          if (e.start.month && e.end.month && e.start.month > e.end.month) *e.start.year -= 1;
        }
        const PointResult start = resolve_point(c, e.start);
        r.provenance = end.provenance == Provenance::explicit_ ? start.provenance : end.provenance;
        r.confidence = std::min(start.confidence, end.confidence);
        break;
      }
      case ExpressionKind::range_to_anchor: {
        const PointResult start = resolve_point(c, e.start);
        e.end = CalendarPoint{};
        e.end.precision = std::min(e.start.precision, Precision::day);
        if (anchor.year) e.end.year = static_cast<int>(*anchor.year);
        if (anchor.day && e.end.precision >= Precision::month) e.end.month = static_cast<unsigned>(anchor.day->month());
        if (anchor.day && e.end.precision >= Precision::day) e.end.day = static_cast<unsigned>(anchor.day->day());
        if (!anchor.day && e.end.precision > Precision::year) e.end.precision = Precision::year;
        if (e.end.precision > Precision::month && e.end.precision < Precision::day) e.end.precision = Precision::year;
        e.kind = ExpressionKind::range;
        r.provenance = anchor.known() ? anchor_provenance : Provenance::none;
        r.confidence = std::min(start.confidence, anchor.known() ? 0.9 : 0.3);
        break;
      }
      case ExpressionKind::duration:
      case ExpressionKind::set:
      case ExpressionKind::reference:
        break;
    }
    // The last day told, for "cùng ngày" and "một ngày sau" after it (a named day is a holiday
    // spoken of, not the day the story has reached).
    const CalendarPoint& last = e.start;
    if (e.kind == ExpressionKind::point && mention.expression.start.named_day.empty() && last.month && last.day && last.precision >= Precision::day &&
        !last.two_digit_year) {
      const date::year year{last.year ? *last.year : 2000};
      if ((year / date::month{last.month} / date::day{last.day}).ok())
        previous_day = DayRef{year / date::month{last.month} / date::day{last.day}, last.year.has_value()};
    }
    if (e.kind == ExpressionKind::range && timex_value(e.start) == timex_value(e.end)) {
      e.kind = ExpressionKind::point;  // "từ đầu năm đến nay" in that year: the year itself
      e.end = CalendarPoint{};
    }
    // A year counted past the calendar's years ("năm sau" in 9999) is not knowable.
    for (CalendarPoint* p : {&e.start, &e.end})
      if (p->year && !p->two_digit_year && (*p->year < 1 || *p->year > 9999)) {
        p->year.reset();
        r.provenance = Provenance::none;
        r.confidence = 0.3;
      }
    r.value = timex_value(e);
    result.mentions.push_back(std::move(r));
  }
  if (!anchor.known() && reviewed_year) {
    result.anchor.source = AnchorSource::context;
    result.anchor.year = date::year{*reviewed_year};
  }
  return result;
}

}  // namespace biennien
