# qemu-arm: QEMU mps2-an385 (Cortex-M3, thumbv7m), included by the firmware block of
# the top-level Makefile. Clang compiles, ld.lld links picolibc's libc/libm and the
# Arm GCC package's libgcc (soft float and 64-bit division helpers).

FW_TRIPLE := thumbv7m-none-eabi
FW_ARCH_FLAGS := --target=$(FW_TRIPLE) -mcpu=cortex-m3 -mthumb -mfloat-abi=soft
FW_PICOLIBC := /usr/lib/picolibc/arm-none-eabi
FW_LIBC_DIR := $(FW_PICOLIBC)/lib/thumb/v7-m/nofp
FW_LIBGCC := $(shell arm-none-eabi-gcc -mthumb -march=armv7-m -print-libgcc-file-name 2>/dev/null)
FW_LDSCRIPT := targets/qemu-arm/link.ld
FW_TARGET_SRC := $(sort $(wildcard targets/qemu-arm/*.c))

# How tools/mote-run and the tests boot it: the ROM filesystem image goes where
# link.ld's ROMFS region starts.
FW_ROMFS_ADDR := 0x00300000
FW_ROMFS_BYTES := 1048576
FW_QEMU := qemu-system-arm -M mps2-an385 -semihosting-config enable=on,target=native
