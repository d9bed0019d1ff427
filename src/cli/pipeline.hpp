// The stages wired together for one article; shared by `build`, `tag` and `export`.
#pragma once
#include <optional>
#include <string>
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

class Pipeline {
 public:
  // Loads the language from `rules_dir` (or the compiled-in rules/vi when empty) and the registry
  // from `registry_file` (or the compiled-in calendars/organisations.json when empty).
  static Expected<Pipeline> load(const std::string& rules_dir, const std::string& registry_file);

  // Stages 2-5: text, publication anchor, mentions, resolution.
  ArticleResult read(const Article& article) const;
  // Stage 6 on an article already read; units found by pattern join the registry.
  std::vector<Event> events(const Article& article, const ArticleResult& result);
  const OrganisationRegistry& registry() const { return extractor_->registry(); }

 private:
  std::optional<TextAnalyser> text_;
  std::optional<PublicationLexicon> publication_;
  std::optional<Recogniser> recogniser_;
  std::optional<Resolver> resolver_;
  std::optional<EventExtractor> extractor_;
};

}  // namespace biennien
