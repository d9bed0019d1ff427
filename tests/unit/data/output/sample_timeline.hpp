// A small hand-built Timeline for the output tests, and golden-file comparison.
//
// Regenerate the golden files after an intended change of format:
//   BIENNIEN_UPDATE_GOLDEN=1 ctest --test-dir build/debug -R unit.output
#pragma once
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "biennien/output.hpp"

namespace biennien::test {

inline TimelineEvent sample_event(std::string id, std::string title, std::string start, std::string end,
                                  std::vector<std::string> organisations) {
  TimelineEvent event;
  event.id = std::move(id);
  event.title = std::move(title);
  event.start = std::move(start);
  event.end = std::move(end);
  event.value = event.start.substr(0, 10);
  event.organisations = std::move(organisations);
  return event;
}

// Field by field, so that fields added to Organisation keep their defaults.
inline Organisation sample_organisation(std::string id, std::string name, std::vector<std::string> aliases,
                                        std::string parent, std::string color) {
  Organisation organisation;
  organisation.id = std::move(id);
  organisation.name = std::move(name);
  organisation.aliases = std::move(aliases);
  organisation.parent = std::move(parent);
  organisation.color = std::move(color);
  return organisation;
}

inline EventSource sample_source(const std::string& article, std::string published, std::string sentence) {
  EventSource source;
  source.article = article;
  source.title = "Tin Đoàn: " + article;
  source.url = "https://doan.example.vn/" + article + ".html";
  source.published = std::move(published);
  source.sentence = std::move(sentence);
  source.start = 120;
  source.end = 240;
  return source;
}

// Three units (Trung ương Đoàn > Thành đoàn Hà Nội > Quận đoàn Hoàn Kiếm) and six events: four in
// the feeds (all-day, timed, part of day, several days) and two not (month precision, no organiser).
inline Timeline sample_timeline() {
  Timeline timeline;
  timeline.generated = "2024-07-16";
  timeline.organisations = {
      sample_organisation("quan-doan-hoan-kiem", "Quận đoàn Hoàn Kiếm", {"QĐ Hoàn Kiếm"}, "thanh-doan-ha-noi", "#2E7D32"),
      sample_organisation("thanh-doan-ha-noi", "Thành đoàn Hà Nội", {"Thành Đoàn Hà Nội", "TĐ Hà Nội"}, "trung-uong-doan",
                          "#1565C0"),
      sample_organisation("trung-uong-doan", "Trung ương Đoàn", {}, "", ""),
  };

  TimelineEvent review = sample_event("0a1b2c3d4e5f6071", "Hội nghị tổng kết công tác Đoàn năm 2020",
                                      "2021-01-19", "2021-01-20", {"quan-doan-hoan-kiem"});
  review.kind = "tổng kết";
  review.location = "Nhà văn hóa quận Hoàn Kiếm";
  review.confidence = 0.954;
  review.sources = {sample_source("002_c01c3d43b5a44ba5", "2021-01-19T20:02",
                                  "Ngày 19/1, Quận đoàn Hoàn Kiếm tổ chức Hội nghị tổng kết công tác Đoàn năm 2020.")};

  TimelineEvent opening = sample_event("1b2c3d4e5f607182", "Khai mạc Ngày hội thanh niên sáng tạo",
                                       "2021-06-25T22:00:00+07:00", "2021-06-25T22:00:00+07:00", {"thanh-doan-ha-noi"});
  opening.all_day = false;
  opening.precision = Precision::minute;
  opening.value = "2021-06-25T22:00";
  opening.provenance = Provenance::publication;
  opening.kind = "khai mạc";
  opening.confidence = 0.8;
  opening.sources = {sample_source("001_b8aaae8431df2079", "2021-06-25T22:00",
                                   "Tối 25/6, Thành đoàn Hà Nội khai mạc Ngày hội thanh niên sáng tạo."),
                     sample_source("004_e12847725731ec93", "2021-06-26",
                                   "Thành đoàn đã khai mạc Ngày hội vào 22h ngày 25/6.")};

  TimelineEvent launch = sample_event("2c3d4e5f60718293", "Phát động Tháng Thanh niên", "2024-06-21", "2024-06-22",
                                      {"trung-uong-doan"});
  launch.part_of_day = PartOfDay::morning;
  launch.precision = Precision::part_of_day;
  launch.value = "2024-06-21TMO";
  launch.provenance = Provenance::weekday;
  launch.kind = "phát động";
  launch.confidence = 0.7;

  TimelineEvent month = sample_event("3d4e5f6071829304", "Chiến dịch tình nguyện hè", "2024-07", "2024-08",
                                     {"thanh-doan-ha-noi"});
  month.precision = Precision::month;
  month.value = "2024-07";

  TimelineEvent camp = sample_event("4e5f607182930415", "Trại hè thanh niên", "2024-07-01", "2024-07-06",
                                    {"quan-doan-hoan-kiem", "thanh-doan-ha-noi"});
  camp.value = "2024-07-01/2024-07-05";
  camp.provenance = Provenance::context;
  camp.sources = {sample_source("003_dcd593660c5d2fcc", "2024-06-30T08:00:00+07:00",
                                "Từ ngày 1 đến 5/7, \"Trại hè\" diễn ra tại Ba Vì, Hà Nội.")};

  TimelineEvent orphan = sample_event("5f60718293041526", "Hội thảo không rõ đơn vị", "2024-07-16", "2024-07-17", {});

  timeline.events = {review, opening, launch, month, camp, orphan};
  return timeline;
}

// Compares `actual` with the golden file tests/unit/data/output/<name>, byte for byte; with
// BIENNIEN_UPDATE_GOLDEN=1 in the environment it writes the file instead.
inline void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = BIENNIEN_SOURCE_DIR "/tests/unit/data/output/" + name;
  if (const char* update = std::getenv("BIENNIEN_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    auto written = write_file_atomically(path, actual);
    REQUIRE_MESSAGE(written, (written ? "" : written.error().to_string()));
    MESSAGE("updated " << path);
    return;
  }
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "missing golden file " << path << " (BIENNIEN_UPDATE_GOLDEN=1 writes it)");
  std::ostringstream expected;
  expected << in.rdbuf();
  CHECK_MESSAGE(actual == expected.str(), "differs from " << path << " (BIENNIEN_UPDATE_GOLDEN=1 rewrites it)");
}

}  // namespace biennien::test
