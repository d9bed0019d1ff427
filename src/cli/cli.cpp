#include "biennien/cli.hpp"

#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "biennien/embedded.hpp"
#include "biennien/ingest.hpp"
#include "biennien/output.hpp"
#include "biennien/timeline.hpp"
#include "pipeline.hpp"

namespace biennien {
namespace {

namespace fs = std::filesystem;

constexpr int kOk = 0;
constexpr int kInputFailed = 1;
constexpr int kUsage = 2;

struct CommonOptions {
  std::string rules_dir;      // empty: the compiled-in rules/vi
  std::string registry_file;  // empty: the compiled-in calendars/organisations.json
};

// Reads every input through the pipeline into a timeline; counts the inputs that failed.
struct Collected {
  Timeline timeline;
  std::size_t articles = 0;
  std::size_t failures = 0;
};

Collected collect(Pipeline& pipeline, const std::vector<std::string>& inputs) {
  Collected c;
  std::vector<Event> events;
  read_inputs(
      inputs,
      [&](Article&& article) {
        ++c.articles;
        const ArticleResult result = pipeline.read(article);
        for (Event& e : pipeline.events(article, result)) events.push_back(std::move(e));
      },
      [&](const Error& e) {
        ++c.failures;
        std::cerr << "biennien: " << e.to_string() << '\n';
      });
  c.timeline = build_timeline(std::move(events), pipeline.registry());
  return c;
}

std::optional<Pipeline> load_pipeline(const CommonOptions& options) {
  auto pipeline = Pipeline::load(options.rules_dir, options.registry_file);
  if (!pipeline) {
    std::cerr << "biennien: " << pipeline.error().to_string() << '\n';
    return std::nullopt;
  }
  return std::move(*pipeline);
}

// The feeds of a build: all.ics, then one per organisation with at least one feed event.
std::vector<FeedSpec> feeds_of(const Timeline& timeline) {
  std::vector<FeedSpec> feeds{FeedSpec::all()};
  for (const Organisation& o : timeline.organisations) {
    const bool has_event = std::any_of(timeline.events.begin(), timeline.events.end(), [&](const TimelineEvent& e) {
      return e.in_feeds() && std::find(e.organisations.begin(), e.organisations.end(), o.id) != e.organisations.end();
    });
    if (has_event) feeds.push_back(FeedSpec::of(o, {o.id}));
  }
  return feeds;
}

int run_build(const CommonOptions& options, const fs::path& out, std::vector<std::string> inputs) {
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  if (inputs.empty()) inputs.push_back("seeds");
  const Collected c = collect(*pipeline, inputs);

  bool written = true;
  auto write = [&](const fs::path& path, std::string_view bytes) {
    if (auto r = write_file_atomically(path, bytes); !r) {
      std::cerr << "biennien: " << r.error().to_string() << '\n';
      written = false;
    }
  };
  write(out / "timeline.json", write_timeline_json(c.timeline));
  const std::vector<FeedSpec> feeds = feeds_of(c.timeline);
  for (const FeedSpec& feed : feeds) write(out / "calendars" / (feed.id + ".ics"), write_ics(c.timeline, feed));
  for (const auto& f : embedded::files())
    if (f.path.starts_with("web/")) write(out / fs::path(f.path.substr(4)), f.bytes);
  if (!written) return kInputFailed;

  const auto in_feeds = std::count_if(c.timeline.events.begin(), c.timeline.events.end(),
                                      [](const TimelineEvent& e) { return e.in_feeds(); });
  std::cout << "biennien: " << c.articles << " articles, " << c.timeline.events.size() << " events ("
            << in_feeds << " in feeds)\n"
            << "  timeline: " << (out / "timeline.json").string() << '\n'
            << "  feeds:    " << (out / "calendars").string() << "/ (all.ics and " << feeds.size() - 1
            << " organisation feeds)\n"
            << "  page:     " << (out / "index.html").string() << '\n'
            << "  to view:  python3 -m http.server --directory " << out.string()
            << " 8000  then open http://localhost:8000/\n";
  return c.failures ? kInputFailed : kOk;
}

nlohmann::ordered_json tag_line(const Article& article, const ArticleResult& result) {
  nlohmann::ordered_json mentions = nlohmann::ordered_json::array();
  for (const ResolvedMention& m : result.resolution.mentions) {
    const std::size_t start = result.doc.original_offset(m.mention.begin);
    const std::size_t end = result.doc.original_offset(m.mention.end);
    mentions.push_back({{"start", start},
                        {"end", end},
                        {"text", article.text.substr(start, end - start)},
                        {"type", to_string(m.mention.type)},
                        {"value", m.value},
                        {"provenance", to_string(m.provenance)}});
  }
  const Anchor& anchor = result.resolution.anchor;
  return {{"id", article.id},
          {"anchor", {{"value", anchor.value()}, {"provenance", to_string(anchor.source)}}},
          {"mentions", std::move(mentions)}};
}

int run_tag(const CommonOptions& options) {
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  std::size_t failures = 0;
  read_jsonl(
      std::cin, "<stdin>",
      [&](Article&& article) {
        std::cout << tag_line(article, pipeline->read(article))
                         .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                  << '\n';
      },
      [&](const Error& e) {
        ++failures;
        std::cerr << "biennien: " << e.to_string() << '\n';
      });
  std::cout.flush();
  return failures ? kInputFailed : kOk;
}

int run_export(const CommonOptions& options, const std::string& org, const std::string& format,
               std::vector<std::string> inputs) {
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  if (inputs.empty()) inputs.push_back("seeds");
  const Collected c = collect(*pipeline, inputs);
  const Organisation* o = pipeline->registry().find(org);
  if (!o) {
    std::cerr << "biennien: no organisation \"" << org << "\"; known: ";
    for (const auto& known : pipeline->registry().all()) std::cerr << known.id << ' ';
    std::cerr << '\n';
    return kUsage;
  }
  const FeedSpec feed = FeedSpec::of(*o, {o->id});
  if (format == "ics") std::cout << write_ics(c.timeline, feed);
  else if (format == "json") std::cout << write_events_json(c.timeline, feed);
  else std::cout << write_csv(c.timeline, feed);
  std::cout.flush();
  return c.failures ? kInputFailed : kOk;
}

}  // namespace

int run_cli(int argc, char** argv) {
  CLI::App app{"biennien: dates and events of Vietnamese news, as calendar feeds and a timeline"};
  app.require_subcommand(1);
  CommonOptions options;
  app.add_option("--rules", options.rules_dir, "read the language from this folder instead of the built-in rules/vi")
      ->check(CLI::ExistingDirectory);
  app.add_option("--registry", options.registry_file, "organisation registry (default: built-in calendars/organisations.json)")
      ->check(CLI::ExistingFile);

  std::string out = "site";
  std::vector<std::string> inputs;
  CLI::App* build = app.add_subcommand("build", "read articles and write timeline.json, calendars/*.ics and the page");
  build->add_option("--out", out, "output folder")->capture_default_str();
  build->add_option("inputs", inputs, "files, folders, or - for JSONL on stdin (default: seeds)");

  app.add_subcommand("tag", "JSONL articles on stdin to JSONL temporal mentions on stdout");

  std::string org, format = "ics";
  std::vector<std::string> export_inputs;
  CLI::App* exporter = app.add_subcommand("export", "one organisation's events on stdout");
  exporter->add_option("--org", org, "organisation id, name or alias")->required();
  exporter->add_option("--format", format, "ics, json or csv")
      ->check(CLI::IsMember({"ics", "json", "csv"}))
      ->capture_default_str();
  exporter->add_option("inputs", export_inputs, "files, folders, or - for JSONL on stdin (default: seeds)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }

  try {
    if (*build) return run_build(options, out, inputs);
    if (app.got_subcommand("tag")) return run_tag(options);
    return run_export(options, org, format, export_inputs);
  } catch (const std::exception& e) {
    std::cerr << "biennien: internal error: " << e.what() << '\n';
    return kInputFailed;
  }
}

}  // namespace biennien
