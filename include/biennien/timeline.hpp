// Stage 7, timeline: the events of every article, the same event reported twice merged into one
// with several sources, each with a stable id.
//
//   biennien::Timeline t = biennien::build_timeline(std::move(events), extractor.registry());
//
// Two events are the same when they share the organiser, the start day and the kind, or the
// organiser, the start day and most words of their titles; the merged event keeps the
// earliest-published source's title, the latest source's status, and lists every source. An event's
// id is a hash of what identifies its first report (organiser, start, kind), so it does not change
// when later articles arrive.
// Events are ordered by start, then id; output built from a Timeline is deterministic.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "biennien/events.hpp"

namespace biennien {

struct TimelineEvent {
  std::string id;          // 16 lower-case hex digits
  std::string title;
  std::string start;       // "2024-06-21" (all day) or "2021-06-25T22:00:00+07:00"
  std::string end;         // exclusive: "2024-06-22" for a one-day event; may equal start for a moment
  bool all_day = true;
  PartOfDay part_of_day = PartOfDay::none;
  Precision precision = Precision::day;
  std::string value;       // TIMEX3 value of the event's date
  Provenance provenance = Provenance::explicit_;
  std::vector<std::string> organisations;
  std::string location;
  std::string kind;
  EventStatus status = EventStatus::confirmed;
  double confidence = 1.0;
  std::vector<EventSource> sources;  // ordered by published, then article id

  // Whether the event can go into a calendar feed: at least day precision, an organiser, and years
  // up to 3000 (all libical 3.0 writes back correctly).
  bool in_feeds() const;
};

struct Timeline {
  std::string generated;  // the newest dated anchor among the sources (from the data, never the clock)
  std::vector<Organisation> organisations;  // those with events, and their ancestors, by id
  std::vector<TimelineEvent> events;
};

Timeline build_timeline(std::vector<Event> events, const OrganisationRegistry& registry);

}  // namespace biennien
