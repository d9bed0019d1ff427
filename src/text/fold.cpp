#include "fold.hpp"

#include <unicode/normalizer2.h>

#include <optional>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include "biennien/rules.hpp"

namespace biennien::text {
namespace {

constexpr UChar32 kReplacement = 0xFFFD;
constexpr uint8_t kSpace[] = {' '};
constexpr uint8_t kDash[] = {'-'};

bool is_dash(UChar32 c) { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }
bool is_space(UChar32 c) { return c != '\n' && c != '\r' && u_isUWhiteSpace(c); }

// Appends code points to a FoldedText, folding spaces and dashes.
class Builder {
 public:
  explicit Builder(std::size_t capacity) {
    out_.text.reserve(capacity);
    out_.offsets.reserve(capacity + 1);
  }
  // Appends `c` read from original byte `from`; `exact` when its bytes are the original's.
  void append(UChar32 c, std::size_t from, bool exact) {
    if (is_space(c)) return push(kSpace, 1, from, false);
    if (is_dash(c)) return push(kDash, 1, from, false);
    uint8_t bytes[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, c);
    push(bytes, static_cast<std::size_t>(length), from, exact);
  }
  FoldedText finish(std::size_t original_size) && {
    out_.offsets.push_back(original_size);
    out_.text = fold_tone_marks(out_.text);  // same length: offsets stay valid
    return std::move(out_);
  }

 private:
  void push(const uint8_t* bytes, std::size_t length, std::size_t from, bool exact) {
    out_.text.append(reinterpret_cast<const char*>(bytes), length);
    for (std::size_t k = 0; k < length; ++k) out_.offsets.push_back(exact ? from + k : from);
  }
  FoldedText out_;
};

// The common case, text already in NFC (news is, nearly always): every character maps to itself,
// but for spaces and dashes. ASCII takes one branch a byte. Nullopt on invalid UTF-8.
std::optional<FoldedText> fold_normalized(std::string_view original) {
  FoldedText out;
  const std::size_t n = original.size();
  out.text.resize(n);
  out.offsets.resize(n + 1);
  char* text = out.text.data();
  std::size_t* offsets = out.offsets.data();
  std::size_t length = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  for (std::size_t i = 0; i < n;) {
    const uint8_t byte = s[i];
    if (byte < 0x80) {  // ASCII: tab, vertical tab and form feed are spaces; '\n' and '\r' stay
      text[length] = (byte == '\t' || byte == '\v' || byte == '\f') ? ' ' : static_cast<char>(byte);
      offsets[length++] = i++;
      continue;
    }
    int32_t next = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s, next, static_cast<int32_t>(n), c);
    if (c < 0) return std::nullopt;
    const auto end = static_cast<std::size_t>(next);
    if (is_space(c) || is_dash(c)) {
      text[length] = is_dash(c) ? '-' : ' ';
      offsets[length++] = i;
    } else {
      for (std::size_t k = i; k < end; ++k) {
        text[length] = static_cast<char>(s[k]);
        offsets[length++] = k;
      }
    }
    i = end;
  }
  out.text.resize(length);
  out.offsets.resize(length + 1);
  out.offsets[length] = n;
  out.text = fold_tone_marks(out.text);  // same length: offsets stay valid
  return out;
}

}  // namespace

FoldedText fold_text(std::string_view original) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) &&
      nfc->isNormalizedUTF8(icu::StringPiece(original.data(), static_cast<int32_t>(original.size())), status) &&
      U_SUCCESS(status))
    if (auto folded = fold_normalized(original)) return std::move(*folded);
  status = U_ZERO_ERROR;
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  const auto n = static_cast<int32_t>(original.size());
  Builder out(original.size());
  // NFC works on segments that start at a character with a normalisation boundary before it;
  // normalising segment by segment gives the same text and keeps the map exact elsewhere.
  for (int32_t i = 0; i < n;) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {  // an invalid sequence
      out.append(kReplacement, static_cast<std::size_t>(begin), false);
      continue;
    }
    for (int32_t next = i; next < n; i = next) {
      UChar32 d;
      U8_NEXT(s, next, n, d);
      if (d < 0 || nfc->hasBoundaryBefore(d)) break;
    }
    if (i - begin == 1) {  // one ASCII character on its own
      out.append(c, static_cast<std::size_t>(begin), true);
      continue;
    }
    const auto segment = icu::UnicodeString::fromUTF8(icu::StringPiece(original.data() + begin, i - begin));
    if (U_SUCCESS(status) && !nfc->isNormalized(segment, status)) {
      const icu::UnicodeString normal = nfc->normalize(segment, status);
      for (int32_t k = 0; k < normal.length(); k = normal.moveIndex32(k, 1))
        out.append(normal.char32At(k), static_cast<std::size_t>(begin), false);
      continue;
    }
    for (int32_t k = begin; k < i;) {
      const int32_t from = k;
      UChar32 d;
      U8_NEXT(s, k, i, d);
      out.append(d, static_cast<std::size_t>(from), true);
    }
  }
  return std::move(out).finish(original.size());
}

}  // namespace biennien::text
