#include "common.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <sstream>

namespace biennien::output {

std::optional<date::local_seconds> vietnam_time(std::string_view iso) {
  std::string text(iso);
  if (text.size() == 4) text += "-01-01";
  else if (text.size() == 7) text += "-01";
  if (!text.empty() && (text.back() == 'Z' || text.back() == 'z')) text.replace(text.size() - 1, 1, "+00:00");
  static constexpr std::array formats{"%Y-%m-%dT%H:%M:%S%Ez", "%Y-%m-%dT%H:%M%Ez", "%Y-%m-%dT%H:%M:%S",
                                      "%Y-%m-%dT%H:%M", "%Y-%m-%d"};
  for (const char* format : formats) {
    std::istringstream in(text);
    date::local_seconds local;
    std::chrono::minutes offset = vietnam_offset;
    in >> date::parse(format, local, offset);
    if (!in.fail() && in.peek() == std::char_traits<char>::eof())
      return local - offset + std::chrono::minutes(vietnam_offset);
  }
  return std::nullopt;
}

std::optional<date::sys_seconds> utc_time(std::string_view iso) {
  auto local = vietnam_time(iso);
  if (!local) return std::nullopt;
  return date::sys_seconds{local->time_since_epoch() - vietnam_offset};
}

date::sys_seconds stamp(const TimelineEvent& event) {
  std::optional<date::sys_seconds> newest;
  for (const EventSource& source : event.sources)
    if (auto published = utc_time(source.published); published && (!newest || *published > *newest))
      newest = published;
  if (newest) return *newest;
  auto start = vietnam_time(event.start);
  return date::sys_seconds{start ? date::floor<date::days>(*start).time_since_epoch() : std::chrono::seconds{0}};
}

std::string ical_utc_text(date::sys_seconds moment) { return date::format("%Y%m%dT%H%M%SZ", moment); }

std::optional<Span> span(const TimelineEvent& event) {
  auto start = vietnam_time(event.start);
  if (!start) return std::nullopt;
  std::optional<date::local_seconds> end = vietnam_time(event.end);
  if (end && *end <= *start) end.reset();
  if (!event.all_day) return Span{*start, end ? *end : *start};
  date::local_days first = date::floor<date::days>(*start);
  date::local_days after = end ? date::ceil<date::days>(*end) : first + date::days{1};
  return Span{first, after};
}

bool writable(const Span& span) {
  for (const date::local_seconds moment : {span.start, span.end}) {
    const date::year year = date::year_month_day{date::floor<date::days>(moment)}.year();
    if (year < date::year{1} || year > date::year{3000}) return false;
  }
  return true;
}

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t hash) {
  for (unsigned char c : bytes) hash = (hash ^ c) * 0x100000001b3ULL;
  return hash;
}

const char* precision_word(Precision precision) {
  switch (precision) {
    case Precision::century: return "century";
    case Precision::decade: return "decade";
    case Precision::year: return "year";
    case Precision::half: return "half";
    case Precision::quarter: return "quarter";
    case Precision::season: return "season";
    case Precision::month: return "month";
    case Precision::week: return "week";
    case Precision::day: return "day";
    case Precision::part_of_day: return "part_of_day";
    case Precision::minute: return "minute";
  }
  return "day";
}

const char* part_of_day_word(PartOfDay part) {
  switch (part) {
    case PartOfDay::none: return "";
    case PartOfDay::morning: return "sáng";
    case PartOfDay::midday: return "trưa";
    case PartOfDay::afternoon: return "chiều";
    case PartOfDay::evening: return "tối";
    case PartOfDay::night: return "đêm";
  }
  return "";
}

std::string two_decimals(double value) {
  std::array<char, 32> buffer{};
  double rounded = std::round(value * 100) / 100;
  auto [end, error] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), rounded,
                                    std::chars_format::fixed, 2);
  return error == std::errc{} ? std::string(buffer.data(), end) : std::string("0.00");
}

}  // namespace biennien::output
