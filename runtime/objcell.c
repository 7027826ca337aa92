// Cells (mo_type_cell): the box a local variable lives in when an inner function
// captures it, so both scopes see one value. Also holds a class body's __class__.
#include "runtime/objfun.h"
#include "runtime/runtime.h"

mo_obj_t mo_obj_new_cell(mo_obj_t value) {
    mo_obj_cell_t *c = mo_new_obj(mo_obj_cell_t);
    c->base.type = &mo_type_cell;
    c->value = value;
    return MO_OBJ(c);
}

mo_obj_t mo_obj_cell_get(mo_obj_t cell) { return ((const mo_obj_cell_t *)MO_PTR(cell))->value; }

void mo_obj_cell_set(mo_obj_t cell, mo_obj_t value) {
    ((mo_obj_cell_t *)MO_PTR(cell))->value = value;
}

static void cell_print(const mo_print_t *print, mo_obj_t self, int kind) {
    mo_obj_t v = mo_obj_cell_get(self);
    if (v == MO_OBJ_NULL) {
        mo_printf(print, "<cell at %p: empty>", MO_PTR(self));
    } else {
        mo_printf(print, "<cell at %p: %s object at %p>", MO_PTR(self), mo_obj_type_name(v),
                  MO_PTR(v));
    }
}

static void cell_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (attr != MO_QSTR_cell_contents) {
        return;
    }
    if (dest[0] == MO_OBJ_NULL) {
        mo_obj_t v = mo_obj_cell_get(self);
        if (v == MO_OBJ_NULL) {
            mo_raise_msg(&mo_type_ValueError, "Cell is empty");
        }
        dest[0] = v;
    } else {
        mo_obj_cell_set(self, dest[1]);
        dest[0] = MO_OBJ_NULL;
    }
}

const mo_type_t mo_type_cell = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_cell,
    .print = cell_print,
    .attr = cell_attr,
};
