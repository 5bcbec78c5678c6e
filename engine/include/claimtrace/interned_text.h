// InternedText: a string field that repeats across claims (a path, an attribute, a unit), held
// once per distinct text for the whole process and read as a const std::string.
#pragma once

#include <compare>
#include <cstddef>
#include <functional>
#include <ostream>
#include <string>
#include <string_view>

namespace claimtrace {

// Eight bytes where a std::string takes 32 and, past 15 characters, a heap block too: a corpus
// of millions of claims holds each document's path and each attribute once, not once a claim.
// Assigning a string interns it; equal texts are one pointer, so == compares pointers.
class InternedText {
 public:
  InternedText() = default;
  InternedText(std::string_view text);  // NOLINT: implicit, so fields assign as strings did
  InternedText(const std::string& text) : InternedText(std::string_view(text)) {}  // NOLINT
  InternedText(const char* text) : InternedText(std::string_view(text)) {}         // NOLINT

  const std::string& str() const { return *text_; }
  operator const std::string&() const { return *text_; }  // NOLINT
  operator std::string_view() const { return *text_; }    // NOLINT

  bool empty() const { return text_->empty(); }
  size_t size() const { return text_->size(); }
  const char* c_str() const { return text_->c_str(); }
  const char* data() const { return text_->data(); }
  std::string::const_iterator begin() const { return text_->begin(); }
  std::string::const_iterator end() const { return text_->end(); }
  char operator[](size_t i) const { return (*text_)[i]; }
  char front() const { return text_->front(); }
  char back() const { return text_->back(); }
  size_t find(std::string_view s, size_t at = 0) const { return text_->find(s, at); }
  size_t find(char c, size_t at = 0) const { return text_->find(c, at); }
  size_t rfind(std::string_view s, size_t at = std::string::npos) const {
    return text_->rfind(s, at);
  }
  size_t rfind(char c, size_t at = std::string::npos) const { return text_->rfind(c, at); }
  size_t find_first_of(std::string_view s, size_t at = 0) const {
    return text_->find_first_of(s, at);
  }
  size_t length() const { return text_->size(); }
  std::string substr(size_t at, size_t n = std::string::npos) const { return text_->substr(at, n); }
  bool starts_with(std::string_view s) const { return text_->starts_with(s); }
  bool starts_with(char c) const { return text_->starts_with(c); }
  bool ends_with(std::string_view s) const { return text_->ends_with(s); }
  bool ends_with(char c) const { return text_->ends_with(c); }
  int compare(std::string_view s) const { return text_->compare(s); }
  int compare(size_t at, size_t n, std::string_view s) const { return text_->compare(at, n, s); }
  void clear() { text_ = &none(); }

  friend bool operator==(const InternedText& x, const InternedText& y) {
    return x.text_ == y.text_;
  }
  friend std::strong_ordering operator<=>(const InternedText& x, const InternedText& y) {
    return x.text_ == y.text_ ? std::strong_ordering::equal : *x.text_ <=> *y.text_;
  }
  friend bool operator==(const InternedText& x, const std::string& y) { return *x.text_ == y; }
  friend bool operator==(const InternedText& x, std::string_view y) { return *x.text_ == y; }
  friend bool operator==(const InternedText& x, const char* y) { return *x.text_ == y; }
  friend std::strong_ordering operator<=>(const InternedText& x, const std::string& y) {
    return *x.text_ <=> y;
  }
  friend std::strong_ordering operator<=>(const InternedText& x, std::string_view y) {
    return std::string_view(*x.text_) <=> y;
  }
  friend std::strong_ordering operator<=>(const InternedText& x, const char* y) {
    return std::string_view(*x.text_) <=> std::string_view(y);
  }
  // Exact overloads for each kind of string, so none is ambiguous with another conversion.
  friend std::string operator+(const InternedText& x, const InternedText& y) {
    return *x.text_ + *y.text_;
  }
  friend std::string operator+(const InternedText& x, const std::string& y) { return *x.text_ + y; }
  friend std::string operator+(const std::string& x, const InternedText& y) { return x + *y.text_; }
  friend std::string operator+(const InternedText& x, std::string_view y) {
    std::string s = *x.text_;
    s += y;
    return s;
  }
  friend std::string operator+(std::string_view x, const InternedText& y) {
    std::string s(x);
    s += *y.text_;
    return s;
  }
  friend std::string operator+(const InternedText& x, const char* y) { return *x.text_ + y; }
  friend std::string operator+(const char* x, const InternedText& y) { return x + *y.text_; }
  friend std::string operator+(const InternedText& x, char y) { return *x.text_ + y; }
  friend std::string operator+(char x, const InternedText& y) { return x + *y.text_; }
  friend std::ostream& operator<<(std::ostream& out, const InternedText& x) {
    return out << *x.text_;
  }

 private:
  static const std::string& none();
  const std::string* text_ = &none();
};

}  // namespace claimtrace

template <>
struct std::hash<claimtrace::InternedText> {
  size_t operator()(const claimtrace::InternedText& x) const {
    return std::hash<std::string>()(x.str());
  }
};
