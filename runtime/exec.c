// Running compiled code: making function objects from raw code, running a module's
// top level with given globals and locals, and compiling-then-running source
// (exec, eval, the REPL, importing a .py file).
#include <string.h>

#include "compiler/compile.h"
#include "runtime/objfun.h"
#include "runtime/runtime.h"

mo_obj_t mo_make_function(const mo_raw_code_t *rc, const mo_code_ctx_t *ctx, mo_obj_t def_args,
                          mo_obj_t def_kw_args) {
    if (rc->kind != MO_CODE_BYTECODE) {
        mo_raise_msg(&mo_type_NotImplementedError, "native code is not supported");
    }
    return mo_obj_new_fun_bc(rc, ctx, def_args, def_kw_args);
}

mo_obj_t mo_exec_compiled(const mo_compiled_module_t *cm, mo_dict_t *globals, mo_dict_t *locals) {
    // The functions the module defines keep pointing at its context, so it must
    // outlive this call: copy it to the heap with the globals filled in.
    mo_code_ctx_t *ctx = mo_new_obj(mo_code_ctx_t);
    *ctx = cm->ctx;
    ctx->globals = globals;
    mo_obj_t fun = mo_make_function(cm->rc, ctx, MO_OBJ_NULL, MO_OBJ_NULL);

    mo_dict_t *volatile saved_globals = mo_state.globals;
    mo_dict_t *volatile saved_locals = mo_state.locals;
    mo_state.globals = globals;
    mo_state.locals = locals;
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t ret = mo_call(fun, 0, 0, NULL);
        mo_nlr_pop();
        mo_state.globals = saved_globals;
        mo_state.locals = saved_locals;
        return ret;
    }
    mo_state.globals = saved_globals;
    mo_state.locals = saved_locals;
    mo_nlr_jump(nlr.ret_val);
}

mo_obj_t mo_exec_source(const char *src, size_t len, qstr source_name, int parse_kind,
                        mo_dict_t *globals, mo_dict_t *locals) {
    mo_compile_options_t options;
    memset(&options, 0, sizeof(options));
    options.optimize = mo_state.optimize;
    options.emit = MO_CODE_BYTECODE;
    mo_compiled_module_t cm =
        mo_compile(src, len, source_name, (mo_parse_input_kind_t)parse_kind, &options);
    // For eval input the compiled code returns the expression's value.
    return mo_exec_compiled(&cm, globals, locals);
}
