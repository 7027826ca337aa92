// The compiler's entry points: source text in, a compiled module out.
//
// Pipeline: lexer.c (tokens) -> parse.c (mo_node_t tree, ast.h) -> scope.c (which
// names are local, global, cell or free) -> emit_bc.c (MicroPython v6 bytecode,
// bc.h) -> a mo_compiled_module_t that the runtime runs and mpy_write.c saves.
//
// Errors are raised as Python exceptions through the runtime (SyntaxError or
// IndentationError with filename, lineno, offset and text set; MemoryError).
#ifndef MOTE_COMPILE_H
#define MOTE_COMPILE_H

#include "runtime/bc.h"

typedef enum {
    MO_PARSE_FILE_INPUT,    // a module
    MO_PARSE_SINGLE_INPUT,  // one REPL entry: expression values are printed
    MO_PARSE_EVAL_INPUT,    // one expression (eval)
} mo_parse_input_kind_t;

typedef struct mo_compile_options {
    int optimize;           // -O level: 1+ drops asserts and __debug__ code, 3 line info
    int emit;               // MO_CODE_BYTECODE (native emitters come later)
    uint8_t small_int_bits; // small-int width of the target (for motec); 0 = this host
} mo_compile_options_t;

// Compiles src[0..len). source_name becomes qstr_table[0] and the traceback file.
mo_compiled_module_t mo_compile(const char *src, size_t len, qstr source_name,
                                mo_parse_input_kind_t kind,
                                const mo_compile_options_t *options);

// Parse only (tests and tools): returns the tree root.
struct mo_node;
struct mo_arena;
struct mo_node *mo_parse(struct mo_arena *arena, const char *src, size_t len,
                         qstr source_name, mo_parse_input_kind_t kind);

#endif
