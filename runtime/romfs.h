// The ROM filesystem: a read-only image of a directory tree, placed in flash and
// read in place (a file's bytes are never copied to RAM to be imported or run).
// tools/mkromfs.py builds an image from a directory.
//
// Image layout. Integers are 32-bit little-endian; offsets count from the image start.
//
//   0   magic "MRFS"
//   4   format version (1)
//   8   total size of the image in bytes
//   12  entry count N
//   16  N entries of 16 bytes, sorted by path (bytewise):
//         +0  path offset     +4  path length (bits 0-15) | kind << 16
//         +8  data offset     +12 data length
//       kind: 1 a file, 2 a directory (its data length is 0)
//   ... paths (UTF-8, '/'-separated, relative to the root: "lib/util.py"; no
//       leading '/', no NUL) and file data, each file's data 4-byte aligned.
//
// Every directory that holds something has its own entry, so "is this a package
// directory" is one lookup. The root itself has no entry.
#ifndef MOTE_ROMFS_H
#define MOTE_ROMFS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define MO_ROMFS_FILE 1
#define MO_ROMFS_DIR 2

typedef struct mo_romfs {
    const uint8_t *base;  // NULL when nothing is mounted
    uint32_t size;
    uint32_t count;
} mo_romfs_t;

typedef struct mo_romfs_entry {
    const char *path;
    size_t path_len;
    int kind;
    const uint8_t *data;
    size_t size;
} mo_romfs_entry_t;

// Checks the image at region (magic, version, every entry within the image) and
// mounts it; false (nothing mounted) if there is no valid image.
bool mo_romfs_mount(mo_romfs_t *fs, const uint8_t *region, size_t region_bytes);
// Looks path up, after dropping a leading "/" or "./" and trailing '/'. Returns the
// kind (MO_ROMFS_FILE or MO_ROMFS_DIR; the root is a directory) or 0 if absent.
int mo_romfs_find(const mo_romfs_t *fs, const char *path, mo_romfs_entry_t *entry);
// Entry i (0 <= i < fs->count), in path order.
void mo_romfs_entry(const mo_romfs_t *fs, uint32_t i, mo_romfs_entry_t *entry);

#endif
