// Stage 1, ingest: files, folders or stdin to Articles.
//
//   biennien::read_inputs({"seeds/"}, [](biennien::Article a) { ... },
//                         [](const biennien::Error& e) { std::cerr << e.to_string() << '\n'; });
//
// Reads `.txt` (the whole file is the text; a sidecar `NAME.meta.json` beside `NAME.txt` supplies
// id/url/source/title/published; without one the text stage finds the headline), `.json` (one article)
// `.jsonl` (one article a line: {"id","url","source","title","published","text"}) and `.html`/`.htm`
// article pages (see read_html; a sidecar `NAME.meta.json` applies to them too); "-" is JSONL on
// stdin. A folder is read recursively in path order. A bad file (invalid UTF-8, empty, binary,
// malformed JSON) or a bad JSONL line is reported once through `on_error` naming the file (and
// line) and skipped; everything else is still delivered, in input order.
#pragma once
#include <functional>
#include <optional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "biennien/error.hpp"

namespace biennien {

struct Article {
  std::string id;         // from metadata, else the file name without extension
  std::string source;     // site or collection, may be empty
  std::string url;        // may be empty
  std::string title;      // from metadata; empty for a bare .txt (see Document::title)
  std::string published;  // as given by metadata (ISO 8601), empty when unknown
  std::string text;       // the article body as given (valid UTF-8); for .txt the whole file
  std::string origin;     // "file" or "file:line", for messages
  std::size_t bytes = 0;  // input bytes it was read from (the file, the JSONL line), for progress
};

using ArticleSink = std::function<void(Article&&)>;
using ErrorSink = std::function<void(const Error&)>;

// Reads every input (file, folder, or "-" for JSONL on stdin) in order.
void read_inputs(const std::vector<std::string>& inputs, const ArticleSink& on_article,
                 const ErrorSink& on_error);

// Reads JSONL articles from `in`; `name` is used in messages ("<stdin>").
void read_jsonl(std::istream& in, std::string_view name, const ArticleSink& on_article,
                const ErrorSink& on_error);

// An HTML article page (UTF-8) parsed with Gumbo, an HTML5 parser: its title (the first <h1>, else
// og:title, JSON-LD headline, <title>), its publication date (<meta property=
// "article:published_time"> or itemprop/name datePublished/pubdate, else the first <time datetime>,
// else JSON-LD datePublished; kept when it is ISO 8601), its url (canonical link, else og:url) and
// its text: the headline as the first line, the visible dateline (a <time>, or an element whose
// class/id says date/time/published) when no date was machine-readable, then the body, one line per
// block element. The body is [itemprop=articleBody], else the first <article>, <main>, <body>,
// without nav, header, footer, aside, figure/figcaption, script, style, forms, media, hidden
// elements and elements whose class or id has a chrome word (related, share, social, comment,
// breadcrumb, menu, sidebar, ad, tags ... the list is in src/ingest/html.cpp). An Error when there
// is no body text, or when elements nest deeper than Gumbo can parse safely (see html.cpp). `id`, `origin` and `bytes` are left to the caller.
Expected<Article> read_html(std::string_view html);

// Checks that `bytes` is text we can use: non-empty, valid UTF-8, no NUL bytes. The Error says
// what is wrong and at which byte offset; `where` is left for the caller to fill.
std::optional<Error> check_text(std::string_view bytes);

}  // namespace biennien
