#include <doctest/doctest.h>

#include <iostream>
#include <sstream>

#include "biennien/ingest.hpp"

using namespace biennien;

namespace {

const std::string kData = BIENNIEN_SOURCE_DIR "/tests/unit/data/ingest/";

struct Batch {
  std::vector<Article> articles;
  std::vector<Error> errors;
  const Article* find(std::string_view id) const {
    for (const auto& a : articles)
      if (a.id == id) return &a;
    return nullptr;
  }
};

Batch read(const std::vector<std::string>& inputs) {
  Batch batch;
  read_inputs(
      inputs, [&](Article&& a) { batch.articles.push_back(std::move(a)); },
      [&](const Error& e) { batch.errors.push_back(e); });
  return batch;
}

}  // namespace

TEST_CASE("a folder is read recursively in path order, skipping sidecars and other files") {
  const Batch batch = read({kData + "mixed"});
  std::vector<std::string> ids;
  for (const auto& a : batch.articles) ids.push_back(a.id);
  CHECK(ids == std::vector<std::string>{"note-1", "art-2", "line-1", "03_batch-2", "line-6", "04_deep"});
  REQUIRE(batch.errors.size() == 2);
  CHECK(batch.errors[0].where == kData + "mixed/03_batch.jsonl:3");
  CHECK(batch.errors[0].message.find("parse_error") != std::string::npos);
  CHECK(batch.errors[1].where == kData + "mixed/03_batch.jsonl:5");
  CHECK(batch.errors[1].message == "no `text`");
}

TEST_CASE("a .txt is the whole text; its sidecar gives the metadata") {
  const Batch batch = read({kData + "mixed/01_note.txt"});
  REQUIRE(batch.articles.size() == 1);
  const Article& a = batch.articles[0];
  CHECK(a.id == "note-1");
  CHECK(a.url == "https://example.vn/note");
  CHECK(a.source == "example.vn");
  CHECK(a.title == "Hội nghị tổng kết năm");
  CHECK(a.published == "2024-06-21T15:00:00+07:00");
  CHECK(a.text == "Hội nghị tổng kết năm\n\nNgày 21/6, hội nghị diễn ra.\n");
  CHECK(a.origin == kData + "mixed/01_note.txt");
}

TEST_CASE("a .txt without sidecar takes its id from the file name") {
  const Batch batch = read({BIENNIEN_SOURCE_DIR "/seeds/002_c01c3d43b5a44ba5.txt"});
  REQUIRE(batch.articles.size() == 1);
  CHECK(batch.articles[0].id == "002_c01c3d43b5a44ba5");
  CHECK(batch.articles[0].title.empty());
  CHECK(batch.articles[0].published.empty());
  CHECK(batch.articles[0].text.starts_with("Print Thứ Sáu, 25/06/2021 22:00 Gốc\n"));
}

TEST_CASE("a .json is one article; a null published stays empty") {
  const Batch batch = read({kData + "mixed/02_article.json"});
  REQUIRE(batch.articles.size() == 1);
  CHECK(batch.articles[0].id == "art-2");
  CHECK(batch.articles[0].title == "Một bài");
  CHECK(batch.articles[0].published.empty());
  CHECK(batch.articles[0].text == "Sáng 3/2, đoàn khai mạc lễ hội.");
}

TEST_CASE("a JSONL line without id is named after the file and line; origin names the line") {
  const Batch batch = read({kData + "mixed/03_batch.jsonl"});
  REQUIRE(batch.articles.size() == 3);
  CHECK(batch.articles[0].published == "2025-01-02");
  CHECK(batch.articles[1].id == "03_batch-2");
  CHECK(batch.articles[1].origin == kData + "mixed/03_batch.jsonl:2");
  CHECK(batch.articles[2].id == "line-6");
}

TEST_CASE("every bad file is reported once, with the reason, and the batch goes on") {
  const Batch batch =
      read({kData + "bad/invalid_utf8.txt", kData + "bad/empty.txt", kData + "bad/binary.txt",
            kData + "bad/malformed.json", kData + "bad/bad_sidecar.txt", kData + "missing.txt",
            kData + "mixed/readme.md", kData + "mixed/sub/04_deep.txt"});
  REQUIRE(batch.articles.size() == 1);
  CHECK(batch.articles[0].id == "04_deep");
  REQUIRE(batch.errors.size() == 7);
  CHECK(batch.errors[0].to_string() == kData + "bad/invalid_utf8.txt: invalid UTF-8 at byte offset 11");
  CHECK(batch.errors[1].to_string() == kData + "bad/empty.txt: empty text");
  CHECK(batch.errors[2].where == kData + "bad/binary.txt");
  CHECK(batch.errors[2].message.find("binary") != std::string::npos);
  CHECK(batch.errors[3].where == kData + "bad/malformed.json");
  CHECK(batch.errors[3].message.starts_with("malformed JSON: [json.exception.parse_error"));
  CHECK(batch.errors[4].where == kData + "bad/bad_sidecar.meta.json");
  CHECK(batch.errors[4].message == "`published` must be a string");
  CHECK(batch.errors[5].message == "no such file or folder");
  CHECK(batch.errors[6].where == kData + "mixed/readme.md");
}

TEST_CASE("check_text names what is wrong and where") {
  CHECK_FALSE(check_text("Hà Nội"));
  CHECK(check_text("")->message == "empty text");
  CHECK(check_text(std::string("ab\0c", 4))->message == "binary data (NUL byte at byte offset 2)");
  CHECK(check_text("ab\xE1\xBA")->message == "invalid UTF-8 at byte offset 2");    // truncated
  CHECK(check_text("\xC0\xAF")->message == "invalid UTF-8 at byte offset 0");      // overlong
  CHECK(check_text("\xED\xA0\x80")->message == "invalid UTF-8 at byte offset 0");  // surrogate
}

TEST_CASE("JSONL is read line by line from a stream, and from stdin as -") {
  std::istringstream in("{\"id\":\"a\",\"text\":\"Một.\"}\r\n{\"text\":\"\"}\n{\"text\":\"Hai.\"}\n");
  Batch batch;
  read_jsonl(
      in, "<stdin>", [&](Article&& a) { batch.articles.push_back(std::move(a)); },
      [&](const Error& e) { batch.errors.push_back(e); });
  REQUIRE(batch.articles.size() == 2);
  CHECK(batch.articles[0].text == "Một.");
  CHECK(batch.articles[1].id == "stdin-3");
  REQUIRE(batch.errors.size() == 1);
  CHECK(batch.errors[0].to_string() == "<stdin>:2: empty text");

  std::istringstream stdin_text("{\"id\":\"s\",\"text\":\"Từ stdin.\"}\n");
  auto* saved = std::cin.rdbuf(stdin_text.rdbuf());
  const Batch from_stdin = read({"-"});
  std::cin.rdbuf(saved);
  REQUIRE(from_stdin.articles.size() == 1);
  CHECK(from_stdin.articles[0].id == "s");
  CHECK(from_stdin.articles[0].origin == "<stdin>:1");
}
