// The constant singletons that are not numbers: None, Ellipsis and NotImplemented,
// and their types. All live in ROM; they hash by identity.
#include "runtime/runtime.h"

const mo_base_t mo_const_none_obj = {&mo_type_NoneType};
const mo_base_t mo_const_ellipsis_obj = {&mo_type_ellipsis};
const mo_base_t mo_const_notimplemented_obj = {&mo_type_NotImplementedType};

static void none_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_str(print, "None");
}

static void ellipsis_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_str(print, "Ellipsis");
}

static void notimplemented_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_print_str(print, "NotImplemented");
}

// Calling the type returns the singleton, as CPython: type(None)() is None.
static mo_obj_t singleton_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                   const mo_obj_t *args) {
    if (n_args != 0 || n_kw != 0) {
        mo_raise_fmt(&mo_type_TypeError, "%q takes no arguments", (qstr)type->name);
    }
    if (type == &mo_type_NoneType) {
        return mo_const_none;
    }
    return type == &mo_type_ellipsis ? mo_const_ellipsis : mo_const_notimplemented;
}

static mo_obj_t none_unary_op(int op, mo_obj_t self) {
    return op == MO_UNARY_OP_BOOL ? mo_const_false : MO_OBJ_NULL;
}

const mo_type_t mo_type_NoneType = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_NoneType,
    .print = none_print,
    .make_new = singleton_make_new,
    .unary_op = none_unary_op,
};

const mo_type_t mo_type_ellipsis = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_ellipsis,
    .print = ellipsis_print,
    .make_new = singleton_make_new,
};

const mo_type_t mo_type_NotImplementedType = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_NotImplementedType,
    .print = notimplemented_print,
    .make_new = singleton_make_new,
};
