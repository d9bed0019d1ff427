// Stage 8, output: a Timeline as iCalendar feeds, timeline JSON and CSV, written atomically.
//
//   biennien::FeedState state = biennien::FeedState::update(previous, timeline);
//   biennien::FeedOptions options{.base_url = "https://example.org/lich/", .state = &state};
//   biennien::IcsFeed feed = biennien::render_ics(timeline, biennien::FeedSpec::all(), options);
//   biennien::write_file_atomically(dir / "calendars/all.ics", feed.text);
//
// Feeds are written with libical (RFC 5545 and RFC 7986): VCALENDAR with PRODID, VERSION, CALSCALE,
// NAME and X-WR-CALNAME, DESCRIPTION, REFRESH-INTERVAL and X-PUBLISHED-TTL, COLOR (the CSS3 colour
// name nearest the organisation's colour) and X-APPLE-CALENDAR-COLOR (its hex), SOURCE and URL when
// the public address is known, no METHOD; a VEVENT per event with the UID "<id>@biennien" (or the
// UID the event had before, from FeedState), DTSTAMP in UTC taken from the data (the newest
// publication among its sources), SEQUENCE and LAST-MODIFIED from FeedState, all-day events and
// multi-day spans as VALUE=DATE with an exclusive DTEND, timed events with TZID=Asia/Ho_Chi_Minh
// and the one-block VTIMEZONE written here (libical's built-in zone for Ho Chi Minh City is
// wrong), SUMMARY, DESCRIPTION quoting the source sentences and saying how the date was worked out,
// LOCATION, URL of the first article, CATEGORIES (the kind) and STATUS (TENTATIVE when the year was
// inferred with low confidence, else CONFIRMED).
// Lines end in CRLF, the last one too; libical escapes text and we fold at 75 octets on character
// boundaries, never inside an escape (fold_content_lines).
// Date-times written without an offset are Vietnam time (+07:00). Every output is byte-deterministic.
#pragma once
#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
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

// The events of `feed`, in timeline order: those in_feeds() with a start and end libical can write
// (years 1-3000) whose organisations meet feed.organisations (every such event when it is empty).
std::vector<const TimelineEvent*> feed_events(const Timeline& timeline, const FeedSpec& feed);
// The feeds to publish: all(), then, by organisation id, each organisation of the timeline that
// organises at least one feed event. An organisation's feed holds its own events only: a subscriber
// to a Thành đoàn wants what the Thành đoàn holds, not every district's activities.
std::vector<FeedSpec> feeds(const Timeline& timeline);

// What a subscriber has seen of each event, kept between runs (the CLI keeps it in
// <out>/.feeds-state.json) so that an event keeps its UID when its id changes (a corrected date or
// kind) and SEQUENCE rises when its start, end, summary or location changes. Losing it only resets
// SEQUENCE and LAST-MODIFIED (and gives a remapped event its own id as UID again).
struct FeedRecord {
  std::string uid;                   // "0a1b2c3d4e5f6071@biennien"
  std::string event;                 // the TimelineEvent::id it was last given to
  std::vector<std::string> sources;  // "<article>#<start>": the sentences that state it, sorted
  std::string fingerprint;           // 16 hex digits: FNV-1a of start, end, all day, summary, location
  int sequence = 0;
  std::string last_modified;         // UTC "20240621T080000Z": the event's DTSTAMP when it last changed
};

class FeedState {
 public:
  // {"version": 1, "events": [{"uid","event","sources","fingerprint","sequence","last_modified"}]};
  // an Error names `file` and says what is wrong.
  static Expected<FeedState> parse(std::string_view json, std::string_view file);
  // The records of every feed event of `timeline`, carried over from `previous`: an event takes the
  // record of its id, else of the previous event that shares the most source sentences with it (an
  // event whose date, kind or organiser was corrected), else a new record with its id as UID. A
  // record's SEQUENCE rises by one and its LAST-MODIFIED moves when its fingerprint changed.
  static FeedState update(const FeedState& previous, const Timeline& timeline);
  // The record of the event with this id; nullptr when there is none.
  const FeedRecord* find(std::string_view event_id) const;
  const std::vector<FeedRecord>& records() const { return records_; }
  // Pretty-printed JSON ending in "\n"; parse(to_json()) gives the same state.
  std::string to_json() const;

 private:
  std::vector<FeedRecord> records_;  // by event id
};

// How feeds are published.
struct FeedOptions {
  // The public address of the site, ending in "/": the calendar's URL (the page) and SOURCE
  // (<base_url>calendars/<id>.ics); neither is written when it is empty.
  std::string base_url;
  // "2023-07-16": events wholly before this day are left out; "" keeps every event.
  std::string since;
  // Beyond this many bytes the oldest events are left out of the feed; 0: no limit.
  std::size_t max_bytes = 1'000'000;
  // UIDs, SEQUENCE and LAST-MODIFIED; nullptr: every event is new (UID from its id, SEQUENCE 0).
  const FeedState* state = nullptr;
};

struct IcsFeed {
  std::string text;           // the iCalendar bytes
  std::size_t events = 0;     // VEVENTs written
  std::size_t too_old = 0;    // events left out because they end before FeedOptions::since
  std::size_t too_big = 0;    // oldest events left out to stay within FeedOptions::max_bytes
  std::string oldest;         // start of the oldest event written, "" when none
};

// The iCalendar feed of `feed`.
IcsFeed render_ics(const Timeline& timeline, const FeedSpec& feed, const FeedOptions& options);
// render_ics(timeline, feed, {}).text: no address, no window, at most 1 MB, every event new.
std::string write_ics(const Timeline& timeline, const FeedSpec& feed);

// What `biennien build` asks of its feeds.
struct PublishOptions {
  std::string base_url;  // "https://example.org/lich" ("/" is added): SOURCE and URL; "" for neither
  std::string window;    // "1y", "6m", "90d": only events from that long before Timeline::generated on
  std::size_t max_bytes = 1'000'000;  // per feed
};
// The file beside the feeds that carries FeedState from one run to the next.
inline constexpr const char* kFeedStateFile = ".feeds-state.json";
// Writes <out>/calendars/<id>.ics for each of feeds(timeline), each atomically, then
// <out>/.feeds-state.json: reads the state of the previous run first (missing: every event new;
// unreadable: said on `log`, every event new). Says on `log` which feeds left their oldest events
// out to stay within max_bytes, and every file that could not be written; false when one could not.
bool publish_feeds(const std::filesystem::path& out, const Timeline& timeline, const PublishOptions& options,
                   std::ostream& log);

// RFC 5545 §3.1 folding of `ical` (CRLF content lines, folded or not): each line of more than 75
// octets is split into lines of at most 75 octets (the continuation space included), only between
// UTF-8 characters, never inside a backslash escape, never before a combining mark, and where it
// can, not next to a space (so that an unfolder that trims spaces loses nothing). Unfolding the
// result gives back the unfolded input. libical 3.0 splits escapes ("\" CRLF " n") and sometimes
// folds inside a line end (CR, fold, LF): we unfold its output and fold again. `ical` holds no raw
// CR or LF inside a value.
std::string fold_content_lines(std::string_view ical);

// The CSS3 colour name (RFC 7986 COLOR) nearest to "#RRGGBB" in CIELAB; nullopt when `hex` is not
// "#RRGGBB".
std::optional<std::string> css3_colour_name(std::string_view hex);

// A window back from the newest data: "1y", "6m", "90d", "2w" (a count, then y m w d).
// The first day of the window that ends on `newest` ("2024-07-16" or a longer ISO value): "1y" from
// 2024-07-16 is "2023-07-16", "6m" from 2024-08-31 is "2024-02-29"; nullopt when `window` or
// `newest` cannot be read.
std::optional<std::string> window_start(std::string_view window, std::string_view newest);
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
