// Stage 1, HTML article pages: Gumbo (an HTML5 parser) turns the page into a tree; the article is
// read off the tree, never off the markup with patterns.
#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/ingest.hpp"

namespace biennien {
namespace {

// Page chrome named by a word of an element's class or id (split at anything but letters and
// digits, lower-cased). Not Vietnamese: these are the words web developers name chrome with, plus
// the unaccented Vietnamese ones some Vietnamese sites use ("tin-lien-quan", "box-tinkhac").
// An element is dropped when one of its words is in kChromeWords or starts with a kChromePrefixes.
constexpr std::array<std::string_view, 32> kChromeWords = {
    "nav",     "navbar",   "navigation", "menu",   "breadcrumb", "breadcrumbs", "header",  "footer",
    "sidebar", "aside",    "widget",     "ad",     "ads",        "advert",      "banner",  "promo",
    "tags",    "tag",      "keywords",   "caption", "figcaption", "toolbar",    "tools",   "print",
    "popup",   "modal",    "cookie",     "login",  "lienquan",   "xemthem",     "docthem", "tinkhac"};
constexpr std::array<std::string_view, 11> kChromePrefixes = {
    "related", "share",    "social",     "comment", "breadcrumb", "advertis",
    "newsletter", "subscribe", "recommend", "tinlienquan", "binhluan"};
// Class or id words that mark the visible dateline ("20:02 | 19/01/2021") when the page gives no
// machine-readable date.
constexpr std::array<std::string_view, 8> kDateWords = {"date",    "time",     "dateline", "datetime",
                                                         "publish", "published", "pubdate",  "ngaydang"};

bool is_dropped_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD: case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_MAP: case GUMBO_TAG_CAPTION: case GUMBO_TAG_H1:  // the headline: the first line
      return true;
    default:
      return false;
  }
}

// Elements that start and end a line of text.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR: case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL:
    case GUMBO_TAG_P: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR: case GUMBO_TAG_UL:
      return true;
    default:
      return false;
  }
}

std::string_view attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

// The lower-cased letter-and-digit words of the element's class and id.
std::vector<std::string> class_words(const GumboNode* node) {
  std::vector<std::string> words;
  for (const char* name : {"class", "id"}) {
    std::string word;
    for (char c : attribute(node, name)) {
      if (std::isalnum(static_cast<unsigned char>(c))) {
        word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (!word.empty()) {
        words.push_back(std::move(word));
        word.clear();
      }
    }
    if (!word.empty()) words.push_back(std::move(word));
  }
  return words;
}

bool is_chrome(const GumboNode* node) {
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden")) return true;
  if (attribute(node, "aria-hidden") == "true") return true;
  for (const std::string& word : class_words(node)) {
    if (std::find(kChromeWords.begin(), kChromeWords.end(), word) != kChromeWords.end()) return true;
    for (std::string_view prefix : kChromePrefixes)
      if (std::string_view(word).starts_with(prefix)) return true;
  }
  return false;
}

bool has_date_word(const GumboNode* node) {
  for (const std::string& word : class_words(node))
    if (std::find(kDateWords.begin(), kDateWords.end(), word) != kDateWords.end()) return true;
  return false;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Collects text as lines: runs of HTML white space become one space, blocks start new lines.
class LineWriter {
 public:
  void text(std::string_view s) {
    for (char c : s) {
      if (is_space(c)) {
        space_ = !line_.empty();
        continue;
      }
      if (space_) line_ += ' ';
      space_ = false;
      line_ += c;
    }
  }
  void space() { space_ = !line_.empty(); }
  void end_line() {
    if (!line_.empty()) lines_.push_back(std::move(line_));
    line_.clear();
    space_ = false;
  }
  std::vector<std::string> finish() && {
    end_line();
    return std::move(lines_);
  }

 private:
  std::string line_;
  bool space_ = false;
  std::vector<std::string> lines_;
};

// The text of `node` and below, chrome dropped when `drop_chrome`.
void write_text(const GumboNode* node, LineWriter& out, bool drop_chrome) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) return out.text(node->v.text.text);
  if (node->type == GUMBO_NODE_WHITESPACE) return out.space();
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboTag tag = node->v.element.tag;
  if (drop_chrome && (is_dropped_tag(tag) || is_chrome(node))) return;
  const bool block = is_block(tag);
  if (block) out.end_line();
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.space();
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i)
    write_text(static_cast<const GumboNode*>(children.data[i]), out, drop_chrome);
  if (block) out.end_line();
  if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.space();
}

// `s` with runs of HTML white space made one space, trimmed.
std::string collapsed(std::string_view s) {
  LineWriter out;
  out.text(s);
  std::vector<std::string> lines = std::move(out).finish();
  return lines.empty() ? "" : lines.front();
}

std::string text_of(const GumboNode* node) {
  LineWriter out;
  write_text(node, out, false);
  std::string joined;
  for (const std::string& line : std::move(out).finish()) {
    if (!joined.empty()) joined += ' ';
    joined += line;
  }
  return joined;
}

// What the page says about the article, gathered in one walk over the whole tree.
struct PageFacts {
  const GumboNode* body = nullptr;          // <body>
  const GumboNode* article_body = nullptr;  // [itemprop=articleBody]
  const GumboNode* article = nullptr;       // the first <article>
  const GumboNode* main = nullptr;          // the first <main>
  const GumboNode* h1 = nullptr;
  std::string title_element, og_title, ld_headline;
  std::string meta_published, time_published, ld_published;
  std::string dateline;  // the visible date: a <time> or an element whose class/id says date
  std::string url;       // <link rel=canonical>, else og:url
};

// datePublished and headline of the first JSON-LD object that has them (objects, arrays, @graph).
void read_json_ld(const nlohmann::json& j, PageFacts& facts) {
  if (j.is_array()) {
    for (const auto& item : j) read_json_ld(item, facts);
    return;
  }
  if (!j.is_object()) return;
  if (const auto it = j.find("datePublished"); it != j.end() && it->is_string() && facts.ld_published.empty())
    facts.ld_published = it->get<std::string>();
  if (const auto it = j.find("headline"); it != j.end() && it->is_string() && facts.ld_headline.empty())
    facts.ld_headline = it->get<std::string>();
  if (const auto it = j.find("@graph"); it != j.end()) read_json_ld(*it, facts);
}

void gather(const GumboNode* node, PageFacts& facts) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  if (node->type == GUMBO_NODE_ELEMENT) {
    const GumboTag tag = node->v.element.tag;
    switch (tag) {
      case GUMBO_TAG_BODY:
        if (!facts.body) facts.body = node;
        break;
      case GUMBO_TAG_ARTICLE:
        if (!facts.article) facts.article = node;
        break;
      case GUMBO_TAG_MAIN:
        if (!facts.main) facts.main = node;
        break;
      case GUMBO_TAG_H1:
        if (!facts.h1) facts.h1 = node;
        break;
      case GUMBO_TAG_TITLE:
        if (facts.title_element.empty()) facts.title_element = text_of(node);
        return;
      case GUMBO_TAG_META: {
        const std::string_view key = !attribute(node, "property").empty() ? attribute(node, "property")
                                     : !attribute(node, "name").empty()   ? attribute(node, "name")
                                                                          : attribute(node, "itemprop");
        const std::string_view content = attribute(node, "content");
        if ((key == "article:published_time" || key == "datePublished" || key == "pubdate") &&
            facts.meta_published.empty())
          facts.meta_published = content;
        else if (key == "og:title" && facts.og_title.empty())
          facts.og_title = content;
        else if (key == "og:url" && facts.url.empty())
          facts.url = content;
        return;
      }
      case GUMBO_TAG_LINK:
        if (attribute(node, "rel") == "canonical" && !attribute(node, "href").empty())
          facts.url = attribute(node, "href");
        return;
      case GUMBO_TAG_TIME:
        if (facts.time_published.empty()) facts.time_published = attribute(node, "datetime");
        if (facts.dateline.empty()) facts.dateline = text_of(node);
        return;
      case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type") == "application/ld+json" && node->v.element.children.length > 0) {
          const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA || text->type == GUMBO_NODE_WHITESPACE) {
            const auto json = nlohmann::json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
            if (!json.is_discarded()) read_json_ld(json, facts);
          }
        }
        return;
      default:
        break;
    }
    if (attribute(node, "itemprop") == "articleBody" && !facts.article_body) facts.article_body = node;
    if (facts.dateline.empty() && has_date_word(node)) facts.dateline = text_of(node);
  }
  const GumboVector& children =
      node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) gather(static_cast<const GumboNode*>(children.data[i]), facts);
}

// `value` when it starts with an ISO 8601 date (YYYY-MM-DD), with a space before the time made a
// 'T'; "" otherwise.
std::string iso_date(std::string value) {
  while (!value.empty() && is_space(value.back())) value.pop_back();
  while (!value.empty() && is_space(value.front())) value.erase(0, 1);
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (i >= value.size() || !std::isdigit(static_cast<unsigned char>(value[i]))) return false;
    return true;
  };
  if (!digits(0, 4) || value.size() < 10 || value[4] != '-' || !digits(5, 2) || value[7] != '-' || !digits(8, 2))
    return "";
  if (value.size() > 10 && value[10] == ' ') value[10] = 'T';
  return value;
}

}  // namespace

Expected<Article> read_html(std::string_view html) {
  struct Output {
    GumboOutput* output;
    ~Output() { gumbo_destroy_output(&kGumboDefaultOptions, output); }
  } parsed{gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size())};
  if (!parsed.output) return Error{"", "the HTML parser gave up"};

  PageFacts facts;
  gather(parsed.output->document, facts);
  const GumboNode* root = facts.article_body ? facts.article_body
                          : facts.article    ? facts.article
                          : facts.main       ? facts.main
                                             : facts.body;
  if (!root) return Error{"", "no <body> in the HTML page"};

  Article article;
  article.title = facts.h1 ? text_of(facts.h1) : "";
  for (const std::string* title : {&facts.og_title, &facts.ld_headline, &facts.title_element})
    if (article.title.empty()) article.title = collapsed(*title);
  if (article.title.empty() || article.title == collapsed(facts.title_element))  // "Headline | Site"
    article.title = article.title.substr(0, article.title.find(" | "));
  article.url = facts.url;
  for (const std::string* date : {&facts.meta_published, &facts.time_published, &facts.ld_published})
    if (article.published.empty()) article.published = iso_date(*date);

  LineWriter out;
  write_text(root, out, true);
  std::vector<std::string> body = std::move(out).finish();
  if (body.empty()) return Error{"", "no article text in the HTML page"};

  if (!article.title.empty()) article.text = article.title + '\n';
  const bool with_dateline = article.published.empty() && !facts.dateline.empty();
  if (with_dateline) article.text += facts.dateline + '\n';
  for (const std::string& line : body) {
    if (line == article.title || (with_dateline && line == facts.dateline)) continue;  // already written
    article.text += line;
    article.text += '\n';
  }
  return article;
}

}  // namespace biennien
