// The bytecode emitter: MicroPython v6 bytecode for every scope of a module.
//
// Passes. First a "scope pass" over every scope in list order registers the
// qstrs and constants that are not names of variables (attribute names, string
// constants, function names), as MicroPython's scope pass does; so the module's
// qstr table comes out in the same order as mpy-cross's. Then each scope is
// compiled repeatedly until its label offsets stop moving: a jump takes the
// 1-byte operand form when the distance fits, and once it needed 2 bytes it keeps
// them, so sizes only grow and the loop ends. The last pass's code is final.
//
// Code after an unconditional jump, return or raise is not written until the next
// label (as MicroPython does), but the stack is still counted through it.
#include "compiler/emit_bc.h"

#include <string.h>

#include "runtime/runtime.h"

enum { PASS_SCOPE, PASS_CODE };

// `for x in range(...)` as a counter on the stack, as MicroPython does. Off: it
// skips range()'s argument checks (range(2.5) would loop instead of raising
// TypeError), and our VM's allocation-free range iterator is as fast anyway
// (5M iterations: 0.13 s against 0.17 s with the counter, on the host).
#define EMIT_RANGE_FOR 0

// ---- module-wide tables --------------------------------------------------------

typedef struct module_ctx {
    mo_arena_t *arena;
    const mo_comp_src_t *cs;
    const mo_compile_options_t *opts;
    mo_parse_input_kind_t kind;
    unsigned small_int_bits;
    qstr *qstrs;
    uint32_t n_qstr, alloc_qstr;
    uint32_t *qstr_hash;     // open addressing: index + 1 into qstrs, 0 = empty
    uint32_t qstr_hash_size; // a power of two, kept at least twice n_qstr
    mo_obj_t *objs;
    uint32_t n_obj, alloc_obj;
    qstr *const_names;       // const() names of the module and their values
    mo_obj_t *const_vals;
    uint32_t n_const, alloc_const;
} module_ctx_t;

// Grows an arena array of n used elements to hold one more.
static void *grow(mo_arena_t *arena, void *items, uint32_t n, uint32_t *alloc, size_t size) {
    if (n < *alloc) {
        return items;
    }
    uint32_t na = *alloc ? *alloc * 2 : 16;
    void *p = mo_arena_alloc(arena, na * size);
    if (n) {
        memcpy(p, items, n * size);
    }
    *alloc = na;
    return p;
}

static void qstr_hash_insert(module_ctx_t *m, qstr q, uint32_t index) {
    uint32_t mask = m->qstr_hash_size - 1;
    uint32_t h = (uint32_t)(q * 2654435761u) & mask;
    while (m->qstr_hash[h] != 0) {
        h = (h + 1) & mask;
    }
    m->qstr_hash[h] = index + 1;
}

// The index of q in the module's qstr table, adding it on first use.
// Per-scope buffers live on the heap (not the arena) so each is freed as soon as
// its scope is done: room for `need` more elements after `used`.
static void *heap_grow(void *p, uint32_t used, uint32_t need, uint32_t *alloc, size_t size) {
    if (used + need <= *alloc) {
        return p;
    }
    uint32_t na = *alloc ? *alloc * 2 : 16;
    if (na < used + need) {
        na = used + need;
    }
    p = mo_realloc(p, (size_t)na * size);
    *alloc = na;
    return p;
}

static uint32_t qstr_index(module_ctx_t *m, qstr q) {
    if (m->qstr_hash_size != 0) {
        uint32_t mask = m->qstr_hash_size - 1;
        for (uint32_t h = (uint32_t)(q * 2654435761u) & mask; m->qstr_hash[h] != 0; h = (h + 1) & mask) {
            if (m->qstrs[m->qstr_hash[h] - 1] == q) {
                return m->qstr_hash[h] - 1;
            }
        }
    }
    m->qstrs = grow(m->arena, m->qstrs, m->n_qstr, &m->alloc_qstr, sizeof(qstr));
    uint32_t index = m->n_qstr++;
    m->qstrs[index] = q;
    if (m->n_qstr * 2 > m->qstr_hash_size) {
        m->qstr_hash_size = m->qstr_hash_size ? m->qstr_hash_size * 2 : 64;
        m->qstr_hash = mo_arena_alloc(m->arena, m->qstr_hash_size * sizeof(uint32_t));
        for (uint32_t i = 0; i < m->n_qstr; i++) {
            qstr_hash_insert(m, m->qstrs[i], i);
        }
    } else {
        qstr_hash_insert(m, q, index);
    }
    return index;
}

// Constants are shared by value, but only when they are exactly alike (1 and 1.0
// and True are different constants, as are (1,) and (1.0,)).
static bool const_same(mo_obj_t a, mo_obj_t b) {
    if (a == b) {
        return true;
    }
    const mo_type_t *t = mo_obj_type(a);
    if (t != mo_obj_type(b)) {
        return false;
    }
    if (t == &mo_type_int) {
        return mo_obj_equal(a, b);
    }
    if (t == &mo_type_float) {
        double x = mo_obj_get_float(a), y = mo_obj_get_float(b);
        return memcmp(&x, &y, sizeof(double)) == 0;
    }
    if (t == &mo_type_str || t == &mo_type_bytes) {
        size_t la, lb;
        const char *da = mo_obj_str_get_data(a, &la);
        const char *db = mo_obj_str_get_data(b, &lb);
        return la == lb && memcmp(da, db, la) == 0;
    }
    if (t == &mo_type_tuple) {
        const mo_tuple_t *ta = MO_PTR(a), *tb = MO_PTR(b);
        if (ta->len != tb->len) {
            return false;
        }
        for (size_t i = 0; i < ta->len; i++) {
            if (!const_same(ta->items[i], tb->items[i])) {
                return false;
            }
        }
        return true;
    }
    if (t == &mo_type_complex) {
        return mo_obj_equal(a, b);
    }
    return false;
}

static uint32_t obj_index(module_ctx_t *m, mo_obj_t o) {
    for (uint32_t i = 0; i < m->n_obj; i++) {
        if (const_same(m->objs[i], o)) {
            return i;
        }
    }
    m->objs = grow(m->arena, m->objs, m->n_obj, &m->alloc_obj, sizeof(mo_obj_t));
    m->objs[m->n_obj] = o;
    return m->n_obj++;
}

static mo_obj_t *const_lookup(module_ctx_t *m, qstr name) {
    for (uint32_t i = 0; i < m->n_const; i++) {
        if (m->const_names[i] == name) {
            return &m->const_vals[i];
        }
    }
    return NULL;
}

static void const_define(module_ctx_t *m, qstr name, mo_obj_t value) {
    mo_obj_t *v = const_lookup(m, name);
    if (v != NULL) {
        *v = value;
        return;
    }
    uint32_t a = m->alloc_const;
    m->const_names = grow(m->arena, m->const_names, m->n_const, &a, sizeof(qstr));
    a = m->alloc_const;
    m->const_vals = grow(m->arena, m->const_vals, m->n_const, &a, sizeof(mo_obj_t));
    m->alloc_const = a;
    m->const_names[m->n_const] = name;
    m->const_vals[m->n_const] = value;
    m->n_const++;
}

// ---- the emitter of one scope ------------------------------------------------

typedef struct loop {
    struct loop *prev;
    uint32_t break_label;
    uint32_t continue_label;
    int exc_depth;           // handler depth outside the loop
    bool pop_iter;           // break leaves a for loop: drop the iterator's slots
} loop_t;

// An `async with` being compiled: return, break and continue leaving it call
// its __aexit__ first.
typedef struct awith {
    struct awith *prev;
    qstr hidden;             // the local holding the context manager
    int loop_depth;          // how many loops are around it
} awith_t;

typedef struct emit {
    module_ctx_t *m;
    mo_scope_t *scope;
    int pass;
    uint8_t *code;
    uint32_t code_len, code_alloc;
    bool suppress;
    uint32_t n_labels, alloc_labels;
    uint32_t *label_off, *label_prev;
    uint8_t *label_set;
    bool have_prev;
    uint32_t n_jumps, alloc_jumps;
    uint8_t *jump_wide;
    int stack, max_stack;
    int exc_depth, max_exc;
    uint8_t *lines;
    uint32_t lines_len, lines_alloc;
    uint32_t last_line;
    uint32_t last_line_off;
    loop_t *loop;
    awith_t *awith;
    int comp_depth;          // generators entered so far in a comprehension
} emit_t;

static void c_expr(emit_t *e, mo_node_t *n);
static void c_stmts(emit_t *e, const mo_nodes_t *l);
static void c_store(emit_t *e, mo_node_t *t);
static void c_cond(emit_t *e, mo_node_t *n, bool jump_if, uint32_t label);
static void enter_handler(emit_t *e);
static void exit_async_withs(emit_t *e, int depth);
static int loop_depth(emit_t *e);

_Noreturn static void error(emit_t *e, const mo_node_t *n, const char *msg) {
    mo_comp_syntax_error(e->m->cs, n, "%s", msg);
}

static void write_bytes(emit_t *e, const uint8_t *b, uint32_t n) {
    if (e->suppress) {
        return;
    }
    e->code = heap_grow(e->code, e->code_len, n, &e->code_alloc, 1);
    memcpy(e->code + e->code_len, b, n);
    e->code_len += n;
}

static void write_byte(emit_t *e, uint8_t b) {
    write_bytes(e, &b, 1);
}

static uint32_t encode_uint(uint8_t *buf, size_t v) {
    uint8_t tmp[12];
    uint32_t n = 0;
    do {
        tmp[n++] = v & 0x7f;
        v >>= 7;
    } while (v != 0);
    for (uint32_t i = 0; i < n; i++) {
        buf[i] = tmp[n - 1 - i] | (i + 1 < n ? 0x80 : 0);
    }
    return n;
}

static void write_uint(emit_t *e, size_t v) {
    uint8_t buf[12];
    write_bytes(e, buf, encode_uint(buf, v));
}

static void adjust(emit_t *e, int delta) {
    e->stack += delta;
    if (e->stack > e->max_stack) {
        e->max_stack = e->stack;
    }
}

static void op0(emit_t *e, uint8_t op, int delta) {
    adjust(e, delta);
    write_byte(e, op);
}

static void op_uint(emit_t *e, uint8_t op, size_t v, int delta) {
    adjust(e, delta);
    write_byte(e, op);
    write_uint(e, v);
}

// is_id: the qstr names a variable (LOAD_NAME ...); the scope pass skips those.
static void op_qstr(emit_t *e, uint8_t op, qstr q, int delta, bool is_id) {
    adjust(e, delta);
    if (e->pass == PASS_SCOPE && is_id) {
        return;
    }
    uint32_t idx = qstr_index(e->m, q);
    write_byte(e, op);
    write_uint(e, idx);
}

// ---- labels and jumps ---------------------------------------------------------------

static uint32_t new_label(emit_t *e) {
    uint32_t l = e->n_labels++;
    if (l >= e->alloc_labels) {
        uint32_t a = e->alloc_labels;
        e->label_off = heap_grow(e->label_off, l, 1, &a, sizeof(uint32_t));
        a = e->alloc_labels;
        e->label_prev = heap_grow(e->label_prev, l, 1, &a, sizeof(uint32_t));
        a = e->alloc_labels;
        e->label_set = heap_grow(e->label_set, l, 1, &a, 1);
        e->alloc_labels = a;
    }
    e->label_set[l] = 0;
    e->label_off[l] = 0;
    return l;
}

static void label(emit_t *e, uint32_t l) {
    e->suppress = false;
    e->label_off[l] = e->code_len;
    e->label_set[l] = 1;
}

static void op_jump(emit_t *e, uint8_t op, uint32_t l, int delta) {
    adjust(e, delta);
    uint32_t site = e->n_jumps++;
    if (site >= e->alloc_jumps) {
        uint32_t a = e->alloc_jumps;
        e->jump_wide = heap_grow(e->jump_wide, site, 1, &a, 1);
        memset(e->jump_wide + e->alloc_jumps, 0, a - e->alloc_jumps);
        e->alloc_jumps = a;
    }
    if (e->suppress) {
        return;
    }
    bool is_signed = op <= MO_BC_POP_JUMP_IF_FALSE;
    int64_t from = (int64_t)e->code_len + 1;
    bool known = e->label_set[l] || e->have_prev;
    int64_t target = e->label_set[l] ? e->label_off[l] : e->label_prev[l];
    bool wide = e->jump_wide[site] != 0;
    int64_t v = 0;
    if (!wide && known) {
        v = target - (from + 1) + (is_signed ? 0x40 : 0);
        if (!e->label_set[l] && target <= from) {
            v = 0;   // stale forward offset: a placeholder until the next pass
        } else if (v < 0 || v > 0x7f) {
            wide = true;
            e->jump_wide[site] = 1;
        }
    }
    uint8_t buf[3] = {op, 0, 0};
    if (wide) {
        v = known ? target - (from + 2) + (is_signed ? 0x4000 : 0) : 0;
        if (v < 0 || v > 0x7fff) {
            // A forward label's offset is last pass's, which code growth in this
            // pass may have overtaken; the next pass corrects it. An exact
            // (backward) target out of reach is a real limit.
            if (e->label_set[l]) {
                error(e, NULL, "function too big");
            }
            v = 0;
        }
        buf[1] = (uint8_t)(0x80 | (v & 0x7f));
        buf[2] = (uint8_t)(v >> 7);
        write_bytes(e, buf, 3);
    } else {
        buf[1] = (uint8_t)(known ? v : 0);
        write_bytes(e, buf, 2);
    }
}

// After an unconditional transfer nothing is written until the next label.
static void jump(emit_t *e, uint32_t l) {
    op_jump(e, MO_BC_JUMP, l, 0);
    e->suppress = true;
}

// ---- line numbers ------------------------------------------------------------------

static void line_byte(emit_t *e, uint8_t b) {
    e->lines = heap_grow(e->lines, e->lines_len, 1, &e->lines_alloc, 1);
    e->lines[e->lines_len++] = b;
}

static void set_line(emit_t *e, uint32_t line) {
    if (e->m->opts->optimize >= 3 || line <= e->last_line) {
        return;
    }
    uint32_t bytes = e->code_len - e->last_line_off;
    uint32_t lines = line - e->last_line;
    while (bytes > 0 || lines > 0) {
        uint32_t b, l;
        if (lines <= 6 || bytes > 0xf) {
            b = bytes < 0x1f ? bytes : 0x1f;
            l = b < bytes ? 0 : (lines < 3 ? lines : 3);
            line_byte(e, (uint8_t)(b | (l << 5)));
        } else {
            b = bytes < 0xf ? bytes : 0xf;
            l = lines < 0x7ff ? lines : 0x7ff;
            line_byte(e, (uint8_t)(0x80 | b | ((l >> 4) & 0x70)));
            line_byte(e, (uint8_t)(l & 0xff));
        }
        bytes -= b;
        lines -= l;
    }
    e->last_line = line;
    e->last_line_off = e->code_len;
}

// ---- constants -----------------------------------------------------------------------

static bool int_fits_target(module_ctx_t *m, mo_int_t v) {
    unsigned bits = m->small_int_bits;
    mo_int_t lim = (mo_int_t)1 << (bits - 1);
    return v >= -lim && v < lim;
}

static void load_small_int(emit_t *e, mo_int_t v) {
    if (v >= -MO_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS
        && v < MO_BC_LOAD_CONST_SMALL_INT_MULTI_NUM - MO_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS) {
        op0(e, (uint8_t)(MO_BC_LOAD_CONST_SMALL_INT_MULTI + MO_BC_LOAD_CONST_SMALL_INT_MULTI_EXCESS + v), 1);
        return;
    }
    // Signed var-int: 7 bits a byte, the sign in bit 6 of the first.
    uint8_t tmp[12];
    uint32_t n = 0;
    mo_int_t x = v;
    do {
        tmp[n++] = (uint8_t)(x & 0x7f);
        x >>= 7;   // arithmetic shift (see obj.h)
    } while (x != 0 && x != -1);
    if (x == -1 && !(tmp[n - 1] & 0x40)) {
        tmp[n++] = 0x7f;
    } else if (x == 0 && (tmp[n - 1] & 0x40)) {
        tmp[n++] = 0;
    }
    uint8_t buf[13];
    buf[0] = MO_BC_LOAD_CONST_SMALL_INT;
    for (uint32_t i = 0; i < n; i++) {
        buf[1 + i] = tmp[n - 1 - i] | (i + 1 < n ? 0x80 : 0);
    }
    adjust(e, 1);
    write_bytes(e, buf, n + 1);
}

static void load_obj(emit_t *e, mo_obj_t o) {
    if (mo_is_small_int(o) && int_fits_target(e->m, mo_small_int_value(o))) {
        load_small_int(e, mo_small_int_value(o));
    } else if (mo_is_qstr(o)) {
        op_qstr(e, MO_BC_LOAD_CONST_STRING, mo_qstr_value(o), 1, false);
    } else if (o == mo_const_none) {
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
    } else if (o == mo_const_true) {
        op0(e, MO_BC_LOAD_CONST_TRUE, 1);
    } else if (o == mo_const_false) {
        op0(e, MO_BC_LOAD_CONST_FALSE, 1);
    } else {
        op_uint(e, MO_BC_LOAD_CONST_OBJ, obj_index(e->m, o), 1);
    }
}

static void load_int(emit_t *e, mo_int_t v) {
    load_obj(e, mo_obj_new_int(v));
}

// Short strings (and names the runtime already has) become qstrs, as MicroPython
// interns string literals of up to 10 bytes; longer ones are str constants.
static mo_obj_t str_const(const char *data, size_t len) {
    if (len <= 10) {
        return mo_qstr_obj(mo_qstr_from_strn(data, len));
    }
    qstr q = mo_qstr_find_strn(data, len);
    if (q != MO_QSTR_NULL && q < MO_QSTR_number_of_static) {
        return mo_qstr_obj(q);
    }
    return mo_obj_new_str(data, len);
}

static mo_obj_t const_value(const mo_node_t *n) {
    switch (n->op) {
        case MO_CONST_NONE:
            return mo_const_none;
        case MO_CONST_TRUE:
            return mo_const_true;
        case MO_CONST_FALSE:
            return mo_const_false;
        case MO_CONST_ELLIPSIS:
            return mo_const_ellipsis;
        case MO_CONST_INT:
            return mo_obj_new_int(n->v.small);
        case MO_CONST_BIGINT:
            return mo_obj_new_int_from_str(n->v.str.data, n->v.str.len, n->v.str.base);
        case MO_CONST_FLOAT:
            return mo_obj_new_float(n->v.f);
        case MO_CONST_IMAG:
            return mo_obj_new_complex(0.0, n->v.f);
        case MO_CONST_STR:
            return str_const(n->v.str.data, n->v.str.len);
        default:
            return mo_obj_new_bytes((const uint8_t *)n->v.str.data, n->v.str.len);
    }
}

// Folds constant arithmetic (MicroPython folds these in its parser): unary
// + - ~ on numbers and binary operators on ints. NULL if not foldable.
static mo_obj_t fold_num(mo_node_t *n) {
    mo_stack_check();
    if (n->kind == MO_N_CONSTANT) {
        if (n->op == MO_CONST_INT || n->op == MO_CONST_BIGINT || n->op == MO_CONST_FLOAT) {
            return const_value(n);
        }
        return MO_OBJ_NULL;
    }
    if (n->kind == MO_N_UNARY_OP && n->op != MO_UNARY_OP_NOT) {
        mo_obj_t a = fold_num(n->a);
        if (a == MO_OBJ_NULL || (n->op == MO_UNARY_OP_INVERT && !mo_obj_is_int(a))) {
            return MO_OBJ_NULL;
        }
        return mo_unary_op(n->op, a);
    }
    if (n->kind != MO_N_BIN_OP || n->op == MO_BINARY_OP_MAT_MULTIPLY) {
        return MO_OBJ_NULL;
    }
    mo_obj_t a = fold_num(n->a);
    if (a == MO_OBJ_NULL) {
        return MO_OBJ_NULL;
    }
    mo_obj_t b = fold_num(n->b);
    if (b == MO_OBJ_NULL) {
        return MO_OBJ_NULL;
    }
    bool ints = mo_obj_is_int(a) && mo_obj_is_int(b);
    if (!ints && (n->op < MO_BINARY_OP_ADD || n->op == MO_BINARY_OP_MAT_MULTIPLY)) {
        return MO_OBJ_NULL;   // no bitwise operators on floats
    }
    // Keep results small: no huge powers or shifts folded into the constant table.
    if (n->op == MO_BINARY_OP_POWER || n->op == MO_BINARY_OP_LSHIFT) {
        if (!mo_is_small_int(b) || mo_small_int_value(b) > 256) {
            return MO_OBJ_NULL;
        }
    }
    mo_nlr_buf_t nlr;
    volatile mo_obj_t r = MO_OBJ_NULL;
    if (mo_nlr_push(&nlr) == 0) {
        r = mo_binary_op(n->op, a, b);
        mo_nlr_pop();
        if (!mo_obj_is_int(r) && !mo_obj_is_type(r, &mo_type_float)) {
            r = MO_OBJ_NULL;   // e.g. a complex result of (-8) ** 0.5
        }
    } else {
        r = MO_OBJ_NULL;   // e.g. ZeroDivisionError: left for run time
    }
    return r;
}

// A constant (or a tuple of constants) as a value, or NULL.
static mo_obj_t fold_const(mo_node_t *n) {
    mo_stack_check();
    if (n->kind == MO_N_CONSTANT) {
        return const_value(n);
    }
    if (n->kind == MO_N_TUPLE && n->l1.len > 0) {
        mo_obj_t *items = mo_new(mo_obj_t, n->l1.len);
        for (uint32_t i = 0; i < n->l1.len; i++) {
            items[i] = fold_const(n->l1.items[i]);
            if (items[i] == MO_OBJ_NULL) {
                return MO_OBJ_NULL;
            }
        }
        return mo_obj_new_tuple(n->l1.len, items);
    }
    return fold_num(n);
}

// Truth value of a constant test: 1 true, 0 false, -1 not constant.
static int const_truth(emit_t *e, const mo_node_t *n) {
    if (n->kind == MO_N_NAME && n->v.name == MO_QSTR___debug__) {
        return e->m->opts->optimize == 0;
    }
    if (n->kind != MO_N_CONSTANT) {
        return -1;
    }
    switch (n->op) {
        case MO_CONST_NONE:
        case MO_CONST_FALSE:
            return 0;
        case MO_CONST_TRUE:
            return 1;
        case MO_CONST_INT:
            return n->v.small != 0;
        default:
            // (MicroPython folds only these; other constants are tested at run time)
            return -1;
    }
}

// ---- names ---------------------------------------------------------------------------

enum { NAME_LOAD, NAME_STORE, NAME_DELETE };

static uint8_t id_kind(emit_t *e, mo_id_t *id) {
    uint8_t kind = id != NULL ? id->kind : MO_ID_GLOBAL_IMPLICIT;
    if (kind == MO_ID_GLOBAL_IMPLICIT && MO_SCOPE_IS_FUNC_LIKE(e->scope->kind)) {
        kind = MO_ID_GLOBAL_EXPLICIT;
    }
    return kind;
}

static void c_name(emit_t *e, qstr name, int what) {
    mo_id_t *id = mo_scope_find(e->scope, name);
    uint8_t kind = id_kind(e, id);
    static const int8_t delta[] = {1, -1, 0};
    if (what == NAME_LOAD && (kind == MO_ID_GLOBAL_IMPLICIT || kind == MO_ID_GLOBAL_EXPLICIT)) {
        if (name == MO_QSTR___debug__) {
            op0(e, e->m->opts->optimize == 0 ? MO_BC_LOAD_CONST_TRUE : MO_BC_LOAD_CONST_FALSE, 1);
            return;
        }
        mo_obj_t *c = const_lookup(e->m, name);
        if (c != NULL) {
            load_obj(e, *c);
            return;
        }
    }
    switch (kind) {
        case MO_ID_GLOBAL_IMPLICIT: {
            static const uint8_t ops[] = {MO_BC_LOAD_NAME, MO_BC_STORE_NAME, MO_BC_DELETE_NAME};
            op_qstr(e, ops[what], name, delta[what], true);
            break;
        }
        case MO_ID_GLOBAL_EXPLICIT: {
            static const uint8_t ops[] = {MO_BC_LOAD_GLOBAL, MO_BC_STORE_GLOBAL, MO_BC_DELETE_GLOBAL};
            op_qstr(e, ops[what], name, delta[what], true);
            break;
        }
        case MO_ID_LOCAL: {
            uint16_t n = id->local_num;
            if (what == NAME_LOAD && n < MO_BC_LOAD_FAST_MULTI_NUM) {
                op0(e, (uint8_t)(MO_BC_LOAD_FAST_MULTI + n), 1);
            } else if (what == NAME_STORE && n < MO_BC_STORE_FAST_MULTI_NUM) {
                op0(e, (uint8_t)(MO_BC_STORE_FAST_MULTI + n), -1);
            } else {
                static const uint8_t ops[] = {MO_BC_LOAD_FAST_N, MO_BC_STORE_FAST_N, MO_BC_DELETE_FAST};
                op_uint(e, ops[what], n, delta[what]);
            }
            break;
        }
        default: {
            static const uint8_t ops[] = {MO_BC_LOAD_DEREF, MO_BC_STORE_DEREF, MO_BC_DELETE_DEREF};
            op_uint(e, ops[what], id->local_num, delta[what]);
            break;
        }
    }
}

// Pushes the cell object (not its content) of a closed-over variable.
static void load_cell(emit_t *e, qstr name) {
    mo_id_t *id = mo_scope_find(e->scope, name);
    uint16_t n = id != NULL ? id->local_num : 0;
    if (n < MO_BC_LOAD_FAST_MULTI_NUM) {
        op0(e, (uint8_t)(MO_BC_LOAD_FAST_MULTI + n), 1);
    } else {
        op_uint(e, MO_BC_LOAD_FAST_N, n, 1);
    }
}

// ---- functions, classes, closures ------------------------------------------------------

// The free variable of `child` that has local number k.
static qstr free_name(const mo_scope_t *child, uint16_t k) {
    for (uint32_t i = 0; i < child->n_ids; i++) {
        if (child->ids[i].kind == MO_ID_FREE && child->ids[i].local_num == k) {
            return child->ids[i].name;
        }
    }
    return MO_QSTR_NULL;
}

// MAKE_FUNCTION / MAKE_CLOSURE for child scope `node`; args holds its defaults.
static void make_function(emit_t *e, mo_node_t *node, mo_node_t *args) {
    size_t index = 0;
    mo_scope_t *child = mo_scope_child(e->scope, node, &index);
    bool defargs = false;
    if (args != NULL && (args->l2.len > 0 || (child->scope_flags & MO_SCOPE_FLAG_DEFKWARGS))) {
        defargs = true;
        for (uint32_t i = 0; i < args->l2.len; i++) {
            c_expr(e, args->l2.items[i]);
        }
        if (args->l2.len > 0) {
            op_uint(e, MO_BC_BUILD_TUPLE, args->l2.len, 1 - (int)args->l2.len);
        } else {
            op0(e, MO_BC_LOAD_NULL, 1);
        }
        if (child->scope_flags & MO_SCOPE_FLAG_DEFKWARGS) {
            op_uint(e, MO_BC_BUILD_MAP, 0, 1);
            for (uint32_t i = 0; i < args->l3.len; i++) {
                mo_node_t *a = args->l3.items[i];
                if (a->a != NULL) {
                    c_expr(e, a->a);
                    op_qstr(e, MO_BC_LOAD_CONST_STRING, a->v.name, 1, false);
                    op0(e, MO_BC_STORE_MAP, -2);
                }
            }
        } else {
            op0(e, MO_BC_LOAD_NULL, 1);
        }
    }
    uint16_t nf = child->n_free;
    for (uint16_t k = 0; k < nf; k++) {
        load_cell(e, free_name(child, k));
    }
    int delta = 1 - nf - (defargs ? 2 : 0);
    if (nf == 0) {
        op_uint(e, defargs ? MO_BC_MAKE_FUNCTION_DEFARGS : MO_BC_MAKE_FUNCTION, index, delta);
    } else {
        op_uint(e, defargs ? MO_BC_MAKE_CLOSURE_DEFARGS : MO_BC_MAKE_CLOSURE, index, delta);
        write_byte(e, (uint8_t)nf);
    }
}

static void apply_decorators(emit_t *e, const mo_nodes_t *decorators) {
    for (uint32_t i = decorators->len; i > 0; i--) {
        op_uint(e, MO_BC_CALL_FUNCTION, 1, -1);
    }
}

// The docstring of a body (its first statement, a string), or NULL. CPython keeps
// docstrings in __doc__ (MicroPython drops them); -O2 drops them too.
static mo_node_t *docstring(emit_t *e, const mo_nodes_t *body) {
    if (e->m->opts->optimize >= 2 || body->len == 0) {
        return NULL;
    }
    mo_node_t *first = body->items[0];
    if (first->kind != MO_N_EXPR || first->a->kind != MO_N_CONSTANT || first->a->op != MO_CONST_STR) {
        return NULL;
    }
    return first->a;
}

static void c_funcdef(emit_t *e, mo_node_t *n) {
    for (uint32_t i = 0; i < n->l2.len; i++) {
        c_expr(e, n->l2.items[i]);
    }
    make_function(e, n, n->a);
    mo_node_t *doc = docstring(e, &n->l1);
    if (doc != NULL) {
        op0(e, MO_BC_DUP_TOP, 1);
        c_expr(e, doc);
        op0(e, MO_BC_ROT_TWO, 0);
        op_qstr(e, MO_BC_STORE_ATTR, MO_QSTR___doc__, -2, false);
    }
    apply_decorators(e, &n->l2);
    c_name(e, n->v.name, NAME_STORE);
}

static void c_call_args(emit_t *e, mo_node_t *call, bool is_method, int extra);

static void c_classdef(emit_t *e, mo_node_t *n) {
    for (uint32_t i = 0; i < n->l2.len; i++) {
        c_expr(e, n->l2.items[i]);
    }
    op0(e, MO_BC_LOAD_BUILD_CLASS, 1);
    make_function(e, n, NULL);
    op_qstr(e, MO_BC_LOAD_CONST_STRING, n->v.name, 1, false);
    // The bases and keywords are call arguments after (body, name).
    mo_node_t call = *n;
    call.l1.len = 0;
    call.l2.len = 0;
    size_t bytes = (n->l3.len + 1) * sizeof(mo_node_t *);
    mo_nodes_t lp = {0, mo_arena_alloc(e->m->arena, bytes)};
    mo_nodes_t lk = {0, mo_arena_alloc(e->m->arena, bytes)};
    for (uint32_t i = 0; i < n->l3.len; i++) {
        mo_node_t *b = n->l3.items[i];
        if (b->kind == MO_N_KEYWORD) {
            lk.items[lk.len++] = b;
        } else {
            lp.items[lp.len++] = b;
        }
    }
    call.l1 = lp;
    call.l2 = lk;
    c_call_args(e, &call, false, 2);
    apply_decorators(e, &n->l2);
    c_name(e, n->v.name, NAME_STORE);
}

// ---- calls ------------------------------------------------------------------------------

static bool has_star(const mo_node_t *call) {
    for (uint32_t i = 0; i < call->l1.len; i++) {
        if (call->l1.items[i]->kind == MO_N_STARRED) {
            return true;
        }
    }
    for (uint32_t i = 0; i < call->l2.len; i++) {
        if (call->l2.items[i]->v.name == MO_QSTR_NULL) {
            return true;
        }
    }
    return false;
}

// Arguments of a call whose function (and self slot for methods) is pushed;
// `extra` counts positional arguments already pushed (a class's body and name).
static void c_call_args(emit_t *e, mo_node_t *call, bool is_method, int extra) {
    bool star = has_star(call);
    mo_uint_t star_map = 0;
    uint32_t n_pos = call->l1.len + (uint32_t)extra;
    uint32_t n_kw = call->l2.len;
    for (uint32_t i = 0; i < call->l1.len; i++) {
        mo_node_t *a = call->l1.items[i];
        if (a->kind == MO_N_STARRED) {
            if (i + (uint32_t)extra >= MO_SMALL_INT_BITS - 1) {
                error(e, a, "too many arguments");
            }
            star_map |= (mo_uint_t)1 << (i + (uint32_t)extra);
            c_expr(e, a->a);
        } else {
            c_expr(e, a);
        }
    }
    for (uint32_t i = 0; i < n_kw; i++) {
        mo_node_t *k = call->l2.items[i];
        if (k->v.name == MO_QSTR_NULL) {
            op0(e, MO_BC_LOAD_NULL, 1);
        } else {
            op_qstr(e, MO_BC_LOAD_CONST_STRING, k->v.name, 1, false);
        }
        c_expr(e, k->a);
    }
    if (n_pos > 0xff || n_kw > 0xff) {
        error(e, call, "too many arguments");
    }
    int popped = (int)(n_pos + 2 * n_kw) + (is_method ? 2 : 1);
    size_t arg = n_pos | n_kw << 8;
    if (star) {
        load_int(e, (mo_int_t)star_map);
        op_uint(e, is_method ? MO_BC_CALL_METHOD_VAR_KW : MO_BC_CALL_FUNCTION_VAR_KW, arg, -popped);
    } else {
        op_uint(e, is_method ? MO_BC_CALL_METHOD : MO_BC_CALL_FUNCTION, arg, 1 - popped);
    }
}

// super(__class__, self) for zero-argument super() in a method.
static void load_super_args(emit_t *e) {
    c_name(e, MO_QSTR_super, NAME_LOAD);
    c_name(e, MO_QSTR___class__, NAME_LOAD);
    c_name(e, e->scope->node->a->l1.items[0]->v.name, NAME_LOAD);
}

static void c_call(emit_t *e, mo_node_t *n) {
    mo_node_t *f = n->a;
    if (mo_scope_is_zero_arg_super(e->scope, n)) {
        load_super_args(e);
        op_uint(e, MO_BC_CALL_FUNCTION, 2, -2);
        return;
    }
    if (f->kind == MO_N_ATTRIBUTE) {
        mo_node_t *obj = f->a;
        if (obj->kind == MO_N_CALL && mo_scope_is_zero_arg_super(e->scope, obj)) {
            load_super_args(e);
            op_qstr(e, MO_BC_LOAD_SUPER_METHOD, f->v.name, -1, false);
        } else {
            c_expr(e, obj);
            op_qstr(e, MO_BC_LOAD_METHOD, f->v.name, 1, false);
        }
        c_call_args(e, n, true, 0);
        return;
    }
    c_expr(e, f);
    c_call_args(e, n, false, 0);
}

// ---- displays -------------------------------------------------------------------------

// The rest of a display with *items, added one by one through a method call on
// the collection (list.extend/append, set.update/add).
static void add_items_by_method(emit_t *e, const mo_nodes_t *l, uint32_t from, qstr one, qstr many) {
    for (uint32_t i = from; i < l->len; i++) {
        mo_node_t *x = l->items[i];
        op0(e, MO_BC_DUP_TOP, 1);
        op_qstr(e, MO_BC_LOAD_METHOD, x->kind == MO_N_STARRED ? many : one, 1, false);
        c_expr(e, x->kind == MO_N_STARRED ? x->a : x);
        op_uint(e, MO_BC_CALL_METHOD, 1, -2);
        op0(e, MO_BC_POP_TOP, -1);
    }
}

static uint32_t first_starred(const mo_nodes_t *l) {
    for (uint32_t i = 0; i < l->len; i++) {
        if (l->items[i]->kind == MO_N_STARRED) {
            return i;
        }
    }
    return l->len;
}

static void c_sequence(emit_t *e, mo_node_t *n) {
    uint32_t star = first_starred(&n->l1);
    if (star == n->l1.len) {
        for (uint32_t i = 0; i < n->l1.len; i++) {
            c_expr(e, n->l1.items[i]);
        }
        uint8_t op = n->kind == MO_N_LIST ? MO_BC_BUILD_LIST
                   : n->kind == MO_N_SET ? MO_BC_BUILD_SET : MO_BC_BUILD_TUPLE;
        op_uint(e, op, n->l1.len, 1 - (int)n->l1.len);
        return;
    }
    bool tuple = n->kind == MO_N_TUPLE;
    if (tuple) {
        // (*a, b) is tuple([*a, b]), with the real tuple type from builtins.
        load_small_int(e, 0);
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
        op_qstr(e, MO_BC_IMPORT_NAME, MO_QSTR_builtins, -1, false);
        op_qstr(e, MO_BC_LOAD_ATTR, MO_QSTR_tuple, 0, false);
    }
    for (uint32_t i = 0; i < star; i++) {
        c_expr(e, n->l1.items[i]);
    }
    bool set = n->kind == MO_N_SET;
    op_uint(e, set ? MO_BC_BUILD_SET : MO_BC_BUILD_LIST, star, 1 - (int)star);
    if (set) {
        add_items_by_method(e, &n->l1, star, MO_QSTR_add, MO_QSTR_update);
    } else {
        add_items_by_method(e, &n->l1, star, MO_QSTR_append, MO_QSTR_extend);
    }
    if (tuple) {
        op_uint(e, MO_BC_CALL_FUNCTION, 1, -1);
    }
}

static void c_dict(emit_t *e, mo_node_t *n) {
    op_uint(e, MO_BC_BUILD_MAP, n->l1.len, 1);
    for (uint32_t i = 0; i < n->l1.len; i++) {
        mo_node_t *k = n->l1.items[i];
        if (k == NULL) {
            op0(e, MO_BC_DUP_TOP, 1);
            op_qstr(e, MO_BC_LOAD_METHOD, MO_QSTR_update, 1, false);
            c_expr(e, n->l2.items[i]);
            op_uint(e, MO_BC_CALL_METHOD, 1, -2);
            op0(e, MO_BC_POP_TOP, -1);
        } else {
            c_expr(e, n->l2.items[i]);
            c_expr(e, k);
            op0(e, MO_BC_STORE_MAP, -2);
        }
    }
}

// ---- f-strings: compiled to "...".format(args) -------------------------------------------

static void fstr_text(mo_vstr_t *v, const mo_node_t *n) {
    for (uint32_t i = 0; i < n->l1.len; i++) {
        const mo_node_t *p = n->l1.items[i];
        if (p->kind == MO_N_CONSTANT) {
            for (size_t j = 0; j < p->v.str.len; j++) {
                char c = p->v.str.data[j];
                mo_vstr_add_byte(v, c);
                if (c == '{' || c == '}') {
                    mo_vstr_add_byte(v, c);
                }
            }
        } else if (p->kind == MO_N_FORMATTED_VALUE) {
            mo_vstr_add_byte(v, '{');
            if (p->op != 0) {
                mo_vstr_add_byte(v, '!');
                mo_vstr_add_byte(v, (char)p->op);
            }
            if (p->b != NULL) {
                mo_vstr_add_byte(v, ':');
                fstr_text(v, p->b);
            }
            mo_vstr_add_byte(v, '}');
        }
    }
}

static uint32_t fstr_args(emit_t *e, const mo_node_t *n) {
    uint32_t count = 0;
    for (uint32_t i = 0; i < n->l1.len; i++) {
        const mo_node_t *p = n->l1.items[i];
        if (p->kind == MO_N_FORMATTED_VALUE) {
            c_expr(e, p->a);
            count++;
            if (p->b != NULL) {
                count += fstr_args(e, p->b);
            }
        }
    }
    return count;
}

static void c_joined_str(emit_t *e, mo_node_t *n) {
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    fstr_text(&v, n);
    bool has_fields = false;
    for (uint32_t i = 0; i < n->l1.len; i++) {
        has_fields |= n->l1.items[i]->kind == MO_N_FORMATTED_VALUE;
    }
    if (!has_fields) {
        // No fields: the text itself, braces unescaped.
        mo_vstr_reset(&v);
        for (uint32_t i = 0; i < n->l1.len; i++) {
            mo_vstr_add_strn(&v, n->l1.items[i]->v.str.data, n->l1.items[i]->v.str.len);
        }
        load_obj(e, str_const(v.buf, v.len));
        return;
    }
    load_obj(e, str_const(v.buf, v.len));
    op_qstr(e, MO_BC_LOAD_METHOD, MO_QSTR_format, 1, false);
    uint32_t n_args = fstr_args(e, n);
    op_uint(e, MO_BC_CALL_METHOD, n_args, -(int)(n_args + 1));
}

// ---- expressions ---------------------------------------------------------------------

// Pushes the value of n, or None when n is absent (a slice part, return, yield).
static void c_expr_or_none(emit_t *e, mo_node_t *n) {
    if (n == NULL) {
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
    } else {
        c_expr(e, n);
    }
}

static void c_index(emit_t *e, mo_node_t *n) {
    if (n->kind == MO_N_SLICE) {
        c_expr_or_none(e, n->a);
        c_expr_or_none(e, n->b);
        if (n->c != NULL) {
            c_expr(e, n->c);
            op_uint(e, MO_BC_BUILD_SLICE, 3, -2);
        } else {
            op_uint(e, MO_BC_BUILD_SLICE, 2, -1);
        }
        return;
    }
    if (n->kind == MO_N_TUPLE) {
        bool slices = false;
        for (uint32_t i = 0; i < n->l1.len; i++) {
            slices |= n->l1.items[i]->kind == MO_N_SLICE;
        }
        if (slices) {
            for (uint32_t i = 0; i < n->l1.len; i++) {
                c_index(e, n->l1.items[i]);
            }
            op_uint(e, MO_BC_BUILD_TUPLE, n->l1.len, 1 - (int)n->l1.len);
            return;
        }
    }
    c_expr(e, n);
}

static void c_compare(emit_t *e, mo_node_t *n) {
    c_expr(e, n->a);
    uint32_t count = n->l1.len;
    uint32_t l_fail = count > 1 ? new_label(e) : 0;
    for (uint32_t i = 0; i < count; i++) {
        c_expr(e, n->l1.items[i]);
        bool last = i + 1 == count;
        if (!last) {
            op0(e, MO_BC_DUP_TOP, 1);
            op0(e, MO_BC_ROT_THREE, 0);
        }
        uint8_t op = n->v.ops[i];
        bool negate = false;
        if (op == MO_CMP_NOT_IN) {
            op = MO_BINARY_OP_IN;
            negate = true;
        } else if (op == MO_CMP_IS_NOT) {
            op = MO_BINARY_OP_IS;
            negate = true;
        }
        op0(e, (uint8_t)(MO_BC_BINARY_OP_MULTI + op), -1);
        if (negate) {
            op0(e, MO_BC_UNARY_OP_MULTI + MO_UNARY_OP_NOT, 0);
        }
        if (!last) {
            op_jump(e, MO_BC_JUMP_IF_FALSE_OR_POP, l_fail, -1);
        }
    }
    if (count > 1) {
        uint32_t l_end = new_label(e);
        jump(e, l_end);
        adjust(e, 1);   // a failed link left (middle operand, False)
        label(e, l_fail);
        op0(e, MO_BC_ROT_TWO, 0);
        op0(e, MO_BC_POP_TOP, -1);
        label(e, l_end);
    }
}

static void c_bool_op(emit_t *e, mo_node_t *n) {
    uint32_t l_end = new_label(e);
    bool is_or = n->op == 1;
    uint8_t op = is_or ? MO_BC_JUMP_IF_TRUE_OR_POP : MO_BC_JUMP_IF_FALSE_OR_POP;
    for (uint32_t i = 0; i < n->l1.len; i++) {
        bool last = i + 1 == n->l1.len;
        // A constant operand is decided now: it either never ends the chain
        // (skip it) or always does (it is the result).
        int t = const_truth(e, n->l1.items[i]);
        if (t >= 0 && !last && (t == 1) != is_or) {
            continue;
        }
        c_expr(e, n->l1.items[i]);
        if (t >= 0) {
            break;
        }
        if (!last) {
            op_jump(e, op, l_end, -1);
        }
    }
    label(e, l_end);
}

static void c_if_exp(emit_t *e, mo_node_t *n) {
    uint32_t l_else = new_label(e), l_end = new_label(e);
    c_cond(e, n->a, false, l_else);
    c_expr(e, n->b);
    jump(e, l_end);
    adjust(e, -1);
    label(e, l_else);
    c_expr(e, n->c);
    label(e, l_end);
}

static void c_comprehension_call(emit_t *e, mo_node_t *n) {
    make_function(e, n, NULL);
    c_expr(e, n->l1.items[0]->b);
    if (n->kind == MO_N_GENERATOR_EXP) {
        op0(e, MO_BC_GET_ITER, 0);
    }
    op_uint(e, MO_BC_CALL_FUNCTION, 1, -1);
}

// A binary or unary operator, folded to a constant when its operands are numbers.
static void c_operator(emit_t *e, mo_node_t *n) {
    mo_obj_t f = fold_num(n);
    if (f != MO_OBJ_NULL) {
        load_obj(e, f);
        return;
    }
    c_expr(e, n->a);
    if (n->kind == MO_N_UNARY_OP) {
        op0(e, (uint8_t)(MO_BC_UNARY_OP_MULTI + n->op), 0);
        return;
    }
    c_expr(e, n->b);
    op0(e, (uint8_t)(MO_BC_BINARY_OP_MULTI + n->op), -1);
}

static void c_expr(emit_t *e, mo_node_t *n) {
    mo_stack_check();
    if (n->kind != MO_N_NAME && n->kind != MO_N_CONSTANT) {
        set_line(e, n->line);
    }
    switch (n->kind) {
        case MO_N_NAME:
            c_name(e, n->v.name, NAME_LOAD);
            break;
        case MO_N_CONSTANT:
            load_obj(e, const_value(n));
            break;
        case MO_N_BOOL_OP:
            c_bool_op(e, n);
            break;
        case MO_N_NAMED_EXPR:
            c_expr(e, n->b);
            op0(e, MO_BC_DUP_TOP, 1);
            c_store(e, n->a);
            break;
        case MO_N_BIN_OP:
        case MO_N_UNARY_OP:
            c_operator(e, n);
            break;
        case MO_N_LAMBDA:
            make_function(e, n, n->a);
            break;
        case MO_N_IF_EXP:
            c_if_exp(e, n);
            break;
        case MO_N_DICT:
            c_dict(e, n);
            break;
        case MO_N_SET:
        case MO_N_LIST:
            c_sequence(e, n);
            break;
        case MO_N_TUPLE: {
            mo_obj_t f = first_starred(&n->l1) == n->l1.len ? fold_const(n) : MO_OBJ_NULL;
            if (f != MO_OBJ_NULL) {
                load_obj(e, f);
            } else {
                c_sequence(e, n);
            }
            break;
        }
        case MO_N_LIST_COMP:
        case MO_N_SET_COMP:
        case MO_N_DICT_COMP:
        case MO_N_GENERATOR_EXP:
            c_comprehension_call(e, n);
            break;
        case MO_N_YIELD:
            c_expr_or_none(e, n->a);
            op0(e, MO_BC_YIELD_VALUE, 0);
            break;
        case MO_N_AWAIT:  // awaits a coroutine the way yield from runs a generator
        case MO_N_YIELD_FROM:
            c_expr(e, n->a);
            op0(e, MO_BC_GET_ITER, 0);
            op0(e, MO_BC_LOAD_CONST_NONE, 1);
            op0(e, MO_BC_YIELD_FROM, -1);
            break;
        case MO_N_COMPARE:
            c_compare(e, n);
            break;
        case MO_N_CALL:
            c_call(e, n);
            break;
        case MO_N_JOINED_STR:
            c_joined_str(e, n);
            break;
        case MO_N_FORMATTED_VALUE: {
            mo_node_t wrap = *n;
            mo_node_t *items[1] = {n};
            wrap.kind = MO_N_JOINED_STR;
            wrap.l1.len = 1;
            wrap.l1.items = items;
            c_joined_str(e, &wrap);
            break;
        }
        case MO_N_ATTRIBUTE:
            c_expr(e, n->a);
            op_qstr(e, MO_BC_LOAD_ATTR, n->v.name, 0, false);
            break;
        case MO_N_SUBSCRIPT:
            c_expr(e, n->a);
            c_index(e, n->b);
            op0(e, MO_BC_LOAD_SUBSCR, -1);
            break;
        case MO_N_STARRED:
            error(e, n, "can't use starred expression here");
        case MO_N_SLICE:
            error(e, n, "invalid syntax");
        default:
            error(e, n, "invalid syntax");
    }
}

// Jumps to `label` when the truth of n equals jump_if; falls through otherwise.
static void c_cond(emit_t *e, mo_node_t *n, bool jump_if, uint32_t l) {
    mo_stack_check();
    int t = const_truth(e, n);
    if (t >= 0) {
        if ((t == 1) == jump_if) {
            jump(e, l);
        }
        return;
    }
    if (n->kind == MO_N_UNARY_OP && n->op == MO_UNARY_OP_NOT) {
        c_cond(e, n->a, !jump_if, l);
        return;
    }
    if (n->kind == MO_N_BOOL_OP) {
        bool is_or = n->op == 1;
        uint32_t count = n->l1.len;
        if (is_or == jump_if) {
            // any operand deciding the result jumps to the target
            for (uint32_t i = 0; i < count; i++) {
                c_cond(e, n->l1.items[i], jump_if, l);
            }
        } else {
            uint32_t l_skip = new_label(e);
            for (uint32_t i = 0; i + 1 < count; i++) {
                c_cond(e, n->l1.items[i], !jump_if, l_skip);
            }
            c_cond(e, n->l1.items[count - 1], jump_if, l);
            label(e, l_skip);
        }
        return;
    }
    c_expr(e, n);
    op_jump(e, jump_if ? MO_BC_POP_JUMP_IF_TRUE : MO_BC_POP_JUMP_IF_FALSE, l, -1);
}

// ---- assignment -----------------------------------------------------------------------

static void c_store_seq(emit_t *e, mo_node_t *t) {
    uint32_t n = t->l1.len;
    uint32_t star = first_starred(&t->l1);
    if (star == n) {
        op_uint(e, MO_BC_UNPACK_SEQUENCE, n, (int)n - 1);
    } else {
        for (uint32_t i = star + 1; i < n; i++) {
            if (t->l1.items[i]->kind == MO_N_STARRED) {
                error(e, t->l1.items[i], "multiple starred expressions in assignment");
            }
        }
        uint32_t after = n - star - 1;
        if (star > 0xff || after > 0xff) {
            error(e, t, "too many expressions in star-unpacking assignment");
        }
        op_uint(e, MO_BC_UNPACK_EX, star | after << 8, (int)n - 1);
    }
    for (uint32_t i = 0; i < n; i++) {
        mo_node_t *x = t->l1.items[i];
        c_store(e, x->kind == MO_N_STARRED ? x->a : x);
    }
}

static void c_store(emit_t *e, mo_node_t *t) {
    mo_stack_check();
    switch (t->kind) {
        case MO_N_NAME:
            c_name(e, t->v.name, NAME_STORE);
            break;
        case MO_N_ATTRIBUTE:
            c_expr(e, t->a);
            op_qstr(e, MO_BC_STORE_ATTR, t->v.name, -2, false);
            break;
        case MO_N_SUBSCRIPT:
            c_expr(e, t->a);
            c_index(e, t->b);
            op0(e, MO_BC_STORE_SUBSCR, -3);
            break;
        case MO_N_TUPLE:
        case MO_N_LIST:
            c_store_seq(e, t);
            break;
        case MO_N_STARRED:
            error(e, t, "starred assignment target must be in a list or tuple");
        default:
            error(e, t, "cannot assign to expression");
    }
}

static void c_delete(emit_t *e, mo_node_t *t) {
    switch (t->kind) {
        case MO_N_NAME:
            c_name(e, t->v.name, NAME_DELETE);
            break;
        case MO_N_ATTRIBUTE:
            // STORE_ATTR of NULL deletes
            c_expr(e, t->a);
            op0(e, MO_BC_LOAD_NULL, 1);
            op0(e, MO_BC_ROT_TWO, 0);
            op_qstr(e, MO_BC_STORE_ATTR, t->v.name, -2, false);
            break;
        case MO_N_SUBSCRIPT:
            c_expr(e, t->a);
            c_index(e, t->b);
            op0(e, MO_BC_LOAD_NULL, 1);
            op0(e, MO_BC_ROT_THREE, 0);
            op0(e, MO_BC_STORE_SUBSCR, -3);
            break;
        case MO_N_TUPLE:
        case MO_N_LIST:
            for (uint32_t i = 0; i < t->l1.len; i++) {
                c_delete(e, t->l1.items[i]);
            }
            break;
        default:
            error(e, t, "cannot delete expression");
    }
}

static bool is_simple_target_list(const mo_node_t *t, uint32_t n) {
    if ((t->kind != MO_N_TUPLE && t->kind != MO_N_LIST) || t->l1.len != n) {
        return false;
    }
    return first_starred(&t->l1) == n;
}

// x = const(v) at module level: v is substituted for later uses of x; names
// starting with '_' are not stored at all (as MicroPython).
static bool c_const_assign(emit_t *e, mo_node_t *n) {
    if (e->scope->kind != MO_SCOPE_MODULE || n->l1.len != 1) {
        return false;
    }
    mo_node_t *t = n->l1.items[0], *v = n->a;
    if (t->kind != MO_N_NAME || v->kind != MO_N_CALL || v->a->kind != MO_N_NAME
        || v->a->v.name != MO_QSTR_const || v->l1.len != 1 || v->l2.len != 0) {
        return false;
    }
    mo_obj_t c = fold_const(v->l1.items[0]);
    if (c == MO_OBJ_NULL) {
        return false;
    }
    const_define(e->m, t->v.name, c);
    if (mo_qstr_str(t->v.name)[0] != '_') {
        load_obj(e, c);
        c_name(e, t->v.name, NAME_STORE);
    }
    return true;
}

static void c_assign(emit_t *e, mo_node_t *n) {
    if (c_const_assign(e, n)) {
        return;
    }
    mo_node_t *v = n->a;
    // a, b = x, y (and three): no tuple, just a rotation of the values.
    if (n->l1.len == 1 && v->kind == MO_N_TUPLE && (v->l1.len == 2 || v->l1.len == 3)
        && is_simple_target_list(n->l1.items[0], v->l1.len) && first_starred(&v->l1) == v->l1.len
        && fold_const(v) == MO_OBJ_NULL) {
        for (uint32_t i = 0; i < v->l1.len; i++) {
            c_expr(e, v->l1.items[i]);
        }
        if (v->l1.len == 3) {
            op0(e, MO_BC_ROT_THREE, 0);
        }
        op0(e, MO_BC_ROT_TWO, 0);
        mo_node_t *t = n->l1.items[0];
        for (uint32_t i = 0; i < t->l1.len; i++) {
            c_store(e, t->l1.items[i]);
        }
        return;
    }
    c_expr(e, v);
    for (uint32_t i = 0; i < n->l1.len; i++) {
        if (i + 1 < n->l1.len) {
            op0(e, MO_BC_DUP_TOP, 1);
        }
        c_store(e, n->l1.items[i]);
    }
}

static void c_aug_assign(emit_t *e, mo_node_t *n) {
    mo_node_t *t = n->a;
    uint8_t op = (uint8_t)(MO_BC_BINARY_OP_MULTI + MO_BINARY_OP_INPLACE_OR + (n->op - MO_BINARY_OP_OR));
    switch (t->kind) {
        case MO_N_NAME:
            c_name(e, t->v.name, NAME_LOAD);
            c_expr(e, n->b);
            op0(e, op, -1);
            c_name(e, t->v.name, NAME_STORE);
            break;
        case MO_N_ATTRIBUTE:
            c_expr(e, t->a);
            op0(e, MO_BC_DUP_TOP, 1);
            op_qstr(e, MO_BC_LOAD_ATTR, t->v.name, 0, false);
            c_expr(e, n->b);
            op0(e, op, -1);
            op0(e, MO_BC_ROT_TWO, 0);
            op_qstr(e, MO_BC_STORE_ATTR, t->v.name, -2, false);
            break;
        case MO_N_SUBSCRIPT:
            c_expr(e, t->a);
            c_index(e, t->b);
            op0(e, MO_BC_DUP_TOP_TWO, 2);
            op0(e, MO_BC_LOAD_SUBSCR, -1);
            c_expr(e, n->b);
            op0(e, op, -1);
            op0(e, MO_BC_ROT_THREE, 0);
            op0(e, MO_BC_STORE_SUBSCR, -3);
            break;
        default:
            error(e, t, "'expression' is an illegal expression for augmented assignment");
    }
}

// ---- control flow ------------------------------------------------------------------------

static void c_if(emit_t *e, mo_node_t *n) {
    int t = const_truth(e, n->a);
    if (t == 1) {
        c_stmts(e, &n->l1);
        return;
    }
    if (t == 0) {
        c_stmts(e, &n->l2);
        return;
    }
    uint32_t l_else = new_label(e);
    c_cond(e, n->a, false, l_else);
    c_stmts(e, &n->l1);
    if (n->l2.len > 0) {
        uint32_t l_end = new_label(e);
        jump(e, l_end);
        label(e, l_else);
        c_stmts(e, &n->l2);
        label(e, l_end);
    } else {
        label(e, l_else);
    }
}

static void push_loop(emit_t *e, loop_t *lp, uint32_t l_break, uint32_t l_cont, bool pop_iter) {
    lp->prev = e->loop;
    lp->break_label = l_break;
    lp->continue_label = l_cont;
    lp->exc_depth = e->exc_depth;
    lp->pop_iter = pop_iter;
    e->loop = lp;
}

static void c_while(emit_t *e, mo_node_t *n) {
    int t = const_truth(e, n->a);
    if (t == 0) {
        c_stmts(e, &n->l2);
        return;
    }
    uint32_t l_top = new_label(e), l_cont = new_label(e), l_break = new_label(e);
    if (t != 1) {
        jump(e, l_cont);
    }
    label(e, l_top);
    loop_t lp;
    push_loop(e, &lp, l_break, l_cont, false);
    c_stmts(e, &n->l1);
    e->loop = lp.prev;
    label(e, l_cont);
    if (t == 1) {
        jump(e, l_top);
    } else {
        c_cond(e, n->a, true, l_top);
    }
    c_stmts(e, &n->l2);
    label(e, l_break);
}

// `for x in range(...)` with a constant step runs a counter on the stack instead
// of a range iterator (as MicroPython does).
static bool range_for_args(emit_t *e, mo_node_t *n, mo_int_t *step) {
    mo_node_t *it = n->b;
    if (!EMIT_RANGE_FOR || n->op != 0 || it->kind != MO_N_CALL || it->a->kind != MO_N_NAME
        || it->a->v.name != MO_QSTR_range || it->l1.len < 1 || it->l1.len > 3 || it->l2.len != 0
        || first_starred(&it->l1) != it->l1.len) {
        return false;
    }
    mo_id_t *id = mo_scope_find(e->scope, MO_QSTR_range);
    if (id_kind(e, id) != MO_ID_GLOBAL_IMPLICIT && id_kind(e, id) != MO_ID_GLOBAL_EXPLICIT) {
        return false;
    }
    *step = 1;
    if (it->l1.len == 3) {
        mo_obj_t s = fold_num(it->l1.items[2]);
        if (s == MO_OBJ_NULL || !mo_is_small_int(s) || mo_small_int_value(s) == 0
            || !int_fits_target(e->m, mo_small_int_value(s))) {
            return false;
        }
        *step = mo_small_int_value(s);
    }
    return true;
}

static bool is_const_node(mo_node_t *n) {
    return n == NULL || n->kind == MO_N_CONSTANT || fold_num(n) != MO_OBJ_NULL;
}

static void c_for_range(emit_t *e, mo_node_t *n, mo_int_t step) {
    mo_node_t *it = n->b;
    mo_node_t *start = it->l1.len >= 2 ? it->l1.items[0] : NULL;
    mo_node_t *end = it->l1.len >= 2 ? it->l1.items[1] : it->l1.items[0];
    mo_obj_t end_c = fold_num(end);
    bool end_const = end_c != MO_OBJ_NULL && mo_is_small_int(end_c)
                     && int_fits_target(e->m, mo_small_int_value(end_c));
    if (!end_const) {
        if (is_const_node(start)) {
            c_expr(e, end);
            if (start == NULL) {
                load_small_int(e, 0);
            } else {
                c_expr(e, start);
            }
        } else {
            c_expr(e, start);
            c_expr(e, end);
            op0(e, MO_BC_ROT_TWO, 0);
        }
    } else if (start == NULL) {
        load_small_int(e, 0);
    } else {
        c_expr(e, start);
    }
    uint32_t l_body = new_label(e), l_cont = new_label(e), l_cond = new_label(e);
    uint32_t l_break = new_label(e);
    int n_pop = end_const ? 1 : 2;
    jump(e, l_cond);
    label(e, l_body);
    op0(e, MO_BC_DUP_TOP, 1);
    c_store(e, n->a);
    loop_t lp;
    push_loop(e, &lp, l_break, l_cont, false);
    c_stmts(e, &n->l1);
    e->loop = lp.prev;
    label(e, l_cont);
    load_small_int(e, step);
    op0(e, MO_BC_BINARY_OP_MULTI + MO_BINARY_OP_INPLACE_ADD, -1);
    label(e, l_cond);
    if (end_const) {
        op0(e, MO_BC_DUP_TOP, 1);
        load_obj(e, end_c);
    } else {
        op0(e, MO_BC_DUP_TOP_TWO, 2);
        op0(e, MO_BC_ROT_TWO, 0);
    }
    op0(e, (uint8_t)(MO_BC_BINARY_OP_MULTI + (step > 0 ? MO_BINARY_OP_LESS : MO_BINARY_OP_MORE)), -1);
    op_jump(e, MO_BC_POP_JUMP_IF_TRUE, l_body, -1);
    if (n->l2.len > 0) {
        uint32_t l_end = new_label(e);
        for (int i = 0; i < n_pop; i++) {
            op0(e, MO_BC_POP_TOP, -1);
        }
        c_stmts(e, &n->l2);
        jump(e, l_end);
        adjust(e, n_pop);
        label(e, l_break);
        for (int i = 0; i < n_pop; i++) {
            op0(e, MO_BC_POP_TOP, -1);
        }
        label(e, l_end);
    } else {
        label(e, l_break);
        for (int i = 0; i < n_pop; i++) {
            op0(e, MO_BC_POP_TOP, -1);
        }
    }
}

static void c_await_top(emit_t *e) {
    op0(e, MO_BC_GET_ITER, 0);
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    op0(e, MO_BC_YIELD_FROM, -1);
}

// async for: it = ITER.__aiter__(); then await it.__anext__() each round until
// it raises StopAsyncIteration. The iterator stays on the stack.
static void c_async_for(emit_t *e, mo_node_t *n) {
    uint32_t l_top = new_label(e), l_exc = new_label(e), l_got = new_label(e);
    uint32_t l_reraise = new_label(e), l_else = new_label(e), l_break = new_label(e);
    uint32_t l_end = new_label(e);
    c_expr(e, n->b);
    op_qstr(e, MO_BC_LOAD_METHOD, MO_QSTR___aiter__, 1, false);
    op_uint(e, MO_BC_CALL_METHOD, 0, -1);
    label(e, l_top);
    op_jump(e, MO_BC_SETUP_EXCEPT, l_exc, 0);
    enter_handler(e);
    op0(e, MO_BC_DUP_TOP, 1);
    op_qstr(e, MO_BC_LOAD_METHOD, MO_QSTR___anext__, 1, false);
    op_uint(e, MO_BC_CALL_METHOD, 0, -1);
    c_await_top(e);
    op_jump(e, MO_BC_POP_EXCEPT_JUMP, l_got, 0);
    e->suppress = true;
    adjust(e, -1);
    label(e, l_exc);
    adjust(e, 4);   // the exception and the unwind reserve, as in try/except
    op0(e, MO_BC_DUP_TOP, 1);
    c_name(e, MO_QSTR_StopAsyncIteration, NAME_LOAD);
    op0(e, MO_BC_BINARY_OP_MULTI + MO_BINARY_OP_EXCEPTION_MATCH, -1);
    op_jump(e, MO_BC_POP_JUMP_IF_FALSE, l_reraise, -1);
    op0(e, MO_BC_POP_TOP, -1);
    op_jump(e, MO_BC_POP_EXCEPT_JUMP, l_else, 0);
    e->suppress = true;
    adjust(e, 1);
    label(e, l_reraise);
    op0(e, MO_BC_END_FINALLY, -1);
    adjust(e, -3);
    e->exc_depth--;
    label(e, l_got);
    adjust(e, 1);   // the value from __anext__
    c_store(e, n->a);
    loop_t lp;
    push_loop(e, &lp, l_break, l_top, false);
    c_stmts(e, &n->l1);
    e->loop = lp.prev;
    jump(e, l_top);
    label(e, l_else);
    op0(e, MO_BC_POP_TOP, -1);
    c_stmts(e, &n->l2);
    jump(e, l_end);
    adjust(e, 1);
    label(e, l_break);
    op0(e, MO_BC_POP_TOP, -1);
    label(e, l_end);
}

static void c_for(emit_t *e, mo_node_t *n) {
    if (n->op != 0) {
        c_async_for(e, n);
        return;
    }
    mo_int_t step;
    if (range_for_args(e, n, &step)) {
        c_for_range(e, n, step);
        return;
    }
    uint32_t l_top = new_label(e), l_end = new_label(e), l_break = new_label(e);
    c_expr(e, n->b);
    op0(e, MO_BC_GET_ITER_STACK, MO_ITER_BUF_NSLOTS - 1);
    loop_t lp;
    push_loop(e, &lp, l_break, l_top, true);
    label(e, l_top);
    op_jump(e, MO_BC_FOR_ITER, l_end, 1);
    c_store(e, n->a);
    c_stmts(e, &n->l1);
    jump(e, l_top);
    e->loop = lp.prev;
    label(e, l_end);
    adjust(e, -MO_ITER_BUF_NSLOTS);
    c_stmts(e, &n->l2);
    label(e, l_break);
}

static void c_break_continue(emit_t *e, mo_node_t *n, bool is_break) {
    loop_t *lp = e->loop;
    if (lp == NULL) {
        error(e, n, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    }
    exit_async_withs(e, loop_depth(e));
    int depth = e->exc_depth - lp->exc_depth;
    uint32_t target = is_break ? lp->break_label : lp->continue_label;
    bool pop_iter = is_break && lp->pop_iter;
    if (depth == 0) {
        if (pop_iter) {
            for (int i = 0; i < MO_ITER_BUF_NSLOTS; i++) {
                write_byte(e, MO_BC_POP_TOP);
            }
        }
        jump(e, target);
    } else {
        op_jump(e, MO_BC_UNWIND_JUMP, target, 0);
        write_byte(e, (uint8_t)((pop_iter ? 0x80 : 0) | depth));
        e->suppress = true;
    }
}

static void enter_handler(emit_t *e) {
    e->exc_depth++;
    if (e->exc_depth > e->max_exc) {
        e->max_exc = e->exc_depth;
    }
}

// One `except` clause; the exception is on the stack.
static void c_handler(emit_t *e, mo_node_t *h, uint32_t l_end) {
    uint32_t l_next = new_label(e);
    if (h->a != NULL) {
        op0(e, MO_BC_DUP_TOP, 1);
        c_expr(e, h->a);
        op0(e, MO_BC_BINARY_OP_MULTI + MO_BINARY_OP_EXCEPTION_MATCH, -1);
        op_jump(e, MO_BC_POP_JUMP_IF_FALSE, l_next, -1);
    }
    if (h->v.name == MO_QSTR_NULL) {
        op0(e, MO_BC_POP_TOP, -1);
        c_stmts(e, &h->l1);
    } else {
        // `as e`: e is cleared however the handler ends (a finally block).
        uint32_t l_clean = new_label(e);
        c_name(e, h->v.name, NAME_STORE);
        op_jump(e, MO_BC_SETUP_FINALLY, l_clean, 0);
        enter_handler(e);
        c_stmts(e, &h->l1);
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
        label(e, l_clean);
        adjust(e, 1);   // room for the unwind state a return/break leaves
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
        c_name(e, h->v.name, NAME_STORE);
        c_name(e, h->v.name, NAME_DELETE);
        op0(e, MO_BC_END_FINALLY, -2);
        e->exc_depth--;
    }
    op_jump(e, MO_BC_POP_EXCEPT_JUMP, l_end, 0);
    e->suppress = true;
    label(e, l_next);
    adjust(e, 1);   // the unmatched exception, for the next clause
}

static void c_try_except(emit_t *e, mo_node_t *n) {
    uint32_t l_handler = new_label(e), l_end = new_label(e);
    uint32_t l_else = n->l3.len > 0 ? new_label(e) : l_end;
    op_jump(e, MO_BC_SETUP_EXCEPT, l_handler, 0);
    enter_handler(e);
    c_stmts(e, &n->l1);
    op_jump(e, MO_BC_POP_EXCEPT_JUMP, l_else, 0);
    e->suppress = true;
    label(e, l_handler);
    // The exception, and room for the unwind state (3 slots) that a break or
    // return through a finally block pushes (as MicroPython counts it).
    adjust(e, 4);
    for (uint32_t i = 0; i < n->l2.len; i++) {
        mo_node_t *h = n->l2.items[i];
        if (h->a == NULL && i + 1 < n->l2.len) {
            error(e, h, "default 'except:' must be last");
        }
        c_handler(e, h, l_end);
    }
    op0(e, MO_BC_END_FINALLY, -1);
    adjust(e, -3);
    e->exc_depth--;
    if (n->l3.len > 0) {
        label(e, l_else);
        c_stmts(e, &n->l3);
    }
    label(e, l_end);
}

static void c_try(emit_t *e, mo_node_t *n) {
    if (n->c == NULL) {
        c_try_except(e, n);
        return;
    }
    uint32_t l_fin = new_label(e);
    op_jump(e, MO_BC_SETUP_FINALLY, l_fin, 0);
    enter_handler(e);
    if (n->l2.len > 0) {
        c_try_except(e, n);
    } else {
        adjust(e, 3);   // room for the unwind state of a break or return
        c_stmts(e, &n->l1);
        adjust(e, -3);
    }
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    label(e, l_fin);
    c_stmts(e, &n->c->l1);
    op0(e, MO_BC_END_FINALLY, -1);
    e->exc_depth--;
}

// Stores the value on top into target (an `as` target), or drops it if none.
static void c_store_or_pop(emit_t *e, mo_node_t *target) {
    if (target != NULL) {
        c_store(e, target);
    } else {
        op0(e, MO_BC_POP_TOP, -1);
    }
}

static void c_with_items(emit_t *e, mo_node_t *n, uint32_t i) {
    if (i == n->l1.len) {
        c_stmts(e, &n->l2);
        return;
    }
    mo_node_t *item = n->l1.items[i];
    uint32_t l_end = new_label(e);
    c_expr(e, item->a);
    // SETUP_WITH leaves __exit__, the manager and __enter__()'s value.
    op_jump(e, MO_BC_SETUP_WITH, l_end, 2);
    enter_handler(e);
    c_store_or_pop(e, item->b);
    c_with_items(e, n, i + 1);
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    label(e, l_end);
    // WITH_CLEANUP calls __exit__ with three arguments: two more slots.
    op0(e, MO_BC_WITH_CLEANUP, 2);
    adjust(e, -4);
    op0(e, MO_BC_END_FINALLY, -1);
    e->exc_depth--;
}

// async with: the manager m is kept in a hidden local; value = await
// m.__aenter__(); the body runs under an exception handler that calls
// await m.__aexit__(type, exc, None) and re-raises unless that returns true. Leaving
// normally, or by return/break/continue (see exit_async_withs), calls
// await m.__aexit__(None, None, None).
static void call_aexit_none(emit_t *e, qstr hidden) {
    c_name(e, hidden, NAME_LOAD);
    op_qstr(e, MO_BC_LOAD_ATTR, MO_QSTR___aexit__, 0, false);
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    op_uint(e, MO_BC_CALL_FUNCTION, 3, -3);
    c_await_top(e);
    op0(e, MO_BC_POP_TOP, -1);
}

// Before a return (depth 0) or a break/continue of the loop at depth (1 = outermost):
// the __aexit__ of every async with being left, innermost first.
static void exit_async_withs(emit_t *e, int depth) {
    for (awith_t *a = e->awith; a != NULL && a->loop_depth >= depth; a = a->prev) {
        call_aexit_none(e, a->hidden);
    }
}

static int loop_depth(emit_t *e) {
    int d = 0;
    for (loop_t *l = e->loop; l != NULL; l = l->prev) {
        d++;
    }
    return d;
}

static void c_async_with_items(emit_t *e, mo_node_t *n, uint32_t i) {
    if (i == n->l1.len) {
        c_stmts(e, &n->l2);
        return;
    }
    mo_node_t *item = n->l1.items[i];
    qstr hidden = mo_scope_hidden_name(item);
    uint32_t l_exc = new_label(e), l_normal = new_label(e), l_suppress = new_label(e);
    uint32_t l_end = new_label(e);
    c_expr(e, item->a);
    op0(e, MO_BC_DUP_TOP, 1);
    c_name(e, hidden, NAME_STORE);
    op_qstr(e, MO_BC_LOAD_METHOD, MO_QSTR___aenter__, 1, false);
    op_uint(e, MO_BC_CALL_METHOD, 0, -1);
    c_await_top(e);
    c_store_or_pop(e, item->b);
    op_jump(e, MO_BC_SETUP_EXCEPT, l_exc, 0);
    enter_handler(e);
    awith_t rec = {e->awith, hidden, loop_depth(e)};
    e->awith = &rec;
    c_async_with_items(e, n, i + 1);
    e->awith = rec.prev;
    op_jump(e, MO_BC_POP_EXCEPT_JUMP, l_normal, 0);
    e->suppress = true;
    label(e, l_exc);
    adjust(e, 4);   // the exception and the unwind reserve, as in try/except
    op0(e, MO_BC_DUP_TOP, 1);
    c_name(e, hidden, NAME_LOAD);
    op_qstr(e, MO_BC_LOAD_ATTR, MO_QSTR___aexit__, 0, false);
    op0(e, MO_BC_ROT_TWO, 0);
    op0(e, MO_BC_DUP_TOP, 1);
    op_qstr(e, MO_BC_LOAD_ATTR, MO_QSTR___class__, 0, false);
    op0(e, MO_BC_ROT_TWO, 0);
    op0(e, MO_BC_LOAD_CONST_NONE, 1);
    op_uint(e, MO_BC_CALL_FUNCTION, 3, -3);
    c_await_top(e);
    op_jump(e, MO_BC_POP_JUMP_IF_TRUE, l_suppress, -1);
    op0(e, MO_BC_END_FINALLY, -1);
    adjust(e, 1);
    label(e, l_suppress);
    op0(e, MO_BC_POP_TOP, -1);
    op_jump(e, MO_BC_POP_EXCEPT_JUMP, l_end, 0);
    e->suppress = true;
    adjust(e, -3);
    e->exc_depth--;
    label(e, l_normal);
    call_aexit_none(e, hidden);
    label(e, l_end);
}

static void c_with(emit_t *e, mo_node_t *n) {
    if (n->op != 0) {
        c_async_with_items(e, n, 0);
        return;
    }
    c_with_items(e, n, 0);
}

static void c_raise(emit_t *e, mo_node_t *n) {
    if (n->a == NULL) {
        op0(e, MO_BC_RAISE_LAST, 0);
    } else if (n->b == NULL) {
        c_expr(e, n->a);
        op0(e, MO_BC_RAISE_OBJ, -1);
    } else {
        c_expr(e, n->a);
        c_expr(e, n->b);
        op0(e, MO_BC_RAISE_FROM, -2);
    }
    e->suppress = true;
}

static void c_assert(emit_t *e, mo_node_t *n) {
    if (e->m->opts->optimize >= 1) {
        return;
    }
    uint32_t l_ok = new_label(e);
    c_cond(e, n->a, true, l_ok);
    op_qstr(e, MO_BC_LOAD_GLOBAL, MO_QSTR_AssertionError, 1, true);
    if (n->b != NULL) {
        c_expr(e, n->b);
        op_uint(e, MO_BC_CALL_FUNCTION, 1, -1);
    }
    op0(e, MO_BC_RAISE_OBJ, -1);
    e->suppress = true;
    label(e, l_ok);
}

// ---- imports -----------------------------------------------------------------------------

static void c_import(emit_t *e, mo_node_t *n) {
    for (uint32_t i = 0; i < n->l1.len; i++) {
        mo_node_t *alias = n->l1.items[i];
        qstr name = alias->v.name;
        load_small_int(e, 0);
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
        op_qstr(e, MO_BC_IMPORT_NAME, name, -1, false);
        size_t len;
        const char *s = mo_qstr_data(name, &len);
        const char *dot = memchr(s, '.', len);
        if (alias->v2 == MO_QSTR_NULL) {
            qstr top = dot != NULL ? mo_qstr_from_strn(s, (size_t)(dot - s)) : name;
            c_name(e, top, NAME_STORE);
            continue;
        }
        // import a.b.c as d: IMPORT_NAME gives a; walk down to c.
        while (dot != NULL) {
            const char *p = dot + 1;
            size_t rest = len - (size_t)(p - s);
            const char *next = memchr(p, '.', rest);
            size_t plen = next != NULL ? (size_t)(next - p) : rest;
            op_qstr(e, MO_BC_LOAD_ATTR, mo_qstr_from_strn(p, plen), 0, false);
            dot = next;
        }
        c_name(e, alias->v2, NAME_STORE);
    }
}

static void c_import_from(emit_t *e, mo_node_t *n) {
    load_small_int(e, n->op);
    bool star = n->l1.len == 1 && n->l1.items[0]->v.name == MO_QSTR__star_;
    for (uint32_t i = 0; i < n->l1.len; i++) {
        op_qstr(e, MO_BC_LOAD_CONST_STRING, n->l1.items[i]->v.name, 1, false);
    }
    op_uint(e, MO_BC_BUILD_TUPLE, n->l1.len, 1 - (int)n->l1.len);
    qstr module = n->v.name == MO_QSTR_NULL ? MO_QSTR_ : n->v.name;
    op_qstr(e, MO_BC_IMPORT_NAME, module, -1, false);
    if (star) {
        op0(e, MO_BC_IMPORT_STAR, -1);
        return;
    }
    for (uint32_t i = 0; i < n->l1.len; i++) {
        mo_node_t *alias = n->l1.items[i];
        op_qstr(e, MO_BC_IMPORT_FROM, alias->v.name, 1, false);
        c_name(e, alias->v2 != MO_QSTR_NULL ? alias->v2 : alias->v.name, NAME_STORE);
    }
    op0(e, MO_BC_POP_TOP, -1);
}

// ---- statements ---------------------------------------------------------------------------

static bool is_docstring_like(const mo_node_t *v) {
    return v->kind == MO_N_CONSTANT;
}

static void c_expr_stmt(emit_t *e, mo_node_t *n) {
    if (e->m->kind == MO_PARSE_SINGLE_INPUT && e->scope->kind == MO_SCOPE_MODULE) {
        op_qstr(e, MO_BC_LOAD_NAME, MO_QSTR___repl_print__, 1, true);
        c_expr(e, n->a);
        op_uint(e, MO_BC_CALL_FUNCTION, 1, -1);
        op0(e, MO_BC_POP_TOP, -1);
        return;
    }
    if (is_docstring_like(n->a)) {
        return;
    }
    c_expr(e, n->a);
    op0(e, MO_BC_POP_TOP, -1);
}

static void c_stmt(emit_t *e, mo_node_t *n) {
    mo_stack_check();
    uint32_t line = n->line;
    if ((n->kind == MO_N_FUNCTION_DEF || n->kind == MO_N_CLASS_DEF) && n->l2.len > 0
        && n->l2.items[0]->line < line) {
        line = n->l2.items[0]->line;   // a decorated definition starts at its first decorator
    }
    // A lone constant (a docstring) makes no code and, as in MicroPython, no line entry.
    if (n->kind != MO_N_EXPR || !is_docstring_like(n->a) || e->m->kind == MO_PARSE_SINGLE_INPUT) {
        set_line(e, line);
    }
    switch (n->kind) {
        case MO_N_FUNCTION_DEF:
            c_funcdef(e, n);
            break;
        case MO_N_CLASS_DEF:
            c_classdef(e, n);
            break;
        case MO_N_RETURN:
            c_expr_or_none(e, n->a);
            exit_async_withs(e, 0);
            op0(e, MO_BC_RETURN_VALUE, -1);
            e->suppress = true;
            break;
        case MO_N_DELETE:
            for (uint32_t i = 0; i < n->l1.len; i++) {
                c_delete(e, n->l1.items[i]);
            }
            break;
        case MO_N_ASSIGN:
            c_assign(e, n);
            break;
        case MO_N_AUG_ASSIGN:
            c_aug_assign(e, n);
            break;
        case MO_N_ANN_ASSIGN:
            if (n->c != NULL) {
                c_expr(e, n->c);
                c_store(e, n->a);
            }
            break;
        case MO_N_FOR:
            c_for(e, n);
            break;
        case MO_N_WHILE:
            c_while(e, n);
            break;
        case MO_N_IF:
            c_if(e, n);
            break;
        case MO_N_WITH:
            c_with(e, n);
            break;
        case MO_N_RAISE:
            c_raise(e, n);
            break;
        case MO_N_TRY:
            c_try(e, n);
            break;
        case MO_N_ASSERT:
            c_assert(e, n);
            break;
        case MO_N_IMPORT:
            c_import(e, n);
            break;
        case MO_N_IMPORT_FROM:
            c_import_from(e, n);
            break;
        case MO_N_EXPR:
            c_expr_stmt(e, n);
            break;
        case MO_N_BREAK:
            c_break_continue(e, n, true);
            break;
        case MO_N_CONTINUE:
            c_break_continue(e, n, false);
            break;
        case MO_N_BLOCK:
            c_stmts(e, &n->l1);
            break;
        default:  // pass, global, nonlocal
            break;
    }
}

static void c_stmts(emit_t *e, const mo_nodes_t *l) {
    for (uint32_t i = 0; i < l->len; i++) {
        c_stmt(e, l->items[i]);
    }
}

// ---- scope bodies -----------------------------------------------------------------------

// CPython's __qualname__: Outer.Inner, or f.<locals>.C inside a function.
static qstr qualname(mo_scope_t *s) {
    mo_scope_t *p = s->parent;
    if (p == NULL || p->kind == MO_SCOPE_MODULE) {
        return s->simple_name;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, 32);
    mo_vstr_add_str(&v, mo_qstr_str(qualname(p)));
    if (p->kind != MO_SCOPE_CLASS) {
        mo_vstr_add_str(&v, ".<locals>");
    }
    mo_vstr_add_byte(&v, '.');
    mo_vstr_add_str(&v, mo_qstr_str(s->simple_name));
    return mo_qstr_from_strn(v.buf, v.len);
}

static void c_class_body(emit_t *e) {
    mo_scope_t *s = e->scope;
    op_qstr(e, MO_BC_LOAD_NAME, MO_QSTR___name__, 1, true);
    op_qstr(e, MO_BC_STORE_NAME, MO_QSTR___module__, -1, true);
    op_qstr(e, MO_BC_LOAD_CONST_STRING, qualname(s), 1, false);
    op_qstr(e, MO_BC_STORE_NAME, MO_QSTR___qualname__, -1, true);
    mo_node_t *doc = docstring(e, &s->node->l1);
    if (doc != NULL) {
        c_expr(e, doc);
        op_qstr(e, MO_BC_STORE_NAME, MO_QSTR___doc__, -1, true);
    }
    c_stmts(e, &s->node->l1);
    mo_id_t *cls = mo_scope_find(s, MO_QSTR___class__);
    if (cls != NULL && cls->kind == MO_ID_CELL) {
        // __build_class__ fills the __class__ cell from the returned cell.
        load_cell(e, MO_QSTR___class__);
    } else {
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
    }
    op0(e, MO_BC_RETURN_VALUE, -1);
}

static void c_comp_generators(emit_t *e, mo_node_t *n, uint32_t i) {
    mo_node_t *g = n->l1.items[i];
    if (g->op != 0) {
        error(e, g, "asynchronous comprehension outside of an asynchronous function");
    }
    uint32_t l_top = new_label(e), l_end = new_label(e);
    if (i == 0) {
        if (n->kind == MO_N_GENERATOR_EXP) {
            // The caller applied GET_ITER: lay the iterator out as GET_ITER_STACK would.
            op0(e, MO_BC_LOAD_NULL, 1);
            load_cell(e, MO_QSTR_);
            op0(e, MO_BC_LOAD_NULL, 1);
            op0(e, MO_BC_LOAD_NULL, 1);
        } else {
            load_cell(e, MO_QSTR_);
            op0(e, MO_BC_GET_ITER_STACK, MO_ITER_BUF_NSLOTS - 1);
        }
    } else {
        c_expr(e, g->b);
        op0(e, MO_BC_GET_ITER_STACK, MO_ITER_BUF_NSLOTS - 1);
    }
    e->comp_depth++;
    label(e, l_top);
    op_jump(e, MO_BC_FOR_ITER, l_end, 1);
    c_store(e, g->a);
    for (uint32_t k = 0; k < g->l1.len; k++) {
        c_cond(e, g->l1.items[k], false, l_top);
    }
    if (i + 1 < n->l1.len) {
        c_comp_generators(e, n, i + 1);
    } else {
        int slots = e->comp_depth * MO_ITER_BUF_NSLOTS;
        switch (n->kind) {
            case MO_N_LIST_COMP:
                c_expr(e, n->a);
                op_uint(e, MO_BC_STORE_COMP, (size_t)(slots + 1) << 2 | 0, -1);
                break;
            case MO_N_DICT_COMP:
                c_expr(e, n->b);
                c_expr(e, n->a);
                op_uint(e, MO_BC_STORE_COMP, (size_t)(slots + 2) << 2 | 1, -2);
                break;
            case MO_N_SET_COMP:
                c_expr(e, n->a);
                op_uint(e, MO_BC_STORE_COMP, (size_t)(slots + 1) << 2 | 2, -1);
                break;
            default:
                c_expr(e, n->a);
                op0(e, MO_BC_YIELD_VALUE, 0);
                op0(e, MO_BC_POP_TOP, -1);
                break;
        }
    }
    jump(e, l_top);
    label(e, l_end);
    adjust(e, -MO_ITER_BUF_NSLOTS);
    e->comp_depth--;
}

static void c_comp_body(emit_t *e) {
    mo_node_t *n = e->scope->node;
    switch (n->kind) {
        case MO_N_LIST_COMP:
            op_uint(e, MO_BC_BUILD_LIST, 0, 1);
            break;
        case MO_N_DICT_COMP:
            op_uint(e, MO_BC_BUILD_MAP, 0, 1);
            break;
        case MO_N_SET_COMP:
            op_uint(e, MO_BC_BUILD_SET, 0, 1);
            break;
        default:
            break;
    }
    c_comp_generators(e, n, 0);
    if (n->kind == MO_N_GENERATOR_EXP) {
        op0(e, MO_BC_LOAD_CONST_NONE, 1);
    }
    op0(e, MO_BC_RETURN_VALUE, -1);
}

static void c_scope_body(emit_t *e) {
    mo_scope_t *s = e->scope;
    mo_node_t *n = s->node;
    switch (s->kind) {
        case MO_SCOPE_MODULE:
            if (n->kind == MO_N_EXPRESSION) {
                c_expr(e, n->a);
                op0(e, MO_BC_RETURN_VALUE, -1);
                return;
            }
            if (docstring(e, &n->l1) != NULL && n->kind == MO_N_MODULE) {
                c_expr(e, docstring(e, &n->l1));
                op_qstr(e, MO_BC_STORE_NAME, MO_QSTR___doc__, -1, true);
            }
            c_stmts(e, &n->l1);
            op0(e, MO_BC_LOAD_CONST_NONE, 1);
            op0(e, MO_BC_RETURN_VALUE, -1);
            break;
        case MO_SCOPE_CLASS:
            c_class_body(e);
            break;
        case MO_SCOPE_FUNCTION:
            c_stmts(e, &n->l1);
            op0(e, MO_BC_LOAD_CONST_NONE, 1);
            op0(e, MO_BC_RETURN_VALUE, -1);
            break;
        case MO_SCOPE_LAMBDA:
            set_line(e, n->line);
            c_expr(e, n->b);
            op0(e, MO_BC_RETURN_VALUE, -1);
            break;
        default:
            set_line(e, n->line);
            c_comp_body(e);
            break;
    }
}

// ---- passes and the prelude --------------------------------------------------------------

static void start_pass(emit_t *e, int pass) {
    e->pass = pass;
    e->code_len = 0;
    e->suppress = false;
    e->n_labels = 0;
    e->n_jumps = 0;
    e->stack = 0;
    e->max_stack = 0;
    e->exc_depth = 0;
    e->max_exc = 0;
    e->lines_len = 0;
    e->last_line = 1;
    e->last_line_off = 0;
    e->loop = NULL;
    e->awith = NULL;
    e->comp_depth = 0;
}

// The name in the prelude of argument slot i: '*' for a free variable's slot, and
// "/name" for a positional-only parameter: no keyword argument can match it, yet
// the VM can still name it in errors (objfun.c reads the '/').
static qstr arg_name(const mo_scope_t *s, uint32_t i) {
    bool posonly = i >= s->n_free && i < (uint32_t)s->n_free + s->n_posonly_args;
    for (uint32_t k = 0; k < s->n_ids; k++) {
        const mo_id_t *id = &s->ids[k];
        if ((id->flags & MO_ID_FLAG_PARAM) && id->local_num == i) {
            if (!posonly) {
                return id->name;
            }
            size_t len;
            const char *name = mo_qstr_data(id->name, &len);
            char buf[64];
            if (len + 1 > sizeof(buf)) {
                return MO_QSTR__star_;
            }
            buf[0] = '/';
            memcpy(buf + 1, name, len);
            return mo_qstr_from_strn(buf, len + 1);
        }
    }
    return MO_QSTR__star_;
}

static void register_arg_names(emit_t *e) {
    mo_scope_t *s = e->scope;
    for (uint32_t i = 0; i < (uint32_t)s->n_pos_args + s->n_kwonly_args; i++) {
        qstr_index(e->m, arg_name(s, i));
    }
}

typedef struct bytebuf {
    uint8_t data[64];
    uint32_t len;
} bytebuf_t;

static void encode_signature(bytebuf_t *b, size_t S, size_t E, size_t F, size_t A, size_t K, size_t D) {
    uint8_t z = (uint8_t)((S & 0xf) << 3 | (E & 1) << 2 | (A & 3));
    S >>= 4;
    E >>= 1;
    A >>= 2;
    while (S | E | F | A | K | D) {
        b->data[b->len++] = 0x80 | z;
        z = (uint8_t)((F & 1) << 6 | (S & 3) << 4 | (K & 1) << 3 | (A & 1) << 2 | (E & 1) << 1 | (D & 1));
        S >>= 2;
        E >>= 1;
        F >>= 1;
        A >>= 1;
        K >>= 1;
        D >>= 1;
    }
    b->data[b->len++] = z;
}

static void encode_size(bytebuf_t *b, size_t I, size_t C) {
    do {
        uint8_t z = (uint8_t)((I & 0x3f) << 1 | (C & 1));
        C >>= 1;
        I >>= 6;
        if (C | I) {
            z |= 0x80;
        }
        b->data[b->len++] = z;
    } while (C | I);
}

static void finish_scope(emit_t *e) {
    mo_scope_t *s = e->scope;
    module_ctx_t *m = e->m;
    size_t n_state = (size_t)s->num_locals + (size_t)e->max_stack;
    if (n_state == 0) {
        n_state = 1;
    }
    bytebuf_t head = {.len = 0};
    encode_signature(&head, n_state - 1, (size_t)e->max_exc, s->scope_flags & MO_SCOPE_FLAG_ALL_SIG,
                     s->n_pos_args, s->n_kwonly_args, s->n_def_pos_args);
    // info: name, argument names, line table
    uint32_t n_args = (uint32_t)s->n_pos_args + s->n_kwonly_args;
    uint8_t *info = mo_arena_alloc(m->arena, 12 * (n_args + 1) + e->lines_len);
    uint32_t n_info = encode_uint(info, qstr_index(m, s->simple_name));
    for (uint32_t i = 0; i < n_args; i++) {
        n_info += encode_uint(info + n_info, qstr_index(m, arg_name(s, i)));
    }
    if (e->lines_len) {
        memcpy(info + n_info, e->lines, e->lines_len);
    }
    n_info += e->lines_len;
    uint32_t n_cell = 0;
    for (uint32_t i = 0; i < s->n_ids; i++) {
        n_cell += s->ids[i].kind == MO_ID_CELL;
    }
    encode_size(&head, n_info, n_cell);
    size_t total = head.len + n_info + n_cell + e->code_len;
    uint8_t *fd = mo_alloc(total ? total : 1);
    size_t pos = 0;
    memcpy(fd, head.data, head.len);
    pos += head.len;
    memcpy(fd + pos, info, n_info);
    pos += n_info;
    for (uint32_t i = 0; i < s->n_ids; i++) {
        if (s->ids[i].kind == MO_ID_CELL) {
            if (s->ids[i].local_num > 0xff) {
                error(e, s->node, "too many local variables");
            }
            fd[pos++] = (uint8_t)s->ids[i].local_num;
        }
    }
    if (e->code_len) {
        memcpy(fd + pos, e->code, e->code_len);
    }
    mo_raw_code_t *rc = (mo_raw_code_t *)s->rc;
    rc->kind = MO_CODE_BYTECODE;
    // 2 marks a coroutine (async def) for the runtime; .mpy files cannot say it.
    rc->is_generator = (s->scope_flags & MO_SCOPE_FLAG_ASYNC) ? 2
                       : (s->scope_flags & MO_SCOPE_FLAG_GENERATOR) ? 1 : 0;
    rc->fun_data = fd;
    rc->fun_data_len = (uint32_t)total;
}

static bool labels_stable(emit_t *e) {
    for (uint32_t i = 0; i < e->n_labels; i++) {
        if (e->label_off[i] != e->label_prev[i]) {
            return false;
        }
    }
    return true;
}

static void free_buffers(emit_t *e) {
    mo_free(e->code);
    mo_free(e->label_off);
    mo_free(e->label_prev);
    mo_free(e->label_set);
    mo_free(e->jump_wide);
    mo_free(e->lines);
}

static void emit_scope(module_ctx_t *m, mo_scope_t *s) {
    emit_t e;
    memset(&e, 0, sizeof(e));
    e.m = m;
    e.scope = s;
    register_arg_names(&e);
    for (int pass = 0;; pass++) {
        start_pass(&e, PASS_CODE);
        c_scope_body(&e);
        if (e.have_prev && labels_stable(&e)) {
            break;
        }
        if (pass > 64) {
            error(&e, s->node, "internal error: bytecode did not settle");
        }
        if (e.n_labels) {
            memcpy(e.label_prev, e.label_off, e.n_labels * sizeof(uint32_t));
        }
        e.have_prev = true;
    }
    finish_scope(&e);
    free_buffers(&e);
}

static void scope_pass(module_ctx_t *m, mo_scope_t *s) {
    emit_t e;
    memset(&e, 0, sizeof(e));
    e.m = m;
    e.scope = s;
    qstr_index(m, s->simple_name);
    start_pass(&e, PASS_SCOPE);
    c_scope_body(&e);
    free_buffers(&e);
}

mo_compiled_module_t mo_emit_bc_module(mo_arena_t *arena, const mo_comp_src_t *cs,
                                       mo_scope_t *module, mo_parse_input_kind_t kind,
                                       const mo_compile_options_t *options) {
    module_ctx_t m;
    memset(&m, 0, sizeof(m));
    m.arena = arena;
    m.cs = cs;
    m.opts = options;
    m.kind = kind;
    m.small_int_bits = options->small_int_bits != 0 && options->small_int_bits < MO_SMALL_INT_BITS
                       ? options->small_int_bits : MO_SMALL_INT_BITS;
    qstr_index(&m, cs->file);
    qstr_index(&m, MO_QSTR__lt_module_gt_);
    for (mo_scope_t *s = module; s != NULL; s = s->next) {
        s->rc = mo_new_obj(mo_raw_code_t);
    }
    for (mo_scope_t *s = module; s != NULL; s = s->next) {
        scope_pass(&m, s);
    }
    m.n_const = 0;   // const() names are defined again, in order, by the code passes
    for (mo_scope_t *s = module; s != NULL; s = s->next) {
        emit_scope(&m, s);
    }
    for (mo_scope_t *s = module; s != NULL; s = s->next) {
        mo_raw_code_t *rc = (mo_raw_code_t *)s->rc;
        rc->n_children = s->n_children;
        if (s->n_children) {
            const mo_raw_code_t **ch = mo_alloc(s->n_children * sizeof(mo_raw_code_t *));
            for (uint16_t i = 0; i < s->n_children; i++) {
                ch[i] = s->children[i]->rc;
            }
            rc->children = (const mo_raw_code_t *const *)ch;
        }
    }
    mo_compiled_module_t cm;
    memset(&cm, 0, sizeof(cm));
    cm.rc = module->rc;
    uint16_t *qt = mo_alloc(m.n_qstr * sizeof(uint16_t));
    for (uint32_t i = 0; i < m.n_qstr; i++) {
        if (m.qstrs[i] > 0xffff) {
            mo_raise_msg(&mo_type_MemoryError, "too many qstrs");
        }
        qt[i] = (uint16_t)m.qstrs[i];
    }
    cm.ctx.qstr_table = qt;
    cm.ctx.n_qstr = m.n_qstr;
    if (m.n_obj) {
        mo_obj_t *ot = mo_alloc(m.n_obj * sizeof(mo_obj_t));
        memcpy(ot, m.objs, m.n_obj * sizeof(mo_obj_t));
        cm.ctx.obj_table = ot;
    }
    cm.ctx.n_obj = m.n_obj;
    return cm;
}
