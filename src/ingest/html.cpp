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
#include <unordered_map>
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

// The children of `node` (an element, template or the document); nullptr for other nodes.
const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE) return &node->v.element.children;
  return nullptr;
}

// The text of `node` and below, chrome dropped when `drop_chrome`. Walks with an explicit stack:
// time linear in the nodes and no recursion, however deep the tree.
void write_text(const GumboNode* top, LineWriter& out, bool drop_chrome) {
  struct Step {
    const GumboNode* node;
    bool leaving;  // the element's children are written: close its line or cell
  };
  std::vector<Step> pending{{top, false}};
  while (!pending.empty()) {
    const auto [node, leaving] = pending.back();
    pending.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
      out.text(node->v.text.text);
      continue;
    }
    if (node->type == GUMBO_NODE_WHITESPACE) {
      out.space();
      continue;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) continue;
    const GumboTag tag = node->v.element.tag;
    const bool block = is_block(tag);
    const bool cell = tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH;
    if (leaving) {
      if (block) out.end_line();
      if (cell) out.space();
      continue;
    }
    if (drop_chrome && (is_dropped_tag(tag) || is_chrome(node))) continue;
    if (block) out.end_line();
    if (cell) out.space();
    pending.push_back({node, true});
    const GumboVector& children = node->v.element.children;
    for (unsigned i = children.length; i-- > 0;)
      pending.push_back({static_cast<const GumboNode*>(children.data[i]), false});
  }
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

// datePublished and headline of the first JSON-LD object that has them (objects, arrays, @graph),
// in document order, with an explicit stack (JSON-LD nested 100,000 deep is no crash).
void read_json_ld(const nlohmann::json& top, PageFacts& facts) {
  std::vector<const nlohmann::json*> pending{&top};
  while (!pending.empty()) {
    const nlohmann::json& j = *pending.back();
    pending.pop_back();
    if (j.is_array()) {
      for (auto it = j.rbegin(); it != j.rend(); ++it) pending.push_back(&*it);
      continue;
    }
    if (!j.is_object()) continue;
    if (const auto it = j.find("datePublished"); it != j.end() && it->is_string() && facts.ld_published.empty())
      facts.ld_published = it->get<std::string>();
    if (const auto it = j.find("headline"); it != j.end() && it->is_string() && facts.ld_headline.empty())
      facts.ld_headline = it->get<std::string>();
    if (const auto it = j.find("@graph"); it != j.end()) pending.push_back(&*it);
  }
}

// What `node` alone says about the page (see PageFacts); false when its children say nothing more.
bool gather_one(const GumboNode* node, PageFacts& facts) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return false;
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
        return false;
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
        return false;
      }
      case GUMBO_TAG_LINK:
        if (attribute(node, "rel") == "canonical" && !attribute(node, "href").empty())
          facts.url = attribute(node, "href");
        return false;
      case GUMBO_TAG_TIME:
        if (facts.time_published.empty()) facts.time_published = attribute(node, "datetime");
        if (facts.dateline.empty()) facts.dateline = text_of(node);
        return false;
      case GUMBO_TAG_SCRIPT:
        if (attribute(node, "type") == "application/ld+json" && node->v.element.children.length > 0) {
          const auto* text = static_cast<const GumboNode*>(node->v.element.children.data[0]);
          if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA || text->type == GUMBO_NODE_WHITESPACE) {
            const auto json = nlohmann::json::parse(text->v.text.text, nullptr, /*allow_exceptions=*/false);
            if (!json.is_discarded()) read_json_ld(json, facts);
          }
        }
        return false;
      default:
        break;
    }
    if (attribute(node, "itemprop") == "articleBody" && !facts.article_body) facts.article_body = node;
    if (facts.dateline.empty() && has_date_word(node)) facts.dateline = text_of(node);
  }
  return true;
}

// Gathers the facts of the whole tree below `document` in document order, with an explicit stack.
void gather(const GumboNode* document, PageFacts& facts) {
  std::vector<const GumboNode*> pending{document};
  while (!pending.empty()) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (!gather_one(node, facts)) continue;
    const GumboVector& children = *children_of(node);
    for (unsigned i = children.length; i-- > 0;) pending.push_back(static_cast<const GumboNode*>(children.data[i]));
  }
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

// How deep a page may nest its elements. Gumbo 0.10 (Debian 12) has no depth limit of its own
// (later Gumbos stop at `max_tree_depth`, 400 by default) and deep pages cost it dearly: opening a
// <div> scans every open element (200,000 nested <div> take minutes, quadratic), nested tables
// take memory quadratic in their depth (20,000 take 12 GB) and 400,000 nested <span> overflow its
// stack. Such pages are refused before Gumbo sees them.
constexpr std::size_t kMaxNesting = 400;

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Elements without content, whose start tag opens nothing.
bool is_void_element(std::string_view name) {
  static constexpr std::array<std::string_view, 19> kVoid = {
      "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image",
      "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

// Elements that the parser closes when a sibling of theirs opens (<p>, <li>, <td> ...): they cannot
// nest in themselves without a counted element between, so they are not counted.
bool is_self_closing_sibling(std::string_view name) {
  static constexpr std::array<std::string_view, 14> kSiblings = {
      "p", "li", "dt", "dd", "tr", "td", "th", "option", "tbody", "thead", "tfoot", "colgroup",
      "html", "head"};
  return name == "body" || std::find(kSiblings.begin(), kSiblings.end(), name) != kSiblings.end();
}

// Elements whose contents the tokenizer reads as text up to their end tag.
bool is_raw_text(std::string_view name) {
  static constexpr std::array<std::string_view, 8> kRaw = {"script", "style",   "textarea", "title",
                                                           "xmp",    "iframe",  "noembed",  "noframes"};
  return std::find(kRaw.begin(), kRaw.end(), name) != kRaw.end();
}

// Elements that end tags of elements outside them cannot close (the parser's scope boundaries).
bool is_boundary(std::string_view name) {
  return name == "table" || name == "template" || name == "object" || name == "applet" ||
         name == "marquee" || name == "caption" || name == "svg" || name == "math";
}

// Whether the elements of `html` nest deeper than `limit`, estimated in one linear pass over the
// tags (comments, doctype and the text of <script>, <style> ... skipped; quoted attribute values
// honoured). An estimate, not a parser: an end tag closes the nearest open element of its name, as
// the parser does, unless a table or other boundary lies between; unclosed <p>, <li>, <td> ... are
// not counted, since the next one closes them and they nest only through counted elements. For
// the ways pages nest deep that we know (the tests in test_ingest_html.cpp), Gumbo's tree is at
// most about twice as deep as the estimate.
bool nests_deeper_than(std::string_view html, std::size_t limit) {
  std::vector<std::string> open;                                         // the open elements, outermost first
  std::unordered_map<std::string, std::vector<std::size_t>> positions;  // name: its places in `open`
  std::vector<std::size_t> boundaries;                                   // the places of boundaries in `open`
  std::size_t foreign = 0;                                               // open <svg> and <math>
  auto pop = [&] {
    const std::string& name = open.back();
    positions[name].pop_back();
    if (!boundaries.empty() && boundaries.back() == open.size() - 1) boundaries.pop_back();
    if (name == "svg" || name == "math") --foreign;
    open.pop_back();
  };
  const std::size_t n = html.size();
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      if (end == std::string_view::npos) break;
      i = end + 3;
      continue;
    }
    if (i + 1 < n && (html[i + 1] == '!' || html[i + 1] == '?')) {
      const std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    const bool end_tag = i + 1 < n && html[i + 1] == '/';
    std::size_t j = i + 1 + (end_tag ? 1 : 0);
    if (j >= n || !is_ascii_alpha(html[j])) {
      ++i;
      continue;
    }
    std::string name;
    for (; j < n && !is_space(html[j]) && html[j] != '/' && html[j] != '>'; ++j) name += ascii_lower(html[j]);
    // Attributes up to '>': a quote opens a value only right after '=' (as in the tokenizer).
    char quote = 0;
    bool after_equals = false;
    for (; j < n; ++j) {
      const char c = html[j];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == '>') {
        break;
      } else if (c == '=') {
        after_equals = true;
      } else if (after_equals && (c == '"' || c == '\'')) {
        quote = c;
        after_equals = false;
      } else if (!is_space(c)) {
        after_equals = false;
      }
    }
    if (j >= n) break;  // a tag cut off by the end of the page
    const bool self_closing = html[j - 1] == '/';
    i = j + 1;
    if (end_tag) {
      const auto it = positions.find(name);
      if (it == positions.end() || it->second.empty()) continue;
      const std::size_t at = it->second.back();
      if (!boundaries.empty() && boundaries.back() > at) continue;  // the parser ignores it
      while (open.size() > at) pop();
      continue;
    }
    if (name == "plaintext") break;  // the rest of the page is text
    if (is_raw_text(name)) {  // text up to its end tag, or to the end of the page
      std::size_t k = i;
      for (; (k = html.find("</", k)) != std::string_view::npos; k += 2) {
        std::size_t m = 0;
        while (m < name.size() && k + 2 + m < n && ascii_lower(html[k + 2 + m]) == name[m]) ++m;
        if (m == name.size()) break;
      }
      i = k == std::string_view::npos ? n : k;
      continue;
    }
    if (is_void_element(name) || (self_closing && foreign > 0) || is_self_closing_sibling(name)) continue;
    positions[name].push_back(open.size());
    if (is_boundary(name)) boundaries.push_back(open.size());
    if (name == "svg" || name == "math") ++foreign;
    open.push_back(std::move(name));
    if (open.size() > limit) return true;
  }
  return false;
}

}  // namespace

Expected<Article> read_html(std::string_view html) {
  if (nests_deeper_than(html, kMaxNesting))
    return Error{"", "HTML elements nested deeper than " + std::to_string(kMaxNesting) + ": not read"};
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
