// Build-time switches shared by the runtime, the compiler and the modules. Each
// defaults to what the host build has; a firmware configuration (a target's
// target.mk or CONFIG= fragment) overrides it with -D.
#ifndef MOTE_CONFIG_H
#define MOTE_CONFIG_H

// float and complex objects. With 0, creating one raises NotImplementedError
// (runtime/objfloat_none.c) and the double formatting and maths code is left out.
#ifndef MO_FLOAT
#define MO_FLOAT 1
#endif

// A firmware build: no operating system below (the supervisor and hal/ instead).
// The few modules that ask the system for something (time) use the HAL then.
#ifndef MO_BOARD
#define MO_BOARD 0
#endif

#endif
