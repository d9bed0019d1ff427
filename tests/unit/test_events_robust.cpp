// Organisation names that would make a path when slugged: the slug is never one.
#include <doctest/doctest.h>

#include <algorithm>
#include <ctime>
#include <iterator>
#include <string>

#include "biennien/embedded.hpp"
#include "biennien/events.hpp"

using namespace biennien;

namespace {

bool is_safe_file_stem(const std::string& id) {
  if (id.empty() || id.size() > 80 || id == "." || id == "..") return false;
  return id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

}  // namespace

TEST_CASE("slugs of hostile names are short file names of [a-z0-9-]") {
  const std::string names[] = {"../../etc", "/", "..", ".", "NUL", "CON", "nul.ics", "a/b\\c", "~root",
                               "", " ", "-", "--", "!!", std::string(300, 'A'), std::string(300, '/'),
                               std::string("a\0b", 3), "\xe2\x80\xae" "gpj.exe", "Thành đoàn\r\n../x",
                               "Đoàn 😀 🇻🇳", "ﷺ", "\xf0\x9f\x98", "\xff\xfe", std::string(100, '\xcc')};
  for (const std::string& name : names) {
    const std::string id = slug(name);
    CAPTURE(name);
    CAPTURE(id);
    CHECK(is_safe_file_stem(id));
    CHECK(id.front() != '-');
    CHECK(id.back() != '-');
  }
  CHECK(slug("../../etc") == "etc");
  CHECK(slug(std::string(300, 'A')).size() == 80);
  CHECK(slug("/") != slug("!!"));  // names with nothing to keep still get distinct slugs
}

TEST_CASE("a registry cannot give an organisation an id that is a path") {
  for (const char* id : {"../../etc", "/", "..", "a/b", "NUL ", "A"}) {
    CAPTURE(id);
    const std::string json = std::string(R"({"organisations": [{"id": ")") + id + R"(", "name": "X"}]})";
    CHECK_FALSE(OrganisationRegistry::parse(json, "r.json"));
  }
  const auto long_name = OrganisationRegistry::parse(
      R"({"organisations": [{"name": ")" + std::string(300, 'x') + R"("}, {"name": "../../etc"}, {"name": "/"}]})", "r.json");
  REQUIRE(long_name);
  for (const Organisation& o : long_name->all()) CHECK(is_safe_file_stem(o.id));
}

namespace {

// One body line of `count` sentences, each with a date, a unit and a predicate, and the resolved
// mention of each date; returns the CPU seconds that extracting its events takes.
double extraction_seconds(std::size_t count) {
  const auto& files = embedded::files();
  const auto file = std::find_if(files.begin(), files.end(),
                                 [](const auto& f) { return f.path == "calendars/organisations.json"; });
  REQUIRE(file != files.end());
  auto registry = OrganisationRegistry::parse(file->bytes, file->path);
  REQUIRE(registry);
  auto extractor = EventExtractor::load(RuleFiles::embedded(), *registry);
  REQUIRE(extractor);
  const std::string pieces[] = {"Ngày 5/6, Thành đoàn tổ chức hội nghị. ",
                                "Sáng 21/6 Quận đoàn Ba Đình ra quân; ",
                                "Huyện đoàn phát động cuộc thi vào 7/8, ",
                                "thành phố Vinh trao giải ngày 9/9. "};
  Article article;
  article.id = "long";
  Document doc;
  Resolution resolution;
  resolution.anchor.source = AnchorSource::header;
  resolution.anchor.year = date::year(2024);
  resolution.anchor.day = date::year(2024) / 6 / 21;
  Sentence sentence;
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& piece = pieces[i % std::size(pieces)];
    const std::size_t at = doc.folded.size();
    doc.folded += piece;
    const std::size_t date = piece.find_first_of("0123456789");
    ResolvedMention m;
    m.mention.begin = at + date;
    m.mention.end = at + piece.find_first_of(" ,.;", date);
    m.mention.type = MentionType::date;
    m.resolved.kind = ExpressionKind::point;
    m.resolved.start.precision = Precision::day;
    m.resolved.start.year = 2024;
    m.resolved.start.month = 6;
    m.resolved.start.day = 5;
    m.value = "2024-06-05";
    m.mention.expression = m.resolved;
    resolution.mentions.push_back(m);
    if (piece.ends_with(". ")) {  // sentences end at the periods; ";" and "," do not end one
      sentence.end = doc.folded.size() - 1;
      doc.sentences.push_back(sentence);
      sentence.begin = doc.folded.size();
    }
  }
  Line line;
  line.end = doc.folded.size();
  doc.lines.push_back(line);
  article.text = doc.folded;
  const std::clock_t start = std::clock();
  const auto events = extractor->extract(article, doc, resolution);
  const double seconds = double(std::clock() - start) / CLOCKS_PER_SEC;
  CHECK(events.size() == doc.sentences.size());
  return seconds;
}

}  // namespace

TEST_CASE("event extraction is linear in the length of a line") {
  // Linear work takes about 4x for 4x the sentences, quadratic 16x; 8x leaves room for a busy machine.
  const double small = extraction_seconds(4'000);
  const double large = extraction_seconds(16'000);
  CAPTURE(small);
  CAPTURE(large);
  CHECK(large < 8 * std::max(small, 0.05));
}
