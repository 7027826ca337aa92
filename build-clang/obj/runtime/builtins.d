build-clang/obj/runtime/builtins.o: runtime/builtins.c compiler/compile.h \
  runtime/bc.h runtime/obj.h runtime/qstr.h \
  build-clang/genhdr/qstrdefs.h runtime/fileio.h runtime/print.h \
  runtime/objexcept.h runtime/objint.h runtime/mpz.h runtime/objiter.h \
  runtime/objlist.h runtime/objstr.h runtime/runtime.h runtime/gc.h \
  runtime/nlr.h runtime/ops.h runtime/state.h runtime/unicode.h \
  runtime/objtype.h

compiler/compile.h:

runtime/bc.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/fileio.h:

runtime/print.h:

runtime/objexcept.h:

runtime/objint.h:

runtime/mpz.h:

runtime/objiter.h:

runtime/objlist.h:

runtime/objstr.h:

runtime/runtime.h:

runtime/gc.h:

runtime/nlr.h:

runtime/ops.h:

runtime/state.h:

runtime/unicode.h:

runtime/objtype.h:
