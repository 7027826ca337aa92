// Parsing numbers from strings the way int(), float() and complex() accept them,
// with CPython's ValueError messages. `orig` is the object being converted (its
// repr goes in the message); pass MO_OBJ_NULL to quote s itself.
#ifndef MOTE_PARSENUM_H
#define MOTE_PARSENUM_H

#include <stdbool.h>
#include <stddef.h>

#include "runtime/obj.h"

// Surrounding whitespace, a sign, a 0x/0o/0b prefix (base 0, or matching base),
// underscores between digits; base 0 infers the base from the prefix.
mo_obj_t mo_parse_num_int(const char *s, size_t len, int base, mo_obj_t orig);
// Surrounding whitespace, a sign, decimal digits with underscores between digits,
// an optional fraction and exponent, or inf / infinity / nan in any case.
mo_obj_t mo_parse_num_float(const char *s, size_t len, mo_obj_t orig);
// complex('1+2j'), complex(' (1-2.5e3j) '), complex('j'), complex('-inf').
mo_obj_t mo_parse_num_complex(const char *s, size_t len, mo_obj_t orig);
// The float syntax above without surrounding whitespace, for the whole of s.
bool mo_parse_double(const char *s, size_t len, double *out);
// Reads the longest float at the start of s (sign allowed); returns the number of
// characters used, 0 if there is no float there.
size_t mo_scan_double(const char *s, size_t len, double *out);

#endif
