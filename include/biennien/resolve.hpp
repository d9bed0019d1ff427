// Stage 5, resolve: fill in what each mention leaves open, from the anchor and the sentence.
//
//   biennien::Resolution r = resolver.resolve(doc, anchor, mentions);
//   for (const auto& m : r.mentions) std::cout << m.value << ' ' << to_string(m.provenance);
//
// A missing year becomes the plausible year nearest the anchor (a month or quarter is at distance
// zero when the anchor is inside it), moved by the mention's own tense words (`ngày 5/11 tới`), else
// by those of its sentence (past: `đã`, `vừa qua`; future: `sẽ`, `sắp`), constrained by a written
// weekday; a year-end review held in January (`tổng kết ... năm 2024` on 21-1) belongs to the next
// year; a bare date right after an explicit one of another year in the same paragraph, and nearer to
// it than to the anchor, takes its year. Deictic points count from the anchor (`hôm qua`, `năm
// ngoái`, `thứ Sáu tới`) or from the previous date of the text (`chiều cùng ngày`).
// Without an anchor, one is inferred carefully (provenance `context`, low confidence): the newest
// year written in the body's points, not as a target (`đến năm 2030`, rules/vi/resolve/target.tsv),
// trusted when written twice, else only for dates of the newest month written with it; a date
// before the latest date written with that year is not of that year. Otherwise the year stays
// `XXXX` (provenance `none`).
// Lunar days and months, named days (rules/vi/resolve/named_days.tsv) and can-chi years become
// civil dates: in the year written, named ("Tết Ất Tỵ"), counted from a founding ("kỷ niệm 90 năm
// Ngày thành lập Đoàn" = 2021-03-26), or whose civil days lie nearest the anchor; provenance
// `lunar` when the lunar calendar converted them.
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
  lunar,        // converted from the lunar calendar (its year written, or nearest the anchor)
  none,         // nothing told; the value keeps "XXXX"
};
const char* to_string(Provenance provenance);  // "explicit" "publication" "context" "weekday" "lunar" "none"

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
  // Loads the tense and review word lists (rules/vi/resolve/*.tsv) and the named days.
  static Expected<Resolver> load(const RuleFiles& files);
  // Reads of `doc` the lines, and the sentences (Document::sentences) of the mentions that
  // sentences_read names.
  Resolution resolve(const Document& doc, const Anchor& anchor, std::vector<Mention> mentions) const;
  // The begins of the mentions whose sentence resolve() reads, in the mentions' order: those with a
  // calendar point whose year is neither written nor counted ("ngày 21/6": the sentence's tense
  // words and year-end review choose it), and when the anchor is unknown those with a written year
  // (the words before it tell whether it is a target, "đến năm 2030", or a year the text speaks from).
  static std::vector<std::size_t> sentences_read(const Anchor& anchor, const std::vector<Mention>& mentions);

 private:
  struct Lists;
  std::shared_ptr<const Lists> lists_;
};

}  // namespace biennien
