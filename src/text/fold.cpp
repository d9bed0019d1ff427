#include "fold.hpp"

#include <unicode/normalizer2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <optional>
#include <vector>
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

// Whether text made of characters like `c` alone is in NFC whatever stands around them: NFC's quick
// check says yes for it and it does not combine (canonical combining class 0). Every character of
// Vietnamese written precomposed is.
bool stays_nfc(UChar32 c) {
  return u_getIntPropertyValue(c, UCHAR_NFC_QUICK_CHECK) == UNORM_YES && u_getCombiningClass(c) == 0;
}

// What fold_normalized does with a code point.
enum class FoldClass : uint8_t {
  keep,     // copies it
  space,    // folds it to ' ' (is_space)
  dash,     // folds it to '-' (is_dash)
  not_nfc,  // gives up: not stays_nfc
};

// The FoldClass of code point `c`.
FoldClass fold_class_of(UChar32 c) {
  return !stays_nfc(c) ? FoldClass::not_nfc
         : is_space(c) ? FoldClass::space
         : is_dash(c)  ? FoldClass::dash
                       : FoldClass::keep;
}

// The first byte of `s` from `i` on that is not ASCII above form feed (the bytes fold_normalized
// copies without a look), or `n`. A loop of its own, so that it keeps to registers.
std::size_t skip_plain_ascii(const uint8_t* s, std::size_t i, std::size_t n) {
  while (i < n && s[i] > '\f' && s[i] < 0x80) ++i;
  return i;
}

// What fold_normalized does with each code point of the BMP, worked out once.
const std::vector<FoldClass>& bmp_fold_classes() {
  static const std::vector<FoldClass> table = [] {
    std::vector<FoldClass> t(0x10000);
    for (UChar32 cp = 0; cp < 0x10000; ++cp) t[static_cast<std::size_t>(cp)] = fold_class_of(cp);
    return t;
  }();
  return table;
}

// Whether fold_tone_marks changes the pair `c` (ASCII o or u, either case) and code point `cp`
// standing on their own; its context (a "q" before, a letter after) can only keep a pair as it is.
// Asked of fold_tone_marks once per pair and remembered, for the code points below U+2000 (Latin,
// Vietnamese included); true, "maybe", for the others.
bool pair_may_fold(char c, UChar32 cp) {
  constexpr UChar32 kLimit = 0x2000;
  if (cp < 0 || cp >= kLimit) return true;
  static std::array<std::atomic<uint8_t>, 4 * kLimit> known{};  // 0 not asked yet, 1 folds, 2 does not
  const std::size_t row = c == 'o' ? 0 : c == 'u' ? 1 : c == 'O' ? 2 : 3;
  std::atomic<uint8_t>& slot = known[row * kLimit + static_cast<std::size_t>(cp)];
  uint8_t answer = slot.load(std::memory_order_relaxed);
  if (answer == 0) {
    std::string pair(1, c);
    uint8_t bytes[U8_MAX_LENGTH];
    int32_t length = 0;
    U8_APPEND_UNSAFE(bytes, length, cp);
    pair.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(length));
    answer = fold_tone_marks(pair) != pair ? 1 : 2;
    slot.store(answer, std::memory_order_relaxed);
  }
  return answer == 1;
}

bool is_o_or_u(char c) { return c == 'o' || c == 'u' || c == 'O' || c == 'U'; }

// fold_tone_marks at byte `i` of `text`, an o or u followed by a non-ASCII character, in place:
// whether it folds depends on that pair and on the bytes before and after it, so the pair is folded
// on a window of those bytes. Returns the byte to go on from, or npos when the rest of the text had
// to be folded at once (a pair whose spellings differ in length, "uỹ" of 4 bytes to "ũy" of 3: the
// text is then what fold_tone_marks makes of it, shorter).
std::size_t fold_tone_mark_at(std::string& text, std::size_t i) {
  const std::size_t n = text.size();
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  auto next = static_cast<int32_t>(i + 1);
  UChar32 cp;
  U8_NEXT(s, next, static_cast<int32_t>(n), cp);
  if (!pair_may_fold(text[i], cp)) return i + 1;
  const std::size_t from = i == 0 ? 0 : i - 1;
  const std::size_t to = std::min(n, i + 1 + U8_MAX_LENGTH + 1);  // the pair at its longest, and a byte
  const std::string window = fold_tone_marks(std::string_view(text).substr(from, to - from));
  if (window[i - from] == text[i]) return i + 1;  // not folded here
  if (window.size() != to - from) {
    text.replace(from, std::string::npos, fold_tone_marks(std::string_view(text).substr(from)));
    return std::string::npos;
  }
  std::size_t end = i + 2;  // folded: the pair is replaced by as many bytes
  while (end < n && (s[end] & 0xC0) == 0x80) ++end;
  text.replace(i, end - i, window, i - from, end - i);
  return end;
}

// `fold_tone_marks` on `text` in place, looking only where it can change something: every
// placement it folds is an ASCII o or u (either case) followed by a non-ASCII letter.
void fold_tone_marks_in_place(std::string& text) {
  for (std::size_t i = 0; i + 1 < text.size();) {
    if (is_o_or_u(text[i]) && static_cast<unsigned char>(text[i + 1]) >= 0x80)
      i = fold_tone_mark_at(text, i);
    else
      ++i;
  }
}

// The same for a text whose only such places are `places` (increasing byte offsets).
void fold_tone_marks_at(std::string& text, const std::vector<std::size_t>& places) {
  std::size_t done = 0;
  for (const std::size_t i : places) {
    if (i < done) continue;
    done = fold_tone_mark_at(text, i);
    if (done == std::string::npos) return;
  }
}

// Maps folded offset `folded` to original offset `original` and the bytes after it to the bytes
// after that, one for one: a new run unless the last one does so already.
void map_copied(std::vector<OffsetRun>& runs, std::size_t folded, std::size_t original) {
  if (runs.empty() || !runs.back().copied || runs.back().map(folded) != original)
    runs.push_back({folded, original, true});
}

// Appends code points to a FoldedText, folding spaces and dashes.
class Builder {
 public:
  explicit Builder(std::size_t capacity) { out_.text.reserve(capacity); }
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
    map_copied(out_.offset_runs, out_.text.size(), original_size);  // the end maps to the end
    fold_tone_marks_in_place(out_.text);  // same length: the map stays valid
    return std::move(out_);
  }

 private:
  void push(const uint8_t* bytes, std::size_t length, std::size_t from, bool exact) {
    std::vector<OffsetRun>& runs = out_.offset_runs;
    if (exact)
      map_copied(runs, out_.text.size(), from);
    // Made bytes all map to `from`: a new run unless the last one is made from `from` too (the
    // characters of one composed segment).
    else if (runs.empty() || runs.back().copied || runs.back().original != from)
      runs.push_back({out_.text.size(), from, false});
    out_.text.append(reinterpret_cast<const char*>(bytes), length);
  }
  FoldedText out_;
};

// The common case, text already in NFC (news is, nearly always): every character is copied as it is
// but for spaces and dashes, each folded to one byte (tab, vertical tab and form feed to ' ' too;
// '\n' and '\r' stay). The bytes between the characters that fold are copied in bulk; only
// non-ASCII characters are decoded. Nullopt on invalid UTF-8, or on a character that is not
// stays_nfc (which is how it knows the text is in NFC without a pass of its own).
std::optional<FoldedText> fold_normalized(std::string_view original) {
  FoldedText out;
  const std::size_t n = original.size();
  out.text.reserve(n);
  out.offset_runs.push_back({0, 0, true});
  std::size_t copied = 0;  // the original bytes before it are in out.text
  // Folds the character of original bytes [i, end) to `c`. That byte maps to `i` as the bytes
  // before it do; when the character had more bytes, the text from the next one on is shorter than
  // the original by as many: a new run.
  auto fold = [&](std::size_t i, std::size_t end, char c) {
    out.text.append(original.substr(copied, i - copied));
    out.text += c;
    copied = end;
    if (end - i > 1) out.offset_runs.push_back({out.text.size(), end, true});
  };
  const auto* s = reinterpret_cast<const uint8_t*>(original.data());
  std::vector<std::size_t> tone_places;  // an o or u before a non-ASCII character: fold_tone_marks_at
  const std::vector<FoldClass>& bmp = bmp_fold_classes();  // looked up once, not per character
  for (std::size_t i = skip_plain_ascii(s, 0, n); i < n; i = skip_plain_ascii(s, i, n)) {
    const uint8_t byte = s[i];
    if (byte < 0x80) {
      if (byte == '\t' || byte == '\v' || byte == '\f') fold(i, i + 1, ' ');
      ++i;
      continue;
    }
    int32_t next = static_cast<int32_t>(i);
    UChar32 c;
    U8_NEXT(s, next, static_cast<int32_t>(n), c);
    if (c < 0) return std::nullopt;
    const auto end = static_cast<std::size_t>(next);
    const FoldClass kind = c < 0x10000 ? bmp[static_cast<std::size_t>(c)] : fold_class_of(c);
    if (kind == FoldClass::not_nfc) return std::nullopt;
    if (kind != FoldClass::keep)
      fold(i, end, kind == FoldClass::dash ? '-' : ' ');
    else if (i > 0 && is_o_or_u(static_cast<char>(s[i - 1])))  // an ASCII byte, copied
      tone_places.push_back(out.text.size() + (i - 1 - copied));  // its place in the folded text
    i = end;
  }
  out.text.append(original.substr(copied));
  fold_tone_marks_at(out.text, tone_places);  // same length: the map stays valid
  return out;
}

}  // namespace

FoldedText fold_text(std::string_view original) {
  if (auto folded = fold_normalized(original)) return std::move(*folded);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
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
