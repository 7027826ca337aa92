// Frozen modules: Python modules built into the runtime image, found by import at
// sys.path's ".frozen" entry (MicroPython's name for it: sys.path = ['', '.frozen',
// ...], so the script's directory still comes first).
//
// A frozen module is found by its dotted name and comes as one of two kinds: source
// text, compiled on import (tools/gen_frozen_src.py embeds stdlib/**/*.py this way
// for now), or a compiled module in ROM (the freezer's output, compiler/freeze),
// which import will run in place. Import asks only through this interface, so the
// freezer can replace the source tables without touching import.c.
#ifndef MOTE_FROZEN_H
#define MOTE_FROZEN_H

#include <stddef.h>
#include <stdint.h>

// The sys.path entry that stands for the frozen modules; a package's __path__ is
// this plus the package's name with dots as slashes (".frozen/asyncio").
#define MO_FROZEN_PATH ".frozen"

typedef enum {
    MO_FROZEN_NONE,      // not a module (the filler of an empty table)
    MO_FROZEN_SOURCE,    // data: UTF-8 source text of len bytes
    MO_FROZEN_COMPILED,  // data: the freezer's compiled module (not produced yet)
} mo_frozen_kind_t;

typedef struct mo_frozen_module {
    const char *name;    // dotted: "asyncio" (a package), "asyncio.core"
    uint8_t kind;        // mo_frozen_kind_t
    uint8_t is_package;  // the module is a package's __init__
    const void *data;
    size_t len;
} mo_frozen_module_t;

// The module called name[0..len), or NULL if none is frozen under that name.
const mo_frozen_module_t *mo_frozen_find(const char *name, size_t len);

#endif
