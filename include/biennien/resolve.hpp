// Stage 5, resolve: fill in what each mention leaves open, from the anchor and the sentence.
//
//   biennien::Resolution r = resolver.resolve(doc, anchor, mentions);
//   for (const auto& m : r.mentions) std::cout << m.value << ' ' << to_string(m.provenance);
//
// A missing year becomes the plausible year nearest the anchor, moved by tense words in the
// sentence (past: `đã`, `vừa qua`; future: `sẽ`, `tới`), constrained by a written weekday, and a
// year-end review held in January (`tổng kết ... năm 2024` on 21-1) belongs to the next year.
// Without an anchor, one is inferred from the text's explicit dates (provenance `context`).
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "biennien/publication.hpp"
#include "biennien/rules.hpp"
#include "biennien/temporal.hpp"
#include "biennien/text.hpp"

namespace biennien {

// Where a resolved value's missing parts came from.
enum class Provenance {
  explicit_,    // everything was written
  publication,  // completed from the article's metadata or dateline
  context,      // completed from the text (another date, a year-end review, an inferred anchor)
  weekday,      // the year chosen so that the written weekday matches
  none,         // nothing told; the value keeps "XXXX"
};
const char* to_string(Provenance provenance);  // "explicit" "publication" "context" "weekday" "none"

struct ResolvedMention {
  Mention mention;          // spans into Document::folded
  Expression resolved;      // years filled in where they could be known
  std::string value;        // timex_value(resolved)
  Provenance provenance = Provenance::explicit_;
  double confidence = 1.0;  // 0..1
};

struct Resolution {
  Anchor anchor;  // the publication anchor, or the inferred one (source context), or none
  std::vector<ResolvedMention> mentions;
};

class Resolver {
 public:
  // Loads the tense and review word lists (rules/vi/resolve/*.tsv).
  static Expected<Resolver> load(const RuleFiles& files);
  Resolution resolve(const Document& doc, const Anchor& anchor, std::vector<Mention> mentions) const;

 private:
  struct Lists;
  std::shared_ptr<const Lists> lists_;
};

}  // namespace biennien
