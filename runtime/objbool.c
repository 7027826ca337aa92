// The bool type: a subclass of int with two instances, True and False. Arithmetic
// treats them as 1 and 0; only &, | and ^ between two bools give a bool.
#include "runtime/objfloat.h"
#include "runtime/objint.h"
#include "runtime/runtime.h"

const mo_bool_t mo_const_false_obj = {{&mo_type_bool}, false};
const mo_bool_t mo_const_true_obj = {{&mo_type_bool}, true};

static bool bool_value(mo_obj_t o) {
    return ((const mo_bool_t *)MO_PTR(o))->value;
}

static void bool_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_str(print, bool_value(self) ? "True" : "False");
}

static mo_obj_t bool_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                              const mo_obj_t *args) {
    mo_arg_check_at_most_one(&mo_type_bool, n_args, n_kw);
    return mo_bool(n_args == 1 && mo_obj_is_true(args[0]));
}

static mo_obj_t bool_unary_op(int op, mo_obj_t self) {
    if (op == MO_UNARY_OP_BOOL) {
        return self;
    }
    // Everything else is int's behaviour on 0 or 1.
    return mo_type_int.unary_op(op, mo_small_int(bool_value(self)));
}

static mo_obj_t bool_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (mo_obj_is_type(lhs, &mo_type_bool) && mo_obj_is_type(rhs, &mo_type_bool)) {
        bool a = bool_value(lhs), b = bool_value(rhs);
        switch (op) {
            case MO_BINARY_OP_AND:
            case MO_BINARY_OP_INPLACE_AND:
            case MO_BINARY_OP_REVERSE_AND:
                return mo_bool(a && b);
            case MO_BINARY_OP_OR:
            case MO_BINARY_OP_INPLACE_OR:
            case MO_BINARY_OP_REVERSE_OR:
                return mo_bool(a || b);
            case MO_BINARY_OP_XOR:
            case MO_BINARY_OP_INPLACE_XOR:
            case MO_BINARY_OP_REVERSE_XOR:
                return mo_bool(a != b);
            default:
                break;
        }
    }
    return mo_number_binary_op(op, lhs, rhs);
}

const mo_type_t mo_type_bool = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_bool,
    .print = bool_print,
    .make_new = bool_make_new,
    .unary_op = bool_unary_op,
    .binary_op = bool_binary_op,
    .attr = mo_int_attr,
    .parent = &mo_type_int,
};
