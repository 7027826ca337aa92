// mo_compile: source text to a compiled module. Parse, analyse scopes, emit
// bytecode; the temporary tree and scope data live in an arena that is freed
// at the end (or left to the GC when an error is raised).
#include "compiler/compile.h"

#include "compiler/arena.h"
#include "compiler/ast.h"
#include "compiler/emit_bc.h"
#include "compiler/scope.h"
#include "runtime/runtime.h"

#if defined(__clang__) || defined(__GNUC__)
__attribute__((noinline))  // its frame (the arena, the tree) must be below mo_compile's
#endif
static mo_compiled_module_t compile_in_arena(const char *src, size_t len, qstr source_name,
                                             mo_parse_input_kind_t kind,
                                             const mo_compile_options_t *options) {
    mo_arena_t arena;
    mo_arena_init(&arena);
    mo_comp_src_t cs = {src, len, source_name};
    mo_node_t *root = mo_parse(&arena, src, len, source_name, kind);
    mo_scope_t *module = mo_scope_analyse(&arena, &cs, root);
    mo_compiled_module_t cm = mo_emit_bc_module(&arena, &cs, module, kind, options);
    mo_arena_free_all(&arena);
    return cm;
}

mo_compiled_module_t mo_compile(const char *src, size_t len, qstr source_name,
                                mo_parse_input_kind_t kind,
                                const mo_compile_options_t *options) {
    static const mo_compile_options_t defaults = {0, MO_CODE_BYTECODE, 0};
    if (options == NULL) {
        options = &defaults;
    }
    char here;
    if (mo_state.stack_low == NULL || (uintptr_t)&here < (uintptr_t)mo_state.stack_low) {
        mo_state.stack_low = &here;
    }
    mo_compiled_module_t cm = compile_in_arena(src, len, source_name, kind, options);
    // The parser's recursion leaves pointers to tree nodes all over the stack below
    // us, and the arena's memory goes back to the heap. The code run next (a module's
    // top level, which lives as long as the program) makes its frames over that
    // stack, and slots they never write would pin whatever the heap reuses those
    // addresses for: a list allocated there later could then never be freed.
    mo_gc_clear_stack(mo_state.stack_low);
    mo_state.stack_low = NULL;
    return cm;
}
