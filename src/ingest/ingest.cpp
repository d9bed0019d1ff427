#include "biennien/ingest.hpp"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <simdjson.h>
#include <sstream>

namespace biennien {
namespace fs = std::filesystem;
namespace {

using Json = nlohmann::json;

constexpr std::string_view kMetaSuffix = ".meta.json";
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool is_sidecar(const fs::path& path) { return path.filename().string().ends_with(kMetaSuffix); }

bool is_article_file(const fs::path& path) {
  const auto ext = path.extension();
  return (ext == ".txt" || ext == ".json" || ext == ".jsonl" || ext == ".html" || ext == ".htm") &&
         !is_sidecar(path);
}

// The whole file, or nullopt when it cannot be read.
std::optional<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(bytes).str();
}

// The string member `key` of `object` ("" when absent or null), or an Error; moved out of `object`
// (an article's text is most of its line: not copied).
Expected<std::string> string_member(Json& object, const char* key) {
  const auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::string();
  if (!it->is_string()) return Error{"", std::string("`") + key + "` must be a string"};
  return std::move(it->get_ref<std::string&>());
}

// Fills the metadata members of `article` present in `object`; `text` too when `with_text`.
std::optional<Error> apply_members(Json& object, Article& article, bool with_text) {
  if (!object.is_object()) return Error{"", "expected a JSON object"};
  struct Member {
    const char* key;
    std::string* field;
  };
  const Member members[] = {{"id", &article.id},
                            {"url", &article.url},
                            {"source", &article.source},
                            {"title", &article.title},
                            {"published", &article.published}};
  for (const auto& [key, field] : members) {
    auto value = string_member(object, key);
    if (!value) return value.error();
    if (!value->empty()) *field = std::move(*value);
  }
  if (!with_text) return std::nullopt;
  if (!object.contains("text")) return Error{"", "no `text`"};
  auto text = string_member(object, "text");
  if (!text) return text.error();
  if (auto bad = check_text(*text)) return bad;
  article.text = std::move(*text);
  return std::nullopt;
}

// The common case of `apply_members(Json::parse(bytes), article, with_text)`, read with simdjson,
// many times faster than nlohmann_json: a well-formed object whose members are strings or null.
// False, with `article` untouched, on anything else (malformed JSON, a member of another type,
// no text), which the caller then reads with nlohmann_json for its result and its messages.
bool apply_members_fast(std::string& bytes, Article& article, bool with_text) {
  thread_local simdjson::dom::parser parser;
  bytes.reserve(bytes.size() + simdjson::SIMDJSON_PADDING);  // parsed in place, without a copy
  simdjson::dom::object object;
  if (parser.parse(bytes).get(object)) return false;
  std::string_view values[6];  // as `keys`; the last of duplicate members wins, as in nlohmann_json
  bool has_text = false;
  for (const auto field : object) {
    static constexpr std::string_view keys[] = {"id", "url", "source", "title", "published", "text"};
    const auto key = std::find(std::begin(keys), std::end(keys), field.key);
    if (key == std::end(keys)) continue;
    const auto i = static_cast<std::size_t>(key - std::begin(keys));
    has_text = has_text || *key == "text";
    if (field.value.is_null()) values[i] = {};
    else if (field.value.get_string().get(values[i])) return false;
  }
  if (with_text && !has_text) return false;
  std::string* fields[] = {&article.id, &article.url, &article.source, &article.title, &article.published};
  for (std::size_t i = 0; i < 5; ++i)
    if (!values[i].empty()) fields[i]->assign(values[i]);
  if (with_text) article.text.assign(values[5]);
  return true;
}

// Parses `bytes` as one JSON value, or an Error carrying nlohmann's message.
Expected<Json> parse_json(std::string_view bytes) {
  try {
    return Json::parse(bytes);
  } catch (const Json::exception& e) {  // parse_error, and out_of_range for numbers like 1e400
    return Error{"", std::string("malformed JSON: ") + e.what()};
  }
}

// Reads the JSON object `bytes` into `article` as apply_members does; an Error without a place.
std::optional<Error> read_members(std::string& bytes, Article& article, bool with_text) {
  if (apply_members_fast(bytes, article, with_text)) {
    if (with_text) return check_text(article.text);
    return std::nullopt;
  }
  auto json = parse_json(bytes);
  if (!json) return json.error();
  return apply_members(*json, article, with_text);
}

Error located(Error error, std::string where) {
  error.where = std::move(where);
  return error;
}

// Applies the sidecar `NAME.meta.json` beside `path`, if any, to `article`.
std::optional<Error> apply_sidecar(const fs::path& path, Article& article) {
  const fs::path sidecar = path.parent_path() / (path.stem().string() + std::string(kMetaSuffix));
  if (std::error_code ec; !fs::exists(sidecar, ec)) return std::nullopt;
  const std::string meta_where = sidecar.string();
  auto meta_bytes = read_file(sidecar);
  if (!meta_bytes) return Error{meta_where, "cannot be read"};
  if (auto bad = read_members(*meta_bytes, article, false)) return located(*bad, meta_where);
  return std::nullopt;
}

// Reads the `.txt` article at `path` with its sidecar, if any.
void read_txt(const fs::path& path, const ArticleSink& on_article, const ErrorSink& on_error) {
  const std::string where = path.string();
  auto bytes = read_file(path);
  if (!bytes) return on_error(Error{where, "cannot be read"});
  if (bytes->starts_with(kUtf8Bom)) bytes->erase(0, kUtf8Bom.size());
  if (auto bad = check_text(*bytes)) return on_error(located(*bad, where));
  Article article;
  article.id = path.stem().string();
  article.origin = where;
  article.bytes = bytes->size();
  article.text = std::move(*bytes);
  if (auto bad = apply_sidecar(path, article)) return on_error(*bad);
  on_article(std::move(article));
}

// Reads the `.html`/`.htm` page at `path` (see read_html) with its sidecar, if any.
void read_html_file(const fs::path& path, const ArticleSink& on_article, const ErrorSink& on_error) {
  const std::string where = path.string();
  auto bytes = read_file(path);
  if (!bytes) return on_error(Error{where, "cannot be read"});
  if (bytes->starts_with(kUtf8Bom)) bytes->erase(0, kUtf8Bom.size());
  if (auto bad = check_text(*bytes)) return on_error(located(*bad, where));
  auto article = read_html(*bytes);
  if (!article) return on_error(located(article.error(), where));
  article->id = path.stem().string();
  article->origin = where;
  article->bytes = bytes->size();
  if (auto bad = apply_sidecar(path, *article)) return on_error(*bad);
  on_article(std::move(*article));
}

// Reads the `.json` file at `path`: one article object.
void read_json(const fs::path& path, const ArticleSink& on_article, const ErrorSink& on_error) {
  const std::string where = path.string();
  auto bytes = read_file(path);
  if (!bytes) return on_error(Error{where, "cannot be read"});
  if (auto bad = check_text(*bytes)) return on_error(located(*bad, where));
  Article article;
  article.id = path.stem().string();
  article.origin = where;
  article.bytes = bytes->size();
  if (auto bad = read_members(*bytes, article, true)) return on_error(located(*bad, where));
  on_article(std::move(article));
}

// The id prefix for JSONL lines without an id: the stem of `name` ("<stdin>" gives "stdin").
std::string default_id_prefix(std::string_view name) {
  std::string stem = fs::path(name).stem().string();
  std::erase_if(stem, [](char c) { return c == '<' || c == '>'; });
  return stem;
}

void read_one(const fs::path& path, const ArticleSink& on_article, const ErrorSink& on_error) {
  const auto ext = path.extension();
  if (ext == ".txt") return read_txt(path, on_article, on_error);
  if (ext == ".json") return read_json(path, on_article, on_error);
  if (ext == ".html" || ext == ".htm") return read_html_file(path, on_article, on_error);
  std::ifstream in(path, std::ios::binary);
  if (!in) return on_error(Error{path.string(), "cannot be read"});
  read_jsonl(in, path.string(), on_article, on_error);
}

// The article files below `folder` and the folders below it that cannot be listed (with the
// reason), sorted by path: a folder that cannot be read is one entry and its siblings are still
// listed. Symbolic links to folders are not followed (no loops); an explicit stack, so no depth
// limit but the file system's.
std::vector<std::pair<fs::path, std::string>> walk(const fs::path& folder) {
  std::vector<std::pair<fs::path, std::string>> found;
  std::vector<fs::path> pending{folder};
  while (!pending.empty()) {
    const fs::path current = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    fs::directory_iterator it(current, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::error_code entry_ec;
      const auto link_status = it->symlink_status(entry_ec);
      if (!entry_ec && fs::is_directory(link_status))
        pending.push_back(it->path());
      else if (it->is_regular_file(entry_ec) && is_article_file(it->path()))
        found.emplace_back(it->path(), "");
    }
    if (ec) found.emplace_back(current, "cannot be read (" + ec.message() + ")");
  }
  std::sort(found.begin(), found.end());
  return found;
}

}  // namespace

std::optional<Error> check_text(std::string_view bytes) {
  if (bytes.empty()) return Error{"", "empty text"};
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size()))
    return Error{"", "binary data (NUL byte at byte offset " +
                         std::to_string(static_cast<const char*>(nul) - bytes.data()) + ")"};
  if (simdjson::validate_utf8(bytes)) return std::nullopt;  // the common case, checked fast
  // Where the first invalid sequence starts, for the message.
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return Error{"", "invalid UTF-8 at byte offset " + std::to_string(start)};
  }
  return std::nullopt;
}

void read_jsonl(std::istream& in, std::string_view name, const ArticleSink& on_article,
                const ErrorSink& on_error) {
  const std::string id_prefix = default_id_prefix(name);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    const std::string where = std::string(name) + ":" + std::to_string(number);
    Article article;
    article.id = id_prefix + "-" + std::to_string(number);
    article.origin = where;
    article.bytes = line.size() + 1;
    if (auto bad = read_members(line, article, true)) {
      on_error(located(*bad, where));
      continue;
    }
    on_article(std::move(article));
  }
  if (in.bad()) on_error(Error{std::string(name), "read error"});
}

void read_inputs(const std::vector<std::string>& inputs, const ArticleSink& on_article,
                 const ErrorSink& on_error) {
  for (const auto& input : inputs) {
    if (input == "-") {
      read_jsonl(std::cin, "<stdin>", on_article, on_error);
      continue;
    }
    const fs::path path(input);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      for (const auto& [file, error] : walk(path)) {
        if (error.empty())
          read_one(file, on_article, on_error);
        else
          on_error(Error{file.string(), error});
      }
    } else if (!fs::exists(path, ec)) {
      on_error(Error{input, "no such file or folder"});
    } else if (!is_article_file(path)) {
      on_error(Error{input, "not an article file (expected .txt, .json, .jsonl, .html, .htm or - for stdin)"});
    } else {
      read_one(path, on_article, on_error);
    }
  }
}

}  // namespace biennien
