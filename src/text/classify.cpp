#include "classify.hpp"

#include <re2/re2.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "biennien/rules.hpp"

namespace biennien::text {
namespace {

// Sizes in bytes of folded text (Vietnamese takes about 1.3 bytes a character).
constexpr std::size_t kShortLine = 160;  // headlines, captions and datelines are shorter
constexpr std::size_t kTitleMax = 250;
constexpr std::size_t kMinRepeat = 40;  // a caption repeating a paragraph's opening
constexpr std::size_t kSignatureMax = 60;
constexpr double kPunctuatedShare = 0.8;  // of long paragraphs ending a sentence
constexpr std::size_t kMinParagraphs = 3;
constexpr int kDatelineMaxWords = 5;  // "Print Thứ Sáu, 25/06/2021 22:00 Gốc" has 4
constexpr std::size_t kSignatureMaxWords = 4;

constexpr std::array<std::string_view, 8> kClosers = {"\"", "'", ")", "]", "”", "’", "»", "*"};
constexpr std::array<std::string_view, 4> kSentenceEnds = {".", "!", "?", "…"};

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(' ');
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(' ') - first + 1);
}

// `s` without trailing closing quotes and brackets.
std::string_view strip_closers(std::string_view s) {
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (auto closer : kClosers)
      if (s.ends_with(closer)) {
        s = trim(s.substr(0, s.size() - closer.size()));
        stripped = true;
      }
  }
  return s;
}

bool ends_sentence(std::string_view s) {
  s = strip_closers(s);
  return std::any_of(kSentenceEnds.begin(), kSentenceEnds.end(),
                     [&](std::string_view end) { return s.ends_with(end); });
}

// Whether a sentence ends inside `s` ("... năm 2024. Đồng chí ...").
bool has_inner_stop(std::string_view s) {
  for (std::string_view stop : {". ", "! ", "? ", "; ", "… "})
    if (s.find(stop) != std::string_view::npos) return true;
  return false;
}

bool ends_with_period(std::string_view s) { return strip_closers(s).ends_with('.'); }

const uint8_t* bytes(std::string_view s) { return reinterpret_cast<const uint8_t*>(s.data()); }

// The first code point of `s`, or U_SENTINEL.
UChar32 first_code_point(std::string_view s) {
  if (s.empty()) return U_SENTINEL;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes(s), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// Space-separated words of `s`.
std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    const auto end = std::min(s.find(' ', i), s.size());
    if (end > i) out.push_back(s.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

bool has_letter(std::string_view word) {
  for (int32_t i = 0, n = static_cast<int32_t>(word.size()); i < n;) {
    UChar32 c;
    U8_NEXT(bytes(word), i, n, c);
    if (u_isalpha(c)) return true;
  }
  return false;
}

// A short line made of a numeric date and a few words: "20:02 | 19/01/2021", "Thứ 3, Ngày 16/07/2024 -".
bool is_dateline(std::string_view line) {
  static const RE2 numeric_date(R"((?:^|\D)\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\D|$))");
  if (line.size() >= kShortLine || ends_with_period(line)) return false;
  if (!RE2::PartialMatch(re2::StringPiece(line.data(), line.size()), numeric_date)) return false;
  const auto all = words(line);
  return std::count_if(all.begin(), all.end(), has_letter) <= kDatelineMaxWords;
}

// Image markup ("![]() |") or a caption cell ending with '|'.
bool is_markup_caption(std::string_view line) {
  return line.starts_with("![") || (line.ends_with('|') && line.size() < kTitleMax);
}

// A byline: one to a few capitalised words ("Hoàng Tùng").
bool is_signature(std::string_view line) {
  if (line.size() >= kSignatureMax || ends_sentence(line)) return false;
  const auto all = words(line);
  if (all.empty() || all.size() > kSignatureMaxWords) return false;
  return std::all_of(all.begin(), all.end(), [](std::string_view w) {
    return u_isupper(first_code_point(w)) &&
           std::none_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
  });
}

// A paragraph no list of headlines contains: long and ending a sentence.
bool is_clear_paragraph(std::string_view line) { return line.size() >= kShortLine && ends_sentence(line); }

bool is_headline(std::string_view line) { return line.size() < kTitleMax && !ends_with_period(line); }

// Classifies lines one by one; whole-line `related`/`footer` markers are block openers.
class Classifier {
 public:
  Classifier(std::string_view folded, std::vector<Line>& lines, const LineRules& rules)
      : folded_(folded), lines_(lines), rules_(rules), opens_block_(lines.size(), false) {}

  void run(std::string_view given_title) {
    classify_each();
    apply_blocks();
    find_title(given_title);
    find_captions();
    find_signature();
  }

 private:
  std::string_view text(std::size_t i) const {
    return trim(folded_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin));
  }
  LineKind& kind(std::size_t i) { return lines_[i].kind; }

  // Whether `line` may be a whole-line marker or begin with a prefix one: fold_for_lookup folds word
  // by word, so its first word, folded, begins such a marker or is begun by one. Most lines are not,
  // and are then not folded whole.
  bool may_begin_marker(std::string_view line) const {
    const std::string first = fold_for_lookup(line.substr(0, line.find_first_of(" \t")));
    auto related = [&](std::string_view marker) {
      return marker.starts_with(first) || first.starts_with(marker);
    };
    return std::any_of(rules_.whole_lines.begin(), rules_.whole_lines.end(),
                       [&](const auto& entry) { return related(entry.first); }) ||
           std::any_of(rules_.prefixes.begin(), rules_.prefixes.end(),
                       [&](const auto& entry) { return related(entry.first); });
  }

  // The kind a chrome marker gives `line`, if any; sets `opens_block`.
  std::optional<LineKind> marker_kind(std::string_view line, bool& opens_block) const {
    opens_block = false;
    if (line.size() >= kShortLine || !may_begin_marker(line)) return std::nullopt;
    std::string key = fold_for_lookup(line);
    while (!key.empty() && (key.back() == ':' || key.back() == ' ')) key.pop_back();
    if (auto it = rules_.whole_lines.find(key); it != rules_.whole_lines.end()) {
      opens_block = it->second == LineKind::related || it->second == LineKind::footer;
      return it->second;
    }
    for (const auto& [prefix, prefix_kind] : rules_.prefixes) {
      if (!key.starts_with(prefix)) continue;
      const std::string_view rest = std::string_view(key).substr(prefix.size());
      if (!rest.empty() && u_isalpha(first_code_point(rest))) continue;
      return prefix_kind;
    }
    return std::nullopt;
  }

  void classify_each() {
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      const auto line = text(i);
      bool opens = false;
      if (line.empty())
        kind(i) = LineKind::blank;
      else if (auto marker = marker_kind(line, opens))
        kind(i) = *marker;
      else if (is_markup_caption(line))
        kind(i) = LineKind::caption;
      else if (is_dateline(line))
        kind(i) = LineKind::header;
      opens_block_[i] = opens;
    }
  }

  // Lines under a related heading or a footer marker take its kind until a clear paragraph.
  void apply_blocks() {
    std::optional<LineKind> block;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (kind(i) == LineKind::blank) continue;
      if (opens_block_[i])
        block = kind(i);
      else if (block && is_clear_paragraph(text(i)) && kind(i) == LineKind::body)
        block.reset();
      else if (block)
        kind(i) = *block;
    }
  }

  std::optional<std::size_t> next_nonblank(std::size_t i) const {
    for (++i; i < lines_.size(); ++i)
      if (lines_[i].kind != LineKind::blank) return i;
    return std::nullopt;
  }

  // The first body line is the headline when it looks like one; a kicker ending with ':' above
  // the headline belongs to it. With a given title, only a first line equal to it is the title.
  void find_title(std::string_view given_title) {
    auto first =
        std::find_if(lines_.begin(), lines_.end(), [](const Line& l) { return l.kind == LineKind::body; });
    if (first == lines_.end()) return;
    const auto i = static_cast<std::size_t>(first - lines_.begin());
    const auto line = text(i);
    if (!given_title.empty()) {
      if (fold_alike(line, given_title)) mark_title(i);
      return;
    }
    if (!is_headline(line)) return;
    const auto next = next_nonblank(i);
    mark_title(i);
    if (line.ends_with(':') && next && kind(*next) == LineKind::body && is_headline(text(*next)) &&
        !text(*next).ends_with(':'))
      mark_title(*next);
  }

  void mark_title(std::size_t i) {
    kind(i) = LineKind::title;
    titles_.push_back(i);
  }

  bool is_title_text(std::string_view line) const {
    return std::any_of(titles_.begin(), titles_.end(), [&](std::size_t t) { return text(t) == line; });
  }

  bool body_after(std::size_t i) const {
    for (++i; i < lines_.size(); ++i)
      if (lines_[i].kind == LineKind::body) return true;
    return false;
  }

  // A short line that repeats the opening of a body paragraph (alt text of a photo).
  bool repeats_an_opening(std::size_t i) const {
    auto line = text(i);
    if (line.size() < kMinRepeat || line.size() >= kShortLine) return false;
    if (line.ends_with('.')) line.remove_suffix(1);
    for (std::size_t j = 0; j < lines_.size(); ++j)
      if (j != i && lines_[j].kind == LineKind::body && text(j).size() > line.size() &&
          text(j).starts_with(line))
        return true;
    return false;
  }

  // Photo captions between paragraphs: repeats of the previous line or of the headline, the lines
  // glued under a caption and, in an article that ends its paragraphs with stops, short lines
  // without one. There, a long line without any stop is a run of other articles' headlines.
  void find_captions() {
    punctuated_ = ends_paragraphs_with_stops();
    bool body_before = false;
    std::optional<std::size_t> previous;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (kind(i) == LineKind::blank) continue;
      if (kind(i) == LineKind::body) classify_body_line(i, previous, body_before);
      if (kind(i) == LineKind::body) body_before = true;
      previous = i;
    }
  }

  void classify_body_line(std::size_t i, std::optional<std::size_t> previous, bool body_before) {
    const auto line = text(i);
    const bool adjacent = previous && *previous + 1 == i;
    if ((previous && text(*previous) == line) || is_title_text(line) || repeats_an_opening(i)) {
      kind(i) = LineKind::caption;
      return;
    }
    if (ends_sentence(line) || line.ends_with(':') || !body_before) return;
    if (adjacent && kind(*previous) == LineKind::caption)
      kind(i) = LineKind::caption;
    else if (!punctuated_)
      return;
    else if (line.size() < kShortLine)
      kind(i) = body_after(i) ? LineKind::caption : LineKind::body;
    else if (!has_inner_stop(line))
      kind(i) = LineKind::related;
  }

  // Whether the article ends its paragraphs with a stop, so that a line without one stands out.
  bool ends_paragraphs_with_stops() const {
    std::size_t long_lines = 0, stopped = 0;
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (lines_[i].kind != LineKind::body || text(i).size() < kShortLine) continue;
      ++long_lines;
      if (ends_sentence(text(i))) ++stopped;
    }
    return long_lines >= kMinParagraphs &&
           static_cast<double>(stopped) >= kPunctuatedShare * static_cast<double>(long_lines);
  }

  // A byline after the last paragraph is a footer.
  void find_signature() {
    for (std::size_t i = lines_.size(); i-- > 0;) {
      if (kind(i) != LineKind::body) continue;
      if (is_signature(text(i))) kind(i) = LineKind::footer;
      return;
    }
  }

  std::string_view folded_;
  std::vector<Line>& lines_;
  const LineRules& rules_;
  std::vector<bool> opens_block_;
  std::vector<std::size_t> titles_;
  bool punctuated_ = false;
};

}  // namespace

std::optional<LineKind> line_kind_named(std::string_view name) {
  for (auto kind : {LineKind::blank, LineKind::title, LineKind::header, LineKind::body, LineKind::caption,
                    LineKind::related, LineKind::footer})
    if (name == to_string(kind)) return kind;
  return std::nullopt;
}

std::vector<Line> split_lines(std::string_view folded) {
  std::vector<Line> lines;
  for (std::size_t begin = 0; begin < folded.size();) {
    const auto newline = std::min(folded.find('\n', begin), folded.size());
    auto end = newline;
    if (end > begin && folded[end - 1] == '\r') --end;
    Line line;
    line.begin = begin;
    line.end = end;
    lines.push_back(line);
    begin = newline + 1;
  }
  return lines;
}

void classify_lines(std::string_view folded, std::vector<Line>& lines, const LineRules& rules,
                    std::string_view given_title) {
  Classifier(folded, lines, rules).run(given_title);
}

}  // namespace biennien::text
