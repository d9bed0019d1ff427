// The fast paths of folding give what the general ones give: text already in NFC comes back as it
// is, text that is not is normalised, and tone marks fold exactly as fold_tone_marks folds them.
#include <doctest/doctest.h>

#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "biennien/rules.hpp"
#include "biennien/text.hpp"

using namespace biennien;

namespace {

Document analyse(std::string text) {
  static const TextAnalyser analyser = *TextAnalyser::load(RuleFiles::embedded());
  Article article;
  article.text = std::move(text);
  return analyser.analyse(article);
}

std::string nfc(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  REQUIRE(U_SUCCESS(status));
  std::string out;
  normalizer->normalize(icu::UnicodeString::fromUTF8(text), status).toUTF8String(out);
  REQUIRE(U_SUCCESS(status));
  return out;
}

// The vowels of Vietnamese with each tone, in both cases, composed (NFC).
std::vector<std::string> toned_vowels() {
  const char* const bases[] = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
                               "A", "Ă", "Â", "E", "Ê", "I", "O", "Ô", "Ơ", "U", "Ư", "Y"};
  const char* const tones[] = {"", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"};
  std::vector<std::string> out;
  for (const char* base : bases)
    for (const char* tone : tones) out.push_back(nfc(std::string(base) + tone));
  return out;
}

}  // namespace

TEST_CASE("text already in NFC comes back byte for byte, each byte mapped to itself") {
  const std::string text = "Ngày 21/6/2024, Thành đoàn Hà Nội tổ chức hội nghị.\nSáng thứ Sáu (25/6) – lúc 8h30.\n"
                           "Tiếng Việt: người, quốc, Nguyễn, ĐẠI HỘI, 9 tháng";
  REQUIRE(nfc(text) == text);
  const Document doc = analyse(text);
  CHECK(doc.folded == "Ngày 21/6/2024, Thành đoàn Hà Nội tổ chức hội nghị.\nSáng thứ Sáu (25/6) - lúc 8h30.\n"
                      "Tiếng Việt: người, quốc, Nguyễn, ĐẠI HỘI, 9 tháng");  // only the dash folds
  for (std::size_t i = 0; i <= doc.folded.size(); ++i)
    CHECK(doc.original_offset(i) == i + (i > text.find("\u2013") ? 2 : 0));  // the dash maps to its first byte
}

TEST_CASE("text in NFC that holds a combining mark or a character NFC replaces comes back as it is") {
  // "x" with an acute accent has no composed form; U+2000 (EN QUAD) becomes U+2002, a space anyway.
  const std::string text = "Ngày x\u0301 21/6,\u2000hội nghị \u0323 và\u00a0tổng kết";
  const Document doc = analyse(text);
  CHECK(doc.folded == "Ngày x\u0301 21/6, hội nghị \u0323 và tổng kết");
  const std::size_t quad = text.find("\u2000"), nbsp = text.find("\u00a0");
  for (std::size_t i = 0; i <= doc.folded.size(); ++i) {
    CAPTURE(i);
    CHECK(doc.original_offset(i) == (i <= quad ? i : i + 2 <= nbsp ? i + 2 : i + 3));
  }
}

TEST_CASE("text not in NFC is normalised, and maps back to the start of each composed character") {
  const std::string decomposed = "Nga\u0300y 21/6, ho\u0302\u0323i nghi\u0323 to\u0302\u0309ng ke\u0302\u0301t";
  REQUIRE(nfc(decomposed) != decomposed);
  const Document doc = analyse(decomposed);
  CHECK(doc.folded == nfc(decomposed));
  CHECK(doc.folded == "Ngày 21/6, hội nghị tổng kết");
  CHECK(doc.original_offset(2) == 2);  // both bytes of "à" come from "a" + U+0300
  CHECK(doc.original_offset(3) == 2);
  CHECK(doc.original_offset(4) == 5);  // "y"
  CHECK(doc.original_offset(doc.folded.size()) == decomposed.size());
  // Mixed: one decomposed character among composed ones.
  const std::string mixed = "Hà Nội, ngày 21/6 và ho\u0323i nghi\u0323";
  CHECK(analyse(mixed).folded == nfc(mixed));
}

TEST_CASE("tone marks fold as fold_tone_marks folds them, whatever surrounds the vowels") {
  const std::vector<std::string> vowels = toned_vowels();
  const char* const befores[] = {"", "q", "Q", "h", "th", " ", "ư"};
  const char* const afters[] = {"", "n", "N", " ", ".", "a", "ạ", "\n", "y"};
  std::string text;
  for (const char* before : befores)
    for (const char* first : {"o", "u", "O", "U"})
      for (const auto& second : vowels)
        for (const char* after : afters) {
          const std::string word = std::string(before) + first + second + after;
          // On its own, at the start and at the end of a longer text.
          CHECK_MESSAGE(analyse(word).folded == fold_tone_marks(word), word);
          text += word + " x" + word + "\n";
        }
  CHECK(analyse(text).folded == fold_tone_marks(text));
  CHECK(analyse("Luỹ kế 9 tháng, thuỷ điện Hoà Bình, quý 3").folded ==
        fold_tone_marks("Luỹ kế 9 tháng, thuỷ điện Hoà Bình, quý 3"));
}

namespace {

// fold_for_lookup as it was written before its fast path: NFC and lower case through UTF-16.
std::string fold_for_lookup_reference(std::string_view phrase) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* normalizer = icu::Normalizer2::getNFCInstance(status);
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(phrase.data(), static_cast<int32_t>(phrase.size())));
  if (U_SUCCESS(status)) text = normalizer->normalize(text, status);
  text.toLower();
  std::string lowered;
  text.toUTF8String(lowered);
  lowered = fold_tone_marks(lowered);
  // The placements whose spellings differ in length, folded for look-up only (open syllables, not
  // after "q").
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"oẽ", "õe"}, {"uỳ", "ùy"}, {"uỹ", "ũy"}})
    for (std::size_t at = lowered.find(from); at != std::string::npos; at = lowered.find(from, at + 1)) {
      const std::size_t after = at + from.size();
      const bool letter_after = after < lowered.size() && (std::isalpha(static_cast<unsigned char>(lowered[after])) ||
                                                           static_cast<unsigned char>(lowered[after]) >= 0x80);
      if (letter_after || (at > 0 && lowered[at - 1] == 'q')) continue;
      lowered.replace(at, from.size(), to);
    }
  std::string out;
  bool space = false;
  for (char c : lowered) {
    if (c == ' ' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

TEST_CASE("fold_for_lookup: NFC text is lower-cased as it is, other text is normalised first") {
  CHECK(fold_for_lookup("  Thành  Đoàn Hà Nội\t") == "thành đoàn hà nội");
  CHECK(fold_for_lookup("THỨ SÁU, HOÀ BÌNH") == "thứ sáu, hòa bình");
  const std::string decomposed = "Tho\u0302\u0301ng ke\u0302, ho\u0302\u0323i nghi\u0323";
  REQUIRE(nfc(decomposed) != decomposed);
  CHECK(fold_for_lookup(decomposed) == "thống kê, hội nghị");
  CHECK(fold_for_lookup(decomposed) == fold_for_lookup(nfc(decomposed)));
  const std::string samples[] = {
      "", " ", "ASCII Only 123", "Tỉnh Đoàn Thanh Hoá", "Luỹ KẾ 9 THÁNG", "ΟΔΟΣ Σ", "İstanbul ẞ Straße",
      "ǅemal ǈ", "A\u030A\u0323 x", "e\u0301\u0301", "\xC3\x28 bad", "ok \xE1\xBB", "\xED\xA0\x80 surrogate",
      "\xF4\x90\x80\x80 beyond", "caf\u00E9 CAFE\u0301", "\u1E9E\u0130\u03A3", "tab\tand  spaces  "};
  for (const std::string& s : samples) CHECK_MESSAGE(fold_for_lookup(s) == fold_for_lookup_reference(s), s);
  for (const auto& vowel : toned_vowels())
    for (const char* word : {"Ho", "HO", "thU", "qu", "X"}) {
      const std::string s = std::string(word) + vowel + " Y";
      CHECK_MESSAGE(fold_for_lookup(s) == fold_for_lookup_reference(s), s);
    }
}

TEST_CASE("sentences split in UTF-16 map back to the bytes of the folded text, past astral characters") {
  const Document doc = analyse("Xin chào 😀🎉. Hôm nay 21/6! 𝟙 Tốt lắm.\nDòng hai 😀? Hết");
  std::vector<std::string> sentences;
  for (const auto& s : doc.sentences) sentences.emplace_back(doc.view(s));
  CHECK(sentences == std::vector<std::string>{"Xin chào 😀🎉.", "Hôm nay 21/6!", "𝟙 Tốt lắm.", "Dòng hai 😀?", "Hết"});
}

TEST_CASE("fold_for_lookup remembers what it folded without mixing phrases up") {
  std::vector<std::string> phrases;
  for (int i = 0; i < 12; ++i) {
    phrases.push_back("Ngày " + std::to_string(i) + " THÁNG Sáu");  // short
    phrases.push_back(std::string(70, ' ') + "Hội Nghị  Tổng Kết lần " + std::to_string(i) + " HOÀ");  // long
  }
  for (int round = 0; round < 3; ++round)
    for (const auto& p : phrases) CHECK_MESSAGE(fold_for_lookup(p) == fold_for_lookup_reference(p), p);
}

TEST_CASE("fold_alike, word by word, answers as comparing the whole folds does") {
  const std::string samples[] = {
      "", " ", "\t", "Thành đoàn Hà Nội", "THÀNH ĐOÀN  HÀ NỘI", " thành\tđoàn hà nội ", "Thành đoàn Hà Nội:",
      "Thành đoàn Hà", "Thành đoàn Hà Nội mới", "thành đoàn hà nội", "Hoà Bình", "hòa bình", "Hoàn Bình",
      "Luỹ kế", "lũy kế", "Tho\u0302\u0301ng ke\u0302", "thống kê", "ΟΔΟΣ Σ", "οδος σ", "ΟΔΟΣΣ", "\xC3\x28 bad",
      "\xC3 \x28 bad", "e\u0301 x", "é x", "e \u0301x", "İstanbul", "i̇stanbul"};
  for (const std::string& a : samples)
    for (const std::string& b : samples)
      CHECK_MESSAGE(fold_alike(a, b) == (fold_for_lookup(a) == fold_for_lookup(b)), a, " | ", b);
  CHECK(fold_alike("Hội nghị  TỔNG KẾT năm 2024", "hội nghị tổng kết năm 2024"));
  CHECK_FALSE(fold_alike("Hội nghị tổng kết năm 2024", "Hội nghị tổng kết năm 2025"));
}
