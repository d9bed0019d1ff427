#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "biennien/lunar.hpp"

using namespace biennien;
using namespace date::literals;

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream in(line);
  for (std::string field; std::getline(in, field, '\t');) fields.push_back(field);
  return fields;
}

date::year_month_day parse_solar(const std::string& text) {
  return date::year{std::stoi(text.substr(0, 4))} / std::stoi(text.substr(5, 2)) /
         std::stoi(text.substr(8, 2));
}

// "2020-04-15", or "2020-04L-15" for a day of the leap month.
LunarDate parse_lunar(const std::string& text) {
  const bool leap = text.find('L') != std::string::npos;
  const std::size_t dash = text.rfind('-');
  return LunarDate{std::stoi(text.substr(0, 4)), static_cast<unsigned>(std::stoi(text.substr(5, 2))),
                   static_cast<unsigned>(std::stoi(text.substr(dash + 1))), leap};
}

Reckoning parse_reckoning(const std::string& text) {
  if (text == "china") return Reckoning::china;
  if (text == "utc7") return Reckoning::utc7;
  REQUIRE(text == "vietnam");
  return Reckoning::vietnam;
}

struct Row {
  int line;
  std::vector<std::string> fields;
};

std::vector<Row> known_rows(const std::string& kind) {
  std::ifstream in(BIENNIEN_SOURCE_DIR "/tests/unit/data/lunar/known_dates.tsv");
  REQUIRE(in);
  std::vector<Row> rows;
  int number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    auto fields = split_tabs(line);
    REQUIRE_MESSAGE(fields.size() == 6, "known_dates.tsv:" << number);
    if (fields[0] == kind) rows.push_back({number, std::move(fields)});
  }
  return rows;
}

std::string show(const LunarDate& d) {
  std::ostringstream out;
  out << d.year << '-' << d.month << (d.leap ? "L" : "") << '-' << d.day;
  return out.str();
}

// Meeus ch. 25, low accuracy (0.01°): an independent formula for the sun's apparent longitude.
double sun_longitude_low_accuracy(double jde) {
  const double t = (jde - 2451545.0) / 36525.0;
  const double rad = 3.14159265358979323846 / 180.0;
  const double l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const double m = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * rad;
  const double c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * std::sin(m) +
                   (0.019993 - 0.000101 * t) * std::sin(2 * m) + 0.000289 * std::sin(3 * m);
  const double omega = (125.04 - 1934.136 * t) * rad;
  const double lambda = l0 + c - 0.00569 - 0.00478 * std::sin(omega);
  return std::fmod(std::fmod(lambda, 360.0) + 360.0, 360.0);
}

// The Julian Day (UT) of a civil instant.
double jd_ut(date::sys_days day, int hour, int minute) {
  return 2440587.5 + static_cast<double>(day.time_since_epoch().count()) +
         (hour + minute / 60.0) / 24.0;
}

double angle_difference(double a, double b) {
  const double d = std::fmod(a - b + 540.0, 360.0) - 180.0;
  return std::abs(d);
}

}  // namespace

TEST_CASE("astronomy: new moons (Meeus example 49.a and observed instants)") {
  // Meeus, Astronomical Algorithms, example 49.a: the new moon of 1977 February, k = -283.
  CHECK(astronomy::new_moon_jde(-283) == doctest::Approx(2443192.65118).epsilon(1e-10));
  // The new moon that made Tết 1968 differ: 1968-01-29 16:29 UT (Aslaksen). k from 2000-01-06.
  const double target = jd_ut(1968_y / 1 / 29, 16, 29);
  const auto k = std::lround((target - 2451550.09766) / 29.530588861);
  const double jde_1968 = astronomy::new_moon_jde(k);
  const double ut_1968 = jde_1968 - astronomy::delta_t_seconds(1968.1) / 86400.0;
  CHECK(std::abs(ut_1968 - target) * 24 * 60 < 2.0);
}

TEST_CASE("astronomy: the sun's longitude agrees with Meeus' low-accuracy formula and the 2024 seasons") {
  for (double jde = 2415020.5; jde < 2488070.5; jde += 97.3)  // 1900-2100
    CHECK(angle_difference(astronomy::sun_longitude(jde), sun_longitude_low_accuracy(jde)) < 0.015);
  // Equinoxes and solstices of 2024 (UT, to the minute; 0.0007° is one minute of the sun's motion).
  struct Season {
    date::year_month_day day;
    int hour, minute;
    double longitude;
  };
  const Season seasons[] = {{2024_y / 3 / 20, 3, 6, 0},
                            {2024_y / 6 / 20, 20, 51, 90},
                            {2024_y / 9 / 22, 12, 44, 180},
                            {2024_y / 12 / 21, 9, 20, 270}};
  for (const Season& s : seasons) {
    const double jde = jd_ut(s.day, s.hour, s.minute) + astronomy::delta_t_seconds(2024.5) / 86400.0;
    CHECK(angle_difference(astronomy::sun_longitude(jde), s.longitude) < 0.0015);
  }
}

TEST_CASE("every known date converts both ways") {
  const auto rows = known_rows("date");
  CHECK(rows.size() >= 80);
  for (const Row& row : rows) {
    const auto solar = parse_solar(row.fields[1]);
    const LunarDate lunar = parse_lunar(row.fields[2]);
    const Reckoning reckoning = parse_reckoning(row.fields[3]);
    INFO("known_dates.tsv:" << row.line << " " << row.fields[4]);
    const auto to_s = to_solar(lunar, reckoning);
    REQUIRE(to_s);
    CHECK(*to_s == solar);
    const auto to_l = to_lunar(solar, reckoning);
    REQUIRE(to_l);
    CHECK(show(*to_l) == show(lunar));
  }
}

TEST_CASE("every Tết from 1970 to 2030 is in the table") {
  std::vector<int> years;
  for (const Row& row : known_rows("date"))
    if (row.fields[2].ends_with("-01-01") && row.fields[3] == "vietnam")
      years.push_back(std::stoi(row.fields[2].substr(0, 4)));
  for (int year = 1970; year <= 2030; ++year)
    CHECK_MESSAGE(std::find(years.begin(), years.end(), year) != years.end(), "Tết ", year);
}

TEST_CASE("leap months and month lengths of the table") {
  for (const Row& row : known_rows("leap")) {
    INFO("known_dates.tsv:" << row.line);
    const auto month = leap_month(std::stoi(row.fields[1]), parse_reckoning(row.fields[3]));
    const unsigned expected = static_cast<unsigned>(std::stoi(row.fields[2]));
    CHECK(month.value_or(0) == expected);
    if (expected) {
      // The leap month follows the month it repeats and both exist.
      const int year = std::stoi(row.fields[1]);
      const auto regular = to_solar({year, expected, 1, false});
      const auto leap = to_solar({year, expected, 1, true});
      REQUIRE(regular);
      REQUIRE(leap);
      CHECK(date::sys_days{*leap} > date::sys_days{*regular});
      CHECK((date::sys_days{*leap} - date::sys_days{*regular}).count() <= 30);
    }
  }
  for (const Row& row : known_rows("days")) {
    INFO("known_dates.tsv:" << row.line);
    CHECK(days_in_month(std::stoi(row.fields[1]), static_cast<unsigned>(std::stoi(row.fields[2])),
                        false, parse_reckoning(row.fields[3])) ==
          static_cast<unsigned>(std::stoi(row.fields[4])));
  }
}

TEST_CASE("every day of 1900-2100 round-trips, and the days follow one another") {
  for (Reckoning reckoning : {Reckoning::vietnam, Reckoning::china}) {
    std::optional<LunarDate> previous;
    int failures = 0;
    for (date::sys_days day{1900_y / 1 / 1}; day <= date::sys_days{2100_y / 12 / 31}; day += date::days{1}) {
      const auto lunar = to_lunar(day, reckoning);
      if (!lunar) {
        ++failures;
        continue;
      }
      const auto back = to_solar(*lunar, reckoning);
      if (!back || date::sys_days{*back} != day) ++failures;
      if (previous) {
        const bool next_day = lunar->year == previous->year && lunar->month == previous->month &&
                              lunar->leap == previous->leap && lunar->day == previous->day + 1;
        const bool next_month = lunar->day == 1 && previous->day >= 29 && previous->day <= 30;
        if (!next_day && !next_month) ++failures;
      }
      previous = lunar;
    }
    CHECK(failures == 0);
  }
}

TEST_CASE("lunar years have 12 or 13 months, leap years 7 in every 19, month 11 holds the solstice") {
  int leap_years = 0;
  for (int year = 1901; year <= 2100; ++year) {
    const auto tet = to_solar({year, 1, 1});
    const auto next = to_solar({year + 1, 1, 1});
    if (year == 2100) break;
    REQUIRE(tet);
    REQUIRE(next);
    const auto length = (date::sys_days{*next} - date::sys_days{*tet}).count();
    if (leap_month(year)) {
      ++leap_years;
      CHECK((length >= 383 && length <= 385));
    } else {
      CHECK((length >= 353 && length <= 355));
    }
    // Tết falls between 21 January and 20 February.
    CHECK(*tet >= date::year{year} / 1 / 21);
    CHECK(*tet <= date::year{year} / 2 / 20);
    // The day of the December solstice at UTC+7 is in month 11.
    date::year_month_day solstice_day = date::year{year} / 12 / 19;
    for (date::sys_days d{solstice_day}; d < date::sys_days{date::year{year} / 12 / 25}; d += date::days{1}) {
      const double next_midnight_jde = jd_ut(d + date::days{1}, 0, 0) - 7.0 / 24.0 + 70.0 / 86400.0;
      if (astronomy::sun_longitude(next_midnight_jde) >= 270.0) {
        solstice_day = d;
        break;
      }
    }
    const auto solstice = to_lunar(solstice_day);
    REQUIRE(solstice);
    CHECK(solstice->month == 11);
  }
  CHECK(leap_years >= 72);  // 7/19 of 199 years is 73
  CHECK(leap_years <= 74);
}

TEST_CASE("Vietnam and China differ only where the sources say, 1970-2030") {
  std::vector<int> differ;
  for (int year = 1970; year <= 2030; ++year)
    if (to_solar({year, 1, 1}, Reckoning::vietnam) != to_solar({year, 1, 1}, Reckoning::china))
      differ.push_back(year);
  CHECK(differ == std::vector<int>{1985, 2007, 2030});
  // 1968: the first Tết reckoned at UTC+7; the proleptic UTC+7 rule agrees from then on.
  CHECK(to_solar({1968, 1, 1}) == 1968_y / 1 / 29);
  CHECK(to_solar({1968, 1, 1}, Reckoning::china) == 1968_y / 1 / 30);
  for (int year = 1968; year <= 2100; ++year)
    CHECK(to_solar({year, 1, 1}, Reckoning::vietnam) == to_solar({year, 1, 1}, Reckoning::utc7));
  // Before 1968 Vietnam's calendar was China's.
  for (int year = 1900; year <= 1967; ++year)
    CHECK(to_solar({year, 6, 1}, Reckoning::vietnam) == to_solar({year, 6, 1}, Reckoning::china));
}

TEST_CASE("dates that do not exist, and the range") {
  CHECK_FALSE(to_solar({2024, 4, 1, true}));   // 2024 has no leap month
  CHECK_FALSE(to_solar({2024, 13, 1}));
  CHECK_FALSE(to_solar({2024, 1, 0}));
  CHECK_FALSE(to_solar({2024, 1, 31}));
  CHECK(to_solar({2024, 8, 30}));              // month 8 of 2024 has 30 days (table)
  for (unsigned month = 1; month <= 12; ++month) {
    const auto days = days_in_month(2024, month);
    REQUIRE(days);
    CHECK((*days == 29 || *days == 30));
    CHECK(to_solar({2024, month, *days}));
    CHECK_FALSE(to_solar({2024, month, *days + 1}));
  }
  CHECK_FALSE(to_lunar(2024_y / 2 / 30));
  CHECK_FALSE(to_solar({kLastLunarYear + 1, 1, 1}));
  CHECK_FALSE(to_solar({kFirstLunarYear - 1, 12, 1}));
  CHECK(to_solar({kFirstLunarYear, 1, 1}));
  CHECK(to_solar({kLastLunarYear, 12, 1}));
  CHECK_FALSE(to_lunar(2250_y / 1 / 1));
  CHECK_FALSE(leap_month(1700));
}

TEST_CASE("can-chi names of years and the years of a name") {
  CHECK(can_chi_year(2024) == "Giáp Thìn");
  CHECK(can_chi_year(2025) == "Ất Tỵ");
  CHECK(can_chi_year(2026) == "Bính Ngọ");
  CHECK(can_chi_year(1968) == "Mậu Thân");
  CHECK(can_chi_year(1985) == "Ất Sửu");
  CHECK(can_chi_year(1984) == "Giáp Tý");
  CHECK(can_chi_year(2023) == "Quý Mão");
  CHECK(can_chi_index("Giáp Tý") == 0);
  CHECK(can_chi_index("Quý Hợi") == 59);
  CHECK(can_chi_index("giáp thìn") == 40);
  CHECK(can_chi_index("ẤT TỴ") == can_chi_index("Ất Tị"));
  CHECK(can_chi_index("Quý Mẹo") == can_chi_index("Quý Mão"));
  CHECK_FALSE(can_chi_index("Giáp Sửu"));  // a yang stem never meets a yin branch
  CHECK_FALSE(can_chi_index("Giáp"));
  CHECK_FALSE(can_chi_index("Thứ Hai"));
  CHECK(nearest_can_chi_year("Bính Ngọ", 2025) == 2026);
  CHECK(nearest_can_chi_year("Mậu Thân", 1970) == 1968);
  CHECK(nearest_can_chi_year("Ất Tỵ", 2025) == 2025);
  CHECK(nearest_can_chi_year("Giáp Thìn", 1994) == 2024);  // 30 years either way: the later
  CHECK_FALSE(nearest_can_chi_year("Giáp Sửu", 2025));
  CHECK(can_chi_years("Mậu Thân", 1900, 2100) == std::vector<int>{1908, 1968, 2028, 2088});
  for (int year = 1900; year <= 2100; ++year)
    CHECK(nearest_can_chi_year(can_chi_year(year), year) == year);
}
