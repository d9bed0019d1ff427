#include <algorithm>
#include <map>

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

}  // namespace

std::vector<const TimelineEvent*> feed_events(const Timeline& timeline, const FeedSpec& feed) {
  std::vector<const TimelineEvent*> events;
  for (const TimelineEvent& event : timeline.events)
    if (event.in_feeds() && output::vietnam_time(event.start) && meets(event, feed)) events.push_back(&event);
  return events;
}

std::vector<FeedSpec> feeds(const Timeline& timeline) {
  std::vector<FeedSpec> specs{FeedSpec::all()};
  std::map<std::string, const Organisation*> by_id;
  for (const Organisation& organisation : timeline.organisations) by_id.emplace(organisation.id, &organisation);
  for (const auto& [id, organisation] : by_id) {
    FeedSpec spec = FeedSpec::of(*organisation, {id});
    if (!feed_events(timeline, spec).empty()) specs.push_back(std::move(spec));
  }
  return specs;
}

}  // namespace biennien
