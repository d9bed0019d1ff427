// ics_check FILE...: parses each iCalendar file with libical, runs icalrestriction_check, and fails
// on any X-LIC-ERROR, on a line not ending in CRLF, or on a file without a VCALENDAR.
// Prints "FILE: N events" for each good file.
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <libical/ical.h>

namespace {

int count_errors(icalcomponent* component) {
  int errors = 0;
  for (icalproperty* p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
       p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)) {
    std::cerr << "  X-LIC-ERROR: " << icalproperty_get_xlicerror(p) << '\n';
    ++errors;
  }
  for (icalcomponent* c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT); c;
       c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT))
    errors += count_errors(c);
  return errors;
}

bool check(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  const std::string text = bytes.str();
  for (std::size_t i = text.find('\n'); i != std::string::npos; i = text.find('\n', i + 1))
    if (i == 0 || text[i - 1] != '\r') {
      std::cerr << path << ": line ending without CR at byte " << i << '\n';
      return false;
    }
  if (text.empty() || text.back() != '\n') {
    std::cerr << path << ": does not end with CRLF\n";
    return false;
  }
  icalcomponent* calendar = icalparser_parse_string(text.c_str());
  if (!calendar || icalcomponent_isa(calendar) != ICAL_VCALENDAR_COMPONENT) {
    std::cerr << path << ": not a VCALENDAR\n";
    if (calendar) icalcomponent_free(calendar);
    return false;
  }
  icalrestriction_check(calendar);
  const int errors = count_errors(calendar);
  const int events = icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT);
  icalcomponent_free(calendar);
  if (errors) {
    std::cerr << path << ": " << errors << " errors\n";
    return false;
  }
  std::cout << path << ": " << events << " events\n";
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: ics_check FILE...\n";
    return 2;
  }
  bool ok = true;
  for (int i = 1; i < argc; ++i) ok = check(argv[i]) && ok;
  return ok ? 0 : 1;
}
