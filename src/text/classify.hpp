// Internal to the text stage: splitting folded text into lines and classifying them.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/text.hpp"

namespace biennien::text {

// The chrome markers of rules/vi/text, keyed by fold_for_lookup of the phrase.
struct LineRules {
  std::map<std::string, LineKind, std::less<>> whole_lines;  // lines.tsv
  std::vector<std::pair<std::string, LineKind>> prefixes;    // prefixes.tsv
};

// The LineKind named `name` ("header", ...), or nullopt.
std::optional<LineKind> line_kind_named(std::string_view name);

// The lines of `folded`, split at '\n' (a '\r' before it belongs to the break), all of kind body.
std::vector<Line> split_lines(std::string_view folded);

// Classifies `lines` of `folded`. `given_title` is Article::title (may be empty).
void classify_lines(std::string_view folded, std::vector<Line>& lines, const LineRules& rules,
                    std::string_view given_title);

}  // namespace biennien::text
