build-clang/obj/runtime/vm.o: runtime/vm.c runtime/vm.h runtime/bc.h \
  runtime/obj.h runtime/qstr.h build-clang/genhdr/qstrdefs.h \
  runtime/objexcept.h runtime/objfun.h runtime/objtype.h \
  runtime/runtime.h runtime/gc.h runtime/nlr.h runtime/ops.h \
  runtime/print.h runtime/state.h

runtime/vm.h:

runtime/bc.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/objexcept.h:

runtime/objfun.h:

runtime/objtype.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/print.h:

runtime/state.h:
