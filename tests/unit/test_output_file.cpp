#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "biennien/output.hpp"

using namespace biennien;
namespace fs = std::filesystem;

namespace {

// A fresh folder under the system's temporary folder, removed at the end of the test.
struct ScratchFolder {
  fs::path path;
  ScratchFolder() {
    std::string pattern = (fs::temp_directory_path() / "biennien-output-XXXXXX").string();
    REQUIRE(::mkdtemp(pattern.data()) != nullptr);
    path = pattern;
  }
  ~ScratchFolder() {
    std::error_code ignored;
    fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(path, ignored);
  }
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;
};

std::string read(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

std::size_t entries(const fs::path& folder) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(folder), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a file is written, replaced, and its folders created") {
  ScratchFolder scratch;
  fs::path path = scratch.path / "site" / "calendars" / "all.ics";
  auto first = write_file_atomically(path, "BEGIN:VCALENDAR\r\n");
  REQUIRE(first);
  CHECK(*first);
  CHECK(read(path) == "BEGIN:VCALENDAR\r\n");
  REQUIRE(write_file_atomically(path, std::string("hai\0ba", 6)));
  CHECK(read(path) == std::string("hai\0ba", 6));
  REQUIRE(write_file_atomically(path, ""));
  CHECK(fs::file_size(path) == 0);
  CHECK(entries(path.parent_path()) == 1);  // no temporary file left behind
}

TEST_CASE("a file in the working folder is written beside it") {
  ScratchFolder scratch;
  fs::path previous = fs::current_path();
  fs::current_path(scratch.path);
  CHECK(write_file_atomically("timeline.json", "{}\n"));
  fs::current_path(previous);
  CHECK(read(scratch.path / "timeline.json") == "{}\n");
}

TEST_CASE("a failed write names the path, keeps the old file and leaves no temporary file") {
  ScratchFolder scratch;
  SUBCASE("the target is a folder") {
    fs::path path = scratch.path / "all.ics";
    fs::create_directories(path / "inside");
    auto written = write_file_atomically(path, "mới");
    REQUIRE_FALSE(written);
    CHECK(written.error().where == path.string());
    CHECK(fs::is_directory(path / "inside"));
    CHECK(entries(scratch.path) == 1);
  }
  SUBCASE("a parent is a file") {
    std::ofstream(scratch.path / "calendars") << "cũ";
    fs::path path = scratch.path / "calendars" / "all.ics";
    auto written = write_file_atomically(path, "mới");
    REQUIRE_FALSE(written);
    CHECK(written.error().where == path.string());
    CHECK(read(scratch.path / "calendars") == "cũ");
  }
  SUBCASE("the folder is read-only") {
    fs::path path = scratch.path / "all.ics";
    REQUIRE(write_file_atomically(path, "cũ"));
    fs::permissions(scratch.path, fs::perms::owner_read | fs::perms::owner_exec);
    if (::geteuid() == 0) {
      MESSAGE("skipped: root writes into read-only folders");
    } else {
      auto written = write_file_atomically(path, "mới");
      REQUIRE_FALSE(written);
      CHECK(written.error().where == path.string());
      CHECK(written.error().to_string().find(path.string()) == 0);
      CHECK(read(path) == "cũ");
      CHECK(entries(scratch.path) == 1);
    }
  }
  SUBCASE("no file name") {
    CHECK_FALSE(write_file_atomically(scratch.path / "", "x"));
  }
}
