#include <doctest/doctest.h>

#include <libical/ical.h>

#include <memory>
#include <string>
#include <vector>

#include "biennien/output.hpp"
#include "data/output/sample_timeline.hpp"

using namespace biennien;
using biennien::test::sample_timeline;

namespace {

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// Parses `ics` back with libical, checks RFC 5545 restrictions and that libical reported nothing.
Component parse_valid(const std::string& ics) {
  Component calendar(icalparser_parse_string(ics.c_str()));
  REQUIRE(calendar);
  REQUIRE(icalcomponent_isa(calendar.get()) == ICAL_VCALENDAR_COMPONENT);
  CHECK(icalrestriction_check(calendar.get()) == 1);
  CHECK(icalcomponent_count_errors(calendar.get()) == 0);
  char* text = icalcomponent_as_ical_string_r(calendar.get());
  CHECK(std::string(text).find("X-LIC-ERROR") == std::string::npos);
  icalmemory_free_buffer(text);
  return calendar;
}

std::vector<icalcomponent*> vevents(icalcomponent* calendar) {
  std::vector<icalcomponent*> events;
  for (icalcomponent* event = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); event;
       event = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
    events.push_back(event);
  return events;
}

// The property as written (name, parameters and value), unfolded: "DTSTART;VALUE=DATE:20240621".
std::string line(icalcomponent* component, icalproperty_kind kind) {
  icalproperty* property = icalcomponent_get_first_property(component, kind);
  if (!property) return "";
  char* text = icalproperty_as_ical_string_r(property);
  std::string written(text);
  icalmemory_free_buffer(text);
  std::string unfolded;
  for (std::size_t i = 0; i < written.size(); ++i) {
    if (written.compare(i, 3, "\r\n ") == 0) i += 2;
    else if (written.compare(i, 2, "\r\n") != 0) unfolded += written[i];
    else ++i;
  }
  return unfolded;
}

std::string summary(icalcomponent* event) {
  return icalproperty_get_summary(icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY));
}

}  // namespace

TEST_CASE("the feed of every event matches the golden file") {
  biennien::test::check_golden("all.ics", write_ics(sample_timeline(), FeedSpec::all()));
}

TEST_CASE("a feed holds the events in feeds, in timeline order, with exact dates") {
  std::string ics = write_ics(sample_timeline(), FeedSpec::all());
  Component calendar = parse_valid(ics);
  CHECK(line(calendar.get(), ICAL_PRODID_PROPERTY) == "PRODID:-//biennien//biennien 0.1//VI");
  CHECK(line(calendar.get(), ICAL_VERSION_PROPERTY) == "VERSION:2.0");
  CHECK(line(calendar.get(), ICAL_CALSCALE_PROPERTY) == "CALSCALE:GREGORIAN");
  CHECK(line(calendar.get(), ICAL_NAME_PROPERTY) == "NAME:Biên niên: tất cả sự kiện");
  CHECK(line(calendar.get(), ICAL_X_PROPERTY) == "X-WR-CALNAME:Biên niên: tất cả sự kiện");
  CHECK(icalcomponent_get_first_property(calendar.get(), ICAL_METHOD_PROPERTY) == nullptr);

  std::vector<icalcomponent*> events = vevents(calendar.get());
  REQUIRE(events.size() == 4);
  CHECK(line(events[0], ICAL_UID_PROPERTY) == "UID:0a1b2c3d4e5f6071@biennien");
  CHECK(line(events[1], ICAL_UID_PROPERTY) == "UID:1b2c3d4e5f607182@biennien");
  CHECK(line(events[2], ICAL_UID_PROPERTY) == "UID:2c3d4e5f60718293@biennien");
  CHECK(line(events[3], ICAL_UID_PROPERTY) == "UID:4e5f607182930415@biennien");

  SUBCASE("all day: VALUE=DATE, DTEND exclusive") {
    CHECK(line(events[0], ICAL_DTSTART_PROPERTY) == "DTSTART;VALUE=DATE:20210119");
    CHECK(line(events[0], ICAL_DTEND_PROPERTY) == "DTEND;VALUE=DATE:20210120");
    CHECK(line(events[3], ICAL_DTSTART_PROPERTY) == "DTSTART;VALUE=DATE:20240701");
    CHECK(line(events[3], ICAL_DTEND_PROPERTY) == "DTEND;VALUE=DATE:20240706");
  }
  SUBCASE("timed: TZID=Asia/Ho_Chi_Minh, no DTEND for a moment") {
    CHECK(line(events[1], ICAL_DTSTART_PROPERTY) == "DTSTART;TZID=Asia/Ho_Chi_Minh:20210625T220000");
    CHECK(line(events[1], ICAL_DTEND_PROPERTY).empty());
  }
  SUBCASE("DTSTAMP: the newest publication in UTC, else the start day at midnight UTC") {
    CHECK(line(events[0], ICAL_DTSTAMP_PROPERTY) == "DTSTAMP:20210119T130200Z");
    CHECK(line(events[1], ICAL_DTSTAMP_PROPERTY) == "DTSTAMP:20210625T170000Z");  // 2021-06-26 in Vietnam
    CHECK(line(events[2], ICAL_DTSTAMP_PROPERTY) == "DTSTAMP:20240621T000000Z");  // no source
  }
  SUBCASE("text properties") {
    CHECK(summary(events[2]) == "Phát động Tháng Thanh niên");
    std::string description = line(events[2], ICAL_DESCRIPTION_PROPERTY);
    CHECK(description.find("Buổi: sáng") != std::string::npos);
    CHECK(description.find("2024-06-21TMO") != std::string::npos);
    CHECK(description.find("[weekday]") != std::string::npos);
    CHECK(description.find("năm suy từ thứ trong tuần") != std::string::npos);
    CHECK(description.find("0.70") != std::string::npos);
    CHECK(line(events[0], ICAL_LOCATION_PROPERTY) == "LOCATION:Nhà văn hóa quận Hoàn Kiếm");
    CHECK(line(events[0], ICAL_URL_PROPERTY) == "URL:https://doan.example.vn/002_c01c3d43b5a44ba5.html");
    CHECK(line(events[0], ICAL_CATEGORIES_PROPERTY) == "CATEGORIES:tổng kết");
    CHECK(line(events[0], ICAL_STATUS_PROPERTY) == "STATUS:CONFIRMED");
    CHECK(line(events[2], ICAL_URL_PROPERTY).empty());
    CHECK(line(events[2], ICAL_LOCATION_PROPERTY).empty());
  }
}

TEST_CASE("a timed event is written in Vietnam time, with its end when it has one") {
  Timeline timeline = sample_timeline();
  timeline.events[1].start = "2021-06-25T15:00:00Z";
  timeline.events[1].end = "2021-06-26T00:30:00+07:00";
  timeline.events[1].sources.clear();
  Component calendar = parse_valid(write_ics(timeline, FeedSpec::all()));
  icalcomponent* event = vevents(calendar.get())[1];
  CHECK(line(event, ICAL_DTSTART_PROPERTY) == "DTSTART;TZID=Asia/Ho_Chi_Minh:20210625T220000");
  CHECK(line(event, ICAL_DTEND_PROPERTY) == "DTEND;TZID=Asia/Ho_Chi_Minh:20210626T003000");
  CHECK(line(event, ICAL_DTSTAMP_PROPERTY) == "DTSTAMP:20210625T000000Z");

  timeline.events[1].start = "25/06/2021";  // not a date this stage can place: left out
  CHECK(vevents(parse_valid(write_ics(timeline, FeedSpec::all())).get()).size() == 3);
}

TEST_CASE("the VTIMEZONE is ours and only present with a timed event") {
  Timeline timeline = sample_timeline();
  Component calendar = parse_valid(write_ics(timeline, FeedSpec::all()));
  icalcomponent* zone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
  REQUIRE(zone);
  CHECK(line(zone, ICAL_TZID_PROPERTY) == "TZID:Asia/Ho_Chi_Minh");
  icalcomponent* standard = icalcomponent_get_first_component(zone, ICAL_XSTANDARD_COMPONENT);
  REQUIRE(standard);
  CHECK(icalcomponent_get_next_component(zone, ICAL_ANY_COMPONENT) == nullptr);
  CHECK(line(standard, ICAL_TZOFFSETFROM_PROPERTY) == "TZOFFSETFROM:+0700");
  CHECK(line(standard, ICAL_TZOFFSETTO_PROPERTY) == "TZOFFSETTO:+0700");
  CHECK(line(standard, ICAL_TZNAME_PROPERTY) == "TZNAME:+07");
  CHECK(line(standard, ICAL_DTSTART_PROPERTY) == "DTSTART:16010101T000000");

  Organisation district = timeline.organisations[0];
  std::string ics = write_ics(timeline, FeedSpec::of(district, {}));
  CHECK(ics.find("VTIMEZONE") == std::string::npos);
  CHECK(vevents(parse_valid(ics).get()).size() == 2);
}

TEST_CASE("an organisation's feed holds its own events, and its units' only when asked") {
  Timeline timeline = sample_timeline();
  std::vector<FeedSpec> specs = feeds(timeline);
  REQUIRE(specs.size() == 4);
  CHECK(specs[0].id == "all");
  CHECK(specs[1].id == "quan-doan-hoan-kiem");
  CHECK(specs[2].id == "thanh-doan-ha-noi");
  CHECK(specs[3].id == "trung-uong-doan");
  CHECK(specs[3].name == "Trung ương Đoàn");
  CHECK(specs[3].organisations == std::vector<std::string>{"trung-uong-doan"});
  CHECK(feed_events(timeline, specs[1]).size() == 2);
  CHECK(feed_events(timeline, specs[2]).size() == 2);  // the camp is the city's and the district's
  CHECK(feed_events(timeline, specs[3]).size() == 1);

  Component city = parse_valid(write_ics(timeline, specs[2]));
  CHECK(line(city.get(), ICAL_NAME_PROPERTY) == "NAME:Thành đoàn Hà Nội");
  CHECK(vevents(city.get()).size() == 2);
  const FeedSpec city_and_units = FeedSpec::of(timeline.organisations[1], {"quan-doan-hoan-kiem"});
  CHECK(city_and_units.organisations == std::vector<std::string>{"thanh-doan-ha-noi", "quan-doan-hoan-kiem"});
  CHECK(feed_events(timeline, city_and_units).size() == 3);

  timeline.events.resize(1);  // only the district's review is left
  CHECK(feeds(timeline).size() == 2);
  timeline.events[0].organisations = {"trung-uong-doan"};
  CHECK(feeds(timeline).size() == 2);
}

TEST_CASE("hostile text stays inside its property") {
  Timeline timeline = sample_timeline();
  std::string long_text = "Hội nghị tổng kết công tác Đoàn";
  for (int i = 0; i < 200; ++i) long_text += " và phong trào thanh thiếu nhi, thành phố Hà Nội;";
  struct Case {
    std::string text, summary;  // what the title is, what SUMMARY reads back
  };
  const std::vector<Case> cases = {
      {"Hội nghị\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil@x\r\nSUMMARY:giả",
       "Hội nghị\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@x\nSUMMARY:giả"},
      {"a;b,c\\d \"e\" : f\nBEGIN:VCALENDAR", "a;b,c\\d \"e\" : f\nBEGIN:VCALENDAR"},
      {"  dòng\rmột\x01\x7f hai\ttab \r\n", "dòng\nmột   hai\ttab"},
      {long_text, long_text},
  };
  for (const Case& hostile : cases) {
    CAPTURE(hostile.text.substr(0, 40));
    timeline.events[0].title = hostile.text;
    timeline.events[0].location = hostile.text;
    timeline.events[0].sources[0].sentence = hostile.text;
    timeline.events[0].sources[0].title = hostile.text;
    std::string ics = write_ics(timeline, FeedSpec::all());
    for (std::size_t at = 0, next; at < ics.size(); at = next + 2) {
      next = ics.find("\r\n", at);
      REQUIRE(next != std::string::npos);
      CHECK(next - at <= 75);                        // folded by libical, at most 75 octets a line
      CHECK(ics.find_first_of("\r\n", at) == next);  // no bare CR or LF
    }
    Component calendar = parse_valid(ics);
    std::vector<icalcomponent*> events = vevents(calendar.get());
    REQUIRE(events.size() == 4);
    CHECK(line(events[0], ICAL_UID_PROPERTY) == "UID:0a1b2c3d4e5f6071@biennien");
    CHECK(summary(events[0]) == hostile.summary);
    CHECK(icalcomponent_count_properties(events[0], ICAL_SUMMARY_PROPERTY) == 1);
  }
}

TEST_CASE("feeds are byte-deterministic and empty feeds are valid") {
  Timeline timeline = sample_timeline();
  CHECK(write_ics(timeline, FeedSpec::all()) == write_ics(sample_timeline(), FeedSpec::all()));
  Component empty = parse_valid(write_ics(Timeline{}, FeedSpec::all()));
  CHECK(vevents(empty.get()).empty());
}
