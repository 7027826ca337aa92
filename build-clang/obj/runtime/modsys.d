build-clang/obj/runtime/modsys.o: runtime/modsys.c runtime/fileio.h \
  runtime/obj.h runtime/qstr.h build-clang/genhdr/qstrdefs.h \
  runtime/print.h runtime/objexcept.h runtime/objtype.h \
  runtime/runtime.h runtime/gc.h runtime/nlr.h runtime/ops.h \
  runtime/state.h runtime/vm.h runtime/bc.h

runtime/fileio.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/print.h:

runtime/objexcept.h:

runtime/objtype.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/state.h:

runtime/vm.h:

runtime/bc.h:
