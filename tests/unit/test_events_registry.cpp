#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "biennien/events.hpp"

using namespace biennien;

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

OrganisationRegistry shipped_registry() {
  auto registry = OrganisationRegistry::parse(read_file(BIENNIEN_SOURCE_DIR "/calendars/organisations.json"),
                                              "calendars/organisations.json");
  REQUIRE_MESSAGE(registry, registry.error().to_string());
  return *registry;
}

}  // namespace

TEST_CASE("slug: ASCII, lower case, hyphens, bounded, never empty") {
  CHECK(slug("Quận đoàn Hoàn Kiếm") == "quan-doan-hoan-kiem");
  CHECK(slug("Thành đoàn TP. Hồ Chí Minh") == "thanh-doan-tp-ho-chi-minh");
  CHECK(slug("Trung ương Đoàn") == "trung-uong-doan");
  CHECK(slug("ĐOÀN  xã Đăk Hà!") == "doan-xa-dak-ha");
  CHECK(slug("  -- Tỉnh đoàn Thanh Hoá --") == "tinh-doan-thanh-hoa");
  CHECK(slug(std::string(200, 'a')).size() == 80);
  CHECK(slug(std::string(79, 'a') + " b").back() != '-');
  for (const char* name : {"", "..", "/", "!!!", "- -"}) {
    const std::string s = slug(name);
    CHECK(s.starts_with("x-"));
    CHECK(s.size() == 10);
  }
  CHECK(slug("..") != slug("!!!"));
  CHECK(slug("") == slug(""));
}

TEST_CASE("the shipped registry: every id is the slug of its name, parents known, colours distinct") {
  const OrganisationRegistry registry = shipped_registry();
  CHECK(registry.all().size() == 9);
  std::set<std::string> colours;
  for (const Organisation& o : registry.all()) {
    CHECK(o.id == slug(o.name));
    CHECK(colours.insert(o.color).second);
    if (o.id != "trung-uong-doan") CHECK(registry.find(o.parent) != nullptr);
  }
  REQUIRE(registry.find("thanh-doan-tp-ho-chi-minh"));
  CHECK(registry.find("thanh-doan-tp-ho-chi-minh")->name == "Thành đoàn TP. Hồ Chí Minh");
}

TEST_CASE("registry look-up folds case, spacing and tone-mark placement") {
  const OrganisationRegistry registry = shipped_registry();
  REQUIRE(registry.find("THÀNH ĐOÀN  TP HCM"));
  CHECK(registry.find("THÀNH ĐOÀN  TP HCM")->id == "thanh-doan-tp-ho-chi-minh");
  CHECK(registry.find("t.ư đoàn")->id == "trung-uong-doan");
  CHECK(registry.find("quan-doan-hoan-kiem")->name == "Quận đoàn Hoàn Kiếm");
  CHECK(registry.find("Thành đoàn") == nullptr);

  OrganisationRegistry grown = registry;
  CHECK(grown.add({"tinh-doan-thanh-hoa", "Tỉnh Đoàn Thanh Hóa", {}, "", ""}) == "tinh-doan-thanh-hoa");
  REQUIRE(grown.find("tỉnh đoàn Thanh Hoá"));
  CHECK(grown.find("tỉnh đoàn Thanh Hoá")->id == "tinh-doan-thanh-hoa");
  CHECK(grown.add({"tinh-doan-thanh-hoa", "Another", {}, "trung-uong-doan", ""}) == "tinh-doan-thanh-hoa");
  CHECK(grown.find("tinh-doan-thanh-hoa")->name == "Tỉnh Đoàn Thanh Hóa");  // the first one stays
  CHECK(grown.all().size() == registry.all().size() + 1);
}

TEST_CASE("with_descendants walks the hierarchy") {
  const OrganisationRegistry registry = shipped_registry();
  const auto hanoi = registry.with_descendants("thanh-doan-ha-noi");
  CHECK(hanoi ==
        std::vector<std::string>{"thanh-doan-ha-noi", "quan-doan-hoan-kiem", "quan-doan-nam-tu-liem"});
  CHECK(registry.with_descendants("trung-uong-doan").size() == 9);
  CHECK(registry.with_descendants("quan-doan-hoan-kiem") == std::vector<std::string>{"quan-doan-hoan-kiem"});
  CHECK(registry.with_descendants("khong-co").empty());
}

TEST_CASE("registry errors name the file and say what is wrong") {
  const auto error = [](std::string_view json) {
    auto registry = OrganisationRegistry::parse(json, "orgs.json");
    REQUIRE_FALSE(registry);
    CHECK(registry.error().where == "orgs.json");
    return registry.error().message;
  };
  CHECK(error("{").find("JSON") != std::string::npos);
  CHECK(error("[]").find("organisations") != std::string::npos);
  CHECK(error(R"({"organisations": [{"id": "a"}]})").find("name") != std::string::npos);
  CHECK(error(R"({"organisations": [{"id": "A B", "name": "x"}]})").find("slug") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x", "color": "red"}]})").find("#RRGGBB") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x", "parent": "y"}]})").find("unknown parent") !=
        std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x", "aliases": "y"}]})").find("aliases") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x"}, {"name": "X"}]})").find("twice") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x", "aliases": ["z"]}, {"name": "y", "aliases": ["Z"]}]})")
            .find("already names") != std::string::npos);
  auto defaulted =
      OrganisationRegistry::parse(R"({"organisations": [{"name": "Đoàn xã Yên Sở"}]})", "o.json");
  REQUIRE(defaulted);
  CHECK(defaulted->all().at(0).id == "doan-xa-yen-so");
}
