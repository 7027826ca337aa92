// What the os module (modos.c) shares with its os.path submodule (os_path.c).
#ifndef MOTE_STDLIB_OS_H
#define MOTE_STDLIB_OS_H

#include "runtime/obj.h"

extern const mo_module_t mo_module_os_path;  // os_path.c, reached as os.path

#endif
