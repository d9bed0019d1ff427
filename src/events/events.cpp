// Stage 6: organisations and events in one article's body sentences.
#include "biennien/events.hpp"

#include <re2/re2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <set>
#include <tuple>

#include "phrase_matcher.hpp"

namespace biennien {
namespace {

using events::is_upper_at;
using events::is_word_start;
using events::next_word_start;
using events::PhraseMatcher;

constexpr std::size_t kMaxTitleWords = 25;      // a title is a name, not the rest of the sentence
constexpr std::size_t kCommemorationWords = 8;  // how far back "Ngày ..." may stand before a date

// The name after a unit type: at most four capitalised words or numbers ("Hoàn Kiếm", "12").
constexpr const char* kUnitName = R"([\p{Lu}\pN][\pL\pN\pM]*(?: +[\p{Lu}\pN][\pL\pN\pM]*){0,3})";
// A kicker before the first sentence: a few capitalised words and " - " ("TTTĐ - ", "(Tin) - ").
constexpr const char* kKicker =
    R"(\(?[\p{Lu}\pN][\pL\pN\pM.]*\)?(?: +\(?[\p{Lu}\pN][\pL\pN\pM.]*\)?){0,3} +- +)";

RE2::Options longest_match() {
  RE2::Options options;
  options.set_longest_match(true);
  return options;
}

// A word list matched in text: the phrases and the value of each.
struct Vocabulary {
  PhraseMatcher matcher;
  std::vector<std::string> values;  // by PhraseMatcher::Match::entry
};

Expected<Vocabulary> vocabulary(const std::vector<std::pair<std::string, std::string>>& entries,
                                std::string_view file) {
  std::vector<std::string> phrases;
  Vocabulary result;
  for (const auto& [phrase, value] : entries) {
    phrases.push_back(phrase);
    result.values.push_back(value);
  }
  auto matcher = PhraseMatcher::build(phrases, file);
  if (!matcher) return matcher.error();
  result.matcher = *matcher;
  return result;
}

Expected<Vocabulary> vocabulary(const RuleFiles& files, std::string_view name) {
  auto list = files.word_list(name);
  if (!list) return list.error();
  std::vector<std::pair<std::string, std::string>> entries;
  for (const WordEntry& entry : list->entries) entries.emplace_back(entry.phrase, entry.value);
  return vocabulary(entries, list->file);
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end && is_space(text[pos])) ++pos;
  return pos;
}

// The end of `text[begin, end)` without trailing spaces and `,` `;` `:` `.` `-`.
std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin &&
         (is_space(text[end - 1]) || std::string_view(",;:.-").find(text[end - 1]) != std::string_view::npos))
    --end;
  return end;
}

// `text` with its first letter in upper case and runs of spaces as one.
std::string capitalised(std::string_view text) {
  std::string out;
  for (char c : text)
    if (!is_space(c) || (!out.empty() && out.back() != ' ')) out += is_space(c) ? ' ' : c;
  std::size_t rest = 0;
  if (events::code_point_at(out, 0, &rest) < 0) return out;
  icu::UnicodeString first =
      icu::UnicodeString::fromUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(rest)));
  std::string upper;
  first.toUpper().toUTF8String(upper);
  return upper + out.substr(rest);
}

// The space-separated tokens of text[begin, end), as byte ranges.
std::vector<std::pair<std::size_t, std::size_t>> tokens(std::string_view text, std::size_t begin,
                                                        std::size_t end) {
  std::vector<std::pair<std::size_t, std::size_t>> found;
  for (std::size_t pos = skip_spaces(text, begin, end); pos < end; pos = skip_spaces(text, pos, end)) {
    const std::size_t stop = std::min(text.find_first_of(" \t\n\r", pos), end);
    found.emplace_back(pos, stop);
    pos = stop;
  }
  return found;
}

// True when text[begin, end) is one word: letters, digits and marks only.
bool is_plain_word(std::string_view text, std::size_t begin, std::size_t end) {
  return is_word_start(text, begin) && events::word_end(text, begin) == end;
}

}  // namespace

namespace events {
// The word lists and matchers of the events stage.
struct Lexicon {
  Vocabulary organisations;                                 // registry names and aliases; value: the id
  Vocabulary unit_types;                                    // organisation_patterns.tsv; value: depth
  std::map<std::string, int, std::less<>> registry_depths;  // id -> depth of its name's unit type
  Vocabulary predicates;                                    // value: kind implied
  Vocabulary kinds;                                         // value: kind; entry order is priority
  Vocabulary light_verbs;
  Vocabulary adjunct_words;  // value: "marker" or "head"
  Vocabulary places;         // value: the place itself, or "" when the place follows
  std::set<std::string, std::less<>> commemoration_heads;
  RE2 unit_name{kUnitName, longest_match()};
  RE2 kicker{kKicker, longest_match()};
};
}  // namespace events

struct EventExtractor::Lists : events::Lexicon {};

namespace {

using events::Lexicon;

// One mention in the sentence, and the matches that make an event of it.
struct Reading {
  const ResolvedMention* mention = nullptr;
  std::size_t predicate_begin = 0, predicate_end = 0;
  std::string predicate_kind;
  std::size_t subject_begin = 0;  // organisers are named in [subject_begin, predicate_begin)
  std::size_t title_begin = 0, title_end = 0;
  std::size_t clause_end = 0;     // of the predicate's clause
  std::size_t adjunct_begin = 0;  // the time adjunct, with the words that open it
};

class SentenceReader {
 public:
  SentenceReader(const Lexicon& lists, const Document& doc, const Sentence& sentence,
                 const std::vector<ResolvedMention>& mentions)
      : lists_(lists), text_(std::string_view(doc.folded).substr(0, sentence.end)), mentions_(mentions) {
    head_ = skip_spaces(text_, sentence.begin, sentence.end);
    re2::StringPiece kicker;
    if (lists_.kicker.Match(re2::StringPiece(text_.data(), text_.size()), head_, text_.size(),
                            RE2::ANCHOR_START, &kicker, 1))
      head_ += kicker.size();
  }

  // The first mention that times an event of this sentence, with its predicate.
  std::optional<Reading> read() const {
    for (const ResolvedMention& mention : mentions_) {
      if (mention.mention.begin < head_ || !can_time_event(mention)) continue;
      const auto adjunct = adjunct_begin(mention.mention.begin);
      if (!adjunct || names_commemoration(mention.mention)) continue;
      if (auto reading = with_predicate(mention, *adjunct)) return reading;
    }
    return std::nullopt;
  }

  // "tại <place>" up to the next comma, semicolon or period in the predicate's clause; else a
  // marker that is itself the place ("trực tuyến"); else "".
  std::string location(const Reading& reading, const Article& article, const Document& doc) const {
    const auto found = lists_.places.matcher.find_all(text_, reading.predicate_begin, reading.clause_end);
    for (const auto& [at, match] : found) {
      if (!lists_.places.values[match.entry].empty()) continue;
      const std::size_t begin = skip_spaces(text_, match.end, reading.clause_end);
      std::size_t stop = std::min(text_.find_first_of(",;", begin), reading.clause_end);
      if (reading.adjunct_begin > begin) stop = std::min(stop, reading.adjunct_begin);
      const std::size_t end = trim_end(text_, begin, stop);
      if (end > begin)
        return article.text.substr(doc.original_offset(begin),
                                   doc.original_offset(end) - doc.original_offset(begin));
    }
    for (const auto& [at, match] : found)
      if (!lists_.places.values[match.entry].empty()) return lists_.places.values[match.entry];
    return "";
  }

  // The kind of the first kinds.tsv entry in the title, else the predicate's.
  std::string kind(const Reading& reading) const {
    const auto found = lists_.kinds.matcher.find_all(text_, reading.title_begin, reading.title_end);
    const auto first = std::min_element(found.begin(), found.end(), [](const auto& a, const auto& b) {
      return a.second.entry < b.second.entry;
    });
    return first == found.end() ? reading.predicate_kind : lists_.kinds.values[first->second.entry];
  }

 private:
  // A DATE or TIME point or range (by its start) of at least month precision.
  static bool can_time_event(const ResolvedMention& m) {
    const MentionType type = m.mention.type;
    const ExpressionKind expression = m.resolved.kind;
    return (type == MentionType::date || type == MentionType::time) &&
           (expression == ExpressionKind::point || expression == ExpressionKind::range ||
            expression == ExpressionKind::range_to_anchor) &&
           m.resolved.start.precision >= Precision::month;
  }

  // Where the time adjunct of a date at `begin` starts, walking back over the words that may open
  // it ("vào", "sáng" ...), when it is one: at the head of a clause, or after a marker.
  std::optional<std::size_t> adjunct_begin(std::size_t begin) const {
    bool after_marker = false;
    for (;;) {
      std::size_t before = begin;
      while (before > head_ && is_space(text_[before - 1])) --before;
      if (before == head_ || text_[before - 1] == ',' || text_[before - 1] == ';') return begin;
      std::size_t word = before;
      while (word > head_ && !is_space(text_[word - 1]) && !is_word_start(text_, word)) --word;
      const auto match =
          is_word_start(text_, word) ? lists_.adjunct_words.matcher.match_at(text_, word) : std::nullopt;
      if (!match || match->end != before) return after_marker ? std::optional(begin) : std::nullopt;
      after_marker = after_marker || lists_.adjunct_words.values[match->entry] == "marker";
      begin = word;
    }
  }

  // "kỷ niệm Ngày Thương binh liệt sỹ 27/7": a date that ends a phrase "Ngày" + capitalised word,
  // or that starts with one itself.
  bool names_commemoration(const Mention& mention) const {
    const auto opens_name = [&](std::size_t word, std::size_t next) {
      return lists_.commemoration_heads.contains(text_.substr(word, events::word_end(text_, word) - word)) &&
             is_upper_at(text_, next);
    };
    const auto own = tokens(text_, mention.begin, mention.end);
    if (own.size() > 1 && opens_name(own[0].first, own[1].first)) return true;
    const auto before = tokens(text_, head_, mention.begin);
    const std::size_t last = before.size();
    for (std::size_t i = last; i-- > 0 && last - i <= kCommemorationWords;) {
      if (!is_plain_word(text_, before[i].first, before[i].second)) return false;
      if (i + 1 < last && opens_name(before[i].first, before[i + 1].first)) return true;
    }
    return false;
  }

  // The first predicate after the adjunct (up to the next ';'), else before it in the same part.
  std::optional<Reading> with_predicate(const ResolvedMention& mention, std::size_t adjunct) const {
    const std::size_t part_end = std::min(text_.find(';', mention.mention.end), text_.size());
    const std::size_t part_begin = [&] {
      const auto semicolon = text_.rfind(';', adjunct);
      return semicolon == std::string_view::npos || semicolon < head_ ? head_ : semicolon + 1;
    }();
    Reading reading;
    reading.mention = &mention;
    reading.adjunct_begin = adjunct;
    if (auto after = first_predicate(mention.mention.end, part_end)) {
      std::tie(reading.predicate_begin, reading.predicate_end, reading.predicate_kind) = *after;
      reading.subject_begin = mention.mention.end;
    } else if (auto before = first_predicate(part_begin, adjunct)) {
      std::tie(reading.predicate_begin, reading.predicate_end, reading.predicate_kind) = *before;
      reading.subject_begin = part_begin;
    } else {
      return std::nullopt;
    }
    reading.clause_end = clause_end(reading.predicate_end, part_end);
    // With a light verb the title is its object, or its subject when it has none ("Hội thảo ... diễn
    // ra tại ..."); without one, the predicate and its object.
    if (auto light = lists_.light_verbs.matcher.match_at(text_, reading.predicate_begin)) {
      reading.title_begin = skip_spaces(text_, light->end, part_end);
      reading.title_end = title_end(reading);
      if (reading.title_end <= reading.title_begin) {
        reading.title_begin = skip_punctuation(reading.subject_begin, reading.predicate_begin);
        reading.title_end = trim_end(text_, reading.title_begin, reading.predicate_begin);
      }
    }
    if (reading.title_end <= reading.title_begin) {
      reading.title_begin = reading.predicate_begin;
      reading.title_end = title_end(reading);
    }
    return reading;
  }

  std::size_t skip_punctuation(std::size_t pos, std::size_t end) const {
    while (pos < end &&
           (is_space(text_[pos]) || std::string_view(",;:-").find(text_[pos]) != std::string_view::npos))
      ++pos;
    return pos;
  }

  std::optional<std::tuple<std::size_t, std::size_t, std::string>> first_predicate(std::size_t begin,
                                                                                   std::size_t end) const {
    const auto found = lists_.predicates.matcher.find_all(text_, begin, end);
    if (found.empty()) return std::nullopt;
    const auto& [at, match] = found.front();
    return std::tuple(at, match.end, lists_.predicates.values[match.entry]);
  }

  // The first ", " in [begin, end) that is followed by another clause (a predicate, an organisation
  // or a date), else `end`.
  std::size_t clause_end(std::size_t begin, std::size_t end) const {
    for (std::size_t comma = text_.find(',', begin); comma < end; comma = text_.find(',', comma + 1)) {
      const std::size_t next = skip_spaces(text_, comma + 1, end);
      if (next < end && starts_clause(next)) return comma;
    }
    return end;
  }

  bool starts_clause(std::size_t pos) const {
    if (lists_.predicates.matcher.match_at(text_, pos) || lists_.organisations.matcher.match_at(text_, pos))
      return true;
    if (auto unit = lists_.unit_types.matcher.match_at(text_, pos);
        unit && is_upper_at(text_, skip_spaces(text_, unit->end, text_.size())))
      return true;
    return std::any_of(mentions_.begin(), mentions_.end(),
                       [&](const ResolvedMention& m) { return m.mention.begin == pos; });
  }

  // The title ends at the clause end, a place ("tại ..."), the time adjunct after it, or a word
  // limit, without a light verb at its end.
  std::size_t title_end(const Reading& reading) const {
    std::size_t end = reading.clause_end;
    if (reading.adjunct_begin > reading.title_begin) end = std::min(end, reading.adjunct_begin);
    for (const auto& [at, match] : lists_.places.matcher.find_all(text_, reading.title_begin, end))
      if (lists_.places.values[match.entry].empty()) {
        end = at;
        break;
      }
    std::size_t words = 0;
    for (std::size_t pos = reading.title_begin; pos < end; pos = next_word_start(text_, pos))
      if (++words > kMaxTitleWords) end = pos;
    end = trim_end(text_, reading.title_begin, end);
    // "Hội thảo ... diễn ra [tại ...]": the verb of the clause is no part of the name.
    const auto verbs = lists_.light_verbs.matcher.find_all(text_, reading.title_begin, end);
    if (!verbs.empty() && verbs.back().second.end == end)
      end = trim_end(text_, reading.title_begin, verbs.back().first);
    return end;
  }

 private:
  const Lexicon& lists_;
  std::string_view text_;                         // doc.folded up to the sentence end
  const std::vector<ResolvedMention>& mentions_;  // those of this sentence, in text order
  std::size_t head_ = 0;                          // the first byte after spaces and a kicker
};

std::string original(const Article& article, const Document& doc, std::size_t begin, std::size_t end) {
  const std::size_t from = doc.original_offset(begin);
  return article.text.substr(from, doc.original_offset(end) - from);
}

}  // namespace

Expected<EventExtractor> EventExtractor::load(const RuleFiles& files, OrganisationRegistry registry) {
  auto lists = std::make_shared<Lists>();
  for (auto [field, name] :
       {std::pair{&Lists::unit_types, "events/organisation_patterns.tsv"},
        std::pair{&Lists::predicates, "events/predicates.tsv"}, std::pair{&Lists::kinds, "events/kinds.tsv"},
        std::pair{&Lists::light_verbs, "events/light_verbs.tsv"},
        std::pair{&Lists::adjunct_words, "events/time_adjunct_markers.tsv"},
        std::pair{&Lists::places, "events/place_markers.tsv"}}) {
    auto list = vocabulary(files, name);
    if (!list) return list.error();
    (*lists).*field = std::move(*list);
  }
  const auto depth_of = [&](const std::string& value) { return std::atoi(value.c_str()); };
  for (const std::string& value : lists->unit_types.values)
    if (depth_of(value) <= 0)
      return Error{files.display_name("events/organisation_patterns.tsv"),
                   "depth \"" + value + "\" is not a positive number"};

  auto heads = files.word_list("events/commemoration_heads.tsv");
  if (!heads) return heads.error();
  for (const WordEntry& entry : heads->entries) lists->commemoration_heads.insert(entry.phrase);

  std::vector<std::pair<std::string, std::string>> names;
  for (const Organisation& organisation : registry.all()) {
    names.emplace_back(organisation.name, organisation.id);
    for (const std::string& alias : organisation.aliases) names.emplace_back(alias, organisation.id);
    if (auto unit = lists->unit_types.matcher.match_at(organisation.name, 0))
      lists->registry_depths.emplace(organisation.id, depth_of(lists->unit_types.values[unit->entry]));
  }
  auto organisations = vocabulary(names, "the organisation registry");
  if (!organisations) return organisations.error();
  lists->organisations = std::move(*organisations);

  EventExtractor extractor;
  extractor.lists_ = std::move(lists);
  extractor.registry_ = std::move(registry);
  return extractor;
}

std::vector<OrganisationMention> EventExtractor::find_organisations(const Document& doc) {
  struct Found {
    OrganisationMention mention;
    int depth = 0;
    std::optional<Organisation> unit;  // found by pattern and not yet in the registry
  };
  std::vector<Found> found;
  for (const Line& line : doc.lines) {
    if (line.kind != LineKind::body && line.kind != LineKind::title) continue;
    const std::string_view text = std::string_view(doc.folded).substr(0, line.end);
    for (std::size_t pos = is_word_start(text, line.begin) ? line.begin : next_word_start(text, line.begin);
         pos < line.end;) {
      if (auto known = lists_->organisations.matcher.match_at(text, pos)) {
        const std::string& id = lists_->organisations.values[known->entry];
        const auto depth = lists_->registry_depths.find(id);
        found.push_back(
            {{pos, known->end, id}, depth == lists_->registry_depths.end() ? 0 : depth->second, {}});
        pos = next_word_start(text, known->end);
        continue;
      }
      re2::StringPiece name;
      const auto unit = lists_->unit_types.matcher.match_at(text, pos);
      const std::size_t name_begin = unit ? skip_spaces(text, unit->end, text.size()) : 0;
      if (!unit || name_begin == unit->end ||
          !lists_->unit_name.Match(re2::StringPiece(text.data(), text.size()), name_begin, text.size(),
                                   RE2::ANCHOR_START, &name, 1)) {
        pos = next_word_start(text, pos);
        continue;
      }
      const std::size_t end = name_begin + name.size();
      Organisation organisation;
      organisation.name = capitalised(text.substr(pos, end - pos));
      organisation.id = slug(organisation.name);
      const int depth = std::atoi(lists_->unit_types.values[unit->entry].c_str());
      found.push_back({{pos, end, organisation.id}, depth, {}});
      if (!registry_.find(organisation.id)) found.back().unit = std::move(organisation);
      pos = next_word_start(text, end);
    }
  }
  std::vector<OrganisationMention> mentions;
  for (Found& f : found) {
    if (f.unit) {
      std::set<std::string> above;  // the units one level up named in the article
      for (const Found& other : found)
        if (other.depth == f.depth - 1 && f.depth > 1) above.insert(other.mention.id);
      if (above.size() == 1) f.unit->parent = *above.begin();
      registry_.add(std::move(*f.unit));
    }
    mentions.push_back(f.mention);  // a copy: later units look at every id
  }
  return mentions;
}

std::vector<Event> EventExtractor::extract(const Article& article, const Document& doc,
                                           const Resolution& resolution) {
  const std::vector<OrganisationMention> organisations = find_organisations(doc);
  std::vector<ResolvedMention> mentions = resolution.mentions;
  std::sort(mentions.begin(), mentions.end(), [](const ResolvedMention& a, const ResolvedMention& b) {
    return a.mention.begin < b.mention.begin;
  });
  std::vector<Event> events;
  for (const Sentence& sentence : doc.sentences) {
    if (sentence.line >= doc.lines.size() || doc.lines[sentence.line].kind != LineKind::body) continue;
    std::vector<ResolvedMention> in_sentence;
    std::copy_if(mentions.begin(), mentions.end(), std::back_inserter(in_sentence),
                 [&](const ResolvedMention& m) {
                   return m.mention.begin >= sentence.begin && m.mention.end <= sentence.end;
                 });
    const SentenceReader reader(*lists_, doc, sentence, in_sentence);
    const auto reading = reader.read();
    if (!reading) continue;

    Event event;
    event.title = capitalised(original(article, doc, reading->title_begin, reading->title_end));
    event.kind = reader.kind(*reading);
    event.location = reader.location(*reading, article, doc);
    event.when = reading->mention->resolved;
    event.value = reading->mention->value;
    event.provenance = reading->mention->provenance;
    event.confidence = reading->mention->confidence;
    for (auto it = organisations.rbegin(); it != organisations.rend(); ++it)  // nearest the predicate first
      if (it->begin >= reading->subject_begin && it->end <= reading->predicate_begin &&
          std::find(event.organisations.begin(), event.organisations.end(), it->id) ==
              event.organisations.end())
        event.organisations.push_back(it->id);
    event.source = {article.id,
                    doc.title,
                    article.url,
                    resolution.anchor.value(),
                    original(article, doc, sentence.begin, sentence.end),
                    doc.original_offset(sentence.begin),
                    doc.original_offset(sentence.end)};
    events.push_back(std::move(event));
  }
  return events;
}

}  // namespace biennien
