build-clang/obj/runtime/import.o: runtime/import.c compiler/compile.h \
  runtime/bc.h runtime/obj.h runtime/qstr.h \
  build-clang/genhdr/qstrdefs.h runtime/fileio.h runtime/print.h \
  runtime/objexcept.h runtime/runtime.h runtime/gc.h runtime/nlr.h \
  runtime/ops.h runtime/state.h

compiler/compile.h:

runtime/bc.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/fileio.h:

runtime/print.h:

runtime/objexcept.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/state.h:
