// The stages wired together for one article; shared by `build`, `tag`, `events` and `export`.
//
//   auto pipeline = biennien::Pipeline::load("", "");
//   biennien::OrderedRunner<ArticleResult> runner(
//       jobs,
//       [&](const Article& a, unsigned) { return pipeline->read(a, Pipeline::Sentences::all); },  // workers
//       [&](Article& a, ArticleResult& r) { print(a, r); });  // here, in input order
//   read_inputs(inputs, [&](Article&& a) { runner.push(std::move(a)); }, on_error);
//   runner.finish();
//
// Everything a worker calls is const and immutable after load (RE2, ICU and the word lists are
// shared read-only), except the event extractor, which adds the units it finds by pattern to its
// registry: each worker has its own copy (EventsWorker), and the units each article added are
// merged into the pipeline's registry on the calling thread in input order (Pipeline::adopt). An
// article's events do not depend on the units found before it, so the output of N threads is the
// output of one, byte for byte (tests/e2e/jobs.sh).
#pragma once
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "biennien/events.hpp"
#include "biennien/publication.hpp"
#include "biennien/resolve.hpp"
#include "biennien/temporal.hpp"
#include "biennien/text.hpp"

namespace biennien {

struct ArticleResult {
  Document doc;
  Resolution resolution;
};

// The events of one article and the units found by pattern that it added (for Pipeline::adopt).
struct ArticleEvents {
  std::vector<Event> events;
  std::vector<Organisation> units;
};

class Pipeline;

// Stage 6 for one thread: a copy of the pipeline's event extractor, whose registry only this
// worker changes.
class EventsWorker {
 public:
  explicit EventsWorker(const Pipeline& pipeline);
  ArticleEvents extract(const Article& article, const ArticleResult& result);

 private:
  EventExtractor extractor_;
};

class Pipeline {
 public:
  // The stages a pipeline loads: those of read() (what `tag` needs), or also the registry and the
  // events stage (EventsWorker, registry()).
  enum class Stages { read, events };
  // Loads the language from `rules_dir` (or the compiled-in rules/vi when empty) and, for
  // Stages::events, the registry from `registry_file` (or the compiled-in
  // calendars/organisations.json when empty).
  static Expected<Pipeline> load(const std::string& rules_dir, const std::string& registry_file,
                                 Stages stages = Stages::events);

  // Which sentences Document::sentences holds: every one (what events need), or only those that
  // the resolver reads (Resolver::sentences_read; cheaper).
  enum class Sentences { all, read_by_resolver };
  // Stages 2-5: text, publication anchor, mentions, resolution. Safe to call from many threads.
  ArticleResult read(const Article& article, Sentences sentences) const;
  // Adds the units found by pattern that one article added (ArticleEvents::units) to registry(),
  // those it does not know yet, as a one-thread run would; call it for every article in input
  // order, on one thread.
  void adopt(std::vector<Organisation> units);
  // The registry and every unit adopted so far.
  const OrganisationRegistry& registry() const { return registry_; }

 private:
  friend class EventsWorker;
  OrganisationRegistry registry_;
  std::optional<TextAnalyser> text_;
  std::optional<PublicationLexicon> publication_;
  std::optional<Recogniser> recogniser_;
  std::optional<Resolver> resolver_;
  std::optional<EventExtractor> extractor_;
};

// The number of threads `--jobs 0` (the default) means: every core the machine has.
unsigned default_jobs();

// Reads `inputs` (files, folders, "-") through stages 2-6 on `jobs` threads (0: every core), with
// progress on stderr when it is a terminal, adopting units in input order. `on_article` runs on
// this thread in input order with the article, the position in registry().all() of the first unit
// the article added (its units are all()[first_new_unit, size)) and its events.
using ArticleEventsSink = std::function<void(const Article&, std::size_t first_new_unit, std::vector<Event>&&)>;
void for_each_article_events(Pipeline& pipeline, const std::vector<std::string>& inputs, unsigned jobs,
                             const ArticleEventsSink& on_article, const ErrorSink& on_error);

// Events JSONL: what `biennien events` writes and `build --events` reads, so that shards can be
// mapped apart and reduced by the program itself. One JSON object a line, in input order:
//   {"organisation": {"id","name","aliases","parent","color"}}   a unit found by pattern, on the
//                                                                 line before the first event of the
//                                                                 article that found it
//   {"event": {"title","kind","location","value","when":{"kind","start":{...},"end"?,"literal"?},
//              "provenance","confidence","organisations":[ids],"status","source":{"article","title","url",
//              "published","sentence","start","end"}}}
// `when` points carry the resolved fields (precision, year, month, day, index, hour, minute,
// part_of_day, weekday, offset), so build_timeline sees exactly the Event that was extracted.
std::string organisation_line(const Organisation& organisation);  // ends with '\n'
std::string event_line(const Event& event);                       // ends with '\n'
struct EventsSink {
  std::function<void(Organisation&&)> on_unit;
  std::function<void(Event&&)> on_event;
};
// Reads events JSONL; a bad line is reported through `on_error` as "name:line" and skipped.
void read_events_jsonl(std::istream& in, std::string_view name, const EventsSink& sink,
                       const ErrorSink& on_error);

// The bytes `inputs` hold (files, folders, "-" when stdin is a regular file), 0 when unknown.
std::uintmax_t input_size(const std::vector<std::string>& inputs);

// Articles done, MB/s and, when the input size is known, the share done and the time left: one
// stderr line redrawn at most twice a second, only when stderr is a terminal (silent otherwise).
class Progress {
 public:
  explicit Progress(std::uintmax_t total_bytes);  // 0: unknown
  ~Progress();                                    // ends the line
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  void add(std::size_t bytes);                    // one article of `bytes` input bytes done

 private:
  using Clock = std::chrono::steady_clock;
  void draw() const;
  bool shown_;
  std::uintmax_t total_;
  std::size_t articles_ = 0;
  std::uintmax_t bytes_ = 0;
  Clock::time_point start_, last_;
};

// Runs `work` on each pushed article on `jobs` worker threads and `emit` on the pushing thread
// in the order the articles were pushed. At most a window of articles (8 per job) is held at once,
// so memory does not grow with the input. With one job everything runs on the calling thread.
template <class Result>
class OrderedRunner {
 public:
  using Work = std::function<Result(const Article&, unsigned worker)>;  // worker: 0 .. jobs-1
  using Emit = std::function<void(Article&, Result&)>;

  OrderedRunner(unsigned jobs, Work work, Emit emit)
      : work_(std::move(work)), emit_(std::move(emit)), window_(8 * std::size_t{jobs ? jobs : 1}) {
    if (jobs > 1)
      for (unsigned i = 0; i < jobs; ++i) workers_.emplace_back([this, i] { serve(i); });
  }
  ~OrderedRunner() {
    stop();
  }
  OrderedRunner(const OrderedRunner&) = delete;
  OrderedRunner& operator=(const OrderedRunner&) = delete;

  // Queues `article`; emits the oldest ones while the window is full.
  void push(Article&& article) {
    if (workers_.empty()) {
      Result result = work_(article, 0);
      emit_(article, result);
      return;
    }
    auto slot = std::make_unique<Slot>();
    slot->article = std::move(article);
    {
      std::lock_guard lock(mutex_);
      todo_.push_back(slot.get());
      slots_.push_back(std::move(slot));
    }
    wake_workers_.notify_one();
    while (slots_.size() >= window_) emit_front();
  }

  // Emits everything still queued; the runner may be reused afterwards.
  void finish() {
    while (!slots_.empty()) emit_front();
  }

 private:
  struct Slot {
    Article article;
    std::optional<Result> result;
    std::exception_ptr error;
    bool done = false;
  };

  void emit_front() {
    Slot* front = slots_.front().get();
    {
      std::unique_lock lock(mutex_);
      slot_done_.wait(lock, [&] { return front->done; });
    }
    std::unique_ptr<Slot> slot = std::move(slots_.front());
    slots_.pop_front();
    if (slot->error) std::rethrow_exception(slot->error);
    emit_(slot->article, *slot->result);
  }

  void serve(unsigned worker) {
    for (;;) {
      Slot* slot = nullptr;
      {
        std::unique_lock lock(mutex_);
        wake_workers_.wait(lock, [&] { return stopping_ || !todo_.empty(); });
        if (todo_.empty()) return;  // stopping
        slot = todo_.front();
        todo_.pop_front();
      }
      std::optional<Result> result;
      std::exception_ptr error;
      try {
        result.emplace(work_(slot->article, worker));
      } catch (...) {
        error = std::current_exception();
      }
      {
        std::lock_guard lock(mutex_);
        slot->result = std::move(result);
        slot->error = error;
        slot->done = true;
      }
      slot_done_.notify_all();
    }
  }

  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      todo_.clear();  // only when unwinding: finish() leaves nothing to do
    }
    wake_workers_.notify_all();
    for (std::thread& t : workers_) t.join();
    workers_.clear();
  }

  Work work_;
  Emit emit_;
  std::size_t window_;
  std::deque<std::unique_ptr<Slot>> slots_;  // pushed, not yet emitted; only this thread changes it
  std::deque<Slot*> todo_;                   // not yet started; guarded by mutex_
  std::mutex mutex_;
  std::condition_variable wake_workers_, slot_done_;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace biennien
