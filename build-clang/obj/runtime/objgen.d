build-clang/obj/runtime/objgen.o: runtime/objgen.c runtime/objfun.h \
  runtime/bc.h runtime/obj.h runtime/qstr.h \
  build-clang/genhdr/qstrdefs.h runtime/vm.h runtime/objtype.h \
  runtime/runtime.h runtime/gc.h runtime/nlr.h runtime/ops.h \
  runtime/print.h runtime/state.h

runtime/objfun.h:

runtime/bc.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/vm.h:

runtime/objtype.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/print.h:

runtime/state.h:
