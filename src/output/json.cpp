#include <algorithm>
#include <cmath>
#include <set>

#include <nlohmann/json.hpp>

#include "biennien/output.hpp"
#include "common.hpp"

namespace biennien {
namespace {

using Json = nlohmann::ordered_json;

// A string that may be unknown: null when empty.
Json or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json organisation_json(const Organisation& organisation, const std::set<std::string>& with_feed) {
  Json json;
  json["id"] = organisation.id;
  json["name"] = organisation.name;
  json["aliases"] = organisation.aliases;
  json["color"] = or_null(organisation.color);
  json["feed"] = with_feed.count(organisation.id) ? Json("calendars/" + organisation.id + ".ics") : Json(nullptr);
  json["parent"] = or_null(organisation.parent);
  return json;
}

Json source_json(const EventSource& source) {
  Json json;
  json["article"] = source.article;
  json["title"] = source.title;
  json["url"] = or_null(source.url);
  json["published"] = or_null(source.published);
  json["sentence"] = source.sentence;
  json["start"] = source.start;
  json["end"] = source.end;
  return json;
}

Json event_json(const TimelineEvent& event) {
  Json json;
  json["id"] = event.id;
  json["title"] = event.title;
  json["start"] = event.start;
  json["end"] = event.end;
  json["all_day"] = event.all_day;
  json["part_of_day"] = or_null(timex_code(event.part_of_day));
  json["precision"] = output::precision_word(event.precision);
  json["organisations"] = event.organisations;
  json["location"] = or_null(event.location);
  json["kind"] = or_null(event.kind);
  json["status"] = to_string(event.status);
  json["confidence"] = std::round(event.confidence * 100) / 100;
  json["value"] = event.value;
  json["provenance"] = to_string(event.provenance);
  json["sources"] = Json::array();
  for (const EventSource& source : event.sources) json["sources"].push_back(source_json(source));
  return json;
}

std::string document(const Timeline& timeline, const std::vector<const Organisation*>& organisations,
                     const std::vector<const TimelineEvent*>& events) {
  std::set<std::string> with_feed;
  for (const FeedSpec& feed : feeds(timeline)) with_feed.insert(feed.id);
  Json json;
  json["generated"] = or_null(timeline.generated);
  json["organisations"] = Json::array();
  for (const Organisation* organisation : organisations)
    json["organisations"].push_back(organisation_json(*organisation, with_feed));
  json["events"] = Json::array();
  for (const TimelineEvent* event : events) json["events"].push_back(event_json(*event));
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace

std::string write_timeline_json(const Timeline& timeline) {
  std::vector<const Organisation*> organisations;
  for (const Organisation& organisation : timeline.organisations) organisations.push_back(&organisation);
  std::vector<const TimelineEvent*> events;
  for (const TimelineEvent& event : timeline.events) events.push_back(&event);
  return document(timeline, organisations, events);
}

std::string write_events_json(const Timeline& timeline, const FeedSpec& feed) {
  std::vector<const TimelineEvent*> events = feed_events(timeline, feed);
  std::set<std::string> wanted;  // the events' organisations and the units above them
  for (const TimelineEvent* event : events) {
    for (std::string id : event->organisations) {
      while (!id.empty() && wanted.insert(id).second) {
        auto unit = std::find_if(timeline.organisations.begin(), timeline.organisations.end(),
                                 [&](const Organisation& organisation) { return organisation.id == id; });
        id = unit == timeline.organisations.end() ? "" : unit->parent;
      }
    }
  }
  std::vector<const Organisation*> organisations;
  for (const Organisation& organisation : timeline.organisations)
    if (wanted.count(organisation.id)) organisations.push_back(&organisation);
  return document(timeline, organisations, events);
}

}  // namespace biennien
