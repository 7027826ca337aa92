// The json module's parts: modjson.c (the Python face: dumps, loads, dump, load
// and JSONDecodeError), json_encode.c (values to JSON text) and json_decode.c
// (JSON text to values). Private to these three files.
#ifndef MOTE_STDLIB_MODJSON_H
#define MOTE_STDLIB_MODJSON_H

#include "runtime/runtime.h"

// JSONDecodeError, a ValueError subclass, as json.JSONDecodeError.
extern const mo_type_t mo_type_JSONDecodeError;

// Raises JSONDecodeError("<msg>: line L column C (char P)") for the byte offset
// `offset` into doc (a str), which holds `data`/`len` as UTF-8. The position
// CPython reports counts characters, so the offset is converted.
_Noreturn void mo_json_raise_error(const char *msg, mo_obj_t doc, const uint8_t *data,
                                   size_t offset);

// What dumps()'s keyword arguments choose; set by mo_json_encode_opts.
typedef struct mo_json_enc_opts {
    // Text pieces as UTF-8 (pointing into str objects or C literals).
    const char *indent;     // NULL for no newlines
    const char *item_sep;
    const char *key_sep;
    size_t indent_len, item_sep_len, key_sep_len;
    mo_obj_t default_fn;    // callable, or NULL: raise TypeError
    bool sort_keys;
    bool ensure_ascii;
    bool skipkeys;
    bool allow_nan;
    bool check_circular;
} mo_json_enc_opts_t;

// Fills opts from dumps()'s keyword arguments (kw may be NULL), raising TypeError
// for unknown ones as CPython's JSONEncoder does.
void mo_json_encode_opts(mo_json_enc_opts_t *opts, mo_map_t *kw);
// obj as JSON text, a str.
mo_obj_t mo_json_encode(mo_obj_t obj, const mo_json_enc_opts_t *opts);

// s (str, bytes or bytearray) decoded with loads()'s keyword arguments (kw may be
// NULL).
mo_obj_t mo_json_decode(mo_obj_t s, mo_map_t *kw);

#endif
