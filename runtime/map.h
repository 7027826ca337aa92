// Helpers around mo_map_t (runtime/map.c) beyond the two in runtime.h.
#ifndef MOTE_MAP_H
#define MOTE_MAP_H

#include "runtime/obj.h"

// Initialises a map that reads a const table in place (read-only, no index).
void mo_map_init_fixed(mo_map_t *map, const mo_map_elem_t *table, size_t n);
// Removes every entry; keeps nothing allocated.
void mo_map_clear(mo_map_t *map);
// Makes dest an independent copy of src (same order, compacted).
void mo_map_copy(mo_map_t *dest, const mo_map_t *src);
// The next live entry at or after *pos, advancing *pos past it; NULL at the end.
// Start with *pos = 0. Tolerates the map growing or shrinking meanwhile.
mo_map_elem_t *mo_map_next(const mo_map_t *map, size_t *pos);
// Removes and returns (in *key, *value) the most recently inserted live entry.
// Returns false if the map is empty.
bool mo_map_pop_last(mo_map_t *map, mo_obj_t *key, mo_obj_t *value);
// Makes room for at least n live entries without further growth.
void mo_map_reserve(mo_map_t *map, size_t n);

#endif
