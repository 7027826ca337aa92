// Unicode character names for \N{...} escapes in string literals.
//
// The full name table is hundreds of KiB; this one covers ASCII, Latin-1, Latin
// Extended-A, Greek, basic Cyrillic and a few hundred common symbols and emoji
// (about 9 KiB of flash), plus the algorithmic CJK UNIFIED IDEOGRAPH-XXXX names.
// A build can leave it out with -DMO_UNICODE_NAMES=0: \N{...} then raises
// SyntaxError. Lookup ignores case, as Python's does.
#ifndef MOTE_UNICODE_NAMES_H
#define MOTE_UNICODE_NAMES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifndef MO_UNICODE_NAMES
#define MO_UNICODE_NAMES 1
#endif

// The code point named name[0..len), or false if the name is not known.
bool mo_unicode_lookup_name(const char *name, size_t len, uint32_t *cp);

#endif
