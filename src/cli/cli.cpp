#include "biennien/cli.hpp"

#include <signal.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <system_error>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <simdjson.h>

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

// SIGINT and SIGTERM during `build` stop the run at the next article or file boundary, so that each
// output file is its previous version or wholly the new one and no temporary file is left; a second
// signal ends the process at once. SIGXFSZ is ignored: a write beyond `ulimit -f` then fails with
// EFBIG and is reported like any failed write instead of killing the process without a word.
volatile std::sig_atomic_t stop_signal = 0;
struct Interrupted {};

void on_stop_signal(int signal) { stop_signal = signal; }

void catch_stop_signals() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

void stop_if_interrupted() {
  if (stop_signal) throw Interrupted{};
}

// Standard output refused what was written to it (a full disk, a closed pipe): the command stops,
// says so in one line and exits with 1. SIGPIPE is ignored (see run_cli) so that a closed pipe is
// such an error, EPIPE, instead of an end without a word.
struct StdoutFailed {
  int error;  // errno of the failed write
};

// Throws StdoutFailed when a write to std::cout has failed; with `flush`, flushes it first.
void check_stdout(bool flush = false) {
  if (flush) std::cout.flush();
  if (!std::cout) throw StdoutFailed{errno};
}

struct CommonOptions {
  std::string rules_dir;      // empty: the compiled-in rules/vi
  std::string registry_file;  // empty: the compiled-in calendars/organisations.json
  unsigned jobs = 0;          // threads; 0: every core
};

// Reads every input through the pipeline into a timeline; counts the inputs that failed.
struct Collected {
  Timeline timeline;
  std::size_t articles = 0;
  std::size_t failures = 0;
};

// Reads the events JSONL files (`build --events`, the reduce step of sharded runs), then every
// input on `jobs` threads (see pipeline.hpp), and builds the timeline.
Collected collect(Pipeline& pipeline, const std::vector<std::string>& inputs, unsigned jobs,
                  const std::vector<std::string>& events_files = {}) {
  Collected c;
  std::vector<Event> events;
  const ErrorSink on_error = [&](const Error& e) {
    ++c.failures;
    std::cerr << "biennien: " << e.to_string() << '\n';
  };
  for (const std::string& file : events_files) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      on_error(Error{file, "cannot be read"});
      continue;
    }
    read_events_jsonl(in, file,
                      {[&](Organisation&& unit) { pipeline.adopt({std::move(unit)}); },
                       [&](Event&& event) { events.push_back(std::move(event)); }},
                      on_error);
  }
  for_each_article_events(pipeline, inputs, jobs, [&](const Article&, std::size_t, std::vector<Event>&& found) {
    stop_if_interrupted();
    ++c.articles;
    for (Event& e : found) events.push_back(std::move(e));
  }, on_error);
  c.timeline = build_timeline(std::move(events), pipeline.registry());
  return c;
}

std::optional<Pipeline> load_pipeline(const CommonOptions& options,
                                      Pipeline::Stages stages = Pipeline::Stages::events) {
  auto pipeline = Pipeline::load(options.rules_dir, options.registry_file, stages);
  if (!pipeline) {
    std::cerr << "biennien: " << pipeline.error().to_string() << '\n';
    return std::nullopt;
  }
  return std::move(*pipeline);
}

int run_build(const CommonOptions& options, const fs::path& out, std::vector<std::string> inputs,
              const std::vector<std::string>& events_files,
              const PublishOptions& publish) {
  catch_stop_signals();
  std::signal(SIGXFSZ, SIG_IGN);
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  if (inputs.empty() && events_files.empty()) inputs.push_back("seeds");
  const Collected c = collect(*pipeline, inputs, options.jobs, events_files);

  bool written = true;
  auto write = [&](const fs::path& path, std::string_view bytes) {
    stop_if_interrupted();
    if (auto r = write_file_atomically(path, bytes); !r) {
      std::cerr << "biennien: " << r.error().to_string() << '\n';
      written = false;
    }
  };
  write(out / "timeline.json", write_timeline_json(c.timeline));
  const std::vector<FeedSpec> feeds = biennien::feeds(c.timeline);
  if (!publish_feeds(out, c.timeline, publish, std::cerr)) written = false;
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
  check_stdout(true);
  return c.failures ? kInputFailed : kOk;
}

// Appends `text` to `line` as a JSON string, as nlohmann_json's dump() writes it (invalid UTF-8
// replaced): valid UTF-8 without a quote, a backslash or a control character, nearly every string
// here, needs no escape and is copied as it is; any other goes through nlohmann_json.
void append_quoted(std::string& line, std::string_view text) {
  const auto escaped = [](char c) { return c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20; };
  if (std::any_of(text.begin(), text.end(), escaped) || !simdjson::validate_utf8(text)) {
    line += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  line += '"';
  line += text;
  line += '"';
}

// One line of `tag`'s output, without its newline. The members are written out in their fixed order
// into one string, as dump() writes them: building an ordered_json object for every mention and
// dumping it cost as much as a fifth of all of `tag`.
std::string tag_line(const Article& article, const ArticleResult& result) {
  const Anchor& anchor = result.resolution.anchor;
  std::string line = "{\"id\":";
  append_quoted(line, article.id);
  line += ",\"anchor\":{\"value\":";
  append_quoted(line, anchor.value());
  line += ",\"provenance\":";
  append_quoted(line, to_string(anchor.source));
  line += "},\"mentions\":[";
  for (const ResolvedMention& m : result.resolution.mentions) {
    const std::size_t start = result.doc.original_offset(m.mention.begin);
    const std::size_t end = result.doc.original_offset(m.mention.end);
    if (line.back() == '}') line += ',';
    line += "{\"start\":";
    line += std::to_string(start);
    line += ",\"end\":";
    line += std::to_string(end);
    line += ",\"text\":";
    append_quoted(line, std::string_view(article.text).substr(start, end - start));
    line += ",\"type\":";
    append_quoted(line, to_string(m.mention.type));
    line += ",\"value\":";
    append_quoted(line, m.value);
    line += ",\"provenance\":";
    append_quoted(line, to_string(m.provenance));
    line += '}';
  }
  return line + "]}";
}

int run_tag(const CommonOptions& options) {
  auto pipeline = load_pipeline(options, Pipeline::Stages::read);  // no registry, no events stage
  if (!pipeline) return kUsage;
  std::size_t failures = 0;
  Progress progress(input_size({"-"}));
  OrderedRunner<std::string> runner(
      options.jobs ? options.jobs : default_jobs(),
      [&](const Article& article, unsigned) {
        return tag_line(article, pipeline->read(article, Pipeline::Sentences::read_by_resolver)) + '\n';
      },
      [&](Article& article, std::string& line) {
        std::cout << line;
        check_stdout();
        progress.add(article.bytes);
      });
  read_jsonl(
      std::cin, "<stdin>", [&](Article&& article) { runner.push(std::move(article)); },
      [&](const Error& e) {
        ++failures;
        std::cerr << "biennien: " << e.to_string() << '\n';
      });
  runner.finish();
  check_stdout(true);
  return failures ? kInputFailed : kOk;
}

// `biennien events`: the events of the inputs as events JSONL on stdout (the map step of a
// sharded run; `build --events` is the reduce step).
int run_events(const CommonOptions& options, std::vector<std::string> inputs) {
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  if (inputs.empty()) inputs.push_back("-");
  std::size_t failures = 0;
  for_each_article_events(
      *pipeline, inputs, options.jobs,
      [&](const Article&, std::size_t first_new_unit, std::vector<Event>&& events) {
        const auto& units = pipeline->registry().all();
        for (std::size_t i = first_new_unit; i < units.size(); ++i) std::cout << organisation_line(units[i]);
        for (const Event& e : events) std::cout << event_line(e);
        check_stdout();
      },
      [&](const Error& e) {
        ++failures;
        std::cerr << "biennien: " << e.to_string() << '\n';
      });
  check_stdout(true);
  return failures ? kInputFailed : kOk;
}

// What `export` writes beyond the organisation: its units, a window of days.
struct ExportOptions {
  std::string from, to;        // "YYYY-MM-DD", inclusive; "" for no bound
  bool with_children = false;  // the events of the units below the organisation too
};

// The timeline without the events that start outside [from, to].
Timeline in_window(Timeline timeline, const ExportOptions& window) {
  std::erase_if(timeline.events, [&](const TimelineEvent& e) {
    const std::string day = e.start.substr(0, 10);
    return (!window.from.empty() && day < window.from) || (!window.to.empty() && day > window.to);
  });
  return timeline;
}

// `orgs`: the organisations of the timeline, one a line: id, events that name it, name, parent.
int run_orgs(const CommonOptions& options, std::vector<std::string> inputs) {
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  if (inputs.empty()) inputs.push_back("seeds");
  const Collected c = collect(*pipeline, inputs, options.jobs);
  for (const Organisation& o : c.timeline.organisations) {
    const auto count = std::count_if(c.timeline.events.begin(), c.timeline.events.end(), [&](const TimelineEvent& e) {
      return std::find(e.organisations.begin(), e.organisations.end(), o.id) != e.organisations.end();
    });
    std::cout << o.id << '\t' << count << '\t' << o.name << '\t' << o.parent << '\n';
  }
  check_stdout(true);
  return c.failures ? kInputFailed : kOk;
}

int run_export(const CommonOptions& options, const std::string& org, const std::string& format,
               std::vector<std::string> inputs, const ExportOptions& window) {
  auto pipeline = load_pipeline(options);
  if (!pipeline) return kUsage;
  if (inputs.empty()) inputs.push_back("seeds");
  const Collected c = collect(*pipeline, inputs, options.jobs);
  const Organisation* o = pipeline->registry().find(org);
  if (!o) {
    std::cerr << "biennien: no organisation \"" << org << "\"; known: ";
    for (const auto& known : pipeline->registry().all()) std::cerr << known.id << ' ';
    std::cerr << '\n';
    return kUsage;
  }
  const FeedSpec feed = FeedSpec::of(
      *o, window.with_children ? pipeline->registry().with_descendants(o->id) : std::vector<std::string>{o->id});
  const Timeline timeline = in_window(c.timeline, window);
  if (format == "ics") std::cout << write_ics(timeline, feed);
  else if (format == "json") std::cout << write_events_json(timeline, feed);
  else std::cout << write_csv(timeline, feed);
  check_stdout(true);
  return c.failures ? kInputFailed : kOk;
}

}  // namespace

int run_cli(int argc, char** argv) {
  std::ios::sync_with_stdio(false);  // C++ streams only: stdin/stdout at full speed
  std::signal(SIGPIPE, SIG_IGN);     // a closed pipe is a write error we report (StdoutFailed)
  CLI::App app{"biennien: dates and events of Vietnamese news, as calendar feeds and a timeline"};
  app.require_subcommand(1);
  CommonOptions options;
  app.add_option("--rules", options.rules_dir, "read the language from this folder instead of the built-in rules/vi")
      ->check(CLI::ExistingDirectory);
  app.add_option("--registry", options.registry_file,
                 "organisation registry; tag reads none (default: built-in calendars/organisations.json)")
      ->check(CLI::ExistingFile);

  std::string out = "site";
  std::vector<std::string> inputs;
  CLI::App* build = app.add_subcommand("build", "read articles and write timeline.json, calendars/*.ics and the page");
  build->add_option("--out", out, "output folder")->capture_default_str();
  build->add_option("inputs", inputs, "files, folders, or - for JSONL on stdin (default: seeds)");
  PublishOptions publish;
  build->add_option("--base-url", publish.base_url, "public address of the site: the feeds' SOURCE and URL")
      ->check([](const std::string& url) {
        return url.starts_with("https://") || url.starts_with("http://") ? "" : "an http:// or https:// URL";
      });
  build->add_option("--window", publish.window, "feeds hold only the last 1y, 6m, 90d ... of the data")
      ->check([](const std::string& window) {
        return window_start(window, "2000-01-01") ? "" : "a count and y, m, w or d: 1y, 6m, 90d";
      });
  std::vector<std::string> events_files;
  build->add_option("--events", events_files, "events JSONL of `biennien events` runs (shards) to merge")
      ->check(CLI::ExistingFile);

  CLI::App* tag = app.add_subcommand("tag", "JSONL articles on stdin to JSONL temporal mentions on stdout");
  std::vector<std::string> events_inputs;
  CLI::App* events = app.add_subcommand("events", "articles to events JSONL on stdout (for build --events)");
  events->add_option("inputs", events_inputs, "files, folders, or - for JSONL on stdin (default: -)");

  std::string org, format = "ics";
  std::vector<std::string> export_inputs;
  CLI::App* exporter = app.add_subcommand("export", "one organisation's events on stdout");
  exporter->add_option("--org", org, "organisation id, name or alias")->required();
  exporter->add_option("--format", format, "ics, json or csv")
      ->check(CLI::IsMember({"ics", "json", "csv"}))
      ->capture_default_str();
  exporter->add_option("inputs", export_inputs, "files, folders, or - for JSONL on stdin (default: seeds)");
  ExportOptions window;
  const auto is_day = [](const std::string& day) {
    return day.size() == 10 && day[4] == '-' && day[7] == '-' ? "" : "a day YYYY-MM-DD";
  };
  exporter->add_option("--from", window.from, "only events that start on or after this day (YYYY-MM-DD)")->check(is_day);
  exporter->add_option("--to", window.to, "only events that start on or before this day (YYYY-MM-DD)")->check(is_day);
  exporter->add_flag("--with-children", window.with_children, "include the events of the units below the organisation");

  std::vector<std::string> orgs_inputs;
  CLI::App* orgs = app.add_subcommand("orgs", "the organisations of the articles' events, with their event counts");
  orgs->add_option("inputs", orgs_inputs, "files, folders, or - for JSONL on stdin (default: seeds)");

  for (CLI::App* command : {build, tag, events, exporter, orgs})
    command->add_option("--jobs,-j", options.jobs, "threads (default 0: every core); output is the same for any number")
        ->check(CLI::NonNegativeNumber);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kUsage;
  }

  try {
    if (*build) return run_build(options, out, inputs, events_files, publish);
    if (*tag) return run_tag(options);
    if (*events) return run_events(options, events_inputs);
    if (*orgs) return run_orgs(options, orgs_inputs);
    return run_export(options, org, format, export_inputs, window);
  } catch (const StdoutFailed& e) {
    std::cerr << "biennien: <stdout>: write error ("
              << std::error_code(e.error, std::generic_category()).message()
              << "): the output is incomplete\n";
    return kInputFailed;
  } catch (const Interrupted&) {
    std::cerr << "biennien: stopped by " << (stop_signal == SIGINT ? "SIGINT" : "SIGTERM")
              << ": the files written so far are complete, the others keep their previous version\n";
    return 128 + stop_signal;
  } catch (const std::exception& e) {
    std::cerr << "biennien: internal error: " << e.what() << '\n';
    return kInputFailed;
  }
}

}  // namespace biennien
