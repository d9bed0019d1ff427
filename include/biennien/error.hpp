// Errors and fallible results shared by every stage.
//
//   Expected<int> parse(std::string_view s);
//   if (auto r = parse("42"); r) use(*r); else report(r.error().to_string());
#pragma once
#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace biennien {

// What went wrong and where: `where` is "file", "file:line" or "file:line:column".
struct Error {
  std::string where;
  std::string message;
  std::string to_string() const { return where.empty() ? message : where + ": " + message; }
};

// A value or the Error that prevented it (C++23's std::expected, reduced to what we use).
template <class T>
class Expected {
 public:
  Expected(T value) : state_(std::move(value)) {}
  Expected(Error error) : state_(std::move(error)) {}
  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& operator*() { assert(ok()); return std::get<0>(state_); }
  const T& operator*() const { assert(ok()); return std::get<0>(state_); }
  T* operator->() { return &**this; }
  const T* operator->() const { return &**this; }
  const Error& error() const { assert(!ok()); return std::get<1>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace biennien
