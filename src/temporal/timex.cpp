// TIMEX3 values of recognised (or resolved) expressions; see include/biennien/temporal.hpp.
#include <cstdio>
#include <string>

#include "biennien/temporal.hpp"

namespace biennien {
namespace {

// `value` zero-padded to `width` digits.
std::string padded(long value, int width) {
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "%0*ld", width, value);
  return buffer;
}

// "2024", "XXXX", or "XX91" for a two-digit year whose century is not known yet.
std::string year_part(const CalendarPoint& p) {
  if (!p.year) return "XXXX";
  return p.two_digit_year ? "XX" + padded(*p.year % 100, 2) : padded(*p.year, 4);
}

std::string two_digits_or_xx(unsigned value) { return value == 0 ? "XX" : padded(value, 2); }

// "2024-06-21", with XX for an unwritten month or day.
std::string day_part(const CalendarPoint& p) {
  return year_part(p) + "-" + two_digits_or_xx(p.month) + "-" + two_digits_or_xx(p.day);
}

}  // namespace

const char* to_string(MentionType type) {
  switch (type) {
    case MentionType::date: return "DATE";
    case MentionType::time: return "TIME";
    case MentionType::duration: return "DURATION";
    case MentionType::set: return "SET";
  }
  return "";
}

const char* timex_code(PartOfDay part) {
  switch (part) {
    case PartOfDay::none: return "";
    case PartOfDay::morning: return "MO";
    case PartOfDay::midday: return "MI";
    case PartOfDay::afternoon: return "AF";
    case PartOfDay::evening: return "EV";
    case PartOfDay::night: return "NI";
  }
  return "";
}

std::string timex_value(const CalendarPoint& p) {
  static const char* const seasons[] = {"SP", "SU", "FA", "WI"};
  const long first_year = p.index != 0 ? long{p.index} : long{p.year.value_or(0)};
  switch (p.precision) {
    case Precision::century: return std::to_string(first_year / 100);
    case Precision::decade: return std::to_string(first_year / 10);
    case Precision::year: return year_part(p);
    case Precision::half: return year_part(p) + "-H" + std::to_string(p.index);
    case Precision::quarter: return year_part(p) + "-Q" + std::to_string(p.index);
    case Precision::season:
      return year_part(p) + "-" + (p.index >= 1 && p.index <= 4 ? seasons[p.index - 1] : "XX");
    case Precision::week: return year_part(p) + "-W" + two_digits_or_xx(p.index);
    case Precision::month: return year_part(p) + "-" + two_digits_or_xx(p.month);
    case Precision::day: return day_part(p);
    case Precision::part_of_day: return day_part(p) + "T" + timex_code(p.part_of_day);
    case Precision::minute:
      return day_part(p) + "T" + padded(p.hour.value_or(0), 2) + ":" + padded(p.minute.value_or(0), 2);
  }
  return "";
}

std::string timex_value(const Expression& e) {
  switch (e.kind) {
    case ExpressionKind::point: return timex_value(e.start);
    case ExpressionKind::range: return timex_value(e.start) + "/" + timex_value(e.end);
    case ExpressionKind::range_to_anchor: return timex_value(e.start) + "/PRESENT_REF";
    case ExpressionKind::duration:
    case ExpressionKind::set:
    case ExpressionKind::reference: return e.literal;
  }
  return "";
}

}  // namespace biennien
