// Printing: text to a mo_print_t, Mote's printf (with %q %T %S %R), printing any
// object through its type, and turning a vstr into a str or bytes object.
#include <stdio.h>
#include <string.h>

#include "runtime/objstr.h"
#include "runtime/runtime.h"

void mo_print_strn(const mo_print_t *p, const char *s, size_t len) {
    if (len > 0) {
        p->write(p->data, s, len);
    }
}

void mo_print_str(const mo_print_t *p, const char *s) {
    mo_print_strn(p, s, strlen(s));
}

static void vstr_write(void *data, const char *s, size_t len) {
    mo_vstr_add_strn((mo_vstr_t *)data, s, len);
}

void mo_print_to_vstr(mo_print_t *p, mo_vstr_t *v) {
    p->data = v;
    p->write = vstr_write;
}

void mo_obj_print(const mo_print_t *p, mo_obj_t obj, int kind) {
    if (obj == MO_OBJ_NULL) {
        mo_print_str(p, "(null)");
        return;
    }
    // Containers print their items through here, so this is where deep nesting
    // (or a list that contains itself) must stop.
    mo_stack_check();
    const mo_type_t *type = mo_obj_type(obj);
    if (type->print != NULL) {
        type->print(p, obj, kind);
    } else {
        mo_printf(p, "<%q object at %p>", (qstr)type->name, MO_PTR(obj));
    }
}

// ---- printf ----------------------------------------------------------------------

#define PF_LEFT 1
#define PF_ZERO 2
#define PF_PLUS 4
#define PF_SPACE 8
#define PF_ALT 16

// Pads s[0..len) to width: spaces on the side the flags say, or zeros after a sign.
static int print_padded(const mo_print_t *p, const char *s, size_t len, int flags, int width) {
    size_t w = width > 0 ? (size_t)width : 0;
    size_t pad = w > len ? w - len : 0;
    if (flags & PF_LEFT) {
        mo_print_strn(p, s, len);
        for (size_t i = 0; i < pad; i++) {
            mo_print_strn(p, " ", 1);
        }
    } else if (flags & PF_ZERO) {
        if (len > 0 && (s[0] == '-' || s[0] == '+' || s[0] == ' ')) {
            mo_print_strn(p, s, 1);
            s++;
            len--;
        }
        for (size_t i = 0; i < pad; i++) {
            mo_print_strn(p, "0", 1);
        }
        mo_print_strn(p, s, len);
    } else {
        for (size_t i = 0; i < pad; i++) {
            mo_print_strn(p, " ", 1);
        }
        mo_print_strn(p, s, len);
    }
    return (int)(len + pad);
}

// Formats an unsigned magnitude into the end of buf; returns the start.
static char *format_uint(char *end, unsigned long long v, unsigned base, bool upper) {
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    char *s = end;
    do {
        *--s = digits[v % base];
        v /= base;
    } while (v != 0);
    return s;
}

static int print_int(const mo_print_t *p, unsigned long long mag, bool neg, unsigned base,
                     bool upper, int flags, int width) {
    char buf[32];
    char *end = buf + sizeof(buf);
    char *s = format_uint(end, mag, base, upper);
    if (neg) {
        *--s = '-';
    } else if (flags & PF_PLUS) {
        *--s = '+';
    } else if (flags & PF_SPACE) {
        *--s = ' ';
    }
    return print_padded(p, s, (size_t)(end - s), flags, width);
}

// Prints an object through a temporary vstr so width and precision can apply.
static int print_obj_padded(const mo_print_t *p, mo_obj_t o, int kind, int flags, int width,
                            int prec) {
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    mo_print_t vp;
    mo_print_to_vstr(&vp, &v);
    mo_obj_print(&vp, o, kind);
    size_t len = v.len;
    if (prec >= 0 && (size_t)prec < len) {
        len = (size_t)prec;
    }
    int n = print_padded(p, v.buf, len, flags & ~PF_ZERO, width);
    mo_vstr_clear(&v);
    return n;
}

int mo_vprintf(const mo_print_t *p, const char *fmt, va_list ap) {
    int count = 0;
    while (*fmt != '\0') {
        if (*fmt != '%') {
            const char *start = fmt;
            while (*fmt != '\0' && *fmt != '%') {
                fmt++;
            }
            mo_print_strn(p, start, (size_t)(fmt - start));
            count += (int)(fmt - start);
            continue;
        }
        const char *spec_start = fmt;
        fmt++;
        int flags = 0;
        for (;; fmt++) {
            if (*fmt == '-') {
                flags |= PF_LEFT;
            } else if (*fmt == '0') {
                flags |= PF_ZERO;
            } else if (*fmt == '+') {
                flags |= PF_PLUS;
            } else if (*fmt == ' ') {
                flags |= PF_SPACE;
            } else if (*fmt == '#') {
                flags |= PF_ALT;
            } else {
                break;
            }
        }
        int width = 0;
        if (*fmt == '*') {
            width = va_arg(ap, int);
            if (width < 0) {
                flags |= PF_LEFT;
                width = width == -2147483647 - 1 ? 0 : -width;
            }
            fmt++;
        } else {
            while (*fmt >= '0' && *fmt <= '9') {
                width = width < 100000 ? width * 10 + (*fmt - '0') : width;
                fmt++;
            }
        }
        int prec = -1;
        if (*fmt == '.') {
            fmt++;
            prec = 0;
            if (*fmt == '*') {
                prec = va_arg(ap, int);
                fmt++;
            } else {
                while (*fmt >= '0' && *fmt <= '9') {
                    prec = prec < 100000 ? prec * 10 + (*fmt - '0') : prec;
                    fmt++;
                }
            }
        }
        int longs = 0;  // 1: long, 2: long long, 3: size_t
        if (*fmt == 'l') {
            longs = 1;
            fmt++;
            if (*fmt == 'l') {
                longs = 2;
                fmt++;
            }
        } else if (*fmt == 'z') {
            longs = 3;
            fmt++;
        }
        char conv = *fmt;
        if (conv == '\0') {
            break;
        }
        fmt++;
        switch (conv) {
            case 'd':
            case 'i': {
                long long v = longs == 2 ? va_arg(ap, long long)
                            : longs == 1 ? va_arg(ap, long)
                            : longs == 3 ? (long long)va_arg(ap, size_t)
                                         : va_arg(ap, int);
                unsigned long long mag = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
                count += print_int(p, mag, v < 0, 10, false, flags, width);
                break;
            }
            case 'u':
            case 'x':
            case 'X':
            case 'o': {
                unsigned long long v = longs == 2 ? va_arg(ap, unsigned long long)
                                     : longs == 1 ? va_arg(ap, unsigned long)
                                     : longs == 3 ? va_arg(ap, size_t)
                                                  : va_arg(ap, unsigned int);
                unsigned base = conv == 'u' ? 10 : conv == 'o' ? 8 : 16;
                count += print_int(p, v, false, base, conv == 'X', flags & ~(PF_PLUS | PF_SPACE),
                                   width);
                break;
            }
            case 'p': {
                char buf[24];
                char *end = buf + sizeof(buf);
                char *s = format_uint(end, (uintptr_t)va_arg(ap, void *), 16, false);
                *--s = 'x';
                *--s = '0';
                count += print_padded(p, s, (size_t)(end - s), flags, width);
                break;
            }
            case 'c': {
                char c = (char)va_arg(ap, int);
                count += print_padded(p, &c, 1, flags, width);
                break;
            }
            case 's': {
                const char *s = va_arg(ap, const char *);
                if (s == NULL) {
                    s = "(null)";
                }
                size_t len = prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s);
                count += print_padded(p, s, len, flags, width);
                break;
            }
            case 'q': {
                size_t len;
                const char *s = mo_qstr_data(va_arg(ap, qstr), &len);
                if (prec >= 0 && (size_t)prec < len) {
                    len = (size_t)prec;
                }
                count += print_padded(p, s, len, flags, width);
                break;
            }
            case 'T': {
                mo_obj_t o = va_arg(ap, mo_obj_t);
                size_t len;
                const char *s = mo_qstr_data(mo_obj_type(o)->name, &len);
                count += print_padded(p, s, len, flags, width);
                break;
            }
            case 'S':
            case 'R':
                count += print_obj_padded(p, va_arg(ap, mo_obj_t),
                                          conv == 'S' ? MO_PRINT_STR : MO_PRINT_REPR, flags,
                                          width, prec);
                break;
            case 'e':
            case 'f':
            case 'g':
            case 'E':
            case 'F':
            case 'G': {
                // Floats are rare in C-side messages; the C library formats them.
                char cfmt[32];
                size_t n = (size_t)(fmt - spec_start);
                if (n >= sizeof(cfmt) || memchr(spec_start, '*', n) != NULL) {
                    (void)va_arg(ap, double);
                    break;
                }
                memcpy(cfmt, spec_start, n);
                cfmt[n] = '\0';
                char buf[64];
                int len = snprintf(buf, sizeof(buf), cfmt, va_arg(ap, double));
                if (len < 0) {
                    break;
                }
                if ((size_t)len >= sizeof(buf)) {
                    len = sizeof(buf) - 1;
                }
                mo_print_strn(p, buf, (size_t)len);
                count += len;
                break;
            }
            case '%':
                mo_print_strn(p, "%", 1);
                count++;
                break;
            default:
                // Unknown: print the spec as written so the mistake is visible.
                mo_print_strn(p, spec_start, (size_t)(fmt - spec_start));
                count += (int)(fmt - spec_start);
                break;
        }
    }
    return count;
}

int mo_printf(const mo_print_t *p, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    int n = mo_vprintf(p, fmt, ap);
    va_end(ap);
    return n;
}

// ---- vstr to object ----------------------------------------------------------------

// Gives the vstr's bytes to a new object, shrinking the buffer to fit.
static mo_obj_t vstr_to_obj(mo_vstr_t *v, const mo_type_t *type) {
    mo_obj_t o;
    if (v->fixed || v->buf == NULL) {
        o = mo_str_new_of_type(type, (const uint8_t *)(v->buf ? v->buf : ""), v->len);
    } else {
        char *buf = mo_realloc(v->buf, v->len + 1);
        buf[v->len] = '\0';
        o = mo_str_new_taking(type, (uint8_t *)buf, v->len);
    }
    v->buf = NULL;
    v->alloc = 0;
    v->len = 0;
    return o;
}

mo_obj_t mo_obj_new_str_vprintf(const char *fmt, va_list ap) {
    mo_vstr_t v;
    mo_print_t p;
    mo_vstr_init(&v, 32);
    mo_print_to_vstr(&p, &v);
    mo_vprintf(&p, fmt, ap);
    return mo_obj_new_str_from_vstr(&v);
}

mo_obj_t mo_obj_new_str_from_vstr(mo_vstr_t *v) {
    return vstr_to_obj(v, &mo_type_str);
}

mo_obj_t mo_obj_new_bytes_from_vstr(mo_vstr_t *v) {
    return vstr_to_obj(v, &mo_type_bytes);
}
