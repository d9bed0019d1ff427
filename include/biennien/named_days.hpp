// Named days: holidays, commemorations, lunar festivals and campaign periods, read from
// rules/vi/resolve/named_days.tsv, with their names from rules/vi/lists/named_day.tsv (the word
// list the recogniser finds them with; format in rules/vi/resolve/README.md).
//
//   auto registry = biennien::NamedDayRegistry::load(rule_files);         // Expected<...>
//   registry->solar_date("Tết Trung thu", 2024);                         // 2024-09-17
//   registry->anniversary("Ngày thành lập Đoàn", 90);                    // 2021-03-26
//   if (const NamedDay* d = registry->find("Quốc khánh")) expression_in(*d, 2025);
//
// Names are looked up after fold_for_lookup (case, spacing, tone-mark placement); lunar days are
// converted with the lunar calendar (lunar.hpp), in the lunar year of the same number.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "biennien/error.hpp"
#include "biennien/lunar.hpp"
#include "biennien/rules.hpp"
#include "biennien/temporal.hpp"

namespace biennien {

enum class NamedDayCalendar {
  solar,   // a civil day or range of days: Quốc khánh 2/9
  lunar,   // a lunar day or range of days: Trung thu 15/8, Tết Nguyên đán 1/1-3/1
  month,   // a civil month of every year: Tháng Thanh niên (3)
  season,  // a season of every year: the summer volunteer campaign (SU)
};

struct NamedDay {
  std::string id;  // "thanh-lap-doan"
  NamedDayCalendar calendar = NamedDayCalendar::solar;
  unsigned day = 0, month = 0;            // the first day (solar, lunar); the month (month)
  unsigned last_day = 0, last_month = 0;  // the last day of a range; equal to the first otherwise
  unsigned season = 0;                    // 1-4 (SP SU FA WI), season only
  std::optional<int> founded;             // the year the anniversaries count from (Đoàn: 1931)
  std::vector<std::string> names;         // as written in lists/named_day.tsv; names.front() is canonical
  int line = 0;                           // in named_days.tsv

  bool is_range() const { return day != last_day || month != last_month; }
};

// The first and last civil days of `day` in `year` (for lunar days: lunar year `year`; for a month
// or season: its first and last day, winter being December to February); empty when the lunar
// calendar has no such day (30 of a 29-day month) or `year` is outside its range.
struct SolarSpan {
  date::year_month_day first, last;
};
std::optional<SolarSpan> solar_span(const NamedDay& day, int year);

// `day` in `year` as a resolved expression with civil dates: a day point ("2024-09-02"), a range
// ("2024-02-10/2024-02-12"), a month point ("2024-03") or a season point ("2024-SU").
std::optional<Expression> expression_in(const NamedDay& day, int year);

class NamedDayRegistry {
 public:
  // Reads resolve/named_days.tsv and lists/named_day.tsv; a malformed line, a bad date, an id
  // given twice, a name given twice or naming no day, or a day without a name is an Error naming
  // "file:line".
  static Expected<NamedDayRegistry> load(const RuleFiles& files);

  const std::vector<NamedDay>& days() const { return days_; }
  // The day with this id, or nullptr.
  const NamedDay* by_id(std::string_view id) const;
  // The day named `name` (any of its names), or nullptr.
  const NamedDay* find(std::string_view name) const;
  // The (first) civil day of the named day in `year`; empty for an unknown name, a period
  // (month, season) or a day the calendar does not have.
  std::optional<date::year_month_day> solar_date(std::string_view name, int year) const;
  // The year of the n-th anniversary: founded + n ("90 năm Ngày thành lập Đoàn": 2021); empty for
  // an unknown name or a day without a founding year.
  std::optional<int> anniversary_year(std::string_view name, int n) const;
  // The civil day of the n-th anniversary: solar_date(name, anniversary_year(name, n)).
  std::optional<date::year_month_day> anniversary(std::string_view name, int n) const;

 private:
  std::vector<NamedDay> days_;
  std::map<std::string, std::size_t, std::less<>> index_;  // fold_for_lookup(name) -> days_ index
};

}  // namespace biennien
