// Stage 3, publication: the article's anchor, the moment its relative dates are read against.
//
//   biennien::Anchor a = biennien::find_anchor(article, doc, lexicon);
//   a.value();   // "2021-06-25T22:00", "2024-06-21", "2025" or "" when nothing tells
//
// Order of evidence: the article's metadata (`published`); then header lines (datelines such as
// `Ngày đăng: 21/06/2024 15:00`, `20:02 | 19/01/2021`, `Print Thứ Sáu, 25/06/2021 22:00 Gốc`, the
// weekday checked against the date; a labelled dateline beats a bare one, and a page banner above
// the headline (`Thứ 3, Ngày 16/07/2024 -`, the day the page was saved) is used only when nothing
// else is there). Related-article lists, captions and footers are never evidence. When neither
// tells, the anchor is unknown here; the resolve stage may then infer one from the text's own
// explicit dates (provenance `context`).
#pragma once
#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include <date/date.h>

#include "biennien/ingest.hpp"
#include "biennien/rules.hpp"
#include "biennien/text.hpp"

namespace biennien {

enum class AnchorSource { none, metadata, header, context };
const char* to_string(AnchorSource source);  // "none" "metadata" "header" "context"

struct Anchor {
  AnchorSource source = AnchorSource::none;
  std::optional<date::year> year;          // always set unless source is none
  std::optional<date::year_month_day> day; // set for metadata and header anchors (maybe context)
  std::optional<std::chrono::minutes> time_of_day;  // local time, when written
  std::optional<std::chrono::minutes> utc_offset;   // when metadata gave one ("+07:00")

  bool known() const { return source != AnchorSource::none; }
  // TIMEX3-style value: "2021-06-25T22:00", "2024-06-21", "2025", or "" when unknown.
  std::string value() const;
};

// Parses an ISO 8601 date or date-time ("2024-06-21", "2024-06-21T15:00", "...:00+07:00", "...Z").
// A date outside the years 1000-9000 is no anchor, here and in datelines.
std::optional<Anchor> parse_published(std::string_view iso);

// The word lists and patterns publication needs (rules/vi/publication/*).
class PublicationLexicon {
 public:
  static Expected<PublicationLexicon> load(const RuleFiles& files);

 private:
  friend Anchor find_anchor(const Article&, const Document&, const PublicationLexicon&);
  struct Data;
  std::shared_ptr<const Data> data_;
};

Anchor find_anchor(const Article& article, const Document& doc, const PublicationLexicon& lexicon);

}  // namespace biennien
