#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "biennien/text.hpp"

using namespace biennien;

namespace {

const TextAnalyser& analyser() {
  static const TextAnalyser instance = *TextAnalyser::load(RuleFiles::embedded());
  return instance;
}

Document analyse_text(std::string text, std::string title = "") {
  Article article;
  article.text = std::move(text);
  article.title = std::move(title);
  return analyser().analyse(article);
}

Document analyse_seed(const std::string& name) {
  std::ifstream in(BIENNIEN_SOURCE_DIR "/seeds/" + name, std::ios::binary);
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return analyse_text(text.str());
}

// The kind of 1-based line `number`, as its name.
std::string kind(const Document& doc, std::size_t number) {
  REQUIRE(number <= doc.lines.size());
  return to_string(doc.lines[number - 1].kind);
}

// The kinds of 1-based lines [first, last] that are not blank.
std::vector<std::string> kinds(const Document& doc, std::size_t first, std::size_t last) {
  std::vector<std::string> out;
  for (std::size_t n = first; n <= last; ++n)
    if (doc.lines[n - 1].kind != LineKind::blank) out.push_back(kind(doc, n));
  return out;
}

std::vector<std::string> repeat(const char* name, std::size_t count) {
  return std::vector<std::string>(count, name);
}

}  // namespace

TEST_CASE("seed 000: headline, image captions, body, and two related lists with their dates") {
  const Document doc = analyse_seed("000_4c7b3edb5a889073.txt");
  CHECK(kind(doc, 1) == "title");
  CHECK(doc.title == "Quận đoàn Nam Từ Liêm phát động thi đua cao điểm chào mừng Đại hội Đảng các cấp");
  CHECK(kind(doc, 2) == "body");
  CHECK(kind(doc, 3) == "caption");  // ![]() |
  CHECK(kind(doc, 4) == "caption");  // ... địa bàn quận. |
  CHECK(kinds(doc, 5, 11) == repeat("body", 7));
  CHECK(kind(doc, 12) == "related");  // Có thể bạn quan tâm
  CHECK(kind(doc, 13) == "related");  // Nên xem
  CHECK(kind(doc, 28) == "related");  // Tin khác
  CHECK(kinds(doc, 12, 58) == repeat("related", 30));
  CHECK(doc.view(doc.lines[30]) == "Nhịp sống Thủ đô 07/06/2025 20:45");
  CHECK(doc.view(doc.lines[39]) == "Nhịp sống Thủ đô 06/06/2025 22:23");
}

TEST_CASE("seed 001: a headline over body paragraphs") {
  const Document doc = analyse_seed("001_b8aaae8431df2079.txt");
  CHECK(kind(doc, 1) == "title");
  CHECK(kinds(doc, 2, 8) == repeat("body", 7));
}

TEST_CASE("seed 002: print dateline, a repeated caption, signature and the QR/social footer") {
  const Document doc = analyse_seed("002_c01c3d43b5a44ba5.txt");
  CHECK(kind(doc, 1) == "header");  // Print Thứ Sáu, 25/06/2021 22:00 Gốc
  CHECK(doc.title.empty());         // the text starts with the lead
  CHECK(kind(doc, 3) == "body");
  CHECK(kind(doc, 5) == "body");
  CHECK(kind(doc, 11) == "caption");  // repeats the opening of line 5
  CHECK(kind(doc, 19) == "body");
  CHECK(kind(doc, 21) == "footer");                  // Hoàng Tùng
  CHECK(kinds(doc, 23, 29) == repeat("footer", 7));  // Tiện ích thông tin ... QR Code
  CHECK(kind(doc, 30) == "related");                 // Tin khác
}

TEST_CASE("seed 003: page banner above the headline, labelled dateline, chrome, captions") {
  const Document doc = analyse_seed("003_dcd593660c5d2fcc.txt");
  CHECK(kind(doc, 1) == "header");  // Thứ 3, Ngày 16/07/2024 -
  CHECK(kind(doc, 3) == "title");
  CHECK(doc.title == "Giao ban công tác đoàn và phong trào thanh thiếu nhi cụm Tây Nguyên");
  CHECK(kind(doc, 4) == "header");  // Ngày đăng: 21/06/2024  15:00
  CHECK(kind(doc, 5) == "header");  // Mặc định Cỡ chữ
  CHECK(kind(doc, 6) == "body");
  CHECK(kind(doc, 10) == "blank");    // a lone NBSP
  CHECK(kind(doc, 12) == "caption");  // Quang cảnh Hội nghị
  CHECK(kind(doc, 36) == "caption");  // Các đại biểu đóng góp ý kiến tại Hội nghị
  CHECK(kind(doc, 40) == "body");
  CHECK(kind(doc, 44) == "footer");  // Minh Huệ
}

TEST_CASE("seed 004: kicker and headline, dateline, glued headlines, captions, footer") {
  const Document doc = analyse_seed("004_e12847725731ec93.txt");
  CHECK(kind(doc, 1) == "title");  // the kicker ending with ':'
  CHECK(kind(doc, 3) == "title");
  CHECK(doc.title ==
        "Đoàn Thanh niên Khối Công nhân viên chức Thủ đô: Đổi mới, sáng tạo, gắn công tác Đoàn "
        "với nhiệm vụ chuyên môn");
  CHECK(kind(doc, 5) == "header");  // 20:02 | 19/01/2021
  CHECK(kind(doc, 6) == "body");
  CHECK(kind(doc, 7) == "related");  // other headlines run together
  for (std::size_t n : {11, 12, 20, 21, 27, 28, 36, 37, 45, 46, 52, 53, 59, 60})
    CHECK_MESSAGE(kind(doc, n) == "caption", "line " << n);
  for (std::size_t n : {9, 14, 16, 18, 23, 25, 30, 41, 43, 48, 55, 62, 64, 66})
    CHECK_MESSAGE(kind(doc, n) == "body", "line " << n);
  CHECK(kind(doc, 68) == "footer");  // Nguyễn Dũng
  CHECK(kind(doc, 70) == "footer");  // Bản quyền thuộc ...
}

TEST_CASE("a given title marks an equal first line; otherwise the first line is not taken") {
  const Document equal =
      analyse_text("Hội nghị  tổng kết\nNgày 21/6, hội nghị diễn ra.", "Hội nghị tổng kết");
  CHECK(to_string(equal.lines[0].kind) == std::string("title"));
  CHECK(equal.title == "Hội nghị tổng kết");
  const Document other = analyse_text("Ngày 21/6, hội nghị diễn ra.", "Tiêu đề khác");
  CHECK(to_string(other.lines[0].kind) == std::string("body"));
  CHECK(other.title == "Tiêu đề khác");
}

TEST_CASE("markers are found whatever their case and tone marks, glued to what follows or not") {
  const std::string paragraph = "hội nghị tổng kết công tác năm đã diễn ra tại Hà Nội với nhiều đại biểu.";
  const Document doc =
      analyse_text("Tiêu đề\nNgày 21/6, " + paragraph + "\nẢNH: Minh Hà\nNgày 22/6, " + paragraph +
                   "\nảnh minh hoạ\nNgày 23/6, " + paragraph + "\n©2024 Báo Mẫu\n");
  CHECK(kinds(doc, 3, 7) == std::vector<std::string>{"caption", "body", "caption", "body", "footer"});
  const Document related = analyse_text("Tiêu đề\nNgày 21/6, " + paragraph + "\nTIN LIÊN QUAN\nMột tin khác\n");
  CHECK(kinds(related, 3, 4) == std::vector<std::string>{"related", "related"});
}

TEST_CASE("an article whose paragraphs lack final stops keeps its short lines as body") {
  const std::string paragraph(200, 'x');
  const Document doc = analyse_text("Tiêu đề\n" + paragraph + "\nMột dòng ngắn\n" + paragraph + "\n");
  CHECK(to_string(doc.lines[2].kind) == std::string("body"));
}

TEST_CASE("line kinds have names") {
  CHECK(std::string(to_string(LineKind::related)) == "related");
  CHECK(std::string(to_string(LineKind::footer)) == "footer");
}
