#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "biennien/embedded.hpp"
#include "biennien/events.hpp"

using namespace biennien;

namespace {

// The registry compiled into the binary.
OrganisationRegistry shipped_registry() {
  const auto& files = embedded::files();
  const auto file = std::find_if(files.begin(), files.end(),
                                 [](const auto& f) { return f.path == "calendars/organisations.json"; });
  REQUIRE(file != files.end());
  auto registry = OrganisationRegistry::parse(file->bytes, file->path);
  REQUIRE_MESSAGE(registry, registry.error().to_string());
  return *registry;
}

EventExtractor extractor(OrganisationRegistry registry = shipped_registry()) {
  auto loaded = EventExtractor::load(RuleFiles::embedded(), std::move(registry));
  REQUIRE_MESSAGE(loaded, loaded.error().to_string());
  return *loaded;
}

using Ids = std::vector<std::string>;

Ids ids(const std::vector<OrganisationMention>& mentions) {
  Ids out;
  for (const auto& m : mentions) out.push_back(m.id);
  return out;
}

// One body line per string (after an optional title line), each line one sentence. The article's
// text starts with `prefix`, so original offsets are folded offsets + prefix size.
struct Fixture {
  Article article;
  Document doc;
  Resolution resolution;

  explicit Fixture(const std::vector<std::string>& body, const std::string& title = "",
                   const std::string& prefix = "") {
    article.id = "a1";
    article.url = "https://example.vn/a1";
    article.text = prefix;
    std::vector<std::pair<LineKind, std::string>> lines;
    if (!title.empty()) lines.emplace_back(LineKind::title, title);
    for (const auto& line : body) lines.emplace_back(LineKind::body, line);
    for (const auto& [kind, text] : lines) {
      Line line;
      line.begin = doc.folded.size();
      doc.folded += fold_tone_marks(text);
      article.text += text;
      line.end = doc.folded.size();
      line.kind = kind;
      doc.lines.push_back(line);
      Sentence sentence;
      static_cast<Span&>(sentence) = line;
      sentence.line = doc.lines.size() - 1;
      doc.sentences.push_back(sentence);
      doc.folded += '\n';
      article.text += '\n';
    }
    doc.offset_runs = {{0, prefix.size(), true}};  // folded byte i is original byte i + prefix size
    doc.title = title;
    resolution.anchor.source = AnchorSource::header;
    resolution.anchor.year = date::year(2024);
    resolution.anchor.day = date::year(2024) / 6 / 21;
  }

  // Adds a resolved mention of the first occurrence of `text` (after `after`).
  Fixture& mention(const std::string& text, const std::string& value, Precision precision = Precision::day,
                   MentionType type = MentionType::date, const std::string& after = "") {
    const std::size_t begin = doc.folded.find(fold_tone_marks(text), doc.folded.find(after));
    REQUIRE(begin != std::string::npos);
    ResolvedMention m;
    m.mention.begin = begin;
    m.mention.end = begin + text.size();
    m.mention.type = type;
    m.resolved.kind = type == MentionType::duration ? ExpressionKind::duration : ExpressionKind::point;
    m.resolved.start.precision = precision;
    m.value = value;
    m.provenance = Provenance::publication;
    m.confidence = 0.9;
    m.mention.expression = m.resolved;
    resolution.mentions.push_back(m);
    return *this;
  }

  std::vector<Event> events(EventExtractor extractor_ = extractor()) {
    return extractor_.extract(article, doc, resolution);
  }

  // The ids of the organisations named in the text, in text order.
  Ids organisations(EventExtractor extractor_ = extractor()) const {
    return ids(extractor_.find_organisations(doc));
  }
};

}  // namespace

TEST_CASE("organisations in text: registry names and aliases, longest first") {
  EventExtractor events = extractor();
  const Document doc =
      Fixture(
          {
              "Đại diện Ban Chấp hành Trung ương Đoàn và Thành đoàn TP.HCM dự.",
              "Trung ương Đoàn Thanh niên cộng sản Hồ Chí Minh trao tặng bằng khen cho THÀNH ĐOÀN hà nội.",
          })
          .doc;
  const auto found = events.find_organisations(doc);
  CHECK(ids(found) == Ids{"trung-uong-doan", "thanh-doan-tp-hcm", "trung-uong-doan", "thanh-doan-ha-noi"});
  CHECK(doc.folded.substr(found[0].begin, found[0].end - found[0].begin) == "Ban Chấp hành Trung ương Đoàn");
  CHECK(doc.folded.substr(found[2].begin, found[2].end - found[2].begin) ==
        "Trung ương Đoàn Thanh niên cộng sản Hồ Chí Minh");
}

TEST_CASE("organisations in text: units by pattern, with the parent named in the article") {
  EventExtractor events = extractor();
  const Document doc = Fixture({"Huyện đoàn Gia Lâm phối hợp với Thành đoàn Hà Nội và Đoàn xã Bát Tràng.",
                                "Bí thư Thành đoàn phát biểu; các Quận, Huyện đoàn dự."},
                               "Tỉnh Đoàn Thanh Hoá thăm Huyện đoàn Gia Lâm")
                           .doc;
  const auto found = events.find_organisations(doc);
  // The bare "Thành đoàn" of a title is the article's one Thành đoàn; "các Quận, Huyện đoàn" are many.
  CHECK(ids(found) == Ids{"tinh-doan-thanh-hoa", "huyen-doan-gia-lam", "huyen-doan-gia-lam",
                          "thanh-doan-ha-noi", "doan-xa-bat-trang", "thanh-doan-ha-noi"});
  CHECK(found[5].in_title);
  CHECK_FALSE(found[3].in_title);
  const OrganisationRegistry& registry = events.registry();
  REQUIRE(registry.find("Huyện đoàn Gia Lâm"));
  CHECK(registry.find("huyen-doan-gia-lam")->name == "Huyện đoàn Gia Lâm");
  // Two city/province units are named: the district's parent cannot be told.
  CHECK(registry.find("huyen-doan-gia-lam")->parent.empty());
  CHECK(registry.find("doan-xa-bat-trang")->parent == "huyen-doan-gia-lam");
  CHECK(registry.find("tinh-doan-thanh-hoa")->name == "Tỉnh đoàn Thanh Hóa");  // the registry's name
  CHECK(registry.find("tinh-doan-thanh-hoa")->parent == "trung-uong-doan");
}

TEST_CASE("a district unit's parent is the one city unit of the article; registry units keep theirs") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Quận đoàn Hoàn Kiếm và Quận đoàn Ba Đình cùng Thành đoàn Hà Nội ra quân.",
               "quận đoàn Tây Hồ dự."})
          .doc);
  CHECK(ids(found) ==
        Ids{"quan-doan-hoan-kiem", "quan-doan-ba-dinh", "thanh-doan-ha-noi", "quan-doan-tay-ho"});
  CHECK(events.registry().find("quan-doan-ba-dinh")->parent == "thanh-doan-ha-noi");
  CHECK(events.registry().find("quan-doan-tay-ho")->name == "Quận đoàn Tây Hồ");
  CHECK(events.registry().find("quan-doan-hoan-kiem")->parent == "thanh-doan-ha-noi");
}

TEST_CASE("organisations are looked for on title and body lines only") {
  EventExtractor events = extractor();
  Document doc = Fixture({"Thành đoàn Hải Phòng tổ chức hội nghị.", "Quận đoàn Lê Chân dự."}).doc;
  doc.lines[1].kind = LineKind::related;
  CHECK(ids(events.find_organisations(doc)) == Ids{"thanh-doan-hai-phong"});
}

// The lead sentences of the seed articles.

TEST_CASE("seed 001: a review held on 21-1 by the district unit") {
  Fixture f(
      {"Ngày 21-1, Quận đoàn Hoàn Kiếm đã tổng kết công tác Đoàn - Hội và phong trào thanh thiếu nhi năm "
       "2024; triển khai nhiệm vụ trọng tâm năm 2025."},
      "Thu hút thanh thiếu nhi Hoàn Kiếm tham gia các phong trào hành động cách mạng");
  f.mention("Ngày 21-1", "2025-01-21")
      .mention("năm 2024", "2024", Precision::year)
      .mention("năm 2025", "2025", Precision::year);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  const Event& e = events[0];
  CHECK(e.organisations == Ids{"quan-doan-hoan-kiem"});
  CHECK(e.kind == "tổng kết");
  CHECK(e.title == "Tổng kết công tác Đoàn - Hội và phong trào thanh thiếu nhi năm 2024");
  CHECK(e.value == "2025-01-21");
  CHECK(e.location.empty());
  CHECK(e.provenance == Provenance::publication);
  CHECK(e.confidence == doctest::Approx(0.9));
  CHECK(e.source.article == "a1");
  CHECK(e.source.url == "https://example.vn/a1");
  CHECK(e.source.title == "Thu hút thanh thiếu nhi Hoàn Kiếm tham gia các phong trào hành động cách mạng");
  CHECK(e.source.published == f.resolution.anchor.value());
  CHECK(e.source.sentence.starts_with("Ngày 21-1, Quận đoàn Hoàn Kiếm"));
  CHECK(e.source.sentence.ends_with("năm 2025."));
}

TEST_CASE("seed 001 with the date alone as the mention: 'Ngày' opens the adjunct") {
  Fixture f({"Ngày 21-1, Quận đoàn Hoàn Kiếm đã tổng kết công tác Đoàn - Hội năm 2024."});
  f.mention("21-1", "2025-01-21");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"quan-doan-hoan-kiem"});
  CHECK(events[0].kind == "tổng kết");
}

TEST_CASE("seed 002: an online conference of the Hải Phòng city unit") {
  Fixture f(
      {"Ngày 25/6, Thành đoàn Hải Phòng tổ chức Hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội "
       "Đảng bộ thành phố lần thứ XVI; triển khai Chương trình hành động của Đoàn TNCS Hồ Chí Minh thành "
       "phố."});
  f.mention("Ngày 25/6", "2021-06-25");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  const Event& e = events[0];
  CHECK(e.organisations == Ids{"thanh-doan-hai-phong"});
  CHECK(e.kind == "hội nghị");
  CHECK(e.location == "Trực tuyến");
  CHECK(e.title ==
        "Hội nghị trực tuyến học tập, quán triệt Nghị quyết Đại hội Đảng bộ thành phố lần thứ XVI");
}

TEST_CASE("seed 003: a morning briefing of the central committee") {
  Fixture f(
      {"Sáng 21/6, Trung ương Đoàn tổ chức Hội nghị trực tuyến giao ban công tác đoàn và phong trào thanh "
       "thiếu nhi các tỉnh cụm Tây Nguyên 6 tháng đầu năm 2024."});
  f.mention("Sáng 21/6", "2024-06-21TMO", Precision::part_of_day)
      .mention("6 tháng", "P6M", Precision::month, MentionType::duration)
      .mention("năm 2024", "2024", Precision::year);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"trung-uong-doan"});
  CHECK(events[0].kind == "giao ban");
  CHECK(events[0].value == "2024-06-21TMO");
  CHECK(events[0].location == "Trực tuyến");
  CHECK(events[0].title ==
        "Hội nghị trực tuyến giao ban công tác đoàn và phong trào thanh thiếu nhi các tỉnh cụm Tây "
        "Nguyên 6 tháng đầu năm 2024");
}

TEST_CASE("seed 004: after a kicker, a review conference of the Hà Nội city unit") {
  for (const std::string date : {"Chiều 19/1", "19/1"}) {
    Fixture f(
        {"TTTĐ - Chiều 19/1, Thành đoàn Hà Nội tổ chức Hội nghị tổng kết công tác Đoàn và phong trào thanh "
         "niên Khối Công nhân viên chức năm 2020; Triển khai các nhiệm vụ trọng tâm năm 2021."});
    f.mention(date, "2021-01-19TAF", Precision::part_of_day).mention("năm 2020", "2020", Precision::year);
    const auto events = f.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].organisations == Ids{"thanh-doan-ha-noi"});
    CHECK(events[0].kind == "tổng kết");
    CHECK(events[0].title ==
          "Hội nghị tổng kết công tác Đoàn và phong trào thanh niên Khối Công nhân viên chức năm 2020");
  }
}

TEST_CASE("seed 000: a commemorated day is not the time of an event") {
  Fixture f(
      {"Các nhiệm vụ của Đoàn như Chiến dịch tình nguyện hè 2020, chuỗi hoạt động kỷ niệm Ngày Thương binh "
       "liệt sỹ 27/7, Ngày Chủ nhật xanh cần tiếp tục đẩy mạnh, triển khai sâu rộng.",
       "Vào Ngày Thương binh liệt sỹ 27/7, Quận đoàn Nam Từ Liêm tổ chức lễ dâng hương.",
       "Ngày Quốc tế Thiếu nhi 1/6, Quận đoàn Nam Từ Liêm tổ chức vui Tết thiếu nhi."});
  f.mention("27/7", "2020-07-27")
      .mention("27/7", "2020-07-27", Precision::day, MentionType::date, "Vào")
      .mention("Ngày Quốc tế Thiếu nhi 1/6", "2020-06-01");
  CHECK(f.events().empty());
}

// Negatives and the finer rules.

TEST_CASE("no predicate, no event") {
  Fixture f({"Ngày 25/6, trời mưa to ở nhiều nơi."});
  f.mention("Ngày 25/6", "2024-06-25");
  CHECK(f.events().empty());
}

TEST_CASE("a date inside a clause without a marker is not an event time") {
  Fixture f({"Quận đoàn Tây Hồ triển khai kế hoạch tháng 6/2024 tới các chi đoàn.",
             "Quận đoàn Tây Hồ phát động kế hoạch ngày 27/7 tới các chi đoàn."});
  f.mention("tháng 6/2024", "2024-06", Precision::month).mention("27/7", "2024-07-27");
  CHECK(f.events().empty());
}

TEST_CASE("years, durations and sets do not time an event") {
  Fixture f({"Năm 2024, Thành đoàn Hà Nội tổ chức 20 hội nghị.",
             "Trong 6 tháng, Thành đoàn Hà Nội tổ chức hội nghị.",
             "Hằng tháng, Thành đoàn Hà Nội tổ chức giao ban."});
  f.mention("Năm 2024", "2024", Precision::year)
      .mention("6 tháng", "P6M", Precision::month, MentionType::duration)
      .mention("Hằng tháng", "P1M", Precision::month, MentionType::set);
  CHECK(f.events().empty());
}

TEST_CASE("participants named after the predicate are not organisers") {
  Fixture f({"Ngày 5/3, Thành đoàn Hà Nội tổ chức hội nghị với sự tham gia của Tỉnh đoàn Bắc Ninh."});
  f.mention("Ngày 5/3", "2024-03-05");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"thanh-doan-ha-noi"});
  CHECK(events[0].kind == "hội nghị");
}

TEST_CASE("several organisers: in the order the subject names them") {
  Fixture f({"Ngày 9/3, Thành đoàn Hà Nội và Quận đoàn Hoàn Kiếm phối hợp tổ chức ngày hội tuổi trẻ."});
  f.mention("Ngày 9/3", "2024-03-09");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"thanh-doan-ha-noi", "quan-doan-hoan-kiem"});
  CHECK(events[0].title == "Ngày hội tuổi trẻ");
  CHECK(events[0].kind == "ngày hội");
}

TEST_CASE("an event without organiser is still an event") {
  Fixture f(
      {"Sáng 21/6, Hội thảo khoa học về thanh niên diễn ra tại Hội trường Thành ủy, thu hút 200 đại biểu."});
  f.mention("Sáng 21/6", "2024-06-21TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations.empty());
  CHECK(events[0].title == "Hội thảo khoa học về thanh niên");
  CHECK(events[0].kind == "hội thảo");
  CHECK(events[0].location == "Hội trường Thành ủy");
}

TEST_CASE(
    "an event that is its verb's subject is named without the verb's auxiliaries, before the time if need "
    "be") {
  Fixture f(
      {"Hội thi Tin học trẻ sẽ được tổ chức vào ngày 12/8, dự kiến diễn ra tại Nhà Văn hóa Thanh niên.",
       "Nhiều vận động viên sẽ vắng mặt ở Giải vô địch điền kinh thế giới vào tháng 8 diễn ra tại London."});
  f.mention("ngày 12/8", "2024-08-12");
  f.mention("tháng 8", "2024-08", Precision::month);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Hội thi Tin học trẻ");
  CHECK(events[0].kind == "cuộc thi");
  CHECK(events[0].location == "Nhà Văn hóa Thanh niên");
  CHECK(events[1].title == "Giải vô địch điền kinh thế giới");
  CHECK(events[1].location == "London");
}

TEST_CASE("capitalised words and ' - ' that open a sentence with a word of kicker_stops.tsv are no kicker") {
  Fixture f({"Trận Việt Nam - Thái Lan diễn ra lúc 20h ngày 19/11 trên sân Mỹ Đình."});
  f.mention("lúc 20h ngày 19/11", "2024-11-19T20:00", Precision::minute);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "Trận Việt Nam - Thái Lan");
}

TEST_CASE("a place that runs into the predicate holds the event, unless a light verb follows it") {
  Fixture f({"Phát biểu tại buổi làm việc sáng 12/8, Bộ trưởng yêu cầu đẩy nhanh tiến độ.",
             "Chiều 13/8, tại Nhà Văn hóa Thanh niên diễn ra Hội nghị tổng kết."});
  f.mention("sáng 12/8", "2024-08-12TMO", Precision::part_of_day);
  f.mention("Chiều 13/8", "2024-08-13TAF", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].kind == "làm việc");
  CHECK(events[0].location.empty());
  CHECK(events[1].title == "Hội nghị tổng kết");
  CHECK(events[1].location == "Nhà Văn hóa Thanh niên");
}

TEST_CASE("an event named after 'tại' is no place; 'ngay tại' opens one; 'Đại lễ đường' is a place") {
  Fixture f({"Chuyên gia phát biểu tại Diễn đàn Kinh tế Việt Nam do Báo Người Lao Động tổ chức sáng 9/6.",
             "Ca sĩ sẽ tổ chức một buổi gặp gỡ fan ngay tại Hà Nội vào ngày 15/6.",
             "Sáng 15/4, tại Đại lễ đường Nhân dân, Bắc Kinh, diễn ra lễ đón chính thức Tổng Bí thư."});
  f.mention("sáng 9/6", "2024-06-09TMO", Precision::part_of_day)
      .mention("ngày 15/6", "2024-06-15")
      .mention("Sáng 15/4", "2024-04-15TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].location.empty());
  CHECK(events[1].title == "Một buổi gặp gỡ fan");
  CHECK(events[1].location == "Hà Nội");
  CHECK(events[2].location == "Đại lễ đường Nhân dân");
}

TEST_CASE("a place runs over the commas in its brackets, and ends after them before a lower-case word") {
  Fixture f(
      {"Sáng 6/2, Thành đoàn Hà Nội tổ chức lễ ra quân tại cảng cá Tam Giang (xã Tam Giang, huyện Núi "
       "Thành), thu hút 300 ngư dân.",
       "Ngày 22/11, câu lạc bộ Ảnh tổ chức triển lãm tại quán Hoa Sữa (18 Võ Thị Sáu, phường Xuân Hòa) với "
       "hơn 50 bức ảnh."});
  f.mention("Sáng 6/2", "2024-02-06TMO", Precision::part_of_day);
  f.mention("Ngày 22/11", "2024-11-22");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].location == "cảng cá Tam Giang (xã Tam Giang, huyện Núi Thành)");
  CHECK(events[1].location == "quán Hoa Sữa (18 Võ Thị Sáu, phường Xuân Hòa)");
}

TEST_CASE("an adjunct after a light verb is no title: the subject names the event (adjunct_openers.tsv)") {
  Fixture f(
      {"Trận chung kết giữa đội Ba Đình và đội Cầu Giấy sẽ diễn ra trên sân Hàng Đẫy lúc 16h ngày 5/5.",
       "Lễ cưới của anh Minh và chị Lan được tổ chức theo nghi thức truyền thống tối 16/4 tại nhà văn hóa "
       "thôn."});
  f.mention("lúc 16h ngày 5/5", "2024-05-05T16:00", Precision::minute);
  f.mention("tối 16/4", "2024-04-16TEV", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Trận chung kết giữa đội Ba Đình và đội Cầu Giấy");
  CHECK(events[1].title == "Lễ cưới của anh Minh và chị Lan");
  CHECK(events[1].location == "nhà văn hóa thôn");
}

TEST_CASE("a title ends before the auxiliaries of the verb after it, and before an open bracket") {
  Fixture f({"Lễ công bố giải thưởng Sao Tháng Giêng sẽ được tổ chức vào ngày 14/2 tại Nhà hát Lớn.",
             "Đêm hội Tuổi trẻ Thủ đô (dự kiến diễn ra tối 27/3) sẽ có nhiều tiết mục đặc sắc."});
  f.mention("ngày 14/2", "2024-02-14");
  f.mention("tối 27/3", "2024-03-27TEV", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Lễ công bố giải thưởng Sao Tháng Giêng");
  CHECK(events[1].title == "Đêm hội Tuổi trẻ Thủ đô");
}

TEST_CASE(
    "the next clause's verb after a light verb is no title; the subject leaves out 'do' and its organiser") {
  Fixture f(
      {"Sáng 30/1, chương trình Xuân yêu thương do Thành đoàn Hà Nội tổ chức đã trao 150 phần quà Tết cho "
       "thiếu nhi.",
       "Sáng 2/2 (tức mùng 6 Tết), lễ khai hội chùa Hương diễn ra tại chùa Thiên Trù."});
  f.mention("Sáng 30/1", "2024-01-30TMO", Precision::part_of_day);
  f.mention("Sáng 2/2", "2024-02-02TMO", Precision::part_of_day);
  f.mention("mùng 6 Tết", "2024-02-15");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Chương trình Xuân yêu thương");
  CHECK(events[0].organisations == Ids{"thanh-doan-ha-noi"});
  CHECK(events[1].title == "Lễ khai hội chùa Hương");  // the date in brackets is no part of it
}

TEST_CASE("'hằng năm' after a light verb is no title; 'tại đây' names no place but ends a title") {
  Fixture f({"Lễ hội làng Đông Ngạc diễn ra hằng năm, từ ngày 5/2 đến ngày 7/2.",
             "Sáng 6/2, lễ khai mạc đã diễn ra tại đây với nghi thức thượng cờ."});
  f.mention("từ ngày 5/2 đến ngày 7/2", "2024-02-05/2024-02-07");
  f.mention("Sáng 6/2", "2024-02-06TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Lễ hội làng Đông Ngạc");
  CHECK(events[1].title == "Lễ khai mạc");
  CHECK(events[1].location.empty());
}

TEST_CASE(
    "a subject that names the event is named without the words that open the sentence, up to their comma") {
  Fixture f({"Theo kế hoạch, hội trại tòng quân sẽ diễn ra vào ngày 12/8.",
             "Trong đêm chung kết diễn ra tối 5/3, thí sinh Lan đoạt giải nhất.",
             "Tại hội làng Đông Ngạc (Bắc Từ Liêm, Hà Nội) diễn ra ngày 5/2, nhiều du khách đã đến dự."});
  f.mention("ngày 12/8", "2024-08-12");
  f.mention("tối 5/3", "2024-03-05TEV", Precision::part_of_day);
  f.mention("ngày 5/2", "2024-02-05");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].title == "Hội trại tòng quân");
  CHECK(events[1].title == "Đêm chung kết");
  CHECK(events[2].title == "Hội làng Đông Ngạc (Bắc Từ Liêm, Hà Nội)");
}

TEST_CASE(
    "an event named by the verb's object: without the auxiliaries before a light verb; a sitting with its "
    "word") {
  Fixture f({"Sáng 8/2, buổi họp báo ra mắt chương trình Tiếng hát Thủ đô đã được tổ chức tại Nhà hát Lớn.",
             "Sáng 27/4, trong phiên họp thứ 55, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật.",
             "Ngày 7/2, Thủ tướng dự kỳ họp lần thứ 39 Ủy ban liên Chính phủ được tổ chức tại Hà Nội."});
  f.mention("Sáng 8/2", "2024-02-08TMO", Precision::part_of_day);
  f.mention("Sáng 27/4", "2024-04-27TMO", Precision::part_of_day);
  f.mention("Ngày 7/2", "2024-02-07");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].title == "Họp báo ra mắt chương trình Tiếng hát Thủ đô");
  CHECK(events[1].title == "Phiên họp thứ 55");
  CHECK(events[2].title == "Kỳ họp lần thứ 39 Ủy ban liên Chính phủ");
}

TEST_CASE("a draw ('lễ bốc thăm') is a ceremony, no visit; 'tang lễ' names a ceremony from its first word") {
  Fixture f(
      {"Lễ bốc thăm chia bảng giải bóng đá học sinh sẽ diễn ra vào ngày 30/8 tại Nhà Văn hóa Thanh niên.",
       "Nhiều đoàn khách đã đến viếng tang lễ của cụ Nguyễn Văn A vào ngày 3/7 diễn ra tại quê nhà."});
  f.mention("ngày 30/8", "2024-08-30");
  f.mention("ngày 3/7", "2024-07-03");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Lễ bốc thăm chia bảng giải bóng đá học sinh");
  CHECK(events[0].kind == "lễ");
  CHECK(events[1].title == "Tang lễ của cụ Nguyễn Văn A");
}

TEST_CASE("with no object, a predicate of subject_verbs.tsv or in the passive is titled with its subject") {
  Fixture f({"Sáng 14/4, Hội chợ Nông sản sạch 2024 chính thức khai mạc tại Công viên Thống Nhất.",
             "Kết quả cuộc thi Tin học trẻ sẽ được công bố vào ngày 29/4.",
             "Nhà văn hóa phường Cửa Nam, công trình do thanh niên xây dựng, được khánh thành vào ngày 3/5.",
             "Ngày 5/3, Thành đoàn Hà Nội khai mạc tại Nhà Văn hóa Thanh niên.",
             "Giải bóng đá sinh viên có 16 đội tham dự và sẽ khai mạc vào ngày 10/3."});
  f.mention("Sáng 14/4", "2024-04-14TMO", Precision::part_of_day);
  f.mention("ngày 29/4", "2024-04-29");
  f.mention("ngày 3/5", "2024-05-03");
  f.mention("Ngày 5/3", "2024-03-05");
  f.mention("ngày 10/3", "2024-03-10");
  const auto events = f.events();
  REQUIRE(events.size() == 5);
  CHECK(events[0].title == "Khai mạc Hội chợ Nông sản sạch 2024");
  CHECK(events[0].location == "Công viên Thống Nhất");
  CHECK(events[1].title ==
        "Công bố kết quả cuộc thi Tin học trẻ");  // capitalised only as the sentence's head
  CHECK(events[2].title == "Khánh thành nhà văn hóa phường Cửa Nam");  // its first part
  CHECK(events[3].title == "Khai mạc");                // the organiser is no subject of the title
  CHECK(events[4].title == "Khai mạc vào ngày 10/3");  // "Giải ... có 16 đội tham dự và": a clause
}

TEST_CASE("'tổ chức' as a noun ('tổ chức, cá nhân', 'đơn vị tổ chức', 'công tác tổ chức') is no predicate") {
  Fixture f({"Ngày 21/4, nhiều tổ chức, cá nhân đăng ký mua hành tím giúp nông dân.",
             "Ngày 6/2, đại diện đơn vị tổ chức hội chợ cho biết lượng khách tăng.",
             "Ngày 7/2, đoàn giám sát đã khảo sát việc tổ chức, quản lý lễ hội tại huyện.",
             "Ngày 8/2, lãnh đạo sở đánh giá công tác tổ chức kỳ thi còn nhiều hạn chế."});
  f.mention("Ngày 21/4", "2024-04-21");
  f.mention("Ngày 6/2", "2024-02-06");
  f.mention("Ngày 7/2", "2024-02-07");
  f.mention("Ngày 8/2", "2024-02-08");
  CHECK(f.events().empty());
}

TEST_CASE("a light verb with a comma after it has no object: the title is its subject") {
  Fixture f(
      {"Tối 27/9, chương trình Đêm hội Trăng rằm của bệnh viện được tổ chức, mang đến niềm vui cho các em."});
  f.mention("Tối 27/9", "2024-09-27TEV", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "Chương trình Đêm hội Trăng rằm của bệnh viện");
}

TEST_CASE(
    "an event named before a verb of subject_verbs.tsv is titled after the verb; 'lễ khai mạc' is one name") {
  Fixture f(
      {"Sáng 24/6, Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11 đã khai mạc tại Thành phố Hồ Chí Minh.",
       "Tối 2/9, lễ khai mạc Lễ hội Áo dài đã diễn ra tại Nhà hát Lớn."});
  f.mention("Sáng 24/6", "2024-06-24TMO", Precision::part_of_day);
  f.mention("Tối 2/9", "2024-09-02TEV", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Khai mạc Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 11");
  CHECK(events[0].organisations == Ids{"trung-uong-doan"});
  CHECK(events[1].title == "Lễ khai mạc Lễ hội Áo dài");
}

TEST_CASE("'làm việc' as work, not a working session ('giờ làm việc', 'bắt đầu làm việc') is no predicate") {
  Fixture f({"Ngày 6/2, công nhân khu công nghiệp Bắc Thăng Long trở lại làm việc sau kỳ nghỉ Tết.",
             "Ngày 7/2, nhiều cán bộ phường đi lễ chùa trong giờ làm việc.",
             "Ngày 9/2, anh Nam bắt đầu làm việc tại công ty.", "Ngày 10/2, các y bác sĩ làm việc xuyên đêm.",
             "Chiều 8/2, Thành đoàn Hà Nội làm việc với Quận đoàn Hoàn Kiếm."});
  f.mention("Ngày 6/2", "2024-02-06");
  f.mention("Ngày 7/2", "2024-02-07");
  f.mention("Ngày 9/2", "2024-02-09");
  f.mention("Ngày 10/2", "2024-02-10");
  f.mention("Chiều 8/2", "2024-02-08TAF", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "Làm việc với Quận đoàn Hoàn Kiếm");
}

TEST_CASE(
    "'bầu' in a noun ('bầu không khí') or a nickname ('bầu Đức') is no election; 'thăm dò' no visit; "
    "'tổ chức và hoạt động' nothing organised") {
  Fixture f({"Ngày 5/2, bầu Đức đến xem đội tập.", "Chiều 6/2, bầu không khí tại sân vận động rất sôi động.",
             "Ngày 8/2, Quận đoàn Hoàn Kiếm thăm dò ý kiến đoàn viên.",
             "Từ ngày 1/3, quy chế về tổ chức và hoạt động của trạm thu phí có hiệu lực.",
             "Sáng 7/2, Đại hội Đoàn trường bầu Ban Chấp hành khóa mới."});
  f.mention("Ngày 5/2", "2024-02-05")
      .mention("Ngày 8/2", "2024-02-08")
      .mention("Chiều 6/2", "2024-02-06TAF", Precision::part_of_day)
      .mention("ngày 1/3", "2024-03-01")
      .mention("Sáng 7/2", "2024-02-07TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].kind == "bầu");
}

TEST_CASE("an event's place ends before a word that opens an adjunct, not one that goes on describing it") {
  Fixture f(
      {"Chiều 26/4, Bộ Y tế làm việc tại TP Cần Thơ về công tác phòng chống dịch.",
       "Ngày 17/6, Liên đoàn bóng đá Nga tổ chức lễ khai mạc tại sân vận động Krestovsky ở St Petersburg.",
       "Ngày 20/8, Báo Thanh Niên tổ chức hội thảo tại cụm Đồng bằng sông Hồng.",
       "Ngày 8/2, Sở Giao thông vận tải tổ chức lễ khởi công tại nút giao Trường Sơn (hướng vào sân bay)."});
  f.mention("Chiều 26/4", "2024-04-26TAF", Precision::part_of_day)
      .mention("Ngày 17/6", "2024-06-17")
      .mention("Ngày 20/8", "2024-08-20")
      .mention("Ngày 8/2", "2024-02-08");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].location == "TP Cần Thơ");
  CHECK(events[1].location == "sân vận động Krestovsky ở St Petersburg");
  CHECK(events[2].location == "cụm Đồng bằng sông Hồng");
  CHECK(events[3].location == "nút giao Trường Sơn (hướng vào sân bay)");
}

TEST_CASE("an event's place ends before an auxiliary or a status word") {
  Fixture f({"Sáng 12/8, Đoàn xã tổ chức Lễ ra quân tại nhà văn hóa thôn Lỗ Giao đã thu hút 200 đoàn viên."});
  f.mention("Sáng 12/8", "2024-08-12TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].location == "nhà văn hóa thôn Lỗ Giao");
}

TEST_CASE("a marked time after the predicate; place after 'tại'") {
  Fixture f(
      {"Quận đoàn Hoàn Kiếm sẽ tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè tại Quảng trường Đông "
       "Kinh Nghĩa Thục vào ngày 5/7."});
  f.mention("ngày 5/7", "2024-07-05");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"quan-doan-hoan-kiem"});
  CHECK(events[0].title == "Lễ ra quân Chiến dịch Thanh niên tình nguyện hè");
  CHECK(events[0].kind == "ra quân");
  CHECK(events[0].location == "Quảng trường Đông Kinh Nghĩa Thục");
}

TEST_CASE("the title stops where another clause starts and after at most 25 words") {
  Fixture f(
      {"Ngày 2/4, Quận đoàn Hoàn Kiếm ra mắt Câu lạc bộ kỹ năng, Đoàn phường Hàng Bạc trao 50 suất quà.",
       "Ngày 3/4, Quận đoàn Hoàn Kiếm phát động một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm "
       "sáu bảy tám chín mười một hai ba bốn năm sáu bảy."});
  f.mention("Ngày 2/4", "2024-04-02").mention("Ngày 3/4", "2024-04-03");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Ra mắt Câu lạc bộ kỹ năng");
  CHECK(events[0].kind == "ra mắt");
  CHECK(events[1].title ==
        "Phát động một hai ba bốn năm sáu bảy tám chín mười một hai ba bốn năm sáu bảy tám chín mười một hai "
        "ba");
}

TEST_CASE(
    "a comma before a person's title and a body, or before a short subject and its verb, ends the title") {
  Fixture f(
      {"Sáng 6/2, tại cuộc họp giao ban với các sở ngành, Chủ tịch UBND TP Hà Nội yêu cầu rà soát.",
       "Tối 15/4, Quận đoàn Hoàn Kiếm tổ chức hội nghị thượng đỉnh, Tổng thống Biden đã tổ chức họp báo.",
       "Ngày 7/2, Quận đoàn Hoàn Kiếm tổ chức lễ vinh danh các doanh nghiệp, Maseco tiếp tục được vinh danh.",
       "Ngày 8/2, Quận đoàn Hoàn Kiếm công bố giá vàng ở mức 36,65 triệu đồng, trong khi giá bạc là 1 "
       "triệu."});
  f.mention("Sáng 6/2", "2024-02-06TMO", Precision::part_of_day)
      .mention("Tối 15/4", "2024-04-15TEV", Precision::part_of_day)
      .mention("Ngày 7/2", "2024-02-07")
      .mention("Ngày 8/2", "2024-02-08");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].title == "Họp giao ban với các sở ngành");
  CHECK(events[1].title == "Hội nghị thượng đỉnh");
  CHECK(events[2].title == "Lễ vinh danh các doanh nghiệp");
  CHECK(events[3].title == "Công bố giá vàng ở mức 36,65 triệu đồng");
}

TEST_CASE("a comma inside quotes, between titles of a list, or before a verb after the comma ends no title") {
  Fixture f(
      {"Sáng 22/8, Quận đoàn Hoàn Kiếm tổ chức Tọa đàm \"Chuyển đổi xanh, doanh nghiệp đã sẵn sàng\" tại Hà "
       "Nội.",
       "Ngày 5/5, Thành ủy tổ chức hội nghị gặp mặt các Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư các thời "
       "kỳ.",
       "Ngày 3/10, Quận đoàn Hoàn Kiếm tổ chức thăm, tặng quà cho thiếu nhi có hoàn cảnh khó khăn.",
       "Ngày 4/10, Tỉnh đoàn Gia Lai trao quà cho người dân, học sinh xã Tuy Phước."});
  f.mention("Sáng 22/8", "2024-08-22TMO", Precision::part_of_day)
      .mention("Ngày 5/5", "2024-05-05")
      .mention("Ngày 3/10", "2024-10-03")
      .mention("Ngày 4/10", "2024-10-04");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].title == "Tọa đàm \"Chuyển đổi xanh, doanh nghiệp đã sẵn sàng\"");
  CHECK(events[0].location == "Hà Nội");
  CHECK(events[1].title == "Hội nghị gặp mặt các Ủy viên Bộ Chính trị, Ủy viên Ban Bí thư các thời kỳ");
  CHECK(events[2].title == "Thăm, tặng quà cho thiếu nhi có hoàn cảnh khó khăn");
  CHECK(events[3].title == "Trao quà cho người dân, học sinh xã Tuy Phước");
}

TEST_CASE(
    "a noun of head_kinds.tsv gives the kind only when it opens the title, and joins a predicate after it") {
  Fixture f({"Trận khai mạc sẽ diễn ra vào ngày 17/6 tại sân Mỹ Đình.",
             "Ngày 4/2, HAGL đá trận ra quân gặp Hà Tĩnh tại sân Pleiku.",
             "Ngày 5/2, Liên đoàn Bóng đá Việt Nam công bố danh sách đội tuyển chuẩn bị cho trận gặp Lào."});
  f.mention("ngày 17/6", "2024-06-17").mention("Ngày 4/2", "2024-02-04").mention("Ngày 5/2", "2024-02-05");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].title == "Trận khai mạc");
  CHECK(events[0].kind == "trận đấu");
  CHECK(events[1].title == "Trận ra quân gặp Hà Tĩnh");
  CHECK(events[1].kind == "trận đấu");
  CHECK(events[2].kind == "công bố");
}

TEST_CASE("the article's organiser is a body its lead names as holding something, not one only named there") {
  // The agent after "do", or a body before an event's verb (past "sẽ", or with its partners), holds
  // the article's events that name no organiser; a place, an object and a digest's source hold none.
  const std::vector<std::pair<std::string, Ids>> leads = {
      {"Theo kế hoạch, Thành đoàn Hà Nội sẽ trao 500 suất quà cho thanh niên.", {"thanh-doan-ha-noi"}},
      {"Chương trình do Thành đoàn Hà Nội và Báo Thanh Niên thực hiện.", {"thanh-doan-ha-noi"}},
      {"Năm nay Thành đoàn Hà Nội phối hợp với Báo Thanh Niên tổ chức nhiều hoạt động.",
       {"thanh-doan-ha-noi"}},
      {"Đông đảo thanh niên có mặt tại Nhà văn hóa Thành đoàn Hà Nội.", {}},
      {"Đoàn công tác của tỉnh làm việc với Thành đoàn Hà Nội.", {}},
      {"Báo Thanh Niên tổng hợp các tin thế giới nổi bật trong ngày.", {}}};
  for (const auto& [lead, organisers] : leads) {
    CAPTURE(lead);
    Fixture f({lead, "Trời mưa to.", "Giải chạy diễn ra ngày 6/5."});
    f.mention("ngày 6/5", "2024-05-06");
    const auto events = f.events();
    REQUIRE(events.size() == 1);
    CHECK(events[0].organisations == organisers);
  }
  // "cuộc họp của X": the body that owns the meeting the predicate names holds it.
  Fixture own(
      {"Mùa thu về.", "Ngày 5/12, Thủ tướng chủ trì cuộc họp của Thường trực Thành ủy Hà Nội về kinh tế."});
  own.mention("Ngày 5/12", "2024-12-05");
  const auto events = own.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"thanh-uy-ha-noi"});
}

TEST_CASE(
    "an event without an actor of its own is the organiser's of the event before it; one with an actor is "
    "not") {
  Fixture f({"Mùa thu về.", "Ngày 5/6, Sở Giáo dục và Đào tạo Hà Nội tổ chức hội nghị tuyển sinh.",
             "Kỳ thi tuyển sinh lớp 10 diễn ra ngày 10/6.",
             "Ngày 12/6, ông Ba họp với lãnh đạo các trường."});
  f.mention("Ngày 5/6", "2024-06-05").mention("ngày 10/6", "2024-06-10").mention("Ngày 12/6", "2024-06-12");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[1].organisations == Ids{"so-giao-duc-va-dao-tao-ha-noi"});
  CHECK(events[2].organisations == Ids{});
}

TEST_CASE(
    "'khởi động' without an object (a comma after it) names its subject; 'đơn vị bầu cử', 'tuần làm việc' "
    "are no predicates") {
  Fixture f({"Ngày 1/2, chương trình Cây mùa xuân chính thức khởi động, mang 1.000 phần quà đến bà con.",
             "Ngày 2/3, ứng cử viên thuộc đơn vị bầu cử số 1 tiếp xúc cử tri.",
             "Tết dương lịch rơi vào thứ năm trong tuần làm việc nên người lao động được nghỉ ngày 1/1."});
  f.mention("Ngày 1/2", "2024-02-01").mention("Ngày 2/3", "2024-03-02").mention("ngày 1/1", "2024-01-01");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "Khởi động chương trình Cây mùa xuân");
}

TEST_CASE("a caption and its photo credit glued before a sentence are no part of it (credit_markers.tsv)") {
  Fixture f(
      {"Mùa thu về.",  // (a body named in the first sentence holds the article's events that name none)
       "Thành đoàn Hà Nội trao quà (Ảnh: Đỗ Tuấn Anh) Đông đảo đoàn viên sáng 23/10 dự lễ ra quân tại Hội "
       "trường A.",
       "Ảnh: Hiếu Lương Trận Việt Nam gặp Myanmar diễn ra vào 20h ngày 21/12 tại sân Việt Trì.",
       "Đông đảo người dân - Ảnh: Internet Theo kế hoạch, Lễ hội Khai ấn sẽ được tổ chức từ ngày 7/2.",
       "Nguồn: Thành đoàn Hà Nội) Đông đảo đoàn viên sáng 24/10 dự lễ ra quân tại Hội trường A."});
  f.mention("sáng 23/10", "2024-10-23TMO", Precision::part_of_day)
      .mention("20h ngày 21/12", "2024-12-21T20:00", Precision::minute)
      .mention("ngày 7/2", "2024-02-07")
      .mention("sáng 24/10", "2024-10-24TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].title == "Lễ ra quân");
  CHECK(events[0].organisations == Ids{});  // not the caption's
  CHECK(events[1].title == "Trận Việt Nam gặp Myanmar");
  CHECK(events[2].title == "Lễ hội Khai ấn");
  CHECK(events[3].organisations == Ids{});  // a bracket opened before the sentence ends the credit
}

TEST_CASE("a subject that is a clause is named from its last event noun") {
  Fixture f(
      {"Ngọc Hoa sẽ ở lại Thái Lan chuẩn bị cho trận đấu quan trọng trước Supreme Chonburi diễn ra vào ngày "
       "19/2.",
       "Hành trình Khát vọng là sự tiếp nối của Ngày hội Sáng tạo trẻ diễn ra hồi tháng 11/2024.",
       "Tuần lễ Thời trang quốc tế Việt Nam diễn ra ngày 5/3."});
  f.mention("ngày 19/2", "2024-02-19")
      .mention("tháng 11/2024", "2024-11", Precision::month)
      .mention("ngày 5/3", "2024-03-05");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].title == "Trận đấu quan trọng trước Supreme Chonburi");
  CHECK(events[0].kind == "trận đấu");
  CHECK(events[1].title == "Ngày hội Sáng tạo trẻ");
  CHECK(events[2].title == "Tuần lễ Thời trang quốc tế Việt Nam");
  CHECK(events[2].kind == "tuần lễ");
}

TEST_CASE("a title leaves out the body that holds the event ('do ... tổ chức') and a place inside a word") {
  Fixture f({"Sáng 19/12, đại biểu tham dự Hội nghị tổng kết công tác Đoàn do Thành đoàn Hà Nội tổ chức.",
             "Chiều 6/2, Bộ Công Thương họp bàn các vấn đề tồn tại ở các dự án lớn."});
  f.mention("Sáng 19/12", "2024-12-19TMO", Precision::part_of_day)
      .mention("Chiều 6/2", "2024-02-06TAF", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Hội nghị tổng kết công tác Đoàn");
  CHECK(events[0].organisations == Ids{"thanh-doan-ha-noi"});
  CHECK(events[1].title == "Họp bàn các vấn đề tồn tại ở các dự án lớn");
  CHECK(events[1].location.empty());
}

TEST_CASE("the anniversary an event marks ('nhân dịp kỷ niệm ...') is not the event") {
  Fixture f(
      {"Nhân dịp kỷ niệm 95 năm Ngày thành lập Đoàn, ngày 25/3, Thành đoàn Hà Nội đến chúc mừng Quận đoàn "
       "Hoàn Kiếm."});
  f.mention("ngày 25/3", "2024-03-25");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "Đến chúc mừng Quận đoàn Hoàn Kiếm");
  CHECK(events[0].kind == "thăm");
}

TEST_CASE("a light verb right after another is the clause's verb; 'tập trận' is an exercise, not a match") {
  Fixture f({"Sáng 16/8, lễ chào cờ cấp Trung ương do Trung ương Đoàn tổ chức diễn ra ở nhiều địa điểm.",
             "Ngày 5/3, Bộ Quốc phòng tổ chức cuộc tập trận chung với Hàn Quốc."});
  f.mention("Sáng 16/8", "2024-08-16TMO", Precision::part_of_day).mention("Ngày 5/3", "2024-03-05");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Lễ chào cờ cấp Trung ương");
  CHECK(events[0].organisations == Ids{"trung-uong-doan"});
  CHECK(events[1].kind == "tập trận");
}

TEST_CASE("a light verb after 'và' is the clause's verb; 'và' before anything else ends the object") {
  Fixture f({"Ngày 6/2, Bộ trưởng đã tổ chức và chủ trì cuộc họp về quy hoạch sân bay.",
             "Tối 8/2, phiên điều trần của tòa án đã diễn ra và lắng nghe các bên tranh luận."});
  f.mention("Ngày 6/2", "2024-02-06").mention("Tối 8/2", "2024-02-08TEV", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Cuộc họp về quy hoạch sân bay");
  CHECK(events[1].title == "Phiên điều trần của tòa án");
}

TEST_CASE("a deictic day with another day written in brackets after it is dated by the written day") {
  Fixture f({"Hôm nay (20-10), Công an thành phố phát động chiến dịch an toàn trực tuyến.",
             "Hôm nay (21-10), Thành đoàn tổ chức hội thao.",
             "Ngày 22/10 (23-10), Sở Y tế tổ chức hội thảo."});
  f.mention("Hôm nay", "2025-10-19").mention("20-10", "2025-10-20");
  f.mention("Hôm nay", "2025-10-21", Precision::day, MentionType::date, "Hôm nay (21")
      .mention("21-10", "2025-10-21");
  f.mention("Ngày 22/10", "2025-10-22").mention("23-10", "2025-10-23");
  // The resolved days behind the values, and the deictic offsets of the two "Hôm nay".
  for (std::size_t m = 0; m < f.resolution.mentions.size(); ++m) {
    CalendarPoint& day = f.resolution.mentions[m].resolved.start;
    const std::string& value = f.resolution.mentions[m].value;
    day.year = std::stoi(value.substr(0, 4));
    day.month = static_cast<unsigned>(std::stoi(value.substr(5, 2)));
    day.day = static_cast<unsigned>(std::stoi(value.substr(8, 2)));
    if (m == 0 || m == 2) f.resolution.mentions[m].mention.expression.start.offset = 0;
  }
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].value == "2025-10-20");
  CHECK(events[1].value == "2025-10-21");  // the same day
  CHECK(events[2].value == "2025-10-22");  // no deictic: the date written first
}

TEST_CASE("a subject that names the event leaves out an aside in brackets after the time") {
  Fixture f({"Hôm nay (8/2), hội Lim sẽ chính thức được tổ chức tại thị trấn Lim.",
             "Rạng sáng 8/2 (theo giờ Việt Nam), phiên điều trần đầu tiên đã diễn ra tại Seattle."});
  f.mention("Hôm nay", "2024-02-08", Precision::day, MentionType::date)
      .mention("Rạng sáng 8/2", "2024-02-08TNI", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Hội Lim");
  CHECK(events[1].title == "Phiên điều trần đầu tiên");
}

TEST_CASE("one event per sentence: the first qualifying time") {
  Fixture f(
      {"Ngày 5/3, Thành đoàn Hà Nội tổ chức hội nghị; ngày 6/3, Quận đoàn Hoàn Kiếm tổ chức hội thảo."});
  f.mention("Ngày 5/3", "2024-03-05").mention("ngày 6/3", "2024-03-06");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].value == "2024-03-05");
  CHECK(events[0].organisations == Ids{"thanh-doan-ha-noi"});
}

TEST_CASE("only body lines give events") {
  Fixture f(
      {"Ngày 5/3, Thành đoàn Hà Nội tổ chức hội nghị.", "Ngày 6/3, Thành đoàn Hà Nội tổ chức hội thảo."},
      "Ngày 4/3, Thành đoàn Hà Nội tổ chức giao ban");
  f.doc.lines[2].kind = LineKind::caption;
  f.mention("Ngày 4/3", "2024-03-04").mention("Ngày 5/3", "2024-03-05").mention("Ngày 6/3", "2024-03-06");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].value == "2024-03-05");
}

TEST_CASE("spans and texts point into the article's own bytes") {
  Fixture f({"Chiều 19/1, Thành đoàn Hà Nội tổ chức Hội nghị tổng kết năm 2020 tại Cung Thiếu nhi."}, "",
            "Header\n");
  f.mention("Chiều 19/1", "2021-01-19TAF", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  const EventSource& source = events[0].source;
  CHECK(source.start == 7);
  CHECK(f.article.text.substr(source.start, source.end - source.start) == source.sentence);
  CHECK(source.sentence.starts_with("Chiều 19/1"));
  CHECK(events[0].title == "Hội nghị tổng kết năm 2020");
  CHECK(events[0].location == "Cung Thiếu nhi");
}

TEST_CASE("pattern units found while extracting join the registry") {
  EventExtractor events = extractor();
  Fixture f({"Ngày 1/6, Quận đoàn Long Biên tổ chức ngày hội thiếu nhi cùng Thành đoàn Hà Nội."});
  f.mention("Ngày 1/6", "2024-06-01");
  const auto found = events.extract(f.article, f.doc, f.resolution);
  REQUIRE(found.size() == 1);
  CHECK(found[0].organisations == Ids{"quan-doan-long-bien"});
  REQUIRE(events.registry().find("Quận đoàn Long Biên"));
  CHECK(events.registry().find("quan-doan-long-bien")->parent == "thanh-doan-ha-noi");
}

TEST_CASE("a missing or malformed events list is an error naming the file") {
  auto files = RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/tests/unit/data/bad_rules");
  REQUIRE(files);
  auto loaded = EventExtractor::load(*files, shipped_registry());
  REQUIRE_FALSE(loaded);
  CHECK(loaded.error().where.find("events/") != std::string::npos);
}

// Organisations beyond the registry, titles, coreference, status.

TEST_CASE("a person's title names a unit but does not swallow the person's name") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Bí thư Thành đoàn Trần Văn Bình và Chủ tịch UBND tỉnh Nam Hà Lê Thị Cúc cùng dự."}).doc);
  REQUIRE(found.size() == 1);
  CHECK(found[0].id == "ubnd-tinh-nam-ha");
  CHECK(found[0].in_title);
  CHECK(events.registry().find("thanh-doan-tran-van-binh") == nullptr);
}

TEST_CASE("a person's name after a unit: three words tried first, and never a place the registry knows") {
  const Fixture f({"Chủ tịch UBND quận Hai Bà Trưng Lê Hoàng Đức, Chủ tịch UBND tỉnh Hà Giang Lò Văn Bình,",
                   "Chủ tịch UBND TP Hồ Chí Minh và Bí thư Thành ủy Hà Nội cùng dự."});
  // "Hoàng" and "Hà" are family names too.
  CHECK(f.organisations() ==
        Ids{"ubnd-quan-hai-ba-trung", "ubnd-ha-giang", "ubnd-tp-hcm", "thanh-uy-ha-noi"});
}

TEST_CASE("bodies by pattern: ministries, people's committees, party committees, leading bodies") {
  Fixture f({"Ngày 12/3, Bộ Kế hoạch và Đầu tư phối hợp với UBND tỉnh Nam Hà tổ chức Diễn đàn đầu tư.",
             "Sáng 14/3, Ban Thường trực UBTƯ MTTQ Việt Nam tổ chức Hội nghị lần thứ ba.",
             "Chiều 15/3, Thường trực Thành ủy TP Sơn Hải làm việc với Thành đoàn Hà Nội."});
  f.mention("Ngày 12/3", "2024-03-12").mention("Sáng 14/3", "2024-03-14TMO", Precision::part_of_day);
  f.mention("Chiều 15/3", "2024-03-15TAF", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].organisations == Ids{"bo-ke-hoach-va-dau-tu", "ubnd-tinh-nam-ha"});
  CHECK(events[0].title == "Diễn đàn đầu tư");
  CHECK(events[1].organisations == Ids{"ubtu-mttq-viet-nam"});
  CHECK(events[1].kind == "hội nghị");
  CHECK(events[2].organisations == Ids{"thanh-uy-thanh-pho-son-hai"});
  CHECK(events[2].kind == "làm việc");
}

TEST_CASE("'Ban tổ chức', 'hiện tại' and an organisation's own words are no predicate nor place") {
  Fixture f({"Ngày 2/4, Ban tổ chức cho biết hiện tại Quận đoàn Cầu Giấy đã tổ chức Lễ ra quân tại Công viên Nghĩa Đô.",
             "Sáng 3/4, Quốc hội thảo luận tại tổ về dự án luật."});
  f.mention("Ngày 2/4", "2024-04-02").mention("Sáng 3/4", "2024-04-03TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].title == "Lễ ra quân");
  CHECK(events[0].location == "Công viên Nghĩa Đô");
  CHECK(events[0].organisations == Ids{"quan-doan-cau-giay"});
  CHECK(events[1].organisations == Ids{"quoc-hoi"});
  CHECK(events[1].kind == "thảo luận");
  CHECK(events[1].location.empty());  // "tại tổ": in groups, no place
}

TEST_CASE("a capitalised 'Tổ chức' before a name is a body; before an event's noun it holds the event") {
  Fixture f({"Ngày 27/4, Tổ chức Y tế thế giới (WHO) khẳng định biến thể mới đã lan ra nhiều nước.",
             "Ngày 5/5, Tổ chức Xúc tiến thương mại Nhật Bản tổ chức hội thảo về đầu tư tại Hà Nội.",
             "Ngày 6/5: Tổ chức Lễ kỷ niệm 30 năm thành lập trường."});
  f.mention("Ngày 27/4", "2024-04-27").mention("Ngày 5/5", "2024-05-05").mention("Ngày 6/5", "2024-05-06");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"to-chuc-xuc-tien-thuong-mai-nhat-ban"});
  CHECK(events[0].title == "Hội thảo về đầu tư");
  CHECK(events[1].title == "Lễ kỷ niệm 30 năm thành lập trường");
}

TEST_CASE("'Văn phòng' heads a body; a comma between bodies of a list ends no title") {
  Fixture f(
      {"Ngày 10/2, Văn phòng Chủ tịch nước tổ chức cuộc gặp mặt giữa Văn phòng Trung ương Đảng, Văn phòng "
       "Chính phủ và Văn phòng Quốc hội.",
       "Sáng 11/2, Văn phòng Chính phủ Lào tổ chức họp báo tại thủ đô Vientiane."});
  f.mention("Ngày 10/2", "2024-02-10").mention("Sáng 11/2", "2024-02-11TMO", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"van-phong-chu-tich-nuoc"});
  CHECK(events[0].title ==
        "Cuộc gặp mặt giữa Văn phòng Trung ương Đảng, Văn phòng Chính phủ và Văn phòng Quốc hội");
  CHECK(events[1].organisations == Ids{"van-phong-chinh-phu-lao"});
}

TEST_CASE("'chủ trì lễ' holds the ceremony it names; 'sự kiện' is an event of no kind and no place") {
  Fixture f({"Chiều 7/6, Thủ tướng chủ trì lễ đón Thủ tướng Lào thăm chính thức Việt Nam.",
             "Tại sự kiện của hãng vào rạng sáng 10/9, hãng công bố loạt thiết bị mới.",
             "Ngày 12/9, công ty công bố sự kiện ra mắt sản phẩm mới.",
             "Ngày 13/9, hãng đã công bố sự kiện đặc biệt."});
  f.mention("Chiều 7/6", "2024-06-07TAF", Precision::part_of_day)
      .mention("rạng sáng 10/9", "2024-09-10TNI", Precision::part_of_day)
      .mention("Ngày 12/9", "2024-09-12")
      .mention("Ngày 13/9", "2024-09-13");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].title == "Lễ đón Thủ tướng Lào thăm chính thức Việt Nam");
  CHECK(events[0].kind == "lễ");
  CHECK(events[1].location.empty());
  CHECK(events[2].kind == "ra mắt");
  CHECK(events[3].kind == "công bố");
}

TEST_CASE("a bare unit type is the article's one unit of that type, or the unit of the area named") {
  Fixture f({"Ngày 5/5, Thành đoàn Hà Nội phát động Tháng hành động.",
             "Ngày 6/5, Thành đoàn tổng kết chiến dịch tại Hội trường lớn.",
             "Ngày 7/5, Huyện đoàn - Ban Chỉ huy Quân sự huyện Mỹ Lâm tổ chức gặp mặt tân binh."});
  f.mention("Ngày 5/5", "2024-05-05").mention("Ngày 6/5", "2024-05-06").mention("Ngày 7/5", "2024-05-07");
  EventExtractor extractor_ = extractor();
  const auto events = f.events(extractor_);
  REQUIRE(events.size() == 3);
  CHECK(events[1].organisations == Ids{"thanh-doan-ha-noi"});
  CHECK(events[2].organisations == Ids{"huyen-doan-my-lam", "ban-chi-huy-quan-su-huyen-my-lam"});
}

TEST_CASE("the organiser of a passive clause follows 'do'; a person's office when the subject is a person") {
  Fixture f({"Ngày 8/5, Lễ tuyên dương thanh niên tiêu biểu do Tỉnh đoàn Nghệ An tổ chức tại Vinh.",
             "Ngày 9/5, đồng chí Nguyễn Văn Tám, Ủy viên Ban Chấp hành, Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An đến thăm Báo Nghệ An."});
  f.mention("Ngày 8/5", "2024-05-08").mention("Ngày 9/5", "2024-05-09");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"tinh-doan-nghe-an"});
  CHECK(events[1].organisations.front() == "tinh-uy-nghe-an");
}

TEST_CASE("'được' names the organiser when an event's verb follows the bodies after it") {
  Fixture f({"Ngày 5/2, hội thảo khoa học đã được Bệnh viện K và Cục Phòng bệnh đồng tổ chức.",
             "Lễ tôn vinh doanh nghiệp sẽ được UBND tỉnh Nghệ An tổ chức vào ngày 10/2.",
             "Tối 12/2, Chủ tịch UBND tỉnh Nghệ An chủ trì cuộc họp triển khai nghị quyết vừa được Quốc hội "
             "thông qua."});
  f.mention("Ngày 5/2", "2024-02-05")
      .mention("ngày 10/2", "2024-02-10")
      .mention("Tối 12/2", "2024-02-12TEV", Precision::part_of_day);
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].title == "Hội thảo khoa học");
  CHECK(events[0].organisations == Ids{"benh-vien-k", "cuc-phong-benh"});
  CHECK(events[1].title == "Lễ tôn vinh doanh nghiệp");
  CHECK(events[1].organisations == Ids{"ubnd-nghe-an"});
  // Quốc hội only passed the resolution: the meeting is the chair's office's.
  CHECK(events[2].organisations == Ids{"ubnd-nghe-an"});
}

TEST_CASE("'do' names every body of the list after it") {
  Fixture f({"Ngày 10/5 diễn ra Hội thi văn nghệ do Công ty Sao Mai và Quận đoàn Ba Đình phối hợp tổ chức."});
  f.mention("Ngày 10/5", "2024-05-10");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"cong-ty-sao-mai", "quan-doan-ba-dinh"});
}

TEST_CASE("status: held, planned, called off") {
  Fixture f({"Ngày 10/6, Thành đoàn Hà Nội tổ chức Hội nghị giao ban.",
             "Ngày 20/6, Thành đoàn Hà Nội sẽ tổ chức Lễ ra quân chiến dịch tình nguyện hè.",
             "Hội thi dự kiến tổ chức ngày 25/6 đã bị hoãn do mưa bão."});
  f.mention("Ngày 10/6", "2024-06-10").mention("Ngày 20/6", "2024-06-20").mention("ngày 25/6", "2024-06-25");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].status == EventStatus::confirmed);
  CHECK(events[1].status == EventStatus::tentative);
  CHECK(events[2].status == EventStatus::cancelled);
  CHECK(std::string(to_string(EventStatus::cancelled)) == "cancelled");
}

TEST_CASE("a word that only begins or ends with a status word says nothing of the status") {
  Fixture f({"Ngày 13/4, Công an huyện Bảo Thắng tổ chức giám sát việc tiêu hủy lô hàng.",
             "Chiều 28/7, UBND xã Củ Chi tổ chức hội nghị chuyên đề về sắp xếp trường học.",
             "Ngày 5/6, Bộ Giáo dục và Đào tạo tổ chức họp về công tác chuẩn bị kỳ thi.",
             "Ngày 6/6, Bộ Giáo dục và Đào tạo tổ chức giám sát việc hủy bỏ kỳ thi."});
  f.mention("Ngày 13/4", "2024-04-13")
      .mention("Chiều 28/7", "2024-07-28TAF", Precision::part_of_day)
      .mention("Ngày 5/6", "2024-06-05")
      .mention("Ngày 6/6", "2024-06-06");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].status == EventStatus::confirmed);
  CHECK(events[1].status == EventStatus::confirmed);
  CHECK(events[2].status == EventStatus::confirmed);
  CHECK(events[3].status == EventStatus::cancelled);  // the phrase alone still counts
}

TEST_CASE("a denied predicate states no event; a denied light verb a called-off one (negations.tsv)") {
  Fixture f({"Ngày 5/2, giá bán sản phẩm chưa được công bố.", "Chiều 31/3, chúng tôi không họp.",
             "Ngày 8/2, giải đua xe sẽ không diễn ra như dự kiến.",
             "Ngày 9/2, Quận đoàn Hoàn Kiếm công bố kết quả cuộc thi.",
             "Ngày 10/2, lễ hội Lim năm nay không tổ chức.",
             "Ngày 11/2, ngành hàng không tổ chức hội nghị tổng kết."});
  f.mention("Ngày 5/2", "2024-02-05")
      .mention("Chiều 31/3", "2024-03-31TAF", Precision::part_of_day)
      .mention("Ngày 8/2", "2024-02-08")
      .mention("Ngày 9/2", "2024-02-09")
      .mention("Ngày 10/2", "2024-02-10")
      .mention("Ngày 11/2", "2024-02-11");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].status == EventStatus::cancelled);
  CHECK(events[1].title == "Công bố kết quả cuộc thi");
  CHECK(events[1].status == EventStatus::confirmed);
  CHECK(events[2].title == "Lễ hội Lim năm nay");
  CHECK(events[2].status == EventStatus::cancelled);
  CHECK(events[3].status == EventStatus::confirmed);  // "hàng không" denies nothing
}

TEST_CASE("a former province's unit keeps its name on its events; the unit of today follows them") {
  Fixture f({"Ngày 3/2, Tỉnh đoàn Hà Giang tổ chức Lễ ra quân Tháng Thanh niên."});
  f.mention("Ngày 3/2", "2020-02-03");
  f.resolution.mentions.back().resolved.start.year = 2020;
  f.resolution.mentions.back().resolved.start.month = 2;
  f.resolution.mentions.back().resolved.start.day = 3;
  auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"tinh-doan-ha-giang", "tinh-doan-tuyen-quang"});

  f.resolution.mentions.back().resolved.start.year = 2026;  // after the merger: the unit of today
  events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"tinh-doan-tuyen-quang"});
}

TEST_CASE("the organiser is the body whose meeting the clause names, or the bodies before the date") {
  Fixture f({"Tháng 3-2019, chị được bầu vào Ban Thường vụ tại Hội nghị lần thứ 2 Ban Chấp hành Tỉnh đoàn "
             "Lâm Đồng khóa X.",
             "Nhân dịp này, Huyện đoàn Đức Trọng gửi thư tới Tỉnh đoàn Gia Lai, ngày 9/4 tại Đà Lạt, chương "
             "trình “Mùa hè xanh” được công bố."});
  f.mention("Tháng 3-2019", "2019-03", Precision::month).mention("ngày 9/4", "2019-04-09");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"tinh-doan-lam-dong"});
  CHECK(events[0].kind == "bầu");
  // Nobody is named after the date: the bodies before it hold the passive clause's event.
  CHECK(events[1].organisations == Ids{"huyen-doan-duc-trong", "tinh-doan-gia-lai"});
  CHECK(events[1].kind == "công bố");
}

TEST_CASE("a document's date times the predicate before the document, and none after it") {
  Fixture f(
      {"Bộ Giáo dục và Đào tạo đã ban hành Thông tư số 12/2020/TT-BGDĐT ngày 3/6/2020 quy định việc "
       "tổ chức thi cho học sinh.",
       "Theo Nghị định số 59/2015/NĐ-CP ngày 18/6/2015 của Chính phủ, chủ đầu tư ký kết hợp đồng với nhà "
       "thầu."});
  f.mention("ngày 3/6/2020", "2020-06-03").mention("ngày 18/6/2015", "2015-06-18");
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"bo-giao-duc-va-dao-tao"});
  CHECK(events[0].kind == "ban hành");
  CHECK(events[0].title.starts_with("Ban hành Thông tư số 12/2020/TT-BGDĐT"));
}

TEST_CASE("time adjuncts after 'hồi', a count ('trong hai tháng ...') and 'là' (a deadline)") {
  Fixture f({"Liên hoan văn nghệ của Quận đoàn Ba Đình diễn ra hồi tháng 8 năm ngoái.",
             "Vòng sơ khảo diễn ra trong hai tháng 5-6/2024.", "Hạn nộp bài dự thi là ngày 15/5."});
  f.mention("tháng 8 năm ngoái", "2023-08", Precision::month)
      .mention("tháng 5-6/2024", "2024-05/2024-06", Precision::month)
      .mention("ngày 15/5", "2024-05-15");
  const auto events = f.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].title == "Liên hoan văn nghệ của Quận đoàn Ba Đình");
  CHECK(events[0].value == "2023-08");
  CHECK(events[1].title == "Vòng sơ khảo");
  CHECK(events[2].title == "Hạn nộp bài dự thi");
  CHECK(events[2].kind == "hạn chót");
}

TEST_CASE("'Trưởng ban X' names the Ban it heads; an election is the business of the office's body") {
  Fixture f({"Ngày 12-5, đồng chí Lê Văn Bình, Tỉnh ủy viên, Trưởng ban Dân vận Tỉnh ủy đã đến thăm "
             "Trường Tiểu học Hòa Bình.",
             "Chị được bầu làm Bí thư Quận đoàn Cầu Giấy từ ngày 3/3/2022."});
  f.mention("Ngày 12-5", "2024-05-12").mention("ngày 3/3/2022", "2022-03-03");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"ban-dan-van-tinh-uy"});
  CHECK(events[1].organisations == Ids{"quan-doan-cau-giay"});
  CHECK(events[1].kind == "bầu");
}

TEST_CASE("an administrative word before a place is part of a unit's name, capitalised or not") {
  CHECK(Fixture({"UBND Thành phố Vũng Tàu và UBND thành phố Bảo Lộc cùng dự."}).organisations() ==
        Ids{"ubnd-thanh-pho-vung-tau", "ubnd-thanh-pho-bao-loc"});
}

TEST_CASE("a unit found by pattern writes its city or province as the registry does") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Thành ủy TP.HCM, Thành ủy TP. Hồ Chí Minh và UBND Thành phố Hồ Chí Minh cùng LĐLĐ TP HCM dự.",
               "UBND tỉnh Quảng Ngãi, UBND Quảng Ngãi, UBND thành phố Cần Thơ, UBND TP Cần Thơ và Thành ủy "
               "Vinh dự."})
          .doc);
  // A city or province of the registry is written as in its Thành đoàn's or Tỉnh đoàn's name; other
  // places (Vinh) as in the text.
  CHECK(ids(found) == Ids{"thanh-uy-tp-hcm", "thanh-uy-tp-hcm", "ubnd-tp-hcm", "ldld-tp-hcm",
                          "ubnd-quang-ngai", "ubnd-quang-ngai", "ubnd-can-tho", "ubnd-can-tho",
                          "thanh-uy-vinh"});
  CHECK(events.registry().find("thanh-uy-tp-hcm")->name == "Thành ủy TP.HCM");
}

TEST_CASE("bodies listed before the one that names its place share that place") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Thành ủy, HĐND, UBND, Ủy ban MTTQ TP Hồ Chí Minh dự.", "Tỉnh ủy và UBND tỉnh Nghệ An dự.",
               "Quận ủy - UBND quận Hoàn Kiếm dự.",
               // A list that ends without a place, or with a body of another kind, lends none.
               "Thành ủy, HĐND đã họp.", "Huyện ủy và Bộ Công an dự.", "Thành ủy và Thành đoàn Hà Nội dự."})
          .doc);
  CHECK(ids(found) == Ids{"thanh-uy-tp-hcm", "hdnd-tp-hcm", "ubnd-tp-hcm", "uy-ban-mttq-tp-hcm",
                          "tinh-uy-nghe-an", "ubnd-nghe-an", "quan-uy-quan-hoan-kiem", "ubnd-quan-hoan-kiem",
                          "bo-cong-an", "thanh-doan-ha-noi"});

  Fixture f({"Sáng 8/2, Quận ủy, HĐND, UBND quận Đống Đa tổ chức lễ phát động Tết trồng cây."});
  f.mention("Sáng 8/2", "2024-02-08TMO", Precision::part_of_day);
  const auto held = f.events();
  REQUIRE(held.size() == 1);
  CHECK(held[0].organisations == Ids{"quan-uy-quan-dong-da", "hdnd-quan-dong-da", "ubnd-quan-dong-da"});
}

TEST_CASE("'cán bộ' before a body names no Bộ; 'Trưởng ban' names the Ban") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(Fixture({"Đoàn cán bộ Thành ủy Đà Nẵng và cán bộ Đội CSGT số "
                                                        "15 dự; Trưởng ban Tuyên giáo Tỉnh ủy phát biểu."})
                                                   .doc);
  CHECK(ids(found) == Ids{"thanh-uy-da-nang", "ban-tuyen-giao-tinh-uy"});
}

TEST_CASE("a body written several ways has one id, from full_names.tsv") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Bộ GD&ĐT, Bộ GD - ĐT, Bộ GDĐT và Bộ Giáo dục và Đào tạo dự.",
               "NHCSXH, NH CSXH và Ngân hàng Chính sách xã hội Việt Nam dự.",
               "Tổng LĐLĐ Việt Nam và Liên đoàn Lao động tỉnh Nghệ An dự.",
               "Ủy ban nhân dân tỉnh Nghệ An, UBND Nghệ An, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An và "
               "UBMTTQ tỉnh Nghệ An dự."})
          .doc);
  // Whole names, and the heads of names whose place follows.
  CHECK(ids(found) == Ids{"bo-giao-duc-va-dao-tao", "bo-giao-duc-va-dao-tao", "bo-giao-duc-va-dao-tao",
                          "bo-giao-duc-va-dao-tao", "ngan-hang-chinh-sach-xa-hoi",
                          "ngan-hang-chinh-sach-xa-hoi", "ngan-hang-chinh-sach-xa-hoi",
                          "tong-lien-doan-lao-dong-viet-nam", "ldld-nghe-an", "ubnd-nghe-an", "ubnd-nghe-an",
                          "uy-ban-mttq-nghe-an", "uy-ban-mttq-nghe-an"});
  CHECK(events.registry().find("bo-giao-duc-va-dao-tao")->name == "Bộ Giáo dục và Đào tạo");
  CHECK(events.registry().find("ngan-hang-chinh-sach-xa-hoi")->name == "Ngân hàng Chính sách xã hội");
}

namespace {
// Where loading the shipped rules fails with events/`file` replaced by `content`; "" when it loads.
std::string load_error_with(const std::string& file, const std::string& content) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / ("biennien_rules_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::copy(BIENNIEN_SOURCE_DIR "/rules/vi", dir, fs::copy_options::recursive);
  std::ofstream(dir / "events" / file) << content;
  auto files = RuleFiles::from_directory(dir);
  REQUIRE(files);
  auto loaded = EventExtractor::load(*files, shipped_registry());
  fs::remove_all(dir);
  return loaded ? std::string() : loaded.error().where;
}
}  // namespace

TEST_CASE("a full name missing in full_names.tsv is an error naming its line") {
  CHECK(load_error_with("full_names.tsv", "# comment\nBộ GD-ĐT\tBộ Giáo dục và Đào tạo\nNHCSXH\n")
            .ends_with("events/full_names.tsv:3"));
}

TEST_CASE(
    "a registry name followed by a place is the unit of that place, under one spelling; a head is no place") {
  Fixture f({"Tối 30/11, Hội Liên hiệp Thanh niên Việt Nam TP.HCM tổ chức tuyên dương gương hiếu thảo.",
             "Ngày 3/11, Hội LHTN VN tỉnh Nghệ An tổ chức Đại hội lần thứ VII.",
             "Ngày 4/11, Hội LHTN Việt Nam tổ chức Hội nghị Ủy ban Trung ương.",
             "Ngày 5/11, Hội Sinh viên Trường Đại học Thăng Long tổ chức hội thao.",
             "Ngày 6/11, Hội Sinh viên TP Hà Nội tổ chức Đại hội lần thứ VI.",
             "Ngày 7/11, Hội Liên hiệp Thanh niên VN tổ chức hội nghị."});
  f.mention("Tối 30/11", "2024-11-30TEV", Precision::part_of_day)
      .mention("Ngày 3/11", "2024-11-03")
      .mention("Ngày 4/11", "2024-11-04")
      .mention("Ngày 5/11", "2024-11-05")
      .mention("Ngày 6/11", "2024-11-06")
      .mention("Ngày 7/11", "2024-11-07");
  const auto events = f.events();
  REQUIRE(events.size() == 6);
  CHECK(events[0].organisations == Ids{"hoi-lhtn-viet-nam-tp-hcm"});
  CHECK(events[1].organisations == Ids{"hoi-lhtn-viet-nam-nghe-an"});
  CHECK(events[2].organisations == Ids{"hoi-lien-hiep-thanh-nien-viet-nam"});
  CHECK(events[3].organisations == Ids{"truong-dai-hoc-thang-long"});  // no place: another body's head
  CHECK(events[4].organisations == Ids{"hoi-sinh-vien-viet-nam-ha-noi"});
  CHECK(events[5].organisations == Ids{"hoi-lien-hiep-thanh-nien-viet-nam"});
}

TEST_CASE("a head right after an administrative word opens a place's name, no body ('xã Trường Yên')") {
  Fixture f(
      {"Tối 20/4, tại Khu di tích Cố đô Hoa Lư (xã Trường Yên, huyện Hoa Lư), UBND tỉnh Ninh Bình tổ "
       "chức Lễ khai mạc Năm Du lịch Quốc gia.",
       "Ngày 7/2, Công an huyện Tĩnh Gia và Công an xã Trường Lâm làm việc với công ty."});
  f.mention("Tối 20/4", "2024-04-20TEV", Precision::part_of_day).mention("Ngày 7/2", "2024-02-07");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"ubnd-ninh-binh"});
  CHECK(events[1].organisations == Ids{"cong-an-huyen-tinh-gia", "cong-an-xa-truong-lam"});
}

TEST_CASE("a country's value other than `head` in countries.tsv is an error naming its line") {
  CHECK(load_error_with("countries.tsv", "# comment\nLào\nMỹ\thead\nPháp\theads\n")
            .ends_with("events/countries.tsv:4"));
}

TEST_CASE("a body named by its head alone and a country is that country's ('Chính phủ Lào', 'Quốc hội Mỹ')") {
  Fixture f({"Chiều 20/10, Chính phủ Lào tổ chức lễ tưởng niệm các nạn nhân.",
             "Ngày 8/2, Quốc hội Mỹ họp phiên bất thường về ngân sách.",
             "Ngày 9/2, Chính phủ Việt Nam tổ chức hội nghị trực tuyến với các địa phương.",
             "Ngày 10/2, Chính phủ họp phiên thường kỳ tháng 1."});
  f.mention("Chiều 20/10", "2024-10-20TAF", Precision::part_of_day)
      .mention("Ngày 8/2", "2024-02-08")
      .mention("Ngày 9/2", "2024-02-09")
      .mention("Ngày 10/2", "2024-02-10");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].organisations == Ids{"chinh-phu-lao"});
  CHECK(events[1].organisations == Ids{"quoc-hoi-my"});
  CHECK(events[2].organisations == Ids{"chinh-phu"});
  CHECK(events[3].organisations == Ids{"chinh-phu"});
}

TEST_CASE("a lead body's bracketed abbreviation, a place's name and 'tặng' after a name") {
  Fixture f({"Sáng 4/7, hội nghị Ban Thường vụ (BTV) Tỉnh đoàn Quảng Ninh lần thứ 5 khai mạc tại Hạ Long.",
             "Sáng 5/7, tại Nhà tưởng niệm liệt sĩ xã Yên Lập, Huyện đoàn Ba Chẽ tổ chức lễ ra quân.",
             "Ngày 6/7, Công ty Sao Mai tặng sách cho Đoàn xã Yên Lập."});
  f.mention("Sáng 4/7", "2024-07-04TMO", Precision::part_of_day)
      .mention("Sáng 5/7", "2024-07-05TMO", Precision::part_of_day)
      .mention("Ngày 6/7", "2024-07-06");
  EventExtractor events_ = extractor();
  const auto found = events_.find_organisations(f.doc);
  REQUIRE(!found.empty());
  CHECK(found[0].id == "tinh-doan-quang-ninh");
  const Ids named = ids(found);
  CHECK(std::find(named.begin(), named.end(), "cong-ty-sao-mai") != named.end());  // not "... tặng sách"
  const auto events = f.events();
  REQUIRE(events.size() >= 2);
  CHECK(events[0].organisations == Ids{"tinh-doan-quang-ninh"});
  CHECK(events[1].title == "Lễ ra quân");  // "tưởng niệm" names the place, not the event
  CHECK(events[1].organisations == Ids{"huyen-doan-ba-che"});
}

TEST_CASE("put back to a new date: the event is dated so and goes ahead; without one it is called off") {
  Fixture f({"Huyện đoàn Mê Linh thông báo lùi Lễ khai mạc hội trại từ ngày 8/4 sang ngày 15/4.",
             "Ngày 9/4, Quận đoàn Long Biên tổ chức Hội thi tin học; hội thi được hoãn sang ngày 20/4.",
             "Quận đoàn Hà Đông hoãn Lễ tuyên dương dự kiến tổ chức ngày 10/4.",
             "Ngày 11/4, Quận đoàn Hà Đông tổ chức hội nghị; hội nghị lùi đến ngày 12/4."});
  f.mention("ngày 8/4", "2024-04-08")
      .mention("ngày 15/4", "2024-04-15")
      .mention("Ngày 9/4", "2024-04-09")
      .mention("ngày 20/4", "2024-04-20")
      .mention("ngày 10/4", "2024-04-10")
      .mention("Ngày 11/4", "2024-04-11")
      .mention("ngày 12/4", "2024-04-12");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[3].value == "2024-04-12");
  CHECK(events[3].status == EventStatus::confirmed);
  CHECK(events[0].value == "2024-04-15");
  CHECK(events[0].status == EventStatus::confirmed);
  CHECK(events[0].title == "Lễ khai mạc hội trại");
  CHECK(events[1].value == "2024-04-20");
  CHECK(events[1].status == EventStatus::confirmed);
  CHECK(events[2].value == "2024-04-10");
  CHECK(events[2].status == EventStatus::cancelled);
  CHECK(events[2].title == "Lễ tuyên dương");
}

TEST_CASE("an event told without who holds it takes the agents of a neighbour, when they agree") {
  Fixture f({"Hội diễn văn nghệ sinh viên diễn ra ngày 5/5 tại Nhà văn hóa quận.",
             "Đây là chương trình do Công ty Sao Mai và Quận đoàn Ba Đình phối hợp tổ chức."});
  f.mention("ngày 5/5", "2024-05-05");
  auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"cong-ty-sao-mai", "quan-doan-ba-dinh"});

  // The sentence before and the one after name different agents: neither holds it.
  Fixture two({"Trời mưa to.", "Cuộc thi thứ nhất do Quận đoàn Ba Đình tổ chức.", "Giải chạy việt dã diễn ra ngày 6/5.",
               "Cuộc thi thứ hai do Quận đoàn Đống Đa tổ chức."});
  two.mention("ngày 6/5", "2024-05-06");
  events = two.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations.empty());

  // The event has an actor of its own, though not a named one; the neighbour with an event of its
  // own keeps its agents for it.
  Fixture actor({"Trời mưa to.", "Ngày 7/5, nhà trường tổ chức hội nghị phụ huynh.",
                 "Đây là chương trình do Quận đoàn Ba Đình phát động.", "Ngày 8/5, hội thao được tổ chức tại sân trường.",
                 "Ngày 9/5, giải bơi do Quận đoàn Tây Hồ tổ chức."});
  actor.mention("Ngày 7/5", "2024-05-07").mention("Ngày 8/5", "2024-05-08").mention("Ngày 9/5", "2024-05-09");
  events = actor.events();
  REQUIRE(events.size() == 3);
  CHECK(events[0].organisations.empty());
  CHECK(events[1].organisations == Ids{"quan-doan-ba-dinh"});
  CHECK(events[2].organisations == Ids{"quan-doan-tay-ho"});

  // A full stop inside a quotation splits the sentence after it; its agents are still the neighbour's.
  Fixture quoted({"Hội trại hè diễn ra hồi tháng 7 năm ngoái. Ý tưởng “Trẻ em làm được. Người lớn làm được” "
                  "do Huyện đoàn Gia Lâm đưa ra."});
  quoted.mention("tháng 7 năm ngoái", "2023-07", Precision::month);
  const Sentence line = quoted.doc.sentences.at(0);
  quoted.doc.sentences.clear();
  for (const std::string& stop : {std::string("ngoái. "), std::string("được. ")}) {
    Sentence part = line;
    part.begin = quoted.doc.sentences.empty() ? line.begin : quoted.doc.sentences.back().end;
    part.end = quoted.doc.folded.find(stop) + stop.size();
    quoted.doc.sentences.push_back(part);
  }
  Sentence rest = line;
  rest.begin = quoted.doc.sentences.back().end;
  quoted.doc.sentences.push_back(rest);
  events = quoted.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{"huyen-doan-gia-lam"});
}

TEST_CASE("a date in a comparison times what the event is compared with, not the event") {
  Fixture f({"Chị cho biết Hội trại sẽ lần đầu tổ chức, tương tự như Tuần lễ sách vào tháng 4.",
             "Giải bóng đá giống như hội thao diễn ra vào tháng 5.",
             "Hội trại diễn ra vào tháng 6, giống như mọi năm."});
  f.mention("tháng 4", "2024-04", Precision::month)
      .mention("tháng 5", "2024-05", Precision::month)
      .mention("tháng 6", "2024-06", Precision::month);
  const auto events = f.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].value == "2024-06");
}

TEST_CASE("a sitting that names no organiser is its own body's, else the article's one assembly") {
  Fixture f({"Ủy ban Pháp luật đã nhất trí với tờ trình của Chính phủ gửi Quốc hội.",
             "Dự án luật đã được Quốc hội cho ý kiến tại kỳ trước.",
             "Trong phiên họp chiều 5/6, Bộ trưởng Bộ Nội vụ Lê Văn Hòa đã trình bày tờ trình dự án luật.",
             "Sáng 6/6, mở đầu phiên họp thứ 12, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án luật."});
  f.mention("chiều 5/6", "2024-06-05TAF", Precision::part_of_day, MentionType::time)
      .mention("Sáng 6/6", "2024-06-06TMO", Precision::part_of_day, MentionType::time);
  auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].organisations == Ids{"quoc-hoi"});
  CHECK(events[1].organisations == Ids{"uy-ban-thuong-vu-quoc-hoi"});

  // Quốc hội named once, in passing: the sitting is nobody's that the article says (Ủy ban Pháp
  // luật, which only agrees in the lead, holds none of the article's events).
  Fixture once({"Ủy ban Pháp luật đã nhất trí với tờ trình của Chính phủ gửi Quốc hội.",
                "Trong phiên họp chiều 5/6, Bộ trưởng Bộ Nội vụ Lê Văn Hòa đã trình bày tờ trình dự án luật."});
  once.mention("chiều 5/6", "2024-06-05TAF", Precision::part_of_day, MentionType::time);
  events = once.events();
  REQUIRE(events.size() == 1);
  CHECK(events[0].organisations == Ids{});
}

TEST_CASE("a dash between spaces opens a clause: an interview's answer, a schedule's item") {
  Fixture f({"Anh Hải cho biết: - Tháng 5-2024, Quận đoàn Ba Đình tổ chức hội trại cho thiếu nhi.",
             "Lịch các hoạt động - Ngày 3/6: Lễ khai mạc hội chợ sách tại Công viên Thống Nhất."});
  f.mention("Tháng 5-2024", "2024-05", Precision::month).mention("Ngày 3/6", "2024-06-03");
  const auto events = f.events();
  REQUIRE(events.size() == 2);
  CHECK(events[0].value == "2024-05");
  CHECK(events[0].organisations == Ids{"quan-doan-ba-dinh"});
  CHECK(events[1].value == "2024-06-03");
  CHECK(events[1].kind == "khai mạc");
}

TEST_CASE("a verb of saying or doing after a body's name is no part of it; nor is a person's name") {
  Fixture f({"Ngày 12/5, Bộ Công Thương chính thức phát động chương trình tiết kiệm điện.",
             "Ngày 13/5, đoàn công tác do Bộ trưởng Bộ Nội vụ Phùng Văn Tâm dẫn đầu đã đến thăm tỉnh.",
             "Ngày 14/5, Cục Công nghệ thông tin tổ chức hội thảo.",
             "Ngày 15/5, Sở Y tế Hà Nam khẳng định đã tổ chức tiêm chủng cho 9.000 trẻ em."});
  f.mention("Ngày 12/5", "2024-05-12")
      .mention("Ngày 13/5", "2024-05-13")
      .mention("Ngày 14/5", "2024-05-14")
      .mention("Ngày 15/5", "2024-05-15");
  const auto events = f.events();
  REQUIRE(events.size() == 4);
  CHECK(events[0].organisations == Ids{"bo-cong-thuong"});
  CHECK(events[1].organisations == Ids{"bo-noi-vu"});
  CHECK(events[2].organisations == Ids{"cuc-cong-nghe-thong-tin"});  // a noun that is also a verb stays
  CHECK(events[3].organisations == Ids{"so-y-te-ha-nam"});
}

TEST_CASE("a verb, an adverb or a comparison after a body's name ends it (rules/vi/events/name_stops.tsv)") {
  const Fixture f({"Đại học Yale mỗi lúc nhận nhiều thư; Tổng cục Thuế đồng hành hỗ trợ doanh nghiệp.",
                   "Đài Truyền hình Việt Nam như Hà Nội đưa tin; Đảng Cộng hòa biểu quyết thông qua luật.",
                   "Bộ Tổng chỉ huy rút các đơn vị về.",
                   "Báo Infonet đưa tin sự việc; Bộ Công an kết luận vụ án."});
  CHECK(f.organisations() == Ids{"dai-hoc-yale", "tong-cuc-thue", "dai-truyen-hinh-viet-nam", "dang-cong-hoa",
                                 "bo-tong-chi-huy", "bao-infonet", "bo-cong-an"});
}

TEST_CASE("a field with a comma or a stop word in it is one part of a body's name (sectors.tsv)") {
  const Fixture f(
      {"Ban Chỉ đạo phòng chống dịch Covid-19 tỉnh Gia Lai họp; Ban Chỉ đạo phòng, chống dịch "
       "tiếp tục rà soát.",
       "Tổng công ty Hàng không Việt Nam và Cục Hàng không dự; Bộ Quốc phòng không bình luận."});
  CHECK(f.organisations() == Ids{"ban-chi-dao-phong-chong-dich-covid-19-gia-lai",
                                 "ban-chi-dao-phong-chong-dich", "tong-cong-ty-hang-khong-viet-nam",
                                 "cuc-hang-khong", "bo-quoc-phong"});
}

TEST_CASE(
    "a ministry's or department's field has one lower-case word after each capital, unless sectors.tsv "
    "spells it, in any of its ways") {
  const Fixture f({"Bộ Tài chính chỉ cấp phép cho 5 doanh nghiệp; Sở Xây dựng báo giá vật liệu.",
                   "Bộ Tài nguyên môi trường (TN-MT) và Bộ Thông tin & Truyền thông dự.",
                   "Bộ Tư lệnh Cảnh sát cơ động và Sở Giao dịch chứng khoán Hà Nội dự."});
  CHECK(f.organisations() == Ids{"bo-tai-chinh", "so-xay-dung", "bo-tai-nguyen-va-moi-truong",
                                 "bo-thong-tin-va-truyen-thong", "bo-tu-lenh-canh-sat-co-dong",
                                 "so-giao-dich-chung-khoan-ha-noi"});
}

TEST_CASE(
    "'và' after a sector written with 'và' or '&', after a place, or before a title lists the next body") {
  const Fixture f(
      {"Bộ Kế hoạch và Đầu tư và Nokia ký kết; Bộ GD&ĐT và FPT dự.",
       "Bộ Quốc phòng Nhật Bản và Cơ quan Phòng thủ Tên lửa Mỹ thử nghiệm.",
       "Ủy ban Khoa học, Công nghệ và Môi trường họp; Trường THCS và THPT Lạc Hồng dự.",
       // A title after "và" opens no part of the name; a field with "và" in it is one part.
       "Ban Tuyên giáo Thành ủy và Bí thư Quận ủy dự; Cục Nhà giáo và Cán bộ quản lý giáo dục họp."});
  CHECK(f.organisations() == Ids{"bo-ke-hoach-va-dau-tu", "bo-giao-duc-va-dao-tao", "bo-quoc-phong-nhat-ban",
                                 "uy-ban-khoa-hoc-cong-nghe-va-moi-truong", "truong-thcs-va-thpt-lac-hong",
                                 "ban-tuyen-giao-thanh-uy", "cuc-nha-giao-va-can-bo-quan-ly-giao-duc"});
}

TEST_CASE("fields that hold a stop word are one part; adverbs after a name end it") {
  const Fixture f(
      {"Tổng cục Hậu cần - Kỹ thuật và Trung tâm Đổi mới sáng tạo Hà Nội dự; Ủy ban Bầu cử việc tổ chức.",
       "Đại học Huế long trọng đón khách; Trường ĐH Thủy lợi vấp phải đối thủ mạnh."});
  CHECK(f.organisations() == Ids{"tong-cuc-hau-can-ky-thuat", "trung-tam-doi-moi-sang-tao-ha-noi",
                                 "uy-ban-bau-cu", "dai-hoc-hue", "truong-dh-thuy-loi"});
}

TEST_CASE("courts, procuracies and the merged provincial media are bodies; one id for each spelling") {
  const Fixture f({"Tòa án nhân dân TP.HCM và TAND tối cao họp; Tòa án nhân dân tối cao dự.",
                   "Viện Kiểm sát nhân dân tỉnh Nghệ An và Báo và Phát thanh, truyền hình Khánh Hòa dự."});
  CHECK(f.organisations() == Ids{"tand-tp-hcm", "tand-toi-cao", "tand-toi-cao", "vksnd-nghe-an",
                                 "bao-va-phat-thanh-truyen-hinh-khanh-hoa"});
}

TEST_CASE("an abbreviation in brackets inside a body's name is left out; after its name, so is a person") {
  const Fixture f(
      {"Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội và Sở Kế hoạch và Đầu tư (KH-ĐT) TP HCM dự.",
       "Giám đốc Cục Điều tra Liên bang (FBI) Christopher Wray và Phó Giám đốc Sở Giáo dục và Đào tạo "
       "(GD-ĐT) Nguyễn Hữu Độ dự."});
  CHECK(f.organisations() == Ids{"so-giao-duc-va-dao-tao-ha-noi", "so-ke-hoach-va-dau-tu-tp-hcm",
                                 "cuc-dieu-tra-lien-bang", "so-giao-duc-va-dao-tao"});
}

TEST_CASE("a score, a date or a span of numbers after a body's name is no part of it") {
  const Fixture f({"Sau trận Công an Hà Nội 2-1 Nam Định, Liên đoàn Anh mùa giải 2016-2017 họp.",
                   "Hôm qua Đại học Osaka 0 - 0 Đại học Kyoto; Bộ Tài chính 22/8 họp."});
  CHECK(f.organisations() ==
        Ids{"cong-an-ha-noi", "lien-doan-anh", "dai-hoc-osaka", "dai-hoc-kyoto", "bo-tai-chinh"});
}

TEST_CASE("lower-case words after an abbreviation join a body's name only on the way to a capitalised word") {
  const Fixture f({"Sở GD&ĐT chuẩn bị phương án; Tập đoàn DOJI điều chỉnh giảm giá vàng.",
                   "Trường THPT chuyên Lê Hồng Phong và Công ty TNHH xăng dầu Hồng Đức dự.",
                   "Sở GTVT phối hợp Công an tỉnh Nghệ An; Sở Y tế tổ chức; Bộ KH&ĐT nắm chắc tình hình."});
  CHECK(f.organisations() == Ids{"so-giao-duc-va-dao-tao", "tap-doan-doji",
                                 "truong-thpt-chuyen-le-hong-phong", "cong-ty-tnhh-xang-dau-hong-duc",
                                 "so-giao-thong-van-tai", "cong-an-nghe-an", "so-y-te",
                                 "bo-ke-hoach-va-dau-tu"});
}

TEST_CASE(
    "a body's head before an area's word and no name is of the area named after it, else of the article's "
    "one") {
  const Fixture one_city(
      {"Theo UBND thành phố Đà Nẵng, lượng khách tăng.",
       "UBND Thành phố và Công an TP dự; Ủy ban nhân dân phường và Công an phường Hòa Cường Bắc dự.",
       "UBND quận dự."});
  // "TP" is of the level of "thành phố"; no district is named, so "UBND quận" is none.
  CHECK(one_city.organisations() == Ids{"ubnd-da-nang", "ubnd-da-nang", "cong-an-da-nang",
                                        "ubnd-phuong-hoa-cuong-bac", "cong-an-phuong-hoa-cuong-bac"});
  CHECK(Fixture({"UBND TP Hà Nội và UBND TP Đà Nẵng ký kết; UBND Thành phố dự."}).organisations() ==
        Ids{"ubnd-ha-noi", "ubnd-da-nang"});
}

TEST_CASE("verbs and linking words after a body's name are no part of it; syllables of names are") {
  const Fixture f({"Bộ Tư pháp thẩm định hồ sơ; Bộ Quốc phòng rà soát; Sở Xây dựng cần sớm trả lời.",
                   "Trung tâm Dịch vụ việc làm Hà Nội và Sở Y tế dự."});
  CHECK(f.organisations() ==
        Ids{"bo-tu-phap", "bo-quoc-phong", "so-xay-dung", "trung-tam-dich-vu-viec-lam-ha-noi", "so-y-te"});
}

TEST_CASE("a place's or a person's name that holds a head names no organisation") {
  const Fixture f(
      {"Đội tuyển Tây Ban Nha, thành phố Hội An, đường Trường Chinh và Hội Nông dân tỉnh Quảng Nam."});
  CHECK(f.organisations() == Ids{"hoi-nong-dan-quang-nam"});
}

TEST_CASE("a body's name ends with its city or province written as the registry writes it") {
  const Fixture f(
      {"Sở Y tế tỉnh Thanh Hóa, Sở Y tế Thanh Hóa, Sở Giao thông vận tải Thành phố Hồ Chí Minh và "
       "UBND tỉnh Bà Rịa-Vũng Tàu dự."});
  CHECK(f.organisations() == Ids{"so-y-te-thanh-hoa", "so-y-te-thanh-hoa", "so-giao-thong-van-tai-tp-hcm",
                                 "ubnd-ba-ria-vung-tau"});
}

TEST_CASE("an area the registry does not know ends a body's name, its administrative word spelled out") {
  const Fixture f(
      {"UBND TP Nha Trang, UBND thành phố Nha Trang, Công an TP.Vinh và Công an thành phố Vinh dự.",
       "Công an TP Thanh Hóa và Công an tỉnh Thanh Hóa phối hợp; Trung tâm Y tế huyện Châu Đức "
       "chuyển cả hồ sơ."});
  CHECK(f.organisations() == Ids{"ubnd-thanh-pho-nha-trang", "ubnd-thanh-pho-nha-trang",
                                 "cong-an-thanh-pho-vinh", "cong-an-thanh-pho-vinh",
                                 "cong-an-thanh-pho-thanh-hoa", "cong-an-thanh-hoa",
                                 "trung-tam-y-te-huyen-chau-duc"});
  // A known place and more capitalised words are no unknown area: "TP.HCM" keeps its spelling.
  const Fixture known({"Thành ủy TP.HCM Nguyễn Thiện Nhân dự."});
  REQUIRE(known.organisations().size() == 1);
  CHECK(known.organisations()[0].find("thanh-pho") == std::string::npos);
  // "TP." and a space before a word that stops a name end a sentence: there is no city "Về".
  const Fixture sentence({"Kinh phí lấy từ UBND TP. Về phía Sở Y tế, ngành hỗ trợ.",
                          "Kinh phí lấy từ ngân sách của TP. Về phía UBND, cơ quan hỗ trợ."});
  CHECK(sentence.organisations() == Ids{"so-y-te"});
}

TEST_CASE("'&' between the words of a body's name is 'và'; inside an abbreviation it stays") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Bộ Khoa học & Công nghệ, Bộ Khoa học và Công nghệ, Học viện Báo chí &Tuyên truyền và Tập "
               "đoàn T&T dự."})
          .doc);
  CHECK(ids(found) == Ids{"bo-khoa-hoc-va-cong-nghe", "bo-khoa-hoc-va-cong-nghe",
                          "hoc-vien-bao-chi-va-tuyen-truyen", "tap-doan-t-t"});
  CHECK(events.registry().find("hoc-vien-bao-chi-va-tuyen-truyen")->name ==
        "Học viện Báo chí và Tuyên truyền");
}

TEST_CASE("a sector in a body's name is spelled officially, unless it is one item of a longer list") {
  EventExtractor events = extractor();
  const auto found = events.find_organisations(
      Fixture({"Sở GD&ĐT Hà Nội, Sở Giáo dục - Đào tạo Hà Nội, Sở Giáo dục và Đào tạo Hà Nội dự.",
               "Bộ Văn hóa - Thể thao - Du lịch, Sở VH-TT-DL Lào Cai và Sở Tài nguyên môi trường dự.",
               "Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình thị xã Sơn Tây dự."})
          .doc);
  CHECK(ids(found) == Ids{"so-giao-duc-va-dao-tao-ha-noi", "so-giao-duc-va-dao-tao-ha-noi",
                          "so-giao-duc-va-dao-tao-ha-noi", "bo-van-hoa-the-thao-va-du-lich",
                          "so-van-hoa-the-thao-va-du-lich-lao-cai", "so-tai-nguyen-va-moi-truong",
                          "trung-tam-van-hoa-the-thao-va-truyen-thanh-truyen-hinh-thi-xa-son-tay"});
  CHECK(events.registry().find("bo-van-hoa-the-thao-va-du-lich")->name == "Bộ Văn hóa, Thể thao và Du lịch");
  CHECK(events.registry().find("so-tai-nguyen-va-moi-truong")->name == "Sở Tài nguyên và Môi trường");
}

TEST_CASE("a sector is one part of a body's name, lower-case words after it none; 'kiêm' ends a name") {
  const Fixture f(
      {"Bộ Văn hóa, Thể thao và Du lịch đưa ra quy định; Sở Tài nguyên và Môi trường cấp giấy "
       "phép; Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh quận Phú Nhuận dự.",
       "Thứ trưởng Bộ Y tế kiêm Giám đốc Bệnh viện Bạch Mai dự."});
  CHECK(f.organisations() == Ids{"bo-van-hoa-the-thao-va-du-lich", "so-tai-nguyen-va-moi-truong",
                                 "ngan-hang-nong-nghiep-va-phat-trien-nong-thon-chi-nhanh-quan-phu-nhuan",
                                 "bo-y-te", "benh-vien-bach-mai"});
}

TEST_CASE("lower-case words after a known province or a country, not the name's first word, end the name") {
  const Fixture f(
      {"Bộ Quốc phòng Nhật Bản đột ngột đổi ý; Sở Y tế Hải Dương một lần nữa nhắc lại; Ủy ban Pháp luật",
       "họp; Trung tâm Việt Nam học dự; Ngân hàng TMCP Công thương Việt Nam chi nhánh Đống Đa dự."});
  CHECK(f.organisations() == Ids{"bo-quoc-phong-nhat-ban", "so-y-te-hai-duong", "uy-ban-phap-luat",
                                 "trung-tam-viet-nam-hoc",
                                 "ngan-hang-tmcp-cong-thuong-viet-nam-chi-nhanh-dong-da"});
}
