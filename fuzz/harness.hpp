// What the fuzz targets run, shared with the unit tests that replay the inputs they found
// (tests/unit/test_output_robust.cpp): each function feeds bytes to one part of biennien exactly as the
// program does and checks the invariants every stage promises. It returns "" when all hold, else
// what broke; a crash is a finding too (ASan/UBSan report it).
#pragma once
#include <stdlib.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <libical/ical.h>
#include <nlohmann/json.hpp>

#include "biennien/embedded.hpp"
#include "biennien/events.hpp"
#include "biennien/ingest.hpp"
#include "biennien/output.hpp"
#include "biennien/publication.hpp"
#include "biennien/resolve.hpp"
#include "biennien/rules.hpp"
#include "biennien/temporal.hpp"
#include "biennien/text.hpp"
#include "biennien/timeline.hpp"

namespace biennien::fuzz {

// Whether `bytes` is valid UTF-8 (empty is valid).
inline bool valid_utf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

// `bytes` with every invalid UTF-8 sequence replaced by U+FFFD: what every string that reaches the
// writers is (ingest rejects invalid UTF-8, nlohmann_json validates what it parses).
inline std::string repaired_utf8(std::string_view bytes) {
  std::string out;
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) out += "\xEF\xBF\xBD";
    else out.append(bytes.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

// Whether `offset` is the start of a character (or the end) of UTF-8 `text`.
inline bool on_boundary(std::string_view text, std::size_t offset) {
  return offset == text.size() || (offset < text.size() && (static_cast<unsigned char>(text[offset]) & 0xC0) != 0x80);
}

// The stages of `biennien build`, loaded once from the built-in rules and registry.
struct Stages {
  TextAnalyser text;
  PublicationLexicon publication;
  Recogniser recogniser;
  Resolver resolver;
  EventExtractor extractor;
};

template <class T>
T loaded(Expected<T> stage) {
  if (!stage) {
    std::cerr << "cannot load a stage: " << stage.error().to_string() << '\n';
    std::abort();
  }
  return std::move(*stage);
}

inline Stages& stages() {
  static Stages* built = [] {
    const RuleFiles files = RuleFiles::embedded();
    std::string_view registry_json;
    for (const auto& f : embedded::files())
      if (f.path == "calendars/organisations.json") registry_json = f.bytes;
    auto registry = loaded(OrganisationRegistry::parse(registry_json, "calendars/organisations.json"));
    return new Stages{loaded(TextAnalyser::load(files)), loaded(PublicationLexicon::load(files)),
                      loaded(Recogniser::compile(files)), loaded(Resolver::load(files)),
                      loaded(EventExtractor::load(files, std::move(registry)))};
  }();
  return *built;
}

// Checks the invariants of the whole of one writer's output for `timeline`: the JSON parses back
// with as many events as it was given.
inline std::string check_timeline_json(const Timeline& timeline) {
  const std::string json = write_timeline_json(timeline);
  const auto parsed = nlohmann::json::parse(json, nullptr, false);
  if (parsed.is_discarded()) return "timeline JSON does not parse back";
  if (!parsed.contains("events") || parsed["events"].size() != timeline.events.size())
    return "timeline JSON has another number of events";
  return "";
}

// The number of records of RFC 4180 `csv` (quoted fields may hold line breaks).
inline std::size_t csv_records(std::string_view csv) {
  std::size_t records = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < csv.size(); ++i) {
    if (csv[i] == '"') quoted = !quoted;  // a doubled quote toggles twice
    else if (!quoted && csv[i] == '\n') ++records;
  }
  return records;
}

// One feed as the program writes it: CRLF lines, parsed back by libical into one VCALENDAR with
// exactly one VEVENT per feed event, whatever text the events carry.
inline std::string check_ics(const Timeline& timeline, const FeedSpec& feed) {
  const std::string ics = write_ics(timeline, feed);
  for (std::size_t i = ics.find('\n'); i != std::string::npos; i = ics.find('\n', i + 1))
    if (i == 0 || ics[i - 1] != '\r')
      return "feed " + feed.id + ": a line ends without CR: " +
             nlohmann::json(ics.substr(i > 80 ? i - 80 : 0, 100)).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
  for (std::size_t i = ics.find('\r'); i != std::string::npos; i = ics.find('\r', i + 1))
    if (i + 1 == ics.size() || ics[i + 1] != '\n') return "feed " + feed.id + ": a CR inside a line";
  icalcomponent* calendar = icalparser_parse_string(ics.c_str());
  if (!calendar) return "feed " + feed.id + ": libical cannot parse it back";
  const bool is_calendar = icalcomponent_isa(calendar) == ICAL_VCALENDAR_COMPONENT;
  const auto events = static_cast<std::size_t>(icalcomponent_count_components(calendar, ICAL_VEVENT_COMPONENT));
  const auto calendars = static_cast<std::size_t>(icalcomponent_count_components(calendar, ICAL_VCALENDAR_COMPONENT));
  icalcomponent_free(calendar);
  if (!is_calendar || calendars != 0) return "feed " + feed.id + ": not one VCALENDAR";
  const std::size_t expected = feed_events(timeline, feed).size();
  if (events != expected)
    return "feed " + feed.id + ": " + std::to_string(events) + " VEVENTs parsed back, " + std::to_string(expected) +
           " written";
  return "";
}

// Every writer on `timeline`: each feed, the timeline JSON, each organisation's events JSON and CSV.
inline std::string check_writers(const Timeline& timeline) {
  std::vector<FeedSpec> specs = feeds(timeline);
  for (const Organisation& o : timeline.organisations) specs.push_back(FeedSpec::of(o, {o.id}));
  for (const FeedSpec& feed : specs) {
    if (std::string problem = check_ics(timeline, feed); !problem.empty()) return problem;
    const auto events = nlohmann::json::parse(write_events_json(timeline, feed), nullptr, false);
    if (events.is_discarded()) return "events JSON of " + feed.id + " does not parse back";
    const std::size_t expected = feed_events(timeline, feed).size();
    if (events["events"].size() != expected) return "events JSON of " + feed.id + ": wrong number of events";
    if (csv_records(write_csv(timeline, feed)) != expected + 1) return "CSV of " + feed.id + ": wrong number of rows";
  }
  return check_timeline_json(timeline);
}

// Text `bytes` (as read from a .txt file) through stages 2-7 and the writers, as `biennien build`.
// With `published`, the article carries that metadata; without it the anchor comes from the text.
inline std::string run_pipeline(std::string_view bytes, const std::string& published = "") {
  if (check_text(bytes)) return "";  // ingest rejects it: the pipeline never sees it
  Article article;
  article.id = "fuzz";
  article.origin = "fuzz.txt";
  article.published = published;
  article.text = std::string(bytes);
  Stages& p = stages();
  const Document doc = p.text.analyse(article);
  const Anchor anchor = find_anchor(article, doc, p.publication);
  const Resolution resolution = p.resolver.resolve(doc, anchor, p.recogniser.recognise(doc.folded));

  if (doc.offset_runs.empty() || doc.offset_runs.front().folded != 0) return "offset map does not start at 0";
  for (std::size_t r = 0; r + 1 < doc.offset_runs.size(); ++r)
    if (doc.offset_runs[r].folded >= doc.offset_runs[r + 1].folded) return "offset runs out of order";
  if (doc.offset_runs.back().folded > doc.folded.size()) return "offset run after the text's end";
  if (doc.original_offset(doc.folded.size()) != bytes.size()) return "offset map does not end at the text's end";
  for (std::size_t i = 0; i < doc.folded.size(); ++i)
    if (doc.original_offset(i) > doc.original_offset(i + 1)) return "offset map goes backwards at " + std::to_string(i);
  if (!valid_utf8(doc.folded)) return "folded text is not UTF-8";
  for (const Line& line : doc.lines)
    if (line.begin > line.end || line.end > doc.folded.size()) return "line out of the text";
  for (const Sentence& s : doc.sentences) {
    if (s.begin >= s.end || s.end > doc.folded.size() || s.line >= doc.lines.size()) return "bad sentence";
    if (s.begin < doc.lines[s.line].begin || s.end > doc.lines[s.line].end) return "sentence outside its line";
  }
  for (const ResolvedMention& m : resolution.mentions) {
    const Mention& mention = m.mention;
    if (mention.begin >= mention.end || mention.end > doc.folded.size()) return "mention out of the text";
    if (!on_boundary(doc.folded, mention.begin) || !on_boundary(doc.folded, mention.end))
      return "mention splits a character";
    const std::size_t start = doc.original_offset(mention.begin), end = doc.original_offset(mention.end);
    if (start > end || end > bytes.size()) return "mention maps outside the original text";
    if (!valid_utf8(bytes.substr(start, end - start))) return "mention maps to a piece of a character";
    if (m.value.empty()) return "mention without a value";
  }

  EventExtractor extractor = p.extractor;  // units found by pattern join this copy's registry only
  std::vector<Event> events = extractor.extract(article, doc, resolution);
  for (const Event& e : events) {
    if (e.source.start > e.source.end || e.source.end > bytes.size()) return "event source outside the text";
    if (!valid_utf8(e.title) || !valid_utf8(e.location) || !valid_utf8(e.source.sentence))
      return "event text is not UTF-8";
  }
  const Timeline timeline = build_timeline(std::move(events), extractor.registry());
  for (const FeedSpec& feed : feeds(timeline))
    if (feed.id.empty() || feed.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
      return "feed id is not a slug: " + feed.id;
  return check_writers(timeline);
}

// The two runs the pipeline fuzzer makes of every input: with metadata and without.
inline std::string run_pipeline_both(std::string_view bytes) {
  std::string problem = run_pipeline(bytes);
  if (problem.empty()) problem = run_pipeline(bytes, "2024-06-21T15:00:00+07:00");
  return problem;
}

// The checks every reader's output must pass: valid, non-empty text; an error says where.
struct ReaderCheck {
  std::string problem;
  std::size_t articles = 0, errors = 0;
  ArticleSink on_article() {
    return [this](Article&& a) {
      ++articles;
      if (check_text(a.text) && problem.empty()) problem = "an article with unusable text got through";
      if (a.id.empty() && problem.empty()) problem = "an article without an id";
    };
  }
  ErrorSink on_error() {
    return [this](const Error& e) {
      ++errors;
      if ((e.where.empty() || e.message.empty()) && problem.empty()) problem = "an error without place or message";
    };
  }
};

// JSONL bytes through read_jsonl: every non-blank line is an article or one error.
inline std::string run_jsonl(std::string_view bytes) {
  std::istringstream in{std::string(bytes)};
  ReaderCheck check;
  read_jsonl(in, "fuzz.jsonl", check.on_article(), check.on_error());
  if (!check.problem.empty()) return check.problem;
  std::size_t lines = 0;
  std::istringstream again{std::string(bytes)};
  for (std::string line; std::getline(again, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) ++lines;
  }
  if (check.articles + check.errors != lines)
    return "JSONL: " + std::to_string(lines) + " lines gave " + std::to_string(check.articles) + " articles and " +
           std::to_string(check.errors) + " errors";
  return "";
}

// A folder of its own under $TMPDIR for the file readers, removed at exit. The folder is removed by
// the destructor of the object that holds its path: an atexit handler registered while that object
// was being made would run after its destruction and see an empty path.
inline const std::filesystem::path& scratch_folder() {
  struct Scratch {
    std::filesystem::path path;
    Scratch() {
      std::string pattern = (std::filesystem::temp_directory_path() / "biennien-fuzz-XXXXXX").string();
      if (!::mkdtemp(pattern.data())) {
        std::cerr << "cannot create a scratch folder\n";
        std::abort();
      }
      path = pattern;
    }
    ~Scratch() {
      std::error_code ignored;
      std::filesystem::remove_all(path, ignored);
    }
  };
  static const Scratch folder;
  return folder.path;
}

inline void put_file(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Files of `names` with `contents` in an otherwise empty scratch folder, read as `biennien build`
// reads a folder: each article is usable, each error names its file, and at most one outcome per
// article file.
inline std::string run_files(const std::vector<std::pair<std::string, std::string_view>>& files) {
  const std::filesystem::path& folder = scratch_folder();
  std::error_code ignored;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ignored))
    std::filesystem::remove_all(entry.path(), ignored);
  std::size_t article_files = 0;
  for (const auto& [name, bytes] : files) {
    put_file(folder / name, bytes);
    if (!name.ends_with(".meta.json")) ++article_files;
  }
  ReaderCheck check;
  read_inputs({folder.string()}, check.on_article(), check.on_error());
  if (!check.problem.empty()) return check.problem;
  if (check.articles + check.errors != article_files)
    return std::to_string(article_files) + " files gave " + std::to_string(check.articles) + " articles and " +
           std::to_string(check.errors) + " errors";
  return "";
}

// The separator between a .txt article and its sidecar in the inputs of the txt fuzzer.
constexpr std::string_view kSidecarSeparator = "\n@@meta@@\n";

// `bytes` as NAME.txt, or, when it holds kSidecarSeparator, what comes before it as NAME.txt and
// what comes after as NAME.meta.json.
inline std::string run_txt(std::string_view bytes) {
  const auto at = bytes.find(kSidecarSeparator);
  if (at == std::string_view::npos) return run_files({{"article.txt", bytes}});
  return run_files({{"article.txt", bytes.substr(0, at)},
                    {"article.meta.json", bytes.substr(at + kSidecarSeparator.size())}});
}

// `bytes` as an HTML page, as read_html_file reads one: text checked first, then parsed; an article
// it gives has usable text. Then the page through the pipeline, as `biennien build` does.
inline std::string run_html(std::string_view bytes) {
  if (check_text(bytes)) return "";
  auto article = read_html(bytes);
  if (!article) return article.error().message.empty() ? "an HTML error without a message" : "";
  if (check_text(article->text)) return "read_html gave unusable text";
  if (!valid_utf8(article->title) || !valid_utf8(article->url) || !valid_utf8(article->published))
    return "read_html gave a field that is not UTF-8";
  return run_pipeline(article->text, article->published);
}

// `bytes` as one .json article file.
inline std::string run_json(std::string_view bytes) { return run_files({{"article.json", bytes}}); }

// For the fuzz targets: a broken invariant stops the run like a crash, saving the input.
inline int verdict(const std::string& problem) {
  if (problem.empty()) return 0;
  std::cerr << "invariant broken: " << problem << '\n';
  std::abort();
}

}  // namespace biennien::fuzz
