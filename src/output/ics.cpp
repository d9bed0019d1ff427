#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>

#include <libical/ical.h>

#include "biennien/output.hpp"
#include "common.hpp"

namespace biennien {
namespace {

constexpr const char* vietnam_zone = "Asia/Ho_Chi_Minh";
constexpr const char* kEnd = "END:VCALENDAR\r\n";
// How often a client should fetch the feed again: REFRESH-INTERVAL (RFC 7986) and X-PUBLISHED-TTL.
constexpr int kRefreshSeconds = 6 * 3600;
constexpr const char* kRefresh = "PT6H";

struct ComponentFree {
  void operator()(icalcomponent* component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

// Text as RFC 5545 allows it, trimmed (libical's parser drops trailing spaces): line breaks as "\n"
// (libical drops a lone CR), other controls as spaces.
std::string clean(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
      out += '\n';
    } else if (c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f) || (c & 0x80)) {
      out += c;
    } else {
      out += ' ';
    }
  }
  return out;
}

// A URI as RFC 3986 writes it: libical writes URI values as they are, so a space, a control (a line
// break would end the property) or a non-ASCII byte is percent-encoded here.
std::string uri(std::string_view text) {
  static constexpr std::string_view allowed =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%";
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string out;
  for (char c : text) {
    if (allowed.find(c) != std::string_view::npos) {
      out += c;
    } else {
      static constexpr char hex[] = "0123456789ABCDEF";
      const auto byte = static_cast<unsigned char>(c);
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 0xF];
    }
  }
  return out;
}

// One category: CATEGORIES is a comma-separated list and libical escapes neither ',' nor ';' in it.
std::string category(std::string_view kind) {
  std::string text = clean(kind);
  for (char& c : text)
    if (c == ',' || c == ';' || c == '\n') c = ' ';
  return text;
}

icaltimetype ical_date(date::local_days day) {
  date::year_month_day ymd{day};
  icaltimetype time = icaltime_null_date();
  time.year = static_cast<int>(ymd.year());
  time.month = static_cast<int>(static_cast<unsigned>(ymd.month()));
  time.day = static_cast<int>(static_cast<unsigned>(ymd.day()));
  return time;
}

icaltimetype ical_date_time(date::local_seconds moment) {
  auto day = date::floor<date::days>(moment);
  date::hh_mm_ss<std::chrono::seconds> clock{moment - day};
  icaltimetype time = ical_date(day);
  time.is_date = 0;
  time.hour = static_cast<int>(clock.hours().count());
  time.minute = static_cast<int>(clock.minutes().count());
  time.second = static_cast<int>(clock.seconds().count());
  return time;
}

icaltimetype ical_utc(date::sys_seconds moment) {
  icaltimetype time = ical_date_time(date::local_seconds{moment.time_since_epoch()});
  time.zone = icaltimezone_get_utc_timezone();
  return time;
}

// Marks a date-time property as Vietnam time: ;TZID=Asia/Ho_Chi_Minh.
icalproperty* in_vietnam(icalproperty* property) {
  icalproperty_add_parameter(property, icalparameter_new_tzid(vietnam_zone));
  return property;
}

// Asia/Ho_Chi_Minh as every time in our data is written: one STANDARD block at +07:00. The block
// starts in 1601 so that it covers old events too: a client finds no observance for a time before
// the block's DTSTART (ical.js then reads it as UTC), and every start we write is at +07:00.
icalcomponent* vietnam_timezone() {
  icalcomponent* zone = icalcomponent_new_vtimezone();
  icalcomponent_add_property(zone, icalproperty_new_tzid(vietnam_zone));
  icalcomponent* standard = icalcomponent_new_xstandard();
  constexpr int seconds = std::chrono::seconds(output::vietnam_offset).count();
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(seconds));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(seconds));
  icalcomponent_add_property(standard, icalproperty_new_tzname("+07"));
  icalcomponent_add_property(standard, icalproperty_new_dtstart(ical_date_time(date::local_days{date::year{1601} / 1 / 1})));
  icalcomponent_add_component(zone, standard);
  return zone;
}

const char* provenance_phrase(Provenance provenance) {
  switch (provenance) {
    case Provenance::explicit_: return "ngày tháng năm ghi rõ trong bài";
    case Provenance::publication: return "năm suy từ ngày đăng bài";
    case Provenance::context: return "năm suy từ ngữ cảnh bài viết";
    case Provenance::weekday: return "năm suy từ thứ trong tuần ghi trong bài";
    case Provenance::lunar: return "ngày âm lịch hoặc ngày lễ, đổi sang dương lịch";
    case Provenance::none: return "không rõ năm";
  }
  return "";
}

// Below this confidence an inferred year makes the event TENTATIVE.
constexpr double kSureEnough = 0.7;

bool tentative(const TimelineEvent& event) {
  return event.provenance != Provenance::explicit_ && event.confidence < kSureEnough;
}

// The sources quoted, then how the date was worked out and the part of day.
std::string description(const TimelineEvent& event) {
  std::string text;
  for (const EventSource& source : event.sources) {
    text += "“" + source.sentence + "”\n";
    if (!source.title.empty()) text += "— " + source.title + "\n";
    if (!source.url.empty()) text += source.url + "\n";
    text += "\n";
  }
  text += "Thời gian: " + event.value + ", " + provenance_phrase(event.provenance);
  if (event.provenance == Provenance::publication && !event.sources.empty() && !event.sources.front().published.empty())
    text += " (" + event.sources.front().published + ")";
  text += "; độ tin cậy " + output::two_decimals(event.confidence) + " [" + to_string(event.provenance) + "]";
  if (tentative(event)) text += "\nChưa chắc chắn: năm được suy ra với độ tin cậy thấp.";
  if (event.part_of_day != PartOfDay::none) text += std::string("\nBuổi: ") + output::part_of_day_word(event.part_of_day);
  return text;
}

icalcomponent* vevent(const TimelineEvent& event, const output::Span& when, const FeedRecord* record) {
  icalcomponent* component = icalcomponent_new_vevent();
  auto add = [component](icalproperty* property) { icalcomponent_add_property(component, property); };
  const date::sys_seconds stamp = output::stamp(event);

  add(icalproperty_new_uid(clean(record ? record->uid : event.id + "@biennien").c_str()));
  add(icalproperty_new_dtstamp(ical_utc(stamp)));
  if (event.all_day) {
    add(icalproperty_new_dtstart(ical_date(date::floor<date::days>(when.start))));
    add(icalproperty_new_dtend(ical_date(date::floor<date::days>(when.end))));
  } else {
    add(in_vietnam(icalproperty_new_dtstart(ical_date_time(when.start))));
    if (when.end > when.start) add(in_vietnam(icalproperty_new_dtend(ical_date_time(when.end))));
  }
  add(icalproperty_new_sequence(record ? record->sequence : 0));
  icaltimetype modified = record ? icaltime_from_string(record->last_modified.c_str()) : icaltime_null_time();
  if (icaltime_is_null_time(modified) || !icaltime_is_utc(modified) || icaltime_compare(modified, ical_utc(stamp)) > 0)
    modified = ical_utc(stamp);
  add(icalproperty_new_lastmodified(modified));
  add(icalproperty_new_summary(clean(event.title).c_str()));
  add(icalproperty_new_description(clean(description(event)).c_str()));
  if (!event.location.empty()) add(icalproperty_new_location(clean(event.location).c_str()));
  if (const std::string url = event.sources.empty() ? "" : uri(event.sources.front().url); !url.empty())
    add(icalproperty_new_url(url.c_str()));
  if (!category(event.kind).empty()) add(icalproperty_new_categories(category(event.kind).c_str()));
  add(icalproperty_new_status(event.status == EventStatus::cancelled                        ? ICAL_STATUS_CANCELLED
                              : event.status == EventStatus::tentative || tentative(event) ? ICAL_STATUS_TENTATIVE
                                                                                           : ICAL_STATUS_CONFIRMED));
  add(icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));  // someone else's event: the subscriber stays free
  return component;
}

icalproperty* x_property(const char* name, const std::string& value) {
  icalproperty* property = icalproperty_new_x(value.c_str());
  icalproperty_set_x_name(property, name);
  return property;
}

// libical's text, folded our way.
std::string serialised(icalcomponent* component) {
  char* text = icalcomponent_as_ical_string_r(component);
  std::string ics = fold_content_lines(text);
  icalmemory_free_buffer(text);
  return ics;
}

// The VCALENDAR with its own properties (and the VTIMEZONE when `timed`), without "END:VCALENDAR".
std::string calendar_head(const Timeline& timeline, const FeedSpec& feed, const FeedOptions& options, bool timed) {
  Component calendar(icalcomponent_new_vcalendar());
  auto add = [&](icalproperty* property) { icalcomponent_add_property(calendar.get(), property); };
  add(icalproperty_new_prodid("-//biennien//biennien 0.1//VI"));
  add(icalproperty_new_version("2.0"));
  add(icalproperty_new_calscale("GREGORIAN"));
  const std::string name = clean(feed.name);
  add(icalproperty_new_name(name.c_str()));
  add(x_property("X-WR-CALNAME", name));
  const std::string about =
      clean((feed.organisations.empty() ? std::string("Sự kiện của các tổ chức")
                                        : "Sự kiện của " + feed.name) +
            " do biennien tìm thấy trong tin tức tiếng Việt. Mỗi sự kiện dẫn câu văn và bài báo nguồn" +
            (options.since.empty() ? "." : ", từ ngày " + options.since + "."));
  add(icalproperty_new_description(about.c_str()));
  add(x_property("X-WR-CALDESC", about));
  add(x_property("X-WR-TIMEZONE", vietnam_zone));
  if (feed.organisations.size() >= 1) {
    auto organisation = std::find_if(timeline.organisations.begin(), timeline.organisations.end(),
                                     [&](const Organisation& o) { return o.id == feed.id; });
    if (organisation != timeline.organisations.end()) {
      if (auto colour = css3_colour_name(organisation->color)) {
        add(icalproperty_new_color(colour->c_str()));
        std::string hex = organisation->color;
        std::transform(hex.begin(), hex.end(), hex.begin(), [](unsigned char c) { return std::toupper(c); });
        add(x_property("X-APPLE-CALENDAR-COLOR", hex));
      }
    }
  }
  if (!options.base_url.empty()) {
    add(icalproperty_new_url(uri(options.base_url).c_str()));
    add(icalproperty_new_source(uri(options.base_url + "calendars/" + feed.id + ".ics").c_str()));
  }
  add(icalproperty_new_refreshinterval(icaldurationtype_from_int(kRefreshSeconds)));
  add(x_property("X-PUBLISHED-TTL", kRefresh));
  if (timed) icalcomponent_add_component(calendar.get(), vietnam_timezone());
  std::string head = serialised(calendar.get());
  head.resize(head.size() - std::string_view(kEnd).size());
  return head;
}

}  // namespace

IcsFeed render_ics(const Timeline& timeline, const FeedSpec& feed, const FeedOptions& options) {
  struct Item {
    const TimelineEvent* event;
    output::Span when;
    std::string text;
  };
  IcsFeed result;
  std::optional<date::local_seconds> since;
  if (!options.since.empty()) since = output::vietnam_time(options.since);
  std::vector<Item> items;
  for (const TimelineEvent* event : feed_events(timeline, feed)) {
    std::optional<output::Span> when = output::span(*event);
    if (!when) continue;  // feed_events holds only events with a writable span
    if (since && when->end <= *since && when->start < *since) {
      ++result.too_old;
      continue;
    }
    Component component(vevent(*event, *when, options.state ? options.state->find(event->id) : nullptr));
    items.push_back({event, *when, serialised(component.get())});
  }

  // Over the limit, the oldest events go first.
  auto timed = [](const Item& item) { return !item.event->all_day; };
  std::size_t total = calendar_head(timeline, feed, options, std::any_of(items.begin(), items.end(), timed)).size() +
                      std::string_view(kEnd).size();
  for (const Item& item : items) total += item.text.size();
  if (options.max_bytes && total > options.max_bytes) {
    std::vector<std::size_t> order(items.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      if (items[a].when.start != items[b].when.start) return items[a].when.start < items[b].when.start;
      return items[a].event->id < items[b].event->id;
    });
    std::vector<bool> dropped(items.size(), false);
    for (std::size_t i = 0; i < order.size() && total > options.max_bytes; ++i) {
      total -= items[order[i]].text.size();
      dropped[order[i]] = true;
      ++result.too_big;
    }
    std::vector<Item> kept;
    for (std::size_t i = 0; i < items.size(); ++i)
      if (!dropped[i]) kept.push_back(std::move(items[i]));
    items = std::move(kept);
  }

  result.text = calendar_head(timeline, feed, options, std::any_of(items.begin(), items.end(), timed));
  for (const Item& item : items) result.text += item.text;
  result.text += kEnd;
  result.events = items.size();
  if (!items.empty()) {
    auto oldest = std::min_element(items.begin(), items.end(),
                                   [](const Item& a, const Item& b) { return a.when.start < b.when.start; });
    result.oldest = oldest->event->start;
  }
  return result;
}

std::string write_ics(const Timeline& timeline, const FeedSpec& feed) { return render_ics(timeline, feed, {}).text; }

}  // namespace biennien
