#include <doctest/doctest.h>

#include <algorithm>

#include "biennien/timeline.hpp"

using namespace biennien;

namespace {

OrganisationRegistry registry() {
  auto r = OrganisationRegistry::parse(R"({"organisations": [
    {"id": "trung-uong-doan", "name": "Trung ương Đoàn", "aliases": [], "parent": "", "color": "#c62828"},
    {"id": "thanh-doan-ha-noi", "name": "Thành đoàn Hà Nội", "aliases": [], "parent": "trung-uong-doan", "color": "#1565c0"},
    {"id": "quan-doan-hoan-kiem", "name": "Quận đoàn Hoàn Kiếm", "aliases": [], "parent": "thanh-doan-ha-noi", "color": "#2e7d32"}
  ]})", "test.json");
  REQUIRE(r);
  return *r;
}

Event event_on(int year, unsigned month, unsigned day, std::string org, std::string article,
               std::string published, std::string title = "Hội nghị tổng kết") {
  Event e;
  e.title = std::move(title);
  e.kind = "tổng kết";
  e.when.start.precision = Precision::day;
  e.when.start.year = year;
  e.when.start.month = month;
  e.when.start.day = day;
  e.value = timex_value(e.when);
  if (!org.empty()) e.organisations.push_back(std::move(org));
  e.source.article = std::move(article);
  e.source.published = std::move(published);
  e.source.sentence = "Câu nguồn.";
  return e;
}

}  // namespace

TEST_CASE("the same event reported by two articles is one event with both sources") {
  const auto reg = registry();
  const Timeline t = build_timeline({event_on(2021, 1, 19, "thanh-doan-ha-noi", "b", "2021-01-20", "Tổng kết năm 2020"),
                                     event_on(2021, 1, 19, "thanh-doan-ha-noi", "a", "2021-01-19T20:02")},
                                    reg);
  REQUIRE(t.events.size() == 1);
  const TimelineEvent& e = t.events[0];
  CHECK(e.start == "2021-01-19");
  CHECK(e.end == "2021-01-20");
  CHECK(e.all_day);
  REQUIRE(e.sources.size() == 2);
  CHECK(e.sources[0].article == "a");  // the earliest report first, and it names the event
  CHECK(e.title == "Hội nghị tổng kết");
  CHECK(t.generated == "2021-01-20");
  CHECK(e.in_feeds());
}

TEST_CASE("an event's id does not change when more articles arrive or the title is corrected") {
  const auto reg = registry();
  const Timeline one = build_timeline({event_on(2021, 1, 19, "thanh-doan-ha-noi", "a", "2021-01-19")}, reg);
  const Timeline more = build_timeline({event_on(2020, 5, 1, "trung-uong-doan", "x", "2020-05-01"),
                                        event_on(2021, 1, 19, "thanh-doan-ha-noi", "c", "2021-01-18", "Tên đã sửa"),
                                        event_on(2021, 1, 19, "thanh-doan-ha-noi", "a", "2021-01-19")},
                                       reg);
  REQUIRE(more.events.size() == 2);
  CHECK(more.events[1].id == one.events[0].id);
  CHECK(one.events[0].id.size() == 16);
}

TEST_CASE("different organisers on the same day are different events, ordered by start then id") {
  const auto reg = registry();
  const Timeline t = build_timeline({event_on(2021, 1, 19, "thanh-doan-ha-noi", "a", "2021-01-19"),
                                     event_on(2021, 1, 19, "quan-doan-hoan-kiem", "b", "2021-01-19"),
                                     event_on(2020, 1, 1, "quan-doan-hoan-kiem", "c", "2020-01-01")},
                                    reg);
  REQUIRE(t.events.size() == 3);
  CHECK(t.events[0].start == "2020-01-01");
  CHECK(t.events[1].id < t.events[2].id);
  // The organisations of the events and their ancestors, by id.
  REQUIRE(t.organisations.size() == 3);
  CHECK(t.organisations[0].id == "quan-doan-hoan-kiem");
  CHECK(t.organisations[2].id == "trung-uong-doan");
}

TEST_CASE("placing coarser dates, ranges, clock times and unknown years") {
  const auto reg = registry();
  Event season = event_on(2020, 0, 0, "", "s", "2020-05-01", "Chiến dịch tình nguyện hè");
  season.when.start.precision = Precision::season;
  season.when.start.index = 2;
  Event range = event_on(2024, 7, 1, "trung-uong-doan", "r", "2024-06-01");
  range.when.kind = ExpressionKind::range;
  range.when.end = range.when.start;
  range.when.end.day = 5;
  Event timed = event_on(2021, 6, 25, "thanh-doan-ha-noi", "t", "2021-06-25");
  timed.when.start.precision = Precision::minute;
  timed.when.start.hour = 8;
  timed.when.start.minute = 30;
  Event unknown = event_on(2021, 6, 25, "thanh-doan-ha-noi", "u", "");
  unknown.when.start.year.reset();
  const Timeline t = build_timeline({season, range, timed, unknown}, reg);
  REQUIRE(t.events.size() == 3);  // the event with an unknown year cannot be placed
  CHECK(t.events[0].start == "2020-06-01");
  CHECK(t.events[0].end == "2020-09-01");
  CHECK_FALSE(t.events[0].in_feeds());  // season precision, no organiser: timeline only
  CHECK(t.events[1].start == "2021-06-25T08:30:00+07:00");
  CHECK_FALSE(t.events[1].all_day);
  CHECK(t.events[2].start == "2024-07-01");
  CHECK(t.events[2].end == "2024-07-06");
}

TEST_CASE("the same input gives the same timeline whatever the order of the articles") {
  const auto reg = registry();
  const Event a = event_on(2021, 1, 19, "thanh-doan-ha-noi", "a", "2021-01-19");
  const Event b = event_on(2021, 1, 19, "thanh-doan-ha-noi", "b", "2021-01-19");
  const Timeline ab = build_timeline({a, b}, reg);
  const Timeline ba = build_timeline({b, a}, reg);
  REQUIRE(ab.events.size() == 1);
  CHECK(ab.events[0].id == ba.events[0].id);
  CHECK(ab.events[0].sources[0].article == ba.events[0].sources[0].article);
}

TEST_CASE("reports of one organiser and day under two kinds merge when their titles are alike") {
  const auto reg = registry();
  Event first = event_on(2024, 3, 26, "thanh-doan-ha-noi", "a", "2024-03-26", "Lễ ra quân Tháng Thanh niên năm 2024");
  first.kind = "ra quân";
  Event second = event_on(2024, 3, 26, "thanh-doan-ha-noi", "b", "2024-03-27", "Lễ ra quân Tháng Thanh niên");
  second.kind = "lễ";
  Event other = event_on(2024, 3, 26, "thanh-doan-ha-noi", "c", "2024-03-27", "Hội nghị giao ban công tác Đoàn");
  other.kind = "giao ban";
  const Timeline one = build_timeline({first}, reg);
  const Timeline t = build_timeline({other, second, first}, reg);
  REQUIRE(t.events.size() == 2);
  const auto merged = std::find_if(t.events.begin(), t.events.end(),
                                   [](const TimelineEvent& e) { return e.sources.size() == 2; });
  REQUIRE(merged != t.events.end());
  CHECK(merged->id == one.events[0].id);  // the first report's identity
  CHECK(merged->title == "Lễ ra quân Tháng Thanh niên năm 2024");
}

TEST_CASE("the latest report says whether the event goes ahead") {
  const auto reg = registry();
  Event planned = event_on(2024, 7, 1, "thanh-doan-ha-noi", "a", "2024-06-20");
  planned.status = EventStatus::tentative;
  Event called_off = event_on(2024, 7, 1, "thanh-doan-ha-noi", "b", "2024-06-28");
  called_off.status = EventStatus::cancelled;
  const Timeline t = build_timeline({called_off, planned}, reg);
  REQUIRE(t.events.size() == 1);
  CHECK(t.events[0].status == EventStatus::cancelled);
  CHECK(build_timeline({planned}, reg).events[0].status == EventStatus::tentative);
}
