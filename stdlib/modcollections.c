// The collections module: deque, OrderedDict, defaultdict, Counter and namedtuple, each
// implemented in its own collections_*.c file.
#include "runtime/runtime.h"
#include "stdlib/collections.h"

static const mo_map_elem_t collections_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_collections)},
    {MO_ROM_QSTR(MO_QSTR_deque), MO_ROM_PTR(&mo_type_deque)},
    {MO_ROM_QSTR(MO_QSTR_OrderedDict), MO_ROM_PTR(&mo_type_OrderedDict)},
    {MO_ROM_QSTR(MO_QSTR_defaultdict), MO_ROM_PTR(&mo_type_defaultdict)},
    {MO_ROM_QSTR(MO_QSTR_Counter), MO_ROM_PTR(&mo_type_Counter)},
    {MO_ROM_QSTR(MO_QSTR_namedtuple), MO_ROM_PTR(&mo_collections_namedtuple_obj)},
};
static MO_DEFINE_CONST_DICT(collections_globals, collections_globals_table);

const mo_module_t mo_module_collections = {{&mo_type_module}, &collections_globals};

MO_REGISTER_MODULE(MO_QSTR_collections, mo_module_collections);
