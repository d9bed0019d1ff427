// Helpers shared by the writers of stage 8 (not part of the public interface).
#pragma once
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

// "day", "part_of_day", "season" ...
const char* precision_word(Precision precision);
// "sáng" "trưa" "chiều" "tối" "đêm", or "" for none.
const char* part_of_day_word(PartOfDay part);
// `value` with two decimals: "0.90".
std::string two_decimals(double value);

}  // namespace biennien::output
