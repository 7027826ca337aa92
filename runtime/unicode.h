// UTF-8 helpers and Unicode character classes for str.
//
// str data is always valid UTF-8. Full Unicode property tables cost tens of KiB of
// flash, too much for a small board, so the character classes here are exact for
// ASCII and Latin-1 (U+0000..U+00FF) and follow simple range rules above that:
// case pairs for Latin Extended-A, Greek, Cyrillic and fullwidth Latin; letters for
// the main alphabetic blocks (Latin, Greek, Cyrillic, Hebrew, Arabic, Indic, CJK,
// kana, Hangul); decimal digits for a few common scripts; a short list of
// non-printable ranges (controls, format characters, separators, private use).
#ifndef MOTE_UNICODE_H
#define MOTE_UNICODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint32_t mo_unichar_t;

// A byte that starts a character (not a continuation byte 10xxxxxx).
static inline bool mo_utf8_is_start(uint8_t b) { return (b & 0xc0) != 0x80; }

// Decodes the character at s (valid UTF-8, s < end).
mo_unichar_t mo_utf8_get_char(const uint8_t *s, const uint8_t *end);
// The start of the next / previous character.
const uint8_t *mo_utf8_next(const uint8_t *s, const uint8_t *end);
const uint8_t *mo_utf8_prev(const uint8_t *s, const uint8_t *start);
// Advances n characters from s, stopping at end.
const uint8_t *mo_utf8_skip(const uint8_t *s, const uint8_t *end, size_t n);
size_t mo_utf8_char_count(const uint8_t *s, size_t len);
bool mo_utf8_is_ascii(const uint8_t *s, size_t len);
// Writes c as 1..4 bytes of UTF-8; returns the count.
size_t mo_utf8_encode(mo_unichar_t c, uint8_t *out);
size_t mo_utf8_encoded_len(mo_unichar_t c);

// Strict UTF-8 check as CPython's decoder: returns true if valid. On failure sets
// *bad_start and *bad_end (byte positions of the offending bytes, end exclusive)
// and *reason ("invalid start byte", "invalid continuation byte",
// "unexpected end of data").
bool mo_utf8_validate(const uint8_t *s, size_t len, size_t *bad_start, size_t *bad_end,
                      const char **reason);

bool mo_unichar_isspace(mo_unichar_t c);
bool mo_unichar_isalpha(mo_unichar_t c);
bool mo_unichar_isdecimal(mo_unichar_t c);  // Nd: usable as an int() digit
bool mo_unichar_isdigit(mo_unichar_t c);    // decimal plus superscripts
bool mo_unichar_isnumeric(mo_unichar_t c);  // digit plus fractions and the like
bool mo_unichar_isalnum(mo_unichar_t c);
bool mo_unichar_isupper(mo_unichar_t c);
bool mo_unichar_islower(mo_unichar_t c);
bool mo_unichar_isprintable(mo_unichar_t c);
bool mo_unichar_isidstart(mo_unichar_t c);
bool mo_unichar_isidcont(mo_unichar_t c);
// Simple (one to one) case mappings; str.upper handles the few one-to-many cases.
mo_unichar_t mo_unichar_toupper(mo_unichar_t c);
mo_unichar_t mo_unichar_tolower(mo_unichar_t c);
// The value of a decimal digit character, or -1.
int mo_unichar_decimal_value(mo_unichar_t c);

// ASCII-only classes (bytes methods use these).
static inline bool mo_ascii_isspace(uint8_t c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static inline bool mo_ascii_isdigit(uint8_t c) { return c >= '0' && c <= '9'; }
static inline bool mo_ascii_isupper(uint8_t c) { return c >= 'A' && c <= 'Z'; }
static inline bool mo_ascii_islower(uint8_t c) { return c >= 'a' && c <= 'z'; }
static inline bool mo_ascii_isalpha(uint8_t c) { return mo_ascii_isupper(c) || mo_ascii_islower(c); }
static inline uint8_t mo_ascii_toupper(uint8_t c) { return mo_ascii_islower(c) ? (uint8_t)(c - 32) : c; }
static inline uint8_t mo_ascii_tolower(uint8_t c) { return mo_ascii_isupper(c) ? (uint8_t)(c + 32) : c; }

#endif
