// The organisation registry (calendars/organisations.json) and slugs.
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

#include "biennien/events.hpp"

namespace biennien {
namespace {

constexpr std::size_t kMaxSlugLength = 80;

// Latin letters without diacritics, lower case ("Đoàn" → "doan"). One per thread: ICU
// transliterators are not meant to be shared between threads.
const icu::Transliterator* to_ascii() {
  thread_local const std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  return transliterator.get();
}

// FNV-1a, for the slug of a name that has no Latin letters or digits.
std::uint32_t fnv1a(std::string_view bytes) {
  std::uint32_t hash = 2166136261u;
  for (unsigned char c : bytes) hash = (hash ^ c) * 16777619u;
  return hash;
}

bool is_slug(std::string_view id) {
  if (id.empty() || id.size() > kMaxSlugLength || id.front() == '-' || id.back() == '-') return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool is_iso_day(std::string_view day) {
  if (day.size() != 10 || day[4] != '-' || day[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (day[i] < '0' || day[i] > '9') return false;
  return true;
}

bool is_colour(std::string_view colour) {
  if (colour.size() != 7 || colour[0] != '#') return false;
  for (char c : colour.substr(1))
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  return true;
}

// The string member `key` of `entry`, "" when absent; an error message when it is not a string.
std::optional<std::string> string_member(const nlohmann::json& entry, const char* key, std::string& error) {
  const auto it = entry.find(key);
  if (it == entry.end() || it->is_null()) return std::string();
  if (!it->is_string()) {
    error = std::string("\"") + key + "\" must be a string";
    return std::nullopt;
  }
  return it->get<std::string>();
}

}  // namespace

namespace {

// Any-Latin; Latin-ASCII; Lower, then every run of other characters becomes one '-', trimmed, cut
// to 80 characters. A name with no Latin letter or digit after transliteration (punctuation only,
// empty) gets "x-" and the FNV-1a hash of its bytes in hex, so distinct names keep distinct slugs.
std::string slug_uncached(std::string_view name) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
  if (const auto* transliterator = to_ascii()) transliterator->transliterate(text);
  std::string ascii;
  text.toUTF8String(ascii);
  std::string out;
  for (char c : ascii) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out += c;
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  if (out.size() > kMaxSlugLength) out.resize(kMaxSlugLength);
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) {
    char hash[16];
    std::snprintf(hash, sizeof hash, "x-%08x", fnv1a(name));
    out = hash;
  }
  return out;
}

}  // namespace

std::string slug(std::string_view name) {
  // Transliteration costs about 100,000 instructions a name, and articles name the same bodies
  // again and again: each thread remembers the slugs it made (forgetting them all when full).
  constexpr std::size_t kCached = 4096;
  thread_local std::unordered_map<std::string, std::string> cache;
  const std::string key(name);
  if (const auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kCached) cache.clear();
  return cache.emplace(key, slug_uncached(name)).first->second;
}

Expected<OrganisationRegistry> OrganisationRegistry::parse(std::string_view json, std::string_view file) {
  const std::string where(file);
  const nlohmann::json root = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (root.is_discarded()) return Error{where, "is not valid JSON"};
  const auto list = root.is_object() ? root.find("organisations") : root.end();
  if (!root.is_object() || list == root.end() || !list->is_array())
    return Error{where, "expected {\"organisations\": [...]}"};

  OrganisationRegistry registry;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto& entry = (*list)[i];
    const std::string at = "organisations[" + std::to_string(i) + "]";
    if (!entry.is_object()) return Error{where, at + " must be an object"};
    std::string error;
    Organisation organisation;
    const auto name = string_member(entry, "name", error);
    const auto id = string_member(entry, "id", error);
    const auto parent = string_member(entry, "parent", error);
    const auto colour = string_member(entry, "color", error);
    const auto merged_into = string_member(entry, "merged_into", error);
    const auto until = string_member(entry, "until", error);
    if (!error.empty()) return Error{where, at + ": " + error};
    organisation.merged_into = *merged_into;
    organisation.until = *until;
    if (organisation.merged_into.empty() != organisation.until.empty() ||
        (!organisation.until.empty() && !is_iso_day(organisation.until)))
      return Error{where, at + ": \"merged_into\" and \"until\" (YYYY-MM-DD) go together"};
    organisation.name = *name;
    if (organisation.name.empty()) return Error{where, at + ": \"name\" is missing or empty"};
    organisation.id = id->empty() ? slug(organisation.name) : *id;
    if (!is_slug(organisation.id))
      return Error{where, at + ": id \"" + organisation.id + "\" is not a slug (at most 80 of a-z 0-9 -)"};
    organisation.parent = *parent;
    organisation.color = *colour;
    if (!organisation.color.empty() && !is_colour(organisation.color))
      return Error{where, at + ": color \"" + organisation.color + "\" is not #RRGGBB"};
    if (const auto aliases = entry.find("aliases"); aliases != entry.end() && !aliases->is_null()) {
      if (!aliases->is_array()) return Error{where, at + ": \"aliases\" must be an array of strings"};
      for (const auto& alias : *aliases) {
        if (!alias.is_string()) return Error{where, at + ": \"aliases\" must be an array of strings"};
        organisation.aliases.push_back(alias.get<std::string>());
      }
    }
    if (registry.find(organisation.id))
      return Error{where, at + ": id \"" + organisation.id + "\" is used twice"};
    for (const std::string& key : organisation.aliases) {
      if (const Organisation* other = registry.find(key))
        return Error{where, at + ": alias \"" + key + "\" already names \"" + other->id + "\""};
    }
    if (const Organisation* other = registry.find(organisation.name))
      return Error{where, at + ": name \"" + organisation.name + "\" already names \"" + other->id + "\""};
    registry.add(std::move(organisation));
  }
  for (const Organisation& organisation : registry.organisations_) {
    if (!organisation.parent.empty() && !registry.find(organisation.parent))
      return Error{where, "\"" + organisation.id + "\": unknown parent \"" + organisation.parent + "\""};
    if (!organisation.merged_into.empty() && !registry.find(organisation.merged_into))
      return Error{where, "\"" + organisation.id + "\": merged into unknown \"" + organisation.merged_into + "\""};
  }
  return registry;
}

const Organisation* OrganisationRegistry::find(std::string_view id_name_or_alias) const {
  const auto it = index_.find(fold_for_lookup(id_name_or_alias));
  return it == index_.end() ? nullptr : &organisations_[it->second];
}

std::string OrganisationRegistry::add(Organisation organisation) {
  if (const Organisation* known = find(organisation.id); known && known->id == organisation.id)
    return known->id;
  const std::size_t position = organisations_.size();
  index_.emplace(organisation.id, position);  // keys already taken keep the unit they name
  index_.emplace(fold_for_lookup(organisation.name), position);
  for (const std::string& alias : organisation.aliases) index_.emplace(fold_for_lookup(alias), position);
  organisations_.push_back(std::move(organisation));
  return organisations_.back().id;
}

std::vector<std::string> OrganisationRegistry::with_descendants(std::string_view id) const {
  std::vector<std::string> ids;
  if (const Organisation* known = find(id); !known || known->id != id) return ids;
  ids.emplace_back(id);
  std::set<std::string, std::less<>> seen{ids.front()};  // a cycle of parents stops here
  for (std::size_t next = 0; next < ids.size(); ++next)  // breadth first; ids grows as we go
    for (const Organisation& organisation : organisations_)
      if (organisation.parent == ids[next] && seen.insert(organisation.id).second)
        ids.push_back(organisation.id);
  return ids;
}

std::string OrganisationRegistry::current(std::string_view id) const {
  std::string at(id);
  for (std::size_t steps = 0; steps < organisations_.size(); ++steps) {  // a cycle stops here
    const Organisation* known = find(at);
    if (!known || known->id != at || known->merged_into.empty()) break;
    at = known->merged_into;
  }
  return at;
}

std::vector<std::string> OrganisationRegistry::with_predecessors(std::string_view id) const {
  std::vector<std::string> ids{std::string(id)};
  for (const Organisation& organisation : organisations_) {
    std::string at = organisation.merged_into;
    for (std::size_t steps = 0; !at.empty() && at != id && steps < organisations_.size(); ++steps) {
      const Organisation* next = find(at);
      at = next && next->id == at ? next->merged_into : "";
    }
    if (at == id && organisation.id != id) ids.push_back(organisation.id);
  }
  return ids;
}

}  // namespace biennien
