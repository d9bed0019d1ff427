#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "biennien/publication.hpp"

using namespace biennien;
using std::chrono::minutes;

namespace {

Anchor anchor_of(std::string text, std::string published = "") {
  static const RuleFiles files = RuleFiles::embedded();
  static const TextAnalyser analyser = *TextAnalyser::load(files);
  static const PublicationLexicon lexicon = *PublicationLexicon::load(files);
  Article article;
  article.text = std::move(text);
  article.published = std::move(published);
  return find_anchor(article, analyser.analyse(article), lexicon);
}

Anchor seed_anchor(const std::string& name) {
  std::ifstream in(BIENNIEN_SOURCE_DIR "/seeds/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return anchor_of(text.str());
}

const std::string kBody =
    "Ngày 25/6, Thành đoàn tổ chức Hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội "
    "Đảng bộ thành phố với sự tham gia của gần 1.000 cán bộ Đoàn chủ chốt toàn thành phố.\n";

}  // namespace

TEST_CASE("ISO 8601 dates and date-times keep their wall time and offset") {
  auto day = parse_published("2024-06-21");
  REQUIRE(day);
  CHECK(day->value() == "2024-06-21");
  CHECK(day->source == AnchorSource::metadata);
  CHECK_FALSE(day->time_of_day);

  auto local = parse_published("2024-06-21T15:00");
  REQUIRE(local);
  CHECK(local->value() == "2024-06-21T15:00");
  CHECK_FALSE(local->utc_offset);

  auto offset = parse_published("2013-10-21T09:43:00+07:00");
  REQUIRE(offset);
  CHECK(offset->value() == "2013-10-21T09:43");
  CHECK(offset->utc_offset == minutes(7 * 60));
  CHECK(*offset->year == date::year(2013));

  auto utc = parse_published("2021-01-19T13:02:59.5Z");
  REQUIRE(utc);
  CHECK(utc->value() == "2021-01-19T13:02");
  CHECK(utc->utc_offset == minutes(0));
  CHECK(parse_published("2021-01-19T13:02-05:30")->utc_offset == -minutes(5 * 60 + 30));

  for (const char* bad : {"", "2024", "2024-02-30", "2024-06-21T24:00", "21/06/2024",
                          "2024-06-21T15:00+07:00 ", "2024-06-21T15:61"})
    CHECK_MESSAGE(!parse_published(bad), bad);
}

TEST_CASE("anchor values and sources have names") {
  Anchor none;
  CHECK(none.value().empty());
  CHECK_FALSE(none.known());
  Anchor year;
  year.source = AnchorSource::context;
  year.year = date::year(2025);
  CHECK(year.value() == "2025");
  CHECK(std::string(to_string(AnchorSource::header)) == "header");
  CHECK(std::string(to_string(AnchorSource::none)) == "none");
}

TEST_CASE("the seeds' anchors come from their datelines, never from related lists or banners") {
  const Anchor a002 = seed_anchor("002_c01c3d43b5a44ba5.txt");
  CHECK(a002.source == AnchorSource::header);
  CHECK(a002.value() == "2021-06-25T22:00");

  const Anchor a003 = seed_anchor("003_dcd593660c5d2fcc.txt");
  CHECK(a003.source == AnchorSource::header);
  CHECK(a003.value() == "2024-06-21T15:00");  // not the banner's 2024-07-16

  const Anchor a004 = seed_anchor("004_e12847725731ec93.txt");
  CHECK(a004.source == AnchorSource::header);
  CHECK(a004.value() == "2021-01-19T20:02");

  CHECK_FALSE(seed_anchor("000_4c7b3edb5a889073.txt").known());  // its dates are other articles'
  CHECK_FALSE(seed_anchor("001_b8aaae8431df2079.txt").known());
}

TEST_CASE("metadata comes first; invalid metadata falls back to the header") {
  CHECK(anchor_of("20:02 | 19/01/2021\n" + kBody, "2021-01-20").value() == "2021-01-20");
  CHECK(anchor_of("20:02 | 19/01/2021\n" + kBody, "2021-01-20").source == AnchorSource::metadata);
  CHECK(anchor_of("20:02 | 19/01/2021\n" + kBody, "hôm qua").value() == "2021-01-19T20:02");
}

TEST_CASE("dateline shapes") {
  CHECK(anchor_of("Tiêu đề bài viết\n19/01/2021 20:02\n" + kBody).value() == "2021-01-19T20:02");
  CHECK(anchor_of("Tiêu đề bài viết\nThứ hai, 18/01/2021 - 20:02\n" + kBody).value() == "2021-01-18T20:02");
  CHECK(anchor_of("Tiêu đề bài viết\n19/01/2021\n" + kBody).value() == "2021-01-19");
  CHECK(anchor_of("Tiêu đề bài viết\nCẬP NHẬT LÚC: 07:30 ngày 19-1-2021\n" + kBody).value() ==
        "2021-01-19T07:30");
  CHECK_FALSE(anchor_of("Tiêu đề bài viết\n31/02/2021 10:00\n" + kBody).known());
}

TEST_CASE("a labelled dateline beats a bare one, a right weekday a wrong one") {
  CHECK(anchor_of("Tiêu đề\n10:00 | 18/01/2021\nNgày đăng: 19/01/2021 08:00\n" + kBody).value() ==
        "2021-01-19T08:00");
  CHECK(anchor_of("Tiêu đề\nNgày cập nhật: 20/01/2021\nNgày đăng: 19/01/2021\n" + kBody).value() ==
        "2021-01-19");
  // 25/06/2021 was a Friday.
  CHECK(anchor_of("Tiêu đề\nThứ Hai, 25/06/2021\n26/06/2021 09:00\n" + kBody).value() == "2021-06-26T09:00");
  CHECK(anchor_of("Tiêu đề\nThứ Hai, 25/06/2021 22:00\n" + kBody).value() == "2021-06-25T22:00");
}

TEST_CASE("a banner above the headline is used only when nothing else tells") {
  CHECK(anchor_of("Thứ 3, Ngày 16/07/2024 -\n\nGiao ban công tác đoàn\n" + kBody).value() == "2024-07-16");
  CHECK(anchor_of("Thứ 3, Ngày 16/07/2024 -\n\nGiao ban công tác đoàn\n21/06/2024\n" + kBody).value() ==
        "2024-06-21");
}

TEST_CASE("dates in captions, related lists and footers are never the anchor") {
  CHECK_FALSE(anchor_of("Tiêu đề\n" + kBody + "Tin khác\nMột tin khác\nThời sự 07/06/2025 20:45\n").known());
  CHECK_FALSE(anchor_of("Tiêu đề\n" + kBody + "![](anh.jpg) 07/06/2025 |\n" + kBody).known());
  CHECK_FALSE(anchor_of("Tiêu đề\n" + kBody + "Bản quyền thuộc báo, 07/06/2025\n").known());
}
