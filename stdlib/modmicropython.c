// The micropython module, so programs written for MicroPython run unchanged:
// const(), the code-emitter decorators, heap and stack introspection, the heap lock,
// kbd_intr() and schedule(). CPython has no such module.
#include <limits.h>

#include "runtime/runtime.h"
#include "runtime/sched.h"
#include "stdlib/modmicropython.h"

// ---- const and the decorators ------------------------------------------------------------

// The compiler folds `X = const(v)` at module level; elsewhere const is a plain call.
static mo_obj_t mp_const(mo_obj_t x) { return x; }
static MO_DEFINE_FUN_1(mp_const_obj, mp_const);

// @native, @viper and @bytecode choose the code emitter. Until the native emitters are
// wired to the decorators, the function stays bytecode: same results, bytecode speed.
static mo_obj_t mp_native(mo_obj_t fun) { return fun; }
static MO_DEFINE_FUN_1(mp_native_obj, mp_native);
static mo_obj_t mp_viper(mo_obj_t fun) { return fun; }
static MO_DEFINE_FUN_1(mp_viper_obj, mp_viper);
static mo_obj_t mp_bytecode(mo_obj_t fun) { return fun; }
static MO_DEFINE_FUN_1(mp_bytecode_obj, mp_bytecode);

// ---- settings ----------------------------------------------------------------------------

// The -O level used when compiling source from now on (exec, import of .py).
static mo_obj_t mp_opt_level(size_t n_args, const mo_obj_t *args) {
    if (n_args == 0) {
        return mo_small_int(mo_state.optimize);
    }
    mo_int_t level = mo_obj_get_int(args[0]);
    // Stored in an int: saturate rather than wrap (only the order of values matters).
    mo_state.optimize = level > INT_MAX ? INT_MAX : level < INT_MIN ? INT_MIN : (int)level;
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(mp_opt_level_obj, 0, 1, mp_opt_level);

// Kept for the console driver (mo_micropython_kbd_intr_char); 3 is Ctrl-C.
static int kbd_intr_char = 3;

int mo_micropython_kbd_intr_char(void) { return kbd_intr_char; }

static mo_obj_t mp_kbd_intr(mo_obj_t chr) {
    mo_int_t c = mo_obj_get_int(chr);
    kbd_intr_char = c < 0 || c > 255 ? -1 : (int)c;
    return mo_const_none;
}
static MO_DEFINE_FUN_1(mp_kbd_intr_obj, mp_kbd_intr);

// MicroPython's emergency buffer lets ISRs build an exception; Mote preallocates the
// exceptions an ISR may raise, so the call only has to be accepted.
static mo_obj_t mp_alloc_emergency_exception_buf(mo_obj_t size) {
    (void)mo_obj_get_int(size);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(mp_alloc_emergency_exception_buf_obj, mp_alloc_emergency_exception_buf);

// ---- memory introspection ----------------------------------------------------------------

// Bytes of C stack in use below the stack top the runtime was started with. Addresses
// are compared as integers: the two pointers belong to different objects.
static size_t stack_in_use(void) {
    char here;
    uintptr_t top = (uintptr_t)mo_state.stack_top;
    uintptr_t sp = (uintptr_t)&here;
    return top > sp ? (size_t)(top - sp) : 0;
}

static mo_obj_t mp_stack_use(void) { return mo_obj_new_int((mo_int_t)stack_in_use()); }
static MO_DEFINE_FUN_0(mp_stack_use_obj, mp_stack_use);

static mo_obj_t mp_mem_info(size_t n_args, const mo_obj_t *args) {
    mo_gc_info_t info;
    mo_gc_info(&info);
    size_t limit = (uintptr_t)mo_state.stack_top - (uintptr_t)mo_state.stack_limit;
    mo_printf(&mo_plat_print, "stack: %zu out of %zu\n", stack_in_use(), limit);
    mo_printf(&mo_plat_print, "GC: total: %zu, used: %zu, free: %zu\n", info.total, info.used,
              info.free);
    mo_printf(&mo_plat_print, " No. of collections: %zu, max free sz: %zu\n", info.n_collections,
              info.max_free_run);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(mp_mem_info_obj, 0, 1, mp_mem_info);

static mo_obj_t mp_qstr_info(size_t n_args, const mo_obj_t *args) {
    mo_printf(&mo_plat_print, "qstr pool: n_qstr=%zu, n_static=%zu\n", mo_qstr_count(),
              (size_t)MO_QSTR_number_of_static);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(mp_qstr_info_obj, 0, 1, mp_qstr_info);

// ---- the heap lock -----------------------------------------------------------------------

// The depth of the locks taken from Python. The collector keeps its own count; this one
// lets heap_unlock() report the depth as MicroPython does and refuse to go below zero
// (an unbalanced unlock would otherwise lock the heap for good).
static int heap_lock_depth;

static mo_obj_t mp_heap_lock(void) {
    mo_gc_lock();
    heap_lock_depth++;
    return mo_const_none;
}
static MO_DEFINE_FUN_0(mp_heap_lock_obj, mp_heap_lock);

static mo_obj_t mp_heap_unlock(void) {
    if (heap_lock_depth > 0) {
        mo_gc_unlock();
        heap_lock_depth--;
    }
    return mo_small_int(heap_lock_depth);
}
static MO_DEFINE_FUN_0(mp_heap_unlock_obj, mp_heap_unlock);

static mo_obj_t mp_heap_locked(void) { return mo_small_int(heap_lock_depth); }
static MO_DEFINE_FUN_0(mp_heap_locked_obj, mp_heap_locked);

// ---- schedule ----------------------------------------------------------------------------

static mo_obj_t mp_schedule(mo_obj_t fun, mo_obj_t arg) {
    if (!mo_sched_schedule(fun, arg)) {
        mo_raise_msg(&mo_type_RuntimeError, "schedule queue full");
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(mp_schedule_obj, mp_schedule);

// ---- the module --------------------------------------------------------------------------

static const mo_map_elem_t micropython_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_micropython)},
    {MO_ROM_QSTR(MO_QSTR_const), MO_ROM_PTR(&mp_const_obj)},
    {MO_ROM_QSTR(MO_QSTR_native), MO_ROM_PTR(&mp_native_obj)},
    {MO_ROM_QSTR(MO_QSTR_viper), MO_ROM_PTR(&mp_viper_obj)},
    {MO_ROM_QSTR(MO_QSTR_bytecode), MO_ROM_PTR(&mp_bytecode_obj)},
    {MO_ROM_QSTR(MO_QSTR_opt_level), MO_ROM_PTR(&mp_opt_level_obj)},
    {MO_ROM_QSTR(MO_QSTR_mem_info), MO_ROM_PTR(&mp_mem_info_obj)},
    {MO_ROM_QSTR(MO_QSTR_qstr_info), MO_ROM_PTR(&mp_qstr_info_obj)},
    {MO_ROM_QSTR(MO_QSTR_stack_use), MO_ROM_PTR(&mp_stack_use_obj)},
    {MO_ROM_QSTR(MO_QSTR_heap_lock), MO_ROM_PTR(&mp_heap_lock_obj)},
    {MO_ROM_QSTR(MO_QSTR_heap_unlock), MO_ROM_PTR(&mp_heap_unlock_obj)},
    {MO_ROM_QSTR(MO_QSTR_heap_locked), MO_ROM_PTR(&mp_heap_locked_obj)},
    {MO_ROM_QSTR(MO_QSTR_kbd_intr), MO_ROM_PTR(&mp_kbd_intr_obj)},
    {MO_ROM_QSTR(MO_QSTR_schedule), MO_ROM_PTR(&mp_schedule_obj)},
    {MO_ROM_QSTR(MO_QSTR_alloc_emergency_exception_buf),
     MO_ROM_PTR(&mp_alloc_emergency_exception_buf_obj)},
};
static MO_DEFINE_CONST_DICT(micropython_globals, micropython_globals_table);

const mo_module_t mo_module_micropython = {{&mo_type_module}, &micropython_globals};

MO_REGISTER_MODULE(MO_QSTR_micropython, mo_module_micropython);
