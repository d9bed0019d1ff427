#include "pipeline.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "biennien/embedded.hpp"

namespace biennien {
namespace {

constexpr std::string_view kRegistryPath = "calendars/organisations.json";

Expected<std::string> registry_text(const std::string& file) {
  if (file.empty()) {
    for (const auto& f : embedded::files())
      if (f.path == kRegistryPath) return std::string(f.bytes);
    return Error{std::string(kRegistryPath), "not compiled in"};
  }
  std::ifstream in(file, std::ios::binary);
  if (!in) return Error{file, "cannot be read"};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Unwraps a stage's Expected into `slot`, or passes its Error on.
template <class T>
std::optional<Error> take(Expected<T> loaded, std::optional<T>& slot) {
  if (!loaded) return loaded.error();
  slot.emplace(std::move(*loaded));
  return std::nullopt;
}

}  // namespace

Expected<Pipeline> Pipeline::load(const std::string& rules_dir, const std::string& registry_file,
                                  Stages stages) {
  RuleFiles files;
  if (rules_dir.empty()) {
    files = RuleFiles::embedded();
  } else {
    auto loaded = RuleFiles::from_directory(rules_dir);
    if (!loaded) return loaded.error();
    files = std::move(*loaded);
  }
  Pipeline p;
  if (auto e = take(TextAnalyser::load(files), p.text_)) return *e;
  if (auto e = take(PublicationLexicon::load(files), p.publication_)) return *e;
  if (auto e = take(Recogniser::compile(files), p.recogniser_)) return *e;
  if (auto e = take(Resolver::load(files), p.resolver_)) return *e;
  if (stages == Stages::read) return p;

  auto json = registry_text(registry_file);
  if (!json) return json.error();
  auto registry = OrganisationRegistry::parse(*json, registry_file.empty() ? kRegistryPath : registry_file);
  if (!registry) return registry.error();
  if (auto e = take(EventExtractor::load(files, std::move(*registry)), p.extractor_)) return *e;
  p.registry_ = p.extractor_->registry();
  return p;
}

ArticleResult Pipeline::read(const Article& article, Sentences sentences) const {
  ArticleResult result{text_->analyse(article, sentences == Sentences::all), {}};
  const Anchor anchor = find_anchor(article, result.doc, *publication_);
  std::vector<Mention> mentions = recogniser_->recognise(result.doc.folded);
  if (sentences == Sentences::read_by_resolver)
    text_->split_sentences_at(result.doc, Resolver::sentences_read(anchor, mentions));
  result.resolution = resolver_->resolve(result.doc, anchor, std::move(mentions));
  return result;
}

void Pipeline::adopt(std::vector<Organisation> units) {
  std::vector<Organisation> unknown;  // judged before any is added, as the extractor does
  for (Organisation& unit : units)
    if (!registry_.find(unit.id)) unknown.push_back(std::move(unit));
  for (Organisation& unit : unknown) registry_.add(std::move(unit));
}

EventsWorker::EventsWorker(const Pipeline& pipeline) : extractor_(*pipeline.extractor_) {}

ArticleEvents EventsWorker::extract(const Article& article, const ArticleResult& result) {
  const std::size_t known = extractor_.registry().all().size();
  ArticleEvents found;
  found.events = extractor_.extract(article, result.doc, result.resolution);
  const auto& all = extractor_.registry().all();
  found.units.assign(all.begin() + static_cast<std::ptrdiff_t>(known), all.end());
  return found;
}

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

}  // namespace biennien

// ---- events JSONL ----------------------------------------------------------------------------

namespace biennien {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kPrecisions[] = {"century", "decade", "year",        "half",  "quarter", "season",
                                       "month",   "week",   "day", "part_of_day", "minute"};
constexpr const char* kKinds[] = {"point", "range", "range_to_anchor", "duration", "set", "reference"};
constexpr Provenance kProvenances[] = {Provenance::explicit_, Provenance::publication, Provenance::context,
                                       Provenance::weekday, Provenance::lunar, Provenance::none};
constexpr PartOfDay kPartsOfDay[] = {PartOfDay::none,      PartOfDay::morning, PartOfDay::midday,
                                     PartOfDay::afternoon, PartOfDay::evening, PartOfDay::night};

// The position of `name` in `names`, or an Error naming `what`.
template <std::size_t N>
Expected<std::size_t> index_of(const char* const (&names)[N], const std::string& name, const char* what) {
  for (std::size_t i = 0; i < N; ++i)
    if (name == names[i]) return i;
  return Error{"", std::string("unknown ") + what + " `" + name + "`"};
}

Json point_json(const CalendarPoint& p) {
  Json j{{"precision", kPrecisions[static_cast<std::size_t>(p.precision)]}};
  if (p.year) j["year"] = *p.year;
  if (p.month) j["month"] = p.month;
  if (p.day) j["day"] = p.day;
  if (p.index) j["index"] = p.index;
  if (p.hour) j["hour"] = *p.hour;
  if (p.minute) j["minute"] = *p.minute;
  if (p.part_of_day != PartOfDay::none) j["part_of_day"] = timex_code(p.part_of_day);
  if (p.weekday) j["weekday"] = p.weekday->c_encoding();
  if (p.offset) j["offset"] = *p.offset;
  return j;
}

CalendarPoint point_from(const Json& j) {
  CalendarPoint p;
  p.precision = static_cast<Precision>(*index_of(kPrecisions, j.at("precision").get<std::string>(), "precision"));
  if (j.contains("year")) p.year = j["year"].get<int>();
  p.month = j.value("month", 0u);
  p.day = j.value("day", 0u);
  p.index = j.value("index", 0u);
  if (j.contains("hour")) p.hour = j["hour"].get<unsigned>();
  if (j.contains("minute")) p.minute = j["minute"].get<unsigned>();
  if (j.contains("part_of_day")) {
    const auto code = j["part_of_day"].get<std::string>();
    for (PartOfDay part : kPartsOfDay)
      if (code == timex_code(part)) p.part_of_day = part;
  }
  if (j.contains("weekday")) p.weekday = date::weekday(j["weekday"].get<unsigned>());
  if (j.contains("offset")) p.offset = j["offset"].get<int>();
  return p;
}

Json organisation_json(const Organisation& o) {
  Json j{{"id", o.id}, {"name", o.name}, {"aliases", o.aliases}, {"parent", o.parent}, {"color", o.color}};
  if (!o.merged_into.empty()) j["merged_into"] = o.merged_into;
  if (!o.until.empty()) j["until"] = o.until;
  return j;
}

constexpr EventStatus kStatuses[] = {EventStatus::confirmed, EventStatus::tentative, EventStatus::cancelled};

Json event_json(const Event& e) {
  Json when{{"kind", kKinds[static_cast<std::size_t>(e.when.kind)]}, {"start", point_json(e.when.start)}};
  if (e.when.kind == ExpressionKind::range) when["end"] = point_json(e.when.end);
  if (!e.when.literal.empty()) when["literal"] = e.when.literal;
  const EventSource& s = e.source;
  return {{"title", e.title},
          {"kind", e.kind},
          {"location", e.location},
          {"value", e.value},
          {"when", std::move(when)},
          {"provenance", to_string(e.provenance)},
          {"confidence", e.confidence},
          {"organisations", e.organisations},
          {"status", to_string(e.status)},
          {"source",
           {{"article", s.article},
            {"title", s.title},
            {"url", s.url},
            {"published", s.published},
            {"sentence", s.sentence},
            {"start", s.start},
            {"end", s.end}}}};
}

Event event_from(const Json& j) {
  Event e;
  e.title = j.at("title").get<std::string>();
  e.kind = j.at("kind").get<std::string>();
  e.location = j.value("location", "");
  e.value = j.at("value").get<std::string>();
  const Json& when = j.at("when");
  e.when.kind = static_cast<ExpressionKind>(*index_of(kKinds, when.at("kind").get<std::string>(), "kind"));
  e.when.start = point_from(when.at("start"));
  if (when.contains("end")) e.when.end = point_from(when["end"]);
  e.when.literal = when.value("literal", "");
  const auto provenance = j.at("provenance").get<std::string>();
  e.provenance = Provenance::none;
  for (Provenance p : kProvenances)
    if (provenance == to_string(p)) e.provenance = p;
  e.confidence = j.at("confidence").get<double>();
  e.organisations = j.at("organisations").get<std::vector<std::string>>();
  const auto status = j.value("status", "confirmed");
  for (EventStatus s : kStatuses)
    if (status == to_string(s)) e.status = s;
  const Json& s = j.at("source");
  e.source = {s.at("article").get<std::string>(), s.value("title", ""),         s.value("url", ""),
              s.value("published", ""),           s.value("sentence", ""),      s.at("start").get<std::size_t>(),
              s.at("end").get<std::size_t>()};
  return e;
}

std::string line_of(const Json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

}  // namespace

std::string organisation_line(const Organisation& organisation) {
  return line_of(Json{{"organisation", organisation_json(organisation)}});
}

std::string event_line(const Event& event) { return line_of(Json{{"event", event_json(event)}}); }

void read_events_jsonl(std::istream& in, std::string_view name, const EventsSink& sink,
                       const ErrorSink& on_error) {
  std::string line;
  for (std::size_t number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = std::string(name) + ":" + std::to_string(number);
    try {
      const Json j = Json::parse(line);
      if (const auto o = j.find("organisation"); o != j.end()) {
        Organisation unit;
        unit.id = o->at("id").get<std::string>();
        unit.name = o->at("name").get<std::string>();
        unit.aliases = o->value("aliases", std::vector<std::string>{});
        unit.parent = o->value("parent", "");
        unit.color = o->value("color", "");
        unit.merged_into = o->value("merged_into", "");
        unit.until = o->value("until", "");
        sink.on_unit(std::move(unit));
      } else if (const auto e = j.find("event"); e != j.end()) {
        sink.on_event(event_from(*e));
      } else {
        on_error(Error{where, "neither an \"event\" nor an \"organisation\""});
      }
    } catch (const nlohmann::json::exception& e) {
      on_error(Error{where, std::string("not an events line: ") + e.what()});
    }
  }
  if (in.bad()) on_error(Error{std::string(name), "read error"});
}

void for_each_article_events(Pipeline& pipeline, const std::vector<std::string>& inputs, unsigned jobs,
                             const ArticleEventsSink& on_article, const ErrorSink& on_error) {
  Progress progress(input_size(inputs));
  if (jobs == 0) jobs = default_jobs();
  std::vector<EventsWorker> workers(jobs, EventsWorker(pipeline));
  OrderedRunner<ArticleEvents> runner(
      jobs,
      [&](const Article& article, unsigned worker) {
        return workers[worker].extract(article, pipeline.read(article, Pipeline::Sentences::all));
      },
      [&](Article& article, ArticleEvents& found) {
        const std::size_t first_new_unit = pipeline.registry().all().size();
        pipeline.adopt(std::move(found.units));
        on_article(article, first_new_unit, std::move(found.events));
        progress.add(article.bytes);
      });
  read_inputs(inputs, [&](Article&& article) { runner.push(std::move(article)); }, on_error);
  runner.finish();
}

// ---- progress --------------------------------------------------------------------------------

std::uintmax_t input_size(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::uintmax_t total = 0;
  for (const auto& input : inputs) {
    std::error_code ec;
    if (input == "-") {
      struct stat st {};
      if (fstat(STDIN_FILENO, &st) != 0 || !S_ISREG(st.st_mode)) return 0;  // a pipe: unknown
      const off_t at = lseek(STDIN_FILENO, 0, SEEK_CUR);
      total += static_cast<std::uintmax_t>(st.st_size - std::max<off_t>(at, 0));
    } else if (fs::is_directory(input, ec)) {
      for (auto it = fs::recursive_directory_iterator(input, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec))
        if (it->is_regular_file(ec)) total += it->file_size(ec);
    } else {
      const auto size = fs::file_size(input, ec);
      if (!ec) total += size;
    }
  }
  return total;
}

Progress::Progress(std::uintmax_t total_bytes)
    : shown_(isatty(STDERR_FILENO) == 1), total_(total_bytes), start_(Clock::now()), last_(start_) {}

Progress::~Progress() {
  if (!shown_ || articles_ == 0) return;
  draw();
  std::fputc('\n', stderr);
}

void Progress::add(std::size_t bytes) {
  ++articles_;
  bytes_ += bytes;
  if (!shown_) return;
  const auto now = Clock::now();
  if (now - last_ < std::chrono::milliseconds(500)) return;
  last_ = now;
  draw();
}

void Progress::draw() const {
  const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
  const double mb = static_cast<double>(bytes_) / 1e6;
  const double rate = seconds > 0 ? mb / seconds : 0;
  char line[160];
  int n = std::snprintf(line, sizeof line, "\rbiennien: %zu articles, %.1f MB, %.1f MB/s", articles_, mb, rate);
  if (total_ > 0 && n > 0 && rate > 0) {
    const double left = std::max(0.0, static_cast<double>(total_) / 1e6 - mb) / rate;
    std::snprintf(line + n, sizeof line - static_cast<std::size_t>(n), ", %.0f%%, %.0f s left   ",
                  std::min(100.0, 100.0 * static_cast<double>(bytes_) / static_cast<double>(total_)), left);
  }
  std::fputs(line, stderr);
  std::fflush(stderr);
}

}  // namespace biennien
