#include "biennien/resolve.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

#include <date/date.h>
#include <date/iso_week.h>

namespace biennien {

const char* to_string(Provenance provenance) {
  switch (provenance) {
    case Provenance::explicit_: return "explicit";
    case Provenance::publication: return "publication";
    case Provenance::context: return "context";
    case Provenance::weekday: return "weekday";
    case Provenance::none: return "none";
  }
  return "none";
}

namespace {

enum class Tense { unmarked, past, future };

struct YearChoice {
  int year = 0;
  Provenance provenance = Provenance::none;
  double confidence = 0.0;
};

// A text padded and folded for whole-word search: " word word ", punctuation as spaces.
std::string words_of(std::string_view text) {
  std::string padded;
  padded.reserve(text.size() + 2);
  padded += ' ';
  for (char c : text) padded += (c == ',' || c == ';' || c == '.' || c == ':' || c == '!' ||
                                 c == '?' || c == '(' || c == ')' || c == '"') ? ' ' : c;
  padded += ' ';
  std::string folded = fold_for_lookup(padded);
  return " " + folded + " ";
}

bool has_word(const std::string& words, std::string_view phrase) {
  return words.find(" " + fold_for_lookup(phrase) + " ") != std::string::npos;
}

bool day_exists(int year, unsigned month, unsigned day) {
  return date::year_month_day{date::year{year}, date::month{month}, date::day{day}}.ok();
}

date::sys_days to_days(int year, unsigned month, unsigned day) {
  return date::sys_days{date::year{year} / date::month{month} / date::day{day}};
}

// The first day the point can mean in `year` (for distances to the anchor).
date::sys_days first_day(const CalendarPoint& p, int year) {
  const unsigned month = p.month ? p.month : 1;
  const unsigned day = p.day ? std::min(p.day, 28u) : 1;
  return to_days(year, month, p.day && day_exists(year, month, p.day) ? p.day : day);
}

}  // namespace

struct Resolver::Lists {
  WordList tense;
  WordList review;
};

Expected<Resolver> Resolver::load(const RuleFiles& files) {
  auto tense = files.word_list("resolve/tense.tsv");
  if (!tense) return tense.error();
  auto review = files.word_list("resolve/review.tsv");
  if (!review) return review.error();
  for (const auto& e : review->entries) {
    const int month = std::atoi(e.value.c_str());
    if (month < 1 || month > 12)
      return Error{review->file + ":" + std::to_string(e.line), "value must be a month 1-12"};
  }
  for (const auto& e : tense->entries)
    if (e.value != "past" && e.value != "future")
      return Error{tense->file + ":" + std::to_string(e.line), "value must be past or future"};
  Resolver resolver;
  resolver.lists_ = std::make_shared<Lists>(Lists{std::move(*tense), std::move(*review)});
  return resolver;
}

namespace {

// Everything one resolution needs besides the mention itself.
struct Context {
  const WordList& tense_words;
  const WordList& review_words;
  const Anchor& anchor;
  Provenance anchor_provenance;  // publication, or context for an inferred anchor
  std::string sentence_words;    // words_of(the mention's sentence)
  std::vector<int> sentence_years;  // explicit years written in the same sentence
};

Tense tense_of(const Context& c) {
  bool past = false, future = false;
  for (const auto& e : c.tense_words.entries) {
    if (!has_word(c.sentence_words, e.phrase)) continue;
    (e.value == "past" ? past : future) = true;
  }
  if (past == future) return Tense::unmarked;
  return past ? Tense::past : Tense::future;
}

// "tổng kết ... năm 2024" on a January day: the review is held the year after the year reviewed.
std::optional<YearChoice> year_end_review(const Context& c, const CalendarPoint& p) {
  if (!p.month || c.sentence_years.empty()) return std::nullopt;
  for (const auto& e : c.review_words.entries) {
    if (!has_word(c.sentence_words, e.phrase)) continue;
    if (p.month > static_cast<unsigned>(std::atoi(e.value.c_str()))) return std::nullopt;
    // The review names the year under review; a plan for the next year may follow it.
    const int reviewed = *std::min_element(c.sentence_years.begin(), c.sentence_years.end());
    return YearChoice{reviewed + 1, Provenance::context, 0.85};
  }
  return std::nullopt;
}

// The year nearest the anchor in which the point can fall, moved by tense.
YearChoice nearest_year(const Context& c, const CalendarPoint& p) {
  const int anchor_year = static_cast<int>(*c.anchor.year);
  if (!c.anchor.day || !p.month)
    return {anchor_year, c.anchor_provenance, c.anchor_provenance == Provenance::context ? 0.6 : 0.8};
  const date::sys_days anchor_day{*c.anchor.day};
  const Tense tense = tense_of(c);
  YearChoice best{anchor_year, c.anchor_provenance, 0.0};
  long best_cost = std::numeric_limits<long>::max();
  for (int year = anchor_year - 1; year <= anchor_year + 1; ++year) {
    if (p.day && !day_exists(year, p.month, p.day)) continue;
    const long distance = (first_day(p, year) - anchor_day).count();
    // Tense words forbid the other side (a few days' slack for reports written the day after).
    long cost = std::labs(distance);
    if (tense == Tense::past && distance > 3) cost += 400;
    if (tense == Tense::future && distance < -3) cost += 400;
    if (cost < best_cost) best_cost = cost, best.year = year;
  }
  const bool close = best_cost <= 183;
  best.confidence = c.anchor_provenance == Provenance::context ? (close ? 0.6 : 0.45) : (close ? 0.9 : 0.6);
  return best;
}

// The year in which the written weekday falls on the written day, nearest the anchor.
std::optional<YearChoice> weekday_year(const Context& c, const CalendarPoint& p) {
  if (!p.weekday || !p.month || !p.day) return std::nullopt;
  const int around = c.anchor.year ? static_cast<int>(*c.anchor.year) : 0;
  if (!c.anchor.year) return std::nullopt;
  for (int distance = 0; distance <= 6; ++distance) {
    for (int year : {around - distance, around + distance}) {
      if (!day_exists(year, p.month, p.day)) continue;
      if (date::weekday{to_days(year, p.month, p.day)} == *p.weekday)
        return YearChoice{year, Provenance::weekday, distance <= 1 ? 0.95 : 0.7};
    }
  }
  return std::nullopt;
}

YearChoice choose_year(const Context& c, const CalendarPoint& p) {
  if (auto review = year_end_review(c, p)) return *review;
  if (auto by_weekday = weekday_year(c, p)) return *by_weekday;
  if (c.anchor.year) return nearest_year(c, p);
  return {0, Provenance::none, 0.3};
}

// A deictic point ("hôm qua", "năm ngoái", "tuần tới") counted from the anchor.
bool apply_offset(CalendarPoint& p, const Anchor& anchor) {
  const int offset = *p.offset;
  if (!anchor.year) return false;
  const int year = static_cast<int>(*anchor.year);
  switch (p.precision) {
    case Precision::year:
      p.year = year + offset;
      break;
    case Precision::month: {
      if (!anchor.day) return false;
      const auto ym = date::year_month{anchor.day->year(), anchor.day->month()} + date::months{offset};
      p.year = static_cast<int>(ym.year());
      p.month = static_cast<unsigned>(ym.month());
      break;
    }
    case Precision::week: {
      if (!anchor.day) return false;
      const iso_week::year_weeknum_weekday w{date::sys_days{*anchor.day} + date::days{7 * offset}};
      p.year = static_cast<int>(w.year());
      p.index = static_cast<unsigned>(w.weeknum());
      break;
    }
    case Precision::day:
    case Precision::part_of_day:
    case Precision::minute: {
      if (!anchor.day) return false;
      const date::year_month_day d{date::sys_days{*anchor.day} + date::days{offset}};
      p.year = static_cast<int>(d.year());
      p.month = static_cast<unsigned>(d.month());
      p.day = static_cast<unsigned>(d.day());
      break;
    }
    default:
      return false;
  }
  p.offset.reset();
  return true;
}

struct PointResult {
  Provenance provenance = Provenance::explicit_;
  double confidence = 1.0;
};

PointResult resolve_point(const Context& c, CalendarPoint& p) {
  if (p.offset) {
    if (apply_offset(p, c.anchor)) return {c.anchor_provenance, c.anchor_provenance == Provenance::context ? 0.6 : 0.95};
    return {Provenance::none, 0.3};
  }
  if (p.year && p.two_digit_year) {
    // "3/9/91": the century that puts the year nearest the anchor, not after it by much.
    const int around = c.anchor.year ? static_cast<int>(*c.anchor.year) : 2000;
    int year = around - around % 100 + *p.year;
    if (year > around + 10) year -= 100;
    p.year = year;
    p.two_digit_year = false;
    return {Provenance::explicit_, 0.9};
  }
  if (p.year || p.precision <= Precision::decade) return {};
  if (!p.month && (p.hour || p.part_of_day != PartOfDay::none)) {
    // A clock time or part of day with no date: the day the article speaks from.
    if (!c.anchor.day) return {Provenance::none, 0.3};
    p.year = static_cast<int>(c.anchor.day->year());
    p.month = static_cast<unsigned>(c.anchor.day->month());
    p.day = static_cast<unsigned>(c.anchor.day->day());
    return {c.anchor_provenance, 0.7};
  }
  const YearChoice choice = choose_year(c, p);
  if (choice.provenance == Provenance::none) return {Provenance::none, choice.confidence};
  p.year = choice.year;
  return {choice.provenance, choice.confidence};
}

// The explicit years of the points inside [begin, end).
std::vector<int> explicit_years(const std::vector<Mention>& mentions, std::size_t begin, std::size_t end) {
  std::vector<int> years;
  for (const auto& m : mentions) {
    if (m.begin < begin || m.end > end) continue;
    const auto& e = m.expression;
    if (e.kind != ExpressionKind::point) continue;
    if (e.start.year && !e.start.two_digit_year && !e.start.offset) years.push_back(*e.start.year);
  }
  return years;
}

// Without metadata or a dateline: the newest explicit year of a point written in the body.
Anchor infer_anchor(const Document& doc, const std::vector<Mention>& mentions) {
  Anchor anchor;
  std::optional<int> newest;
  for (const auto& m : mentions) {
    const Sentence* s = doc.sentence_at(m.begin);
    if (!s || doc.lines[s->line].kind != LineKind::body) continue;
    const auto& e = m.expression;
    if (e.kind != ExpressionKind::point || !e.start.year || e.start.two_digit_year || e.start.offset)
      continue;
    if (!newest || *e.start.year > *newest) newest = *e.start.year;
  }
  if (newest) {
    anchor.source = AnchorSource::context;
    anchor.year = date::year{*newest};
  }
  return anchor;
}

}  // namespace

Resolution Resolver::resolve(const Document& doc, const Anchor& given, std::vector<Mention> mentions) const {
  Resolution result;
  result.anchor = given.known() ? given : infer_anchor(doc, mentions);
  const Anchor& anchor = result.anchor;
  const Provenance anchor_provenance =
      anchor.source == AnchorSource::context ? Provenance::context : Provenance::publication;

  result.mentions.reserve(mentions.size());
  for (auto& mention : mentions) {
    Context c{lists_->tense, lists_->review, anchor, anchor_provenance, {}, {}};
    if (const Sentence* s = doc.sentence_at(mention.begin)) {
      c.sentence_words = words_of(doc.view(*s));
      c.sentence_years = explicit_years(mentions, s->begin, s->end);
    }
    ResolvedMention r{mention, mention.expression, {}, Provenance::explicit_, 1.0};
    Expression& e = r.resolved;
    switch (e.kind) {
      case ExpressionKind::point: {
        const PointResult p = resolve_point(c, e.start);
        r.provenance = p.provenance;
        r.confidence = p.confidence;
        break;
      }
      case ExpressionKind::range: {
        // "21-22/6/2024": the start takes what it does not write from the end.
        if (!e.start.month && e.end.month) e.start.month = e.end.month;
        const PointResult end = resolve_point(c, e.end);
        if (!e.start.year && e.end.year) {
          e.start.year = e.end.year;
          if (e.start.month && e.end.month && e.start.month > e.end.month) *e.start.year -= 1;
        }
        const PointResult start = resolve_point(c, e.start);
        r.provenance = end.provenance == Provenance::explicit_ ? start.provenance : end.provenance;
        r.confidence = std::min(start.confidence, end.confidence);
        break;
      }
      case ExpressionKind::range_to_anchor: {
        const PointResult start = resolve_point(c, e.start);
        e.end = CalendarPoint{};
        e.end.precision = e.start.precision;
        if (anchor.year) e.end.year = static_cast<int>(*anchor.year);
        if (anchor.day && e.start.precision >= Precision::month) e.end.month = static_cast<unsigned>(anchor.day->month());
        if (anchor.day && e.start.precision >= Precision::day) {
          e.end.precision = Precision::day;
          e.end.day = static_cast<unsigned>(anchor.day->day());
        }
        e.kind = ExpressionKind::range;
        r.provenance = anchor.known() ? anchor_provenance : Provenance::none;
        r.confidence = std::min(start.confidence, anchor.known() ? 0.9 : 0.3);
        break;
      }
      case ExpressionKind::duration:
      case ExpressionKind::set:
      case ExpressionKind::reference:
        break;
    }
    r.value = timex_value(e);
    result.mentions.push_back(std::move(r));
  }
  return result;
}

}  // namespace biennien
