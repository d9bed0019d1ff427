// RFC 5545 §3.1 line folding on character boundaries, outside escapes.
#include "biennien/output.hpp"

namespace biennien {
namespace {

constexpr std::size_t kMaxOctets = 75;  // per physical line, CRLF excluded

bool continuation_byte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Whether a U+0300..U+036F combining mark (CC 80..CD AF) starts at `at`.
bool combining_mark_at(std::string_view line, std::size_t at) {
  if (at + 1 >= line.size()) return false;
  const auto lead = static_cast<unsigned char>(line[at]);
  const auto next = static_cast<unsigned char>(line[at + 1]);
  return lead == 0xCC || (lead == 0xCD && next <= 0xAF);
}

// Whether the backslash escapes of `line` leave position `at` inside one ("\" | "n").
bool inside_escape(std::string_view line, std::size_t at) {
  std::size_t backslashes = 0;
  while (backslashes < at && line[at - 1 - backslashes] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

// Where a fold may go: before `at`, a character boundary outside an escape.
bool may_break(std::string_view line, std::size_t at) {
  return !continuation_byte(static_cast<unsigned char>(line[at])) && !inside_escape(line, at);
}

// Where a fold is best: also not before a combining mark and not next to a space.
bool good_break(std::string_view line, std::size_t at) {
  return may_break(line, at) && !combining_mark_at(line, at) && line[at] != ' ' && line[at - 1] != ' ';
}

void fold_line(std::string_view line, std::string& out) {
  std::size_t begin = 0;
  bool first = true;
  while (true) {
    const std::size_t room = first ? kMaxOctets : kMaxOctets - 1;  // a continuation starts with " "
    if (!first) out += ' ';
    if (line.size() - begin <= room) {
      out.append(line.substr(begin));
      return;
    }
    const std::size_t limit = begin + room;  // the fold goes before at most this byte
    std::size_t at = limit;
    // The nearest good place in the last third of the line, else the nearest place not before a
    // combining mark, else the nearest allowed one (there is one within 4 bytes: UTF-8 characters
    // have at most 4, escapes 2).
    while (at > limit - room / 3 && !good_break(line, at)) --at;
    if (!good_break(line, at)) {
      at = limit;
      while (at > begin + 1 && !(may_break(line, at) && !combining_mark_at(line, at))) --at;
    }
    if (!may_break(line, at)) {
      at = limit;
      while (at > begin + 1 && !may_break(line, at)) --at;
    }
    out.append(line.substr(begin, at - begin));
    out += "\r\n";
    begin = at;
    first = false;
  }
}

}  // namespace

std::string fold_content_lines(std::string_view ical) {
  // Unfolded first. No value holds a raw CR or LF (text is cleaned and escaped, URIs are
  // percent-encoded), so every CR and LF is libical's: a line end or a fold. Dropping the CRs and
  // reading LF + space/tab as a fold also mends libical 3.0's fold inserted between the CR and the
  // LF of a line end ("x\r" CRLF " \n"), which the fuzzer found.
  std::string out;
  out.reserve(ical.size() + ical.size() / 64);
  std::string line;
  std::size_t at = 0;
  while (at < ical.size()) {
    std::size_t end = ical.find('\n', at);
    if (end == std::string_view::npos) end = ical.size();
    for (char c : ical.substr(at, end - at))
      if (c != '\r') line += c;
    at = end == ical.size() ? end : end + 1;
    if (at < ical.size() && (ical[at] == ' ' || ical[at] == '\t')) {
      ++at;
      continue;
    }
    fold_line(line, out);
    if (end != ical.size()) out += "\r\n";
    line.clear();
  }
  if (!line.empty()) fold_line(line, out);
  return out;
}

}  // namespace biennien
