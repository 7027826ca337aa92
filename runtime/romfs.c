// The ROM filesystem reader (romfs.h): validation at mount, then binary search.
#include "runtime/romfs.h"

#include <string.h>

#define HEADER_BYTES 16
#define ENTRY_BYTES 16
#define VERSION 1

static uint32_t read_u32(const uint8_t *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void mo_romfs_entry(const mo_romfs_t *fs, uint32_t i, mo_romfs_entry_t *entry) {
    const uint8_t *e = fs->base + HEADER_BYTES + (size_t)i * ENTRY_BYTES;
    uint32_t len_kind = read_u32(e + 4);
    entry->path = (const char *)fs->base + read_u32(e);
    entry->path_len = len_kind & 0xffff;
    entry->kind = (int)(len_kind >> 16);
    entry->data = fs->base + read_u32(e + 8);
    entry->size = read_u32(e + 12);
}

static bool within(uint32_t off, uint32_t len, uint32_t size) {
    return off <= size && len <= size - off;
}

bool mo_romfs_mount(mo_romfs_t *fs, const uint8_t *region, size_t region_bytes) {
    fs->base = NULL;
    if (region == NULL || region_bytes < HEADER_BYTES || memcmp(region, "MRFS", 4) != 0 ||
        read_u32(region + 4) != VERSION) {
        return false;
    }
    uint32_t size = read_u32(region + 8);
    uint32_t count = read_u32(region + 12);
    if (size > region_bytes || size < HEADER_BYTES ||
        count > (size - HEADER_BYTES) / ENTRY_BYTES) {
        return false;
    }
    mo_romfs_t probe = {region, size, count};
    for (uint32_t i = 0; i < count; i++) {
        const uint8_t *e = region + HEADER_BYTES + (size_t)i * ENTRY_BYTES;
        uint32_t kind = read_u32(e + 4) >> 16;
        if (!within(read_u32(e), read_u32(e + 4) & 0xffff, size) ||
            !within(read_u32(e + 8), read_u32(e + 12), size) ||
            (kind != MO_ROMFS_FILE && kind != MO_ROMFS_DIR)) {
            return false;
        }
    }
    *fs = probe;
    return true;
}

static int compare_path(const mo_romfs_entry_t *e, const char *path, size_t len) {
    size_t n = e->path_len < len ? e->path_len : len;
    int c = memcmp(e->path, path, n);
    if (c != 0) {
        return c;
    }
    return e->path_len < len ? -1 : e->path_len > len ? 1 : 0;
}

int mo_romfs_find(const mo_romfs_t *fs, const char *path, mo_romfs_entry_t *entry) {
    if (fs->base == NULL) {
        return 0;
    }
    while (path[0] == '/' || (path[0] == '.' && path[1] == '/')) {
        path += path[0] == '/' ? 1 : 2;
    }
    size_t len = strlen(path);
    while (len > 0 && path[len - 1] == '/') {
        len--;
    }
    if (len == 0 || (len == 1 && path[0] == '.')) {
        *entry = (mo_romfs_entry_t){"", 0, MO_ROMFS_DIR, fs->base, 0};
        return MO_ROMFS_DIR;
    }
    uint32_t lo = 0, hi = fs->count;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        mo_romfs_entry(fs, mid, entry);
        int c = compare_path(entry, path, len);
        if (c == 0) {
            return entry->kind;
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return 0;
}
