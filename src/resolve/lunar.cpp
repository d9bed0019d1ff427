#include "biennien/lunar.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

#include "biennien/rules.hpp"

namespace biennien {

// ---------------------------------------------------------------------------------------------
// Astronomy. Jean Meeus, "Astronomical Algorithms", 2nd ed., Willmann-Bell 1998 (cited "Meeus").
// ---------------------------------------------------------------------------------------------
namespace astronomy {
namespace {

constexpr double kPi = std::numbers::pi;
constexpr double kJ2000 = 2451545.0;  // 2000-01-01 12:00 TT

double radians(double degrees) { return degrees * kPi / 180.0; }

// An angle in degrees reduced to [0, 360).
double normalised(double degrees) {
  const double r = std::fmod(degrees, 360.0);
  return r < 0 ? r + 360.0 : r;
}

// One periodic term of VSOP87: A cos(B + C τ).
struct Term {
  double a, b, c;
};

// The Earth's heliocentric ecliptic longitude, series L0-L5 of VSOP87D (Bretagnon & Francou 1988)
// as truncated in Meeus, Appendix III (units of 1e-8 radian; τ in Julian millennia from J2000).
constexpr Term kL0[] = {
    {175347046, 0, 0},
    {3341656, 4.6692568, 6283.0758500},
    {34894, 4.62610, 12566.15170},
    {3497, 2.7441, 5753.3849},
    {3418, 2.8289, 3.5231},
    {3136, 3.6277, 77713.7715},
    {2676, 4.4181, 7860.4194},
    {2343, 6.1352, 3930.2097},
    {1324, 0.7425, 11506.7698},
    {1273, 2.0371, 529.6910},
    {1199, 1.1096, 1577.3435},
    {990, 5.233, 5884.927},
    {902, 2.045, 26.298},
    {857, 3.508, 398.149},
    {780, 1.179, 5223.694},
    {753, 2.533, 5507.553},
    {505, 4.583, 18849.228},
    {492, 4.205, 775.523},
    {357, 2.920, 0.067},
    {317, 5.849, 11790.629},
    {284, 1.899, 796.298},
    {271, 0.315, 10977.079},
    {243, 0.345, 5486.778},
    {206, 4.806, 2544.314},
    {205, 1.869, 5573.143},
    {202, 2.458, 6069.777},
    {156, 0.833, 213.299},
    {132, 3.411, 2942.463},
    {126, 1.083, 20.775},
    {115, 0.645, 0.980},
    {103, 0.636, 4694.003},
    {102, 0.976, 15720.839},
    {102, 4.267, 7.114},
    {99, 6.21, 2146.17},
    {98, 0.68, 155.42},
    {86, 5.98, 161000.69},
    {85, 1.30, 6275.96},
    {85, 3.67, 71430.70},
    {80, 1.81, 17260.15},
    {79, 3.04, 12036.46},
    {75, 1.76, 5088.63},
    {74, 3.50, 3154.69},
    {74, 4.68, 801.82},
    {70, 0.83, 9437.76},
    {62, 3.98, 8827.39},
    {61, 1.82, 7084.90},
    {57, 2.78, 6286.60},
    {56, 4.39, 14143.50},
    {56, 3.47, 6279.55},
    {52, 0.19, 12139.55},
    {52, 1.33, 1748.02},
    {51, 0.28, 5856.48},
    {49, 0.49, 1194.45},
    {41, 5.37, 8429.24},
    {41, 2.40, 19651.05},
    {39, 6.17, 10447.39},
    {37, 6.04, 10213.29},
    {37, 2.57, 1059.38},
    {36, 1.71, 2352.87},
    {36, 1.78, 6812.77},
    {33, 0.59, 17789.85},
    {30, 0.44, 83996.85},
    {30, 2.74, 1349.87},
    {25, 3.16, 4690.48},
};
constexpr Term kL1[] = {
    {628331966747, 0, 0},
    {206059, 2.678235, 6283.075850},
    {4303, 2.6351, 12566.1517},
    {425, 1.590, 3.523},
    {119, 5.796, 26.298},
    {109, 2.966, 1577.344},
    {93, 2.59, 18849.23},
    {72, 1.14, 529.69},
    {68, 1.87, 398.15},
    {67, 4.41, 5507.55},
    {59, 2.89, 5223.69},
    {56, 2.17, 155.42},
    {45, 0.40, 796.30},
    {36, 0.47, 775.52},
    {29, 2.65, 7.11},
    {21, 5.34, 0.98},
    {19, 1.85, 5486.78},
    {19, 4.97, 213.30},
    {17, 2.99, 6275.96},
    {16, 0.03, 2544.31},
    {16, 1.43, 2146.17},
    {15, 1.21, 10977.08},
    {12, 2.83, 1748.02},
    {12, 3.26, 5088.63},
    {12, 5.27, 1194.45},
    {12, 2.08, 4694.00},
    {11, 0.77, 553.57},
    {10, 1.30, 6286.60},
    {10, 4.24, 1349.87},
    {9, 2.70, 242.73},
    {9, 5.64, 951.72},
    {8, 5.30, 2352.87},
    {6, 2.65, 9437.76},
    {6, 4.67, 4690.48},
};
constexpr Term kL2[] = {
    {52919, 0, 0},
    {8720, 1.0721, 6283.0758},
    {309, 0.867, 12566.152},
    {27, 0.05, 3.52},
    {16, 5.19, 26.30},
    {16, 3.68, 155.42},
    {10, 0.76, 18849.23},
    {9, 2.06, 77713.77},
    {7, 0.83, 775.52},
    {5, 4.66, 1577.34},
    {4, 1.03, 7.11},
    {4, 3.44, 5573.14},
    {3, 5.14, 796.30},
    {3, 6.05, 5507.55},
    {3, 1.19, 242.73},
    {3, 6.12, 529.69},
    {3, 0.31, 398.15},
    {3, 2.28, 553.57},
    {2, 4.38, 5223.69},
    {2, 3.75, 0.98},
};
constexpr Term kL3[] = {
    {289, 5.844, 6283.076}, {35, 0, 0},         {17, 5.49, 12566.15}, {3, 5.20, 155.42},
    {1, 4.72, 3.52},        {1, 5.30, 18849.23}, {1, 5.97, 242.73},
};
constexpr Term kL4[] = {{114, 3.142, 0}, {8, 4.13, 6283.08}, {1, 3.84, 12566.15}};
constexpr Term kL5[] = {{1, 3.14, 0}};

template <std::size_t N>
double series(const Term (&terms)[N], double tau) {
  double sum = 0;
  for (const Term& t : terms) sum += t.a * std::cos(t.b + t.c * tau);
  return sum;
}

}  // namespace

double new_moon_jde(long k) {
  // Meeus ch. 49, "Phases of the Moon": the mean phase (49.1), then the periodic corrections of a
  // new moon and the 14 planetary arguments (A1-A14). Error well under a minute for 1900-2100.
  const double kk = static_cast<double>(k);
  const double t = kk / 1236.85;
  const double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
  double jde = 2451550.09766 + 29.530588861 * kk + 0.00015437 * t2 - 0.000000150 * t3 +
               0.00000000073 * t4;
  const double e = 1 - 0.002516 * t - 0.0000074 * t2;  // eccentricity of the Earth's orbit (47.6)
  const double m = radians(2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3);
  const double mp = radians(201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 -
                            0.000000058 * t4);
  const double f = radians(160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 +
                           0.000000011 * t4);
  const double om = radians(124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3);
  jde += -0.40720 * std::sin(mp) + 0.17241 * e * std::sin(m) + 0.01608 * std::sin(2 * mp) +
         0.01039 * std::sin(2 * f) + 0.00739 * e * std::sin(mp - m) -
         0.00514 * e * std::sin(mp + m) + 0.00208 * e * e * std::sin(2 * m) -
         0.00111 * std::sin(mp - 2 * f) - 0.00057 * std::sin(mp + 2 * f) +
         0.00056 * e * std::sin(2 * mp + m) - 0.00042 * std::sin(3 * mp) +
         0.00042 * e * std::sin(m + 2 * f) + 0.00038 * e * std::sin(m - 2 * f) -
         0.00024 * e * std::sin(2 * mp - m) - 0.00017 * std::sin(om) -
         0.00007 * std::sin(mp + 2 * m) + 0.00004 * std::sin(2 * mp - 2 * f) +
         0.00004 * std::sin(3 * m) + 0.00003 * std::sin(mp + m - 2 * f) +
         0.00003 * std::sin(2 * mp + 2 * f) - 0.00003 * std::sin(mp + m + 2 * f) +
         0.00003 * std::sin(mp - m + 2 * f) - 0.00002 * std::sin(mp - m - 2 * f) -
         0.00002 * std::sin(3 * mp + m) + 0.00002 * std::sin(4 * mp);
  struct Planetary {
    double coefficient, base, rate;
  };
  static constexpr Planetary kPlanetary[] = {
      {0.000325, 299.77, 0.107408}, {0.000165, 251.88, 0.016321}, {0.000164, 251.83, 26.651886},
      {0.000126, 349.42, 36.412478}, {0.000110, 84.66, 18.206239}, {0.000062, 141.74, 53.303771},
      {0.000060, 207.14, 2.453732},  {0.000056, 154.84, 7.306860}, {0.000047, 34.52, 27.261239},
      {0.000042, 207.19, 0.121824},  {0.000040, 291.34, 1.844379}, {0.000037, 161.72, 24.198154},
      {0.000035, 239.56, 25.513099}, {0.000023, 331.55, 3.592518},
  };
  for (std::size_t i = 0; i < std::size(kPlanetary); ++i) {
    const Planetary& p = kPlanetary[i];
    double argument = p.base + p.rate * kk;
    if (i == 0) argument -= 0.009173 * t2;  // A1 alone has a T² term
    jde += p.coefficient * std::sin(radians(argument));
  }
  return jde;
}

double sun_longitude(double jde) {
  // Meeus ch. 25, "higher accuracy": VSOP87 heliocentric longitude of the Earth + 180°, the FK5
  // correction (25.9), nutation in longitude (ch. 22, terms above 0.1") and aberration (25.10).
  const double tau = (jde - kJ2000) / 365250.0;
  const double l_rad = (series(kL0, tau) +
                        tau * (series(kL1, tau) +
                               tau * (series(kL2, tau) +
                                      tau * (series(kL3, tau) + tau * (series(kL4, tau) +
                                                                       tau * series(kL5, tau)))))) /
                       1e8;
  const double t = tau * 10;  // Julian centuries
  double longitude = l_rad * 180.0 / kPi + 180.0;
  longitude -= 0.09033 / 3600.0;  // FK5
  const double omega = radians(125.04452 - 1934.136261 * t);
  const double sun_mean = radians(280.4665 + 36000.7698 * t);
  const double moon_mean = radians(218.3165 + 481267.8813 * t);
  const double nutation = -17.20 * std::sin(omega) - 1.32 * std::sin(2 * sun_mean) -
                          0.23 * std::sin(2 * moon_mean) + 0.21 * std::sin(2 * omega);
  // Sun-Earth distance in AU from the orbit's eccentricity and the equation of centre (25.2-25.5).
  const double anomaly = radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
  const double e = 0.016708634 - 0.000042037 * t - 0.0000001267 * t * t;
  const double centre = radians((1.914602 - 0.004817 * t) * std::sin(anomaly) +
                                0.019993 * std::sin(2 * anomaly));
  const double distance = 1.000001018 * (1 - e * e) / (1 + e * std::cos(anomaly + centre));
  longitude += (nutation - 20.4898 / distance) / 3600.0;
  return normalised(longitude);
}

double delta_t_seconds(double y) {
  // F. Espenak and J. Meeus, "Polynomial expressions for Delta T", NASA Five Millennium Canon of
  // Solar Eclipses (NASA/TP-2006-214141), valid to a few seconds for 1800-2005 (observed) and an
  // extrapolation after.
  if (y < 1860) {
    const double t = y - 1800;
    return 13.72 - 0.332447 * t + 0.0068612 * t * t + 0.0041116 * std::pow(t, 3) -
           0.00037436 * std::pow(t, 4) + 0.0000121272 * std::pow(t, 5) -
           0.0000001699 * std::pow(t, 6) + 0.000000000875 * std::pow(t, 7);
  }
  if (y < 1900) {
    const double t = y - 1860;
    return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * std::pow(t, 3) -
           0.0004473624 * std::pow(t, 4) + std::pow(t, 5) / 233174;
  }
  if (y < 1920) {
    const double t = y - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * std::pow(t, 3) -
           0.000197 * std::pow(t, 4);
  }
  if (y < 1941) {
    const double t = y - 1920;
    return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * std::pow(t, 3);
  }
  if (y < 1961) {
    const double t = y - 1950;
    return 29.07 + 0.407 * t - t * t / 233 + std::pow(t, 3) / 2547;
  }
  if (y < 1986) {
    const double t = y - 1975;
    return 45.45 + 1.067 * t - t * t / 260 - std::pow(t, 3) / 718;
  }
  if (y < 2005) {
    const double t = y - 2000;
    return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * std::pow(t, 3) +
           0.000651814 * std::pow(t, 4) + 0.00002373599 * std::pow(t, 5);
  }
  if (y < 2050) {
    const double t = y - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t * t;
  }
  const double u = (y - 1820) / 100;
  if (y < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - y);
  return -20 + 32 * u * u;
}

}  // namespace astronomy

// ---------------------------------------------------------------------------------------------
// The calendar: every month of lunar years kFirstLunarYear..kLastLunarYear, computed once per
// reckoning (Hồ Ngọc Đức's method, "Thuật toán tính âm lịch", restated on whole months).
// ---------------------------------------------------------------------------------------------
namespace {

constexpr double kUnixEpochJd = 2440587.5;         // 1970-01-01 00:00 UT
constexpr double kFirstNewMoonJde = 2451550.09766;  // lunation 0, Meeus 49.1
constexpr double kSynodicMonth = 29.530588861;
const date::sys_days kUtc7Since = date::sys_days{date::year{1968} / 1 / 1};

struct Month {
  date::sys_days first;
  int year = 0;
  unsigned number = 0;
  bool leap = false;
};

struct Calendar {
  std::vector<Month> months;  // in order
  date::sys_days end;         // the day after the last month
};

double jd_at_midnight_ut(date::sys_days day) {
  return kUnixEpochJd + static_cast<double>(day.time_since_epoch().count());
}

// The zone offset (hours) in force on `day` (a local day).
double offset_hours(date::sys_days day, Reckoning reckoning) {
  switch (reckoning) {
    case Reckoning::vietnam: return day < kUtc7Since ? 8 : 7;
    case Reckoning::utc7: return 7;
    case Reckoning::china: return 8;
  }
  return 7;
}

// The local day holding the instant `jd_ut` (a Julian Day in UT).
date::sys_days local_day(double jd_ut, Reckoning reckoning) {
  auto day_at = [jd_ut](double hours) {
    const double days = std::floor(jd_ut - kUnixEpochJd + hours / 24.0);
    return date::sys_days{date::days{static_cast<int>(days)}};
  };
  const date::sys_days at8 = day_at(8);
  if (reckoning == Reckoning::china || (reckoning == Reckoning::vietnam && at8 < kUtc7Since))
    return at8;
  return day_at(7);
}

double ut_to_tt(double jd_ut) {
  const double year = 2000.0 + (jd_ut - astronomy::kJ2000) / 365.25;
  return jd_ut + astronomy::delta_t_seconds(year) / 86400.0;
}

// The local day of the new moon of lunation `k`.
date::sys_days new_moon_day(long k, Reckoning reckoning) {
  const double jde = astronomy::new_moon_jde(k);
  const double year = 2000.0 + (jde - astronomy::kJ2000) / 365.25;
  return local_day(jde - astronomy::delta_t_seconds(year) / 86400.0, reckoning);
}

// The principal term (0-11: the sun's longitude / 30°) in force when local day `day` begins.
int term_at_start(date::sys_days day, Reckoning reckoning) {
  const double jd_ut = jd_at_midnight_ut(day) - offset_hours(day, reckoning) / 24.0;
  return static_cast<int>(astronomy::sun_longitude(ut_to_tt(jd_ut)) / 30.0);
}

// The lunation whose month holds the December solstice of civil year `year`: lunar month 11.
long month_11(int year, Reckoning reckoning) {
  const date::sys_days dec31 = date::sys_days{date::year{year} / 12 / 31};
  long k = static_cast<long>(std::floor((jd_at_midnight_ut(dec31) - kFirstNewMoonJde) / kSynodicMonth));
  while (new_moon_day(k, reckoning) > dec31) --k;
  while (new_moon_day(k + 1, reckoning) <= dec31) ++k;
  // The month holding 31 December began between 2 and 31 December. If the sun had already passed
  // 270° (the solstice) when it began, the solstice is in the month before.
  if (term_at_start(new_moon_day(k, reckoning), reckoning) >= 9) --k;
  return k;
}

Calendar build(Reckoning reckoning) {
  Calendar calendar;
  long k = month_11(kFirstLunarYear - 1, reckoning);
  for (int year = kFirstLunarYear; year <= kLastLunarYear + 1; ++year) {
    // From month 11 of `year - 1` up to month 11 of `year`: 12 months, or 13 with a leap month.
    const long next = month_11(year, reckoning);
    std::vector<date::sys_days> starts;
    for (long i = k; i <= next; ++i) starts.push_back(new_moon_day(i, reckoning));
    const std::size_t count = starts.size() - 1;
    std::size_t leap_index = 0;  // 0: none (month 11 itself holds the solstice)
    if (count == 13) {
      // The first month after month 11 in which no principal term begins: the sun's term is the
      // same when the month begins and when the next one begins.
      for (std::size_t i = 1; i < count && leap_index == 0; ++i)
        if (term_at_start(starts[i], reckoning) == term_at_start(starts[i + 1], reckoning)) leap_index = i;
    }
    unsigned number = 10;
    bool new_year_seen = false;
    for (std::size_t i = 0; i < count; ++i) {
      const bool leap = i != 0 && i == leap_index;
      if (!leap) number = number % 12 + 1;
      if (number == 1 && !leap) new_year_seen = true;
      const int lunar_year = new_year_seen ? year : year - 1;
      if (lunar_year >= kFirstLunarYear && lunar_year <= kLastLunarYear)
        calendar.months.push_back({starts[i], lunar_year, number, leap});
      else if (lunar_year > kLastLunarYear && calendar.end == date::sys_days{})
        calendar.end = starts[i];
    }
    k = next;
  }
  return calendar;
}

const Calendar& calendar(Reckoning reckoning) {
  switch (reckoning) {
    case Reckoning::utc7: {
      static const Calendar utc7 = build(Reckoning::utc7);
      return utc7;
    }
    case Reckoning::china: {
      static const Calendar china = build(Reckoning::china);
      return china;
    }
    case Reckoning::vietnam: break;
  }
  static const Calendar vietnam = build(Reckoning::vietnam);
  return vietnam;
}

// The month (and the day after it) of lunar year/month/leap, or nullptr.
const Month* find_month(const Calendar& c, int year, unsigned number, bool leap, date::sys_days* end) {
  auto first = std::lower_bound(c.months.begin(), c.months.end(), year,
                                [](const Month& m, int y) { return m.year < y; });
  for (auto it = first; it != c.months.end() && it->year == year; ++it) {
    if (it->number != number || it->leap != leap) continue;
    *end = std::next(it) == c.months.end() ? c.end : std::next(it)->first;
    return &*it;
  }
  return nullptr;
}

}  // namespace

std::optional<date::year_month_day> to_solar(LunarDate lunar, Reckoning reckoning) {
  if (lunar.day < 1 || lunar.day > 30) return std::nullopt;
  date::sys_days end;
  const Month* month = find_month(calendar(reckoning), lunar.year, lunar.month, lunar.leap, &end);
  if (!month) return std::nullopt;
  const date::sys_days day = month->first + date::days{lunar.day - 1};
  if (day >= end) return std::nullopt;
  return date::year_month_day{day};
}

std::optional<LunarDate> to_lunar(date::year_month_day solar, Reckoning reckoning) {
  if (!solar.ok()) return std::nullopt;
  const Calendar& c = calendar(reckoning);
  const date::sys_days day{solar};
  if (c.months.empty() || day < c.months.front().first || day >= c.end) return std::nullopt;
  auto after = std::upper_bound(c.months.begin(), c.months.end(), day,
                                [](date::sys_days d, const Month& m) { return d < m.first; });
  const Month& month = *std::prev(after);
  const auto day_of_month = static_cast<unsigned>((day - month.first).count() + 1);
  return LunarDate{month.year, month.number, day_of_month, month.leap};
}

std::optional<unsigned> leap_month(int lunar_year, Reckoning reckoning) {
  const Calendar& c = calendar(reckoning);
  auto first = std::lower_bound(c.months.begin(), c.months.end(), lunar_year,
                                [](const Month& m, int y) { return m.year < y; });
  for (auto it = first; it != c.months.end() && it->year == lunar_year; ++it)
    if (it->leap) return it->number;
  return std::nullopt;
}

std::optional<unsigned> days_in_month(int lunar_year, unsigned month, bool leap, Reckoning reckoning) {
  date::sys_days end;
  const Month* m = find_month(calendar(reckoning), lunar_year, month, leap, &end);
  if (!m) return std::nullopt;
  return static_cast<unsigned>((end - m->first).count());
}

// ---------------------------------------------------------------------------------------------
// Can-chi: the sexagenary cycle of ten heavenly stems (can) and twelve earthly branches (chi).
// Year 4 of the common era was Giáp Tý; a lunar year's name follows its number.
// ---------------------------------------------------------------------------------------------
namespace {

constexpr std::array<std::string_view, 10> kStems = {"Giáp", "Ất",   "Bính", "Đinh", "Mậu",
                                                     "Kỷ",   "Canh", "Tân",  "Nhâm", "Quý"};
constexpr std::array<std::string_view, 12> kBranches = {"Tý",   "Sửu", "Dần",  "Mão", "Thìn", "Tỵ",
                                                        "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"};
// Other spellings of a branch in use.
struct Spelling {
  std::string_view spelling;
  int branch;
};
constexpr Spelling kBranchSpellings[] = {{"Tị", 5}, {"Mẹo", 3}};

int floor_mod(int a, int n) { return ((a % n) + n) % n; }

std::optional<int> stem_of(std::string_view word) {
  const std::string folded = fold_for_lookup(word);
  for (std::size_t i = 0; i < kStems.size(); ++i)
    if (fold_for_lookup(kStems[i]) == folded) return static_cast<int>(i);
  return std::nullopt;
}

std::optional<int> branch_of(std::string_view word) {
  const std::string folded = fold_for_lookup(word);
  for (std::size_t i = 0; i < kBranches.size(); ++i)
    if (fold_for_lookup(kBranches[i]) == folded) return static_cast<int>(i);
  for (const Spelling& s : kBranchSpellings)
    if (fold_for_lookup(s.spelling) == folded) return s.branch;
  return std::nullopt;
}

}  // namespace

std::string can_chi_year(int lunar_year) {
  std::string name(kStems[static_cast<std::size_t>(floor_mod(lunar_year - 4, 10))]);
  name += ' ';
  name += kBranches[static_cast<std::size_t>(floor_mod(lunar_year - 4, 12))];
  return name;
}

std::optional<int> can_chi_index(std::string_view name) {
  const std::string folded = fold_for_lookup(name);
  const std::size_t space = folded.find(' ');
  if (space == std::string::npos) return std::nullopt;
  const auto stem = stem_of(std::string_view(folded).substr(0, space));
  const auto branch = branch_of(std::string_view(folded).substr(space + 1));
  if (!stem || !branch || *stem % 2 != *branch % 2) return std::nullopt;  // "Giáp Sửu" is no name
  // The position p with p ≡ stem (mod 10) and p ≡ branch (mod 12).
  for (int p = *stem; p < 60; p += 10)
    if (p % 12 == *branch) return p;
  return std::nullopt;
}

std::optional<int> nearest_can_chi_year(std::string_view name, int year) {
  const auto index = can_chi_index(name);
  if (!index) return std::nullopt;
  const int at_or_before = year - floor_mod(year - 4 - *index, 60);
  const int after = at_or_before + 60;
  return year - at_or_before < after - year ? at_or_before : after;
}

std::vector<int> can_chi_years(std::string_view name, int from, int to) {
  std::vector<int> years;
  const auto index = can_chi_index(name);
  if (!index) return years;
  for (int y = from + floor_mod(4 + *index - from, 60); y <= to; y += 60) years.push_back(y);
  return years;
}

}  // namespace biennien
