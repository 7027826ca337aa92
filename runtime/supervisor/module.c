// The `supervisor` module of a board: reset (into safe mode if asked), why the board
// is in safe mode, the exit status of the last REPL run (what tools/mote-run reports),
// and, for tests, ending the emulator and provoking a CPU fault.
//
// It is put into sys.modules at each boot rather than registered with
// MO_REGISTER_MODULE, because only firmware builds have a supervisor.
#include "hal/reset.h"
#include "runtime/runtime.h"
#include "runtime/supervisor/supervisor.h"

// reset(safe_mode=False): resets the board; with safe_mode it comes back in safe mode.
static mo_obj_t sv_reset(size_t n_args, const mo_obj_t *args, mo_map_t *kw) {
    mo_obj_t safe = n_args > 0 ? args[0] : mo_const_false;
    if (kw != NULL) {
        mo_map_elem_t *e = mo_map_lookup(kw, mo_qstr_obj(MO_QSTR_safe_mode), MO_MAP_LOOKUP);
        if (e == NULL || kw->count != 1 || n_args > 0) {
            mo_raise_msg(&mo_type_TypeError, "reset() takes only safe_mode");
        }
        safe = e->value;
    }
    if (n_args > 1) {
        mo_raise_msg(&mo_type_TypeError, "reset() takes at most 1 argument");
    }
    mo_hal_boot_note_write(MO_HAL_RESET_SOFT, mo_obj_is_true(safe) ? MO_SAFE_USER : MO_SAFE_NONE,
                           0, 0);
    mo_hal_reset();
}
static MO_DEFINE_FUN_KW(sv_reset_obj, 0, sv_reset);

static mo_obj_t sv_safe_mode(void) {
    return mo_bool(mo_sv_safe_mode);
}
static MO_DEFINE_FUN_0(sv_safe_mode_obj, sv_safe_mode);

// The last run's exit status as a process would report it: 0, 1 after an uncaught
// exception, SystemExit's code, 130 after KeyboardInterrupt.
static mo_obj_t sv_last_status(void) {
    int s = mo_sv_last_status;
    int status = (s & 0x100) ? (s & 0xff) : (s & 0x200) ? 130 : (s & 0xff);
    return mo_small_int(status);
}
static MO_DEFINE_FUN_0(sv_last_status_obj, sv_last_status);

// exit(status=0): ends the program; under QEMU the emulator exits with status.
static mo_obj_t sv_exit(size_t n_args, const mo_obj_t *args) {
    mo_hal_exit(n_args > 0 ? (int)mo_obj_get_int(args[0]) : 0);
}
static MO_DEFINE_FUN_VAR(sv_exit_obj, 0, 1, sv_exit);

// set_stdin(data): sys.stdin reads data (bytes or str), then sees the end of input,
// instead of reading the console (how tools/mote-run passes its standard input).
static mo_obj_t sv_set_stdin(mo_obj_t data) {
    if (!mo_obj_is_str(data) && !mo_obj_is_type(data, &mo_type_bytes)) {
        mo_raise_fmt(&mo_type_TypeError, "set_stdin() needs str or bytes, not %s",
                     mo_obj_type_name(data));
    }
    mo_sv_set_stdin(data);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(sv_set_stdin_obj, sv_set_stdin);

static mo_obj_t sv_stack_high_water(void) {
    return mo_obj_new_int((mo_int_t)mo_sv_stack_high_water());
}
static MO_DEFINE_FUN_0(sv_stack_high_water_obj, sv_stack_high_water);

static mo_obj_t sv_fault(void) {
    mo_hal_force_fault();
}
static MO_DEFINE_FUN_0(sv_fault_obj, sv_fault);

static const mo_map_elem_t sv_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_supervisor)},
    {MO_ROM_QSTR(MO_QSTR_reset), MO_ROM_PTR(&sv_reset_obj)},
    {MO_ROM_QSTR(MO_QSTR_safe_mode), MO_ROM_PTR(&sv_safe_mode_obj)},
    {MO_ROM_QSTR(MO_QSTR_last_status), MO_ROM_PTR(&sv_last_status_obj)},
    {MO_ROM_QSTR(MO_QSTR_exit), MO_ROM_PTR(&sv_exit_obj)},
    {MO_ROM_QSTR(MO_QSTR_set_stdin), MO_ROM_PTR(&sv_set_stdin_obj)},
    {MO_ROM_QSTR(MO_QSTR_stack_high_water), MO_ROM_PTR(&sv_stack_high_water_obj)},
    {MO_ROM_QSTR(MO_QSTR_force_fault), MO_ROM_PTR(&sv_fault_obj)},
};
static MO_DEFINE_CONST_DICT(sv_globals, sv_globals_table);

static const mo_module_t sv_module = {{&mo_type_module}, &sv_globals};

void mo_sv_register_module(void) {
    mo_module_register(MO_QSTR_supervisor, MO_ROM_PTR(&sv_module));
}
