// Stage 2, text: one Article's text prepared for matching, with lines and sentences classified.
//
//   biennien::TextAnalyser analyser = *biennien::TextAnalyser::load(rule_files);
//   biennien::Document doc = analyser.analyse(article);
//   for (const auto& s : doc.sentences) if (doc.lines[s.line].kind == biennien::LineKind::body) ...
//
// `doc.folded` is the text every later stage matches against: NFC, one tone-mark placement, every
// kind of space as U+0020 and every dash as '-', one for one (runs kept as written); line breaks
// stay ('\r' of "\r\n" belongs to the break). `doc.original_offset(i)` maps a byte offset of
// `folded` back to the article's own bytes (a folded or NFC-composed character maps to its first
// byte), so every span reported to the user points into what they gave us.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/error.hpp"
#include "biennien/ingest.hpp"
#include "biennien/rules.hpp"

namespace biennien {

enum class LineKind {
  blank,
  title,    // the article's headline (and a kicker line above it)
  header,   // datelines, bylines, page banners, print/share chrome near the top
  body,     // the article itself: the only kind events come from
  caption,  // photo captions and image markup
  related,  // "Tin khác", "Có thể bạn quan tâm" and the list of other articles under them
  footer,   // signatures, copyright, QR and social blocks
};
const char* to_string(LineKind kind);

struct Span {
  std::size_t begin = 0;  // byte offsets into Document::folded, end exclusive
  std::size_t end = 0;
};

struct Line : Span {
  LineKind kind = LineKind::body;
};

struct Sentence : Span {
  std::size_t line = 0;  // index into Document::lines
};

// One piece of the map from folded offsets to original ones: the folded bytes from `folded` up to
// the next run's are either the original bytes from `original` on, copied (`copied`), or made from
// the original bytes that start at `original` (an NFC-composed segment, a U+FFFD), and then all of
// them map to `original`.
struct OffsetRun {
  std::size_t folded = 0;
  std::size_t original = 0;
  bool copied = true;

  // Where folded offset `i`, at or after `folded` and before the next run, comes from.
  std::size_t map(std::size_t i) const { return copied ? original + (i - folded) : original; }
};

struct Document {
  std::string title;   // Article::title when given, else the text of the line classed as title
  std::string folded;
  std::vector<Line> lines;
  // Sentence boundaries (ICU), in order: of every non-blank line, or, when analysed without them,
  // of those sentences that TextAnalyser::split_sentences_at was asked for.
  std::vector<Sentence> sentences;
  // The offset map, in increasing `folded`, the first run at 0: folded offset i (0 to folded.size(),
  // which maps to the original's size) maps by the last run at or before it. Runs start only around
  // characters not copied as they are (in text already in NFC, only after a character folded to
  // fewer bytes), so there are few. A Document made by hand maps every offset to itself.
  std::vector<OffsetRun> offset_runs = {OffsetRun{}};

  std::size_t original_offset(std::size_t folded_offset) const;
  std::string_view view(Span s) const { return std::string_view(folded).substr(s.begin, s.end - s.begin); }
  // The sentence containing `offset`, or nullptr.
  const Sentence* sentence_at(std::size_t offset) const;
  // The index of the last line that begins at or before `offset` (0 when none).
  std::size_t line_at(std::size_t offset) const;
};

// Holds the word lists that classify lines (rules/vi/text/*.tsv).
class TextAnalyser {
 public:
  static Expected<TextAnalyser> load(const RuleFiles& files);
  // With `sentences` false, doc.sentences stays empty for split_sentences_at to fill.
  Document analyse(const Article& article, bool sentences = true) const;
  // Adds to doc.sentences the sentences that hold `offsets` (increasing): the same sentences the
  // split of every line gives, splitting only the lines that hold an offset, up to the last one.
  void split_sentences_at(Document& doc, const std::vector<std::size_t>& offsets) const;

 private:
  struct Lists;
  std::shared_ptr<const Lists> lists_;
};

}  // namespace biennien
