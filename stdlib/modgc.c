// The gc module as MicroPython has it: collect(), mem_free(), mem_alloc(),
// enable()/disable()/isenabled() and threshold(); CPython's gc.collect() works too.
#include "runtime/gc.h"
#include "runtime/runtime.h"

static bool gc_auto_enabled = true;

static mo_obj_t gc_collect(void) {
    mo_gc_collect();
    return mo_small_int(0);
}
static MO_DEFINE_FUN_0(gc_collect_obj, gc_collect);

static mo_obj_t gc_mem_free(void) {
    mo_gc_info_t info;
    mo_gc_info(&info);
    return mo_obj_new_int((mo_int_t)info.free);
}
static MO_DEFINE_FUN_0(gc_mem_free_obj, gc_mem_free);

static mo_obj_t gc_mem_alloc(void) {
    mo_gc_info_t info;
    mo_gc_info(&info);
    return mo_obj_new_int((mo_int_t)info.used);
}
static MO_DEFINE_FUN_0(gc_mem_alloc_obj, gc_mem_alloc);

// Collection on demand can't be switched off (allocation collects when the heap is
// full, which is always safe); the flag is kept so programs that toggle it run.
static mo_obj_t gc_enable(void) {
    gc_auto_enabled = true;
    return mo_const_none;
}
static MO_DEFINE_FUN_0(gc_enable_obj, gc_enable);

static mo_obj_t gc_disable(void) {
    gc_auto_enabled = false;
    return mo_const_none;
}
static MO_DEFINE_FUN_0(gc_disable_obj, gc_disable);

static mo_obj_t gc_isenabled(void) { return mo_bool(gc_auto_enabled); }
static MO_DEFINE_FUN_0(gc_isenabled_obj, gc_isenabled);

// MicroPython's gc.threshold(): collect after that many bytes have been allocated;
// 0 collects before every allocation; -1 (also what a query answers when unset) leaves
// it to the collector's own policy.
static mo_obj_t gc_threshold(size_t n_args, const mo_obj_t *args) {
    if (n_args == 0) {
        size_t t = mo_gc_threshold();
        return t == SIZE_MAX ? mo_small_int(-1) : mo_obj_new_int_from_ull(t);
    }
    mo_int_t n = mo_obj_get_int(args[0]);
    if (n < -1) {
        mo_raise_msg(&mo_type_ValueError, "threshold must be -1 or non-negative");
    }
    mo_gc_set_threshold(n == -1 ? SIZE_MAX : (size_t)n);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(gc_threshold_obj, 0, 1, gc_threshold);

static const mo_map_elem_t gc_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_gc)},
    {MO_ROM_QSTR(MO_QSTR_collect), MO_ROM_PTR(&gc_collect_obj)},
    {MO_ROM_QSTR(MO_QSTR_mem_free), MO_ROM_PTR(&gc_mem_free_obj)},
    {MO_ROM_QSTR(MO_QSTR_mem_alloc), MO_ROM_PTR(&gc_mem_alloc_obj)},
    {MO_ROM_QSTR(MO_QSTR_enable), MO_ROM_PTR(&gc_enable_obj)},
    {MO_ROM_QSTR(MO_QSTR_disable), MO_ROM_PTR(&gc_disable_obj)},
    {MO_ROM_QSTR(MO_QSTR_isenabled), MO_ROM_PTR(&gc_isenabled_obj)},
    {MO_ROM_QSTR(MO_QSTR_threshold), MO_ROM_PTR(&gc_threshold_obj)},
};
static MO_DEFINE_CONST_DICT(gc_globals, gc_globals_table);

const mo_module_t mo_module_gc = {{&mo_type_module}, &gc_globals};

MO_REGISTER_MODULE(MO_QSTR_gc, mo_module_gc);
