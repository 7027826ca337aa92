// A debug printer for syntax trees (parse.h): one line per tree, in a form close
// to CPython's ast.dump(), for tests of the parser and for tools.
#include <stdbool.h>
#include <stdio.h>

#include "compiler/parse.h"
#include "runtime/ops.h"

static const char *const kind_names[MO_N_NUM_KINDS] = {
    [MO_N_MODULE] = "Module", [MO_N_INTERACTIVE] = "Interactive",
    [MO_N_EXPRESSION] = "Expression", [MO_N_FUNCTION_DEF] = "FunctionDef",
    [MO_N_CLASS_DEF] = "ClassDef", [MO_N_RETURN] = "Return", [MO_N_DELETE] = "Delete",
    [MO_N_ASSIGN] = "Assign", [MO_N_AUG_ASSIGN] = "AugAssign",
    [MO_N_ANN_ASSIGN] = "AnnAssign", [MO_N_FOR] = "For", [MO_N_WHILE] = "While",
    [MO_N_IF] = "If", [MO_N_WITH] = "With", [MO_N_RAISE] = "Raise", [MO_N_TRY] = "Try",
    [MO_N_ASSERT] = "Assert", [MO_N_IMPORT] = "Import", [MO_N_IMPORT_FROM] = "ImportFrom",
    [MO_N_GLOBAL] = "Global", [MO_N_NONLOCAL] = "Nonlocal", [MO_N_EXPR] = "Expr",
    [MO_N_PASS] = "Pass", [MO_N_BREAK] = "Break", [MO_N_CONTINUE] = "Continue",
    [MO_N_BLOCK] = "Block", [MO_N_BOOL_OP] = "BoolOp", [MO_N_NAMED_EXPR] = "NamedExpr",
    [MO_N_BIN_OP] = "BinOp", [MO_N_UNARY_OP] = "UnaryOp", [MO_N_LAMBDA] = "Lambda",
    [MO_N_IF_EXP] = "IfExp", [MO_N_DICT] = "Dict", [MO_N_SET] = "Set",
    [MO_N_LIST_COMP] = "ListComp", [MO_N_SET_COMP] = "SetComp",
    [MO_N_DICT_COMP] = "DictComp", [MO_N_GENERATOR_EXP] = "GeneratorExp",
    [MO_N_AWAIT] = "Await", [MO_N_YIELD] = "Yield", [MO_N_YIELD_FROM] = "YieldFrom",
    [MO_N_COMPARE] = "Compare", [MO_N_CALL] = "Call",
    [MO_N_FORMATTED_VALUE] = "FormattedValue", [MO_N_JOINED_STR] = "JoinedStr",
    [MO_N_CONSTANT] = "Constant", [MO_N_ATTRIBUTE] = "Attribute",
    [MO_N_SUBSCRIPT] = "Subscript", [MO_N_STARRED] = "Starred", [MO_N_NAME] = "Name",
    [MO_N_LIST] = "List", [MO_N_TUPLE] = "Tuple", [MO_N_SLICE] = "Slice",
    [MO_N_COMPREHENSION] = "comprehension", [MO_N_EXCEPT_HANDLER] = "ExceptHandler",
    [MO_N_ARGUMENTS] = "arguments", [MO_N_ARG] = "arg", [MO_N_KEYWORD] = "keyword",
    [MO_N_ALIAS] = "alias", [MO_N_WITHITEM] = "withitem",
};

static const char *const binop_names[] = {
    "BitOr", "BitXor", "BitAnd", "LShift", "RShift", "Add", "Sub", "Mult", "MatMult",
    "FloorDiv", "Div", "Mod", "Pow",
};

static const char *op_name(int kind, int op) {
    switch (kind) {
        case MO_N_BIN_OP: case MO_N_AUG_ASSIGN:
            return op >= MO_BINARY_OP_OR && op <= MO_BINARY_OP_POWER
                       ? binop_names[op - MO_BINARY_OP_OR] : "?";
        case MO_N_UNARY_OP: {
            static const char *const u[] = {"UAdd", "USub", "Invert", "Not"};
            return op < 4 ? u[op] : "?";
        }
        case MO_N_BOOL_OP: return op ? "Or" : "And";
        default: return NULL;
    }
}

static const char *cmp_name(int op) {
    switch (op) {
        case MO_BINARY_OP_LESS: return "Lt";
        case MO_BINARY_OP_MORE: return "Gt";
        case MO_BINARY_OP_EQUAL: return "Eq";
        case MO_BINARY_OP_LESS_EQUAL: return "LtE";
        case MO_BINARY_OP_MORE_EQUAL: return "GtE";
        case MO_BINARY_OP_NOT_EQUAL: return "NotEq";
        case MO_BINARY_OP_IN: return "In";
        case MO_BINARY_OP_IS: return "Is";
        case MO_CMP_NOT_IN: return "NotIn";
        case MO_CMP_IS_NOT: return "IsNot";
        default: return "?";
    }
}

static void dump_bytes(const mo_print_t *p, const char *s, size_t n) {
    mo_print_str(p, "'");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\'' || c == '\\') {
            mo_printf(p, "\\%c", c);
        } else if (c >= 0x20 && c < 0x7f) {
            mo_printf(p, "%c", c);
        } else if (c == '\n') {
            mo_print_str(p, "\\n");
        } else if (c >= 0x80) {
            mo_printf(p, "%c", c);  // UTF-8 passes through
        } else {
            mo_printf(p, "\\x%02x", c);
        }
    }
    mo_print_str(p, "'");
}

static void dump_constant(const mo_print_t *p, const mo_node_t *n) {
    char buf[40];
    switch (n->op) {
        case MO_CONST_NONE: mo_print_str(p, "None"); break;
        case MO_CONST_TRUE: mo_print_str(p, "True"); break;
        case MO_CONST_FALSE: mo_print_str(p, "False"); break;
        case MO_CONST_ELLIPSIS: mo_print_str(p, "Ellipsis"); break;
        case MO_CONST_INT: mo_printf(p, "%ld", (long)n->v.small); break;
        case MO_CONST_BIGINT:
            mo_printf(p, "bigint(%u:%.*s)", (unsigned)n->v.str.base, (int)n->v.str.len,
                      n->v.str.data);
            break;
        case MO_CONST_FLOAT: case MO_CONST_IMAG:
            snprintf(buf, sizeof(buf), "%.17g%s", n->v.f, n->op == MO_CONST_IMAG ? "j" : "");
            mo_print_str(p, buf);
            break;
        case MO_CONST_BYTES:
            mo_print_str(p, "b");
            dump_bytes(p, n->v.str.data, n->v.str.len);
            break;
        default:
            dump_bytes(p, n->v.str.data, n->v.str.len);
            break;
    }
}

static void dump_list(const mo_print_t *p, const char *field, const mo_nodes_t *l, bool *first) {
    if (l->len == 0) {
        return;
    }
    mo_printf(p, "%s%s=[", *first ? "" : ", ", field);
    for (uint32_t i = 0; i < l->len; i++) {
        if (i) {
            mo_print_str(p, ", ");
        }
        mo_ast_dump(p, l->items[i]);
    }
    mo_print_str(p, "]");
    *first = false;
}

static void dump_child(const mo_print_t *p, const char *field, const mo_node_t *c, bool *first) {
    if (c == NULL) {
        return;
    }
    mo_printf(p, "%s%s=", *first ? "" : ", ", field);
    mo_ast_dump(p, c);
    *first = false;
}

static bool show_positions;

void mo_ast_dump_positions(const mo_print_t *p, const mo_node_t *n) {
    show_positions = true;
    mo_ast_dump(p, n);
    show_positions = false;
}

void mo_ast_dump(const mo_print_t *p, const mo_node_t *n) {
    if (n == NULL) {
        mo_print_str(p, "None");
        return;
    }
    const char *name = n->kind < MO_N_NUM_KINDS ? kind_names[n->kind] : NULL;
    mo_printf(p, "%s", name ? name : "?");
    if (show_positions && n->kind > MO_N_EXPRESSION && n->kind != MO_N_BLOCK &&
        n->kind != MO_N_COMPREHENSION && n->kind != MO_N_ARGUMENTS &&
        n->kind != MO_N_WITHITEM) {
        mo_printf(p, "@%u:%u", (unsigned)n->line, (unsigned)n->col);
    }
    mo_print_str(p, "(");
    bool first = true;
    switch (n->kind) {
        case MO_N_CONSTANT:
            dump_constant(p, n);
            mo_print_str(p, ")");
            return;
        case MO_N_NAME: case MO_N_ATTRIBUTE: case MO_N_FUNCTION_DEF: case MO_N_CLASS_DEF:
        case MO_N_ARG: case MO_N_KEYWORD: case MO_N_ALIAS: case MO_N_IMPORT_FROM:
        case MO_N_EXCEPT_HANDLER:
            if (n->v.name != MO_QSTR_NULL) {
                mo_printf(p, "'%s'", mo_qstr_str(n->v.name));
                first = false;
            }
            if (n->kind == MO_N_ALIAS && n->v2 != MO_QSTR_NULL) {
                mo_printf(p, " as '%s'", mo_qstr_str(n->v2));
            }
            break;
        case MO_N_COMPARE:
            mo_print_str(p, "ops=[");
            for (uint32_t i = 0; i < n->l1.len; i++) {
                mo_printf(p, "%s%s", i ? ", " : "", cmp_name(n->v.ops[i]));
            }
            mo_print_str(p, "]");
            first = false;
            break;
        default:
            break;
    }
    const char *opn = op_name(n->kind, n->op);
    if (opn != NULL) {
        mo_printf(p, "%s%s", first ? "" : ", ", opn);
        first = false;
    } else if (n->op != 0 && n->kind != MO_N_COMPARE) {
        if (n->kind == MO_N_FORMATTED_VALUE) {
            mo_printf(p, "%sconv=%c", first ? "" : ", ", n->op);
        } else {
            mo_printf(p, "%sop=%u", first ? "" : ", ", (unsigned)n->op);
        }
        first = false;
    }
    // CPython keeps no positions for global/nonlocal names; match its dumps.
    bool saved = show_positions;
    if (n->kind == MO_N_GLOBAL || n->kind == MO_N_NONLOCAL) {
        show_positions = false;
    }
    dump_child(p, "a", n->a, &first);
    dump_child(p, "b", n->b, &first);
    dump_child(p, "c", n->c, &first);
    if (n->kind == MO_N_DICT) {
        // Keys may be NULL (**mapping): print them explicitly.
        mo_printf(p, "%skeys=[", first ? "" : ", ");
        for (uint32_t i = 0; i < n->l1.len; i++) {
            if (i) {
                mo_print_str(p, ", ");
            }
            mo_ast_dump(p, n->l1.items[i]);
        }
        mo_print_str(p, "]");
        first = false;
    } else {
        dump_list(p, "l1", &n->l1, &first);
    }
    dump_list(p, "l2", &n->l2, &first);
    dump_list(p, "l3", &n->l3, &first);
    show_positions = saved;
    mo_print_str(p, ")");
}
