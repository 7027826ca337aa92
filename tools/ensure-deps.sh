#!/usr/bin/env bash
# Makes sure the Debian packages a make target needs are installed: installs the
# missing ones with apt-get when run as root, otherwise says exactly what to run.
#   tools/ensure-deps.sh build|test|firmware
set -euo pipefail

want=(make gcc python3)
case "${1:-build}" in
    test) want+=(python3-pytest clang) ;;
    firmware) want+=(clang lld llvm qemu-system-arm qemu-system-misc
                     picolibc-arm-none-eabi picolibc-riscv64-unknown-elf
                     gcc-arm-none-eabi gcc-riscv64-unknown-elf) ;;
esac

missing=()
for pkg in "${want[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
# pytest must be importable by the interpreter the tests use.
if [[ " ${want[*]} " == *" python3-pytest "* ]] && ! /usr/bin/python3 -c 'import pytest' 2>/dev/null; then
    [[ " ${missing[*]-} " == *" python3-pytest "* ]] || missing+=(python3-pytest)
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq || true
    apt-get install -y -qq "${missing[@]}" >/dev/null
else
    echo "Missing Debian packages: ${missing[*]}" >&2
    echo "Install them with:  sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
