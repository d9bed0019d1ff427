#include <doctest/doctest.h>

#include "biennien/rules.hpp"

using namespace biennien;

TEST_CASE("tone marks fold to one placement without moving offsets") {
  CHECK(fold_tone_marks("hoà bình") == "hòa bình");
  CHECK(fold_tone_marks("Thanh Hoá") == "Thanh Hóa");
  CHECK(fold_tone_marks("thuỷ lợi") == "thủy lợi");
  CHECK(fold_tone_marks("hoàn thành") == "hoàn thành");  // closed syllable: one spelling only
  CHECK(fold_tone_marks("quý I") == "quý I");            // "qu" is a consonant
  CHECK(fold_tone_marks("hoà").size() == std::string("hoà").size());
}

TEST_CASE("look-up folds case, spacing and tone-mark placement") {
  CHECK(fold_for_lookup("Tỉnh Đoàn  Thanh Hoá") == fold_for_lookup("tỉnh đoàn Thanh Hóa"));
  CHECK(fold_for_lookup("  Thứ   Sáu ") == "thứ sáu");
  CHECK(fold_for_lookup("Luỹ kế") == "lũy kế");  // lengths differ: folded for look-up only
  CHECK(fold_tone_marks("Luỹ kế 9 tháng") == "Luỹ kế 9 tháng");  // offsets stay valid
  CHECK(fold_tone_marks("Thuỷ") == "Thủy");
  CHECK(fold_tone_marks("Thuỳ Linh") == "Thuỳ Linh");
  CHECK(fold_for_lookup("Thuỳ Linh") == fold_for_lookup("Thùy Linh"));
}

TEST_CASE("a word list reports its malformed line") {
  auto files = RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/tests/unit/data/bad_rules");
  REQUIRE(files);
  auto list = files->word_list("lists/bad.tsv");
  REQUIRE_FALSE(list);
  CHECK(list.error().where.ends_with("bad_rules/lists/bad.tsv:3"));
  CHECK_FALSE(files->word_list("lists/missing.tsv"));
}

TEST_CASE("a word list finds values whatever the case and tone placement") {
  auto files = RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/tests/unit/data/bad_rules");
  REQUIRE(files);
  auto list = files->word_list("lists/good.tsv");
  REQUIRE(list);
  REQUIRE(list->find("THỨ SÁU"));
  CHECK(*list->find("THỨ SÁU") == "5");
  REQUIRE(list->find("hoà"));
  CHECK(*list->find("hoà") == "peace");
  CHECK(list->find("thứ bảy") == nullptr);
}

TEST_CASE("the embedded rules are the files of rules/vi") {
  const RuleFiles files = RuleFiles::embedded();
  CHECK(files.find("README.md") != nullptr);
  CHECK(files.display_name("README.md") == "rules/vi/README.md");
}
