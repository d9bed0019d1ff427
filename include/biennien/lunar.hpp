// The Vietnamese lunisolar calendar (âm lịch), converted to and from the civil (Gregorian) calendar.
//
//   auto tet = biennien::to_solar({2024, 1, 1});                   // 2024-02-10
//   auto day = biennien::to_lunar(date::year{2024} / 9 / 17);      // {2024, 8, 15, false}
//   biennien::can_chi_year(2024);                                  // "Giáp Thìn"
//   biennien::leap_month(2025);                                    // 6: "tháng 6 nhuận"
//
// The rules (Explanatory Supplement to the Astronomical Almanac, 1992, ch. 12.6; Hồ Ngọc Đức,
// "Thuật toán tính âm lịch"): a month begins on the day of a new moon; month 11 is the month that
// holds the December solstice; a year from one month 11 to the next with 13 months has a leap month,
// the first month after month 11 that holds no principal term (trung khí: the sun's apparent
// longitude a multiple of 30°), numbered like the month before it. Days are reckoned at a
// meridian (see Reckoning). New moons and solar longitudes are computed astronomically
// (Meeus, Astronomical Algorithms, 2nd ed., 1998), not read from a table.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

namespace biennien {

// Where the calendar's day starts: the local midnight of a time zone, which decides the day of a
// new moon or principal term that falls near midnight.
enum class Reckoning {
  // Vietnam's official calendar: UTC+8 (China's, as everywhere in Vietnam) before 1968-01-01,
  // UTC+7 from then on (Decision 121-CP of 8 August 1967, applied from 1 January 1968; Saigon's
  // zone kept UTC+8 until 1975). Tết 1968 is 29 January. Days before 1968 are uncertain where a new
  // moon fell between 16:00 and 17:00 UT: China itself reckoned at Beijing's local time (UTC+7:46)
  // before 1929 (Tết 1916 is 3 February in China's tables, 4 February here).
  vietnam,
  // UTC+7 for every year (the proleptic rule of Hồ Ngọc Đức's tables and most "lịch vạn niên").
  utc7,
  // UTC+8 for every year (China's calendar since 1929; South Vietnam's until 1975).
  china,
};

// A day of the lunar calendar. `year` is the lunar year, named after the civil year in which its
// month 1 begins (Tết 2024 began lunar year 2024, Giáp Thìn, on 2024-02-10).
struct LunarDate {
  int year = 0;
  unsigned month = 0;  // 1-12
  unsigned day = 0;    // 1-30
  bool leap = false;   // in the leap month that repeats `month` ("tháng 4 nhuận")
  friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

// The range computed: lunar years 1800-2199 and the civil days they cover (tested for 1900-2100).
inline constexpr int kFirstLunarYear = 1800;
inline constexpr int kLastLunarYear = 2199;

// The civil day of a lunar date; empty when the date does not exist (day 30 of a 29-day month,
// a leap month the year does not have) or lies outside kFirstLunarYear..kLastLunarYear.
std::optional<date::year_month_day> to_solar(LunarDate lunar, Reckoning reckoning = Reckoning::vietnam);

// The lunar date of a civil day; empty for an invalid day (31/2) or one outside the range.
std::optional<LunarDate> to_lunar(date::year_month_day solar, Reckoning reckoning = Reckoning::vietnam);

// The month that a leap month repeats in `lunar_year` (2020: 4, 2023: 2, 2025: 6), counting only a
// leap month that begins in that lunar year; empty in a common year or outside the range.
std::optional<unsigned> leap_month(int lunar_year, Reckoning reckoning = Reckoning::vietnam);

// The number of days of a month (29 or 30); empty when the month does not exist.
std::optional<unsigned> days_in_month(int lunar_year, unsigned month, bool leap = false,
                                      Reckoning reckoning = Reckoning::vietnam);

// The can-chi (sexagenary) name of a lunar year, capitalised: "Giáp Thìn" for 2024, "Ất Tỵ" for 2025.
std::string can_chi_year(int lunar_year);

// The position 0-59 of a can-chi name in the cycle ("Giáp Tý" = 0, "Quý Hợi" = 59), compared after
// fold_for_lookup (case, spacing, tone-mark placement) and accepting the spellings "Tị" for "Tỵ" and
// "Mẹo" for "Mão"; empty when `name` is not a can-chi name.
std::optional<int> can_chi_index(std::string_view name);

// The year named `name` nearest `year` (the later of two at equal distance); empty for a bad name.
// "Bính Ngọ" near 2025 is 2026, "Mậu Thân" near 1970 is 1968.
std::optional<int> nearest_can_chi_year(std::string_view name, int year);

// Every year named `name` in [from, to], in order; empty for a bad name.
std::vector<int> can_chi_years(std::string_view name, int from, int to);

namespace astronomy {
// The instants below are Julian Days: Terrestrial Time (TT, "JDE") or Universal Time (UT) as named.

// The true (not mean) new moon of lunation `k` (k = 0: 2000-01-06; Meeus ch. 49), in JDE (TT).
double new_moon_jde(long k);
// The sun's apparent geocentric longitude in degrees [0, 360) at `jde` (TT), from VSOP87 (Meeus
// ch. 25 "higher accuracy" and Appendix III, truncated), nutation in longitude and aberration.
double sun_longitude(double jde);
// ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus' polynomials, NASA 2006).
double delta_t_seconds(double year);
}  // namespace astronomy

}  // namespace biennien
