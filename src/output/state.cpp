// FeedState: what subscribers have seen of each event, carried from one run to the next.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "biennien/output.hpp"
#include "common.hpp"

namespace biennien {
namespace {

using Json = nlohmann::ordered_json;
constexpr int kVersion = 1;

std::string hex16(std::uint64_t value) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(value));
  return text;
}

// What a subscriber sees change: start, end, all day or not, summary, location, and the status when
// it is not "confirmed" (called off, put back, only planned). A confirmed event hashes as before the
// status counted, so that a state written then raises no SEQUENCE for it.
std::string fingerprint(const TimelineEvent& event) {
  std::uint64_t hash = output::fnv1a(event.start);
  for (std::string_view part : {std::string_view(event.end), std::string_view(event.all_day ? "1" : "0"),
                                std::string_view(event.title), std::string_view(event.location)})
    hash = output::fnv1a(part, output::fnv1a("\x1f", hash));
  if (event.status != EventStatus::confirmed) hash = output::fnv1a(to_string(event.status), output::fnv1a("\x1f", hash));
  return hex16(hash);
}

std::vector<std::string> source_keys(const TimelineEvent& event) {
  std::vector<std::string> keys;
  for (const EventSource& source : event.sources) keys.push_back(source.article + "#" + std::to_string(source.start));
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

std::size_t shared(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> both;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(both));
  return both.size();
}

}  // namespace

Expected<FeedState> FeedState::parse(std::string_view json, std::string_view file) {
  const std::string where(file);
  Json document = Json::parse(json, nullptr, false);
  if (document.is_discarded()) return Error{where, "not JSON"};
  if (!document.is_object() || document.value("version", 0) != kVersion || !document.contains("events") ||
      !document["events"].is_array())
    return Error{where, "not a feed state of version " + std::to_string(kVersion) + " ({\"version\": 1, \"events\": [...]})"};
  FeedState state;
  std::set<std::string> uids, events;
  std::size_t index = 0;
  for (const Json& item : document["events"]) {
    const std::string at = "events[" + std::to_string(index++) + "]";
    auto text = [&](const char* key) -> const Json* {
      auto found = item.find(key);
      return found != item.end() && found->is_string() ? &*found : nullptr;
    };
    if (!item.is_object() || !text("uid") || !text("event") || !text("fingerprint") || !text("last_modified") ||
        !item.contains("sequence") || !item["sequence"].is_number_integer() || item["sequence"].get<long long>() < 0 ||
        item["sequence"].get<long long>() > 1'000'000'000 || !item.contains("sources") || !item["sources"].is_array())
      return Error{where, at + ": needs uid, event, sources, fingerprint, sequence (>= 0) and last_modified"};
    FeedRecord record;
    record.uid = item["uid"].get<std::string>();
    record.event = item["event"].get<std::string>();
    record.fingerprint = item["fingerprint"].get<std::string>();
    record.sequence = item["sequence"].get<int>();
    record.last_modified = item["last_modified"].get<std::string>();
    for (const Json& source : item["sources"]) {
      if (!source.is_string()) return Error{where, at + ": sources are strings"};
      record.sources.push_back(source.get<std::string>());
    }
    std::sort(record.sources.begin(), record.sources.end());
    if (record.uid.empty() || !uids.insert(record.uid).second) return Error{where, at + ": uid empty or repeated"};
    if (!events.insert(record.event).second) return Error{where, at + ": event repeated"};
    state.records_.push_back(std::move(record));
  }
  std::sort(state.records_.begin(), state.records_.end(),
            [](const FeedRecord& a, const FeedRecord& b) { return a.event < b.event; });
  return state;
}

FeedState FeedState::update(const FeedState& previous, const Timeline& timeline) {
  const std::vector<const TimelineEvent*> events = feed_events(timeline, FeedSpec::all());
  const std::vector<FeedRecord>& old = previous.records_;
  std::map<std::string, std::size_t> old_by_event, old_by_uid;
  for (std::size_t i = 0; i < old.size(); ++i) old_by_event.emplace(old[i].event, i), old_by_uid.emplace(old[i].uid, i);

  std::vector<std::optional<std::size_t>> taken(events.size());  // the old record each event continues
  std::vector<bool> claimed(old.size(), false);
  std::vector<std::vector<std::string>> sources(events.size());
  for (std::size_t e = 0; e < events.size(); ++e) {
    sources[e] = source_keys(*events[e]);
    if (auto found = old_by_event.find(events[e]->id); found != old_by_event.end()) {
      taken[e] = found->second;
      claimed[found->second] = true;
    }
  }
  // An event whose id is new but which is stated by a sentence an unclaimed old event came from is
  // that event, corrected: it keeps its UID.
  for (std::size_t e = 0; e < events.size(); ++e) {
    if (taken[e]) continue;
    std::size_t best_shared = 0;
    for (std::size_t i = 0; i < old.size(); ++i) {
      if (claimed[i]) continue;
      const std::size_t n = shared(sources[e], old[i].sources);
      if (n > best_shared) best_shared = n, taken[e] = i;  // ties: the first old record, by event id
    }
    if (taken[e]) claimed[*taken[e]] = true;
  }

  FeedState state;
  std::set<std::string> uids;
  for (std::size_t e = 0; e < events.size(); ++e)
    if (taken[e]) uids.insert(old[*taken[e]].uid);
  for (std::size_t e = 0; e < events.size(); ++e) {
    const TimelineEvent& event = *events[e];
    FeedRecord record;
    if (taken[e]) {
      record.uid = old[*taken[e]].uid;
    } else {
      record.uid = event.id + "@biennien";
      for (int n = 2; uids.count(record.uid); ++n) record.uid = event.id + "-" + std::to_string(n) + "@biennien";
      uids.insert(record.uid);
    }
    record.event = event.id;
    record.sources = std::move(sources[e]);
    record.fingerprint = fingerprint(event);
    const std::string stamp = output::ical_utc_text(output::stamp(event));
    // The UID's previous record, whichever event had it: a subscriber's copy has its SEQUENCE.
    if (auto before = old_by_uid.find(record.uid); before != old_by_uid.end()) {
      const FeedRecord& seen = old[before->second];
      const bool changed = seen.fingerprint != record.fingerprint;
      record.sequence = seen.sequence + (changed ? 1 : 0);
      record.last_modified = changed || seen.last_modified.empty() ? stamp : seen.last_modified;
    } else {
      record.last_modified = stamp;
    }
    state.records_.push_back(std::move(record));
  }
  std::sort(state.records_.begin(), state.records_.end(),
            [](const FeedRecord& a, const FeedRecord& b) { return a.event < b.event; });
  return state;
}

const FeedRecord* FeedState::find(std::string_view event_id) const {
  auto found = std::lower_bound(records_.begin(), records_.end(), event_id,
                                [](const FeedRecord& record, std::string_view id) { return record.event < id; });
  return found != records_.end() && found->event == event_id ? &*found : nullptr;
}

std::string FeedState::to_json() const {
  Json document;
  document["version"] = kVersion;
  document["events"] = Json::array();
  for (const FeedRecord& record : records_) {
    Json item;
    item["uid"] = record.uid;
    item["event"] = record.event;
    item["sources"] = record.sources;
    item["fingerprint"] = record.fingerprint;
    item["sequence"] = record.sequence;
    item["last_modified"] = record.last_modified;
    document["events"].push_back(std::move(item));
  }
  return document.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace biennien
