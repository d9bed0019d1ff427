// Stage 4, temporal: recognise temporal expressions with the rules of rules/vi/temporal/.
//
//   auto recogniser = biennien::Recogniser::compile(rule_files);   // Expected<Recogniser>
//   for (const biennien::Mention& m : recogniser->recognise(doc.folded)) ...
//
// Each Mention is what the text says, nothing more: a date written without a year keeps its year
// unknown (HeidelTime's UNDEF-year) for the resolve stage to fill. Where matches overlap the longest
// wins (then the earlier, then the rule listed first). Spans are byte offsets into the text given.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <date/date.h>

#include "biennien/error.hpp"
#include "biennien/rules.hpp"

namespace biennien {

enum class MentionType { date, time, duration, set };
const char* to_string(MentionType type);  // "DATE" "TIME" "DURATION" "SET"

// How fine a point is. The TIMEX3 value written for each: century "19", decade "199", year "2024",
// half "2024-H1", quarter "2024-Q1", season "2024-SU", month "2024-06", week "2024-W25",
// day "2024-06-21", part_of_day "2024-06-21TMO", minute "2024-06-21T08:30".
enum class Precision { century, decade, year, half, quarter, season, month, week, day, part_of_day, minute };

enum class PartOfDay { none, morning, midday, afternoon, evening, night };
const char* timex_code(PartOfDay part);  // "" "MO" "MI" "AF" "EV" "NI"

// Which side of the anchor a point written without its year lies on, as its own words say
// ("ngày 5/11 tới": future, "ngày 25-7 vừa qua": past).
enum class Tense { unmarked, past, future };

// A calendar point as written or as resolved. Unwritten fields are empty / zero.
struct CalendarPoint {
  Precision precision = Precision::day;
  std::optional<int> year;        // empty: not written (or, once resolved, not knowable: "XXXX")
  bool two_digit_year = false;    // "3/9/91": year holds 91 until the resolver picks the century
  unsigned month = 0;             // 1-12
  unsigned day = 0;               // 1-31
  unsigned index = 0;             // quarter 1-4, half 1-2, season 1-4 (SP SU FA WI), week 1-53,
                                  // decade/century: the first year ("thập niên 1990" = 1990)
  std::optional<unsigned> hour;   // 0-23
  std::optional<unsigned> minute; // 0-59
  PartOfDay part_of_day = PartOfDay::none;
  std::optional<date::weekday> weekday;  // as written ("Thứ Sáu"): a constraint on the day
  // Deictic points ("hôm qua" = -1 day, "năm ngoái" = -1 year, "tuần tới" = +1 week): the offset
  // from the anchor counted in units of `precision`. Empty for points written as dates. With a
  // weekday and no day ("thứ Sáu tới"), +1/-1 is the next/previous such weekday, 0 the one of the
  // anchor's week.
  std::optional<int> offset;
  // The offset counts from the day of the previous dated mention of the text, not from the anchor
  // ("chiều cùng ngày", "một ngày sau").
  bool from_previous = false;
  // The year is the anchor's plus this ("tháng 11 năm ngoái" = -1, "tháng 9 năm nay" = 0).
  std::optional<int> year_offset;
  Tense tense = Tense::unmarked;  // as the mention's own words say
  // A day or month of the lunar calendar ("rằm tháng Giêng", "10/3 âm lịch", "tháng Chạp"): day,
  // month and year are lunar, and the resolver converts the point to civil days.
  bool lunar = false;
  bool leap_month = false;  // lunar: the leap month that repeats `month` ("tháng 4 nhuận")
  // A year named in the sexagenary cycle ("năm Bính Ngọ", "Tết Ất Tỵ"): its place 0-59 in the cycle
  // (Giáp Tý = 0). The resolver takes the year so named that is nearest the anchor.
  std::optional<unsigned> can_chi;
  // A named day ("Quốc khánh", "Tết Trung thu", "Tháng Thanh niên"): its id in
  // rules/vi/resolve/named_days.tsv. The resolver gives its civil day, days, month or season.
  std::string named_day;
  // "kỷ niệm 90 năm Ngày thành lập Đoàn": the anniversary, counted from the named day's founding.
  std::optional<unsigned> anniversary;
};

enum class ExpressionKind {
  point,            // one CalendarPoint
  range,            // start/end, both as written (missing start fields are taken from end)
  range_to_anchor,  // "từ năm 2016 đến nay": start as written, end = the anchor
  duration,         // literal "P6M"
  set,              // literal "P1Y"
  reference,        // literal "PRESENT_REF", "PAST_REF", "FUTURE_REF"
};

struct Expression {
  ExpressionKind kind = ExpressionKind::point;
  CalendarPoint start;
  CalendarPoint end;     // range only
  std::string literal;   // duration, set, reference
};

struct Mention {
  std::size_t begin = 0;  // byte offsets into the recognised text, end exclusive
  std::size_t end = 0;
  MentionType type = MentionType::date;
  std::string rule;       // the rule that matched, "file:name", for tracing
  Expression expression;
};

// The TIMEX3 value of an expression: unknown years as "XXXX", e.g. "XXXX-06-21",
// "2024-07-01/2024-07-05", "2024-06-21TMO", "P6M", "PRESENT_REF".
std::string timex_value(const Expression& expression);
std::string timex_value(const CalendarPoint& point);

// Compiled rules. Cheap to copy (shared, immutable); `recognise` is safe to call from many threads.
class Recogniser {
 public:
  // Compiles every rule file under temporal/ with the word lists it names. A bad rule is an Error
  // naming "file:line".
  static Expected<Recogniser> compile(const RuleFiles& files);
  std::vector<Mention> recognise(std::string_view text) const;

 private:
  struct Compiled;
  std::shared_ptr<const Compiled> compiled_;
};

}  // namespace biennien
