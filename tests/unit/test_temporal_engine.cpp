// The rule engine of the temporal stage, on small rule files written by each test.
#include <doctest/doctest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include <unistd.h>

#include "biennien/temporal.hpp"

namespace {

namespace fs = std::filesystem;

// A rules folder holding `files` (relative path -> text), removed when the test ends.
class RuleFolder {
 public:
  explicit RuleFolder(const std::map<std::string, std::string>& files) {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() / ("biennien_temporal_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
    for (const auto& [name, text] : files) {
      fs::create_directories((dir_ / name).parent_path());
      std::ofstream(dir_ / name, std::ios::binary) << text;
    }
  }
  ~RuleFolder() { fs::remove_all(dir_); }
  RuleFolder(const RuleFolder&) = delete;
  RuleFolder& operator=(const RuleFolder&) = delete;

  biennien::RuleFiles files() const { return *biennien::RuleFiles::from_directory(dir_); }
  std::string display(const std::string& name) const { return files().display_name(name); }

 private:
  fs::path dir_;
};

const std::map<std::string, std::string> kLists = {
    {"lists/part_of_day.tsv", "sáng\tMO\nchiều\tAF\n"},
    {"lists/weekday.tsv", "thứ hai\t1\nthứ sáu\t5\n"},
    {"lists/month.tsv", "sáu\t6\n"},
};

// The error of compiling one rule file `text` beside the test lists.
biennien::Error compile_error(const std::string& text, std::string* file = nullptr) {
  auto files = kLists;
  files["temporal/x.rules"] = text;
  RuleFolder folder(files);
  if (file) *file = folder.display("temporal/x.rules");
  auto compiled = biennien::Recogniser::compile(folder.files());
  REQUIRE_FALSE(compiled.ok());
  return compiled.error();
}

// A recogniser of the rule file `text` beside the test lists.
biennien::Recogniser compile(const std::string& text) {
  auto files = kLists;
  files["temporal/x.rules"] = text;
  RuleFolder folder(files);
  auto compiled = biennien::Recogniser::compile(folder.files());
  if (!compiled) FAIL(compiled.error().to_string());
  return *compiled;
}

std::string values(const biennien::Recogniser& r, const std::string& text) {
  std::string out;
  for (const auto& m : r.recognise(text))
    out += (out.empty() ? "" : " ") + text.substr(m.begin, m.end - m.begin) + "=" + biennien::timex_value(m.expression);
  return out;
}

const std::string kDayMonth =
    "rule: dm\ntype: DATE\npattern: (?:(?P<part_of_day>%part_of_day) +)?(?P<day>\\d{1,2})/(?P<month>\\d{1,2})\n";

}  // namespace

TEST_CASE("rule-file errors name the file and line") {
  std::string file;
  auto e = compile_error("# comment\nrule: a\ntype: DATE\ncolour: red\npattern: x\n", &file);
  CHECK(e.where == file + ":4");
  CHECK(e.message.find("unknown key") != std::string::npos);

  e = compile_error("rule: a\ntype: DATE\npattern: (x\n", &file);
  CHECK(e.where == file + ":3");
  CHECK(e.message.find("bad pattern") != std::string::npos);

  e = compile_error("rule: a\ntype: DATE\n\nrule: b\ntype: DATE\npattern: %colours\n", &file);
  CHECK(e.where == file + ":1");  // the first block has no pattern
  e = compile_error("rule: b\ntype: DATE\npattern: %colours\n", &file);
  CHECK(e.where == file + ":3");
  CHECK(e.message.find("%colours") != std::string::npos);

  e = compile_error("rule: a\ntype: DATE\npattern: (?P<colour>\\d+)\n", &file);
  CHECK(e.where == file + ":3");
  CHECK(e.message.find("colour") != std::string::npos);

  e = compile_error("rule: a\ntype: MOMENT\npattern: x\n", &file);
  CHECK(e.where == file + ":2");
  e = compile_error("rule: a\ntype: DURATION\npattern: \\d+ x\n", &file);
  CHECK(e.message.find("literal") != std::string::npos);
  e = compile_error("rule: a\ntype: DURATION\nliteral: P{number}D\npattern: \\d+ x\n", &file);
  CHECK(e.where == file + ":3");
  e = compile_error("rule: a\nrule: b\ntype: DATE\npattern: x\n", &file);
  CHECK(e.where == file + ":2");
  e = compile_error("this is not a key line\n", &file);
  CHECK(e.where == file + ":1");
  e = compile_error("define: 2 dd\npattern: x\n", &file);
  CHECK(e.where == file + ":1");
}

TEST_CASE("a malformed word list is reported at its own line") {
  auto files = kLists;
  files["lists/colour.tsv"] = "# colours\nred\t1\t2\n";
  files["temporal/x.rules"] = "rule: a\ntype: DATE\npattern: %colour\n";
  RuleFolder folder(files);
  auto compiled = biennien::Recogniser::compile(folder.files());
  REQUIRE_FALSE(compiled.ok());
  CHECK(compiled.error().where == folder.display("lists/colour.tsv") + ":2");
}

TEST_CASE("lists and definitions expand; groups are looked up in their lists") {
  const auto r = compile(
      "define: dd\npattern: \\d{1,2}\n\n"
      "rule: weekday_day\ntype: DATE\n"
      "pattern: (?P<weekday>%weekday), +(?P<day>%dd)/(?P<month>%dd)|(?P<day>%dd) +tháng +(?P<month>%month)\n");
  const auto mentions = r.recognise("Thứ  Sáu, 25/6 và 5 tháng Sáu");
  REQUIRE(mentions.size() == 2);
  CHECK(mentions[0].expression.start.weekday == date::Friday);
  CHECK(biennien::timex_value(mentions[0].expression) == "XXXX-06-25");
  CHECK(biennien::timex_value(mentions[1].expression) == "XXXX-06-05");
  CHECK(mentions[0].rule == "x.rules:weekday_day");
}

TEST_CASE("a part of day makes a date a TIME and belongs to the extent") {
  const auto r = compile(kDayMonth);
  const std::string text = "Chiều 19/1, hội nghị";
  const auto mentions = r.recognise(text);
  REQUIRE(mentions.size() == 1);
  CHECK(mentions[0].begin == 0);
  CHECK(text.substr(mentions[0].begin, mentions[0].end) == "Chiều 19/1");
  CHECK(mentions[0].type == biennien::MentionType::time);
  CHECK(biennien::timex_value(mentions[0].expression) == "XXXX-01-19TAF");
}

TEST_CASE("overlapping matches: the longest wins, then the earlier, then the first rule") {
  const auto r = compile(
      "rule: number_month\ntype: DURATION\nliteral: P{number}M\npattern: (?P<number>\\d+) +tháng\n\n"
      "rule: half\ntype: DATE\nprecision: half\nindex: 1\npattern: 6 +tháng +đầu +năm(?: +(?P<year>\\d{4}))?\n\n"
      "rule: year\ntype: DATE\npattern: năm +(?P<year>\\d{4})\n\n"
      "rule: month_first\ntype: DATE\npattern: tháng +(?P<month>\\d{1,2})\n\n"
      "rule: month_second\ntype: SET\nliteral: never\npattern: tháng +(?P<month>\\d{1,2})\n");
  CHECK(values(r, "6 tháng đầu năm 2024") == "6 tháng đầu năm 2024=2024-H1");
  CHECK(values(r, "trong 6 tháng qua") == "6 tháng=P6M");
  // "3 tháng" and "tháng 7" have the same length: the earlier wins.
  CHECK(values(r, "3 tháng 7") == "3 tháng=P3M");
  // Same extent: the rule listed first.
  CHECK(r.recognise("tháng 7")[0].rule == "x.rules:month_first");
}

TEST_CASE("mentions start and end at token boundaries") {
  const auto r = compile(kDayMonth + "\nrule: year\ntype: DATE\npattern: năm +(?P<year>\\d{4})\n");
  CHECK(values(r, "Nghị định 15/2020/NĐ-CP") == "");
  CHECK(values(r, "số 12/3A") == "");
  CHECK(values(r, "A12/3") == "");
  CHECK(values(r, "12/3đ") == "");
  CHECK(values(r, "1.12/3") == "");
  CHECK(values(r, "12/3-4") == "");
  CHECK(values(r, "12/3.5") == "");
  CHECK(values(r, "12/3:45") == "");
  CHECK(values(r, "khẩu hiệu“12/3”") == "12/3=XXXX-03-12");
  CHECK(values(r, "(12/3).") == "12/3=XXXX-03-12");
  CHECK(values(r, "12/3-đến") == "");
  CHECK(values(r, "ngày 12/3. Sau đó") == "12/3=XXXX-03-12");
  CHECK(values(r, "trong năm 20245") == "");
  CHECK(values(r, "trong năm 2024, và") == "năm 2024=2024");
}

TEST_CASE("values are validated") {
  const auto r = compile(
      "rule: dmy\ntype: DATE\npattern: (?P<day>\\d{1,2})/(?P<month>\\d{1,2})(?:/(?P<year>\\d{4}))?\n\n"
      "rule: clock\ntype: TIME\npattern: (?P<hour>\\d{1,2}):(?P<minute>\\d{2})\n\n"
      "rule: days\ntype: DATE\npattern: (?P<day>\\d{1,2})-(?P<day2>\\d{1,2})/(?P<month2>\\d{1,2})\n");
  CHECK(values(r, "31/2") == "");
  CHECK(values(r, "25/13") == "");
  CHECK(values(r, "0/5") == "");
  CHECK(values(r, "5/0") == "");
  CHECK(values(r, "29/2") == "29/2=XXXX-02-29");
  CHECK(values(r, "29/2/2024") == "29/2/2024=2024-02-29");
  CHECK(values(r, "29/2/2023") == "");
  CHECK(values(r, "31/4") == "");
  CHECK(values(r, "24:00") == "");
  CHECK(values(r, "23:60") == "");
  CHECK(values(r, "23:59") == "23:59=XXXX-XX-XXT23:59");
  CHECK(values(r, "21-22/6") == "21-22/6=XXXX-06-21/XXXX-06-22");
  CHECK(values(r, "22-21/6") == "");
}

TEST_CASE("a range's start takes the month and year it does not write from its end") {
  const auto r = compile(
      "rule: days\ntype: DATE\npattern: (?P<day>\\d{1,2})-(?P<day2>\\d{1,2})/(?P<month2>\\d{1,2})/(?P<year2>\\d{4})\n");
  const auto mentions = r.recognise("21-22/6/2024");
  REQUIRE(mentions.size() == 1);
  const auto& e = mentions[0].expression;
  CHECK(e.kind == biennien::ExpressionKind::range);
  CHECK(e.start.day == 21);
  CHECK(e.start.month == 6);
  CHECK(e.start.year == 2024);
  CHECK(biennien::timex_value(e) == "2024-06-21/2024-06-22");
}

TEST_CASE("extent leaves context out; an hour with an evening part of day is on the 24-hour clock") {
  const auto r = compile(
      "rule: at\ntype: TIME\npattern: lúc +(?P<extent>(?P<hour>\\d{1,2}) +giờ)\n\n"
      "rule: hour_part\ntype: TIME\npattern: (?P<hour>\\d{1,2}) +giờ +(?P<part_of_day>%part_of_day)\n");
  CHECK(values(r, "vào lúc 8 giờ") == "8 giờ=XXXX-XX-XXT08:00");
  CHECK(values(r, "3 giờ chiều") == "3 giờ chiều=XXXX-XX-XXT15:00");
  CHECK(values(r, "8 giờ sáng") == "8 giờ sáng=XXXX-XX-XXT08:00");
}

TEST_CASE("an empty text or a text without dates gives no mention") {
  const auto r = compile(kDayMonth);
  CHECK(r.recognise("").empty());
  CHECK(r.recognise("không có ngày nào").empty());
  CHECK(r.recognise(std::string("\xff\xfe 12/3 \xc3", 9)).size() == 1);
}

TEST_CASE("the embedded rules compile") {
  auto compiled = biennien::Recogniser::compile(biennien::RuleFiles::embedded());
  if (!compiled) FAIL(compiled.error().to_string());
  CHECK(values(*compiled, "Sáng 21/6, hội nghị 6 tháng đầu năm 2024") ==
        "Sáng 21/6=XXXX-06-21TMO 6 tháng đầu năm 2024=2024-H1");
}

TEST_CASE("a NONE rule removes the shorter mentions inside it, not the ones it only overlaps") {
  const auto r = compile(
      "rule: year\ntype: DATE\npattern: (?:năm +)?(?P<year>(?:19|20)\\d\\d)\n\n"
      "rule: count\ntype: NONE\npattern: (?:19|20)\\d\\d +người\n");
  CHECK(values(r, "có 2017 người") == "");
  CHECK(values(r, "năm 2017 người dân") == "năm 2017=2017");
  CHECK(values(r, "giải 2017 khởi tranh") == "2017=2017");
}

TEST_CASE("offsets: fixed, from a group's list, from a count; counted from the previous date") {
  auto files = kLists;
  files["lists/offset.tsv"] = "nay\t0\nqua\t-1\ntới\t1\n";
  files["temporal/x.rules"] =
      "rule: today\ntype: DATE\npattern: hôm +(?P<offset>nay|qua)\n\n"
      "rule: week\ntype: DATE\nprecision: week\npattern: tuần +(?P<offset>%offset)\n\n"
      "rule: ago\ntype: DATE\nprecision: day\noffset: -{number}\npattern: cách +đây +(?P<number>\\d+) +ngày\n\n"
      "rule: same\ntype: DATE\nprecision: day\noffset: 0\nbase: previous\npattern: cùng +ngày\n";
  RuleFolder folder(files);
  const auto r = *biennien::Recogniser::compile(folder.files());
  auto one = [&](const std::string& text) {
    const auto m = r.recognise(text);
    REQUIRE(m.size() == 1);
    return m[0].expression.start;
  };
  CHECK(one("hôm qua").offset == -1);
  CHECK(one("hôm qua").precision == biennien::Precision::day);
  CHECK(one("tuần tới").offset == 1);
  CHECK(one("tuần tới").precision == biennien::Precision::week);
  CHECK(one("cách đây 3 ngày").offset == -3);
  CHECK(one("cùng ngày").from_previous);
  CHECK(compile_error("rule: x\ntype: DATE\noffset: 1\npattern: mai\n").message.find("precision") != std::string::npos);
  CHECK(compile_error("rule: x\ntype: DATE\nprecision: day\nbase: later\npattern: mai\n").message.find("base") !=
        std::string::npos);
}

TEST_CASE("quarter, season and century groups fix the precision; minutes to the hour; tense words") {
  auto files = kLists;
  files["lists/quarter.tsv"] = "i\t1\nii\t2\n";
  files["lists/season.tsv"] = "hè\t2\n";
  files["lists/century.tsv"] = "xx\t20\n";
  files["lists/tense.tsv"] = "tới\tfuture\nvừa qua\tpast\n";
  files["temporal/x.rules"] =
      "rule: quarter\ntype: DATE\npattern: quý +(?P<quarter>[1-4]|%quarter)/(?P<year>\\d{4})\n\n"
      "rule: season\ntype: DATE\npattern: (?P<season>%season) +(?P<year>\\d{4})\n\n"
      "rule: century\ntype: DATE\npattern: thế +kỷ +(?P<century>%century)\n\n"
      "rule: to\ntype: TIME\npattern: (?P<hour>\\d{1,2}) +giờ +kém +(?P<minutes_to>\\d{1,2})\n\n"
      "rule: day\ntype: DATE\npattern: ngày +(?P<day>\\d{1,2})/(?P<month>\\d{1,2})(?: +(?P<tense>%tense))?\n";
  RuleFolder folder(files);
  const auto r = *biennien::Recogniser::compile(folder.files());
  CHECK(values(r, "quý II/2025") == "quý II/2025=2025-Q2");
  CHECK(values(r, "hè 2020") == "hè 2020=2020-SU");
  CHECK(values(r, "thế kỷ XX") == "thế kỷ XX=19");
  CHECK(values(r, "11 giờ kém 15") == "11 giờ kém 15=XXXX-XX-XXT10:45");
  const auto m = r.recognise("ngày 5/11 tới");
  REQUIRE(m.size() == 1);
  CHECK(m[0].expression.start.tense == biennien::Tense::future);
}
