#include <doctest/doctest.h>

#include "biennien/text.hpp"

using namespace biennien;

TEST_CASE("each line is split into trimmed sentences that never cross a line") {
  const TextAnalyser analyser = *TextAnalyser::load(RuleFiles::embedded());
  Article article;
  article.text =
      "Tiêu đề bài\n\n  Ngày 21/6, hội nghị khai mạc. Hơn 1.000 đại biểu dự!  Sẽ có 2 phiên?\n"
      "Dòng cuối không dấu";
  const Document doc = analyser.analyse(article);
  std::vector<std::string_view> sentences;
  for (const auto& s : doc.sentences) sentences.push_back(doc.view(s));
  CHECK(sentences == std::vector<std::string_view>{"Tiêu đề bài", "Ngày 21/6, hội nghị khai mạc.",
                                                   "Hơn 1.000 đại biểu dự!", "Sẽ có 2 phiên?",
                                                   "Dòng cuối không dấu"});
  CHECK(doc.sentences[1].line == 2);
  CHECK(doc.sentences[4].line == 3);

  const auto offset = doc.folded.find("1.000");
  REQUIRE(doc.sentence_at(offset) != nullptr);
  CHECK(doc.view(*doc.sentence_at(offset)) == "Hơn 1.000 đại biểu dự!");
  CHECK(doc.sentence_at(doc.folded.find('\n')) == nullptr);
  CHECK(doc.sentence_at(doc.folded.size()) == nullptr);
}
