// Runs every line of rules/vi/temporal/*.corpus.tsv and *.negative.tsv (format: the README there)
// through the stages a real article goes through (text, publication anchor, recogniser, resolver)
// with the rules of the source tree; a failure names the corpus file and line.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <date/date.h>

#include "biennien/ingest.hpp"
#include "biennien/publication.hpp"
#include "biennien/resolve.hpp"
#include "biennien/temporal.hpp"
#include "biennien/text.hpp"

namespace {

using namespace biennien;

const RuleFiles& rule_files() {
  static const RuleFiles files = *RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/rules/vi");
  return files;
}

// Unwraps a stage loaded from the source tree's rules, failing the test run if it cannot load.
template <class T>
T loaded(Expected<T> stage) {
  if (!stage) FAIL(stage.error().to_string());
  return std::move(*stage);
}

// The stages of the pipeline that temporal values go through, loaded once.
struct Stages {
  TextAnalyser text = loaded(TextAnalyser::load(rule_files()));
  PublicationLexicon publication = loaded(PublicationLexicon::load(rule_files()));
  Recogniser recogniser = loaded(Recogniser::compile(rule_files()));
  Resolver resolver = loaded(Resolver::load(rule_files()));
};

const Stages& stages() {
  static const Stages s;
  return s;
}

// What the pipeline makes of one phrase: its document and resolved mentions (spans in the phrase's
// own bytes).
struct Outcome {
  std::string phrase;
  std::vector<ResolvedMention> mentions;
  std::vector<std::pair<std::size_t, std::size_t>> spans;  // into `phrase`
};

// Reads `phrase` as an article published on `reference` ("-": no publication date).
Outcome run(const std::string& phrase, const std::string& reference) {
  Article article;
  article.id = "corpus";
  article.title = "corpus";  // so that the phrase is the article's body, not its headline
  article.published = reference == "-" ? "" : reference;
  article.text = phrase;
  const Stages& s = stages();
  const Document doc = s.text.analyse(article);
  const Anchor anchor = find_anchor(article, doc, s.publication);
  Outcome out{phrase, s.resolver.resolve(doc, anchor, s.recogniser.recognise(doc.folded)).mentions, {}};
  for (const auto& m : out.mentions)
    out.spans.emplace_back(doc.original_offset(m.mention.begin), doc.original_offset(m.mention.end));
  return out;
}

struct CorpusLine {
  std::string where;  // "rules/vi/temporal/x.corpus.tsv:12"
  std::vector<std::string> columns;
};

// The non-comment, non-blank lines of a corpus file, split at tabs.
std::vector<CorpusLine> read_corpus(const std::string& name) {
  std::vector<CorpusLine> lines;
  std::istringstream in(*rule_files().find(name));
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.empty() || line[0] == '#') continue;
    CorpusLine parsed{rule_files().display_name(name) + ":" + std::to_string(number), {}};
    std::istringstream columns(line);
    for (std::string column; std::getline(columns, column, '\t');) parsed.columns.push_back(column);
    lines.push_back(std::move(parsed));
  }
  return lines;
}

bool is_iso_date(const std::string& text) {
  std::istringstream in(text);
  date::year_month_day day;
  in >> date::parse("%F", day);
  return !in.fail() && in.peek() == std::char_traits<char>::eof() && day.ok();
}

std::string describe(const Outcome& o) {
  std::string out;
  for (std::size_t i = 0; i < o.mentions.size(); ++i) {
    const auto& m = o.mentions[i];
    out += " [" + o.phrase.substr(o.spans[i].first, o.spans[i].second - o.spans[i].first) + "] " +
           to_string(m.mention.type) + " " + m.value + " (" + m.mention.rule + ", " + to_string(m.provenance) + ")";
  }
  return out.empty() ? " none" : out;
}

}  // namespace

TEST_CASE("temporal corpus: every example is recognised and resolved to its value") {
  int tested = 0;
  for (const std::string& name : rule_files().list("temporal/", ".corpus.tsv")) {
    for (const CorpusLine& line : read_corpus(name)) {
      INFO(line.where);
      const auto& c = line.columns;
      const bool well_formed = c.size() == 3 || c.size() == 4;
      CHECK_MESSAGE(well_formed, "expected phrase<TAB>reference<TAB>value[<TAB>TYPE]");
      if (!well_formed) continue;
      CHECK_MESSAGE((c[1] == "-" || is_iso_date(c[1])), "reference date is YYYY-MM-DD or -");
      // "[...]" marks the expected extent inside a longer phrase.
      std::string phrase = c[0];
      std::size_t begin = phrase.find('['), end = phrase.find(']');
      const bool bracketed = begin != std::string::npos && end != std::string::npos && begin < end;
      if (bracketed) {
        phrase.erase(end, 1);
        phrase.erase(begin, 1);
        --end;
      } else {
        begin = 0;
        end = phrase.size();
      }
      const Outcome o = run(phrase, c[1]);
      INFO("found:" << describe(o));
      ++tested;
      // The mention of the extent; with brackets, other mentions may stand beside it (the date that
      // "cùng ngày" counts from), but none may overlap it.
      std::size_t found = o.mentions.size(), overlapping = 0;
      for (std::size_t i = 0; i < o.mentions.size(); ++i) {
        if (o.spans[i].first < end && begin < o.spans[i].second) ++overlapping;
        if (o.spans[i] == std::pair(begin, end)) found = i;
      }
      if (!bracketed) CHECK_MESSAGE(o.mentions.size() == 1, "expected exactly one mention");
      CHECK_MESSAGE(overlapping == 1, "expected one mention over the extent");
      CHECK_MESSAGE(found < o.mentions.size(), "expected a mention of exactly the extent");
      if (found == o.mentions.size()) continue;
      CHECK(o.mentions[found].value == c[2]);
      if (c.size() == 4) CHECK(std::string(to_string(o.mentions[found].mention.type)) == c[3]);
    }
  }
  CHECK(tested > 0);
  MESSAGE(tested << " corpus lines");
}

TEST_CASE("temporal negative corpus: no date or time is found") {
  int tested = 0;
  for (const std::string& name : rule_files().list("temporal/", ".negative.tsv")) {
    for (const CorpusLine& line : read_corpus(name)) {
      INFO(line.where);
      const Outcome o = run(line.columns.at(0), "2024-06-21");
      INFO("found:" << describe(o));
      ++tested;
      for (const auto& m : o.mentions)
        CHECK((m.mention.type != MentionType::date && m.mention.type != MentionType::time));
    }
  }
  CHECK(tested > 0);
  MESSAGE(tested << " negative lines");
}
