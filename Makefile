# Mote: the host build (build/mote, build/motec) and the test and bench targets.
# `make` builds with the system C compiler; CC=clang or CC=gcc both must build
# warning-free. SANITIZE=1 builds into build-asan/ with ASan+UBSan.

CC ?= cc
PYTHON ?= /usr/bin/python3
SANITIZE ?= 0

ifeq ($(SANITIZE),1)
BUILD ?= build-asan
SAN_FLAGS = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
OPT ?= -O1
else
BUILD ?= build
SAN_FLAGS =
OPT ?= -O2
endif

WARN = -Wall -Wextra -Werror -Wno-unused-parameter -Wshadow=local -Wpointer-arith
ifneq ($(findstring clang,$(shell $(CC) --version 2>/dev/null)),)
WARN := $(filter-out -Wshadow=local,$(WARN)) -Wshadow
endif
CFLAGS_BASE = -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(WARN) $(OPT) -g \
	-I. -I$(BUILD) $(SAN_FLAGS)
CFLAGS += $(CFLAGS_BASE)
LDFLAGS += $(SAN_FLAGS)
LDLIBS += -lm

RUNTIME_SRC := $(sort $(wildcard runtime/*.c))
COMPILER_SRC := $(sort $(filter-out compiler/motec_main.c,$(wildcard compiler/*.c)))
STDLIB_SRC := $(sort $(wildcard stdlib/*.c))
HAL_SRC := $(sort $(wildcard hal/*.c))
UNIX_SRC := $(sort $(filter-out targets/unix/mote_main.c,$(wildcard targets/unix/*.c)))
LIB_SRC := $(RUNTIME_SRC) $(COMPILER_SRC) $(STDLIB_SRC) $(HAL_SRC) $(UNIX_SRC)
ALL_SRC := $(LIB_SRC) targets/unix/mote_main.c compiler/motec_main.c $(wildcard tests/unit/*.c)

LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
DEPS := $(ALL_SRC:%.c=$(BUILD)/obj/%.d)

.PHONY: all clean test test-quick demo bench deps-build deps-test unit-tests
all: $(BUILD)/mote $(BUILD)/motec unit-tests

# The Python modules of stdlib/ (asyncio, ...) go into the image as source text
# (runtime/frozen.h) until the freezer compiles them; directories are prerequisites
# so that adding or removing a module regenerates the table.
FROZEN_PY := $(sort $(shell find stdlib -name '*.py'))
FROZEN_SRC := $(BUILD)/genhdr/frozen_src.c
LIB_OBJ += $(BUILD)/obj/genhdr/frozen_src.o
$(FROZEN_SRC): $(FROZEN_PY) $(shell find stdlib -type d) tools/gen_frozen_src.py
	@mkdir -p $(dir $@)
	$(Q)$(PYTHON) tools/gen_frozen_src.py $@ stdlib $(FROZEN_PY)
$(BUILD)/obj/genhdr/frozen_src.o: $(FROZEN_SRC) runtime/frozen.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC $<")
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# C unit tests for what Python can't reach (tests/unit/*.c), run by tests/test_unit.py.
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%)
unit-tests: $(UNIT_BIN)
$(BUILD)/unit/%: tests/unit/%.c $(BUILD)/libmote.a | $(QSTR_HDR)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC $<")
	$(Q)$(CC) $(CFLAGS) -o $@ $< $(BUILD)/libmote.a $(LDFLAGS) $(LDLIBS)

deps-build:
	@tools/ensure-deps.sh build
deps-test:
	@tools/ensure-deps.sh test

# The qstr table is generated from every MO_QSTR_ name used in the sources.
# The script rewrites the header only when its content changes; make re-reads its
# time after the recipe, so objects rebuild (through their .d files) only when the
# set of qstrs changes, though the script runs whenever a source changes.
QSTR_HDR := $(BUILD)/genhdr/qstrdefs.h
$(QSTR_HDR): $(ALL_SRC) $(wildcard */*.h) tools/gen_qstr.py
	@mkdir -p $(dir $@)
	@$(PYTHON) tools/gen_qstr.py $(BUILD)/genhdr $(ALL_SRC) $(wildcard */*.h)

# V=1 shows the full command lines.
V ?= 0
ifeq ($(V),0)
Q = @
endif

$(BUILD)/obj/%.o: %.c | $(QSTR_HDR)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC $<")
	$(Q)$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/libmote.a: $(LIB_OBJ)
	@rm -f $@
	@$(if $(Q),echo "  AR $@")
	$(Q)ar rcs $@ $^

$(BUILD)/mote: $(BUILD)/obj/targets/unix/mote_main.o $(BUILD)/libmote.a
	@$(if $(Q),echo "  LD $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

$(BUILD)/motec: $(BUILD)/obj/compiler/motec_main.o $(BUILD)/libmote.a
	@$(if $(Q),echo "  LD $@")
	$(Q)$(CC) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# The whole test suite: the gcc build, then the same suite on a clang build with
# ASan+UBSan (so both compilers build it warning-free, and the sanitizers watch).
test: deps-test
	$(MAKE) all
	$(PYTHON) -m pytest -q tests
	MOTE_MODE=mpy $(PYTHON) -m pytest -q tests/test_programs.py
	$(MAKE) SANITIZE=1 CC=clang all
	MOTE=build-asan/mote $(PYTHON) -m pytest -q tests
	$(MAKE) fuzz FUZZ_RUN="-runs=100000 -seed=1"

test-quick: all
	$(PYTHON) -m pytest -q -x tests

# The demo: compiled on the host to .mpy, run on the Cortex-M3 board in QEMU.
demo: deps-build
	$(MAKE) all
	$(MAKE) firmware TARGET=qemu-arm
	$(BUILD)/motec -o $(BUILD)/demo.mpy tools/demo.py
	tools/mote-run --target qemu-arm $(BUILD)/demo.mpy

# Speed against CPython (tools/bench/*.py): median times, ratios, geometric mean, and
# mote's callgrind instruction counts (stable across runs, for comparing commits).
bench: all
	$(PYTHON) tools/bench.py --mote $(BUILD)/mote --python python3 \
		$(if $(shell command -v valgrind),--callgrind)

clean:
	rm -rf build build-asan

-include $(DEPS)

# ==== firmware: the QEMU boards (targets/qemu-arm, targets/qemu-rv32) ===================
#   make firmware TARGET=qemu-arm|qemu-rv32 [CONFIG=minimal]
# builds build/<target>[-<config>]/firmware.elf with clang and ld.lld against picolibc
# (targets/<target>/target.mk says how) and prints its text, data and bss sizes.
# Firmware objects, qstrs and module table live under FW_BUILD, apart from the host's.
TARGET ?= qemu-arm
CONFIG ?=
FW_NAME := $(TARGET)$(if $(CONFIG),-$(CONFIG))
FW_BUILD ?= build/$(FW_NAME)
FW_CC ?= clang
FW_LD ?= ld.lld
FW_OPT ?= -Os
# The C modules a board gets (stdlib/mod<name>.c and its helper files): an allow-list,
# since modules written for the host may need an operating system (os, select, socket).
FW_STDLIB_MODULES := array asyncio_core binascii cmath collections errno gc hashlib heapq io \
	json math micropython random re struct time
FW_STDLIB_HELPERS := collections_% hash_% io_% json_% re_%
ifneq ($(wildcard targets/$(TARGET)/target.mk),)
include targets/$(TARGET)/target.mk
endif
ifneq ($(CONFIG),)
include targets/$(TARGET)/config-$(CONFIG).mk
endif
FW_STDLIB ?= $(filter $(FW_STDLIB_MODULES:%=stdlib/mod%.c) $(FW_STDLIB_HELPERS:%=stdlib/%.c),\
	$(STDLIB_SRC))
FW_SRC := $(RUNTIME_SRC) $(sort $(wildcard runtime/supervisor/*.c)) $(COMPILER_SRC) \
	$(HAL_SRC) $(FW_STDLIB) $(FW_TARGET_SRC)
FW_OBJ := $(FW_SRC:%.c=$(FW_BUILD)/obj/%.o)
# The Python modules of stdlib/ frozen in, as the host build has them (a config may
# point FW_FROZEN_ROOT at an empty directory, with FW_FROZEN_PY empty, for none).
FW_FROZEN_ROOT ?= stdlib
FW_FROZEN_PY ?= $(FROZEN_PY)
FW_FROZEN_SRC := $(FW_BUILD)/genhdr/frozen_src.c
FW_OBJ += $(FW_BUILD)/obj/genhdr/frozen_src.o
FW_QSTR := $(FW_BUILD)/genhdr/qstrdefs.h
FW_WARN := -Wall -Wextra -Werror -Wno-unused-parameter -Wshadow -Wpointer-arith
FW_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L $(FW_ARCH_FLAGS) \
	-nostdlibinc -isystem $(FW_PICOLIBC)/include $(FW_OPT) -g \
	-ffunction-sections -fdata-sections -ftls-model=local-exec \
	-DMO_BOARD=1 -DO_CLOEXEC=0 $(FW_CONFIG_FLAGS) $(FW_WARN) -I. -I$(FW_BUILD)
# picolibc's printf with double support (the runtime formats floats with snprintf).
FW_LDFLAGS := -T $(FW_LDSCRIPT) --gc-sections --defsym=vfprintf=__d_vfprintf
FW_LIBS := $(FW_LIBC_DIR)/libc.a $(FW_LIBC_DIR)/libm.a $(FW_LIBGCC)

.PHONY: firmware firmware-all
firmware:
	@$(if $(FW_TRIPLE),,echo "make firmware: unknown TARGET '$(TARGET)' (qemu-arm, qemu-rv32)" >&2; exit 2)
	@tools/ensure-deps.sh firmware
	@$(MAKE) --no-print-directory $(FW_BUILD)/firmware.elf
	@llvm-size $(FW_BUILD)/firmware.elf

# Both QEMU firmwares, which the target tests (tests/test_targets.py) boot.
firmware-all:
	@$(MAKE) --no-print-directory firmware TARGET=qemu-arm
	@$(MAKE) --no-print-directory firmware TARGET=qemu-rv32
test: firmware-all

# The list of sources, rewritten only when it changes, so a changed module list (or
# CONFIG) regenerates the module table even though no source file is newer.
FW_SRC_LIST := $(FW_BUILD)/genhdr/sources.txt
.PHONY: fw-force
$(FW_SRC_LIST): fw-force
	@mkdir -p $(dir $@)
	@echo '$(FW_SRC) $(FW_CONFIG_FLAGS) $(FW_FROZEN_ROOT) $(FW_FROZEN_PY)' | cmp -s - $@ || \
		echo '$(FW_SRC) $(FW_CONFIG_FLAGS) $(FW_FROZEN_ROOT) $(FW_FROZEN_PY)' > $@

$(FW_QSTR): $(FW_SRC) $(FW_SRC_LIST) $(wildcard */*.h) $(wildcard runtime/supervisor/*.h) \
		tools/gen_qstr.py
	@mkdir -p $(dir $@)
	@$(PYTHON) tools/gen_qstr.py $(FW_BUILD)/genhdr $(FW_SRC) $(wildcard */*.h)

$(FW_FROZEN_SRC): $(FW_FROZEN_PY) $(FW_SRC_LIST) tools/gen_frozen_src.py
	@mkdir -p $(dir $@)
	@mkdir -p $(FW_FROZEN_ROOT)
	$(Q)$(PYTHON) tools/gen_frozen_src.py $@ $(FW_FROZEN_ROOT) $(FW_FROZEN_PY)
$(FW_BUILD)/obj/genhdr/frozen_src.o: $(FW_FROZEN_SRC) runtime/frozen.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC [$(FW_NAME)] $<")
	$(Q)$(FW_CC) $(FW_CFLAGS) -MMD -MP -c -o $@ $<

$(FW_BUILD)/obj/%.o: %.c | $(FW_QSTR)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC [$(FW_NAME)] $<")
	$(Q)$(FW_CC) $(FW_CFLAGS) -MMD -MP -c -o $@ $<

$(FW_BUILD)/firmware.elf: $(FW_OBJ) $(FW_LDSCRIPT)
	@$(if $(Q),echo "  LD $@")
	$(Q)$(FW_LD) $(FW_LDFLAGS) -Map=$(FW_BUILD)/firmware.map -o $@ $(FW_OBJ) \
		--start-group $(FW_LIBS) --end-group

-include $(FW_OBJ:%.o=%.d)
# ==== end of firmware ===================================================================

# ==== .mpy: the loader's fuzz target and the mpy test mode ==============================
# `make test` runs the differential programs compiled by motec (MOTE_MODE=mpy, see
# tests/support/runner.py) and a bounded fuzzing run. `make fuzz` builds the libFuzzer
# target tests/fuzz/fuzz_load_mpy.c with clang, ASan and UBSan into build/fuzz/, seeds
# it (tests/fuzz/make_seeds.py: the programs compiled by motec, the mpy-cross vectors,
# the kept crashers) and runs it for FUZZ_SECONDS (or FUZZ_RUN); a crash leaves its input in
# build/fuzz/ (crash-*), to be kept as tests/fuzz/crashers/NAME.hex.
FUZZ_BUILD ?= build/fuzz
FUZZ_SECONDS ?= 60
# How long: `make test` passes a fixed seed and count, so a run is repeatable.
FUZZ_RUN ?= -max_total_time=$(FUZZ_SECONDS)
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
.PHONY: fuzz fuzz-build
fuzz-build:
	@$(MAKE) --no-print-directory CC=clang BUILD=$(FUZZ_BUILD) OPT=-O1 \
		SAN_FLAGS="$(FUZZ_SAN) -fsanitize=fuzzer-no-link" $(FUZZ_BUILD)/libmote.a $(FUZZ_BUILD)/motec
	@$(if $(Q),echo "  LD $(FUZZ_BUILD)/fuzz_load_mpy")
	$(Q)clang -std=c11 -D_DEFAULT_SOURCE -D_POSIX_C_SOURCE=200809L -Wall -Wextra -Werror -O1 -g \
		-I. -I$(FUZZ_BUILD) $(FUZZ_SAN) -fsanitize=fuzzer -o $(FUZZ_BUILD)/fuzz_load_mpy \
		tests/fuzz/fuzz_load_mpy.c $(FUZZ_BUILD)/libmote.a -lm

fuzz: fuzz-build
	@rm -rf $(FUZZ_BUILD)/corpus && mkdir -p $(FUZZ_BUILD)/corpus $(FUZZ_BUILD)/scratch
	$(Q)$(PYTHON) tests/fuzz/make_seeds.py $(FUZZ_BUILD)/motec $(FUZZ_BUILD)/corpus
	cd $(FUZZ_BUILD)/scratch && ASAN_OPTIONS=detect_leaks=0 ../fuzz_load_mpy \
		$(FUZZ_RUN) -max_len=4096 -timeout=30 -rss_limit_mb=1024 \
		-close_fd_mask=1 -print_final_stats=1 -artifact_prefix=../ ../corpus </dev/null
# ==== end of .mpy =====================================================================
