#include "pipeline.hpp"

#include <fstream>
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

Expected<Pipeline> Pipeline::load(const std::string& rules_dir, const std::string& registry_file) {
  RuleFiles files;
  if (rules_dir.empty()) {
    files = RuleFiles::embedded();
  } else {
    auto loaded = RuleFiles::from_directory(rules_dir);
    if (!loaded) return loaded.error();
    files = std::move(*loaded);
  }
  auto json = registry_text(registry_file);
  if (!json) return json.error();
  auto registry = OrganisationRegistry::parse(*json, registry_file.empty() ? kRegistryPath : registry_file);
  if (!registry) return registry.error();

  Pipeline p;
  if (auto e = take(TextAnalyser::load(files), p.text_)) return *e;
  if (auto e = take(PublicationLexicon::load(files), p.publication_)) return *e;
  if (auto e = take(Recogniser::compile(files), p.recogniser_)) return *e;
  if (auto e = take(Resolver::load(files), p.resolver_)) return *e;
  if (auto e = take(EventExtractor::load(files, std::move(*registry)), p.extractor_)) return *e;
  return p;
}

ArticleResult Pipeline::read(const Article& article) const {
  ArticleResult result{text_->analyse(article), {}};
  const Anchor anchor = find_anchor(article, result.doc, *publication_);
  result.resolution = resolver_->resolve(result.doc, anchor, recogniser_->recognise(result.doc.folded));
  return result;
}

std::vector<Event> Pipeline::events(const Article& article, const ArticleResult& result) {
  return extractor_->extract(article, result.doc, result.resolution);
}

}  // namespace biennien
