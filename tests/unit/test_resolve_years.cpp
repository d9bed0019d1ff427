#include <doctest/doctest.h>

#include "biennien/resolve.hpp"

using namespace biennien;
using namespace date::literals;

namespace {

// A one-line, one-sentence body document of `text`.
Document body(std::string text) {
  Document doc;
  doc.folded = std::move(text);
  doc.lines.push_back({{0, doc.folded.size()}, LineKind::body});
  doc.sentences.push_back({{0, doc.folded.size()}, 0});
  return doc;
}

// The mention of `phrase` in `doc` as the recogniser would give it for a written day/month/year.
Mention day_mention(const Document& doc, std::string_view phrase, unsigned day, unsigned month,
                    std::optional<int> year = std::nullopt) {
  Mention m;
  m.begin = doc.folded.find(phrase);
  REQUIRE(m.begin != std::string::npos);
  m.end = m.begin + phrase.size();
  m.expression.start.precision = Precision::day;
  m.expression.start.day = day;
  m.expression.start.month = month;
  m.expression.start.year = year;
  return m;
}

Mention year_mention(const Document& doc, std::string_view phrase, int year) {
  Mention m;
  m.begin = doc.folded.find(phrase);
  m.end = m.begin + phrase.size();
  m.expression.start.precision = Precision::year;
  m.expression.start.year = year;
  return m;
}

Anchor anchor_on(date::year_month_day day) {
  Anchor a;
  a.source = AnchorSource::metadata;
  a.year = day.year();
  a.day = day;
  return a;
}

const Resolver& resolver() {
  static const Resolver r = *Resolver::load(RuleFiles::embedded());
  return r;
}

}  // namespace

TEST_CASE("an explicit date keeps its year") {
  const Document doc = body("Ngày 25/06/2021, hội nghị diễn ra.");
  const auto r = resolver().resolve(doc, anchor_on(2024_y / 6 / 21), {day_mention(doc, "Ngày 25/06/2021", 25, 6, 2021)});
  REQUIRE(r.mentions.size() == 1);
  CHECK(r.mentions[0].value == "2021-06-25");
  CHECK(r.mentions[0].provenance == Provenance::explicit_);
}

TEST_CASE("a missing year is the one nearest the anchor") {
  const Document doc = body("Ngày 30/12, hội nghị diễn ra.");
  auto r = resolver().resolve(doc, anchor_on(2021_y / 1 / 2), {day_mention(doc, "Ngày 30/12", 30, 12)});
  CHECK(r.mentions[0].value == "2020-12-30");
  CHECK(r.mentions[0].provenance == Provenance::publication);

  const Document june = body("Ngày 25/6, hội nghị diễn ra.");
  r = resolver().resolve(june, anchor_on(2021_y / 6 / 25), {day_mention(june, "Ngày 25/6", 25, 6)});
  CHECK(r.mentions[0].value == "2021-06-25");
}

TEST_CASE("tense words move the year to the side they point to") {
  // Seven months either way: without a tense word the nearer date wins.
  const Document future = body("Hội nghị sẽ diễn ra ngày 5/1.");
  auto r = resolver().resolve(future, anchor_on(2024_y / 6 / 1), {day_mention(future, "ngày 5/1", 5, 1)});
  CHECK(r.mentions[0].value == "2025-01-05");
  const Document past = body("Hội nghị đã diễn ra ngày 5/1.");
  r = resolver().resolve(past, anchor_on(2024_y / 7 / 20), {day_mention(past, "ngày 5/1", 5, 1)});
  CHECK(r.mentions[0].value == "2024-01-05");
  const Document past_late = body("Hội nghị đã diễn ra ngày 20/12.");
  r = resolver().resolve(past_late, anchor_on(2024_y / 6 / 1), {day_mention(past_late, "ngày 20/12", 20, 12)});
  CHECK(r.mentions[0].value == "2023-12-20");
}

TEST_CASE("tense words count as whole words, in any case, between punctuation") {
  const auto resolve_in = [](const char* text) {
    const Document doc = body(text);
    return resolver().resolve(doc, anchor_on(2024_y / 7 / 20), {day_mention(doc, "ngày 5/1", 5, 1)}).mentions[0].value;
  };
  CHECK(resolve_in("Hội nghị (đã) diễn ra ngày 5/1.") == "2024-01-05");
  CHECK(resolve_in("HỘI NGHỊ ĐÃ DIỄN RA ngày 5/1.") == "2024-01-05");
  // "đãi" is not "đã": without a tense word the nearer date wins.
  CHECK(resolve_in("Tiệc chiêu đãi diễn ra ngày 5/1.") == "2025-01-05");
}

TEST_CASE("a written weekday picks the year in which the date falls on it") {
  const Document doc = body("Thứ Sáu, 25/6, hội nghị diễn ra.");
  Mention m = day_mention(doc, "Thứ Sáu, 25/6", 25, 6);
  m.expression.start.weekday = date::Friday;
  // 25 June was a Friday in 2021, not in 2022 or 2023.
  const auto r = resolver().resolve(doc, anchor_on(2022_y / 3 / 1), {m});
  CHECK(r.mentions[0].value == "2021-06-25");
  CHECK(r.mentions[0].provenance == Provenance::weekday);
}

TEST_CASE("a year-end review held in January belongs to the year after the one reviewed") {
  const Document doc = body("Ngày 21-1, Quận đoàn đã tổng kết công tác năm 2024; triển khai nhiệm vụ năm 2025.");
  const auto r = resolver().resolve(doc, anchor_on(2024_y / 12 / 30),
                                    {day_mention(doc, "Ngày 21-1", 21, 1), year_mention(doc, "năm 2024", 2024),
                                     year_mention(doc, "năm 2025", 2025)});
  CHECK(r.mentions[0].value == "2025-01-21");
  CHECK(r.mentions[0].provenance == Provenance::context);
}

TEST_CASE("without an anchor the text's newest year, written twice, is the anchor (context)") {
  const Document doc = body("Ngày 3/5, hội nghị tổng kết năm 2019 và bàn kế hoạch năm 2020, năm 2020.");
  const auto r = resolver().resolve(doc, Anchor{},
                                    {day_mention(doc, "Ngày 3/5", 3, 5), year_mention(doc, "năm 2019", 2019),
                                     year_mention(doc, "năm 2020", 2020), year_mention(doc, "năm 2020.", 2020)});
  CHECK(r.anchor.source == AnchorSource::context);
  CHECK(r.anchor.value() == "2020");
  CHECK(r.mentions[0].value == "2020-05-03");
  CHECK(r.mentions[0].provenance == Provenance::context);
  CHECK(r.mentions[0].confidence < 0.8);
}

TEST_CASE("without an anchor a year written once tells nothing, nor does a target year") {
  const Document doc = body("Ngày 3/5, hội nghị bàn kế hoạch năm 2019, phấn đấu đến năm 2030.");
  const auto r = resolver().resolve(doc, Anchor{},
                                    {day_mention(doc, "Ngày 3/5", 3, 5), year_mention(doc, "năm 2019", 2019),
                                     year_mention(doc, "năm 2030", 2030)});
  CHECK(r.anchor.source == AnchorSource::none);
  CHECK(r.mentions[0].value == "XXXX-05-03");
  CHECK(r.mentions[0].provenance == Provenance::none);
}

TEST_CASE("without an anchor a year written once tells the days of its own month") {
  const Document doc = body("Sáng 22.6, hội nghị bầu bí thư. Tháng 6.2017, ông được điều động.");
  Mention month = year_mention(doc, "Tháng 6.2017", 2017);
  month.expression.start.precision = Precision::month;
  month.expression.start.month = 6;
  auto r = resolver().resolve(doc, Anchor{}, {day_mention(doc, "Sáng 22.6", 22, 6), month});
  CHECK(r.mentions[0].value == "2017-06-22");
  CHECK(r.mentions[0].provenance == Provenance::context);
  const Document other = body("Sáng 22.5, hội nghị bầu bí thư. Tháng 6.2017, ông được điều động.");
  r = resolver().resolve(other, Anchor{}, {day_mention(other, "Sáng 22.5", 22, 5), month});
  CHECK(r.mentions[0].value == "XXXX-05-22");
}

TEST_CASE("without an anchor a date before the latest date written with the year is not of that year") {
  const Document doc = body("Ngày 10/5, ông nhậm chức. Tháng 5-2013, ông làm bộ trưởng; tháng 9/2013, ông về Hà Nội.");
  Mention may = year_mention(doc, "Tháng 5-2013", 2013), september = year_mention(doc, "tháng 9/2013", 2013);
  may.expression.start.precision = september.expression.start.precision = Precision::month;
  may.expression.start.month = 5;
  september.expression.start.month = 9;
  const auto r = resolver().resolve(doc, Anchor{}, {day_mention(doc, "Ngày 10/5", 10, 5), may, september});
  CHECK(r.mentions[0].value == "XXXX-05-10");
}

TEST_CASE("an offset from the previous date of the text") {
  const Document doc = body("Ngày 20/6 khai mạc. Chiều cùng ngày, đoàn làm việc.");
  Mention same;
  same.begin = doc.folded.find("Chiều cùng ngày");
  same.end = same.begin + std::string_view("Chiều cùng ngày").size();
  same.type = MentionType::time;
  same.expression.start.precision = Precision::part_of_day;
  same.expression.start.part_of_day = PartOfDay::afternoon;
  same.expression.start.offset = 0;
  same.expression.start.from_previous = true;
  auto r = resolver().resolve(doc, anchor_on(2017_y / 6 / 22), {day_mention(doc, "Ngày 20/6", 20, 6), same});
  CHECK(r.mentions[1].value == "2017-06-20TAF");
  CHECK(r.mentions[1].provenance == Provenance::context);
  r = resolver().resolve(doc, Anchor{}, {day_mention(doc, "Ngày 20/6", 20, 6), same});
  CHECK(r.mentions[1].value == "XXXX-06-20TAF");
}

TEST_CASE("a month's distance to the anchor is zero inside it; the mention's own tense words come first") {
  const Document doc = body("Ngày hội sẽ diễn ra trong tháng 10.");
  Mention october = year_mention(doc, "tháng 10", 0);
  october.expression.start.year.reset();
  october.expression.start.precision = Precision::month;
  october.expression.start.month = 10;
  auto r = resolver().resolve(doc, anchor_on(2025_y / 10 / 9), {october});
  CHECK(r.mentions[0].value == "2025-10");
  const Document past = body("Hội nghị sẽ tổng kết ngày 5/11 vừa qua.");
  Mention m = day_mention(past, "ngày 5/11 vừa qua", 5, 11);
  m.expression.start.tense = Tense::past;
  r = resolver().resolve(past, anchor_on(2025_y / 10 / 9), {m});
  CHECK(r.mentions[0].value == "2024-11-05");
}

TEST_CASE("a weekday with an offset is the next or previous such day") {
  const Document doc = body("thứ Sáu tới và thứ Ba vừa rồi");
  Mention next = day_mention(doc, "thứ Sáu tới", 0, 0), last = day_mention(doc, "thứ Ba vừa rồi", 0, 0);
  next.expression.start.weekday = date::Friday;
  next.expression.start.offset = 1;
  last.expression.start.weekday = date::Tuesday;
  last.expression.start.offset = -1;
  const auto r = resolver().resolve(doc, anchor_on(2024_y / 6 / 19), {next, last});
  CHECK(r.mentions[0].value == "2024-06-21");
  CHECK(r.mentions[1].value == "2024-06-18");
}

TEST_CASE("with nothing to tell, the year stays unknown") {
  const Document doc = body("Ngày 3/5, hội nghị diễn ra.");
  const auto r = resolver().resolve(doc, Anchor{}, {day_mention(doc, "Ngày 3/5", 3, 5)});
  CHECK(r.anchor.source == AnchorSource::none);
  CHECK(r.mentions[0].value == "XXXX-05-03");
  CHECK(r.mentions[0].provenance == Provenance::none);
}

TEST_CASE("29 February only in a leap year") {
  const Document doc = body("Ngày 29/2, hội nghị diễn ra.");
  const auto r = resolver().resolve(doc, anchor_on(2025_y / 1 / 10), {day_mention(doc, "Ngày 29/2", 29, 2)});
  CHECK(r.mentions[0].value == "2024-02-29");
}

TEST_CASE("deictic offsets count from the anchor") {
  const Document doc = body("Hôm qua và năm ngoái.");
  Mention yesterday = day_mention(doc, "Hôm qua", 0, 0);
  yesterday.expression.start.offset = -1;
  Mention last_year = year_mention(doc, "năm ngoái", 0);
  last_year.expression.start.year.reset();
  last_year.expression.start.offset = -1;
  const auto r = resolver().resolve(doc, anchor_on(2021_y / 1 / 1), {yesterday, last_year});
  CHECK(r.mentions[0].value == "2020-12-31");
  CHECK(r.mentions[1].value == "2020");
}

TEST_CASE("a day range takes its month and year from its end") {
  const Document doc = body("Từ 21-22/6, hội nghị diễn ra.");
  Mention m = day_mention(doc, "21-22/6", 21, 0);
  m.expression.kind = ExpressionKind::range;
  m.expression.end.precision = Precision::day;
  m.expression.end.day = 22;
  m.expression.end.month = 6;
  const auto r = resolver().resolve(doc, anchor_on(2024_y / 6 / 20), {m});
  CHECK(r.mentions[0].value == "2024-06-21/2024-06-22");
}

TEST_CASE("a range up to now ends at the anchor") {
  const Document doc = body("từ năm 2016 đến nay");
  Mention m = year_mention(doc, "từ năm 2016 đến nay", 2016);
  m.expression.kind = ExpressionKind::range_to_anchor;
  const auto r = resolver().resolve(doc, anchor_on(2021_y / 4 / 13), {m});
  CHECK(r.mentions[0].value == "2016/2021");
}

TEST_CASE("a clock time without a date is on the anchor's day") {
  const Document doc = body("lúc 14h30");
  Mention m;
  m.begin = doc.folded.find("14h30");
  m.end = m.begin + 5;
  m.type = MentionType::time;
  m.expression.start.precision = Precision::minute;
  m.expression.start.hour = 14;
  m.expression.start.minute = 30;
  const auto r = resolver().resolve(doc, anchor_on(2021_y / 1 / 2), {m});
  CHECK(r.mentions[0].value == "2021-01-02T14:30");
}

TEST_CASE("the word lists reject bad values with file and line") {
  auto files = RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/tests/unit/data/bad_resolve");
  REQUIRE(files);
  auto r = Resolver::load(*files);
  REQUIRE_FALSE(r);
  CHECK(r.error().where.ends_with("resolve/tense.tsv:2"));
}

TEST_CASE("lunar days become civil days, with provenance lunar and the lunar year nearest the anchor") {
  const Document doc = body("Tối 30 Tết, đoàn viên đón giao thừa.");
  Mention eve = day_mention(doc, "Tối 30 Tết", 30, 12);
  eve.expression.start.lunar = true;
  eve.expression.start.part_of_day = PartOfDay::evening;
  eve.expression.start.precision = Precision::part_of_day;
  // Lunar year 2023 ends on 2024-02-09 with a 30th; lunar year 2024 ends on 2025-01-28, a 29th.
  const auto in_2024 = resolver().resolve(doc, anchor_on(2024_y / 1 / 20), {eve});
  CHECK(in_2024.mentions[0].value == "2024-02-09TEV");
  CHECK(in_2024.mentions[0].provenance == Provenance::lunar);
  CHECK(resolver().resolve(doc, anchor_on(2025_y / 1 / 10), {eve}).mentions[0].value == "2025-01-28TEV");
  // Without an anchor the lunar day has no civil day.
  const auto unknown = resolver().resolve(doc, Anchor{}, {eve});
  CHECK(unknown.mentions[0].value == "XXXX-XX-XX");
  CHECK(unknown.mentions[0].provenance == Provenance::none);
}

TEST_CASE("named days: in the year written, counted from the founding, or nearest the anchor") {
  const Document doc = body("kỷ niệm 90 năm Ngày thành lập Đoàn và Quốc khánh");
  Mention founding = day_mention(doc, "Ngày thành lập Đoàn", 0, 0);
  founding.expression.start.named_day = "thanh-lap-doan";
  founding.expression.start.anniversary = 90;
  Mention national = day_mention(doc, "Quốc khánh", 0, 0);
  national.expression.start.named_day = "quoc-khanh";
  const auto r = resolver().resolve(doc, anchor_on(2020_y / 12 / 1), {founding, national});
  CHECK(r.mentions[0].value == "2021-03-26");
  CHECK(r.mentions[0].provenance == Provenance::explicit_);
  CHECK(r.mentions[1].value == "2020-09-02");
  CHECK(r.mentions[1].provenance == Provenance::publication);
  national.expression.start.year = 1945;
  CHECK(resolver().resolve(doc, anchor_on(2020_y / 12 / 1), {national}).mentions[0].value == "1945-09-02");
  national.expression.start.year.reset();
  CHECK(resolver().resolve(doc, Anchor{}, {national}).mentions[0].value == "XXXX-09-02");
}

TEST_CASE("a can-chi year is the latest so named up to two years after the anchor") {
  const Document doc = body("năm Bính Ngọ");
  Mention year = day_mention(doc, "năm Bính Ngọ", 0, 0);
  year.expression.start.precision = Precision::year;
  year.expression.start.can_chi = 42;  // Bính Ngọ: stem 3, branch 7
  CHECK(resolver().resolve(doc, anchor_on(2024_y / 6 / 21), {year}).mentions[0].value == "2026");
  CHECK(resolver().resolve(doc, anchor_on(2027_y / 6 / 21), {year}).mentions[0].value == "2026");
  CHECK(resolver().resolve(doc, anchor_on(2023_y / 6 / 21), {year}).mentions[0].value == "1966");
}

TEST_CASE("a year counted past 9999 is unknown, not 10000") {
  const Document doc = body("năm sau");
  Mention next = year_mention(doc, "năm sau", 0);
  next.expression.start.year.reset();
  next.expression.start.offset = 1;
  const auto r = resolver().resolve(doc, anchor_on(9999_y / 6 / 21), {next});
  CHECK(r.mentions[0].value == "XXXX");
  CHECK(r.mentions[0].provenance == Provenance::none);
  CHECK(resolver().resolve(doc, anchor_on(2024_y / 6 / 21), {next}).mentions[0].value == "2025");
}

TEST_CASE("the sentences read: of the points whose year is chosen, or of all when the anchor is unknown") {
  const Document doc =
      body("Ngày 25/06/2021 và ngày 21/6, hôm qua, trong 3 ngày, từ 1/7 đến 5/7/2024, rằm tháng Giêng.");
  const Mention written = day_mention(doc, "Ngày 25/06/2021", 25, 6, 2021);
  const Mention bare = day_mention(doc, "ngày 21/6", 21, 6);
  Mention yesterday = day_mention(doc, "hôm qua", 0, 0);
  yesterday.expression.start.offset = -1;
  Mention days = day_mention(doc, "3 ngày", 0, 0);
  days.expression.kind = ExpressionKind::duration;
  Mention range = day_mention(doc, "từ 1/7 đến 5/7/2024", 1, 7);
  range.expression.kind = ExpressionKind::range;
  range.expression.end = day_mention(doc, "5/7/2024", 5, 7, 2024).expression.start;
  Mention lunar = day_mention(doc, "rằm tháng Giêng", 15, 1);
  lunar.expression.start.lunar = true;
  const std::vector<Mention> mentions{written, bare, yesterday, days, range, lunar};
  // The range's start takes its year from the end, but is named all the same: the list may name
  // more sentences than are read, never fewer.
  CHECK(Resolver::sentences_read(anchor_on(2024_y / 6 / 21), mentions) ==
        std::vector<std::size_t>{bare.begin, range.begin, lunar.begin});
  // Without an anchor, also the points whose written year may be the one the text speaks from.
  CHECK(Resolver::sentences_read(Anchor{}, mentions) ==
        std::vector<std::size_t>{written.begin, bare.begin, range.begin, lunar.begin});
}

TEST_CASE("resolving with only the sentences read gives what resolving with all of them gives") {
  // Two lines, so that a mention whose sentence was not split still knows its line: "Đến 21/6" is
  // in the year of the explicit date before it on the same line, not in the anchor's.
  Document all;
  all.folded = "Tin vắn.\nNgày 12/3/2020, công trình khởi công. Đến 21/6, công trình sẽ hoàn thành.";
  const std::size_t second = all.folded.find('\n') + 1, split = all.folded.find("Đến");
  all.lines = {{{0, second - 1}, LineKind::body}, {{second, all.folded.size()}, LineKind::body}};
  all.sentences = {{{0, second - 1}, 0}, {{second, split - 1}, 1}, {{split, all.folded.size()}, 1}};
  const std::vector<Mention> mentions{day_mention(all, "Ngày 12/3/2020", 12, 3, 2020),
                                      day_mention(all, "Đến 21/6", 21, 6)};
  for (const auto day : {2021_y / 12 / 1, 2020_y / 1 / 10}) {
    const Anchor anchor = anchor_on(day);
    Document read = all;
    read.sentences.clear();
    for (const std::size_t begin : Resolver::sentences_read(anchor, mentions))
      read.sentences.push_back(*all.sentence_at(begin));
    CHECK(read.sentences.size() == 1);
    const Resolution expected = resolver().resolve(all, anchor, mentions);
    const Resolution got = resolver().resolve(read, anchor, mentions);
    REQUIRE(got.mentions.size() == expected.mentions.size());
    for (std::size_t i = 0; i < got.mentions.size(); ++i) {
      CHECK(got.mentions[i].value == expected.mentions[i].value);
      CHECK(got.mentions[i].provenance == expected.mentions[i].provenance);
    }
  }
  CHECK(resolver().resolve(all, anchor_on(2021_y / 12 / 1), mentions).mentions[1].value == "2020-06-21");
  CHECK(resolver().resolve(all, anchor_on(2020_y / 1 / 10), mentions).mentions[1].value == "2020-06-21");
}

TEST_CASE("without an anchor, the sentences read infer the same year as all of them") {
  // "đến năm 2030" is a target, not the year the text speaks from; 2021 is written twice.
  Document all;
  all.folded =
      "Năm 2021, tỉnh đạt kết quả tốt. Tháng 3/2021 khởi công, phấn đấu đến năm 2030 hoàn thành. "
      "Ngày 5/4 họp.";
  all.lines = {{{0, all.folded.size()}, LineKind::body}};
  for (std::size_t begin = 0; begin < all.folded.size();) {
    const std::size_t stop = std::min(all.folded.find(". ", begin), all.folded.size());
    const std::size_t end = std::min(stop + 1, all.folded.size());
    all.sentences.push_back({{begin, end}, 0});
    begin = end + 1;
  }
  REQUIRE(all.sentences.size() == 3);
  Mention march = day_mention(all, "Tháng 3/2021", 0, 3, 2021);
  march.expression.start.precision = Precision::month;
  const std::vector<Mention> mentions{year_mention(all, "Năm 2021", 2021), march,
                                      year_mention(all, "năm 2030", 2030),
                                      day_mention(all, "Ngày 5/4", 5, 4)};
  Document read = all;
  read.sentences.clear();
  for (const std::size_t begin : Resolver::sentences_read(Anchor{}, mentions))
    if (read.sentences.empty() || read.sentences.back().begin != all.sentence_at(begin)->begin)
      read.sentences.push_back(*all.sentence_at(begin));
  const Resolution expected = resolver().resolve(all, Anchor{}, mentions);
  const Resolution got = resolver().resolve(read, Anchor{}, mentions);
  CHECK(expected.anchor.year == date::year{2021});
  CHECK(got.anchor.year == expected.anchor.year);
  REQUIRE(got.mentions.size() == expected.mentions.size());
  for (std::size_t i = 0; i < got.mentions.size(); ++i)
    CHECK(got.mentions[i].value == expected.mentions[i].value);
  CHECK(expected.mentions[3].value == "2021-04-05");
}

TEST_CASE("line_at: the line an offset is on") {
  Document doc;
  doc.folded = "a\n\nbc\n";
  doc.lines = {{{0, 1}, LineKind::body},
               {{2, 2}, LineKind::blank},
               {{3, 5}, LineKind::body},
               {{6, 6}, LineKind::blank}};
  CHECK(doc.line_at(0) == 0);
  CHECK(doc.line_at(1) == 0);
  CHECK(doc.line_at(2) == 1);
  CHECK(doc.line_at(4) == 2);
  CHECK(doc.line_at(6) == 3);
  CHECK(Document{}.line_at(3) == 0);
}
