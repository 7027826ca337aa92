// Scope analysis. One walk per scope, in MicroPython's order (the module, then
// every scope in the order it was created, children queued at the end), records
// the names each scope uses in order of first use. After a scope is walked, the
// names it reads but does not bind are checked against the enclosing function
// scopes and become free variables (the binder's local becoming a cell). Finally
// each scope's locals are numbered: free variables first, then parameters, the
// other locals, and the cells that are not parameters.
#include "compiler/scope.h"

#include <string.h>

#include "runtime/runtime.h"

typedef struct walker {
    mo_arena_t *arena;
    const mo_comp_src_t *cs;
    mo_scope_t *tail;     // last scope of the list
    mo_scope_t *cur;
    int loop_depth;       // loops around the current statement in this scope
} walker_t;

static void walk_expr(walker_t *w, mo_node_t *n);
static void walk_stmts(walker_t *w, const mo_nodes_t *l);

// ---- errors --------------------------------------------------------------------

// The source line `line` (1-based), without its newline.
static const char *find_line(const mo_comp_src_t *cs, uint32_t line, size_t *len) {
    const char *p = cs->src, *end = cs->src + cs->len;
    for (uint32_t l = 1; l < line && p < end; p++) {
        if (*p == '\n') {
            l++;
        }
    }
    const char *e = p;
    while (e < end && *e != '\n') {
        e++;
    }
    *len = (size_t)(e - p);
    return p;
}

_Noreturn void mo_comp_syntax_error(const mo_comp_src_t *cs, const mo_node_t *node,
                                    const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    mo_obj_t msg = mo_obj_new_str_vprintf(fmt, ap);
    va_end(ap);
    mo_obj_t exc = mo_obj_new_exception(&mo_type_SyntaxError, 1, &msg);
    uint32_t line = node != NULL ? node->line : 1;
    uint32_t col = node != NULL && node->col > 0 ? node->col : 1;
    mo_obj_t text = mo_const_none;
    uint32_t offset = col;
    if (cs->src != NULL) {
        size_t len;
        const char *t = find_line(cs, line, &len);
        // CPython counts the offset in characters, not bytes.
        offset = 1;
        for (size_t i = 0; i + 1 < col && i < len; i++) {
            if (((uint8_t)t[i] & 0xc0) != 0x80) {
                offset++;
            }
        }
        bool has_nl = t + len < cs->src + cs->len;
        text = mo_obj_new_str(t, len + (has_nl ? 1 : 0));
    }
    mo_store_attr(exc, MO_QSTR_filename, mo_qstr_obj(cs->file));
    mo_store_attr(exc, MO_QSTR_lineno, mo_obj_new_int((mo_int_t)line));
    mo_store_attr(exc, MO_QSTR_offset, mo_obj_new_int((mo_int_t)offset));
    mo_store_attr(exc, MO_QSTR_text, text);
    // (the tree has no end positions)
    mo_store_attr(exc, MO_QSTR_end_lineno, mo_const_none);
    mo_store_attr(exc, MO_QSTR_end_offset, mo_const_none);
    mo_raise(exc);
}

// ---- ids -------------------------------------------------------------------------

mo_id_t *mo_scope_find(mo_scope_t *s, qstr name) {
    for (uint32_t i = 0; i < s->n_ids; i++) {
        if (s->ids[i].name == name) {
            return &s->ids[i];
        }
    }
    return NULL;
}

static mo_id_t *add_id(walker_t *w, mo_scope_t *s, qstr name, uint8_t kind) {
    if (s->n_ids == s->alloc_ids) {
        uint32_t n = s->alloc_ids ? s->alloc_ids * 2 : 8;
        mo_id_t *ids = mo_arena_alloc(w->arena, n * sizeof(mo_id_t));
        if (s->n_ids) {
            memcpy(ids, s->ids, s->n_ids * sizeof(mo_id_t));
        }
        s->ids = ids;
        s->alloc_ids = n;
    }
    mo_id_t *id = &s->ids[s->n_ids++];
    id->name = name;
    id->kind = kind;
    id->flags = 0;
    id->local_num = 0;
    return id;
}

static mo_id_t *find_or_add(walker_t *w, mo_scope_t *s, qstr name, uint8_t kind) {
    mo_id_t *id = mo_scope_find(s, name);
    return id != NULL ? id : add_id(w, s, name, kind);
}

// A read (store == false) or a binding of `name` in the current scope.
static void use_name(walker_t *w, qstr name, bool store) {
    mo_scope_t *s = w->cur;
    mo_id_t *id = find_or_add(w, s, name, MO_ID_GLOBAL_IMPLICIT);
    if (!(id->flags & MO_ID_FLAG_DECLARED)) {
        id->flags |= store ? MO_ID_FLAG_ASSIGNED : MO_ID_FLAG_USED;
    }
    if (store && MO_SCOPE_IS_FUNC_LIKE(s->kind) && id->kind == MO_ID_GLOBAL_IMPLICIT) {
        id->kind = MO_ID_LOCAL;
    }
}

// Makes `name` reach scope s from the nearest enclosing binder: scopes in between
// get a free variable to pass the cell along, and the binder's local becomes a cell.
static void close_over_in_parents(walker_t *w, mo_scope_t *s, qstr name) {
    for (mo_scope_t *p = s->parent; p != NULL && p->kind != MO_SCOPE_MODULE; p = p->parent) {
        mo_id_t *id = mo_scope_find(p, name);
        if (id == NULL || (p->kind == MO_SCOPE_CLASS && id->kind == MO_ID_GLOBAL_IMPLICIT)) {
            if (id == NULL) {
                add_id(w, p, name, MO_ID_FREE);
            }
            continue;
        }
        if (id->kind == MO_ID_LOCAL) {
            id->kind = MO_ID_CELL;
        }
        return;
    }
}

// A name read but not bound in s: free if the first enclosing function scope that
// knows the name binds it (a class's names are not visible, except __class__).
static void check_close_over(walker_t *w, mo_scope_t *s, mo_id_t *id) {
    for (mo_scope_t *p = s->parent; p != NULL && p->kind != MO_SCOPE_MODULE; p = p->parent) {
        mo_id_t *id2 = mo_scope_find(p, id->name);
        if (id2 != NULL) {
            if (id2->kind == MO_ID_LOCAL || id2->kind == MO_ID_CELL || id2->kind == MO_ID_FREE) {
                id->kind = MO_ID_FREE;
                close_over_in_parents(w, s, id->name);
            }
            return;
        }
    }
}

// ---- scopes ---------------------------------------------------------------------

static mo_scope_t *new_scope(walker_t *w, uint8_t kind, mo_node_t *node, qstr name) {
    mo_scope_t *s = mo_arena_alloc(w->arena, sizeof(mo_scope_t));
    s->kind = kind;
    s->node = node;
    s->simple_name = name;
    s->parent = w->cur;
    if (w->cur != NULL) {
        mo_scope_t *p = w->cur;
        if (p->n_children == p->alloc_children) {
            uint16_t n = p->alloc_children ? (uint16_t)(p->alloc_children * 2) : 4;
            mo_scope_t **c = mo_arena_alloc(w->arena, n * sizeof(mo_scope_t *));
            if (p->n_children) {
                memcpy(c, p->children, p->n_children * sizeof(mo_scope_t *));
            }
            p->children = c;
            p->alloc_children = n;
        }
        p->children[p->n_children++] = s;
    }
    if (w->tail != NULL) {
        w->tail->next = s;
    }
    w->tail = s;
    return s;
}

mo_scope_t *mo_scope_child(mo_scope_t *s, const mo_node_t *node, size_t *index) {
    for (size_t i = 0; i < s->n_children; i++) {
        if (s->children[i]->node == node) {
            if (index != NULL) {
                *index = i;
            }
            return s->children[i];
        }
    }
    return NULL;
}

// True for a `super()` call with no arguments inside a method, which reads the
// method's class from the __class__ cell and its first argument.
bool mo_scope_is_zero_arg_super(const mo_scope_t *s, const mo_node_t *call) {
    const mo_node_t *f = call->a;
    if (f == NULL || f->kind != MO_N_NAME || f->v.name != MO_QSTR_super || call->l1.len != 0
        || call->l2.len != 0) {
        return false;
    }
    if (s->kind != MO_SCOPE_FUNCTION || s->parent == NULL || s->parent->kind != MO_SCOPE_CLASS) {
        return false;
    }
    const mo_node_t *args = s->node->a;
    return args != NULL && args->l1.len > 0;
}

// ---- walking ----------------------------------------------------------------------

static void walk_exprs(walker_t *w, const mo_nodes_t *l) {
    for (uint32_t i = 0; i < l->len; i++) {
        walk_expr(w, l->items[i]);
    }
}

// An assignment target (or a del target: both bind the name here).
static void walk_target(walker_t *w, mo_node_t *n) {
    mo_stack_check();
    switch (n->kind) {
        case MO_N_NAME:
            use_name(w, n->v.name, true);
            break;
        case MO_N_TUPLE:
        case MO_N_LIST:
            for (uint32_t i = 0; i < n->l1.len; i++) {
                walk_target(w, n->l1.items[i]);
            }
            break;
        case MO_N_STARRED:
            walk_target(w, n->a);
            break;
        case MO_N_ATTRIBUTE:
            walk_expr(w, n->a);
            break;
        case MO_N_SUBSCRIPT:
            walk_expr(w, n->a);
            walk_expr(w, n->b);
            break;
        default:
            walk_expr(w, n);
            break;
    }
}

static mo_scope_t *enclosing_non_comp(mo_scope_t *s) {
    while (MO_SCOPE_IS_COMP(s->kind)) {
        s = s->parent;
    }
    return s;
}

// `x := v` inside a comprehension binds x in the enclosing non-comprehension scope.
static void walk_walrus_target(walker_t *w, mo_node_t *n) {
    mo_scope_t *s = w->cur;
    if (!MO_SCOPE_IS_COMP(s->kind)) {
        use_name(w, n->v.name, true);
        return;
    }
    mo_scope_t *e = enclosing_non_comp(s);
    qstr name = n->v.name;
    if (e->kind == MO_SCOPE_CLASS) {
        mo_comp_syntax_error(w->cs, n, "assignment expression within a comprehension cannot be used in a class body");
    }
    mo_scope_t *saved = w->cur;
    w->cur = e;
    use_name(w, name, true);
    w->cur = saved;
    mo_id_t *id = find_or_add(w, s, name, MO_ID_GLOBAL_IMPLICIT);
    id->flags |= MO_ID_FLAG_DECLARED;
    if (e->kind == MO_SCOPE_MODULE) {
        id->kind = MO_ID_GLOBAL_EXPLICIT;
        return;
    }
    mo_id_t *eid = mo_scope_find(e, name);
    if (eid->kind == MO_ID_GLOBAL_EXPLICIT) {
        id->kind = MO_ID_GLOBAL_EXPLICIT;
        return;
    }
    id->kind = MO_ID_FREE;
    close_over_in_parents(w, s, name);
}

static mo_scope_t *new_comp_scope(walker_t *w, mo_node_t *n) {
    uint8_t kind;
    qstr name;
    switch (n->kind) {
        case MO_N_LIST_COMP:
            kind = MO_SCOPE_LIST_COMP;
            name = MO_QSTR__lt_listcomp_gt_;
            break;
        case MO_N_DICT_COMP:
            kind = MO_SCOPE_DICT_COMP;
            name = MO_QSTR__lt_dictcomp_gt_;
            break;
        case MO_N_SET_COMP:
            kind = MO_SCOPE_SET_COMP;
            name = MO_QSTR__lt_setcomp_gt_;
            break;
        default:
            kind = MO_SCOPE_GEN_EXPR;
            name = MO_QSTR__lt_genexpr_gt_;
            break;
    }
    return new_scope(w, kind, n, name);
}

static void walk_call(walker_t *w, mo_node_t *n) {
    if (mo_scope_is_zero_arg_super(w->cur, n)) {
        use_name(w, MO_QSTR_super, false);
        use_name(w, MO_QSTR___class__, false);
        return;
    }
    walk_expr(w, n->a);
    walk_exprs(w, &n->l1);
    for (uint32_t i = 0; i < n->l2.len; i++) {
        walk_expr(w, n->l2.items[i]->a);
    }
}

static void check_yield(walker_t *w, mo_node_t *n) {
    mo_scope_t *s = w->cur;
    if (!MO_SCOPE_IS_FUNC_LIKE(s->kind)) {
        mo_comp_syntax_error(w->cs, n, "'yield' outside function");
    }
    if (MO_SCOPE_IS_COMP(s->kind)) {
        static const char *const what[] = {"list comprehension", "dict comprehension",
                                           "set comprehension", "generator expression"};
        mo_comp_syntax_error(w->cs, n, "'yield' inside %s", what[s->kind - MO_SCOPE_LIST_COMP]);
    }
    s->has_yield = 1;
}

// Default values of a def or lambda: evaluated in the enclosing scope.
static void walk_defaults(walker_t *w, mo_node_t *args) {
    if (args == NULL) {
        return;
    }
    walk_exprs(w, &args->l2);
    for (uint32_t i = 0; i < args->l3.len; i++) {
        if (args->l3.items[i]->a != NULL) {
            walk_expr(w, args->l3.items[i]->a);
        }
    }
}

static void walk_expr(walker_t *w, mo_node_t *n) {
    if (n == NULL) {
        return;
    }
    mo_stack_check();
    switch (n->kind) {
        case MO_N_NAME:
            use_name(w, n->v.name, false);
            break;
        case MO_N_CONSTANT:
            break;
        case MO_N_NAMED_EXPR:
            walk_expr(w, n->b);
            walk_walrus_target(w, n->a);
            break;
        case MO_N_LAMBDA:
            new_scope(w, MO_SCOPE_LAMBDA, n, MO_QSTR__lt_lambda_gt_);
            walk_defaults(w, n->a);
            break;
        case MO_N_LIST_COMP:
        case MO_N_SET_COMP:
        case MO_N_DICT_COMP:
        case MO_N_GENERATOR_EXP:
            new_comp_scope(w, n);
            walk_expr(w, n->l1.items[0]->b);
            break;
        case MO_N_DICT:
            for (uint32_t i = 0; i < n->l1.len; i++) {
                walk_expr(w, n->l2.items[i]);
                walk_expr(w, n->l1.items[i]);
            }
            break;
        case MO_N_AWAIT: {
            mo_scope_t *s = w->cur;
            if (!MO_SCOPE_IS_FUNC_LIKE(s->kind)) {
                mo_comp_syntax_error(w->cs, n, "'await' outside function");
            }
            if (!(s->scope_flags & MO_SCOPE_FLAG_ASYNC)) {
                mo_comp_syntax_error(w->cs, n, "'await' outside async function");
            }
            walk_expr(w, n->a);
            break;
        }
        case MO_N_YIELD:
        case MO_N_YIELD_FROM:
            check_yield(w, n);
            walk_expr(w, n->a);
            break;
        case MO_N_CALL:
            walk_call(w, n);
            break;
        case MO_N_KEYWORD:
            walk_expr(w, n->a);
            break;
        default:
            // Every other expression: its children in evaluation order (a node has
            // only the fields its kind uses: ast.h).
            if (MO_NODE_HAS(n, a)) {
                walk_expr(w, n->a);
            }
            if (MO_NODE_HAS(n, l1)) {
                walk_exprs(w, &n->l1);
            }
            if (MO_NODE_HAS(n, b)) {
                walk_expr(w, n->b);
            }
            if (MO_NODE_HAS(n, c)) {
                walk_expr(w, n->c);
            }
            if (MO_NODE_HAS(n, l2)) {
                walk_exprs(w, &n->l2);
            }
            break;
    }
}

static void declare_global(walker_t *w, mo_node_t *stmt, qstr name) {
    mo_scope_t *s = w->cur;
    mo_id_t *id = mo_scope_find(s, name);
    if (id != NULL && !(id->flags & MO_ID_FLAG_DECLARED)) {
        if (id->flags & MO_ID_FLAG_PARAM) {
            mo_comp_syntax_error(w->cs, stmt, "name '%q' is parameter and global", name);
        }
        if (id->flags & MO_ID_FLAG_USED) {
            mo_comp_syntax_error(w->cs, stmt, "name '%q' is used prior to global declaration", name);
        }
        if (id->flags & MO_ID_FLAG_ASSIGNED) {
            mo_comp_syntax_error(w->cs, stmt, "name '%q' is assigned to before global declaration", name);
        }
    }
    if (id != NULL && id->kind == MO_ID_FREE && (id->flags & MO_ID_FLAG_DECLARED)) {
        mo_comp_syntax_error(w->cs, stmt, "name '%q' is nonlocal and global", name);
    }
    if (id == NULL) {
        id = add_id(w, s, name, MO_ID_GLOBAL_EXPLICIT);
    }
    id->kind = MO_ID_GLOBAL_EXPLICIT;
    id->flags |= MO_ID_FLAG_DECLARED;
    // As MicroPython: the module's own uses of the name become explicit globals too.
    mo_scope_t *m = s;
    while (m->parent != NULL) {
        m = m->parent;
    }
    if (m != s) {
        find_or_add(w, m, name, MO_ID_GLOBAL_EXPLICIT)->kind = MO_ID_GLOBAL_EXPLICIT;
    }
}

static void declare_nonlocal(walker_t *w, mo_node_t *stmt, qstr name) {
    mo_scope_t *s = w->cur;
    if (s->kind == MO_SCOPE_MODULE) {
        mo_comp_syntax_error(w->cs, stmt, "nonlocal declaration not allowed at module level");
    }
    mo_id_t *id = mo_scope_find(s, name);
    if (id != NULL && !(id->flags & MO_ID_FLAG_DECLARED)) {
        if (id->flags & MO_ID_FLAG_PARAM) {
            mo_comp_syntax_error(w->cs, stmt, "name '%q' is parameter and nonlocal", name);
        }
        if (id->flags & MO_ID_FLAG_USED) {
            mo_comp_syntax_error(w->cs, stmt, "name '%q' is used prior to nonlocal declaration", name);
        }
        if (id->flags & MO_ID_FLAG_ASSIGNED) {
            mo_comp_syntax_error(w->cs, stmt, "name '%q' is assigned to before nonlocal declaration", name);
        }
    }
    if (id != NULL && id->kind == MO_ID_GLOBAL_EXPLICIT && (id->flags & MO_ID_FLAG_DECLARED)) {
        mo_comp_syntax_error(w->cs, stmt, "name '%q' is nonlocal and global", name);
    }
    // The enclosing scopes were walked already, so the binder is known now.
    bool found = false;
    for (mo_scope_t *p = s->parent; p != NULL && p->kind != MO_SCOPE_MODULE; p = p->parent) {
        mo_id_t *id2 = p->kind == MO_SCOPE_CLASS ? NULL : mo_scope_find(p, name);
        if (id2 != NULL && (id2->kind == MO_ID_LOCAL || id2->kind == MO_ID_CELL
                            || id2->kind == MO_ID_FREE)) {
            found = true;
            break;
        }
    }
    if (!found) {
        mo_comp_syntax_error(w->cs, stmt, "no binding for nonlocal '%q' found", name);
    }
    if (id == NULL) {
        id = add_id(w, s, name, MO_ID_FREE);
    }
    id->kind = MO_ID_FREE;
    id->flags |= MO_ID_FLAG_DECLARED;
    close_over_in_parents(w, s, name);
}

static void walk_import(walker_t *w, mo_node_t *n) {
    for (uint32_t i = 0; i < n->l1.len; i++) {
        mo_node_t *alias = n->l1.items[i];
        qstr name = alias->v.name;
        if (n->kind == MO_N_IMPORT_FROM && name == MO_QSTR__star_) {
            if (w->cur->kind != MO_SCOPE_MODULE) {
                mo_comp_syntax_error(w->cs, n, "import * only allowed at module level");
            }
            continue;
        }
        if (alias->v2 != MO_QSTR_NULL) {
            name = alias->v2;
        } else if (n->kind == MO_N_IMPORT) {
            // `import a.b.c` binds a.
            size_t len;
            const char *s = mo_qstr_data(name, &len);
            const char *dot = memchr(s, '.', len);
            if (dot != NULL) {
                name = mo_qstr_from_strn(s, (size_t)(dot - s));
            }
        }
        use_name(w, name, true);
    }
}

static void check_async(walker_t *w, mo_node_t *n, const char *msg) {
    if (!(w->cur->scope_flags & MO_SCOPE_FLAG_ASYNC)) {
        mo_comp_syntax_error(w->cs, n, "%s", msg);
    }
}

// A name no Python identifier can take, unique to one `async with` item.
qstr mo_scope_hidden_name(const mo_node_t *item) {
    char buf[40];
    size_t n = 0;
    unsigned long v[2] = {(unsigned long)item->line, (unsigned long)item->col};
    buf[n++] = '(';
    for (int k = 0; k < 2; k++) {
        char digits[24];
        int d = 0;
        do {
            digits[d++] = (char)('0' + v[k] % 10);
            v[k] /= 10;
        } while (v[k] != 0);
        while (d > 0) {
            buf[n++] = digits[--d];
        }
        buf[n++] = k == 0 ? ':' : ')';
    }
    return mo_qstr_from_strn(buf, n);
}

static void walk_loop_body(walker_t *w, const mo_nodes_t *body, const mo_nodes_t *orelse) {
    w->loop_depth++;
    walk_stmts(w, body);
    w->loop_depth--;
    walk_stmts(w, orelse);
}

static void walk_stmt(walker_t *w, mo_node_t *n) {
    mo_stack_check();
    switch (n->kind) {
        case MO_N_FUNCTION_DEF: {
            walk_exprs(w, &n->l2);
            mo_scope_t *s = new_scope(w, MO_SCOPE_FUNCTION, n, n->v.name);
            if (n->op) {
                s->scope_flags |= MO_SCOPE_FLAG_ASYNC | MO_SCOPE_FLAG_GENERATOR;
            }
            walk_defaults(w, n->a);
            use_name(w, n->v.name, true);
            break;
        }
        case MO_N_CLASS_DEF:
            walk_exprs(w, &n->l2);
            new_scope(w, MO_SCOPE_CLASS, n, n->v.name);
            walk_exprs(w, &n->l3);
            use_name(w, n->v.name, true);
            break;
        case MO_N_RETURN:
            if (!MO_SCOPE_IS_FUNC_LIKE(w->cur->kind)) {
                mo_comp_syntax_error(w->cs, n, "'return' outside function");
            }
            walk_expr(w, n->a);
            break;
        case MO_N_DELETE:
            for (uint32_t i = 0; i < n->l1.len; i++) {
                walk_target(w, n->l1.items[i]);
            }
            break;
        case MO_N_ASSIGN:
            walk_expr(w, n->a);
            for (uint32_t i = 0; i < n->l1.len; i++) {
                walk_target(w, n->l1.items[i]);
            }
            break;
        case MO_N_AUG_ASSIGN:
            if (n->a->kind == MO_N_NAME) {
                use_name(w, n->a->v.name, false);
            }
            walk_expr(w, n->b);
            walk_target(w, n->a);
            break;
        case MO_N_ANN_ASSIGN:
            if (n->c != NULL) {
                walk_expr(w, n->c);
                walk_target(w, n->a);
            } else if (n->a->kind != MO_N_NAME) {
                walk_target(w, n->a);
            }
            break;
        case MO_N_FOR:
            if (n->op) {
                check_async(w, n, "'async for' outside async function");
            }
            walk_expr(w, n->b);
            walk_target(w, n->a);
            walk_loop_body(w, &n->l1, &n->l2);
            break;
        case MO_N_WHILE:
            walk_expr(w, n->a);
            walk_loop_body(w, &n->l1, &n->l2);
            break;
        case MO_N_IF:
            walk_expr(w, n->a);
            walk_stmts(w, &n->l1);
            walk_stmts(w, &n->l2);
            break;
        case MO_N_WITH:
            if (n->op) {
                check_async(w, n, "'async with' outside async function");
            }
            for (uint32_t i = 0; i < n->l1.len; i++) {
                mo_node_t *item = n->l1.items[i];
                walk_expr(w, item->a);
                if (n->op) {
                    // the context manager is kept in a hidden local
                    add_id(w, w->cur, mo_scope_hidden_name(item), MO_ID_LOCAL);
                }
                if (item->b != NULL) {
                    walk_target(w, item->b);
                }
            }
            walk_stmts(w, &n->l2);
            break;
        case MO_N_RAISE:
            walk_expr(w, n->a);
            walk_expr(w, n->b);
            break;
        case MO_N_TRY:
            walk_stmts(w, &n->l1);
            for (uint32_t i = 0; i < n->l2.len; i++) {
                mo_node_t *h = n->l2.items[i];
                walk_expr(w, h->a);
                if (h->v.name != MO_QSTR_NULL) {
                    use_name(w, h->v.name, true);
                }
                walk_stmts(w, &h->l1);
            }
            walk_stmts(w, &n->l3);
            if (n->c != NULL) {
                walk_stmts(w, &n->c->l1);
            }
            break;
        case MO_N_ASSERT:
            walk_expr(w, n->a);
            walk_expr(w, n->b);
            break;
        case MO_N_IMPORT:
        case MO_N_IMPORT_FROM:
            walk_import(w, n);
            break;
        case MO_N_GLOBAL:
            for (uint32_t i = 0; i < n->l1.len; i++) {
                declare_global(w, n, n->l1.items[i]->v.name);
            }
            break;
        case MO_N_NONLOCAL:
            for (uint32_t i = 0; i < n->l1.len; i++) {
                declare_nonlocal(w, n, n->l1.items[i]->v.name);
            }
            break;
        case MO_N_EXPR:
            walk_expr(w, n->a);
            break;
        case MO_N_BREAK:
            if (w->loop_depth == 0) {
                mo_comp_syntax_error(w->cs, n, "'break' outside loop");
            }
            break;
        case MO_N_CONTINUE:
            if (w->loop_depth == 0) {
                mo_comp_syntax_error(w->cs, n, "'continue' not properly in loop");
            }
            break;
        case MO_N_BLOCK:
            walk_stmts(w, &n->l1);
            break;
        default:
            break;
    }
}

static void walk_stmts(walker_t *w, const mo_nodes_t *l) {
    for (uint32_t i = 0; i < l->len; i++) {
        walk_stmt(w, l->items[i]);
    }
}

static void add_param(walker_t *w, mo_node_t *arg, uint8_t flags) {
    mo_scope_t *s = w->cur;
    if (mo_scope_find(s, arg->v.name) != NULL) {
        mo_comp_syntax_error(w->cs, arg, "duplicate argument '%q' in function definition",
                             arg->v.name);
    }
    mo_id_t *id = add_id(w, s, arg->v.name, MO_ID_LOCAL);
    id->flags = flags | MO_ID_FLAG_ASSIGNED;
}

// Parameters in the order their locals get numbers: positional, keyword-only,
// *args, **kwargs (the layout the VM fills in).
static void walk_params(walker_t *w, mo_node_t *args) {
    mo_scope_t *s = w->cur;
    if (args == NULL) {
        return;
    }
    for (uint32_t i = 0; i < args->l1.len; i++) {
        add_param(w, args->l1.items[i], MO_ID_FLAG_PARAM);
    }
    for (uint32_t i = 0; i < args->l3.len; i++) {
        add_param(w, args->l3.items[i], MO_ID_FLAG_PARAM);
        if (args->l3.items[i]->a != NULL) {
            s->scope_flags |= MO_SCOPE_FLAG_DEFKWARGS;
        }
    }
    if (args->a != NULL) {
        add_param(w, args->a, MO_ID_FLAG_PARAM | MO_ID_FLAG_STAR_PARAM);
        s->scope_flags |= MO_SCOPE_FLAG_VARARGS;
    }
    if (args->b != NULL) {
        add_param(w, args->b, MO_ID_FLAG_PARAM | MO_ID_FLAG_DSTAR_PARAM);
        s->scope_flags |= MO_SCOPE_FLAG_VARKEYWORDS;
    }
    s->n_pos_args = (uint16_t)args->l1.len;
    s->n_kwonly_args = (uint16_t)args->l3.len;
    s->n_def_pos_args = (uint16_t)args->l2.len;
    s->n_posonly_args = args->op;
}

static void walk_comp_body(walker_t *w, mo_node_t *n) {
    // The iterable (or iterator) arrives as the only argument, a nameless local.
    add_id(w, w->cur, MO_QSTR_, MO_ID_LOCAL);
    w->cur->n_pos_args = 1;
    for (uint32_t i = 0; i < n->l1.len; i++) {
        mo_node_t *g = n->l1.items[i];
        if (i > 0) {
            walk_expr(w, g->b);
        }
        walk_target(w, g->a);
        walk_exprs(w, &g->l1);
    }
    if (n->kind == MO_N_DICT_COMP) {
        walk_expr(w, n->b);
    }
    walk_expr(w, n->a);
}

static void walk_scope(walker_t *w, mo_scope_t *s) {
    w->cur = s;
    w->loop_depth = 0;
    mo_node_t *n = s->node;
    switch (s->kind) {
        case MO_SCOPE_MODULE:
            if (n->kind == MO_N_EXPRESSION) {
                walk_expr(w, n->a);
            } else {
                walk_stmts(w, &n->l1);
            }
            break;
        case MO_SCOPE_CLASS:
            add_id(w, s, MO_QSTR___class__, MO_ID_LOCAL);
            use_name(w, MO_QSTR___name__, false);
            use_name(w, MO_QSTR___module__, true);
            use_name(w, MO_QSTR___qualname__, true);
            walk_stmts(w, &n->l1);
            break;
        case MO_SCOPE_FUNCTION:
            walk_params(w, n->a);
            walk_stmts(w, &n->l1);
            if (s->has_yield && (s->scope_flags & MO_SCOPE_FLAG_ASYNC)) {
                mo_comp_syntax_error(w->cs, n, "'async generator' not supported");
            }
            break;
        case MO_SCOPE_LAMBDA:
            walk_params(w, n->a);
            walk_expr(w, n->b);
            break;
        default:
            walk_comp_body(w, n);
            if (s->kind == MO_SCOPE_GEN_EXPR) {
                s->has_yield = 1;
            }
            break;
    }
    if (s->has_yield) {
        s->scope_flags |= MO_SCOPE_FLAG_GENERATOR;
    }
    for (uint32_t i = 0; i < s->n_ids; i++) {
        mo_id_t *id = &s->ids[i];
        if (id->kind == MO_ID_GLOBAL_IMPLICIT) {
            check_close_over(w, s, id);
        }
    }
}

// Numbers the locals as MicroPython does (see the file comment).
static void number_locals(mo_scope_t *s) {
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->n_ids; i++) {
        mo_id_t *id = &s->ids[i];
        if (s->kind == MO_SCOPE_CLASS && id->name == MO_QSTR___class__) {
            continue;
        }
        if (id->kind == MO_ID_LOCAL || (id->flags & MO_ID_FLAG_PARAM)) {
            id->local_num = (uint16_t)n++;
        }
    }
    for (uint32_t i = 0; i < s->n_ids; i++) {
        mo_id_t *id = &s->ids[i];
        if (id->kind == MO_ID_CELL && !(id->flags & MO_ID_FLAG_PARAM)) {
            id->local_num = (uint16_t)n++;
        }
    }
    // Free variables come first, in the order of the parent's ids (the order the
    // parent pushes the cells for MAKE_CLOSURE).
    uint32_t nf = 0;
    if (s->parent != NULL) {
        mo_scope_t *p = s->parent;
        for (uint32_t i = 0; i < p->n_ids; i++) {
            mo_id_t *pid = &p->ids[i];
            if (pid->kind != MO_ID_CELL && pid->kind != MO_ID_FREE) {
                continue;
            }
            mo_id_t *id = mo_scope_find(s, pid->name);
            if (id != NULL && id->kind == MO_ID_FREE) {
                id->local_num = (uint16_t)nf++;
            }
        }
    }
    if (nf > 0) {
        for (uint32_t i = 0; i < s->n_ids; i++) {
            mo_id_t *id = &s->ids[i];
            if (id->kind != MO_ID_FREE) {
                id->local_num = (uint16_t)(id->local_num + nf);
            }
        }
        s->n_pos_args = (uint16_t)(s->n_pos_args + nf);
    }
    s->n_free = (uint16_t)nf;
    s->num_locals = (uint16_t)(n + nf);
}

mo_scope_t *mo_scope_analyse(mo_arena_t *arena, const mo_comp_src_t *cs, mo_node_t *root) {
    walker_t w = {.arena = arena, .cs = cs, .tail = NULL, .cur = NULL, .loop_depth = 0};
    mo_scope_t *module = new_scope(&w, MO_SCOPE_MODULE, root, MO_QSTR__lt_module_gt_);
    for (mo_scope_t *s = module; s != NULL; s = s->next) {
        walk_scope(&w, s);
    }
    for (mo_scope_t *s = module; s != NULL; s = s->next) {
        number_locals(s);
    }
    return module;
}
