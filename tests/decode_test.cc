// Decoding: BOMs, declared charsets, UTF-8 with damage, legacy charsets by ICU detection.
#include "decode.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

namespace claimtrace {
namespace {

using Range = std::pair<uint64_t, uint64_t>;
Range R(uint64_t begin, uint64_t end) { return {begin, end}; }

// UTF-8 -> another charset, for making legacy-encoded test input.
std::string encode(const std::string& utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err));
  out.resize(static_cast<size_t>(n));
  return out;
}

const std::string kRussian =
    "Товарооборот между Беларусью и Китаем в 2021 году составил около 6 миллиардов долларов "
    "США. Это рекордный показатель для двусторонней торговли, сообщило министерство.";

TEST(Decode, ValidUtf8IsCopiedAndMapsToItself) {
  std::string s =
      "Trade \xE2\x80\x9C"
      "grew\xE2\x80\x9D.";
  Decoded d = decode(s, "");
  EXPECT_EQ(d.encoding, "UTF-8");
  EXPECT_EQ(d.text, s);
  EXPECT_TRUE(d.invalid_bytes.empty());
  EXPECT_EQ(d.to_original.piece_count(), 1u);
}

TEST(Decode, Utf8BomIsSkippedAndOffsetsStayOriginal) {
  Decoded d = decode("\xEF\xBB\xBFHello", "");
  EXPECT_EQ(d.text, "Hello");
  EXPECT_EQ(d.encoding_from, "BOM");
  EXPECT_EQ(d.to_original.map(0, 5), R(3, 8));
}

TEST(Decode, InvalidSequencesBecomeReplacementCharacters) {
  // Mostly valid UTF-8 (curly quotes) with a stray 0xFF and a truncated 3-byte sequence.
  std::string s = "\xE2\x80\x9CTrade\xE2\x80\x9D \xFF grew \xE2\x80 to $6 billion \xC3\xA9.";
  Decoded d = decode(s, "");
  EXPECT_EQ(d.encoding, "UTF-8");
  ASSERT_EQ(d.invalid_bytes.size(), 2u);
  EXPECT_EQ(d.invalid_bytes[0], 12u);
  EXPECT_EQ(d.invalid_bytes[1], 19u);
  EXPECT_NE(d.text.find("\xEF\xBF\xBD grew \xEF\xBF\xBD to"), std::string::npos);
  size_t fffd = d.text.find("\xEF\xBF\xBD");
  EXPECT_EQ(d.to_original.map(fffd, fffd + 3), R(12, 13));
  const size_t second = d.text.find("\xEF\xBF\xBD", fffd + 3);
  // The truncated sequence is one maximal subpart: two bytes, one U+FFFD.
  EXPECT_EQ(d.to_original.map(second, second + 3), R(19, 21));
}

TEST(Decode, Utf16WithBomBothOrders) {
  for (const char* charset : {"UTF-16LE", "UTF-16BE"}) {
    std::string body = encode(
        "Trade: \xE2\x82\xAC"
        "5 bn",
        charset);
    std::string bom = std::string(charset) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    Decoded d = decode(bom + body, "");
    EXPECT_EQ(d.text,
              "Trade: \xE2\x82\xAC"
              "5 bn")
        << charset;
    EXPECT_EQ(d.encoding_from, "BOM");
    // "5" is the 9th UTF-16 unit after the BOM: bytes 2 + 8*2.
    size_t five = d.text.find('5');
    EXPECT_EQ(d.to_original.map(five, five + 1), R(18, 20)) << charset;
    // The euro sign: three UTF-8 bytes from one two-byte unit.
    EXPECT_EQ(d.to_original.map(7, 10), R(16, 18)) << charset;
  }
}

TEST(Decode, Utf16UnpairedSurrogateIsReported) {
  std::string s = std::string("\xFF\xFE", 2) + std::string(
                                                   "A\0\x00\xD8"
                                                   "B\0",
                                                   6);
  Decoded d = decode(s, "");
  EXPECT_EQ(d.text,
            "A\xEF\xBF\xBD"
            "B");
  ASSERT_EQ(d.invalid_bytes.size(), 1u);
  EXPECT_EQ(d.invalid_bytes[0], 4u);
}

TEST(Decode, LegacyCyrillicIsDetected) {
  std::string cp1251 = encode(kRussian, "windows-1251");
  Decoded d = decode(cp1251, "");
  EXPECT_EQ(d.text, kRussian);
  EXPECT_NE(d.encoding_from.find("detected"), std::string::npos);
  // Each Cyrillic letter is one original byte: the 'Т' at 0 maps to byte 0 only.
  EXPECT_EQ(d.to_original.map(0, 2), R(0, 1));
  size_t year = d.text.find("2021");
  EXPECT_EQ(d.to_original.map(year, year + 4).first, cp1251.find("2021"));
}

TEST(Decode, DeclaredCharsetWins) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><d>" +
                    encode("Минск", "windows-1251") + "</d>";
  EXPECT_EQ(declared_charset(xml), "windows-1251");
  Decoded d = decode(xml, declared_charset(xml));
  EXPECT_NE(d.text.find("Минск"), std::string::npos);
  EXPECT_EQ(d.encoding_from, "declared");
  EXPECT_EQ(declared_charset("<html><head><meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(declared_charset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
            "windows-1252");
}

TEST(Decode, UnknownDeclaredCharsetFallsBackWithANote) {
  Decoded d = decode("<?xml version='1.0' encoding='no-such-charset'?><a/>", "no-such-charset");
  EXPECT_EQ(d.encoding, "UTF-8");
  ASSERT_EQ(d.notes.size(), 1u);
}

TEST(BinaryReason, NulBytesAndControlCharacters) {
  EXPECT_EQ(binary_reason(std::string("abc\0def", 7)).value_or(""), "binary: NUL byte at offset 3");
  std::string controls(100, '\x01');
  EXPECT_TRUE(binary_reason(controls).has_value());
  EXPECT_FALSE(binary_reason("plain text\r\n\twith tabs\f").has_value());
  EXPECT_FALSE(binary_reason(std::string("\xFF\xFE"
                                         "A\0",
                                         4))
                   .has_value());  // UTF-16 BOM
}

}  // namespace
}  // namespace claimtrace
