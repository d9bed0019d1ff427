// What a rule's pattern becomes in the set that finds which rules match: the same answer to "does it
// match somewhere here", with the optional pieces at its ends gone.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <re2/re2.h>

#include "../../src/temporal/set_pattern.hpp"

namespace {

using biennien::temporal::set_pattern;

// Compiled as the recogniser compiles every pattern.
RE2::Options options() {
  RE2::Options o;
  o.set_encoding(RE2::Options::EncodingUTF8);
  o.set_case_sensitive(false);
  o.set_longest_match(true);
  o.set_log_errors(false);
  return o;
}

// The phrases of the temporal rules' corpus and negative files, each alone and inside a sentence.
std::vector<std::string> phrases() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::directory_iterator(BIENNIEN_SOURCE_DIR "/rules/vi/temporal")) {
    const std::string name = entry.path().filename().string();
    if (!name.ends_with(".corpus.tsv") && !name.ends_with(".negative.tsv")) continue;
    std::ifstream in(entry.path());
    for (std::string line; std::getline(in, line);) {
      if (line.empty() || line[0] == '#') continue;
      const std::string phrase = line.substr(0, line.find('\t'));
      out.push_back(phrase);
      out.push_back("Sáng nay, thứ Hai, ngày hội diễn ra " + phrase + " tới, tại Hà Nội.");
    }
  }
  return out;
}

}  // namespace

TEST_CASE("the optional pieces at both ends of each alternative go, looking inside plain groups") {
  CHECK(set_pattern(R"((?:(?P<part>sáng|chiều) +)?(?P<day>\d{1,2})/(?P<month>\d{1,2})(?: +tới)?)") ==
        R"(\d{1,2}/\d{1,2})");
  CHECK(set_pattern("a?b|c*d") == "b|d");
  CHECK(set_pattern("(?:x?(?:y )?z)w") == "zw");
  CHECK(set_pattern("(x?z+)w{0,2}") == "z+");
  CHECK(set_pattern("a{0,3}b a{1,3}c??") == "b a{1,3}");
  CHECK(set_pattern("a??b*?c") == "c");
  CHECK(set_pattern(R"(\(?\d+\)?)") == R"(\d+)");
  CHECK(set_pattern(R"(\p{L}?x\x{41}?)") == "x");
  CHECK(set_pattern("[(|]?x[)]") == "x[)]");
  CHECK(set_pattern("[]a]?x[[:digit:]]?") == "x");
}

TEST_CASE("a group with alternatives at an end loses that end's optional pieces in each of them") {
  CHECK(set_pattern("(?:x?a|y*b)c?") == "(?:a|b)");
  CHECK(set_pattern("(?P<d>a|b?c)") == "(?P<d>a|c)");
  CHECK(set_pattern("a(?:b|cd?)") == "a(?:b|c)");
  CHECK(set_pattern("(?:ab?|c)d") == "(?:ab?|c)d");  // not the back of what stands at the front
  CHECK(set_pattern("(?:(?:x )?(?:y|z)?w|v)\\d") == "(?:w|v)\\d");
}

TEST_CASE("a quantified group and a group with flags stay whole") {
  CHECK(set_pattern("(?:a|b)?c(?:d|e)") == "c(?:d|e)");
  CHECK(set_pattern("(?:ab)+c?") == "(?:ab)+");
  CHECK(set_pattern("(?-i:Tết)x?") == "(?-i:Tết)");
  CHECK(set_pattern("(?-i:Tết)?x") == "x");
}

TEST_CASE("a pattern this reading cannot follow is left as it is") {
  CHECK(set_pattern("(?i)x?y") == "(?i)x?y");      // the flag holds for what follows
  CHECK(set_pattern(R"(\Q(\E?x)") == R"(\Q(\E?x)");
  CHECK(set_pattern("a?(b") == "a?(b");
  CHECK(set_pattern("a?b?") == "a?b?");            // all optional: it matches everywhere, as before
  CHECK(set_pattern("a|") == "a|");
}

TEST_CASE("a pattern and its set pattern match the same texts") {
  // Patterns shaped like the rules of rules/vi/temporal: optional context before and after a core.
  const std::string part = "(?:chiều +tối|rạng +sáng|sáng|chiều|tối|đêm)";
  const std::string weekday = "(?:chủ +nhật|thứ +hai|thứ +ba|thứ +sáu|thứ +[2-7])";
  const std::string lead = "(?:(?P<part>" + part + ") +)?(?:(?P<weekday>" + weekday + "),? +)?(?:ngày +)?";
  const std::vector<std::string> patterns = {
      lead + R"((?P<day>\d{1,2})[/.-](?P<month>\d{1,2})(?:[/.-](?P<year>\d{4}))?(?: +(?:tới|vừa +qua))?)",
      lead + R"(ngày +(?P<day>\d{1,2}) +tháng +(?P<month>\d{1,2})(?:,? +năm +(?P<year>\d{4}))?)",
      R"((?:(?:những|các) +tháng +)?(?:đầu|cuối) +năm(?: +(?P<year>\d{4}))?)",
      "(?P<extent>(?:(?P<part>" + part + ") +)?(?P<named>tết +nguyên +đán|quốc +khánh))(?:,? +năm +\\d{4})?",
      R"(từ +(?:ngày +)?(?P<day>\d{1,2}) +(?:đến|tới) +(?:ngày +)?(?P<day2>\d{1,2})[/.](?P<month>\d{1,2}))",
      R"((?:số|khoảng|hơn)\.? +(?:(?:19|20)\d\d)|(?:(?:19|20)\d\d) +(?:người|tỷ|km))",
      "(?:" + part + " +)?(?:hôm +)?(?P<offset>nay|qua)",
      "(?:(?:(?P<part>" + part + ") +)?(?:ngày +)|(?P<part2>" + part + ") +(?:(?:hôm +)?nay,? +)?|(?P<weekday>" +
          weekday + "),? +)(?P<day>\\d{1,2})[/.-](?P<month>\\d{1,2})(?: +tới)?",
      R"((?P<number>\d+) +năm(?: +(?:trước|sau))?)",
  };
  const std::vector<std::string> texts = phrases();
  REQUIRE(texts.size() > 100);
  for (const std::string& pattern : patterns) {
    const RE2 whole(pattern, options());
    const RE2 core(set_pattern(pattern), options());
    REQUIRE(whole.ok());
    REQUIRE(core.ok());
    CHECK(core.pattern().size() < whole.pattern().size());
    for (const std::string& text : texts) {
      CAPTURE(pattern);
      CAPTURE(text);
      CHECK(RE2::PartialMatch(text, whole) == RE2::PartialMatch(text, core));
    }
  }
}
