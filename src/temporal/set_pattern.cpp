#include "set_pattern.hpp"

#include <optional>
#include <vector>

namespace biennien::temporal {
namespace {

constexpr auto npos = std::string_view::npos;

// One piece of a concatenation: an atom with its quantifier.
struct Piece {
  std::string text;
  bool optional = false;                 // the quantifier allows none: ?, *, {0,...}
  std::optional<std::string_view> body;  // a group without quantifier or flags: what it holds
  std::size_t opener = 0;                // and the length of its "(", "(?:" or "(?P<name>"
};

// Where the character class that opens at s[i] ('[') ends; npos when it does not.
std::size_t class_end(std::string_view s, std::size_t i) {
  ++i;
  if (i < s.size() && s[i] == '^') ++i;
  if (i < s.size() && s[i] == ']') ++i;  // a ] first is a character of the class
  while (i < s.size() && s[i] != ']') {
    if (s[i] == '\\') {
      i += 2;
    } else if (s[i] == '[' && i + 1 < s.size() && s[i + 1] == ':') {
      const std::size_t close = s.find(":]", i + 2);
      if (close == npos) return npos;
      i = close + 2;
    } else {
      ++i;
    }
  }
  return i < s.size() ? i + 1 : npos;
}

// Where the escape at s[i] ('\') ends; npos for one this reading does not know (\Q, octal).
std::size_t escape_end(std::string_view s, std::size_t i) {
  if (i + 1 >= s.size()) return npos;
  const char c = s[i + 1];
  if (c == 'Q' || c == 'E' || (c >= '0' && c <= '9')) return npos;
  if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < s.size() && s[i + 2] == '{') {
    const std::size_t close = s.find('}', i + 3);
    return close == npos ? npos : close + 1;
  }
  if (c == 'x') return i + 4 <= s.size() ? i + 4 : npos;
  if (c == 'p' || c == 'P') return i + 3 <= s.size() ? i + 3 : npos;
  return i + 2;
}

// Where the group that opens at s[i] ('(') ends, after its ')'; npos when it does not.
std::size_t group_end(std::string_view s, std::size_t i) {
  int depth = 0;
  while (i < s.size()) {
    const char c = s[i];
    if (c == '\\') {
      i = escape_end(s, i);
      if (i == npos) return npos;
    } else if (c == '[') {
      i = class_end(s, i);
      if (i == npos) return npos;
    } else {
      ++i;
      if (c == '(') ++depth;
      if (c == ')' && --depth == 0) return i;
    }
  }
  return npos;
}

// Where the atom at s[i] ends; npos for anything but an atom.
std::size_t atom_end(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c == '(') return group_end(s, i);
  if (c == '[') return class_end(s, i);
  if (c == '\\') return escape_end(s, i);
  if (c == ')' || c == '|' || c == '*' || c == '+' || c == '?' || c == '{') return npos;
  const std::size_t length = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;  // a UTF-8 character
  return i + length <= s.size() ? i + length : npos;
}

// The alternatives of `s` at its top level; nothing when `s` does not parse.
std::optional<std::vector<std::string_view>> alternatives(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t begin = 0, i = 0;
  while (i < s.size()) {
    if (s[i] == '|') {
      out.push_back(s.substr(begin, i - begin));
      begin = ++i;
    } else if (s[i] == '(' || s[i] == '[' || s[i] == '\\') {
      i = atom_end(s, i);
      if (i == npos) return std::nullopt;
    } else {
      ++i;
    }
  }
  out.push_back(s.substr(begin));
  return out;
}

// The pieces of `alternative` (which holds no top-level '|'); nothing when it does not parse or
// sets flags for what follows ("(?i)").
std::optional<std::vector<Piece>> pieces(std::string_view alternative) {
  std::vector<Piece> out;
  for (std::size_t i = 0; i < alternative.size();) {
    const std::size_t atom = atom_end(alternative, i);
    if (atom == npos) return std::nullopt;
    std::size_t end = atom;
    bool optional = false, quantified = true;
    if (end < alternative.size() && (alternative[end] == '?' || alternative[end] == '*')) {
      optional = true;
      ++end;
    } else if (end < alternative.size() && alternative[end] == '+') {
      ++end;
    } else if (end < alternative.size() && alternative[end] == '{') {
      const std::size_t close = alternative.find('}', end);
      if (close == npos || end + 1 == close || alternative[end + 1] < '0' || alternative[end + 1] > '9')
        return std::nullopt;
      optional = alternative[end + 1] == '0' && (alternative[end + 2] == ',' || alternative[end + 2] == '}');
      end = close + 1;
    } else {
      quantified = false;
    }
    if (quantified && end < alternative.size() && alternative[end] == '?') ++end;  // not greedy
    Piece piece{std::string(alternative.substr(i, end - i)), optional, std::nullopt, 0};
    const std::string_view group = alternative.substr(i, atom - i);
    if (group.starts_with("(?") && !group.starts_with("(?:") && !group.starts_with("(?P<")) {
      const std::size_t flags_end = group.find_first_of(":)");
      if (group[flags_end] == ')') return std::nullopt;  // "(?i)" changes the pieces after it
    } else if (group.starts_with("(") && !quantified) {
      piece.opener = group.starts_with("(?:") ? 3 : group.starts_with("(?P<") ? group.find('>') + 1 : 1;
      piece.body = group.substr(piece.opener, group.size() - 1 - piece.opener);
    }
    out.push_back(piece);
    i = end;
  }
  return out;
}

// `alternative` without the optional pieces at its front, its back or both; nothing when it does not
// parse. A group that opens (closes) it is opened up when it holds one alternative; when it holds
// more, each of them loses its optional front (back) pieces instead: "(?:x?a|b)c" and "(?:a|b)c"
// match in the same texts.
std::optional<std::string> relaxed(std::string_view alternative, bool front, bool back) {
  auto list = pieces(alternative);
  if (!list) return std::nullopt;
  // Works on the group at `at` (opening it in place, or relaxing the given ends of its alternatives);
  // false when it cannot.
  auto relax_group = [&](std::size_t at, bool group_front, bool group_back) {
    Piece& group = (*list)[at];
    const auto inner_alternatives = alternatives(*group.body);
    if (!inner_alternatives) return false;
    if (inner_alternatives->size() == 1) {
      auto inner = pieces(*group.body);
      if (!inner || inner->empty()) return false;
      list->erase(list->begin() + static_cast<std::ptrdiff_t>(at));
      list->insert(list->begin() + static_cast<std::ptrdiff_t>(at), inner->begin(), inner->end());
      return true;
    }
    std::string text = group.text.substr(0, group.opener);
    for (std::size_t a = 0; a < inner_alternatives->size(); ++a) {
      const auto inner = relaxed((*inner_alternatives)[a], group_front, group_back);
      if (!inner) return false;
      text += (a > 0 ? "|" : "") + *inner;
    }
    group.text = text + ")";
    group.body.reset();  // done
    return true;
  };
  while (front && !list->empty()) {
    if (list->front().optional) list->erase(list->begin());
    else if (!list->front().body || !relax_group(0, true, back && list->size() == 1)) break;
  }
  while (back && !list->empty()) {
    if (list->back().optional) list->pop_back();
    else if (!list->back().body || !relax_group(list->size() - 1, front && list->size() == 1, true)) break;
  }
  if (list->empty()) return std::string(alternative);  // it may match nothing; so may the pattern
  std::string out;
  for (const Piece& piece : *list) out += piece.text;
  return out;
}

}  // namespace

std::string set_pattern(std::string_view pattern) {
  const auto list = alternatives(pattern);
  if (!list) return std::string(pattern);
  std::string out;
  for (std::size_t a = 0; a < list->size(); ++a) {
    const auto alternative = relaxed((*list)[a], true, true);
    if (!alternative) return std::string(pattern);
    if (a > 0) out += '|';
    out += *alternative;
  }
  return out;
}

}  // namespace biennien::temporal
