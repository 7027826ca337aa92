// Shared REPL logic (repl.h): used by the host program and the board supervisor.
#include "runtime/repl.h"

#include <string.h>

#include "compiler/compile.h"
#include "runtime/runtime.h"

// Scans Python text well enough to know whether it is unfinished: tracks
// brackets, string literals (incl. triple quotes) and comments.
typedef struct {
    int depth;           // open brackets
    bool in_triple;      // inside an unterminated triple-quoted string
    bool backslash_end;  // the last line ends with a continuation backslash
} scan_t;

static void scan_text(const char *s, scan_t *out) {
    int depth = 0;
    char quote = 0;
    bool triple = false;
    size_t n = strlen(s);
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (quote) {
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                if (!triple) {
                    quote = 0;
                } else if (i + 2 < n + 0 && s[i + 1] == quote && s[i + 2] == quote) {
                    quote = 0;
                    i += 2;
                }
            } else if (c == '\n' && !triple) {
                quote = 0;  // an unterminated one-line string: let the compiler say so
            }
            continue;
        }
        if (c == '#') {
            while (i < n && s[i] != '\n') {
                i++;
            }
        } else if (c == '\'' || c == '"') {
            quote = c;
            triple = i + 2 < n && s[i + 1] == c && s[i + 2] == c;
            if (triple) {
                i += 2;
            }
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        }
    }
    out->depth = depth;
    out->in_triple = quote != 0 && triple;
    out->backslash_end = n > 0 && s[n - 1] == '\\';
}

// The last line of text, and whether it is blank.
static const char *last_line(const char *text) {
    const char *nl = strrchr(text, '\n');
    return nl ? nl + 1 : text;
}

static bool is_blank(const char *line) {
    for (; *line; line++) {
        if (*line != ' ' && *line != '\t') {
            return false;
        }
    }
    return true;
}

static bool ends_with_colon(const char *line) {
    size_t n = strlen(line);
    while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t')) {
        n--;
    }
    // A comment after the colon still opens a block; keep the check simple.
    const char *hash = memchr(line, '#', n);
    if (hash != NULL) {
        n = (size_t)(hash - line);
        while (n > 0 && (line[n - 1] == ' ' || line[n - 1] == '\t')) {
            n--;
        }
    }
    return n > 0 && line[n - 1] == ':';
}

// A line that starts a compound statement opens a block even when its body follows
// the colon on the same line (`if x: f()`), as in CPython's REPL.
static bool starts_compound(const char *line) {
    static const char *const keywords[] = {"if", "for", "while", "def", "class", "with",
                                           "try", "async", "elif", "else", "except",
                                           "finally"};
    while (*line == ' ' || *line == '\t') {
        line++;
    }
    if (*line == '@') {
        return true;
    }
    for (size_t i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++) {
        size_t n = strlen(keywords[i]);
        if (strncmp(line, keywords[i], n) == 0 &&
            (line[n] == ' ' || line[n] == ':' || line[n] == '(' || line[n] == '\t')) {
            return true;
        }
    }
    return false;
}

bool mo_repl_continue_with_input(const char *text) {
    scan_t sc;
    scan_text(text, &sc);
    if (sc.depth > 0 || sc.in_triple || sc.backslash_end) {
        return true;
    }
    bool multi = strchr(text, '\n') != NULL;
    const char *first_end = strchr(text, '\n');
    size_t first_len = first_end ? (size_t)(first_end - text) : strlen(text);
    char first[256];
    size_t copy = first_len < sizeof(first) - 1 ? first_len : sizeof(first) - 1;
    memcpy(first, text, copy);
    first[copy] = 0;
    bool block = ends_with_colon(first) || starts_compound(first);
    if (!multi) {
        return block;
    }
    // Inside a block (or after a decorator), an empty line ends the entry.
    return (block || ends_with_colon(last_line(text))) && !is_blank(last_line(text));
}

size_t mo_repl_auto_indent(const char *text) {
    const char *line = last_line(text);
    size_t indent = 0;
    while (line[indent] == ' ') {
        indent++;
    }
    if (ends_with_colon(line)) {
        indent += 4;
    }
    return indent;
}

int mo_handle_uncaught(mo_obj_t exc) {
    if (mo_obj_is_type(exc, &mo_type_SystemExit) ||
        (mo_obj_is_exception_instance(exc) &&
         mo_type_is_subclass(mo_obj_type(exc), &mo_type_SystemExit))) {
        mo_obj_t code = mo_exc_get_value(exc);
        if (code == mo_const_none) {
            return 0x100;
        }
        mo_int_t v;
        if (mo_obj_get_int_maybe(code, &v)) {
            return 0x100 | (int)(v & 0xff);
        }
        mo_obj_print(&mo_plat_eprint, code, MO_PRINT_STR);
        mo_print_str(&mo_plat_eprint, "\n");
        return 0x100 | 1;
    }
    mo_print_exception(&mo_plat_eprint, exc);
    if (mo_obj_is_exception_instance(exc) &&
        mo_type_is_subclass(mo_obj_type(exc), &mo_type_KeyboardInterrupt)) {
        return 0x200 | 1;
    }
    return 1;
}

static int exec_in_main(const char *src, size_t len, qstr name, int kind) {
    mo_nlr_buf_t nlr;
    mo_dict_t *globals = mo_obj_module_get_globals(mo_state.main_module);
    if (mo_nlr_push(&nlr) == 0) {
        mo_exec_source(src, len, name, kind, globals, globals);
        mo_nlr_pop();
        return 0;
    }
    mo_state.globals = globals;
    mo_state.locals = globals;
    return mo_handle_uncaught(nlr.ret_val);
}

int mo_repl_exec_entry(const char *text, size_t len) {
    return exec_in_main(text, len, MO_QSTR__lt_stdin_gt_, MO_PARSE_SINGLE_INPUT);
}

int mo_exec_main(const char *src, size_t len, qstr source_name) {
    return exec_in_main(src, len, source_name, MO_PARSE_FILE_INPUT);
}
