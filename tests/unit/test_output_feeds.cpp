// Feeds as subscribers see them over time: folding, colours, the window, the size limit, the state
// that keeps UIDs and raises SEQUENCE, and publish_feeds on a folder.
#include <doctest/doctest.h>

#include <libical/ical.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "biennien/output.hpp"
#include "data/output/sample_timeline.hpp"

using namespace biennien;
using biennien::test::sample_timeline;

namespace {

std::string unfold(std::string_view ical) {
  std::string out;
  for (std::size_t i = 0; i < ical.size(); ++i) {
    if (ical.compare(i, 3, "\r\n ") == 0) i += 2;
    else out += ical[i];
  }
  return out;
}

// Every physical line: at most 75 octets, CRLF-terminated, never starting inside a UTF-8 character
// or an escape, never ending in a space before a fold.
void check_folding(const std::string& ical) {
  REQUIRE(ical.size() >= 2);
  CHECK(ical.compare(ical.size() - 2, 2, "\r\n") == 0);
  std::size_t at = 0;
  while (at < ical.size()) {
    const std::size_t end = ical.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    CHECK(end - at <= 75);
    CHECK(ical.find_first_of("\r\n", at) == end);
    if (end + 2 < ical.size() && ical[end + 2] == ' ') {  // a fold follows
      const auto next = static_cast<unsigned char>(ical[end + 3]);
      CHECK((next & 0xC0) != 0x80);
      std::size_t backslashes = 0;
      while (backslashes < end - at && ical[end - 1 - backslashes] == '\\') ++backslashes;
      CHECK(backslashes % 2 == 0);
    }
    at = end + 2;
  }
}

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The value of the first unfolded line starting with `name`, after `after` when it is given.
std::string value_of(const std::string& ical, const std::string& name, const std::string& after = "") {
  const std::string text = unfold(ical);
  std::size_t from = after.empty() ? 0 : text.find(after);
  if (from == std::string::npos) return "";
  std::size_t at = text.find("\r\n" + name, from);
  if (at == std::string::npos) return "";
  at += 2 + name.size();
  return text.substr(at, text.find("\r\n", at) - at);
}

struct TempDir {
  std::filesystem::path path;
  TempDir() {
    path = std::filesystem::temp_directory_path() /
           ("biennien-feeds-" + std::to_string(std::random_device{}()) + std::to_string(std::rand()));
    std::filesystem::create_directories(path);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

}  // namespace

TEST_CASE("libical 3.0 folds inside an escape; fold_content_lines does not") {
  // Found by testing libical 3.0.16 with 200,000 random strings: it never splits a UTF-8 character
  // but splits "\n", "\," and "\\" across lines when a line has no ';', ':' or space to break at.
  const std::string value = std::string(73, 'x') + "\n" + std::string(20, 'y');
  icalproperty* property = icalproperty_new_description(value.c_str());
  char* text = icalproperty_as_ical_string_r(property);
  const std::string libical(text);
  icalmemory_free_buffer(text);
  icalproperty_free(property);
  CHECK(libical.find("\\\r\n n") != std::string::npos);  // what we refold

  const std::string ours = fold_content_lines(libical);
  CHECK(ours.find("\\\r\n n") == std::string::npos);
  check_folding(ours);
  CHECK(unfold(ours) == unfold(libical));
}

TEST_CASE("libical 3.0 folds inside a line end; fold_content_lines mends it") {
  // Found by fuzz_writers: a value that fills the line to 75 octets gets its fold between the CR
  // and the LF that end the line ("x" CR CRLF " " LF), a line without CR and a stray CR.
  const std::string value(73, 'x');
  icalproperty* property = icalproperty_new_location(value.c_str());
  char* text = icalproperty_as_ical_string_r(property);
  const std::string libical(text);
  icalmemory_free_buffer(text);
  icalproperty_free(property);
  REQUIRE(libical.find("\r\r\n \n") != std::string::npos);

  const std::string ours = fold_content_lines("BEGIN:VEVENT\r\n" + libical + "END:VEVENT\r\n");
  check_folding(ours);
  CHECK(unfold(ours) == "BEGIN:VEVENT\r\nLOCATION:" + value + "\r\nEND:VEVENT\r\n");
}

TEST_CASE("folding: at most 75 octets, on character boundaries, outside escapes, away from spaces") {
  std::mt19937 random(20240621);
  const std::vector<std::string> pieces = {"a", "Đ", "ệ", "“", "𝄞", " ", "\\,", "\\;", "\\n", "\\\\", ":", ";",
                                           "e\xCC\x81", "x"};  // "e" + combining acute: one character
  for (int round = 0; round < 3000; ++round) {
    std::string line = round % 2 ? "DESCRIPTION:" : "X-WR-CALNAME;VALUE=TEXT:";
    const int length = static_cast<int>(random() % 300);
    for (int i = 0; i < length; ++i) line += pieces[random() % pieces.size()];
    const std::string ical = "BEGIN:VEVENT\r\n" + line + "\r\nEND:VEVENT\r\n";
    const std::string folded = fold_content_lines(ical);
    CAPTURE(line);
    check_folding(folded);
    CHECK(unfold(folded) == ical);
    CHECK(folded.find("\r\n \xCC") == std::string::npos);  // a combining mark stays with its letter
    CHECK(fold_content_lines(folded) == folded);          // folding folded text changes nothing
  }
  // Vietnamese prose breaks inside words rather than next to the spaces between them.
  const std::string prose =
      "SUMMARY:Hội nghị tổng kết công tác Đoàn và phong trào thanh niên Khối Công nhân viên chức năm 2020\r\n";
  const std::string folded = fold_content_lines(prose);
  CHECK(folded.find(" \r\n") == std::string::npos);
  CHECK(folded.find("\r\n  ") == std::string::npos);
  CHECK(unfold(folded) == prose);
}

TEST_CASE("COLOR is the nearest CSS3 colour name; the hex goes to X-APPLE-CALENDAR-COLOR") {
  CHECK(css3_colour_name("#FF0000") == "red");
  CHECK(css3_colour_name("#00ffff") == "aqua");  // aqua and cyan are one colour: the first name
  CHECK(css3_colour_name("#4682B4") == "steelblue");
  CHECK(css3_colour_name("#1565C0") == "royalblue");
  CHECK(css3_colour_name("#2E7D32") == "darkgreen");  // ΔE 13.6, forestgreen 15.6, seagreen 14.3
  CHECK(css3_colour_name("#FE0101") == "red");
  CHECK(!css3_colour_name(""));
  CHECK(!css3_colour_name("red"));
  CHECK(!css3_colour_name("#12345"));
  CHECK(!css3_colour_name("#12345G"));
  CHECK(!css3_colour_name("#-12345"));

  Timeline timeline = sample_timeline();
  const std::string city = write_ics(timeline, feeds(timeline)[2]);
  CHECK(value_of(city, "COLOR:") == "royalblue");
  CHECK(value_of(city, "X-APPLE-CALENDAR-COLOR:") == "#1565C0");
  const std::string all = write_ics(timeline, FeedSpec::all());
  CHECK(all.find("COLOR") == std::string::npos);  // no colour of its own
  const std::string top = write_ics(timeline, feeds(timeline)[3]);
  CHECK(top.find("COLOR") == std::string::npos);  // the registry gives it none
}

TEST_CASE("calendar properties: names, description, refresh, and the address only when known") {
  Timeline timeline = sample_timeline();
  const FeedSpec city = feeds(timeline)[2];
  std::string ics = write_ics(timeline, city);
  CHECK(value_of(ics, "REFRESH-INTERVAL;VALUE=DURATION:") == "PT6H");
  CHECK(value_of(ics, "X-PUBLISHED-TTL:") == "PT6H");
  CHECK(value_of(ics, "X-WR-TIMEZONE:") == "Asia/Ho_Chi_Minh");
  CHECK(value_of(ics, "DESCRIPTION:").find("Thành đoàn Hà Nội") != std::string::npos);
  CHECK(ics.find("SOURCE") == std::string::npos);
  CHECK(ics.find("\r\nURL:https://doan.example.vn/") != std::string::npos);  // the events' articles only
  CHECK(ics.find("\r\nURL:https://lich.example.org") == std::string::npos);

  FeedOptions options;
  options.base_url = "https://lich.example.org/bien-nien/";
  ics = render_ics(timeline, city, options).text;
  CHECK(value_of(ics, "SOURCE;VALUE=URI:") == "https://lich.example.org/bien-nien/calendars/thanh-doan-ha-noi.ics");
  CHECK(value_of(ics, "URL:") == "https://lich.example.org/bien-nien/");
  CHECK(ics.find("URL:https://lich.example.org/bien-nien/") < ics.find("BEGIN:VEVENT"));
}

TEST_CASE("STATUS: TENTATIVE when the year was inferred with low confidence, TRANSP transparent") {
  Timeline timeline = sample_timeline();
  timeline.events[0].provenance = Provenance::publication;
  timeline.events[0].confidence = 0.6;  // the nearest year was far from the article's date
  timeline.events[2].confidence = 0.45;
  timeline.events[2].provenance = Provenance::explicit_;  // a year written out is never tentative
  const std::string ics = write_ics(timeline, FeedSpec::all());
  CHECK(value_of(ics, "STATUS:") == "TENTATIVE");
  CHECK(value_of(ics, "DESCRIPTION:", "UID:0a1b").find("Chưa chắc chắn") != std::string::npos);
  CHECK(value_of(ics, "STATUS:", "UID:2c3d") == "CONFIRMED");
  CHECK(count(ics, "TRANSP:TRANSPARENT") == 4);
}

TEST_CASE("URLs are percent-encoded and a kind is one category: nothing leaves its property") {
  Timeline timeline = sample_timeline();
  timeline.events[0].sources[0].url = " https://tin.example.vn/bài viết?a=1&b=\"x\"\nEND:VEVENT\r\nBEGIN:VEVENT ";
  timeline.events[0].kind = "tổng kết, hội nghị;\nkhác";
  FeedOptions options;
  options.base_url = "https://lịch.example.org/a b/";
  const std::string ics = render_ics(timeline, FeedSpec::all(), options).text;
  check_folding(ics);
  CHECK(ics.find('\n') == ics.find("\r\n") + 1);
  CHECK(count(ics, "\r\nBEGIN:VEVENT\r\n") == 4);
  CHECK(value_of(ics, "URL:", "UID:0a1b") ==
        "https://tin.example.vn/b%C3%A0i%20vi%E1%BA%BFt?a=1&b=%22x%22%0AEND:VEVENT%0D%0ABEGIN:VEVENT");
  CHECK(value_of(ics, "URL:") == "https://l%E1%BB%8Bch.example.org/a%20b/");
  CHECK(value_of(ics, "CATEGORIES:") == "tổng kết  hội nghị  khác");
  icalcomponent* calendar = icalparser_parse_string(ics.c_str());
  REQUIRE(calendar);
  CHECK(icalcomponent_count_errors(calendar) == 0);
  CHECK(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT) == 4);
  icalcomponent_free(calendar);
  timeline.events[0].sources[0].url = "  ";
  CHECK(write_ics(timeline, FeedSpec::all()).find("URL:") == write_ics(timeline, FeedSpec::all()).find("URL:https://doan.example.vn/001"));
}

TEST_CASE("window_start: from that long before the newest day, on the calendar") {
  CHECK(window_start("1y", "2024-07-16") == "2023-07-16");
  CHECK(window_start("1y", "2024-02-29") == "2023-02-28");
  CHECK(window_start("6m", "2024-08-31") == "2024-02-29");
  CHECK(window_start("6m", "2024-07-16T08:00:00+07:00") == "2024-01-16");
  CHECK(window_start("90d", "2024-07-16") == "2024-04-17");
  CHECK(window_start("2w", "2024-07-16") == "2024-07-02");
  CHECK(window_start("12m", "2024-07-16") == window_start("1y", "2024-07-16"));
  for (const char* bad : {"", "y", "1", "0y", "-1y", "1.5y", "1x", "1Y", " 1y", "99999999y"}) {
    CAPTURE(bad);
    CHECK(!window_start(bad, "2024-07-16"));
  }
  CHECK(!window_start("1y", ""));
  CHECK(!window_start("1y", "16/07/2024"));
}

TEST_CASE("the window leaves out events wholly before its first day") {
  Timeline timeline = sample_timeline();  // events on 2021-01-19, 2021-06-25 22:00, 2024-06-21, 2024-07-01..05
  FeedOptions options;
  options.since = "2024-07-03";
  IcsFeed feed = render_ics(timeline, FeedSpec::all(), options);
  CHECK(feed.events == 1);  // the camp runs until 5 July
  CHECK(feed.too_old == 3);
  CHECK(feed.oldest == "2024-07-01");
  CHECK(feed.text.find("VTIMEZONE") == std::string::npos);
  options.since = "2024-07-06";
  CHECK(render_ics(timeline, FeedSpec::all(), options).events == 0);
  options.since = "2021-06-25";
  feed = render_ics(timeline, FeedSpec::all(), options);
  CHECK(feed.events == 3);
  CHECK(feed.text.find("BEGIN:VTIMEZONE") != std::string::npos);
}

TEST_CASE("over the size limit, the oldest events are left out and the feed stays valid") {
  Timeline timeline = sample_timeline();
  const std::string whole = write_ics(timeline, FeedSpec::all());
  FeedOptions options;
  options.max_bytes = whole.size();
  CHECK(render_ics(timeline, FeedSpec::all(), options).too_big == 0);
  options.max_bytes = whole.size() - 1;
  IcsFeed feed = render_ics(timeline, FeedSpec::all(), options);
  CHECK(feed.too_big == 1);
  CHECK(feed.events == 3);
  CHECK(feed.text.size() <= options.max_bytes);
  CHECK(feed.text.find("UID:0a1b2c3d4e5f6071") == std::string::npos);  // 19 January 2021, the oldest
  CHECK(feed.oldest == "2021-06-25T22:00:00+07:00");
  options.max_bytes = 2000;
  feed = render_ics(timeline, FeedSpec::all(), options);
  CHECK(feed.text.size() <= 2000);
  CHECK(feed.events + feed.too_big == 4);
  CHECK(feed.text.find("UID:4e5f607182930415") != std::string::npos);  // the newest stays
  CHECK(feed.text.find("VTIMEZONE") == std::string::npos);              // its timed event went
  icalcomponent* calendar = icalparser_parse_string(feed.text.c_str());
  REQUIRE(calendar);
  CHECK(icalrestriction_check(calendar) == 1);
  CHECK(icalcomponent_count_errors(calendar) == 0);
  icalcomponent_free(calendar);
  options.max_bytes = 10;  // not even the calendar fits: it is written without events
  CHECK(render_ics(timeline, FeedSpec::all(), options).events == 0);
}

TEST_CASE("state: UIDs kept, SEQUENCE raised on a change, LAST-MODIFIED from the data") {
  Timeline timeline = sample_timeline();
  const FeedState first = FeedState::update({}, timeline);
  REQUIRE(first.records().size() == 4);  // the events in feeds
  const FeedRecord* review = first.find("0a1b2c3d4e5f6071");
  REQUIRE(review);
  CHECK(review->uid == "0a1b2c3d4e5f6071@biennien");
  CHECK(review->sequence == 0);
  CHECK(review->last_modified == "20210119T130200Z");
  CHECK(review->sources == std::vector<std::string>{"002_c01c3d43b5a44ba5#120"});
  CHECK(!first.find("3d4e5f6071829304"));  // month precision: not in feeds

  FeedOptions options;
  options.state = &first;
  const std::string before = render_ics(timeline, FeedSpec::all(), options).text;
  CHECK(before == write_ics(timeline, FeedSpec::all()));  // a fresh state is what no state means

  SUBCASE("the same data: the same state and the same bytes") {
    const FeedState again = FeedState::update(first, timeline);
    CHECK(again.to_json() == first.to_json());
    options.state = &again;
    CHECK(render_ics(timeline, FeedSpec::all(), options).text == before);
  }
  SUBCASE("a corrected title or place: same UID, SEQUENCE + 1, newest data time") {
    timeline.events[0].title = "Hội nghị tổng kết công tác Đoàn và phong trào thanh niên năm 2020";
    timeline.events[0].sources.push_back(
        test::sample_source("009_later", "2021-01-21T07:00:00+07:00", "Quận đoàn đã tổng kết công tác Đoàn."));
    const FeedState second = FeedState::update(first, timeline);
    CHECK(second.find("0a1b2c3d4e5f6071")->sequence == 1);
    CHECK(second.find("0a1b2c3d4e5f6071")->last_modified == "20210121T000000Z");
    CHECK(second.find("1b2c3d4e5f607182")->sequence == 0);
    options.state = &second;
    const std::string after = render_ics(timeline, FeedSpec::all(), options).text;
    CHECK(value_of(after, "SEQUENCE:") == "1");
    CHECK(value_of(after, "LAST-MODIFIED:") == "20210121T000000Z");
    CHECK(value_of(after, "UID:") == "0a1b2c3d4e5f6071@biennien");

    const FeedState third = FeedState::update(second, timeline);  // nothing new: nothing rises
    CHECK(third.find("0a1b2c3d4e5f6071")->sequence == 1);
    timeline.events[0].location = "Cung Thiếu nhi Hà Nội";
    CHECK(FeedState::update(third, timeline).find("0a1b2c3d4e5f6071")->sequence == 2);
  }
  SUBCASE("called off, then back on: SEQUENCE rises each time the status changes") {
    timeline.events[0].status = EventStatus::cancelled;  // "hoãn": the feed says STATUS:CANCELLED
    const FeedState second = FeedState::update(first, timeline);
    CHECK(second.find("0a1b2c3d4e5f6071")->sequence == 1);
    CHECK(second.find("1b2c3d4e5f607182")->sequence == 0);
    options.state = &second;
    const std::string after = render_ics(timeline, FeedSpec::all(), options).text;
    CHECK(after.find("STATUS:CANCELLED") != std::string::npos);
    CHECK(FeedState::update(second, timeline).find("0a1b2c3d4e5f6071")->sequence == 1);  // no new change
    timeline.events[0].status = EventStatus::tentative;
    const FeedState third = FeedState::update(second, timeline);
    CHECK(third.find("0a1b2c3d4e5f6071")->sequence == 2);
    timeline.events[0].status = EventStatus::confirmed;
    CHECK(FeedState::update(third, timeline).find("0a1b2c3d4e5f6071")->sequence == 3);
  }
  SUBCASE("sources added without a visible change: SEQUENCE stays") {
    timeline.events[2].sources.push_back(test::sample_source("010_more", "2024-06-22", "Trung ương Đoàn đã phát động."));
    const FeedState second = FeedState::update(first, timeline);
    CHECK(second.find("2c3d4e5f60718293")->sequence == 0);
    CHECK(second.find("2c3d4e5f60718293")->last_modified == "20240621T000000Z");
  }
  SUBCASE("a corrected date gives the event a new id: its sentence keeps the UID") {
    timeline.events[0].id = "ffff000011112222";  // the year re-inferred: organiser+day+kind differ
    timeline.events[0].start = "2022-01-19";
    timeline.events[0].end = "2022-01-20";
    const FeedState second = FeedState::update(first, timeline);
    REQUIRE(second.find("ffff000011112222"));
    CHECK(second.find("ffff000011112222")->uid == "0a1b2c3d4e5f6071@biennien");
    CHECK(second.find("ffff000011112222")->sequence == 1);
    CHECK(!second.find("0a1b2c3d4e5f6071"));
    options.state = &second;
    const std::string after = render_ics(timeline, FeedSpec::all(), options).text;
    CHECK(count(after, "UID:0a1b2c3d4e5f6071@biennien") == 1);
    CHECK(after.find("ffff000011112222") == std::string::npos);

    // Later an event with the old id turns up: it gets a UID of its own, never a duplicate.
    TimelineEvent newcomer = timeline.events[0];
    newcomer.id = "0a1b2c3d4e5f6071";
    newcomer.start = "2021-01-19";
    newcomer.end = "2021-01-20";
    newcomer.sources = {test::sample_source("011_other", "2021-01-19", "Một câu khác.")};
    timeline.events.push_back(newcomer);
    const FeedState third = FeedState::update(second, timeline);
    CHECK(third.find("ffff000011112222")->uid == "0a1b2c3d4e5f6071@biennien");
    CHECK(third.find("0a1b2c3d4e5f6071")->uid == "0a1b2c3d4e5f6071-2@biennien");
  }
  SUBCASE("no state (deleted): UIDs from ids, SEQUENCE from 0; nothing else changes") {
    timeline.events[1].title = "Khai mạc Ngày hội";
    const FeedState changed = FeedState::update(first, timeline);
    const FeedState fresh = FeedState::update({}, timeline);
    CHECK(changed.find("1b2c3d4e5f607182")->sequence == 1);
    CHECK(fresh.find("1b2c3d4e5f607182")->sequence == 0);
    for (const FeedRecord& record : fresh.records()) CHECK(changed.find(record.event)->uid == record.uid);
  }
}

TEST_CASE("state JSON: round trip, and errors that name the file") {
  Timeline timeline = sample_timeline();
  const FeedState state = FeedState::update({}, timeline);
  auto back = FeedState::parse(state.to_json(), ".feeds-state.json");
  REQUIRE(back);
  CHECK(back->to_json() == state.to_json());
  CHECK(state.to_json().back() == '\n');
  for (const char* bad : {"", "[]", "{\"version\": 2, \"events\": []}", "{\"version\": 1}",
                          "{\"version\": 1, \"events\": [{\"uid\": \"a\"}]}",
                          "{\"version\": 1, \"events\": [{\"uid\":\"a\",\"event\":\"b\",\"sources\":[],"
                          "\"fingerprint\":\"c\",\"sequence\":-1,\"last_modified\":\"\"}]}"}) {
    CAPTURE(bad);
    auto parsed = FeedState::parse(bad, "out/.feeds-state.json");
    REQUIRE(!parsed);
    CHECK(parsed.error().where == "out/.feeds-state.json");
  }
  auto empty = FeedState::parse("{\"version\": 1, \"events\": []}", "x");
  REQUIRE(empty);
  CHECK(empty->records().empty());
}

TEST_CASE("publish_feeds: every feed and the state, atomically; reruns are byte-identical") {
  TempDir dir;
  Timeline timeline = sample_timeline();
  std::ostringstream log;
  PublishOptions options;
  options.base_url = "https://lich.example.org";
  REQUIRE(publish_feeds(dir.path, timeline, options, log));
  CHECK(log.str().empty());
  for (const char* feed : {"all", "quan-doan-hoan-kiem", "thanh-doan-ha-noi", "trung-uong-doan"})
    CHECK(std::filesystem::exists(dir.path / "calendars" / (std::string(feed) + ".ics")));
  const std::string all = slurp(dir.path / "calendars/all.ics");
  CHECK(value_of(all, "SOURCE;VALUE=URI:") == "https://lich.example.org/calendars/all.ics");
  REQUIRE(std::filesystem::exists(dir.path / kFeedStateFile));

  REQUIRE(publish_feeds(dir.path, timeline, options, log));
  CHECK(slurp(dir.path / "calendars/all.ics") == all);

  timeline.events[1].title = "Khai mạc Ngày hội thanh niên sáng tạo Thủ đô";
  REQUIRE(publish_feeds(dir.path, timeline, options, log));
  std::string changed = slurp(dir.path / "calendars/all.ics");
  CHECK(value_of(changed, "SEQUENCE:", "UID:1b2c") == "1");
  CHECK(value_of(slurp(dir.path / "calendars/thanh-doan-ha-noi.ics"), "SEQUENCE:") == "1");

  SUBCASE("a deleted state only resets SEQUENCE") {
    std::filesystem::remove(dir.path / kFeedStateFile);
    REQUIRE(publish_feeds(dir.path, timeline, options, log));
    CHECK(log.str().empty());
    const std::string again = slurp(dir.path / "calendars/all.ics");
    CHECK(value_of(again, "SEQUENCE:", "UID:1b2c") == "0");
    CHECK(count(again, "BEGIN:VEVENT") == 4);
  }
  SUBCASE("a broken state is said and replaced") {
    std::ofstream(dir.path / kFeedStateFile) << "{broken";
    REQUIRE(publish_feeds(dir.path, timeline, options, log));
    CHECK(log.str().find(".feeds-state.json: not JSON; SEQUENCE starts again from 0") != std::string::npos);
    CHECK(FeedState::parse(slurp(dir.path / kFeedStateFile), "x"));
  }
  SUBCASE("a window narrows every feed; the size limit is said on the log") {
    options.window = "1y";  // from 2023-07-16: Timeline::generated is 2024-07-16
    REQUIRE(publish_feeds(dir.path, timeline, options, log));
    CHECK(count(slurp(dir.path / "calendars/all.ics"), "BEGIN:VEVENT") == 2);
    CHECK(count(slurp(dir.path / "calendars/quan-doan-hoan-kiem.ics"), "BEGIN:VEVENT") == 1);
    CHECK(count(slurp(dir.path / "calendars/thanh-doan-ha-noi.ics"), "BEGIN:VEVENT") == 1);
    options.window = "";
    options.max_bytes = 3000;
    REQUIRE(publish_feeds(dir.path, timeline, options, log));
    CHECK(log.str().find("calendars/all.ics: the ") != std::string::npos);
    CHECK(log.str().find("oldest events (before ") != std::string::npos);
    CHECK(slurp(dir.path / "calendars/all.ics").size() <= 3000);
  }
  SUBCASE("a folder that cannot be written is an error on the log") {
    std::filesystem::remove_all(dir.path / "calendars");
    std::ofstream(dir.path / "calendars") << "a file where the folder goes";
    CHECK(!publish_feeds(dir.path, timeline, options, log));
    CHECK(log.str().find("calendars/all.ics") != std::string::npos);
  }
}
