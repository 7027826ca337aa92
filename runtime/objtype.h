// Classes and their instances: the layouts and helpers that builtins, exceptions,
// import and the runtime share with objtype.c.
#ifndef MOTE_OBJTYPE_H
#define MOTE_OBJTYPE_H

#include "runtime/obj.h"

// An instance of a user class. The attribute dict is embedded, so `obj.__dict__`
// is a real dict without an extra allocation. A class deriving from a built-in type
// (list, int, ...) keeps the native object in subobj[0]; exception classes are the
// exception: their instances are mo_exception_t, whose dict sits at the same offset.
typedef struct mo_instance {
    mo_base_t base;
    mo_dict_t dict;
    mo_obj_t subobj[];
} mo_instance_t;

typedef struct mo_property {
    mo_base_t base;
    mo_obj_t fget, fset, fdel, doc;  // each may be None
} mo_property_t;

typedef struct mo_super {
    mo_base_t base;
    mo_obj_t type;  // the class whose successors in obj's MRO are searched
    mo_obj_t obj;
} mo_super_t;

// A user class (or one of its bases) has a property or other data descriptor in
// its dict, so instance attribute loads must look at the class before the
// instance dict. A private flag bit of user classes.
#define MO_TYPE_FLAG_HAS_DATA_DESCRIPTOR 0x4000

// True if t is a class made by a class statement or type(name, bases, dict).
static inline bool mo_type_is_user(const mo_type_t *t) {
    return (t->flags & MO_TYPE_FLAG_USER) != 0;
}

// The built-in type a user class's instances are laid out as: object, an
// exception type or a native type such as list. For a built-in type, the type.
const mo_type_t *mo_type_native_base(const mo_type_t *t);

// The native object behind an instance (subobj[0], or the instance itself when
// its native base is an exception or object).
mo_obj_t mo_instance_native(mo_obj_t self);

// The attribute dict of an instance of a user class or of an exception; NULL for
// objects that have none.
mo_dict_t *mo_obj_instance_dict(mo_obj_t o);

// mo_type_lookup that also says in which class the entry was found.
mo_obj_t mo_type_lookup_owner(const mo_type_t *type, qstr attr, const mo_type_t **owner);

// Turns a raw class entry found by lookup into what attribute access returns,
// written to dest as in the attr protocol (dest[0] = value, or function + self).
// `self` is the instance (NULL for access on the class itself, `cls`).
void mo_type_bind(mo_obj_t raw, const mo_type_t *owner, mo_obj_t self, const mo_type_t *cls,
                  mo_obj_t *dest);

// The attribute hook of ordinary objects with a locals_dict: finds methods and class
// attributes along the type's bases and binds them. Other types' attr hooks call it
// for names they do not handle themselves.
void mo_generic_attr_load(mo_obj_t self, qstr attr, mo_obj_t *dest);

// The default identity hash (object.__hash__).
mo_int_t mo_obj_identity_hash(mo_obj_t o);

// A type's __name__: its name after the last dot (built-in types of modules are
// named "module.name", as CPython's tp_name).
qstr mo_type_short_name(const mo_type_t *t);

// The class's printable module and name: "__main__.Foo" for user classes,
// "int" for built-ins (no module prefix for the builtins module).
void mo_type_print_qualified(const mo_print_t *print, const mo_type_t *t);

// The MRO of any type as a tuple (built-in types: their parent chain then object).
mo_obj_t mo_type_get_mro(const mo_type_t *t);

// isinstance's and issubclass's second argument check.
bool mo_obj_is_type_obj(mo_obj_t o);

// object.__format__ and the dispatch of format(value, spec) to __format__ for
// user classes; returns NULL when value's class has no __format__ of its own.
mo_obj_t mo_instance_format(mo_obj_t value, mo_obj_t spec);

// Runs the nearest base's __init_subclass__ on a new class with the class
// statement's keywords (n_kw (name, value) pairs).
void mo_type_init_subclass(mo_obj_t cls, size_t n_kw, const mo_obj_t *kw);

#endif
