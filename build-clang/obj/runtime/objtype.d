build-clang/obj/runtime/objtype.o: runtime/objtype.c runtime/objexcept.h \
  runtime/obj.h runtime/qstr.h build-clang/genhdr/qstrdefs.h \
  runtime/objtype.h runtime/runtime.h runtime/gc.h runtime/nlr.h \
  runtime/ops.h runtime/print.h runtime/state.h

runtime/objexcept.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/objtype.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/print.h:

runtime/state.h:
