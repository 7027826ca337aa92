# qemu-rv32: QEMU virt with an rv32imac hart, included by the firmware block of the
# top-level Makefile. Clang compiles, ld.lld links picolibc's libc/libm and the RISC-V
# GCC package's libgcc (soft float and 64-bit division helpers). lld 14 does not relax
# RISC-V code, so the compiler is told not to ask for it.

FW_TRIPLE := riscv32-unknown-elf
FW_ARCH_FLAGS := --target=$(FW_TRIPLE) -march=rv32imac -mabi=ilp32 -mcmodel=medany -mno-relax
FW_PICOLIBC := /usr/lib/picolibc/riscv64-unknown-elf
FW_LIBC_DIR := $(FW_PICOLIBC)/lib/rv32imac/ilp32
FW_LIBGCC := $(shell riscv64-unknown-elf-gcc -march=rv32imac -mabi=ilp32 -print-libgcc-file-name 2>/dev/null)
FW_LDSCRIPT := targets/qemu-rv32/link.ld
FW_TARGET_SRC := $(sort $(wildcard targets/qemu-rv32/*.c))

FW_ROMFS_ADDR := 0x80300000
FW_ROMFS_BYTES := 1048576
FW_QEMU := qemu-system-riscv32 -M virt -bios none
