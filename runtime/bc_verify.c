// The bytecode verifier (see bc_verify.h for what it proves and why).
//
// Each raw code is checked in two passes. The first decodes every instruction in
// order: operand bounds, table indices, jump targets, and which offsets start an
// instruction or are jumped to (labels). The second is an abstract interpretation:
// the "state" (stack depth, one shape mask per stack slot, the stack of open try
// blocks) is kept at labels only, and straight-line code between labels is run
// from a label's state until it reaches the next label, merging into it. Shapes
// only ever gain bits when merged, so the work list empties.
//
// Slot shapes are bit masks: a slot may hold any object whose shape bit is set.
// Merging two paths ORs them; an instruction accepts a slot if its mask is within
// what the instruction can handle.
#include "runtime/bc_verify.h"

#include <string.h>

#include "runtime/mpy_format.h"
#include "runtime/ops.h"
#include "runtime/runtime.h"
#include "runtime/vm.h"

#define K_NULL 0x0001    // MO_OBJ_NULL (LOAD_NULL, the self of LOAD_METHOD)
#define K_OBJ 0x0002     // any object
#define K_NONE 0x0004
#define K_STR 0x0008
#define K_TUPLE 0x0010
#define K_LIST 0x0020
#define K_DICT 0x0040
#define K_SET 0x0080
#define K_CELL 0x0100
#define K_EXC 0x0200     // the exception an except handler starts with
#define K_FIN 0x0400     // what a finally/with handler starts with: pinned
#define K_ITER0 0x0800   // the four slots of GET_ITER_STACK, bottom first
#define K_VALUE 0x03fe   // any real object
#define K_MAYBE_NULL (K_VALUE | K_NULL)
#define K_ITER(i) ((uint16_t)(K_ITER0 << (i)))

enum { BLK_EXCEPT, BLK_FINALLY, BLK_WITH };

#define MAX_SIG_EXT_BYTES 10   // objfun.c decodes no more
#define MAX_SIZE_BYTES 6       // keeps objfun.c's shifts inside 32 bits
#define MAX_OPERAND 0xffffffu  // no real operand is larger
#define NOT_MADE 0xffff

typedef struct vblock {
    uint32_t handler; // the handler's offset
    uint16_t base;    // stack depth when the block was set up
    uint16_t kind;    // BLK_*
} vblock_t;

typedef struct label_state {
    uint32_t offset;
    uint16_t depth, n_blocks;
    bool reached, dirty;
    uint16_t *kinds;
    vblock_t *blocks;
} label_state_t;

typedef struct insn {
    uint8_t op;
    uint8_t extra;      // MAKE_CLOSURE's n_closed, UNWIND_JUMP's count
    uint32_t len;
    size_t arg;
    uint32_t target;    // jumps
} insn_t;

typedef struct verifier {
    const mo_code_ctx_t *ctx;
    const mo_raw_code_t *rc;
    const uint8_t *code;
    uint32_t code_len;
    qstr name;                 // the function's, for messages
    size_t n_state, n_exc, n_pos, n_args_total, n_locals, limit;
    bool is_gen;
    bool is_coroutine;         // an async def (mpy_format.h: MO_MPY_COROUTINE_MARK)
    uint8_t *is_cell;          // per local: 1 if it always holds a cell
    uint8_t *starts;           // per code offset: 1 instruction start, 2 label
    label_state_t *labels;
    size_t n_labels;
    size_t budget;             // bytes left for label states
    uint16_t *child_closed;    // least n_closed a child is made with
    // The working state.
    uint16_t *kinds;
    vblock_t *blocks;
    size_t depth, n_blocks, n_fin;
} verifier_t;

_Noreturn static void reject(const verifier_t *v, size_t offset, const char *why) {
    mo_raise_fmt(&mo_type_ValueError, "invalid .mpy file: %s at offset %u of '%q'", why,
                 (unsigned)offset, v->name);
}

_Noreturn static void reject_prelude(const char *why) {
    mo_raise_fmt(&mo_type_ValueError, "invalid .mpy file: %s", why);
}

// ---- prelude and info section -------------------------------------------------------

typedef struct cursor {
    const uint8_t *p, *end;
} cursor_t;

static uint8_t cur_byte(cursor_t *c) {
    if (c->p >= c->end) {
        reject_prelude("truncated function prelude");
    }
    return *c->p++;
}

static size_t cur_uint(cursor_t *c) {
    size_t v = 0;
    uint8_t b;
    do {
        b = cur_byte(c);
        if (v > (MAX_OPERAND >> 7)) {
            reject_prelude("number too large in prelude");
        }
        v = (v << 7) | (b & 0x7f);
    } while (b & 0x80);
    return v;
}

// Decodes as objfun.c's decode_prelude does, rejecting what it would truncate.
static const uint8_t *check_prelude(verifier_t *v, const uint8_t *data, size_t len) {
    cursor_t c = {data, data + len};
    uint8_t z = cur_byte(&c);
    uint64_t s = (z >> 3) & 0xf, e = (z >> 2) & 1, a = z & 3, f = 0, k = 0, d = 0;
    for (unsigned n = 0; z & 0x80; n++) {
        if (n >= MAX_SIG_EXT_BYTES) {
            reject_prelude("function signature too long");
        }
        z = cur_byte(&c);
        f |= (uint64_t)((z >> 6) & 1) << n;
        s |= (uint64_t)((z >> 4) & 3) << (4 + 2 * n);
        k |= (uint64_t)((z >> 3) & 1) << n;
        a |= (uint64_t)((z >> 2) & 1) << (2 + n);
        e |= (uint64_t)((z >> 1) & 1) << (1 + n);
        d |= (uint64_t)(z & 1) << n;
    }
    if (e > 0xffff || s + 1 + MO_VM_UNWIND_SLACK(e) > 0xffff || a > 0xffff || k > 0xffff || d > 0xffff ||
        (f & ~(uint64_t)MO_SCOPE_FLAG_ALL_SIG) != 0) {
        reject_prelude("function signature out of range");
    }
    uint64_t n_info = 0, n_cell = 0;
    unsigned n = 0;
    do {
        if (n >= MAX_SIZE_BYTES) {
            reject_prelude("function prelude too long");
        }
        z = cur_byte(&c);
        n_info |= (uint64_t)((z >> 1) & 0x3f) << (6 * n);
        n_cell |= (uint64_t)(z & 1) << n;
        n++;
    } while (z & 0x80);
    size_t left = (size_t)(c.end - c.p);
    if (n_info == 0 || n_info > left || n_cell > left - n_info || n_cell > 0xff ||
        n_info + n_cell == left) {
        reject_prelude("function sections out of range");
    }
    v->n_state = (size_t)(s + 1 + MO_VM_UNWIND_SLACK(e));   // as objfun.c sizes the frame
    v->n_exc = (size_t)e;
    v->n_pos = (size_t)a;
    v->n_args_total = (size_t)(a + k) + ((f & MO_SCOPE_FLAG_VARARGS) != 0) +
                      ((f & MO_SCOPE_FLAG_VARKEYWORDS) != 0);
    v->is_gen = (f & MO_SCOPE_FLAG_GENERATOR) != 0;
    // The name and the argument names are qstrs; the line table may hold any bytes.
    if (v->n_args_total > v->n_state) {
        reject_prelude("more arguments than n_state");
    }
    cursor_t info = {c.p, c.p + n_info};
    for (size_t i = 0; i < 1 + a + k; i++) {
        size_t q = cur_uint(&info);
        if (q >= v->ctx->n_qstr) {
            reject_prelude("bad qstr index in prelude");
        }
        if (i == 0) {
            v->name = v->ctx->qstr_table[q];
        }
    }
    v->is_coroutine = v->is_gen && info.p < info.end && *info.p == MO_MPY_COROUTINE_MARK;
    v->n_locals = v->n_args_total;
    const uint8_t *cells = c.p + n_info;
    v->is_cell = mo_new(uint8_t, v->n_state);
    memset(v->is_cell, 0, v->n_state);
    for (size_t i = 0; i < n_cell; i++) {
        if (cells[i] >= v->n_state) {
            reject_prelude("bad cell in prelude");
        }
        v->is_cell[cells[i]] = 1;
        if ((size_t)cells[i] + 1 > v->n_locals) {
            v->n_locals = (size_t)cells[i] + 1;
        }
    }
    return cells + n_cell;
}

// ---- decoding one instruction --------------------------------------------------------

static bool op_is_plain(uint8_t op) {
    return (op >= MO_BC_LOAD_CONST_FALSE && op <= MO_BC_GET_ITER_STACK) ||
           (op >= MO_BC_STORE_MAP && op <= MO_BC_IMPORT_STAR) ||
           (op >= MO_BC_LOAD_CONST_SMALL_INT_MULTI && op < MO_BC_UNARY_OP_MULTI + MO_UNARY_OP_NUM_BYTECODE) ||
           (op >= MO_BC_BINARY_OP_MULTI && op < MO_BC_BINARY_OP_MULTI + MO_BINARY_OP_NUM_BYTECODE);
}

static bool op_is_local(uint8_t op) {
    return op == MO_BC_LOAD_FAST_N || op == MO_BC_STORE_FAST_N || op == MO_BC_DELETE_FAST ||
           op == MO_BC_LOAD_DEREF || op == MO_BC_STORE_DEREF || op == MO_BC_DELETE_DEREF;
}

// The local an instruction names, or -1.
static ptrdiff_t insn_local(const insn_t *in) {
    if (op_is_local(in->op)) {
        return (ptrdiff_t)in->arg;
    }
    if (in->op >= MO_BC_LOAD_FAST_MULTI && in->op < MO_BC_STORE_FAST_MULTI + MO_BC_STORE_FAST_MULTI_NUM) {
        return (in->op - MO_BC_LOAD_FAST_MULTI) & 0xf;
    }
    return -1;
}

static uint8_t code_byte(const verifier_t *v, uint32_t pc, uint32_t at) {
    if (at >= v->code_len) {
        reject(v, pc, "truncated instruction");
    }
    return v->code[at];
}

// Decodes the instruction at pc, checking everything that doesn't depend on the stack.
static void decode(const verifier_t *v, uint32_t pc, insn_t *in) {
    uint8_t op = v->code[pc];
    uint32_t at = pc + 1;
    memset(in, 0, sizeof(*in));
    in->op = op;
    unsigned hi = op >> 4;
    if (op == MO_BC_LOAD_CONST_SMALL_INT) {
        for (unsigned n = 0; code_byte(v, pc, at++) & 0x80; n++) {
            if (n >= 16) {
                reject(v, pc, "integer operand too long");
            }
        }
    } else if ((hi == 1 && op <= MO_BC_IMPORT_FROM) || hi == 2 || (hi == 3 && op <= MO_BC_CALL_METHOD_VAR_KW)) {
        size_t x = 0;
        uint8_t b;
        do {
            b = code_byte(v, pc, at++);
            if (x > (MAX_OPERAND >> 7)) {
                reject(v, pc, "operand too large");
            }
            x = (x << 7) | (b & 0x7f);
        } while (b & 0x80);
        in->arg = x;
        if (op == MO_BC_MAKE_CLOSURE || op == MO_BC_MAKE_CLOSURE_DEFARGS) {
            in->extra = code_byte(v, pc, at++);
        }
    } else if (op == MO_BC_UNWIND_JUMP || (op >= MO_BC_JUMP && op <= MO_BC_FOR_ITER)) {
        uint8_t b0 = code_byte(v, pc, at++);
        size_t u = b0;
        bool wide = b0 & 0x80;
        if (wide) {
            u = (b0 & 0x7fu) | ((size_t)code_byte(v, pc, at++) << 7);
        }
        int64_t off = (int64_t)u;
        if (op <= MO_BC_POP_JUMP_IF_FALSE) {
            off -= wide ? 0x4000 : 0x40;
        }
        int64_t target = (int64_t)at + off;   // relative to the end of the label
        if (target < 0 || target >= (int64_t)v->code_len) {
            reject(v, pc, "jump out of the code");
        }
        in->target = (uint32_t)target;
        if (op == MO_BC_UNWIND_JUMP) {
            in->extra = code_byte(v, pc, at++);
        }
    } else if (!op_is_plain(op)) {
        reject(v, pc, "bad opcode");
    }
    in->len = at - pc;
    // Operands that index tables.
    size_t x = in->arg;
    bool bad = false;
    if (hi == 1) {
        bad = x >= v->ctx->n_qstr;
    } else if (op == MO_BC_LOAD_CONST_OBJ) {
        bad = x >= v->ctx->n_obj;
    } else if (op == MO_BC_MAKE_FUNCTION || op == MO_BC_MAKE_FUNCTION_DEFARGS ||
               op == MO_BC_MAKE_CLOSURE || op == MO_BC_MAKE_CLOSURE_DEFARGS) {
        bad = x >= v->rc->n_children;
    } else if (op_is_local(op)) {
        bad = x >= v->n_state;
    } else if (op == MO_BC_BUILD_SLICE) {
        bad = x != 2 && x != 3;
    } else if (op == MO_BC_STORE_COMP) {
        bad = (x & 3) == 3;
    } else if (op == MO_BC_BUILD_MAP) {
        bad = x > 0xffff;
    }
    if (bad) {
        reject(v, pc, "operand out of range");
    }
}

// ---- pass 1: instruction starts, labels, locals ---------------------------------------

static void mark_label(verifier_t *v, uint32_t target) {
    if (!(v->starts[target] & 2)) {
        v->starts[target] |= 2;
        v->n_labels++;
    }
}

static void scan(verifier_t *v) {
    v->starts = mo_new(uint8_t, v->code_len);
    memset(v->starts, 0, v->code_len);
    mark_label(v, 0);
    insn_t in;
    for (uint32_t pc = 0; pc < v->code_len; pc += in.len) {
        decode(v, pc, &in);
        v->starts[pc] |= 1;
        if (in.op == MO_BC_UNWIND_JUMP || (in.op >= MO_BC_JUMP && in.op <= MO_BC_FOR_ITER)) {
            mark_label(v, in.target);
        }
        ptrdiff_t local = insn_local(&in);
        if (local >= 0 && (size_t)local + 1 > v->n_locals) {
            v->n_locals = (size_t)local + 1;
        }
    }
    for (uint32_t pc = 0; pc < v->code_len; pc++) {
        if (v->starts[pc] == 2) {
            reject(v, pc, "jump into the middle of an instruction");
        }
    }
    if (v->n_locals > v->n_state) {
        reject(v, 0, "more locals than n_state");
    }
    v->limit = v->n_state - v->n_locals;
    v->labels = mo_new(label_state_t, v->n_labels);
    memset(v->labels, 0, v->n_labels * sizeof(label_state_t));
    size_t i = 0;
    for (uint32_t pc = 0; pc < v->code_len; pc++) {
        if (v->starts[pc] & 2) {
            v->labels[i++].offset = pc;
        }
    }
}

static label_state_t *label_at(const verifier_t *v, uint32_t pc) {
    size_t lo = 0, hi = v->n_labels;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (v->labels[mid].offset < pc) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return &v->labels[lo];
}

// ---- the working state ----------------------------------------------------------------

// The lowest depth an instruction may pop to: the innermost open block's base.
static size_t floor_depth(const verifier_t *v) {
    return v->n_blocks ? v->blocks[v->n_blocks - 1].base : 0;
}

// The VM may keep one hidden word under each finally handler's first value (its
// unwind marker), so each pinned slot counts twice against the limit.
static void check_room(const verifier_t *v, uint32_t pc, size_t extra) {
    if (v->depth + v->n_fin + extra > v->limit) {
        reject(v, pc, "stack overflow");
    }
}

static void push(verifier_t *v, uint32_t pc, uint16_t kind) {
    check_room(v, pc, 1);
    v->kinds[v->depth++] = kind;
    v->n_fin += (kind & K_FIN) != 0;
}

static uint16_t pop(verifier_t *v, uint32_t pc, uint16_t allowed) {
    if (v->depth <= floor_depth(v)) {
        reject(v, pc, "stack underflow");
    }
    uint16_t k = v->kinds[--v->depth];
    if (k & ~allowed) {
        reject(v, pc, "operand of the wrong kind");
    }
    v->n_fin -= (k & K_FIN) != 0;
    return k;
}

static void pop_n(verifier_t *v, uint32_t pc, size_t n, uint16_t allowed) {
    for (size_t i = 0; i < n; i++) {
        pop(v, pc, allowed);
    }
}

// The slot `below` places under the top (0 = top), read without popping.
static uint16_t peek(const verifier_t *v, uint32_t pc, size_t below) {
    if (below >= v->depth) {
        reject(v, pc, "stack underflow");
    }
    return v->kinds[v->depth - 1 - below];
}

static void load_label(verifier_t *v, const label_state_t *l) {
    v->depth = l->depth;
    v->n_blocks = l->n_blocks;
    memcpy(v->kinds, l->kinds, l->depth * sizeof(uint16_t));
    memcpy(v->blocks, l->blocks, l->n_blocks * sizeof(vblock_t));
    v->n_fin = 0;
    for (size_t i = 0; i < v->depth; i++) {
        v->n_fin += (v->kinds[i] & K_FIN) != 0;
    }
}

// Merges an edge into the label at target: the working stack's first `depth`
// slots, then `top` if not 0; the first n_blocks blocks, then *block if given.
static void merge(verifier_t *v, uint32_t pc, uint32_t target, size_t depth, uint16_t top,
                  size_t n_blocks, const vblock_t *block) {
    label_state_t *l = label_at(v, target);
    size_t d = depth + (top != 0), nb = n_blocks + (block != NULL);
    if (!l->reached) {
        size_t bytes = d * sizeof(uint16_t) + nb * sizeof(vblock_t) + 16;
        if (bytes > v->budget) {
            reject(v, pc, "code too complex to verify");
        }
        v->budget -= bytes;
        l->kinds = mo_new(uint16_t, d ? d : 1);
        l->blocks = mo_new(vblock_t, nb ? nb : 1);
        memcpy(l->kinds, v->kinds, depth * sizeof(uint16_t));
        memcpy(l->blocks, v->blocks, n_blocks * sizeof(vblock_t));
        if (top) {
            l->kinds[depth] = top;
        }
        if (block) {
            l->blocks[n_blocks] = *block;
        }
        l->depth = (uint16_t)d;
        l->n_blocks = (uint16_t)nb;
        l->reached = l->dirty = true;
        return;
    }
    if (l->depth != d || l->n_blocks != nb ||
        memcmp(l->blocks, v->blocks, n_blocks * sizeof(vblock_t)) != 0 ||
        (block && memcmp(&l->blocks[n_blocks], block, sizeof(vblock_t)) != 0)) {
        reject(v, pc, "stack differs between paths");
    }
    for (size_t i = 0; i < d; i++) {
        uint16_t k = i < depth ? v->kinds[i] : top;
        if ((l->kinds[i] | k) != l->kinds[i]) {
            l->kinds[i] |= k;
            l->dirty = true;
        }
    }
}

// ---- pass 2: one instruction's effect -------------------------------------------------

static uint16_t const_kind(mo_obj_t o) {
    if (o == mo_const_none) {
        return K_NONE;
    }
    if (mo_obj_is_type(o, &mo_type_tuple)) {
        return K_TUPLE;
    }
    return mo_obj_is_str(o) ? K_STR : K_OBJ;
}

static void note_child(verifier_t *v, size_t child, size_t n_closed) {
    if (v->child_closed[child] == NOT_MADE || n_closed < v->child_closed[child]) {
        v->child_closed[child] = (uint16_t)n_closed;
    }
}

// Pops a call's arguments: keyword pairs (name, value), then positionals.
static void pop_call_args(verifier_t *v, uint32_t pc, size_t x, uint16_t name_kind) {
    size_t n_pos = x & 0xff, n_kw = (x >> 8) & 0xff;
    for (size_t i = 0; i < n_kw; i++) {
        pop(v, pc, K_VALUE);
        pop(v, pc, name_kind);
    }
    pop_n(v, pc, n_pos, K_VALUE);
}

static void setup_block(verifier_t *v, uint32_t pc, const insn_t *in, uint16_t kind) {
    if (v->n_blocks >= v->n_exc) {
        reject(v, pc, "too many nested try blocks");
    }
    vblock_t b = {in->target, (uint16_t)v->depth, kind};
    uint16_t entry = kind == BLK_EXCEPT ? K_EXC : K_FIN;
    // The handler starts with one value on the block's base (and maybe the marker).
    check_room(v, pc, 1 + (entry == K_FIN));
    merge(v, pc, in->target, v->depth, entry, v->n_blocks, &b);
    v->blocks[v->n_blocks++] = b;
}

static void unwind_jump(verifier_t *v, uint32_t pc, const insn_t *in) {
    size_t n = in->extra & 0x7f;
    if (n > v->n_blocks) {
        reject(v, pc, "unwinds more blocks than are open");
    }
    check_room(v, pc, 2);   // the VM pushes the target and the count
    size_t left = v->n_blocks - n;
    int64_t depth = (int64_t)v->depth;
    if (n > 0) {
        // The stack ends at the outermost block's base, less the __exit__ pair of a
        // with block if its handler runs (it does unless it is already running,
        // which the VM tells by the handler's address being behind the jump).
        const vblock_t *b = &v->blocks[left];
        depth = b->base - (b->kind == BLK_WITH && b->handler > pc ? 2 : 0);
    }
    if (in->extra & 0x80) {
        depth -= MO_ITER_BUF_NSLOTS;   // leaving a for loop: its iterator goes too
    }
    int64_t floor = left ? v->blocks[left - 1].base : 0;
    if (depth < floor) {
        reject(v, pc, "stack underflow");
    }
    for (int64_t i = depth; i < depth + ((in->extra & 0x80) ? MO_ITER_BUF_NSLOTS : 0); i++) {
        if (v->kinds[i] & K_FIN) {
            reject(v, pc, "operand of the wrong kind");
        }
    }
    merge(v, pc, in->target, (size_t)depth, 0, left, NULL);
}

// FOR_ITER's four slots: GET_ITER_STACK's, or (as comprehensions set them up
// around the iterator they are given) NULL, the iterator, two unused slots.
static bool is_iter_slots(const verifier_t *v, uint32_t pc) {
    bool in_place = true;
    for (size_t i = 0; i < MO_ITER_BUF_NSLOTS; i++) {
        in_place = in_place && peek(v, pc, MO_ITER_BUF_NSLOTS - 1 - i) == K_ITER(i);
    }
    return in_place || (peek(v, pc, 3) == K_NULL && !(peek(v, pc, 2) & ~K_VALUE) &&
                        !(peek(v, pc, 1) & ~K_MAYBE_NULL) && !(peek(v, pc, 0) & ~K_MAYBE_NULL));
}

static void for_iter(verifier_t *v, uint32_t pc, const insn_t *in) {
    if (!is_iter_slots(v, pc)) {
        reject(v, pc, "FOR_ITER without an iterator");
    }
    if (v->depth < floor_depth(v) + MO_ITER_BUF_NSLOTS) {
        reject(v, pc, "stack underflow");
    }
    merge(v, pc, in->target, v->depth - MO_ITER_BUF_NSLOTS, 0, v->n_blocks, NULL);
    push(v, pc, K_OBJ);
}

// END_FINALLY closes the innermost block: its value sits on the block's base (or,
// for a with block after WITH_CLEANUP, two below it). Only None goes on to the
// next instruction; an exception is raised again and a marker resumes an unwind.
static bool end_finally(verifier_t *v, uint32_t pc) {
    if (v->n_blocks == 0) {
        reject(v, pc, "END_FINALLY outside a block");
    }
    vblock_t b = v->blocks[v->n_blocks - 1];
    // A with block's marker must have been moved down by WITH_CLEANUP, or an unwind
    // resumed here would leave the __exit__ pair on the stack.
    bool at_base = b.kind != BLK_WITH && v->depth == (size_t)b.base + 1;
    bool after_cleanup = b.kind == BLK_WITH && b.base >= 2 && v->depth == (size_t)b.base - 1;
    if (!at_base && !after_cleanup) {
        reject(v, pc, "END_FINALLY with a stack of the wrong depth");
    }
    v->n_blocks--;
    return (pop(v, pc, K_FIN | K_NONE | K_EXC) & K_NONE) != 0;
}

static void with_cleanup(verifier_t *v, uint32_t pc) {
    if (v->n_blocks == 0 || v->blocks[v->n_blocks - 1].kind != BLK_WITH ||
        v->depth != (size_t)v->blocks[v->n_blocks - 1].base + 1 || v->depth < 3) {
        reject(v, pc, "WITH_CLEANUP outside a with block");
    }
    uint16_t top = v->kinds[v->depth - 1];
    if ((top & ~(K_FIN | K_NONE | K_EXC)) || (v->kinds[v->depth - 2] & ~K_MAYBE_NULL) ||
        (v->kinds[v->depth - 3] & ~K_VALUE)) {
        reject(v, pc, "operand of the wrong kind");
    }
    v->n_fin -= (top & K_FIN) != 0;
    v->depth -= 3;
    // __exit__ returning true swallows the exception: None goes on to END_FINALLY.
    push(v, pc, top & (K_FIN | K_EXC) ? top | K_NONE : top);
}

static void local_op(verifier_t *v, uint32_t pc, uint8_t op, size_t n) {
    bool cell = v->is_cell[n];
    switch (op) {
        case MO_BC_LOAD_FAST_N:
            push(v, pc, cell ? K_CELL : K_OBJ);
            return;
        case MO_BC_STORE_FAST_N:
        case MO_BC_DELETE_FAST:
            if (cell) {
                reject(v, pc, "a cell overwritten");
            }
            if (op == MO_BC_STORE_FAST_N) {
                pop(v, pc, K_MAYBE_NULL);
            }
            return;
        default:
            if (!cell) {
                reject(v, pc, "not a cell");
            }
            if (op == MO_BC_LOAD_DEREF) {
                push(v, pc, K_OBJ);
            } else if (op == MO_BC_STORE_DEREF) {
                pop(v, pc, K_VALUE);
            }
            return;
    }
}

static void make_function(verifier_t *v, uint32_t pc, const insn_t *in) {
    uint8_t op = in->op;
    size_t n_closed = 0;
    if (op == MO_BC_MAKE_CLOSURE || op == MO_BC_MAKE_CLOSURE_DEFARGS) {
        n_closed = in->extra;
        pop_n(v, pc, n_closed, K_CELL);
    }
    if (op == MO_BC_MAKE_FUNCTION_DEFARGS || op == MO_BC_MAKE_CLOSURE_DEFARGS) {
        pop(v, pc, K_DICT | K_NONE | K_NULL);
        pop(v, pc, K_TUPLE | K_NONE | K_NULL);
    }
    note_child(v, in->arg, n_closed);
    push(v, pc, K_OBJ);
}

// Applies in (at pc) to the working state, merging its jumps. Returns false if
// control doesn't go on to the next instruction.
static bool step(verifier_t *v, uint32_t pc, const insn_t *in) {
    uint8_t op = in->op;
    size_t x = in->arg;
    if (op >= MO_BC_LOAD_CONST_SMALL_INT_MULTI && op < MO_BC_LOAD_FAST_MULTI) {
        push(v, pc, K_OBJ);
        return true;
    }
    if (op >= MO_BC_LOAD_FAST_MULTI && op < MO_BC_STORE_FAST_MULTI + MO_BC_STORE_FAST_MULTI_NUM) {
        local_op(v, pc, op < MO_BC_STORE_FAST_MULTI ? MO_BC_LOAD_FAST_N : MO_BC_STORE_FAST_N,
                 (size_t)insn_local(in));
        return true;
    }
    if (op >= MO_BC_UNARY_OP_MULTI && op < MO_BC_BINARY_OP_MULTI) {
        pop(v, pc, K_VALUE);
        push(v, pc, K_OBJ);
        return true;
    }
    if (op >= MO_BC_BINARY_OP_MULTI) {
        pop_n(v, pc, 2, K_VALUE);
        push(v, pc, K_OBJ);
        return true;
    }
    if (op_is_local(op)) {
        local_op(v, pc, op, x);
        return true;
    }
    switch (op) {
        case MO_BC_LOAD_CONST_STRING:
            push(v, pc, K_STR);
            break;
        case MO_BC_LOAD_NAME:
        case MO_BC_LOAD_GLOBAL:
        case MO_BC_LOAD_BUILD_CLASS:
        case MO_BC_LOAD_CONST_SMALL_INT:
        case MO_BC_LOAD_CONST_FALSE:
        case MO_BC_LOAD_CONST_TRUE:
            push(v, pc, K_OBJ);
            break;
        case MO_BC_LOAD_CONST_NONE:
            push(v, pc, K_NONE);
            break;
        case MO_BC_LOAD_NULL:
            push(v, pc, K_NULL);
            break;
        case MO_BC_LOAD_CONST_OBJ:
            push(v, pc, const_kind(v->ctx->obj_table[x]));
            break;
        case MO_BC_LOAD_ATTR:
        case MO_BC_GET_ITER:
            pop(v, pc, K_VALUE);
            push(v, pc, K_OBJ);
            break;
        case MO_BC_LOAD_METHOD:
            pop(v, pc, K_VALUE);
            push(v, pc, K_OBJ);
            push(v, pc, K_MAYBE_NULL);
            break;
        case MO_BC_LOAD_SUPER_METHOD:
            pop_n(v, pc, 3, K_VALUE);
            push(v, pc, K_OBJ);
            push(v, pc, K_MAYBE_NULL);
            break;
        case MO_BC_STORE_NAME:
        case MO_BC_STORE_GLOBAL:
        case MO_BC_IMPORT_STAR:
            pop(v, pc, K_VALUE);
            break;
        case MO_BC_STORE_ATTR:
            pop(v, pc, K_VALUE);
            pop(v, pc, K_MAYBE_NULL);   // NULL: del obj.attr
            break;
        case MO_BC_DELETE_NAME:
        case MO_BC_DELETE_GLOBAL:
            break;
        case MO_BC_IMPORT_NAME:
        case MO_BC_LOAD_SUBSCR:
            pop_n(v, pc, 2, K_VALUE);
            push(v, pc, K_OBJ);
            break;
        case MO_BC_IMPORT_FROM:
            if (peek(v, pc, 0) & ~K_VALUE) {
                reject(v, pc, "operand of the wrong kind");
            }
            push(v, pc, K_OBJ);
            break;
        case MO_BC_MAKE_FUNCTION:
        case MO_BC_MAKE_FUNCTION_DEFARGS:
        case MO_BC_MAKE_CLOSURE:
        case MO_BC_MAKE_CLOSURE_DEFARGS:
            make_function(v, pc, in);
            break;
        case MO_BC_BUILD_TUPLE:
        case MO_BC_BUILD_LIST:
        case MO_BC_BUILD_SET:
            pop_n(v, pc, x, K_VALUE);
            push(v, pc, op == MO_BC_BUILD_TUPLE ? K_TUPLE : op == MO_BC_BUILD_LIST ? K_LIST : K_SET);
            break;
        case MO_BC_BUILD_MAP:
            push(v, pc, K_DICT);
            break;
        case MO_BC_STORE_MAP:
            if (peek(v, pc, 2) & ~K_DICT) {
                reject(v, pc, "STORE_MAP without a dict");
            }
            pop_n(v, pc, 2, K_VALUE);
            break;
        case MO_BC_BUILD_SLICE:
            pop_n(v, pc, x, K_VALUE);
            push(v, pc, K_OBJ);
            break;
        case MO_BC_STORE_COMP: {
            static const uint16_t coll_kind[3] = {K_LIST, K_DICT, K_SET};
            if (peek(v, pc, x >> 2) & ~coll_kind[x & 3]) {
                reject(v, pc, "STORE_COMP without its collection");
            }
            pop_n(v, pc, (x & 3) == 1 ? 2 : 1, K_VALUE);
            break;
        }
        case MO_BC_UNPACK_SEQUENCE:
        case MO_BC_UNPACK_EX: {
            size_t n = op == MO_BC_UNPACK_SEQUENCE ? x : (x & 0xff) + 1 + (x >> 8);
            pop(v, pc, K_VALUE);
            if (v->depth + n > v->limit) {
                reject(v, pc, "stack overflow");
            }
            for (size_t i = 0; i < n; i++) {
                push(v, pc, K_OBJ);
            }
            break;
        }
        case MO_BC_CALL_FUNCTION:
        case MO_BC_CALL_FUNCTION_VAR_KW:
        case MO_BC_CALL_METHOD:
        case MO_BC_CALL_METHOD_VAR_KW: {
            bool var = op == MO_BC_CALL_FUNCTION_VAR_KW || op == MO_BC_CALL_METHOD_VAR_KW;
            if (var) {
                pop(v, pc, K_VALUE);   // the star bitmap
            }
            pop_call_args(v, pc, x, var ? K_STR | K_NULL : K_STR);
            if (op == MO_BC_CALL_METHOD || op == MO_BC_CALL_METHOD_VAR_KW) {
                pop(v, pc, K_MAYBE_NULL);
            }
            pop(v, pc, K_VALUE);
            push(v, pc, K_OBJ);
            break;
        }
        case MO_BC_UNWIND_JUMP:
            unwind_jump(v, pc, in);
            return false;
        case MO_BC_JUMP:
            merge(v, pc, in->target, v->depth, 0, v->n_blocks, NULL);
            return false;
        case MO_BC_POP_JUMP_IF_TRUE:
        case MO_BC_POP_JUMP_IF_FALSE:
            pop(v, pc, K_VALUE);
            merge(v, pc, in->target, v->depth, 0, v->n_blocks, NULL);
            break;
        case MO_BC_JUMP_IF_TRUE_OR_POP:
        case MO_BC_JUMP_IF_FALSE_OR_POP:
            if (peek(v, pc, 0) & ~K_VALUE) {
                reject(v, pc, "operand of the wrong kind");
            }
            merge(v, pc, in->target, v->depth, 0, v->n_blocks, NULL);
            pop(v, pc, K_VALUE);
            break;
        case MO_BC_SETUP_WITH:
            pop(v, pc, K_VALUE);
            push(v, pc, K_OBJ);
            push(v, pc, K_MAYBE_NULL);
            setup_block(v, pc, in, BLK_WITH);
            push(v, pc, K_OBJ);
            break;
        case MO_BC_SETUP_EXCEPT:
            setup_block(v, pc, in, BLK_EXCEPT);
            break;
        case MO_BC_SETUP_FINALLY:
            setup_block(v, pc, in, BLK_FINALLY);
            break;
        case MO_BC_POP_EXCEPT_JUMP:
            if (v->n_blocks == 0 || v->blocks[v->n_blocks - 1].kind != BLK_EXCEPT) {
                reject(v, pc, "POP_EXCEPT_JUMP outside an except block");
            }
            merge(v, pc, in->target, v->depth, 0, v->n_blocks - 1, NULL);
            return false;
        case MO_BC_FOR_ITER:
            for_iter(v, pc, in);
            break;
        case MO_BC_WITH_CLEANUP:
            with_cleanup(v, pc);
            break;
        case MO_BC_END_FINALLY:
            return end_finally(v, pc);
        case MO_BC_GET_ITER_STACK:
            pop(v, pc, K_VALUE);
            for (size_t i = 0; i < MO_ITER_BUF_NSLOTS; i++) {
                push(v, pc, K_ITER(i));
            }
            break;
        case MO_BC_STORE_SUBSCR:
            pop_n(v, pc, 2, K_VALUE);
            pop(v, pc, K_MAYBE_NULL);   // NULL: del base[index]
            break;
        case MO_BC_DUP_TOP:
        case MO_BC_DUP_TOP_TWO: {
            size_t n = op == MO_BC_DUP_TOP ? 1 : 2;
            for (size_t i = 0; i < n; i++) {
                if (peek(v, pc, n - 1) & ~K_MAYBE_NULL) {
                    reject(v, pc, "operand of the wrong kind");
                }
                push(v, pc, peek(v, pc, n - 1));
            }
            break;
        }
        case MO_BC_POP_TOP:
            pop(v, pc, (uint16_t)~K_FIN);
            break;
        case MO_BC_ROT_TWO:
        case MO_BC_ROT_THREE: {
            size_t n = op == MO_BC_ROT_TWO ? 2 : 3;
            uint16_t k[3];
            for (size_t i = 0; i < n; i++) {
                k[i] = pop(v, pc, K_MAYBE_NULL);   // k[0] is the top
            }
            // ROT_TWO swaps; ROT_THREE moves the top down two places.
            push(v, pc, k[0]);
            for (size_t i = n - 1; i >= 1; i--) {
                push(v, pc, k[i]);
            }
            break;
        }
        case MO_BC_RETURN_VALUE:
        case MO_BC_RAISE_OBJ:
            pop(v, pc, K_VALUE);
            return false;
        case MO_BC_RAISE_FROM:
            pop_n(v, pc, 2, K_VALUE);
            return false;
        case MO_BC_RAISE_LAST:
            return false;
        case MO_BC_YIELD_VALUE:
        case MO_BC_YIELD_FROM:
            if (!v->is_gen) {
                reject(v, pc, "yield outside a generator");
            }
            pop_n(v, pc, op == MO_BC_YIELD_VALUE ? 1 : 2, K_VALUE);
            push(v, pc, K_OBJ);
            break;
        default:
            reject(v, pc, "bad opcode");
    }
    return true;
}

// Runs from the label l until control leaves or reaches the next label.
static void run_from(verifier_t *v, label_state_t *l) {
    load_label(v, l);
    insn_t in;
    for (uint32_t pc = l->offset;; pc += in.len) {
        if (pc != l->offset && (v->starts[pc] & 2)) {
            merge(v, pc, pc, v->depth, 0, v->n_blocks, NULL);
            return;
        }
        decode(v, pc, &in);
        if (!step(v, pc, &in)) {
            return;
        }
        if (pc + in.len >= v->code_len) {
            reject(v, pc, "code runs off its end");
        }
    }
}

static void interpret(verifier_t *v) {
    v->kinds = mo_new(uint16_t, v->n_state);
    v->blocks = mo_new(vblock_t, v->n_exc ? v->n_exc : 1);
    v->depth = v->n_blocks = v->n_fin = 0;
    merge(v, 0, 0, 0, 0, 0, NULL);
    for (;;) {
        label_state_t *next = NULL;
        for (size_t i = 0; i < v->n_labels; i++) {
            if (v->labels[i].dirty) {
                next = &v->labels[i];
                break;
            }
        }
        if (next == NULL) {
            break;
        }
        next->dirty = false;
        run_from(v, next);
    }
}

// ---- a raw code and its children --------------------------------------------------------

static void free_verifier(verifier_t *v) {
    for (size_t i = 0; i < v->n_labels; i++) {
        mo_free(v->labels[i].kinds);
        mo_free(v->labels[i].blocks);
    }
    mo_free(v->labels);
    mo_free(v->starts);
    mo_free(v->is_cell);
    mo_free(v->kinds);
    mo_free(v->blocks);
}

// n_closed: how many leading arguments every maker of this function fills with cells.
// The module's own code is called with no arguments: it must take none.
static void verify_one(mo_raw_code_t *rc, const mo_code_ctx_t *ctx, size_t n_closed,
                       bool is_module) {
    mo_stack_check();
    if (rc->kind != MO_CODE_BYTECODE) {
        reject_prelude("native code is not supported");
    }
    verifier_t v;
    memset(&v, 0, sizeof(v));
    v.ctx = ctx;
    v.rc = rc;
    const uint8_t *code = check_prelude(&v, rc->fun_data, rc->fun_data_len);
    if (is_module && (v.n_args_total != 0 || v.is_gen)) {
        reject_prelude("module code with a function's signature");
    }
    rc->is_generator = v.is_coroutine ? 2 : v.is_gen;
    for (size_t i = 0; i < n_closed && i < v.n_pos; i++) {
        v.is_cell[i] = 1;
    }
    v.code = code;
    v.code_len = (uint32_t)(rc->fun_data + rc->fun_data_len - code);
    v.budget = (size_t)v.code_len * 64 + 4096;
    v.child_closed = mo_new(uint16_t, rc->n_children ? rc->n_children : 1);
    for (size_t i = 0; i < rc->n_children; i++) {
        v.child_closed[i] = NOT_MADE;
    }
    scan(&v);
    interpret(&v);
    free_verifier(&v);
    for (size_t i = 0; i < rc->n_children; i++) {
        size_t k = v.child_closed[i] == NOT_MADE ? 0 : v.child_closed[i];
        verify_one((mo_raw_code_t *)rc->children[i], ctx, k, false);
    }
    mo_free(v.child_closed);
}

void mo_bc_verify(mo_raw_code_t *rc, const mo_code_ctx_t *ctx) {
    verify_one(rc, ctx, 0, true);
}
