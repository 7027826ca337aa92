// Interned strings (qstrs): each distinct string is stored once and named by a
// small number, so names compare by number and cost no allocation to pass around.
//
// Static qstrs are generated at build time by tools/gen_qstr.py from every
// `MO_QSTR_name` written in the sources: the generated header defines the enum
// below and the table in ROM. Names that are not C identifiers are spelled with
// escapes: _lt_ <  _gt_ >  _star_ *  _dot_ .  _slash_ /  _dash_ -  _space_ ' '
// _colon_ :  _percent_ %  e.g. MO_QSTR__lt_module_gt_ is "<module>".
// Strings made at run time (identifiers from source, dict keys) are added to
// pools on the GC heap.
#ifndef MOTE_QSTR_H
#define MOTE_QSTR_H

#include <stddef.h>
#include <stdint.h>

typedef size_t qstr;

enum {
    MO_QSTR_NULL = 0,   // no qstr
    MO_QSTR_ = 1,       // the empty string
#include "genhdr/qstrdefs.h"
    MO_QSTR_number_of_static
};

void mo_qstr_init(void);
// Interns data[0..len) (no NUL needed) and returns its number.
qstr mo_qstr_from_strn(const char *data, size_t len);
qstr mo_qstr_from_str(const char *str);
// Returns the qstr if the string is already interned, else MO_QSTR_NULL.
qstr mo_qstr_find_strn(const char *data, size_t len);
const char *mo_qstr_str(qstr q);           // NUL-terminated
const char *mo_qstr_data(qstr q, size_t *len);
size_t mo_qstr_len(qstr q);
size_t mo_qstr_hash(qstr q);
// The hash every str uses (interned or not), so they agree in dicts.
// mo_qstr_find_strn given the text's mo_qstr_compute_hash (a str object caches it).
qstr mo_qstr_find_strn_hashed(const char *data, size_t len, size_t hash);
size_t mo_qstr_compute_hash(const uint8_t *data, size_t len);
// Number of qstrs in existence (static + dynamic).
size_t mo_qstr_count(void);

#endif
