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

TEST_CASE("the sentences split around given offsets are the sentences of the whole split that hold them") {
  const TextAnalyser analyser = *TextAnalyser::load(RuleFiles::embedded());
  Article article;
  article.text =
      "Tiêu đề: Ngày 21/6\n\n  Sáng 21/6, hội nghị khai mạc. Hơn 1.000 đại biểu dự!  Sẽ có 2 phiên? "
      "TS. Nguyễn Văn A nói: \"Hôm nay là ngày vui.\" Ông cho biết thêm.\n"
      "Dòng cuối không dấu, Đà Nẵng 😀 ngày 3.9";
  const Document whole = analyser.analyse(article);
  REQUIRE(whole.sentences.size() >= 7);

  // Every offset of the text that is not a space nor in a blank line, one at a time, then all.
  std::vector<std::size_t> all;
  for (std::size_t offset = 0; offset < whole.folded.size(); ++offset) {
    const Sentence* expected = whole.sentence_at(offset);
    if (!expected) continue;
    if ((static_cast<unsigned char>(whole.folded[offset]) & 0xC0) == 0x80) continue;  // inside a character
    all.push_back(offset);
    Document doc = analyser.analyse(article, false);
    CHECK(doc.sentences.empty());
    analyser.split_sentences_at(doc, {offset});
    CAPTURE(offset);
    REQUIRE(doc.sentences.size() == 1);
    CHECK(doc.sentences[0].begin == expected->begin);
    CHECK(doc.sentences[0].end == expected->end);
    CHECK(doc.sentences[0].line == expected->line);
  }
  Document doc = analyser.analyse(article, false);
  analyser.split_sentences_at(doc, all);
  REQUIRE(doc.sentences.size() == whole.sentences.size());
  for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
    CHECK(doc.sentences[s].begin == whole.sentences[s].begin);
    CHECK(doc.sentences[s].end == whole.sentences[s].end);
  }

  // Only the sentences asked for, in order; an offset in a blank line or past the text adds none.
  Document some = analyser.analyse(article, false);
  analyser.split_sentences_at(some, {whole.folded.find('\n') + 1, whole.folded.find("21/6,"),
                                     whole.folded.find("hội nghị"), whole.folded.find("ngày 3.9"),
                                     whole.folded.size()});
  std::vector<std::string_view> sentences;
  for (const auto& s : some.sentences) sentences.push_back(some.view(s));
  CHECK(sentences == std::vector<std::string_view>{"Sáng 21/6, hội nghị khai mạc.",
                                                   "Dòng cuối không dấu, Đà Nẵng 😀 ngày 3.9"});
}
