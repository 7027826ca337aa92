// Growable byte buffers on the GC heap (print.h), used to build strings without
// quadratic copying: the buffer doubles as it fills.
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/unicode.h"

void mo_vstr_init(mo_vstr_t *v, size_t alloc) {
    if (alloc < 16) {
        alloc = 16;
    }
    v->alloc = alloc;
    v->len = 0;
    v->buf = mo_alloc(alloc);
    v->fixed = false;
}

void mo_vstr_init_fixed(mo_vstr_t *v, char *buf, size_t alloc) {
    v->alloc = alloc;
    v->len = 0;
    v->buf = buf;
    v->fixed = true;
}

void mo_vstr_clear(mo_vstr_t *v) {
    if (!v->fixed && v->buf != NULL) {
        mo_free(v->buf);
    }
    v->buf = NULL;
    v->alloc = 0;
    v->len = 0;
}

void mo_vstr_reset(mo_vstr_t *v) {
    v->len = 0;
}

// Makes room for n more bytes (plus a spare byte for a NUL); false if v is fixed
// and full.
static bool ensure(mo_vstr_t *v, size_t n) {
    if (n > SIZE_MAX / 2 - v->len) {
        mo_raise_memory_error();
    }
    size_t need = v->len + n + 1;
    if (need <= v->alloc) {
        return true;
    }
    if (v->fixed) {
        return false;
    }
    size_t alloc = v->alloc * 2;
    if (alloc < need) {
        alloc = need;
    }
    v->buf = mo_realloc(v->buf, alloc);
    v->alloc = alloc;
    return true;
}

char *mo_vstr_extend(mo_vstr_t *v, size_t n) {
    if (!ensure(v, n)) {
        return NULL;
    }
    char *p = v->buf + v->len;
    v->len += n;
    return p;
}

void mo_vstr_add_strn(mo_vstr_t *v, const char *s, size_t len) {
    if (!ensure(v, len)) {
        // Fixed buffer: keep what fits (one byte stays free for the NUL).
        len = v->alloc > v->len + 1 ? v->alloc - v->len - 1 : 0;
    }
    if (len > 0) {
        memcpy(v->buf + v->len, s, len);
        v->len += len;
    }
}

void mo_vstr_add_byte(mo_vstr_t *v, char c) {
    mo_vstr_add_strn(v, &c, 1);
}

void mo_vstr_add_str(mo_vstr_t *v, const char *s) {
    mo_vstr_add_strn(v, s, strlen(s));
}

void mo_vstr_add_char(mo_vstr_t *v, uint32_t codepoint) {
    uint8_t buf[4];
    size_t n = mo_utf8_encode(codepoint, buf);
    mo_vstr_add_strn(v, (const char *)buf, n);
}

const char *mo_vstr_null_terminated(mo_vstr_t *v) {
    if (v->alloc == 0) {
        return "";
    }
    ensure(v, 0);
    v->buf[v->len < v->alloc ? v->len : v->alloc - 1] = '\0';
    return v->buf;
}
