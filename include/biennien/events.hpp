// Stage 6, events: who does what, when, from the resolved mentions of one article.
//
//   auto registry = biennien::OrganisationRegistry::parse(json_text, "calendars/organisations.json");
//   auto extractor = biennien::EventExtractor::load(rule_files, *registry);
//   std::vector<biennien::Event> events = extractor->extract(article, doc, resolution);
//
// An event is a body sentence whose predicate is an event word (`tổ chức`, `tổng kết`, `phát động`,
// `khai mạc` ... rules/vi/events/predicates.tsv) with a time adjunct of at least month precision
// (at the head of a clause, or after `vào`/`từ`/`lúc` ...), and the organisations that are its
// subject. Dates that name a commemorated day (`Ngày Thương binh liệt sỹ 27/7`) or follow a
// comparison word (`tương tự như Tháng Thanh niên vào tháng 3`) are not the time of an event. When
// the sentence names no organiser: the body of the sitting it names (`phiên họp thứ 12, Ủy ban ...`,
// else the article's one assembly: `Quốc hội`, `HĐND ...`, named more than once); for an event told
// without an actor (`Hội thi diễn ra ...`, `... được tổ chức`), the agents (`do X và Y tổ chức`) of
// the sentence before or after it, when they agree and have no event of their own; else the
// previous event's first organiser or the article's (rules/vi/events/sittings.tsv).
#pragma once
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/ingest.hpp"
#include "biennien/resolve.hpp"
#include "biennien/rules.hpp"
#include "biennien/text.hpp"

namespace biennien {

struct Organisation {
  std::string id;      // slug of the canonical name without diacritics: "thanh-doan-ha-noi"
  std::string name;    // canonical name: "Thành đoàn Hà Nội"
  std::vector<std::string> aliases;
  std::string parent;  // id of the unit above, "" for the top
  std::string color;   // "#RRGGBB", "" for units found by pattern
  // A former unit (a province merged in 2025): the unit it became part of, and its last day
  // ("2025-06-30"); both "" for a unit that exists now.
  std::string merged_into{};
  std::string until{};
};

// ICU transliteration of `name` to a lower-case ASCII slug: "Quận đoàn Hoàn Kiếm" →
// "quan-doan-hoan-kiem". Never empty, never a path ("..", "/"): at most 80 characters of [a-z0-9-].
// A name with nothing to transliterate ("", "!!") gets "x-" and 8 hex digits of a hash of its bytes.
std::string slug(std::string_view name);

// Where an organisation is named in a text.
struct OrganisationMention {
  std::size_t begin = 0, end = 0;  // byte offsets into the text given
  std::string id;
  // Part of a person's title ("Bí thư Thành đoàn ...", "Chủ tịch UBND tỉnh ..."): named, not acting.
  bool in_title = false;
};

// The known organisations (calendars/organisations.json) and the patterns for units not in it
// (rules/vi/events/organisation_patterns.tsv: `Quận đoàn X`, `Thành đoàn Y` ...).
class OrganisationRegistry {
 public:
  // JSON: {"organisations": [{"id","name","aliases":[...],"parent","color","merged_into","until"}]};
  // errors name the file and say what is wrong. "id" defaults to slug(name); ids, names and aliases
  // must be unique; "merged_into" names a unit of the registry and comes with "until" (YYYY-MM-DD).
  static Expected<OrganisationRegistry> parse(std::string_view json, std::string_view file);

  const std::vector<Organisation>& all() const { return organisations_; }
  // By id, canonical name or alias (case, spacing and tone-mark placement fold); nullptr if unknown.
  const Organisation* find(std::string_view id_name_or_alias) const;
  // Adds a unit found by pattern (keeps the first one of an id); returns its id.
  std::string add(Organisation organisation);
  // Ids of `id` and every unit below it, `id` first; empty when `id` is unknown.
  std::vector<std::string> with_descendants(std::string_view id) const;
  // The unit that `id` is part of today (following merged_into), `id` itself when it still exists.
  std::string current(std::string_view id) const;
  // Ids of `id` and of the former units merged into it (at any remove), `id` first.
  std::vector<std::string> with_predecessors(std::string_view id) const;

 private:
  std::vector<Organisation> organisations_;
  std::map<std::string, std::size_t, std::less<>> index_;  // folded id, name, alias -> position
};

struct EventSource {
  std::string article;    // Article::id
  std::string title;      // the article's headline
  std::string url;
  std::string published;  // the anchor value
  std::string sentence;   // the sentence that states the event, as in the original text
  std::size_t start = 0;  // byte offsets of the sentence in Article::text
  std::size_t end = 0;
};

// Whether an event goes ahead: held or announced (confirmed), only planned or expected
// ("dự kiến", "sẽ" ...: tentative), called off or put back ("hoãn", "lùi", "tạm dừng": cancelled).
enum class EventStatus { confirmed, tentative, cancelled };
const char* to_string(EventStatus status);  // "confirmed", "tentative", "cancelled"

struct Event {
  std::string title;      // a name a person recognises: "Hội nghị tổng kết công tác Đoàn năm 2020"
  std::string kind;       // "hội nghị", "tổng kết", "phát động" ... (rules/vi/events/kinds.tsv)
  std::string location;   // "" when the text does not say
  Expression when;        // resolved
  std::string value;      // timex_value(when)
  Provenance provenance = Provenance::explicit_;
  double confidence = 1.0;
  std::vector<std::string> organisations;  // ids, the organiser first
  EventStatus status = EventStatus::confirmed;
  EventSource source;
};

class EventExtractor {
 public:
  // Reads rules/vi/events/*.tsv and builds the matchers for `registry` once; an Error names the file.
  static Expected<EventExtractor> load(const RuleFiles& files, OrganisationRegistry registry);
  // The events of the article's body sentences, in text order, at most one per sentence.
  // Units found by pattern are added to the extractor's registry (see registry()).
  std::vector<Event> extract(const Article& article, const Document& doc, const Resolution& resolution);
  // The organisations named on the title and body lines of `doc`, in text order (spans into
  // doc.folded); registry names and aliases first, then unit patterns; units found by pattern are
  // added to registry().
  std::vector<OrganisationMention> find_organisations(const Document& doc);
  const OrganisationRegistry& registry() const { return registry_; }

 private:
  struct Lists;
  std::shared_ptr<const Lists> lists_;
  OrganisationRegistry registry_;
};

}  // namespace biennien
