// The anchor on absurd or contradictory evidence.
#include <doctest/doctest.h>

#include "biennien/publication.hpp"

using namespace biennien;

TEST_CASE("metadata outside the years 1000-9000 is no anchor") {
  for (const char* iso : {"0000-01-01", "0001-06-21", "0999-12-31", "9001-01-01", "9999-12-31T23:59"}) {
    CAPTURE(iso);
    CHECK_FALSE(parse_published(iso));
  }
  CHECK(parse_published("1000-01-01"));
  CHECK(parse_published("9000-12-31"));
}

TEST_CASE("impossible metadata dates and times are no anchor") {
  for (const char* iso : {"2021-02-29", "2024-02-30", "2024-13-01", "2024-00-10", "2024-06-00", "2024-06-21T24:00",
                          "2024-06-21T12:60", "2024-06-21T12:00+15:00", "2024-06-21T12:00+07:99", "", "2024",
                          "2024-06-21garbage", "99999999999999999999-01-01"}) {
    CAPTURE(iso);
    CHECK_FALSE(parse_published(iso));
  }
}

namespace {

Anchor anchor_of(const std::string& text) {
  static const RuleFiles files = RuleFiles::embedded();
  static const TextAnalyser analyser = *TextAnalyser::load(files);
  static const PublicationLexicon lexicon = *PublicationLexicon::load(files);
  Article article;
  article.text = text;
  return find_anchor(article, analyser.analyse(article), lexicon);
}

}  // namespace

TEST_CASE("a dateline whose weekday contradicts its date is still the anchor when it is the only one") {
  // 25/06/2021 was a Friday, not a Monday.
  CHECK(anchor_of("Tin tức\nThứ Hai, 25/06/2021 22:00\nSáng 21/6, Thành đoàn tổ chức hội nghị.\n").value() ==
        "2021-06-25T22:00");
}

TEST_CASE("a dateline whose weekday agrees beats one whose weekday contradicts") {
  CHECK(anchor_of("Tin tức\nThứ Hai, 24/06/2021 08:00\nThứ Sáu, 25/06/2021 22:00\nSáng 21/6, hội nghị.\n").value() ==
        "2021-06-25T22:00");
}

TEST_CASE("datelines with impossible or absurd dates are no anchor") {
  for (const char* line : {"Thứ Sáu, 31/02/2021 22:00", "Ngày đăng: 30/02/2021", "25/13/2021 10:00",
                           "Ngày đăng: 05/06/0000 10:00", "Ngày đăng: 05/06/9999 10:00"}) {
    CAPTURE(line);
    CHECK_FALSE(anchor_of(std::string("Tin tức\n") + line + "\nSáng 21/6, hội nghị.\n").known());
  }
}
