// The recogniser on text that tries to break it: impossible dates, bytes that are not text, and a
// million date-like tokens (RE2 matches in linear time; the engine around it must stay linear too).
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <string>
#include <vector>

#include "biennien/temporal.hpp"

using namespace biennien;

namespace {

const Recogniser& recogniser() {
  static const Recogniser compiled = *Recogniser::compile(RuleFiles::embedded());
  return compiled;
}

// "text=value" for every mention of `text`.
std::vector<std::string> mentions(std::string_view text) {
  std::vector<std::string> out;
  for (const Mention& m : recogniser().recognise(text))
    out.push_back(std::string(text.substr(m.begin, m.end - m.begin)) + "=" + timex_value(m.expression));
  return out;
}

// Whether some mention of `text` has a value containing `part`.
bool any_value_with(std::string_view text, std::string_view part) {
  for (const Mention& m : recogniser().recognise(text))
    if (timex_value(m.expression).find(part) != std::string::npos) return true;
  return false;
}

// CPU seconds of recognising `text`.
double cpu_seconds(const std::string& text) {
  const std::clock_t start = std::clock();
  const auto found = recogniser().recognise(text);
  const double seconds = static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC;
  REQUIRE_FALSE(found.empty());
  return seconds;
}

}  // namespace

TEST_CASE("impossible dates yield no mention") {
  for (const char* text : {"ngày 31/2", "Ngày 30/02/2021 hội nghị", "31/2/2024", "29/2/2023", "ngày 31/4/2024",
                           "ngày 25/13", "25/13/2024", "ngày 0/5/2024", "ngày 5/0/2024", "ngày 32/1",
                           "tháng 13/2024", "tháng 0/2024", "quý 5/2024", "lúc 25h00 ngày 5/6/2024"}) {
    CAPTURE(text);
    for (const std::string& m : mentions(text)) {
      CAPTURE(m);
      CHECK(m.find("-02-31") == std::string::npos);
      CHECK(m.find("-02-30") == std::string::npos);
      CHECK(m.find("2023-02-29") == std::string::npos);
      CHECK(m.find("-04-31") == std::string::npos);
      CHECK(m.find("-13") == std::string::npos);
      CHECK(m.find("-00") == std::string::npos);
      CHECK(m.find("-32") == std::string::npos);
      CHECK(m.find("-Q5") == std::string::npos);
      CHECK(m.find("T25") == std::string::npos);
    }
  }
  // The valid neighbours are still found.
  CHECK(any_value_with("ngày 29/2/2024", "2024-02-29"));
  CHECK(any_value_with("ngày 28/2", "XXXX-02-28"));
  CHECK(any_value_with("ngày 29/2", "XXXX-02-29"));  // valid in a leap year: the resolver decides
}

TEST_CASE("years beyond four digits yield no such value") {
  for (const char* text : {"ngày 5/6/99999", "năm 99999", "năm 123456789012345678901234567890", "ngày 1/1/10000"}) {
    CAPTURE(text);
    for (const std::string& m : mentions(text)) {
      CAPTURE(m);
      CHECK(m.find("99999") == std::string::npos);
      CHECK(m.find("=10000") == std::string::npos);
    }
  }
}

// Year 0 is no year in news: "5/6/0000" is a typo or a broken template. Today it is recognised as
// 0000-06-05 (and becomes an event in year 0). Reported to the owner of src/temporal; enable when
// fixed (and tests/e2e/robust_far_dates.sh with it).
TEST_CASE("year 0 yields no mention" * doctest::skip()) {
  for (const char* text : {"ngày 5/6/0000", "năm 0000", "tháng 6/0000"}) {
    CAPTURE(text);
    for (const std::string& m : mentions(text)) {
      CAPTURE(m);
      CHECK(m.find("=0000") == std::string::npos);
      CHECK(m.find("-0000") == std::string::npos);
    }
  }
}

TEST_CASE("spans stay inside the text and on character boundaries, whatever the bytes") {
  const std::string texts[] = {
      std::string("ng\xc3\xa0y 5/6\xff\xfe/2024"),   // invalid UTF-8 (the text stage repairs it; the recogniser must survive it)
      std::string("ngày 5/6\0/2024", 15),              // NUL
      std::string(10000, '/'),                         // separators only
      std::string(5000, '1') + "/" + std::string(5000, '2'),
      "Thứ Hai, Thứ Ba, Thứ Tư, ngày ngày ngày mồng mùng 5/6/2024/2025/2026-2027-2028",
      "\xcc\x80\xcc\x81 5/6 \xcc\x80",                 // combining marks alone
  };
  for (const std::string& text : texts) {
    for (const Mention& m : recogniser().recognise(text)) {
      CHECK(m.begin < m.end);
      CHECK(m.end <= text.size());
    }
  }
}

// Timing under a sanitizer measures the sanitizer: the debug suite runs this one.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kTimed = false;
#else
constexpr bool kTimed = true;
#endif

TEST_CASE("a million date-like tokens are recognised in linear time" * doctest::skip(!kTimed)) {
  // Linear: 4x the tokens take about 4x the time; quadratic would take 16x. The bound is generous
  // (CPU time, 8x, the large run measured again if it fails) so that a loaded machine passes it.
  const std::string tokens[] = {"5/6 ", "25/6/2021, ", "Thứ Sáu 25-6 ", "6/2024 ", "sáng 21/6 ", "14h30 ",
                                "năm 2020 ", "1/2/3/4 ", "quý I/2024 ", "1/7-5/7 "};
  auto text_of = [&](std::size_t count) {
    std::string text;
    for (std::size_t i = 0; i < count; ++i) text += tokens[i % std::size(tokens)];
    return text;
  };
  const std::string small = text_of(250'000), large = text_of(1'000'000);
  const double t_small = cpu_seconds(small);
  double t_large = cpu_seconds(large);
  if (t_large >= 8 * std::max(t_small, 0.01)) t_large = cpu_seconds(large);
  MESSAGE("250k tokens: " << t_small << " s; 1M tokens: " << t_large << " s");
  CHECK(t_large < 8 * std::max(t_small, 0.01));
}
