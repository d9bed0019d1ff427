// Stage 8, output: a Timeline as iCalendar feeds, timeline JSON and CSV, written atomically.
//
//   std::string ics = biennien::write_ics(timeline, biennien::FeedSpec::all());
//   biennien::write_file_atomically(dir / "calendars/all.ics", ics);
//
// Feeds are written with libical: VCALENDAR with PRODID, VERSION, CALSCALE, NAME, X-WR-CALNAME and
// no METHOD; a VEVENT per event in the feed with the UID "<id>@biennien", DTSTAMP in UTC taken
// from the data (the newest publication among its sources), all-day events as VALUE=DATE with an
// exclusive DTEND, timed events with TZID=Asia/Ho_Chi_Minh and the one-block VTIMEZONE written here
// (libical's built-in zone for Ho Chi Minh City is wrong), SUMMARY, DESCRIPTION quoting the source
// sentence, URL when known.
// Date-times written without an offset are Vietnam time (+07:00). Every output is byte-deterministic.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/error.hpp"
#include "biennien/timeline.hpp"

namespace biennien {

// Which events go into one feed, and how the feed names itself.
struct FeedSpec {
  std::string id;    // "all" or an organisation id: the file is calendars/<id>.ics
  std::string name;  // NAME / X-WR-CALNAME
  std::vector<std::string> organisations;  // events of these ids; empty means every event
  // Every event, named "Biên niên: tất cả sự kiện".
  static FeedSpec all();
  // The events of `with_ids` (the organisation's own id is always included; pass the units below
  // it to include theirs too), named after the organisation.
  static FeedSpec of(const Organisation& organisation, std::vector<std::string> with_ids);
};

// The events of `feed`, in timeline order: those in_feeds() with a valid start whose organisations
// meet feed.organisations (every such event when it is empty).
std::vector<const TimelineEvent*> feed_events(const Timeline& timeline, const FeedSpec& feed);
// The feeds to publish: all(), then, by organisation id, each organisation of the timeline that
// organises at least one feed event. An organisation's feed holds its own events only: a subscriber
// to a Thành đoàn wants what the Thành đoàn holds, not every district's activities.
std::vector<FeedSpec> feeds(const Timeline& timeline);

// The iCalendar feed of `feed` (CRLF lines, folded and escaped by libical).
std::string write_ics(const Timeline& timeline, const FeedSpec& feed);
// The timeline JSON of DESIGN.md (schema: docs/timeline.schema.json), pretty-printed, ending "\n".
std::string write_timeline_json(const Timeline& timeline);
// The events of `feed` as JSON: the timeline format restricted to them and to their organisations
// (with ancestors).
std::string write_events_json(const Timeline& timeline, const FeedSpec& feed);
// RFC 4180 CSV with a header row: id,start,end,all_day,title,organisations,kind,location,value,
// provenance,confidence,article,url,sentence; one CRLF row per event of `feed`, its first source.
std::string write_csv(const Timeline& timeline, const FeedSpec& feed);

// Writes `bytes` to a temporary file in the same folder, flushes it to disk and renames it over
// `path`, creating folders as needed: a reader sees the old file or the new one, never half. On
// failure the Error names `path`, the old file is intact and no temporary file is left behind.
Expected<bool> write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace biennien
