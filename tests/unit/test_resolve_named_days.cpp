#include <doctest/doctest.h>

#include "biennien/named_days.hpp"

using namespace biennien;
using namespace date::literals;

namespace {

const NamedDayRegistry& registry() {
  static const NamedDayRegistry r = [] {
    auto loaded = NamedDayRegistry::load(RuleFiles::embedded());
    REQUIRE_MESSAGE(loaded, (loaded ? "" : loaded.error().to_string()));
    return *loaded;
  }();
  return r;
}

std::string value_of(std::string_view name, int year) {
  const NamedDay* d = registry().find(name);
  REQUIRE_MESSAGE(d, name);
  const auto e = expression_in(*d, year);
  REQUIRE(e);
  return timex_value(*e);
}

}  // namespace

TEST_CASE("the registry loads and finds days by any name, folding case and tone marks") {
  CHECK(registry().days().size() >= 30);
  const NamedDay* doan = registry().find("Ngày thành lập Đoàn TNCS Hồ Chí Minh");
  REQUIRE(doan);
  CHECK(doan->id == "thanh-lap-doan");
  CHECK(doan->founded == 1931);
  CHECK(registry().find("ngày thành lập đoàn") == doan);
  CHECK(registry().find("NGÀY THÀNH LẬP ĐOÀN") == doan);
  CHECK(registry().find("Ngày  thành lập   Đoàn") == doan);
  CHECK(registry().find("Tết Đoan Ngọ") == registry().find("tết đoan ngọ"));
  CHECK(registry().find("Ngày Thương binh - Liệt sỹ") == registry().find("Ngày Thương binh - Liệt sĩ"));
  CHECK(registry().find("ngày thành lập") == nullptr);
  CHECK(registry().find("") == nullptr);
}

TEST_CASE("every day required by issue 4 is in the registry with its date and founding year") {
  struct Expected_ {
    const char* name;
    NamedDayCalendar calendar;
    unsigned day, month;
    std::optional<int> founded;
  };
  const Expected_ expected[] = {
      {"Quốc khánh", NamedDayCalendar::solar, 2, 9, 1945},
      {"Ngày Giải phóng miền Nam, thống nhất đất nước", NamedDayCalendar::solar, 30, 4, 1975},
      {"Quốc tế Lao động", NamedDayCalendar::solar, 1, 5, 1886},
      {"Ngày Thương binh - Liệt sĩ", NamedDayCalendar::solar, 27, 7, 1947},
      {"Ngày thành lập Đoàn", NamedDayCalendar::solar, 26, 3, 1931},
      {"Ngày thành lập Đội", NamedDayCalendar::solar, 15, 5, 1941},
      {"Ngày Nhà giáo Việt Nam", NamedDayCalendar::solar, 20, 11, 1982},
      {"Ngày Quốc tế Phụ nữ", NamedDayCalendar::solar, 8, 3, 1910},
      {"Ngày thành lập Quân đội nhân dân Việt Nam", NamedDayCalendar::solar, 22, 12, 1944},
      {"Ngày Báo chí Cách mạng Việt Nam", NamedDayCalendar::solar, 21, 6, 1925},
      {"Tết Dương lịch", NamedDayCalendar::solar, 1, 1, std::nullopt},
      {"Giáng sinh", NamedDayCalendar::solar, 25, 12, std::nullopt},
      {"Tết Nguyên đán", NamedDayCalendar::lunar, 1, 1, std::nullopt},
      {"Rằm tháng Giêng", NamedDayCalendar::lunar, 15, 1, std::nullopt},
      {"Giỗ Tổ Hùng Vương", NamedDayCalendar::lunar, 10, 3, std::nullopt},
      {"Tết Đoan ngọ", NamedDayCalendar::lunar, 5, 5, std::nullopt},
      {"Rằm tháng Bảy", NamedDayCalendar::lunar, 15, 7, std::nullopt},
      {"Tết Trung thu", NamedDayCalendar::lunar, 15, 8, std::nullopt},
      {"ông Công ông Táo", NamedDayCalendar::lunar, 23, 12, std::nullopt},
  };
  for (const auto& e : expected) {
    INFO(e.name);
    const NamedDay* d = registry().find(e.name);
    REQUIRE(d);
    CHECK(d->calendar == e.calendar);
    CHECK(d->day == e.day);
    CHECK(d->month == e.month);
    CHECK(d->founded == e.founded);
  }
  // Tết is its first day, as readers and annotators date "dịp Tết".
  const NamedDay* tet = registry().find("Tết Nguyên đán");
  REQUIRE(tet);
  CHECK_FALSE(tet->is_range());
  CHECK(registry().by_id("tet-nguyen-dan") == tet);
  CHECK(tet->names.front() == "Tết Nguyên đán");
  CHECK_FALSE(registry().by_id("khong-co"));
}

TEST_CASE("solar dates of named days: lunar festivals through the lunar calendar") {
  CHECK(registry().solar_date("Quốc khánh", 2025) == 2025_y / 9 / 2);
  CHECK(registry().solar_date("Tết Nguyên đán", 2024) == 2024_y / 2 / 10);
  CHECK(registry().solar_date("Tết Nguyên đán", 2025) == 2025_y / 1 / 29);
  CHECK(registry().solar_date("Tết Trung thu", 2024) == 2024_y / 9 / 17);  // thoidai.com.vn
  CHECK(registry().solar_date("Tết Trung thu", 2025) == 2025_y / 10 / 6);  // vietbao.vn
  CHECK(registry().solar_date("Giỗ Tổ Hùng Vương", 2025) == 2025_y / 4 / 7);  // lawnet.vn
  CHECK(registry().solar_date("Tết Đoan ngọ", 2024) == 2024_y / 6 / 10);
  CHECK(registry().solar_date("Lễ Vu Lan", 2023) == 2023_y / 8 / 30);
  CHECK(registry().solar_date("ông Công ông Táo", 2022) == 2023_y / 1 / 14);  // lunar year 2022
  CHECK(registry().solar_date("Rằm tháng Giêng", 2024) == 2024_y / 2 / 24);
  CHECK_FALSE(registry().solar_date("Tháng Thanh niên", 2024));  // a period, not a day
  CHECK_FALSE(registry().solar_date("Ngày không có", 2024));
  CHECK_FALSE(registry().solar_date("Tết Trung thu", 2500));  // outside the lunar calendar
}

TEST_CASE("anniversaries count from the founding year") {
  CHECK(registry().anniversary_year("Ngày thành lập Đoàn", 90) == 2021);
  CHECK(registry().anniversary("Ngày thành lập Đoàn", 90) == 2021_y / 3 / 26);
  CHECK(registry().anniversary("Quốc khánh", 80) == 2025_y / 9 / 2);
  CHECK(registry().anniversary("Ngày Giải phóng miền Nam", 50) == 2025_y / 4 / 30);
  CHECK(registry().anniversary("Ngày thành lập Quân đội nhân dân Việt Nam", 80) == 2024_y / 12 / 22);
  CHECK(registry().anniversary("Ngày Báo chí Cách mạng Việt Nam", 100) == 2025_y / 6 / 21);
  CHECK(registry().anniversary("Ngày Nhà giáo Việt Nam", 40) == 2022_y / 11 / 20);
  CHECK_FALSE(registry().anniversary_year("Giáng sinh", 10));  // no founding year
  CHECK_FALSE(registry().anniversary_year("Ngày không có", 10));
}

TEST_CASE("a named day of several days is a range of civil days") {
  auto files = RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/tests/unit/data/lunar/ranges");
  REQUIRE(files);
  auto ranges = NamedDayRegistry::load(*files);
  REQUIRE(ranges);
  const NamedDay* tet = ranges->find("Ba ngày Tết");
  REQUIRE(tet);
  CHECK(tet->is_range());
  CHECK(timex_value(*expression_in(*tet, 2024)) == "2024-02-10/2024-02-12");
  CHECK(timex_value(*expression_in(*ranges->find("Lễ hội"), 2025)) == "2025-04-30/2025-05-01");
}

TEST_CASE("named days as expressions: days, ranges, months and seasons") {
  CHECK(value_of("Quốc khánh", 2024) == "2024-09-02");
  CHECK(value_of("Tết Nguyên đán", 2024) == "2024-02-10");
  CHECK(value_of("Tết Nguyên đán", 2025) == "2025-01-29");
  CHECK(value_of("Tháng Thanh niên", 2024) == "2024-03");
  CHECK(value_of("Chiến dịch Thanh niên tình nguyện hè", 2024) == "2024-SU");
  CHECK(value_of("Mùa hè xanh", 2023) == "2023-SU");
  const NamedDay* summer = registry().find("Chiến dịch Thanh niên tình nguyện hè");
  REQUIRE(summer);
  const auto span = solar_span(*summer, 2024);
  REQUIRE(span);
  CHECK(span->first == 2024_y / 6 / 1);
  CHECK(span->last == 2024_y / 8 / 31);
  const auto march = solar_span(*registry().find("Tháng Thanh niên"), 2024);
  REQUIRE(march);
  CHECK(march->first == 2024_y / 3 / 1);
  CHECK(march->last == 2024_y / 3 / 31);
}

TEST_CASE("every named day has a civil date in every year 1900-2100") {
  for (const NamedDay& d : registry().days())
    for (int year = 1900; year <= 2100; ++year) {
      INFO(d.id << " " << year);
      CHECK(solar_span(d, year));
    }
}

TEST_CASE("a bad registry is an error naming file and line") {
  struct Case {
    const char* folder;  // under tests/unit/data/lunar
    const char* where;   // the end of the error's file:line
    const char* message;  // the start of its message
  };
  const Case cases[] = {
      {"bad_date", "resolve/named_days.tsv:3", "no such day"},
      {"duplicate_name", "lists/named_day.tsv:4", "name given twice"},
      {"unnamed", "lists/named_day.tsv:2", "no named day with id `khong-co`"},
      {"nameless", "resolve/named_days.tsv:2", "no name for `nameless`"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.folder);
    auto files = RuleFiles::from_directory(std::string(BIENNIEN_SOURCE_DIR "/tests/unit/data/lunar/") + c.folder);
    REQUIRE(files);
    auto registry = NamedDayRegistry::load(*files);
    REQUIRE_FALSE(registry);
    CHECK(registry.error().where.ends_with(c.where));
    CHECK(registry.error().message.starts_with(c.message));
  }
  auto missing = RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/tests/unit/data/bad_rules");
  REQUIRE(missing);
  CHECK_FALSE(NamedDayRegistry::load(*missing));
}
