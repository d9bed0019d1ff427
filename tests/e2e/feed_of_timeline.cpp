// feed_of_timeline TIMELINE.json OUT.ics [MAX_BYTES]: the all-events feed of a timeline JSON written
// by `biennien build`, with the events that have no organiser given a stand-in one ("khong-ro"), so
// that the output stage is tested on every dated event of a large corpus (the bench corpus is
// general news: few of its events have an organiser from the registry). MAX_BYTES defaults to 0,
// no limit. Prints "N events, M left out for size" on stdout.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "biennien/output.hpp"

namespace {

using namespace biennien;

Precision precision_of(const std::string& word) {
  static const std::pair<const char*, Precision> words[] = {
      {"century", Precision::century}, {"decade", Precision::decade},     {"year", Precision::year},
      {"half", Precision::half},       {"quarter", Precision::quarter},   {"season", Precision::season},
      {"month", Precision::month},     {"week", Precision::week},         {"day", Precision::day},
      {"part_of_day", Precision::part_of_day}, {"minute", Precision::minute}};
  for (const auto& [name, precision] : words)
    if (word == name) return precision;
  return Precision::year;
}

Provenance provenance_of(const std::string& word) {
  for (Provenance p : {Provenance::explicit_, Provenance::publication, Provenance::context, Provenance::weekday,
                       Provenance::none})
    if (word == to_string(p)) return p;
  return Provenance::none;
}

PartOfDay part_of(const nlohmann::json& code) {
  for (PartOfDay p : {PartOfDay::morning, PartOfDay::midday, PartOfDay::afternoon, PartOfDay::evening, PartOfDay::night})
    if (code.is_string() && code.get<std::string>() == timex_code(p)) return p;
  return PartOfDay::none;
}

std::string text(const nlohmann::json& value) { return value.is_string() ? value.get<std::string>() : ""; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: feed_of_timeline TIMELINE.json OUT.ics [MAX_BYTES]\n";
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  const nlohmann::json document = nlohmann::json::parse(in, nullptr, false);
  if (document.is_discarded()) {
    std::cerr << argv[1] << ": not JSON\n";
    return 1;
  }
  Timeline timeline;
  timeline.generated = text(document["generated"]);
  for (const auto& item : document["events"]) {
    TimelineEvent event;
    event.id = item["id"];
    event.title = item["title"];
    event.start = item["start"];
    event.end = item["end"];
    event.all_day = item["all_day"];
    event.part_of_day = part_of(item["part_of_day"]);
    event.precision = precision_of(item["precision"]);
    event.value = item["value"];
    event.provenance = provenance_of(item["provenance"]);
    event.organisations = item["organisations"].get<std::vector<std::string>>();
    if (event.organisations.empty()) event.organisations = {"khong-ro"};
    event.location = text(item["location"]);
    event.kind = text(item["kind"]);
    event.confidence = item["confidence"];
    for (const auto& s : item["sources"]) {
      EventSource source;
      source.article = s["article"];
      source.title = text(s["title"]);
      source.url = text(s["url"]);
      source.published = text(s["published"]);
      source.sentence = text(s["sentence"]);
      source.start = s["start"];
      source.end = s["end"];
      event.sources.push_back(std::move(source));
    }
    timeline.events.push_back(std::move(event));
  }
  FeedOptions options;
  options.max_bytes = argc > 3 ? std::stoul(argv[3]) : 0;
  const IcsFeed feed = render_ics(timeline, FeedSpec::all(), options);
  std::ofstream out(argv[2], std::ios::binary);
  out << feed.text;
  if (!out.flush()) {
    std::cerr << argv[2] << ": cannot be written\n";
    return 1;
  }
  std::cout << feed.events << " events, " << feed.too_big << " left out for size\n";
  return 0;
}
