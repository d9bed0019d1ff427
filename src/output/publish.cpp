// publish_feeds: the feeds of a build, their state, and what was left out.
#include <fstream>
#include <ostream>
#include <sstream>

#include "biennien/output.hpp"

namespace biennien {
namespace {

// The previous run's state; a fresh one when there is none or it cannot be used.
FeedState previous_state(const std::filesystem::path& path, std::ostream& log) {
  std::error_code code;
  if (!std::filesystem::exists(path, code)) return {};
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in && !in.eof()) {
    log << "biennien: " << path.string() << ": cannot be read; SEQUENCE starts again from 0\n";
    return {};
  }
  auto state = FeedState::parse(bytes.str(), path.string());
  if (!state) {
    log << "biennien: " << state.error().to_string() << "; SEQUENCE starts again from 0\n";
    return {};
  }
  return std::move(*state);
}

}  // namespace

bool publish_feeds(const std::filesystem::path& out, const Timeline& timeline, const PublishOptions& options,
                   std::ostream& log) {
  const std::filesystem::path state_path = out / kFeedStateFile;
  const FeedState state = FeedState::update(previous_state(state_path, log), timeline);

  FeedOptions feed_options;
  feed_options.base_url = options.base_url;
  if (!feed_options.base_url.empty() && feed_options.base_url.back() != '/') feed_options.base_url += '/';
  if (!options.window.empty()) {
    auto since = window_start(options.window, timeline.generated);
    if (!since && !timeline.generated.empty()) {
      log << "biennien: --window " << options.window << ": not a window (1y, 6m, 90d, 2w)\n";
      return false;
    }
    if (since) feed_options.since = *since;
  }
  feed_options.max_bytes = options.max_bytes;
  feed_options.state = &state;

  bool written = true;
  auto write = [&](const std::filesystem::path& path, std::string_view bytes) {
    if (auto result = write_file_atomically(path, bytes); !result) {
      log << "biennien: " << result.error().to_string() << '\n';
      written = false;
    }
  };
  for (const FeedSpec& feed : feeds(timeline)) {
    const std::string file = "calendars/" + feed.id + ".ics";
    const IcsFeed ics = render_ics(timeline, feed, feed_options);
    if (ics.too_big)
      log << "biennien: " << file << ": the " << ics.too_big << " oldest events (before " << ics.oldest.substr(0, 10)
          << ") left out to keep the feed within " << options.max_bytes
          << " bytes; timeline.json keeps them (--window narrows the feeds)\n";
    write(out / file, ics.text);
  }
  // After the feeds: a run stopped in between leaves the old state, which the next run reads again.
  if (written) write(state_path, state.to_json());
  return written;
}

}  // namespace biennien
