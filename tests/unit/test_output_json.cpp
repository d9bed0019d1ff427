#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>

#include "biennien/output.hpp"
#include "data/output/sample_timeline.hpp"

using namespace biennien;
using biennien::test::sample_timeline;
using Json = nlohmann::json;

namespace {

Json schema() {
  std::ifstream in(BIENNIEN_SOURCE_DIR "/docs/timeline.schema.json");
  REQUIRE(in);
  Json parsed = Json::parse(in, nullptr, false);
  REQUIRE_FALSE(parsed.is_discarded());
  return parsed;
}

bool has_type(const Json& value, const std::string& type) {
  if (type == "null") return value.is_null();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "integer") return value.is_number_integer();
  if (type == "number") return value.is_number();
  if (type == "array") return value.is_array();
  if (type == "object") return value.is_object();
  return false;
}

// A small structural check of `value` against the part of the schema at `rule`: $ref, type, enum,
// required, additionalProperties false, properties and items. `where` names the place on failure.
void check_shape(const Json& root, const Json& rule, const Json& value, const std::string& where) {
  CAPTURE(where);
  if (rule.contains("$ref")) {
    std::string pointer = rule["$ref"].get<std::string>().substr(1);  // "#/$defs/event" → "/$defs/event"
    return check_shape(root, root.at(Json::json_pointer(pointer)), value, where);
  }
  if (rule.contains("type")) {
    Json types = rule["type"].is_array() ? rule["type"] : Json::array({rule["type"]});
    CHECK(std::any_of(types.begin(), types.end(), [&](const Json& type) { return has_type(value, type); }));
  }
  if (rule.contains("enum")) CHECK(std::find(rule["enum"].begin(), rule["enum"].end(), value) != rule["enum"].end());
  if (rule.contains("required"))
    for (const Json& key : rule["required"]) CHECK_MESSAGE(value.contains(key), "missing " << key);
  if (value.is_object() && rule.contains("properties")) {
    for (const auto& [key, item] : value.items()) {
      bool known = rule["properties"].contains(key);
      if (rule.value("additionalProperties", true) == false) CHECK_MESSAGE(known, "unexpected " << key);
      if (known) check_shape(root, rule["properties"][key], item, where + "/" + key);
    }
  }
  if (value.is_array() && rule.contains("items"))
    for (std::size_t i = 0; i < value.size(); ++i) check_shape(root, rule["items"], value[i], where + "/" + std::to_string(i));
}

}  // namespace

TEST_CASE("the timeline JSON matches the golden file") {
  biennien::test::check_golden("timeline.json", write_timeline_json(sample_timeline()));
}

TEST_CASE("the schema is valid JSON Schema 2020-12 and the written JSON has its shape") {
  Json rules = schema();
  CHECK(rules["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  Json timeline = Json::parse(write_timeline_json(sample_timeline()));
  check_shape(rules, rules, timeline, "");
  check_shape(rules, rules, Json::parse(write_timeline_json(Timeline{})), "(empty)");
  check_shape(rules, rules, Json::parse(write_events_json(sample_timeline(), FeedSpec::all())), "(events)");
}

TEST_CASE("the timeline JSON: fixed key order, nulls for the unknown, words for enums") {
  std::string text = write_timeline_json(sample_timeline());
  CHECK(text.ends_with("}\n"));
  CHECK(text.starts_with("{\n  \"generated\": \"2024-07-16\",\n  \"organisations\": [\n    {\n      \"id\""));
  nlohmann::ordered_json json = nlohmann::ordered_json::parse(text);
  std::vector<std::string> keys;
  for (const auto& [key, value] : json["events"][0].items()) keys.push_back(key);
  CHECK(keys == std::vector<std::string>{"id", "title", "start", "end", "all_day", "part_of_day", "precision",
                                         "organisations", "location", "kind", "status", "confidence", "value",
                                         "provenance", "sources"});

  const auto& organisations = json["organisations"];
  REQUIRE(organisations.size() == 3);
  CHECK(organisations[0]["feed"] == "calendars/quan-doan-hoan-kiem.ics");
  CHECK(organisations[0]["parent"] == "thanh-doan-ha-noi");
  CHECK(organisations[2]["parent"].is_null());
  CHECK(organisations[2]["color"].is_null());

  const auto& events = json["events"];
  REQUIRE(events.size() == 6);
  CHECK(events[0]["confidence"] == 0.95);
  CHECK(events[0]["precision"] == "day");
  CHECK(events[0]["part_of_day"].is_null());
  CHECK(events[1]["all_day"] == false);
  CHECK(events[1]["provenance"] == "publication");
  CHECK(events[1]["location"].is_null());
  CHECK(events[1]["sources"].size() == 2);
  CHECK(events[2]["part_of_day"] == "MO");
  CHECK(events[2]["precision"] == "part_of_day");
  CHECK(events[2]["sources"].empty());
  CHECK(events[3]["precision"] == "month");
  CHECK(events[5]["organisations"].empty());
  CHECK(events[0]["sources"][0]["start"] == 120);
}

TEST_CASE("an organisation has a feed only when its feed has an event") {
  Timeline timeline = sample_timeline();
  timeline.events.erase(timeline.events.begin() + 2);  // the only event of trung-uong-doan's own
  timeline.organisations.push_back({"doan-phuong-trung-van", "Đoàn phường Trung Văn", {}, "", ""});
  timeline.events[2].organisations = {"doan-phuong-trung-van"};  // a month: not in feeds
  Json json = Json::parse(write_timeline_json(timeline));
  CHECK(json["organisations"][3]["id"] == "doan-phuong-trung-van");
  CHECK(json["organisations"][3]["feed"].is_null());
  CHECK(json["organisations"][2]["feed"].is_null());  // its units' events are not its own
  CHECK(json["organisations"][1]["feed"] == "calendars/thanh-doan-ha-noi.ics");
}

TEST_CASE("the events JSON of a feed keeps its events and their organisations with ancestors") {
  Timeline timeline = sample_timeline();
  Json district = Json::parse(write_events_json(timeline, FeedSpec::of(timeline.organisations[0], {})));
  REQUIRE(district["events"].size() == 2);
  CHECK(district["events"][0]["id"] == "0a1b2c3d4e5f6071");
  CHECK(district["events"][1]["id"] == "4e5f607182930415");
  CHECK(district["organisations"].size() == 3);
  Json top = Json::parse(write_events_json(timeline, FeedSpec::of(timeline.organisations[2], {})));
  REQUIRE(top["events"].size() == 1);
  REQUIRE(top["organisations"].size() == 1);
  CHECK(top["organisations"][0]["id"] == "trung-uong-doan");
}

TEST_CASE("JSON output is deterministic and survives invalid UTF-8") {
  Timeline timeline = sample_timeline();
  CHECK(write_timeline_json(timeline) == write_timeline_json(sample_timeline()));
  timeline.events[0].title = "hỏng \xff\xfe";
  Json json = Json::parse(write_timeline_json(timeline));
  CHECK(json["events"][0]["title"] == "hỏng \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("the CSV matches the golden file") {
  biennien::test::check_golden("all.csv", write_csv(sample_timeline(), FeedSpec::all()));
}

TEST_CASE("the CSV is RFC 4180: header, CRLF rows, quoted fields") {
  Timeline timeline = sample_timeline();
  std::string csv = write_csv(timeline, FeedSpec::all());
  CHECK(csv.starts_with("id,start,end,all_day,title,organisations,kind,location,value,provenance,confidence,"
                        "article,url,sentence\r\n"));
  CHECK(csv.find("\r\n4e5f607182930415,2024-07-01,2024-07-06,true,Trại hè thanh niên,"
                 "quan-doan-hoan-kiem;thanh-doan-ha-noi,,,2024-07-01/2024-07-05,context,1.00,"
                 "003_dcd593660c5d2fcc,https://doan.example.vn/003_dcd593660c5d2fcc.html,"
                 "\"Từ ngày 1 đến 5/7, \"\"Trại hè\"\" diễn ra tại Ba Vì, Hà Nội.\"\r\n") != std::string::npos);
  std::size_t rows = 0;
  for (std::size_t at = csv.find("\r\n"); at != std::string::npos; at = csv.find("\r\n", at + 2)) ++rows;
  CHECK(rows == 5);  // header and the four events in feeds

  timeline.events[0].title = "dòng một\ndòng hai";
  csv = write_csv(timeline, FeedSpec::all());
  CHECK(csv.find(",\"dòng một\ndòng hai\",") != std::string::npos);
}

TEST_CASE("CSV fields that start like a formula get a ' in front (OWASP, CSV injection)") {
  Timeline timeline = sample_timeline();
  auto event = std::find_if(timeline.events.begin(), timeline.events.end(),
                            [](const TimelineEvent& e) { return e.id == "0a1b2c3d4e5f6071"; });
  REQUIRE(event != timeline.events.end());
  // The event's whole row, its title and location as given.
  const auto row = [&](const std::string& title, const std::string& location) {
    event->title = title;
    event->location = location;
    const std::string csv = write_csv(timeline, FeedSpec::all());
    const std::size_t start = csv.find("\r\n0a1b2c3d4e5f6071,");
    REQUIRE(start != std::string::npos);
    return csv.substr(start + 2, csv.find("\r\n", start + 2) - start);
  };
  const auto expected = [](const std::string& title, const std::string& location) {
    return "0a1b2c3d4e5f6071,2021-01-19,2021-01-20,true," + title + ",quan-doan-hoan-kiem,tổng kết," + location +
           ",2021-01-19,explicit,0.95,002_c01c3d43b5a44ba5,https://doan.example.vn/002_c01c3d43b5a44ba5.html,"
           "\"Ngày 19/1, Quận đoàn Hoàn Kiếm tổ chức Hội nghị tổng kết công tác Đoàn năm 2020.\"\r\n";
  };
  CHECK(row("=HYPERLINK(\"http://x\",\"y\")", "@SUM(1+1)*cmd|' /C calc'!A0") ==
        expected("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "'@SUM(1+1)*cmd|' /C calc'!A0"));
  CHECK(row("+1", "-2+3") == expected("'+1", "'-2+3"));
  CHECK(row("\tx", "\r=1") == expected("'\tx", "\"'\r=1\""));
  // Only the first character counts: inside the text they are left as they are.
  CHECK(row("Hội nghị = 1 + 1", "Hà Nội - @Ba Vì") == expected("Hội nghị = 1 + 1", "Hà Nội - @Ba Vì"));
  CHECK(row("", "'=1") == expected("", "'=1"));
}
