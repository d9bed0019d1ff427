#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "biennien/ingest.hpp"

using namespace biennien;

namespace {

const std::string kData = BIENNIEN_SOURCE_DIR "/tests/unit/data/ingest/html/";
const std::string kSeedPage = BIENNIEN_SOURCE_DIR "/tests/e2e/data/html/003_giao_ban.html";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

Article html(std::string_view page) {
  auto article = read_html(page);
  REQUIRE(article);
  return *article;
}

bool contains(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an article page: title, date, url and the body without chrome") {
  const Article a = html(slurp(kSeedPage));
  CHECK(a.title == "Giao ban công tác đoàn và phong trào thanh thiếu nhi cụm Tây Nguyên");
  CHECK(a.published == "2024-06-21T15:00:00+07:00");
  CHECK(a.url == "https://example.vn/giao-ban-cum-tay-nguyen.html");
  const auto l = lines(a.text);
  REQUIRE(l.size() == 10);  // the headline, eight paragraphs, the signature
  CHECK(l[0] == a.title);
  CHECK(l[1].starts_with("Sáng 21/6, Trung ương Đoàn tổ chức Hội nghị trực tuyến giao ban"));  // inline markup joined
  CHECK(l[9] == "Minh Huệ");
  for (std::string_view chrome : {"Trang chủ", "Thứ 3, Ngày 16/07/2024", "Cỡ chữ", "Chia sẻ", "Quang cảnh",
                                  "Tin liên quan", "Thành đoàn Hà Nội", "Bình luận", "Đọc nhiều", "Bản quyền",
                                  "var note", "Ngày đăng", "margin"})
    CHECK_MESSAGE(!contains(a.text, chrome), chrome);
}

TEST_CASE("block elements are lines; white space and entities as a browser shows them") {
  const Article a = html(
      "<html><body><article><p>Ngày&nbsp;21/6,\n   hội   <b>nghị</b> &amp; lễ<br>Dòng hai</p>"
      "<div>Ba <span>bốn</span></div><ul><li>năm</li><li>sáu</li></ul>"
      "<table><tr><td>bảy</td><td>tám</td></tr></table><p>   </p></article></body></html>");
  CHECK(a.title.empty());
  CHECK(a.text == "Ngày\u00a021/6, hội nghị & lễ\nDòng hai\nBa bốn\nnăm\nsáu\nbảy tám\n");
}

TEST_CASE("the publication date: meta first, then <time datetime>, then JSON-LD; ISO 8601 only") {
  CHECK(html("<html><head><meta property='article:published_time' content='2024-06-21T15:00:00+07:00'>"
             "<script type='application/ld+json'>{\"datePublished\": \"2020-01-01\"}</script></head>"
             "<body><p><time datetime='2023-05-05'>5/5</time> Nội dung</p></body></html>")
            .published == "2024-06-21T15:00:00+07:00");
  CHECK(html("<html><head><script type='application/ld+json'>{\"datePublished\": \"2020-01-01\"}</script></head>"
             "<body><p><time datetime='2023-05-05T10:00'>5/5</time> Nội dung</p></body></html>")
            .published == "2023-05-05T10:00");
  CHECK(html("<html><head><meta itemprop='datePublished' content='hôm qua'></head><body><p>Nội dung</p></body></html>")
            .published.empty());
  CHECK(html("<html><head><script type='application/ld+json'>{ not json</script></head><body><p>Nội dung</p></body></html>")
            .published.empty());
}

TEST_CASE("JSON-LD in an @graph gives the date and the headline; a space before the time becomes T") {
  auto a = read_html(slurp(kData + "graph.htm"));
  REQUIRE(a);
  CHECK(a->published == "2024-03-26T08:30:00");
  CHECK(a->title == "Ra mắt câu lạc bộ");
  CHECK(a->text == "Ra mắt câu lạc bộ\nSáng 26/3, Thành đoàn Hà Nội ra mắt câu lạc bộ.\n");
}

TEST_CASE("without a machine-readable date the visible dateline follows the title; <title> loses the site") {
  auto a = read_html(slurp(kData + "dateline.html"));
  REQUIRE(a);
  CHECK(a->published.empty());
  CHECK(a->title == "Thành đoàn tổng kết năm");
  CHECK(a->text ==
        "Thành đoàn tổng kết năm\n20:02 | 19/01/2021\n"
        "Chiều 19/1, Thành đoàn Hà Nội tổ chức Hội nghị tổng kết công tác Đoàn năm 2020.\n");
}

TEST_CASE("chrome named by class or id words is dropped, body words that merely contain them are not") {
  const Article a = html(
      "<html><body><article>"
      "<div class='related-news'>A</div><div class='box_share'>B</div><div id='comments'>C</div>"
      "<div class='Breadcrumb'>D</div><div class='sidebar left'>E</div><div class='tags'>F</div>"
      "<div hidden>G</div><div aria-hidden='true'>H</div><div class='ad'>I</div>"
      "<div class='headline-news'>giữ 1</div><div class='shared-content maintext'>bỏ</div>"
      "<div class='loading'>giữ 2</div><div class='adventure'>giữ 3</div>"
      "</article></body></html>");
  CHECK(a.text == "giữ 1\ngiữ 2\ngiữ 3\n");
}

TEST_CASE("read_inputs reads .html and .htm pages with their sidecars; bad pages are errors") {
  std::vector<Article> articles;
  std::vector<Error> errors;
  read_inputs({kData}, [&](Article&& a) { articles.push_back(std::move(a)); },
              [&](const Error& e) { errors.push_back(e); });
  REQUIRE(articles.size() == 2);
  CHECK(articles[0].id == "mau-1");  // dateline.html, its sidecar's id
  CHECK(articles[0].source == "example.vn");
  CHECK(articles[0].origin == kData + "dateline.html");
  CHECK(articles[0].bytes == slurp(kData + "dateline.html").size());
  CHECK(articles[1].id == "graph");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].where == kData + "empty_body.html");
  CHECK(errors[0].message == "no article text in the HTML page");
  CHECK(errors[1].where == kData + "invalid_utf8.html");
  CHECK(contains(errors[1].message, "invalid UTF-8"));
}

namespace {
std::string repeat(std::string_view s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}
const std::string kParagraph = "<p>Sáng 21/6/2024, Thành đoàn Hà Nội tổ chức Hội nghị.</p>";
}  // namespace

TEST_CASE("pages nested deeper than 400 elements are refused before the parser sees them") {
  const auto page = [&](std::string_view open, std::string_view close, int depth) {
    return "<html><body><article><h1>Tin</h1>" + repeat(open, depth) + kParagraph + repeat(close, depth) +
           "</article></body></html>";
  };
  for (const std::string& deep : {page("<div>", "</div>", 100000), page("<span>", "</span>", 400000),
                                  page("<b><i><u><table><tr><td>", "", 20000),
                                  page("<div><table><tr><td></div>", "", 1000),   // </div> cannot leave a table
                                  page("<div x\">", "", 1000)}) {                   // a quote only after '='
    const auto article = read_html(deep);
    REQUIRE_FALSE(article);
    CHECK(article.error().message == "HTML elements nested deeper than 400: not read");
  }
  // At the limit, and deeper only in what the parser closes itself, the page is read.
  CHECK(lines(html(page("<div>", "</div>", 390)).text) ==
        std::vector<std::string>{"Tin", "Sáng 21/6/2024, Thành đoàn Hà Nội tổ chức Hội nghị."});
  CHECK(lines(html(page("<div><p>", "</div>", 390)).text).size() == 2);
  CHECK(lines(html("<body><h1>Tin</h1>" + repeat("<p>một<li>hai<td>ba", 5000) + "</body>").text).size() == 10001);
  CHECK(html("<body><h1>Tin</h1><div title=\"<div><div>\">x</div><!-- <div><div> --><script>" +
             repeat("<div>", 1000) + "</script>" + repeat("<br><img src=a.png><div>y</div>", 1000) + "</body>")
            .text.starts_with("Tin\nx\ny\n"));
}

TEST_CASE("a deep tree within the limit and JSON-LD nested 100,000 deep are walked without recursion") {
  const std::string ld = "<script type=\"application/ld+json\">" + std::string(100000, '[') +
                         "{\"datePublished\":\"2024-06-21\"}" + std::string(100000, ']') + "</script>";
  const Article a = html("<html><head>" + ld + "</head><body><h1>Tin</h1>" + repeat("<div>", 399) + kParagraph +
                         repeat("</div>", 399) + "</body></html>");
  CHECK(a.published == "2024-06-21");
  CHECK(lines(a.text).size() == 2);
}
