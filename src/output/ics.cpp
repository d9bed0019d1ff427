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

// Asia/Ho_Chi_Minh as it has been since 1975: one STANDARD block at +07:00.
icalcomponent* vietnam_timezone() {
  icalcomponent* zone = icalcomponent_new_vtimezone();
  icalcomponent_add_property(zone, icalproperty_new_tzid(vietnam_zone));
  icalcomponent* standard = icalcomponent_new_xstandard();
  constexpr int seconds = std::chrono::seconds(output::vietnam_offset).count();
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetfrom(seconds));
  icalcomponent_add_property(standard, icalproperty_new_tzoffsetto(seconds));
  icalcomponent_add_property(standard, icalproperty_new_tzname("+07"));
  icalcomponent_add_property(standard, icalproperty_new_dtstart(ical_date_time(date::local_days{date::year{1970} / 1 / 1})));
  icalcomponent_add_component(zone, standard);
  return zone;
}

// The newest publication among the sources, else the start day at 00:00:00Z.
date::sys_seconds stamp(const TimelineEvent& event, date::local_seconds start) {
  std::optional<date::sys_seconds> newest;
  for (const EventSource& source : event.sources)
    if (auto published = output::utc_time(source.published); published && (!newest || *published > *newest))
      newest = published;
  return newest ? *newest : date::sys_seconds{date::floor<date::days>(start).time_since_epoch()};
}

const char* provenance_phrase(Provenance provenance) {
  switch (provenance) {
    case Provenance::explicit_: return "ghi rõ trong bài";
    case Provenance::publication: return "suy từ ngày đăng bài";
    case Provenance::context: return "suy từ ngữ cảnh bài viết";
    case Provenance::weekday: return "suy từ thứ trong tuần";
    case Provenance::none: return "không rõ năm";
  }
  return "";
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
  text += "Thời gian: " + event.value + ", " + provenance_phrase(event.provenance) + " (" +
          to_string(event.provenance) + "), độ tin cậy " + output::two_decimals(event.confidence);
  if (event.part_of_day != PartOfDay::none) text += std::string("\nBuổi: ") + output::part_of_day_word(event.part_of_day);
  return text;
}

icalcomponent* vevent(const TimelineEvent& event) {
  icalcomponent* component = icalcomponent_new_vevent();
  auto add = [component](icalproperty* property) { icalcomponent_add_property(component, property); };
  date::local_seconds start = *output::vietnam_time(event.start);  // feed_events keeps valid starts
  std::optional<date::local_seconds> end = output::vietnam_time(event.end);
  if (end && *end <= start) end.reset();

  add(icalproperty_new_uid((event.id + "@biennien").c_str()));
  add(icalproperty_new_dtstamp(ical_utc(stamp(event, start))));
  if (event.all_day) {
    date::local_days first = date::floor<date::days>(start);
    date::local_days after = end ? date::ceil<date::days>(*end) : first + date::days{1};
    add(icalproperty_new_dtstart(ical_date(first)));
    add(icalproperty_new_dtend(ical_date(after)));
  } else {
    add(in_vietnam(icalproperty_new_dtstart(ical_date_time(start))));
    if (end) add(in_vietnam(icalproperty_new_dtend(ical_date_time(*end))));
  }
  add(icalproperty_new_summary(clean(event.title).c_str()));
  add(icalproperty_new_description(clean(description(event)).c_str()));
  if (!event.location.empty()) add(icalproperty_new_location(clean(event.location).c_str()));
  if (!event.sources.empty() && !event.sources.front().url.empty())
    add(icalproperty_new_url(clean(event.sources.front().url).c_str()));
  if (!event.kind.empty()) add(icalproperty_new_categories(clean(event.kind).c_str()));
  add(icalproperty_new_status(ICAL_STATUS_CONFIRMED));
  return component;
}

}  // namespace

std::string write_ics(const Timeline& timeline, const FeedSpec& feed) {
  Component calendar(icalcomponent_new_vcalendar());
  icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//biennien//biennien 0.1//VI"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
  icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
  std::string name = clean(feed.name);
  icalcomponent_add_property(calendar.get(), icalproperty_new_name(name.c_str()));
  icalproperty* calendar_name = icalproperty_new_x(name.c_str());
  icalproperty_set_x_name(calendar_name, "X-WR-CALNAME");
  icalcomponent_add_property(calendar.get(), calendar_name);

  std::vector<const TimelineEvent*> events = feed_events(timeline, feed);
  if (std::any_of(events.begin(), events.end(), [](const TimelineEvent* event) { return !event->all_day; }))
    icalcomponent_add_component(calendar.get(), vietnam_timezone());
  for (const TimelineEvent* event : events) icalcomponent_add_component(calendar.get(), vevent(*event));

  char* text = icalcomponent_as_ical_string_r(calendar.get());
  std::string ics(text);
  icalmemory_free_buffer(text);
  return ics;
}

}  // namespace biennien
