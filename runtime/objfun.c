// Bytecode functions (mo_type_fun_bc), closures (mo_type_closure) and bound methods
// (mo_type_bound_meth): decoding a function's prelude, binding call arguments to
// its locals with CPython's error messages, and running the call on a C-stack frame.
#include "runtime/objfun.h"

#include <string.h>

#include "runtime/objtype.h"
#include "runtime/runtime.h"
#include "runtime/vm.h"

// Frames up to this many words (values plus exception blocks) live in the C
// function's own array; bigger ones go on the heap. Small keeps deep recursion cheap.
#define SMALL_FRAME_WORDS 40

static mo_obj_t fun_builtin_attr(const mo_obj_fun_bc_t *f, qstr attr);

// ---- the prelude ----------------------------------------------------------------------

// Bits from continuation bytes past this many would shift out of a size_t; a valid
// prelude never has them, and a corrupt one must not cause undefined shifts.
#define MAX_PRELUDE_BYTES 10

// MicroPython's bytecode has no positional-only arguments (`def f(a, /)`). Mote's
// compiler names them "/a" in the prelude: no keyword can match such a name, and
// MicroPython's VM, reading the same prelude, behaves the same way.
static size_t count_posonly(const mo_obj_fun_bc_t *f) {
    const uint8_t *p = f->arg_names;
    size_t n = 0;
    while (n < f->n_pos_args && mo_qstr_str(f->ctx->qstr_table[mo_bc_decode_uint(&p)])[0] == '/') {
        n++;
    }
    return n;
}

// Decodes the signature and size fields of rc's prelude (see bc.h) into f.
static void decode_prelude(mo_obj_fun_bc_t *f) {
    const uint8_t *p = f->rc->fun_data;
    uint8_t z = *p++;
    size_t s = (z >> 3) & 0xf, e = (z >> 2) & 1, a = z & 3, flags = 0, k = 0, d = 0;
    for (unsigned n = 0; z & 0x80; n++) {
        z = *p++;
        if (n < MAX_PRELUDE_BYTES) {
            flags |= (size_t)((z >> 6) & 1) << n;
            s |= (size_t)((z >> 4) & 3) << (4 + 2 * n);
            k |= (size_t)((z >> 3) & 1) << n;
            a |= (size_t)((z >> 2) & 1) << (2 + n);
            e |= (size_t)((z >> 1) & 1) << (1 + n);
            d |= (size_t)(z & 1) << n;
        }
    }
    size_t n_info = 0, n_cell = 0;
    unsigned n = 0;
    do {
        z = *p++;
        if (n < MAX_PRELUDE_BYTES) {
            n_info |= (size_t)((z >> 1) & 0x3f) << (6 * n);
            n_cell |= (size_t)(z & 1) << n;
        }
        n++;
    } while (z & 0x80);

    f->n_state = (uint16_t)(s + 1 + MO_VM_UNWIND_SLACK(e));   // the verifier caps s + 1 + slack
    f->n_exc_stack = (uint16_t)e;
    f->scope_flags = (uint8_t)flags;
    f->n_pos_args = (uint16_t)a;
    f->n_kwonly_args = (uint16_t)k;
    f->n_def_pos_args = (uint16_t)d;
    f->n_cell = (uint8_t)n_cell;

    const uint8_t *info = p;
    f->name = f->ctx->qstr_table[mo_bc_decode_uint(&p)];
    f->arg_names = p;
    for (size_t i = 0; i < a + k; i++) {
        mo_bc_decode_uint(&p);
    }
    f->line_info = p;
    f->cells = info + n_info;
    f->n_posonly_args = count_posonly(f);
    f->code = f->cells + n_cell;
}

mo_obj_t mo_obj_new_fun_bc(const mo_raw_code_t *rc, const mo_code_ctx_t *ctx, mo_obj_t def_args,
                           mo_obj_t def_kw_args) {
    mo_obj_fun_bc_t *f = mo_new_obj(mo_obj_fun_bc_t);
    f->base.type = &mo_type_fun_bc;
    f->ctx = ctx;
    f->rc = rc;
    // None stands for "no defaults" on the stack of MAKE_FUNCTION_DEFARGS.
    f->def_args = def_args == mo_const_none ? MO_OBJ_NULL : def_args;
    f->def_kw_args = def_kw_args == mo_const_none ? MO_OBJ_NULL : def_kw_args;
    decode_prelude(f);
    f->is_coroutine = rc->is_generator == 2 || (f->scope_flags & MO_SCOPE_FLAG_ASYNC) != 0;
    if (f->is_coroutine) {
        f->scope_flags |= MO_SCOPE_FLAG_GENERATOR;
    }
    return MO_OBJ(f);
}

// The qstr naming argument i (positional then keyword-only).
static qstr arg_name(const mo_obj_fun_bc_t *fun, size_t i) {
    const uint8_t *p = fun->arg_names;
    for (; i > 0; i--) {
        mo_bc_decode_uint(&p);
    }
    return fun->ctx->qstr_table[mo_bc_decode_uint(&p)];
}

// ---- argument errors, worded as CPython's -----------------------------------------

// An argument's name as the user wrote it (without the positional-only mark).
static const char *plain_arg_name(const mo_obj_fun_bc_t *fun, size_t i) {
    const char *s = mo_qstr_str(arg_name(fun, i));
    return i < fun->n_posonly_args ? s + 1 : s;
}

// True if q names a positional-only argument.
static bool is_posonly_name(const mo_obj_fun_bc_t *fun, qstr q) {
    const char *name = mo_qstr_str(q);
    for (size_t i = 0; i < fun->n_posonly_args; i++) {
        if (strcmp(plain_arg_name(fun, i), name) == 0) {
            return true;
        }
    }
    return false;
}

// CPython names a method by its qualified name (A.f). Bytecode has no qualified
// names, so when the first argument's class (or the class itself, for a
// classmethod) defines this very function, that class gives the prefix.
static mo_obj_t display_name(const mo_obj_fun_bc_t *fun, mo_obj_t first) {
    mo_vstr_t v;
    mo_vstr_init(&v, 16);
    mo_print_t p;
    mo_print_to_vstr(&p, &v);
    if (first != MO_OBJ_NULL) {
        const mo_type_t *owner = NULL;
        const mo_type_t *cls = mo_obj_is_type(first, &mo_type_type) ? (const mo_type_t *)MO_PTR(first)
                                                                     : mo_obj_type(first);
        mo_obj_t raw = mo_type_lookup_owner(cls, fun->name, &owner);
        if (raw != MO_OBJ_NULL && (mo_obj_is_type(raw, &mo_type_staticmethod) ||
                                   mo_obj_is_type(raw, &mo_type_classmethod))) {
            raw = ((const mo_static_class_method_t *)MO_PTR(raw))->fun;
        }
        if (raw != MO_OBJ_NULL && mo_obj_is_type(raw, &mo_type_closure)) {
            raw = ((const mo_obj_closure_t *)MO_PTR(raw))->fun;
        }
        if (raw == MO_OBJ(fun) && owner != NULL) {
            mo_printf(&p, "%q.", (qstr)owner->name);
        }
    }
    mo_printf(&p, "%q", fun->name);
    return mo_obj_new_str_from_vstr(&v);
}

// Closure cells come first among the positional arguments, named "*" (or "*x" for
// the variable x); they are not the caller's arguments, so messages leave them out.
static size_t n_hidden_args(const mo_obj_fun_bc_t *fun) {
    size_t n = 0;
    while (n < fun->n_pos_args && mo_qstr_str(arg_name(fun, n))[0] == '*') {
        n++;
    }
    return n;
}

static size_t n_defaults(const mo_obj_fun_bc_t *fun) {
    if (fun->def_args == MO_OBJ_NULL) {
        return 0;
    }
    size_t n = ((const mo_tuple_t *)MO_PTR(fun->def_args))->len;
    return n < fun->n_pos_args ? n : fun->n_pos_args;
}

_Noreturn static void raise_too_many_positional(const mo_obj_fun_bc_t *fun, mo_obj_t first,
                                                size_t given, size_t kwonly_given) {
    size_t hidden = n_hidden_args(fun);
    size_t n_pos = fun->n_pos_args - hidden;
    size_t n_def = n_defaults(fun);
    given -= hidden;
    mo_vstr_t v;
    mo_vstr_init(&v, 80);
    mo_print_t p;
    mo_print_to_vstr(&p, &v);
    mo_printf(&p, "%S() takes ", display_name(fun, first));
    if (n_def > 0) {
        mo_printf(&p, "from %u to %u positional arguments", (unsigned)(n_pos - n_def),
                  (unsigned)n_pos);
    } else {
        mo_printf(&p, "%u positional argument%s", (unsigned)n_pos, n_pos == 1 ? "" : "s");
    }
    mo_printf(&p, " but %u", (unsigned)given);
    if (kwonly_given > 0) {
        mo_printf(&p, " positional argument%s (and %u keyword-only argument%s)",
                  given == 1 ? "" : "s", (unsigned)kwonly_given, kwonly_given == 1 ? "" : "s");
    }
    mo_printf(&p, " %s given", given == 1 && kwonly_given == 0 ? "was" : "were");
    mo_obj_t msg = mo_obj_new_str_from_vstr(&v);
    mo_raise(mo_obj_new_exception(&mo_type_TypeError, 1, &msg));
}

// Lists the unfilled arguments in [first, end) as CPython does: 'a', 'a' and 'b',
// or 'a', 'b', and 'c'.
_Noreturn static void raise_missing(const mo_obj_fun_bc_t *fun, const mo_obj_t *fastn,
                                    size_t first, size_t end, const char *kind) {
    size_t n_missing = 0;
    for (size_t i = first; i < end; i++) {
        n_missing += fastn[-(ptrdiff_t)i] == MO_OBJ_NULL;
    }
    mo_vstr_t v;
    mo_vstr_init(&v, 80);
    mo_print_t p;
    mo_print_to_vstr(&p, &v);
    mo_printf(&p, "%S() missing %u required %s argument%s: ", display_name(fun, fastn[0]),
              (unsigned)n_missing, kind, n_missing == 1 ? "" : "s");
    size_t k = 0;
    for (size_t i = first; i < end; i++) {
        if (fastn[-(ptrdiff_t)i] != MO_OBJ_NULL) {
            continue;
        }
        k++;
        if (k > 1) {
            mo_print_str(&p, n_missing == 2 ? " and " : (k == n_missing ? ", and " : ", "));
        }
        mo_printf(&p, "'%s'", plain_arg_name(fun, i));
    }
    mo_obj_t msg = mo_obj_new_str_from_vstr(&v);
    mo_raise(mo_obj_new_exception(&mo_type_TypeError, 1, &msg));
}

// ---- binding arguments to locals --------------------------------------------------------

static qstr kw_name(mo_obj_t name) {
    if (mo_is_qstr(name)) {
        return mo_qstr_value(name);
    }
    if (!mo_obj_is_str(name)) {
        mo_raise_msg(&mo_type_TypeError, "keywords must be strings");
    }
    return mo_obj_str_get_qstr(name);
}

// Index of the named argument among positional + keyword-only ones, or -1.
static ptrdiff_t find_arg(const mo_obj_fun_bc_t *fun, qstr q) {
    const uint8_t *p = fun->arg_names;
    size_t n = (size_t)fun->n_pos_args + fun->n_kwonly_args;
    for (size_t i = 0; i < n; i++) {
        if (fun->ctx->qstr_table[mo_bc_decode_uint(&p)] == q && i >= fun->n_posonly_args) {
            return (ptrdiff_t)i;
        }
    }
    return -1;
}

// Keyword arguments: into their named slot, or **kwargs, or an error.
// Only a **mapping merged at the call can repeat a keyword; CPython reports that at
// the call, naming the function with its module.
_Noreturn static void raise_repeated_keyword(const mo_obj_fun_bc_t *fun, mo_obj_t first, qstr q) {
    mo_raise_fmt(&mo_type_TypeError, "%S.%S() got multiple values for keyword argument '%q'",
                 fun_builtin_attr(fun, MO_QSTR___module__), display_name(fun, first), q);
}

// Keyword arguments: into their named slot, or **kwargs, or an error. Slots below
// n_given were filled by positional arguments.
static void bind_keywords(const mo_obj_fun_bc_t *fun, mo_obj_t *fastn, mo_obj_t kwdict,
                          size_t n_given, size_t n_kw, const mo_obj_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        qstr q = kw_name(kw[2 * i]);
        ptrdiff_t j = find_arg(fun, q);
        if (j >= 0 && q != MO_QSTR__star_) {
            if (fastn[-j] != MO_OBJ_NULL) {
                if ((size_t)j >= n_given) {
                    raise_repeated_keyword(fun, fastn[0], q);
                }
                mo_raise_fmt(&mo_type_TypeError, "%S() got multiple values for argument '%q'",
                             display_name(fun, fastn[0]), q);
            }
            fastn[-j] = kw[2 * i + 1];
        } else if (kwdict != MO_OBJ_NULL) {
            mo_map_elem_t *e = mo_map_lookup(&((mo_dict_t *)MO_PTR(kwdict))->map, mo_qstr_obj(q),
                                             MO_MAP_LOOKUP_ADD_IF_NOT_FOUND);
            if (e->value != MO_OBJ_NULL) {
                raise_repeated_keyword(fun, fastn[0], q);
            }
            e->value = kw[2 * i + 1];
        } else if (is_posonly_name(fun, q)) {
            mo_raise_fmt(&mo_type_TypeError,
                         "%S() got some positional-only arguments passed as keyword "
                         "arguments: '%q'",
                         display_name(fun, fastn[0]), q);
        } else {
            mo_raise_fmt(&mo_type_TypeError, "%S() got an unexpected keyword argument '%q'",
                         display_name(fun, fastn[0]), q);
        }
    }
}

// Fills unbound parameters from the defaults, or raises for the ones left missing.
static void bind_defaults(const mo_obj_fun_bc_t *fun, mo_obj_t *fastn, size_t n_pos_given) {
    size_t n_pos = fun->n_pos_args;
    if (n_pos_given < n_pos) {
        size_t n_def = n_defaults(fun);
        size_t first_def = n_pos - n_def;
        const mo_obj_t *defs =
            n_def ? ((const mo_tuple_t *)MO_PTR(fun->def_args))->items : NULL;
        bool missing = false;
        for (size_t i = n_pos_given; i < n_pos; i++) {
            if (fastn[-(ptrdiff_t)i] == MO_OBJ_NULL) {
                if (i >= first_def) {
                    fastn[-(ptrdiff_t)i] = defs[i - first_def];
                } else {
                    missing = true;
                }
            }
        }
        if (missing) {
            raise_missing(fun, fastn, n_hidden_args(fun), first_def, "positional");
        }
    }
    size_t end = n_pos + fun->n_kwonly_args;
    bool missing = false;
    for (size_t i = n_pos; i < end; i++) {
        if (fastn[-(ptrdiff_t)i] == MO_OBJ_NULL) {
            mo_obj_t v = MO_OBJ_NULL;
            if (fun->def_kw_args != MO_OBJ_NULL) {
                v = mo_dict_get(fun->def_kw_args, mo_qstr_obj(arg_name(fun, i)));
            }
            if (v == MO_OBJ_NULL) {
                missing = true;
            }
            fastn[-(ptrdiff_t)i] = v;
        }
    }
    if (missing) {
        raise_missing(fun, fastn, n_pos, end, "keyword-only");
    }
}

static size_t count_kwonly_given(const mo_obj_fun_bc_t *fun, size_t n_kw, const mo_obj_t *kw) {
    size_t n = 0;
    for (size_t i = 0; i < n_kw; i++) {
        ptrdiff_t j = find_arg(fun, kw_name(kw[2 * i]));
        n += j >= (ptrdiff_t)fun->n_pos_args;
    }
    return n;
}

// The general binder: *args, **kwargs, keywords, defaults.
static void bind_general(const mo_obj_fun_bc_t *fun, mo_obj_t *fastn, size_t n_prefix,
                         const mo_obj_t *prefix, size_t n_args, size_t n_kw,
                         const mo_obj_t *args) {
    size_t n_pos = fun->n_pos_args;
    size_t n_given = n_prefix + n_args;
    size_t slot = n_pos + fun->n_kwonly_args;
    if (n_given > n_pos && !(fun->scope_flags & MO_SCOPE_FLAG_VARARGS)) {
        mo_obj_t first = n_prefix ? prefix[0] : args[0];
        raise_too_many_positional(fun, first, n_given,
                                  count_kwonly_given(fun, n_kw, args + n_args));
    }
    size_t n_copy = n_given < n_pos ? n_given : n_pos;
    for (size_t i = 0; i < n_copy; i++) {
        fastn[-(ptrdiff_t)i] = i < n_prefix ? prefix[i] : args[i - n_prefix];
    }
    if (fun->scope_flags & MO_SCOPE_FLAG_VARARGS) {
        mo_obj_t extra = mo_const_empty_tuple;
        if (n_given > n_pos) {
            // Extra positionals all come from args unless the prefix alone is too long.
            extra = mo_obj_new_tuple(n_given - n_pos, NULL);
            mo_tuple_t *t = MO_PTR(extra);
            for (size_t i = n_pos; i < n_given; i++) {
                t->items[i - n_pos] = i < n_prefix ? prefix[i] : args[i - n_prefix];
            }
        }
        fastn[-(ptrdiff_t)slot++] = extra;
    }
    mo_obj_t kwdict = MO_OBJ_NULL;
    if (fun->scope_flags & MO_SCOPE_FLAG_VARKEYWORDS) {
        kwdict = mo_obj_new_dict(n_kw);
        fastn[-(ptrdiff_t)slot] = kwdict;
    }
    bind_keywords(fun, fastn, kwdict, n_given, n_kw, args + n_args);
    bind_defaults(fun, fastn, n_given);
}

void mo_fun_bc_setup(mo_code_state_t *cs, const mo_obj_fun_bc_t *fun, mo_obj_t *state,
                     mo_exc_entry_t *exc, size_t n_prefix, const mo_obj_t *prefix,
                     size_t n_args, size_t n_kw, const mo_obj_t *args) {
    static const mo_obj_t no_args[1];
    if (args == NULL) {
        args = no_args;   // callers may pass NULL for none; the binders do args + n
    }
    cs->prev = NULL;
    cs->fun = fun;
    cs->ip = fun->code;
    cs->sp = state;
    cs->state = state;
    cs->exc_base = exc;
    cs->exc_top = exc;
    cs->caller_globals = NULL;
    cs->inject = MO_OBJ_NULL;
    cs->reraise = 0;
    mo_obj_t *fastn = state + fun->n_state - 1;
    size_t n_given = n_prefix + n_args;
    if (n_kw == 0 && n_given == fun->n_pos_args && fun->n_kwonly_args == 0 &&
        !(fun->scope_flags & (MO_SCOPE_FLAG_VARARGS | MO_SCOPE_FLAG_VARKEYWORDS))) {
        // The common call: exactly the positional arguments it takes.
        for (size_t i = 0; i < n_prefix; i++) {
            fastn[-(ptrdiff_t)i] = prefix[i];
        }
        for (size_t i = 0; i < n_args; i++) {
            fastn[-(ptrdiff_t)(n_prefix + i)] = args[i];
        }
    } else {
        bind_general(fun, fastn, n_prefix, prefix, n_args, n_kw, args);
    }
    // Locals captured by inner functions live in cells; an argument's cell starts
    // out holding the argument.
    for (size_t i = 0; i < fun->n_cell; i++) {
        size_t local = fun->cells[i];
        if (local < fun->n_state) {
            fastn[-(ptrdiff_t)local] = mo_obj_new_cell(fastn[-(ptrdiff_t)local]);
        }
    }
}

// ---- calling ------------------------------------------------------------------------------

static void *(*volatile clear_fn)(void *, int, size_t) = memset;

static void clear_words(mo_obj_t *words, size_t n) { clear_fn(words, 0, n * sizeof(mo_obj_t)); }

mo_obj_t mo_fun_bc_call(const mo_obj_fun_bc_t *fun, size_t n_prefix, const mo_obj_t *prefix,
                        size_t n_args, size_t n_kw, const mo_obj_t *args) {
    mo_stack_check();
    if (fun->scope_flags & MO_SCOPE_FLAG_GENERATOR) {
        return mo_obj_new_gen(fun, n_prefix, prefix, n_args, n_kw, args);
    }
    size_t n_state = fun->n_state;
    size_t n_words = n_state + (size_t)fun->n_exc_stack * MO_EXC_ENTRY_WORDS;
    // Exactly n_words on the C stack, all zeroed: the collector scans this frame
    // conservatively, and stale words left by an earlier call would keep dead
    // objects alive (a fixed-size buffer's unused tail did exactly that).
    mo_obj_t small[n_words <= SMALL_FRAME_WORDS ? n_words : 1];
    mo_obj_t *state;
    if (n_words <= SMALL_FRAME_WORDS) {
        state = small;
        memset(state, 0, n_words * sizeof(mo_obj_t));
    } else {
        state = mo_new(mo_obj_t, n_words);
    }
    mo_code_state_t cs;
    mo_fun_bc_setup(&cs, fun, state, (mo_exc_entry_t *)(state + n_state), n_prefix, prefix,
                    n_args, n_kw, args);
    if (mo_vm_execute(&cs) != MO_VM_RETURN_NORMAL) {
        mo_nlr_jump(state[0]);
    }
    mo_obj_t ret = cs.sp[-1];
    if (state != small) {
        mo_free(state);
    } else {
        // The GC scans the C stack conservatively: dead values left in this buffer
        // would keep garbage alive when a later frame reuses the memory unwritten.
        // (Through a volatile pointer, or the compiler drops the dead store.)
        clear_words(small, n_state);
    }
    return ret;
}

static mo_obj_t fun_bc_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    return mo_fun_bc_call(MO_PTR(self), 0, NULL, n_args, n_kw, args);
}

qstr mo_fun_get_name(mo_obj_t fun) {
    if (mo_obj_is_type(fun, &mo_type_fun_bc)) {
        return ((const mo_obj_fun_bc_t *)MO_PTR(fun))->name;
    }
    if (mo_obj_is_type(fun, &mo_type_closure)) {
        return mo_fun_get_name(((const mo_obj_closure_t *)MO_PTR(fun))->fun);
    }
    if (mo_obj_is_type(fun, &mo_type_bound_meth)) {
        return mo_fun_get_name(((const mo_obj_bound_meth_t *)MO_PTR(fun))->meth);
    }
    return MO_QSTR_NULL;
}

// ---- function attributes ---------------------------------------------------------------

// MicroPython drops docstrings. Mote's compiler keeps one as the body's first
// instructions, a constant load and POP_TOP, which this recognises.
static mo_obj_t docstring(const mo_obj_fun_bc_t *f) {
    const uint8_t *ip = f->code;
    const uint8_t *end = f->rc->fun_data + f->rc->fun_data_len;
    if (end - ip < 3 || (ip[0] != MO_BC_LOAD_CONST_STRING && ip[0] != MO_BC_LOAD_CONST_OBJ)) {
        return mo_const_none;
    }
    uint8_t op = *ip++;
    size_t i = mo_bc_decode_uint(&ip);
    if (ip >= end || *ip != MO_BC_POP_TOP) {
        return mo_const_none;
    }
    if (op == MO_BC_LOAD_CONST_STRING) {
        return i < f->ctx->n_qstr ? mo_qstr_obj(f->ctx->qstr_table[i]) : mo_const_none;
    }
    mo_obj_t o = i < f->ctx->n_obj ? f->ctx->obj_table[i] : mo_const_none;
    return mo_obj_is_str(o) ? o : mo_const_none;
}

static mo_obj_t fun_builtin_attr(const mo_obj_fun_bc_t *f, qstr attr) {
    switch (attr) {
        case MO_QSTR___name__:
        case MO_QSTR___qualname__:
            return mo_qstr_obj(f->name);
        case MO_QSTR___module__: {
            mo_obj_t m = mo_dict_get(MO_OBJ(f->ctx->globals), mo_qstr_obj(MO_QSTR___name__));
            return m ? m : mo_const_none;
        }
        case MO_QSTR___doc__:
            return docstring(f);
        case MO_QSTR___globals__:
            return MO_OBJ(f->ctx->globals);
        case MO_QSTR___defaults__:
            return f->def_args ? f->def_args : mo_const_none;
        case MO_QSTR___kwdefaults__:
            return f->def_kw_args ? f->def_kw_args : mo_const_none;
        default:
            return MO_OBJ_NULL;
    }
}

static void fun_bc_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    mo_obj_fun_bc_t *f = MO_PTR(self);
    if (dest[0] == MO_OBJ_SENTINEL) {
        if (f->dict == MO_OBJ_NULL) {
            if (dest[1] == MO_OBJ_NULL) {
                return;  // nothing to delete: AttributeError
            }
            f->dict = mo_obj_new_dict(1);
        }
        mo_map_t *map = &((mo_dict_t *)MO_PTR(f->dict))->map;
        if (dest[1] == MO_OBJ_NULL) {
            if (mo_map_lookup(map, mo_qstr_obj(attr), MO_MAP_LOOKUP_REMOVE_IF_FOUND) != NULL) {
                dest[0] = MO_OBJ_NULL;
            }
            return;
        }
        mo_dict_store(f->dict, mo_qstr_obj(attr), dest[1]);
        dest[0] = MO_OBJ_NULL;
        return;
    }
    if (attr == MO_QSTR___dict__) {
        if (f->dict == MO_OBJ_NULL) {
            f->dict = mo_obj_new_dict(1);
        }
        dest[0] = f->dict;
        return;
    }
    if (f->dict != MO_OBJ_NULL) {
        mo_obj_t v = mo_dict_get(f->dict, mo_qstr_obj(attr));
        if (v != MO_OBJ_NULL) {
            dest[0] = v;
            return;
        }
    }
    dest[0] = fun_builtin_attr(f, attr);
}

static void fun_bc_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_printf(print, "<function %q at %p>", mo_fun_get_name(self), MO_PTR(self));
}

// Functions hash and compare by identity, which the runtime's defaults give.
const mo_type_t mo_type_fun_bc = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_function,
    .print = fun_bc_print,
    .call = fun_bc_call,
    .attr = fun_bc_attr,
};

// ---- closures ------------------------------------------------------------------------------

mo_obj_t mo_obj_new_closure(mo_obj_t fun, size_t n_closed, const mo_obj_t *closed) {
    mo_obj_closure_t *c = mo_new_obj_var(mo_obj_closure_t, mo_obj_t, n_closed);
    c->base.type = &mo_type_closure;
    c->fun = fun;
    c->n_closed = n_closed;
    memcpy(c->closed, closed, n_closed * sizeof(mo_obj_t));
    return MO_OBJ(c);
}

static mo_obj_t closure_call(mo_obj_t self, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_obj_closure_t *c = MO_PTR(self);
    return mo_fun_bc_call(MO_PTR(c->fun), c->n_closed, c->closed, n_args, n_kw, args);
}

static void closure_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    // Attributes are the function's (it has the dict and the name).
    fun_bc_attr(((const mo_obj_closure_t *)MO_PTR(self))->fun, attr, dest);
}

const mo_type_t mo_type_closure = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_function,
    .print = fun_bc_print,
    .call = closure_call,
    .attr = closure_attr,
};

// ---- bound methods ----------------------------------------------------------------------------

mo_obj_t mo_obj_new_bound_meth(mo_obj_t meth, mo_obj_t self) {
    mo_obj_bound_meth_t *b = mo_new_obj(mo_obj_bound_meth_t);
    b->base.type = &mo_type_bound_meth;
    b->meth = meth;
    b->self = self;
    return MO_OBJ(b);
}

// Room for [self, args...] on the C stack when the call is small.
#define BOUND_CALL_SMALL_ARGS 8

static mo_obj_t bound_meth_call(mo_obj_t obj, size_t n_args, size_t n_kw, const mo_obj_t *args) {
    const mo_obj_bound_meth_t *b = MO_PTR(obj);
    if (mo_obj_is_type(b->meth, &mo_type_fun_bc)) {
        return mo_fun_bc_call(MO_PTR(b->meth), 1, &b->self, n_args, n_kw, args);
    }
    size_t n = 1 + n_args + 2 * n_kw;
    mo_obj_t small[BOUND_CALL_SMALL_ARGS];
    mo_obj_t *all = n <= BOUND_CALL_SMALL_ARGS ? small : mo_new(mo_obj_t, n);
    all[0] = b->self;
    memcpy(all + 1, args, (n - 1) * sizeof(mo_obj_t));
    mo_obj_t ret = mo_call(b->meth, n_args + 1, n_kw, all);
    if (all != small) {
        mo_free(all);
    }
    return ret;
}

static void bound_meth_attr(mo_obj_t obj, qstr attr, mo_obj_t *dest) {
    const mo_obj_bound_meth_t *b = MO_PTR(obj);
    if (dest[0] != MO_OBJ_NULL) {
        return;  // read-only
    }
    if (attr == MO_QSTR___self__) {
        dest[0] = b->self;
    } else if (attr == MO_QSTR___func__) {
        dest[0] = b->meth;
    } else {
        // Other attributes are read from the function, as CPython does.
        mo_obj_t d[2];
        mo_load_attr_maybe(b->meth, attr, d);
        dest[0] = d[0];
    }
}

static void bound_meth_print(const mo_print_t *print, mo_obj_t obj, int kind) {
    const mo_obj_bound_meth_t *b = MO_PTR(obj);
    qstr name = mo_fun_get_name(b->meth);
    mo_print_str(print, "<bound method ");
    if (name != MO_QSTR_NULL) {
        // CPython shows the qualified name: the class that defines the method.
        const mo_type_t *cls = mo_obj_is_type(b->self, &mo_type_type)
                                   ? (const mo_type_t *)MO_PTR(b->self)
                                   : mo_obj_type(b->self);
        const mo_type_t *owner = NULL;
        if (mo_type_lookup_owner(cls, name, &owner) != MO_OBJ_NULL && owner != NULL) {
            mo_printf(print, "%q.", (qstr)owner->name);
        }
        mo_printf(print, "%q", name);
    }
    mo_printf(print, " of %R>", b->self);
}

static mo_obj_t bound_meth_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if ((op != MO_BINARY_OP_EQUAL && op != MO_BINARY_OP_NOT_EQUAL) ||
        !mo_obj_is_type(rhs, &mo_type_bound_meth)) {
        return MO_OBJ_NULL;
    }
    const mo_obj_bound_meth_t *a = MO_PTR(lhs), *b = MO_PTR(rhs);
    bool eq = a->self == b->self && mo_obj_equal(a->meth, b->meth);
    return mo_bool(op == MO_BINARY_OP_EQUAL ? eq : !eq);
}

static mo_obj_t bound_meth_unary_op(int op, mo_obj_t obj) {
    if (op != MO_UNARY_OP_HASH) {
        return MO_OBJ_NULL;
    }
    const mo_obj_bound_meth_t *b = MO_PTR(obj);
    mo_uint_t h = (mo_uint_t)mo_obj_hash(b->self) ^ ((mo_uint_t)(uintptr_t)b->meth >> 4);
    return mo_small_int((mo_int_t)(h >> 2));
}

const mo_type_t mo_type_bound_meth = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_method,
    .print = bound_meth_print,
    .call = bound_meth_call,
    .unary_op = bound_meth_unary_op,
    .binary_op = bound_meth_binary_op,
    .attr = bound_meth_attr,
};
