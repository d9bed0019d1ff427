#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iterator>
#include <memory>

#include "biennien/text.hpp"
#include "classify.hpp"
#include "fold.hpp"

namespace biennien {
namespace {

// Reads a word list whose values name line kinds.
Expected<std::vector<std::pair<std::string, LineKind>>> kind_list(const RuleFiles& files,
                                                                  std::string_view name) {
  auto list = files.word_list(name);
  if (!list) return list.error();
  std::vector<std::pair<std::string, LineKind>> out;
  for (const auto& entry : list->entries) {
    auto kind = text::line_kind_named(entry.value);
    if (!kind)
      return Error{list->file + ":" + std::to_string(entry.line), "unknown line kind `" + entry.value + "`"};
    out.emplace_back(fold_for_lookup(entry.phrase), *kind);
  }
  return out;
}

// The sentence break iterator of this thread, made on first use (making one costs as much as
// splitting a short article); nullptr when ICU cannot make one.
icu::BreakIterator* sentence_iterator() {
  thread_local std::unique_ptr<icu::BreakIterator> breaks;
  if (!breaks) {
    UErrorCode status = U_ZERO_ERROR;
    breaks.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("vi"), status));
    if (U_FAILURE(status)) breaks.reset();
  }
  return breaks.get();
}

// Appends to `sentences` those of line `l` (non-blank) that begin at or before byte `until`, trimmed
// of spaces: ICU walks the line from its start (its rules need what comes before a boundary to find
// it) and stops at the first boundary past `until`.
void split_line(const std::string& folded, const std::vector<Line>& lines, std::size_t l, std::size_t until,
                std::vector<Sentence>& sentences) {
  icu::BreakIterator* breaks = sentence_iterator();
  if (!breaks) return;
  const Line& line = lines[l];
  // ICU walks UTF-16 faster than UTF-8 through a UText: the line is converted once, and each
  // boundary (in UTF-16 units, increasing) is walked back to its byte in the line.
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data() + line.begin);
  const auto size = static_cast<int32_t>(line.end - line.begin);
  const icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(reinterpret_cast<const char*>(bytes), size));
  breaks->setText(text);
  // The folded text is valid UTF-8: a character takes two UTF-16 units when its lead byte is 0xF0
  // or above, one otherwise, and its continuation bytes (10xxxxxx) none.
  int32_t unit = 0, byte = 0;
  auto byte_of = [&](int32_t boundary) {
    while (unit < boundary && byte < size) {
      const uint8_t lead = bytes[byte];
      unit += lead >= 0xF0 ? 2 : 1;
      for (++byte; byte < size && (bytes[byte] & 0xC0) == 0x80;) ++byte;
    }
    return line.begin + static_cast<std::size_t>(byte);
  };
  for (std::size_t b = byte_of(breaks->first()); b <= until;) {
    const int32_t boundary = breaks->next();
    if (boundary == icu::BreakIterator::DONE) break;
    Sentence s;
    s.begin = b;
    s.end = b = byte_of(boundary);
    while (s.begin < s.end && folded[s.begin] == ' ') ++s.begin;
    while (s.end > s.begin && folded[s.end - 1] == ' ') --s.end;
    s.line = l;
    if (s.begin < s.end) sentences.push_back(s);
  }
}

// The original text of the title lines (a kicker and its headline), joined by a space.
std::string title_text(const Document& doc, std::string_view original) {
  std::string title;
  for (const Line& line : doc.lines) {
    if (line.kind != LineKind::title) continue;
    auto begin = line.begin, end = line.end;
    while (begin < end && doc.folded[begin] == ' ') ++begin;
    while (end > begin && doc.folded[end - 1] == ' ') --end;
    const auto from = doc.original_offset(begin), to = doc.original_offset(end);
    if (!title.empty()) title += ' ';
    title += original.substr(from, to - from);
  }
  return title;
}

}  // namespace

struct TextAnalyser::Lists : text::LineRules {};

const char* to_string(LineKind kind) {
  switch (kind) {
    case LineKind::blank:
      return "blank";
    case LineKind::title:
      return "title";
    case LineKind::header:
      return "header";
    case LineKind::body:
      return "body";
    case LineKind::caption:
      return "caption";
    case LineKind::related:
      return "related";
    case LineKind::footer:
      return "footer";
  }
  return "body";
}

std::size_t Document::original_offset(std::size_t folded_offset) const {
  // The last run that starts at or before the offset; the first starts at 0.
  const auto after = std::upper_bound(offset_runs.begin(), offset_runs.end(), folded_offset,
                                      [](std::size_t o, const OffsetRun& run) { return o < run.folded; });
  return std::prev(after)->map(folded_offset);
}

const Sentence* Document::sentence_at(std::size_t offset) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), offset,
                             [](std::size_t o, const Sentence& s) { return o < s.begin; });
  if (it == sentences.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

std::size_t Document::line_at(std::size_t offset) const {
  const auto after = std::upper_bound(lines.begin(), lines.end(), offset,
                                      [](std::size_t o, const Line& line) { return o < line.begin; });
  return after == lines.begin() ? 0 : static_cast<std::size_t>(after - lines.begin()) - 1;
}

Expected<TextAnalyser> TextAnalyser::load(const RuleFiles& files) {
  auto lists = std::make_shared<Lists>();
  auto whole = kind_list(files, "text/lines.tsv");
  if (!whole) return whole.error();
  lists->whole_lines.insert(whole->begin(), whole->end());
  auto prefixes = kind_list(files, "text/prefixes.tsv");
  if (!prefixes) return prefixes.error();
  lists->prefixes = std::move(*prefixes);
  TextAnalyser analyser;
  analyser.lists_ = std::move(lists);
  return analyser;
}

Document TextAnalyser::analyse(const Article& article, bool sentences) const {
  Document doc;
  auto folded = text::fold_text(article.text);
  doc.folded = std::move(folded.text);
  doc.offset_runs = std::move(folded.offset_runs);
  doc.lines = text::split_lines(doc.folded);
  text::classify_lines(doc.folded, doc.lines, *lists_, article.title);
  if (sentences)
    for (std::size_t l = 0; l < doc.lines.size(); ++l)
      if (doc.lines[l].kind != LineKind::blank)
        split_line(doc.folded, doc.lines, l, doc.lines[l].end, doc.sentences);
  doc.title = article.title;
  if (doc.title.empty()) doc.title = title_text(doc, article.text);
  return doc;
}

void TextAnalyser::split_sentences_at(Document& doc, const std::vector<std::size_t>& offsets) const {
  std::vector<Sentence> line_sentences;
  std::size_t i = 0;
  for (std::size_t l = 0; l < doc.lines.size() && i < offsets.size(); ++l) {
    const Line& line = doc.lines[l];
    while (i < offsets.size() && offsets[i] < line.begin) ++i;  // on a line break
    std::size_t end = i;  // offsets [i, end) are in this line
    while (end < offsets.size() && offsets[end] < line.end) ++end;
    if (end > i && line.kind != LineKind::blank) {
      line_sentences.clear();
      split_line(doc.folded, doc.lines, l, offsets[end - 1], line_sentences);
      for (std::size_t o = i; const Sentence& s : line_sentences) {  // those that hold an offset
        while (o < end && offsets[o] < s.begin) ++o;
        if (o < end && offsets[o] < s.end) doc.sentences.push_back(s);
      }
    }
    i = end;
  }
}

}  // namespace biennien
