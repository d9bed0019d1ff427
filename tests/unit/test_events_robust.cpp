// Organisation names that would make a path when slugged: the slug is never one.
#include <doctest/doctest.h>

#include <string>

#include "biennien/events.hpp"

using namespace biennien;

namespace {

bool is_safe_file_stem(const std::string& id) {
  if (id.empty() || id.size() > 80 || id == "." || id == "..") return false;
  return id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") == std::string::npos;
}

}  // namespace

TEST_CASE("slugs of hostile names are short file names of [a-z0-9-]") {
  const std::string names[] = {"../../etc", "/", "..", ".", "NUL", "CON", "nul.ics", "a/b\\c", "~root",
                               "", " ", "-", "--", "!!", std::string(300, 'A'), std::string(300, '/'),
                               std::string("a\0b", 3), "\xe2\x80\xae" "gpj.exe", "Thành đoàn\r\n../x",
                               "Đoàn 😀 🇻🇳", "ﷺ", "\xf0\x9f\x98", "\xff\xfe", std::string(100, '\xcc')};
  for (const std::string& name : names) {
    const std::string id = slug(name);
    CAPTURE(name);
    CAPTURE(id);
    CHECK(is_safe_file_stem(id));
    CHECK(id.front() != '-');
    CHECK(id.back() != '-');
  }
  CHECK(slug("../../etc") == "etc");
  CHECK(slug(std::string(300, 'A')).size() == 80);
  CHECK(slug("/") != slug("!!"));  // names with nothing to keep still get distinct slugs
}

TEST_CASE("a registry cannot give an organisation an id that is a path") {
  for (const char* id : {"../../etc", "/", "..", "a/b", "NUL ", "A"}) {
    CAPTURE(id);
    const std::string json = std::string(R"({"organisations": [{"id": ")") + id + R"(", "name": "X"}]})";
    CHECK_FALSE(OrganisationRegistry::parse(json, "r.json"));
  }
  const auto long_name = OrganisationRegistry::parse(
      R"({"organisations": [{"name": ")" + std::string(300, 'x') + R"("}, {"name": "../../etc"}, {"name": "/"}]})", "r.json");
  REQUIRE(long_name);
  for (const Organisation& o : long_name->all()) CHECK(is_safe_file_stem(o.id));
}
