#include <doctest/doctest.h>

#include <string>

#include "../../src/events/phrase_matcher.hpp"

using namespace biennien;

TEST_CASE("a phrase is found whatever the case of its first characters, one of one character too") {
  const auto matcher =
      events::PhraseMatcher::build({"Thành đoàn", "ủy ban", "Đảng", "x", "k-pop", "Bí thư"}, "t");
  REQUIRE(matcher);
  struct Case {
    std::string text;
    std::size_t end;  // of the match at 0, 0 for none
    std::size_t entry;
  };
  const Case cases[] = {
      {"THÀNH ĐOÀN Hà Nội", std::string("THÀNH ĐOÀN").size(), 0},
      {"thành  đoàn", std::string("thành  đoàn").size(), 0},
      {"Ủy Ban nhân dân", std::string("Ủy Ban").size(), 1},
      {"ĐẢNG bộ", std::string("ĐẢNG").size(), 2},
      {"đảng", std::string("đảng").size(), 2},
      {"X, y", 1, 3},
      {"\u212A-pop", std::string("\u212A-pop").size(), 4},  // KELVIN SIGN folds to k, in RE2 as in ICU
      {"BÍ THƯ", std::string("BÍ THƯ").size(), 5},
      {"Thành phố", 0, 0},  // its first characters begin a phrase, the rest does not
      {"xa", 0, 0},         // a phrase ends where a word does
      {"Hội", 0, 0},
      {"", 0, 0},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    const auto match = matcher->match_at(c.text, 0);
    REQUIRE(match.has_value() == (c.end != 0));
    if (!match) continue;
    CHECK(match->end == c.end);
    CHECK(match->entry == c.entry);
  }
}
