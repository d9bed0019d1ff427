// The writers (iCalendar feeds, timeline and events JSON, CSV) given a Timeline whose every field
// the fuzzer chooses: text with line breaks, `BEGIN:VEVENT`, controls, any character; dates
// well-formed, odd or absurd; confidences that are NaN or infinite. Each feed must parse back with
// one VEVENT per event, each JSON must parse back, the CSV must have one row per event. Strings
// are valid UTF-8, as every string that reaches the writers is (invalid bytes become U+FFFD).
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>

#include "harness.hpp"

namespace {

using namespace biennien;

// Any string, made valid UTF-8.
std::string any(FuzzedDataProvider& in, std::size_t max_length) {
  return fuzz::repaired_utf8(in.ConsumeRandomLengthString(max_length));
}

// Text the fuzzer writes, sometimes with a payload that tries to leave its property.
std::string text(FuzzedDataProvider& in) {
  static const char* const payloads[] = {
      "\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\n",
      "\nEND:VCALENDAR\n", "\r", "\\n;,:\"", "\x1b[2J\x7f\x01", "“”—\xe2\x80\xa8\xc2\x85", " \t "};
  std::string s = any(in, 200);
  if (in.ConsumeBool()) s += payloads[in.ConsumeIntegralInRange<std::size_t>(0, std::size(payloads) - 1)];
  if (in.ConsumeBool()) s += std::string(in.ConsumeIntegralInRange<std::size_t>(0, 3000), 'x');
  return s;
}

// A date or date-time as the timeline writes them, or something else.
std::string when(FuzzedDataProvider& in) {
  char buffer[64];
  const int year = in.ConsumeBool() ? in.ConsumeIntegralInRange(1900, 2100) : in.ConsumeIntegralInRange(-1, 99999);
  const int month = in.ConsumeIntegralInRange(0, 13), day = in.ConsumeIntegralInRange(0, 32);
  switch (in.ConsumeIntegralInRange(0, 4)) {
    case 0: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day); return buffer;
    case 1:
      std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:00+07:00", year, month, day,
                    in.ConsumeIntegralInRange(0, 25), in.ConsumeIntegralInRange(0, 61));
      return buffer;
    case 2: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02dZ", year, month, day,
                          in.ConsumeIntegralInRange(0, 24), in.ConsumeIntegralInRange(0, 60));
      return buffer;
    case 3: std::snprintf(buffer, sizeof buffer, "%04d", year); return buffer;
    default: return any(in, 40);
  }
}

template <class Enum>
Enum pick(FuzzedDataProvider& in, Enum last) {
  return static_cast<Enum>(in.ConsumeIntegralInRange<int>(0, static_cast<int>(last)));
}

double confidence(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0: return std::numeric_limits<double>::quiet_NaN();
    case 1: return std::numeric_limits<double>::infinity() * (in.ConsumeBool() ? 1 : -1);
    case 2: return in.ConsumeFloatingPoint<double>();
    default: return in.ConsumeProbability<double>();
  }
}

Timeline timeline(FuzzedDataProvider& in) {
  Timeline t;
  t.generated = when(in);
  const auto organisations = in.ConsumeIntegralInRange(0, 4);
  for (int i = 0; i < organisations; ++i) {
    Organisation o;
    o.name = text(in);
    o.id = in.ConsumeBool() ? slug(o.name) : any(in, 20);
    if (in.ConsumeBool()) o.aliases.push_back(text(in));
    if (in.ConsumeBool() && !t.organisations.empty()) o.parent = t.organisations.back().id;
    o.color = in.ConsumeBool() ? "#1f77b4" : any(in, 8);
    t.organisations.push_back(std::move(o));
  }
  const auto events = in.ConsumeIntegralInRange(0, 6);
  for (int i = 0; i < events && in.remaining_bytes() > 0; ++i) {
    TimelineEvent e;
    e.id = in.ConsumeBool() ? std::to_string(in.ConsumeIntegral<std::uint64_t>()) : any(in, 20);
    e.title = text(in);
    e.start = when(in);
    e.end = in.ConsumeBool() ? e.start : when(in);
    e.all_day = in.ConsumeBool();
    e.part_of_day = pick(in, PartOfDay::night);
    e.precision = pick(in, Precision::minute);
    e.value = any(in, 30);
    e.provenance = pick(in, Provenance::none);
    for (const Organisation& o : t.organisations)
      if (in.ConsumeBool()) e.organisations.push_back(o.id);
    if (in.ConsumeBool()) e.organisations.push_back(any(in, 10));
    e.location = text(in);
    e.kind = text(in);
    e.confidence = confidence(in);
    const auto sources = in.ConsumeIntegralInRange(0, 3);
    for (int s = 0; s < sources; ++s) {
      EventSource source;
      source.article = any(in, 20);
      source.title = text(in);
      source.url = text(in);
      source.published = when(in);
      source.sentence = text(in);
      source.start = in.ConsumeIntegral<std::size_t>();
      source.end = in.ConsumeIntegral<std::size_t>();
      e.sources.push_back(std::move(source));
    }
    t.events.push_back(std::move(e));
  }
  return t;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  FuzzedDataProvider in(data, size);
  return fuzz::verdict(fuzz::check_writers(timeline(in)));
}
