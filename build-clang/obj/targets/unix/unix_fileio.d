build-clang/obj/targets/unix/unix_fileio.o: targets/unix/unix_fileio.c \
  runtime/fileio.h runtime/obj.h runtime/qstr.h \
  build-clang/genhdr/qstrdefs.h runtime/print.h

runtime/fileio.h:

runtime/obj.h:

runtime/qstr.h:

build-clang/genhdr/qstrdefs.h:

runtime/print.h:
