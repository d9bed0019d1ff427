// TIMEX3 values of points and expressions.
#include <doctest/doctest.h>

#include "biennien/temporal.hpp"

using biennien::CalendarPoint;
using biennien::Expression;
using biennien::ExpressionKind;
using biennien::PartOfDay;
using biennien::Precision;
using biennien::timex_value;

namespace {
CalendarPoint point(Precision precision, std::optional<int> year, unsigned month = 0, unsigned day = 0) {
  CalendarPoint p;
  p.precision = precision;
  p.year = year;
  p.month = month;
  p.day = day;
  return p;
}
}  // namespace

TEST_CASE("points at each precision") {
  CHECK(timex_value(point(Precision::day, 2024, 6, 21)) == "2024-06-21");
  CHECK(timex_value(point(Precision::day, std::nullopt, 6, 21)) == "XXXX-06-21");
  CHECK(timex_value(point(Precision::month, 2024, 6)) == "2024-06");
  CHECK(timex_value(point(Precision::month, std::nullopt, 12)) == "XXXX-12");
  CHECK(timex_value(point(Precision::year, 2024)) == "2024");
  CHECK(timex_value(point(Precision::year, std::nullopt)) == "XXXX");
  CHECK(timex_value(point(Precision::year, 800)) == "0800");

  auto p = point(Precision::half, 2024);
  p.index = 1;
  CHECK(timex_value(p) == "2024-H1");
  p.precision = Precision::quarter;
  CHECK(timex_value(p) == "2024-Q1");
  p.precision = Precision::season;
  p.index = 2;
  CHECK(timex_value(p) == "2024-SU");
  p.precision = Precision::week;
  p.index = 25;
  CHECK(timex_value(p) == "2024-W25");
  p.index = 3;
  CHECK(timex_value(p) == "2024-W03");

  auto decade = point(Precision::decade, std::nullopt);
  decade.index = 1990;
  CHECK(timex_value(decade) == "199");
  auto century = point(Precision::century, std::nullopt);
  century.index = 1900;
  CHECK(timex_value(century) == "19");

  auto morning = point(Precision::part_of_day, std::nullopt, 6, 21);
  morning.part_of_day = PartOfDay::morning;
  CHECK(timex_value(morning) == "XXXX-06-21TMO");
  auto clock = point(Precision::minute, 2024, 6, 21);
  clock.hour = 8;
  clock.minute = 30;
  CHECK(timex_value(clock) == "2024-06-21T08:30");
  clock.minute.reset();
  CHECK(timex_value(clock) == "2024-06-21T08:00");
  auto bare_clock = point(Precision::minute, std::nullopt);
  bare_clock.hour = 20;
  bare_clock.minute = 2;
  CHECK(timex_value(bare_clock) == "XXXX-XX-XXT20:02");

  auto two_digits = point(Precision::day, 91, 9, 3);
  two_digits.two_digit_year = true;
  CHECK(timex_value(two_digits) == "XX91-09-03");
}

TEST_CASE("expressions") {
  Expression range;
  range.kind = ExpressionKind::range;
  range.start = point(Precision::year, 2020);
  range.end = point(Precision::year, 2025);
  CHECK(timex_value(range) == "2020/2025");
  range.start = point(Precision::day, 2024, 7, 1);
  range.end = point(Precision::day, 2024, 7, 5);
  CHECK(timex_value(range) == "2024-07-01/2024-07-05");

  Expression to_now;
  to_now.kind = ExpressionKind::range_to_anchor;
  to_now.start = point(Precision::year, 2016);
  CHECK(timex_value(to_now) == "2016/PRESENT_REF");

  for (auto kind : {ExpressionKind::duration, ExpressionKind::set, ExpressionKind::reference}) {
    Expression e;
    e.kind = kind;
    e.literal = "P6M";
    CHECK(timex_value(e) == "P6M");
  }
}

TEST_CASE("names and codes") {
  CHECK(std::string(biennien::to_string(biennien::MentionType::date)) == "DATE");
  CHECK(std::string(biennien::to_string(biennien::MentionType::time)) == "TIME");
  CHECK(std::string(biennien::to_string(biennien::MentionType::duration)) == "DURATION");
  CHECK(std::string(biennien::to_string(biennien::MentionType::set)) == "SET");
  CHECK(std::string(biennien::timex_code(PartOfDay::none)).empty());
  CHECK(std::string(biennien::timex_code(PartOfDay::morning)) == "MO");
  CHECK(std::string(biennien::timex_code(PartOfDay::midday)) == "MI");
  CHECK(std::string(biennien::timex_code(PartOfDay::afternoon)) == "AF");
  CHECK(std::string(biennien::timex_code(PartOfDay::evening)) == "EV");
  CHECK(std::string(biennien::timex_code(PartOfDay::night)) == "NI");
}
