// The recogniser looks for its rules line by line when no rule can match across a line break, and
// through the whole text otherwise: either way it finds the same mentions.
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

// A recogniser of the rule file `text` (written to a temporary rules folder, removed at once).
biennien::Recogniser compile(const std::string& text) {
  static std::atomic<int> counter{0};
  const fs::path dir =
      fs::temp_directory_path() / ("biennien_segments_" + std::to_string(::getpid()) + "_" + std::to_string(counter++));
  fs::create_directories(dir / "temporal");
  std::ofstream(dir / "temporal/x.rules", std::ios::binary) << text;
  auto files = biennien::RuleFiles::from_directory(dir);
  REQUIRE(files.ok());
  auto compiled = biennien::Recogniser::compile(*files);
  fs::remove_all(dir);
  if (!compiled) FAIL(compiled.error().to_string());
  return *compiled;
}

// "text=value" of each mention, in order.
std::string values(const biennien::Recogniser& r, const std::string& text) {
  std::string out;
  for (const auto& m : r.recognise(text))
    out += (out.empty() ? "" : " ") + text.substr(m.begin, m.end - m.begin) + "=" + biennien::timex_value(m.expression);
  return out;
}

const std::string kRules =
    "rule: dm\ntype: DATE\npattern: (?P<day>\\d{1,2})/(?P<month>\\d{1,2})\n\n"
    "rule: year\ntype: DATE\npattern: năm +(?P<year>\\d{4})\n\n"
    "rule: not_a_year\ntype: NONE\npattern: số +\\d{4}\n";

}  // namespace

TEST_CASE("mentions on every line, at the ends of lines and of the text") {
  const auto r = compile(kRules);
  CHECK(values(r, "5/6") == "5/6=XXXX-06-05");
  CHECK(values(r, "5/6\n") == "5/6=XXXX-06-05");
  CHECK(values(r, "\n\n5/6\n\nnăm 2024\r\nsố 2024 và năm 2023\n1/2") ==
        "5/6=XXXX-06-05 năm 2024=2024 năm 2023=2023 1/2=XXXX-02-01");
  CHECK(values(r, "năm\n2024") == "");  // a line break is not a space
  CHECK(values(r, "15/2020\n5/6") == "5/6=XXXX-06-05");  // "5/20" starts inside a number
  CHECK(values(r, "") == "");
  CHECK(values(r, "\n") == "");
}

TEST_CASE("a rule that may match across a line break is looked for through the whole text") {
  for (const std::string pattern : {"năm\\s+(?P<year>\\d{4})", "(?s)năm.(?P<year>\\d{4})", "năm[^x](?P<year>\\d{4})",
                                    "năm\\n(?P<year>\\d{4})", "năm[\\x00-\\x20](?P<year>\\d{4})"}) {
    CAPTURE(pattern);
    const auto r = compile(kRules + "\nrule: split\ntype: DATE\npattern: " + pattern + "\n");
    CHECK(values(r, "5/6 và năm\n2024\n1/2") == "5/6=XXXX-06-05 năm\n2024=2024 1/2=XXXX-02-01");
  }
}

TEST_CASE("the embedded rules find the same mentions in a line alone and among other lines") {
  auto compiled = biennien::Recogniser::compile(biennien::RuleFiles::embedded());
  REQUIRE(compiled.ok());
  const std::string lines[] = {"Sáng 21/6, Thành đoàn tổ chức hội nghị tổng kết năm 2024.",
                               "Ngày đăng: 21/06/2024  15:00", "Thứ Sáu, 25/06/2021 22:00",
                               "Từ ngày 1/7 đến ngày 5/7/2024, 6 tháng đầu năm 2024 và quý 3 năm nay."};
  std::string all, expected;
  for (const auto& line : lines) {
    const auto alone = values(*compiled, line);
    CHECK_FALSE(alone.empty());
    expected += (expected.empty() || alone.empty() ? "" : " ") + alone;
    all += line + "\n";
  }
  CHECK(values(*compiled, all) == expected);
}

TEST_CASE("a long line finds every mention, wherever its chunks are cut") {
  // A line far longer than a chunk (about 1 KB, cut at a space): mentions of the embedded rules and
  // of a small rule file fall across every cut as the filler before them grows by a byte.
  auto embedded = biennien::Recogniser::compile(biennien::RuleFiles::embedded());
  REQUIRE(embedded.ok());
  const auto small = compile(kRules);
  const std::string sentence = "Hội nghị diễn ra sáng 5/6 tại Hà Nội, số 2024 và năm 2023. ";
  const std::string alone = values(*embedded, sentence), alone_small = values(small, sentence);
  REQUIRE(alone == "sáng 5/6=XXXX-06-05TMO năm 2023=2023");
  REQUIRE(alone_small == "5/6=XXXX-06-05 năm 2023=2023");
  for (std::size_t filler = 0; filler < sentence.size(); ++filler) {
    std::string line(filler, 'x'), expected, expected_small;
    for (int i = 0; i < 60; ++i) {  // about 4 KB
      line += " " + sentence;
      expected += (i ? " " : "") + alone;
      expected_small += (i ? " " : "") + alone_small;
    }
    CAPTURE(filler);
    CHECK(values(*embedded, line) == expected);
    CHECK(values(small, line) == expected_small);
  }
}
