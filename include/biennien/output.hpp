// Stage 8, output: a Timeline as iCalendar feeds, timeline JSON and CSV, written atomically.
//
//   std::string ics = biennien::write_ics(timeline, biennien::FeedSpec::all());
//   biennien::write_file_atomically(dir / "calendars/all.ics", ics);
//
// Feeds are written with libical: VCALENDAR with PRODID, VERSION, CALSCALE, NAME, X-WR-CALNAME and
// no METHOD; a VEVENT per event in the feed with a UID that is the event id, DTSTAMP in UTC taken
// from the data, all-day events as VALUE=DATE with an exclusive DTEND, timed events with
// TZID=Asia/Ho_Chi_Minh and the one-block VTIMEZONE written here (libical's built-in zone for Ho
// Chi Minh City is wrong), SUMMARY, DESCRIPTION quoting the source sentence, URL when known.
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
  static FeedSpec all();
  static FeedSpec of(const Organisation& organisation, std::vector<std::string> with_ids);
};

std::string write_ics(const Timeline& timeline, const FeedSpec& feed);
// The timeline JSON of DESIGN.md (schema: docs/timeline.schema.json), pretty-printed, ending "\n".
std::string write_timeline_json(const Timeline& timeline);
// The events of `feed` as JSON (the timeline format restricted to them).
std::string write_events_json(const Timeline& timeline, const FeedSpec& feed);
// RFC 4180 CSV with a header row: id,start,end,all_day,title,organisations,kind,location,value,
// provenance,confidence,article,url,sentence.
std::string write_csv(const Timeline& timeline, const FeedSpec& feed);

// Writes `bytes` to a temporary file in the same folder, flushes it to disk and renames it over
// `path`, creating folders as needed: a reader sees the old file or the new one, never half.
Expected<bool> write_file_atomically(const std::filesystem::path& path, std::string_view bytes);

}  // namespace biennien
