#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "biennien/text.hpp"

using namespace biennien;

namespace {

Document analyse(std::string text, std::string title = "") {
  static const TextAnalyser analyser = *TextAnalyser::load(RuleFiles::embedded());
  Article article;
  article.text = std::move(text);
  article.title = std::move(title);
  return analyser.analyse(article);
}

// The original bytes a folded span comes from.
std::string_view original(const Document& doc, const std::string& text, std::size_t begin, std::size_t end) {
  const auto from = doc.original_offset(begin);
  return std::string_view(text).substr(from, doc.original_offset(end) - from);
}

// A piece of a test text: its bytes, what they fold to, and whether the folded bytes are the
// original ones one for one (else every folded byte maps to the piece's first byte).
struct Piece {
  std::string original, folded;
  bool one_for_one = true;
};

// The text made of `pieces` folds to their folded bytes, and original_offset maps every folded offset
// (its end included) as the pieces say, byte by byte.
void check_map(const std::vector<Piece>& pieces) {
  std::string text, folded;
  std::vector<std::size_t> expected;  // expected[i]: the original offset of folded offset i
  for (const Piece& piece : pieces) {
    for (std::size_t k = 0; k < piece.folded.size(); ++k)
      expected.push_back(text.size() + (piece.one_for_one ? k : 0));
    text += piece.original;
    folded += piece.folded;
  }
  expected.push_back(text.size());
  const Document doc = analyse(text);
  REQUIRE(doc.folded == folded);
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    INFO("folded offset ", i);
    CHECK(doc.original_offset(i) == expected[i]);
  }
}

}  // namespace

TEST_CASE("spaces and dashes fold to ASCII and every span maps back to the original bytes") {
  const std::string text = "Ngày\u00a021/6\u2009–\u00a0hoà bình\u3000—\tkết\u2212thúc";
  const Document doc = analyse(text);
  CHECK(doc.folded == "Ngày 21/6 - hòa bình - kết-thúc");
  CHECK(doc.original_offset(doc.folded.size()) == text.size());

  const auto date = doc.folded.find("21/6 - hòa");
  const std::size_t date_end = date + std::string("21/6 - hòa").size();
  CHECK(original(doc, text, date, date_end) == "21/6\u2009–\u00a0hoà");
  const auto word = doc.folded.find("kết-thúc");
  CHECK(original(doc, text, word, doc.folded.size()) == "kết\u2212thúc");
  for (std::size_t i = 0; i < doc.folded.size(); ++i) CHECK(doc.original_offset(i) <= doc.original_offset(i + 1));
}

// Spaces, dashes, tabs and tone marks in text already in NFC (folded on the fast path), then the same
// with one decomposed character (normalised segment by segment), each ending on a folded space so
// that the end of the folded text is its own run.
TEST_CASE("every folded offset maps to the original byte it comes from") {
  const std::vector<Piece> nfc = {
      {"Ngày", "Ngày"},         {"\u00a0", " "}, {"21/6", "21/6"}, {"\t", " "},    {"\u2013", "-"},
      {"\u00a0", " "},          {"hoà", "hòa"},  {" bình", " bình"}, {"\u3000", " "}, {"kết", "kết"},
      {"\u2212", "-"},          {"thúc\r\n", "thúc\r\n"},          {"\u2009", " "}};
  check_map(nfc);
  std::vector<Piece> decomposed = nfc;
  decomposed.insert(decomposed.begin() + 7, {{" N", " N"}, {"o\u0323\u0302", "ộ", false}, {"i", "i"}});
  check_map(decomposed);
  check_map({});
}

TEST_CASE("decomposed text is composed (NFC) and still maps back") {
  const std::string text = "Ha\u0300 No\u0323\u0302i, nga\u0300y 2/9";  // "Hà Nội, ngày 2/9" decomposed
  const Document doc = analyse(text);
  CHECK(doc.folded == "Hà Nội, ngày 2/9");
  const auto city = doc.folded.find("Nội");
  CHECK(original(doc, text, city, city + std::string("Nội").size()) == "No\u0323\u0302i");
  const auto date = doc.folded.find("2/9");
  CHECK(original(doc, text, date, date + 3) == "2/9");
}

TEST_CASE("CR LF ends a line; the CR is in no line") {
  const Document doc = analyse("Dòng một.\r\nDòng hai.\r\n");
  REQUIRE(doc.lines.size() == 2);
  CHECK(doc.view(doc.lines[0]) == "Dòng một.");
  CHECK(doc.view(doc.lines[1]) == "Dòng hai.");
  CHECK(doc.folded.size() == std::string("Dòng một.\r\nDòng hai.\r\n").size());
}

TEST_CASE("the text of a line of NBSPs is blank") {
  const Document doc = analyse("Một đoạn văn.\n\u00a0\nHai đoạn văn.");
  REQUIRE(doc.lines.size() == 3);
  CHECK(doc.lines[1].kind == LineKind::blank);
}

TEST_CASE("bytes that are not UTF-8 become U+FFFD without breaking the map") {
  const std::string text = "a\xC3(b\xE1\xBA\n\xFF";
  const Document doc = analyse(text);
  CHECK(doc.folded == "a\uFFFD(b\uFFFD\n\uFFFD");
  CHECK(doc.original_offset(doc.folded.find('(')) == 2);
  CHECK(doc.original_offset(doc.folded.find('\n')) == 6);
  CHECK(doc.original_offset(doc.folded.size()) == text.size());
  check_map({{"a", "a"},
             {"\xC3", "\uFFFD", false},
             {"(b", "(b"},
             {"\xE1\xBA", "\uFFFD", false},
             {"\n", "\n"},
             {"\xFF", "\uFFFD", false}});
}
