build-clang/obj/runtime/objmodule.o: runtime/objmodule.c \
  runtime/runtime.h runtime/gc.h runtime/nlr.h runtime/obj.h \
  runtime/qstr.h build-clang/genhdr/qstrdefs.h runtime/ops.h \
  runtime/print.h runtime/state.h

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/ops.h:

runtime/print.h:

runtime/state.h:
