# CONFIG=minimal for qemu-arm: the compiler and the REPL with no float and only the
# modules the REPL itself leans on. Shows how small the core is.
FW_CONFIG_FLAGS := -DMO_FLOAT=0 -DMO_UNICODE_NAMES=0
FW_STDLIB := stdlib/modgc.c stdlib/modmicropython.c stdlib/modio.c stdlib/io_file.c \
	stdlib/io_stringio.c
# No frozen Python modules (asyncio and the like).
FW_FROZEN_ROOT := $(FW_BUILD)/no-frozen-modules
FW_FROZEN_PY :=
