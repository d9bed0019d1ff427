#include "biennien/named_days.hpp"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace biennien {
namespace {

constexpr std::string_view kFile = "resolve/named_days.tsv";
constexpr std::string_view kNames = "lists/named_day.tsv";
constexpr std::string_view kSeasons[] = {"SP", "SU", "FA", "WI"};

std::string_view trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> split(std::string_view s, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = s.find(separator, start);
    parts.push_back(s.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

std::optional<int> number(std::string_view s) {
  int value = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc{} || end != s.data() + s.size() || s.empty()) return std::nullopt;
  return value;
}

// "D/M" → day, month (not yet checked against a calendar).
std::optional<std::pair<unsigned, unsigned>> day_month(std::string_view s) {
  const auto parts = split(s, '/');
  if (parts.size() != 2) return std::nullopt;
  const auto d = number(parts[0]), m = number(parts[1]);
  if (!d || !m || *d < 1 || *m < 1 || *m > 12) return std::nullopt;
  return std::pair{static_cast<unsigned>(*d), static_cast<unsigned>(*m)};
}

// Whether day/month exists in some year of the calendar: 29/2 does, 31/4 does not; lunar months
// have up to 30 days.
bool valid_day(NamedDayCalendar calendar, unsigned day, unsigned month) {
  if (calendar == NamedDayCalendar::lunar) return day <= 30;
  return date::year_month_day{date::year{2000}, date::month{month}, date::day{day}}.ok();
}

// Parses the `when` column into `d`; an error message or empty.
std::string parse_when(std::string_view when, NamedDay& d) {
  switch (d.calendar) {
    case NamedDayCalendar::month: {
      const auto m = number(when);
      if (!m || *m < 1 || *m > 12) return "a month calendar takes a month 1-12";
      d.month = d.last_month = static_cast<unsigned>(*m);
      return {};
    }
    case NamedDayCalendar::season: {
      for (unsigned i = 0; i < std::size(kSeasons); ++i)
        if (when == kSeasons[i]) d.season = i + 1;
      return d.season ? std::string{} : "a season calendar takes SP, SU, FA or WI";
    }
    case NamedDayCalendar::solar:
    case NamedDayCalendar::lunar: break;
  }
  const auto ends = split(when, '-');
  if (ends.size() > 2) return "expected D/M or D/M-D/M";
  const auto first = day_month(ends[0]);
  const auto last = ends.size() == 2 ? day_month(ends[1]) : first;
  if (!first || !last) return "expected D/M or D/M-D/M";
  if (!valid_day(d.calendar, first->first, first->second) || !valid_day(d.calendar, last->first, last->second))
    return "no such day";
  if (std::pair{last->second, last->first} < std::pair{first->second, first->first})
    return "a range must end after it starts, in the same year";
  d.day = first->first;
  d.month = first->second;
  d.last_day = last->first;
  d.last_month = last->second;
  return {};
}

std::optional<date::year_month_day> civil_day(NamedDayCalendar calendar, int year, unsigned month, unsigned day) {
  if (calendar == NamedDayCalendar::lunar) return to_solar({year, month, day, false});
  const date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) return std::nullopt;  // 29/2 in a common year
  return ymd;
}

CalendarPoint day_point(date::year_month_day ymd) {
  CalendarPoint p;
  p.precision = Precision::day;
  p.year = static_cast<int>(ymd.year());
  p.month = static_cast<unsigned>(ymd.month());
  p.day = static_cast<unsigned>(ymd.day());
  return p;
}

}  // namespace

std::optional<SolarSpan> solar_span(const NamedDay& d, int year) {
  switch (d.calendar) {
    case NamedDayCalendar::month: {
      const date::year_month_day first{date::year{year}, date::month{d.month}, date::day{1}};
      return SolarSpan{first, date::year_month_day_last{date::year{year}, date::month_day_last{date::month{d.month}}}};
    }
    case NamedDayCalendar::season: {
      // SP March-May, SU June-August, FA September-November, WI December-February.
      const date::year_month first = date::year{year} / date::month{3 * d.season};
      const date::year_month last = first + date::months{2};
      return SolarSpan{first / 1, date::year_month_day{last / date::last}};
    }
    case NamedDayCalendar::solar:
    case NamedDayCalendar::lunar: break;
  }
  const auto first = civil_day(d.calendar, year, d.month, d.day);
  const auto last = civil_day(d.calendar, year, d.last_month, d.last_day);
  if (!first || !last) return std::nullopt;
  return SolarSpan{*first, *last};
}

std::optional<Expression> expression_in(const NamedDay& d, int year) {
  const auto span = solar_span(d, year);
  if (!span) return std::nullopt;
  Expression e;
  switch (d.calendar) {
    case NamedDayCalendar::month:
      e.start.precision = Precision::month;
      e.start.year = year;
      e.start.month = d.month;
      return e;
    case NamedDayCalendar::season:
      e.start.precision = Precision::season;
      e.start.year = year;
      e.start.index = d.season;
      return e;
    case NamedDayCalendar::solar:
    case NamedDayCalendar::lunar: break;
  }
  e.start = day_point(span->first);
  if (d.is_range()) {
    e.kind = ExpressionKind::range;
    e.end = day_point(span->last);
  }
  return e;
}

Expected<NamedDayRegistry> NamedDayRegistry::load(const RuleFiles& files) {
  const std::string display = files.display_name(kFile);
  const std::string* text = files.find(kFile);
  if (!text) return Error{display, "missing named-day registry"};
  NamedDayRegistry registry;
  std::istringstream in(*text);
  std::string line;
  for (int number_of_line = 1; std::getline(in, line); ++number_of_line) {
    const std::string where = display + ":" + std::to_string(number_of_line);
    const std::string_view content = trimmed(line);
    if (content.empty() || content.front() == '#') continue;
    const auto fields = split(content, '\t');
    if (fields.size() != 4) return Error{where, "expected id<TAB>calendar<TAB>when<TAB>founded"};
    NamedDay d;
    d.line = number_of_line;
    d.id = std::string(trimmed(fields[0]));
    if (d.id.empty()) return Error{where, "empty id"};
    const std::string_view calendar = trimmed(fields[1]);
    if (calendar == "solar") d.calendar = NamedDayCalendar::solar;
    else if (calendar == "lunar") d.calendar = NamedDayCalendar::lunar;
    else if (calendar == "month") d.calendar = NamedDayCalendar::month;
    else if (calendar == "season") d.calendar = NamedDayCalendar::season;
    else return Error{where, "calendar must be solar, lunar, month or season"};
    if (std::string message = parse_when(trimmed(fields[2]), d); !message.empty()) return Error{where, message};
    if (const std::string_view founded = trimmed(fields[3]); founded != "-") {
      const auto year = number(founded);
      if (!year || *year < 1000 || *year > 2200) return Error{where, "founded must be a year or -"};
      d.founded = *year;
    }
    for (const NamedDay& other : registry.days_)
      if (other.id == d.id) return Error{where, "id given twice: " + d.id};
    registry.days_.push_back(std::move(d));
  }
  // The names, from the recogniser's word list: each names a day of the registry, every day has one.
  auto names = files.word_list(kNames);
  if (!names) return names.error();
  for (const WordEntry& entry : names->entries) {
    const std::string where = names->file + ":" + std::to_string(entry.line);
    const auto day = std::find_if(registry.days_.begin(), registry.days_.end(),
                                  [&](const NamedDay& d) { return d.id == entry.value; });
    if (day == registry.days_.end()) return Error{where, "no named day with id `" + entry.value + "` in " + display};
    if (!registry.index_.emplace(fold_for_lookup(entry.phrase), day - registry.days_.begin()).second)
      return Error{where, "name given twice: " + entry.phrase};
    day->names.push_back(entry.phrase);
  }
  for (const NamedDay& d : registry.days_)
    if (d.names.empty()) return Error{display + ":" + std::to_string(d.line), "no name for `" + d.id + "` in " + names->file};
  return registry;
}

const NamedDay* NamedDayRegistry::by_id(std::string_view id) const {
  const auto day = std::find_if(days_.begin(), days_.end(), [&](const NamedDay& d) { return d.id == id; });
  return day == days_.end() ? nullptr : &*day;
}

const NamedDay* NamedDayRegistry::find(std::string_view name) const {
  const auto it = index_.find(fold_for_lookup(name));
  return it == index_.end() ? nullptr : &days_[it->second];
}

std::optional<date::year_month_day> NamedDayRegistry::solar_date(std::string_view name, int year) const {
  const NamedDay* d = find(name);
  if (!d || d->calendar == NamedDayCalendar::month || d->calendar == NamedDayCalendar::season)
    return std::nullopt;
  const auto span = solar_span(*d, year);
  if (!span) return std::nullopt;
  return span->first;
}

std::optional<int> NamedDayRegistry::anniversary_year(std::string_view name, int n) const {
  const NamedDay* d = find(name);
  if (!d || !d->founded) return std::nullopt;
  return *d->founded + n;
}

std::optional<date::year_month_day> NamedDayRegistry::anniversary(std::string_view name, int n) const {
  const auto year = anniversary_year(name, n);
  if (!year) return std::nullopt;
  return solar_date(name, *year);
}

}  // namespace biennien
