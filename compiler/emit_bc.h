// The bytecode emitter: walks the tree of each analysed scope and produces
// MicroPython v6 bytecode (runtime/bc.h): one raw code per scope, plus the
// module's qstr table and constant table.
#ifndef MOTE_EMIT_BC_H
#define MOTE_EMIT_BC_H

#include "compiler/arena.h"
#include "compiler/compile.h"
#include "compiler/scope.h"

// Emits every scope of the module (scope list from mo_scope_analyse). kind says
// how the module's top level ends (eval input returns its expression's value;
// single input prints expression statements through __repl_print__).
mo_compiled_module_t mo_emit_bc_module(mo_arena_t *arena, const mo_comp_src_t *cs,
                                       mo_scope_t *module, mo_parse_input_kind_t kind,
                                       const mo_compile_options_t *options);

#endif
