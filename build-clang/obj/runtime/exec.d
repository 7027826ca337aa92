build-clang/obj/runtime/exec.o: runtime/exec.c compiler/compile.h \
  runtime/bc.h runtime/obj.h runtime/qstr.h \
  build-clang/genhdr/qstrdefs.h runtime/objfun.h runtime/vm.h \
  runtime/runtime.h runtime/gc.h runtime/nlr.h runtime/ops.h \
  runtime/print.h runtime/state.h

compiler/compile.h:

runtime/bc.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/objfun.h:

runtime/vm.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/print.h:

runtime/state.h:
