build-clang/obj/runtime/objcell.o: runtime/objcell.c runtime/objfun.h \
  runtime/bc.h runtime/obj.h runtime/qstr.h \
  build-clang/genhdr/qstrdefs.h runtime/vm.h runtime/runtime.h \
  runtime/gc.h runtime/nlr.h runtime/ops.h runtime/print.h \
  runtime/state.h

runtime/objfun.h:

runtime/bc.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/vm.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/print.h:

runtime/state.h:
