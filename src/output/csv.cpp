#include <algorithm>

#include "biennien/output.hpp"
#include "common.hpp"

namespace biennien {
namespace {

// One RFC 4180 field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
std::string field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string joined(const std::vector<std::string>& ids) {
  std::string text;
  for (std::size_t i = 0; i < ids.size(); ++i) text += (i ? ";" : "") + ids[i];
  return text;
}

}  // namespace

std::string write_csv(const Timeline& timeline, const FeedSpec& feed) {
  std::string csv =
      "id,start,end,all_day,title,organisations,kind,location,value,provenance,confidence,article,url,sentence\r\n";
  for (const TimelineEvent* event : feed_events(timeline, feed)) {
    EventSource first = event->sources.empty() ? EventSource{} : event->sources.front();
    const std::string fields[] = {event->id, event->start, event->end, event->all_day ? "true" : "false",
                                  event->title, joined(event->organisations), event->kind, event->location,
                                  event->value, to_string(event->provenance),
                                  output::two_decimals(event->confidence), first.article, first.url,
                                  first.sentence};
    for (std::size_t i = 0; i < std::size(fields); ++i) csv += (i ? "," : "") + field(fields[i]);
    csv += "\r\n";
  }
  return csv;
}

}  // namespace biennien
