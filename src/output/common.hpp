// Helpers shared by the writers of stage 8 (not part of the public interface).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include "biennien/timeline.hpp"

namespace biennien::output {

// Vietnam's offset from UTC: fixed at +07:00 since 1975, so no time-zone database is needed.
inline constexpr std::chrono::hours vietnam_offset{7};

// The wall-clock time in Vietnam of an ISO 8601 value: "2024", "2024-06", "2024-06-21",
// "2024-06-21T15:00", "...T15:00:00", with "Z" or "+07:00"; without an offset it is Vietnam time.
std::optional<date::local_seconds> vietnam_time(std::string_view iso);
// The same moment in UTC.
std::optional<date::sys_seconds> utc_time(std::string_view iso);

// When the event was last revised, from the data: the newest publication among its sources, else
// the start day at 00:00 UTC.
date::sys_seconds stamp(const TimelineEvent& event);
// "20240621T080000Z".
std::string ical_utc_text(date::sys_seconds moment);
// The event as it is placed in a calendar, Vietnam time: [start, end) with whole days for all-day
// events (end at least a day after the start), end == start for a timed event without an end.
struct Span {
  date::local_seconds start, end;
};
// nullopt when the start cannot be read.
std::optional<Span> span(const TimelineEvent& event);
// Whether libical writes the span as dates it reads back: libical 3.0 (Debian 12) takes years 1 to
// 3000 only and writes any other as DTSTART:00000000T000000, which it then rejects (RFC 5545 allows
// 9999). TimelineEvent::in_feeds leaves such events out too; this holds whatever the timeline says.
bool writable(const Span& span);
// 64-bit FNV-1a: the same on every machine and every run.
std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash = 0xcbf29ce484222325ULL);

// "day", "part_of_day", "season" ...
const char* precision_word(Precision precision);
// "sáng" "trưa" "chiều" "tối" "đêm", or "" for none.
const char* part_of_day_word(PartOfDay part);
// `value` with two decimals: "0.90".
std::string two_decimals(double value);

}  // namespace biennien::output
