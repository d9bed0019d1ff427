#include <algorithm>

#include "biennien/output.hpp"
#include "common.hpp"

namespace biennien {
namespace {

// The first characters that make a spreadsheet read a cell as a formula (CSV injection).
constexpr std::string_view kFormulaStarts = "=+-@\t\r";

// One RFC 4180 field: quoted, with quotes doubled, when it holds a comma, a quote or a line break.
// Text that starts like a formula (=, +, -, @, a tab or a carriage return) gets a ' in front, as
// OWASP advises against CSV injection: spreadsheets then show it as text and never run it.
std::string field(std::string_view raw) {
  std::string guarded;
  if (!raw.empty() && kFormulaStarts.find(raw.front()) != std::string_view::npos) {
    guarded = "'" + std::string(raw);
    raw = guarded;
  }
  const std::string_view text = raw;
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
