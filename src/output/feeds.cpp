#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <string_view>

#include "biennien/output.hpp"
#include "common.hpp"

namespace biennien {

FeedSpec FeedSpec::all() { return {"all", "Biên niên: tất cả sự kiện", {}}; }

FeedSpec FeedSpec::of(const Organisation& organisation, std::vector<std::string> with_ids) {
  if (std::find(with_ids.begin(), with_ids.end(), organisation.id) == with_ids.end())
    with_ids.insert(with_ids.begin(), organisation.id);
  return {organisation.id, organisation.name, std::move(with_ids)};
}

namespace {

bool meets(const TimelineEvent& event, const FeedSpec& feed) {
  if (feed.organisations.empty()) return true;
  return std::any_of(event.organisations.begin(), event.organisations.end(), [&](const std::string& id) {
    return std::find(feed.organisations.begin(), feed.organisations.end(), id) != feed.organisations.end();
  });
}

// Whether `event` goes into the feeds that it meets: in_feeds() with a span libical can write.
bool in_a_feed(const TimelineEvent& event) {
  if (!event.in_feeds()) return false;
  const auto when = output::span(event);
  return when && output::writable(*when);
}

}  // namespace

std::vector<const TimelineEvent*> feed_events(const Timeline& timeline, const FeedSpec& feed) {
  std::vector<const TimelineEvent*> events;
  for (const TimelineEvent& event : timeline.events)
    if (meets(event, feed) && in_a_feed(event)) events.push_back(&event);
  return events;
}

std::vector<FeedSpec> feeds(const Timeline& timeline) {
  std::vector<FeedSpec> specs{FeedSpec::all()};
  std::map<std::string, const Organisation*> by_id;
  for (const Organisation& organisation : timeline.organisations) by_id.emplace(organisation.id, &organisation);
  std::set<std::string_view> organising;  // the ids of the organisations of feed events
  for (const TimelineEvent& event : timeline.events)
    if (in_a_feed(event)) organising.insert(event.organisations.begin(), event.organisations.end());
  for (const auto& [id, organisation] : by_id)
    if (organising.contains(id)) specs.push_back(FeedSpec::of(*organisation, {id}));
  return specs;
}

}  // namespace biennien

namespace biennien {

std::optional<std::string> window_start(std::string_view window, std::string_view newest) {
  if (window.size() < 2 || newest.size() < 10) return std::nullopt;
  const char unit = window.back();
  const std::string_view digits = window.substr(0, window.size() - 1);
  int count = 0;
  auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), count);
  if (error != std::errc{} || end != digits.data() + digits.size() || count < 1 || count > 100'000) return std::nullopt;
  auto day = output::vietnam_time(newest.substr(0, 10));
  if (!day) return std::nullopt;
  date::year_month_day ymd{date::floor<date::days>(*day)};
  date::sys_days first;
  auto clamped = [](date::year_month_day moved) {  // 31 August - 6 months: the last day of February
    return moved.ok() ? date::sys_days{moved} : date::sys_days{moved.year() / moved.month() / date::last};
  };
  switch (unit) {
    case 'y': first = clamped(ymd - date::years{count}); break;
    case 'm': first = clamped(ymd - date::months{count}); break;
    case 'w': first = date::sys_days{ymd} - date::days{7 * count}; break;
    case 'd': first = date::sys_days{ymd} - date::days{count}; break;
    default: return std::nullopt;
  }
  return date::format("%Y-%m-%d", first);
}

}  // namespace biennien
