// The readers on bad input: each problem is one error that says where, never an exception, and the
// rest is still read.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "biennien/ingest.hpp"

using namespace biennien;

namespace {

struct Read {
  std::vector<Article> articles;
  std::vector<std::string> errors;
};

Read jsonl(const std::string& bytes) {
  Read read;
  std::istringstream in(bytes);
  read_jsonl(in, "x.jsonl", [&](Article&& a) { read.articles.push_back(std::move(a)); },
             [&](const Error& e) { read.errors.push_back(e.to_string()); });
  return read;
}

std::string message(std::string_view bytes) {
  const auto error = check_text(bytes);
  return error ? error->message : "";
}

}  // namespace

TEST_CASE("check_text names the byte offset of invalid UTF-8") {
  CHECK(message("abc\xff") == "invalid UTF-8 at byte offset 3");
  CHECK(message("ngày \xc3") == "invalid UTF-8 at byte offset 6");            // cut at the end
  CHECK(message("a\xc0\xaf") == "invalid UTF-8 at byte offset 1");            // overlong "/"
  CHECK(message("ab\xed\xa0\x80") == "invalid UTF-8 at byte offset 2");       // a surrogate
  CHECK(message("\xf4\x90\x80\x80") == "invalid UTF-8 at byte offset 0");     // beyond U+10FFFF
  CHECK(message("\xe1\xba") == "invalid UTF-8 at byte offset 0");
  CHECK(message("ok\x80") == "invalid UTF-8 at byte offset 2");               // a lone continuation
  CHECK(message("\xef\xbb\xbfok") == "");                                     // a BOM is text
}

TEST_CASE("check_text rejects empty text and NUL bytes with their offset") {
  CHECK(message("") == "empty text");
  CHECK(message(std::string("ab\0c", 4)) == "binary data (NUL byte at byte offset 2)");
  CHECK(message(std::string("\0", 1)) == "binary data (NUL byte at byte offset 0)");
  CHECK(message(std::string(1 << 20, 'x') + std::string("\0", 1)) ==
        "binary data (NUL byte at byte offset 1048576)");
}

TEST_CASE("malformed JSONL lines are errors naming the line; the other lines are read") {
  const Read read = jsonl(
      "{\"id\":\"a\",\"text\":\"một\"}\n"
      "not json\n"
      "[1, 2]\n"
      "{\"id\": 5, \"text\": \"x\"}\n"
      "{\"id\":\"b\",\"text\": 5}\n"
      "{\"id\":\"c\"}\n"
      "{\"id\":\"d\",\"text\":\"\"}\n"
      "{\"id\":\"e\",\"text\":\"a\\u0000b\"}\n"
      "{\"id\":\"f\",\"text\":\"\\ud800\"}\n"
      "{\"id\":\"g\",\"text\":\"\xff\"}\n"
      "{\"id\":\"h\",\"text\":\"x\"} trailing\n"
      "   \t \r\n"
      "{\"id\":\"i\",\"text\":\"hai\"}\r\n"
      "{\"id\":\"j\",\"text\":\"ba\",\"extra\":{\"deep\":[[[[[[[[[[]]]]]]]]]]}}\n");
  std::vector<std::string> ids;
  for (const Article& a : read.articles) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"a", "i", "j"});
  REQUIRE(read.errors.size() == 10);
  for (int line : {2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) {
    CAPTURE(line);
    const std::string where = "x.jsonl:" + std::to_string(line) + ":";
    CHECK(std::any_of(read.errors.begin(), read.errors.end(), [&](const std::string& e) { return e.starts_with(where); }));
  }
}

TEST_CASE("deeply nested JSON is an error or an article, never a crash") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const Read read = jsonl("{\"id\":\"a\",\"text\":\"x\",\"n\":" + deep + "}\n" + std::string(100000, '{') + "\n");
  CHECK(read.articles.size() + read.errors.size() == 2);
}

// Found by fuzz_ingest_json (tests/unit/data/fuzz-regressions/fuzz_ingest_json/number-overflow):
// nlohmann_json throws out_of_range (not parse_error) for a number beyond double; uncaught, it
// ended the whole batch.
TEST_CASE("a number too large for a double is one error, not an exception") {
  Read read;
  CHECK_NOTHROW(read = jsonl("{\"id\":\"a\",\"text\":\"x\",\"n\":1e400}\n{\"id\":\"b\",\"text\":\"y\"}\n"));
  CHECK(read.articles.size() == 1);
  CHECK(read.errors.size() == 1);
}

TEST_CASE("duplicate members: the last wins, whichever reader takes the line") {
  // Strings only: the fast reader (simdjson). A number first: nlohmann_json, which the fast reader
  // hands the line to; both keep the last value, as nlohmann_json always did.
  const Read read = jsonl(
      "{\"id\":\"a\",\"id\":\"b\",\"title\":\"x\",\"title\":null,\"text\":\"một\",\"text\":\"hai\"}\n"
      "{\"id\":5,\"id\":\"c\",\"text\":\"ba\"}\n"
      "{\"id\":\"d\",\"text\":\"bốn\",\"text\":5}\n");
  REQUIRE(read.articles.size() == 2);
  CHECK(read.articles[0].id == "b");
  CHECK(read.articles[0].title.empty());  // the last, null, wins: no title
  CHECK(read.articles[0].text == "hai");
  CHECK(read.articles[1].id == "c");
  CHECK(read.articles[1].text == "ba");
  REQUIRE(read.errors.size() == 1);
  CHECK(read.errors[0].find("x.jsonl:3") != std::string::npos);
}
