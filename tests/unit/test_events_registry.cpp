#include <doctest/doctest.h>

#include <algorithm>
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
  CHECK(slug("Thành đoàn TP.HCM") == "thanh-doan-tp-hcm");
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
  std::set<std::string> colours;
  std::size_t provinces_now = 0, provinces_before = 0;
  for (const Organisation& o : registry.all()) {
    CHECK(o.id == slug(o.name));
    CHECK(colours.insert(o.color).second);
    if (!o.parent.empty()) CHECK_MESSAGE(registry.find(o.parent) != nullptr, o.id);
    const bool province = o.id.starts_with("tinh-doan-") || o.id.starts_with("thanh-doan-");
    if (province && o.merged_into.empty()) ++provinces_now;
    if (province && o.until == "2025-06-30") ++provinces_before;
  }
  // Resolution 202/2025/QH15: 34 units since 1 July 2025; 29 of the 63 before merged into them.
  CHECK(provinces_now == 34);
  CHECK(provinces_before == 29);
  REQUIRE(registry.find("thanh-doan-tp-hcm"));
  CHECK(registry.find("thanh-doan-tp-hcm")->name == "Thành đoàn TP.HCM");
  CHECK(registry.find("Thành đoàn TP. Hồ Chí Minh")->id == "thanh-doan-tp-hcm");
}

TEST_CASE("registry look-up folds case, spacing and tone-mark placement") {
  const OrganisationRegistry registry = shipped_registry();
  REQUIRE(registry.find("THÀNH ĐOÀN  TP HCM"));
  CHECK(registry.find("THÀNH ĐOÀN  TP HCM")->id == "thanh-doan-tp-hcm");
  CHECK(registry.find("t.ư đoàn")->id == "trung-uong-doan");
  CHECK(registry.find("quan-doan-hoan-kiem")->name == "Quận đoàn Hoàn Kiếm");
  CHECK(registry.find("Thành đoàn") == nullptr);

  OrganisationRegistry grown = registry;
  REQUIRE(grown.find("Tỉnh Đoàn Thanh Hóa"));
  CHECK(grown.find("tỉnh đoàn Thanh Hoá")->id == "tinh-doan-thanh-hoa");
  CHECK(grown.find("Thành Đoàn TP.HCM")->id == "thanh-doan-tp-hcm");
  CHECK(grown.add({"quan-doan-ba-dinh", "Quận đoàn Ba Đình", {}, "", ""}) == "quan-doan-ba-dinh");
  REQUIRE(grown.find("quận đoàn  Ba Đình"));
  CHECK(grown.add({"quan-doan-ba-dinh", "Another", {}, "trung-uong-doan", ""}) == "quan-doan-ba-dinh");
  CHECK(grown.find("quan-doan-ba-dinh")->name == "Quận đoàn Ba Đình");  // the first one stays
  CHECK(grown.all().size() == registry.all().size() + 1);
}

TEST_CASE("with_descendants walks the hierarchy") {
  const OrganisationRegistry registry = shipped_registry();
  const auto hanoi = registry.with_descendants("thanh-doan-ha-noi");
  CHECK(hanoi ==
        std::vector<std::string>{"thanh-doan-ha-noi", "quan-doan-hoan-kiem", "quan-doan-nam-tu-liem"});
  CHECK(registry.with_descendants("trung-uong-doan").size() == registry.all().size() - 2);  // Hội LHTN, Hội SV
  CHECK(registry.with_descendants("quan-doan-hoan-kiem") == std::vector<std::string>{"quan-doan-hoan-kiem"});
  CHECK(registry.with_descendants("khong-co").empty());
}

TEST_CASE("former provinces: their own entries, merged into the unit of today") {
  const OrganisationRegistry registry = shipped_registry();
  const Organisation* ha_giang = registry.find("Tỉnh đoàn Hà Giang");
  REQUIRE(ha_giang);
  CHECK(ha_giang->id == "tinh-doan-ha-giang");
  CHECK(ha_giang->merged_into == "tinh-doan-tuyen-quang");
  CHECK(ha_giang->until == "2025-06-30");
  CHECK(registry.current("tinh-doan-ha-giang") == "tinh-doan-tuyen-quang");
  CHECK(registry.current("tinh-doan-tuyen-quang") == "tinh-doan-tuyen-quang");
  CHECK(registry.current("tinh-doan-binh-duong") == "thanh-doan-tp-hcm");
  CHECK(registry.current("tinh-doan-hai-duong") == "thanh-doan-hai-phong");
  CHECK(registry.current("tinh-doan-thua-thien-hue") == "thanh-doan-hue");
  CHECK(registry.current("khong-co") == "khong-co");
  auto ninh_binh = registry.with_predecessors("tinh-doan-ninh-binh");
  std::sort(ninh_binh.begin() + 1, ninh_binh.end());
  CHECK(ninh_binh == std::vector<std::string>{"tinh-doan-ninh-binh", "tinh-doan-ha-nam", "tinh-doan-nam-dinh"});
  CHECK(registry.with_predecessors("tinh-doan-lai-chau") == std::vector<std::string>{"tinh-doan-lai-chau"});
  CHECK(registry.find("Đoàn Thanh niên tỉnh Bà Rịa - Vũng Tàu")->id == "tinh-doan-ba-ria-vung-tau");
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
  CHECK(error(R"({"organisations": [{"name": "x", "merged_into": "y"}]})").find("until") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x", "merged_into": "y", "until": "2025-06-30"}]})")
            .find("merged into unknown") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "y"}, {"name": "x", "merged_into": "y", "until": "30/6/2025"}]})")
            .find("YYYY-MM-DD") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x"}, {"name": "X"}]})").find("twice") != std::string::npos);
  CHECK(error(R"({"organisations": [{"name": "x", "aliases": ["z"]}, {"name": "y", "aliases": ["Z"]}]})")
            .find("already names") != std::string::npos);
  auto defaulted =
      OrganisationRegistry::parse(R"({"organisations": [{"name": "Đoàn xã Yên Sở"}]})", "o.json");
  REQUIRE(defaulted);
  CHECK(defaulted->all().at(0).id == "doan-xa-yen-so");
}
