// Runs every line of rules/vi/temporal/*.corpus.tsv and *.negative.tsv (format: the README there)
// against the rules of the source tree; a failure names the corpus file and line.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include <date/date.h>

#include "biennien/temporal.hpp"

namespace {

const biennien::RuleFiles& rule_files() {
  static const biennien::RuleFiles files = *biennien::RuleFiles::from_directory(BIENNIEN_SOURCE_DIR "/rules/vi");
  return files;
}

const biennien::Recogniser& recogniser() {
  static const biennien::Recogniser compiled = [] {
    auto r = biennien::Recogniser::compile(rule_files());
    if (!r) FAIL(r.error().to_string());
    return *r;
  }();
  return compiled;
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

std::string describe(const std::string& text, const std::vector<biennien::Mention>& mentions) {
  std::string out;
  for (const auto& m : mentions)
    out += " [" + text.substr(m.begin, m.end - m.begin) + "] " + biennien::to_string(m.type) +
           " " + biennien::timex_value(m.expression) + " (" + m.rule + ")";
  return out.empty() ? " none" : out;
}

}  // namespace

TEST_CASE("temporal corpus: every example is recognised with its value") {
  int tested = 0;
  for (const std::string& name : rule_files().list("temporal/", ".corpus.tsv")) {
    for (const CorpusLine& line : read_corpus(name)) {
      INFO(line.where);
      const auto& c = line.columns;
      const bool well_formed = c.size() == 3 || c.size() == 4;
      CHECK_MESSAGE(well_formed, "expected phrase<TAB>reference<TAB>value[<TAB>TYPE]");
      if (!well_formed) continue;
      CHECK_MESSAGE(is_iso_date(c[1]), "reference date is YYYY-MM-DD");
      // "[...]" marks the expected extent inside a longer phrase.
      std::string phrase = biennien::fold_tone_marks(c[0]);
      std::size_t begin = phrase.find('['), end = phrase.find(']');
      if (begin != std::string::npos && end != std::string::npos && begin < end) {
        phrase.erase(end, 1);
        phrase.erase(begin, 1);
        --end;
      } else {
        begin = 0;
        end = phrase.size();
      }
      const auto mentions = recogniser().recognise(phrase);
      INFO("found:" << describe(phrase, mentions));
      ++tested;
      CHECK_MESSAGE(mentions.size() == 1, "expected exactly one mention");
      if (mentions.size() != 1) continue;
      CHECK(mentions[0].begin == begin);
      CHECK(mentions[0].end == end);
      CHECK(biennien::timex_value(mentions[0].expression) == c[2]);
      if (c.size() == 4) CHECK(biennien::to_string(mentions[0].type) == c[3]);
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
      const std::string phrase = biennien::fold_tone_marks(line.columns.at(0));
      const auto mentions = recogniser().recognise(phrase);
      INFO("found:" << describe(phrase, mentions));
      ++tested;
      for (const auto& m : mentions)
        CHECK((m.type != biennien::MentionType::date && m.type != biennien::MentionType::time));
    }
  }
  CHECK(tested > 0);
  MESSAGE(tested << " negative lines");
}
