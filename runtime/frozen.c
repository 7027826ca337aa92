// The lookup of frozen modules by name (runtime/frozen.h) over the tables the
// build generates: the source table of tools/gen_frozen_src.py now, the freezer's
// compiled table later (searched first once it exists).
#include <string.h>

#include "runtime/frozen.h"

// Generated into $(BUILD)/genhdr/frozen_src.c.
extern const mo_frozen_module_t mo_frozen_src_modules[];
extern const size_t mo_frozen_src_count;

static const mo_frozen_module_t *find_in(const mo_frozen_module_t *table, size_t n,
                                         const char *name, size_t len) {
    for (size_t i = 0; i < n; i++) {
        const char *m = table[i].name;
        if (table[i].kind != MO_FROZEN_NONE && strlen(m) == len && memcmp(m, name, len) == 0) {
            return &table[i];
        }
    }
    return NULL;
}

const mo_frozen_module_t *mo_frozen_find(const char *name, size_t len) {
    return find_in(mo_frozen_src_modules, mo_frozen_src_count, name, len);
}
