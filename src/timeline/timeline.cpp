#include "biennien/timeline.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include <date/date.h>

namespace biennien {
namespace {

constexpr std::size_t kMinSimilarWords = 3;  // titles shorter than this are compared by kind only
constexpr double kSimilarShare = 0.7;

// FNV-1a, 64 bits: a hash that is the same on every machine and every run (std::hash is not).
std::uint64_t stable_hash(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string hex16(std::uint64_t value) {
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(value));
  return buffer;
}

std::string iso_day(date::sys_days d) { return date::format("%F", d); }

// The first day of a resolved point and the day after its last, or nothing when the year is unknown.
std::optional<std::pair<date::sys_days, date::sys_days>> day_span(const CalendarPoint& p) {
  if (!p.year) return std::nullopt;
  const date::year y{*p.year};
  auto month_span = [&](unsigned first, unsigned count) {
    const date::year_month start = y / date::month{first};
    return std::pair{date::sys_days{start / 1}, date::sys_days{(start + date::months{count}) / 1}};
  };
  switch (p.precision) {
    case Precision::century:
    case Precision::decade:
      return std::nullopt;
    case Precision::year: return month_span(1, 12);
    case Precision::half: return month_span(p.index == 2 ? 7 : 1, 6);
    case Precision::quarter: return month_span(3 * (std::clamp(p.index, 1u, 4u) - 1) + 1, 3);
    case Precision::season: return month_span(3 * std::clamp(p.index, 1u, 4u), 3);  // SP = March-May
    case Precision::month: return month_span(p.month, 1);
    case Precision::week: {
      const date::sys_days jan4{y / date::January / 4};
      const date::sys_days week1 = jan4 - (date::weekday{jan4} - date::Monday);
      const date::sys_days start = week1 + date::days{7 * (static_cast<int>(p.index) - 1)};
      return std::pair{start, start + date::days{7}};
    }
    case Precision::day:
    case Precision::part_of_day:
    case Precision::minute: {
      const date::year_month_day d{y, date::month{p.month}, date::day{p.day}};
      if (!d.ok()) return std::nullopt;
      return std::pair{date::sys_days{d}, date::sys_days{d} + date::days{1}};
    }
  }
  return std::nullopt;
}

std::string local_time(const CalendarPoint& p) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02u:%02u:00+07:00", *p.year, p.month, p.day,
                p.hour.value_or(0), p.minute.value_or(0));
  return buffer;
}

// Whether `day` has a four-digit year from 1 to 9999, the days TIMEX3, the timeline and iCalendar
// (libical) can write and read back.
bool writable(date::sys_days day) {
  const date::year year = date::year_month_day{day}.year();
  return year >= date::year{1} && year <= date::year{9999};
}

// Places a resolved event on the calendar; false when its date cannot be placed (unknown year) or
// written (a year resolved beyond 9999 or before 1: its first day and the day after its last must
// both be writable, so 31/12/9999 is no event either).
bool place(const Event& event, TimelineEvent& out) {
  const CalendarPoint& first = event.when.start;
  const CalendarPoint& last = event.when.kind == ExpressionKind::range ? event.when.end : event.when.start;
  if (!first.year || !last.year || *first.year < 1 || *first.year > 9999 || *last.year < 1 || *last.year > 9999)
    return false;
  const auto start = day_span(first);
  const auto end = day_span(last);
  if (!start || !end || end->second <= start->first) return false;
  if (!writable(start->first) || !writable(end->second)) return false;
  out.precision = first.precision;
  out.part_of_day = event.when.kind == ExpressionKind::point ? first.part_of_day : PartOfDay::none;
  out.all_day = !(event.when.kind == ExpressionKind::point && first.precision == Precision::minute);
  if (out.all_day) {
    out.start = iso_day(start->first);
    out.end = iso_day(end->second);
  } else {
    out.start = out.end = local_time(first);
  }
  return true;
}

// What makes two reports the same event: the organiser, the start day and the kind (and, for an
// event nobody organises, its title).
std::string identity(const Event& e, const TimelineEvent& placed) {
  std::string key = e.organisations.empty() ? "" : e.organisations.front();
  key += '|';
  key += placed.start.substr(0, 10);
  key += '|';
  key += e.kind;
  if (e.organisations.empty()) key += '|' + fold_for_lookup(e.title);
  return key;
}

bool source_before(const EventSource& a, const EventSource& b) {
  return std::tie(a.published, a.article, a.start) < std::tie(b.published, b.article, b.start);
}

// "organiser|day" of an identity: reports that share it may be the same event under two kinds.
std::string_view organiser_day(std::string_view key) { return key.substr(0, key.find('|', key.find('|') + 1)); }

// The folded words of a title.
std::set<std::string> words_of(std::string_view title) {
  std::set<std::string> words;
  const std::string folded = fold_for_lookup(title);
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i)
    if (i == folded.size() || folded[i] == ' ' || folded[i] == ',' || folded[i] == '"') {
      if (i > start) words.insert(folded.substr(start, i - start));
      start = i + 1;
    }
  return words;
}

// Two titles name the same event when most of the words of the shorter one are in the other.
bool similar_titles(std::string_view a, std::string_view b) {
  const auto x = words_of(a), y = words_of(b);
  const auto& small = x.size() <= y.size() ? x : y;
  const auto& large = x.size() <= y.size() ? y : x;
  if (small.size() < kMinSimilarWords) return false;
  const auto shared = std::count_if(small.begin(), small.end(), [&](const std::string& w) { return large.contains(w); });
  return static_cast<double>(shared) >= kSimilarShare * static_cast<double>(small.size());
}

}  // namespace

bool TimelineEvent::in_feeds() const {
  // libical 3.0 writes and reads years 1 to 3000 only (see src/output/ics.cpp); the timeline holds
  // four-digit years, and `end` (the day after an all-day event) is the later one.
  return !organisations.empty() && precision >= Precision::day && end.substr(0, 4) <= "3000";
}

Timeline build_timeline(std::vector<Event> events, const OrganisationRegistry& registry) {
  // Reports of one event, grouped by identity, then folded in source order so that the result does
  // not depend on the order the articles came in.
  std::map<std::string, std::vector<std::pair<Event, TimelineEvent>>> reports;
  for (Event& e : events) {
    TimelineEvent placed;
    if (!place(e, placed)) continue;
    std::string key = identity(e, placed);
    reports[std::move(key)].emplace_back(std::move(e), std::move(placed));
  }

  // Reports of one organiser on one day under another kind join an earlier group when their titles
  // are alike; a group keeps the id of the identity first reported, so later articles never change it.
  using Group = std::vector<std::pair<Event, TimelineEvent>>;
  std::vector<std::pair<std::string, Group>> groups;  // id key, reports
  // The groups with an organiser, by "organiser|day", in the order of `groups`: a report is compared
  // only with the groups of its organiser and day, so the grouping is linear in the events.
  std::map<std::string, std::vector<std::size_t>, std::less<>> by_organiser_day;
  for (auto& [key, group] : reports)
    std::sort(group.begin(), group.end(),
              [](const auto& a, const auto& b) { return source_before(a.first.source, b.first.source); });
  std::vector<std::pair<std::string, Group*>> ordered;
  for (auto& [key, group] : reports) ordered.emplace_back(key, &group);
  std::sort(ordered.begin(), ordered.end(), [](const auto& a, const auto& b) {
    const EventSource& x = a.second->front().first.source;
    const EventSource& y = b.second->front().first.source;
    return source_before(x, y) || (!source_before(y, x) && a.first < b.first);
  });
  for (auto& [key, group] : ordered) {
    std::vector<std::size_t>& candidates = by_organiser_day[std::string(organiser_day(key))];
    // Named captures: C++20 lets a lambda capture structured bindings, clang 14 does not yet.
    const auto found = std::find_if(candidates.begin(), candidates.end(), [&groups, &group = group](std::size_t i) {
      return similar_titles(groups[i].second.front().first.title, group->front().first.title);
    });
    if (found == candidates.end()) {
      if (!group->front().first.organisations.empty()) candidates.push_back(groups.size());
      groups.emplace_back(key, std::move(*group));
      continue;
    }
    auto same = groups.begin() + static_cast<std::ptrdiff_t>(*found);
    for (auto& report : *group) same->second.push_back(std::move(report));
    std::stable_sort(same->second.begin(), same->second.end(),
                     [](const auto& a, const auto& b) { return source_before(a.first.source, b.first.source); });
  }

  Timeline timeline;
  std::set<std::string> used;
  for (auto& [key, group] : groups) {
    // The earliest report names the event; the most certain one dates it; the latest says whether
    // it goes ahead.
    TimelineEvent t = std::move(group.front().second);
    const Event* surest = &group.front().first;
    t.id = hex16(stable_hash(key));
    t.title = surest->title;
    t.kind = surest->kind;
    t.status = group.back().first.status;
    for (auto& [e, placed] : group) {
      if (e.confidence > surest->confidence) surest = &e;
      if (t.location.empty()) t.location = e.location;
      for (const auto& id : e.organisations)
        if (std::find(t.organisations.begin(), t.organisations.end(), id) == t.organisations.end())
          t.organisations.push_back(id);
      t.sources.push_back(e.source);
    }
    t.value = surest->value;
    t.provenance = surest->provenance;
    t.confidence = surest->confidence;
    // A dated anchor (not a year inferred from the text) says when the newest news was out.
    for (const auto& source : t.sources)
      if (source.published.size() >= 10) timeline.generated = std::max(timeline.generated, source.published);
    for (std::string id : t.organisations)
      while (!id.empty() && used.insert(id).second) {
        const Organisation* o = registry.find(id);
        id = o ? o->parent : "";
      }
    timeline.events.push_back(std::move(t));
  }
  std::sort(timeline.events.begin(), timeline.events.end(),
            [](const TimelineEvent& a, const TimelineEvent& b) { return std::tie(a.start, a.id) < std::tie(b.start, b.id); });
  for (const auto& id : used)
    if (const Organisation* o = registry.find(id)) timeline.organisations.push_back(*o);
  return timeline;
}

}  // namespace biennien
