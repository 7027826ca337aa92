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
	$(MAKE) SANITIZE=1 CC=clang all
	MOTE=build-asan/mote $(PYTHON) -m pytest -q tests

test-quick: all
	$(PYTHON) -m pytest -q -x tests

demo: deps-build
	$(MAKE) all
	$(BUILD)/motec tools/demo.py
	$(BUILD)/mote tools/demo.py

# Speed against CPython (tools/bench/*.py): median times, ratios, geometric mean, and
# mote's callgrind instruction counts (stable across runs, for comparing commits).
bench: all
	$(PYTHON) tools/bench.py --mote $(BUILD)/mote --python python3 \
		$(if $(shell command -v valgrind),--callgrind)

clean:
	rm -rf build build-asan

-include $(DEPS)
