// Files on a board: import (runtime/fileio.h) and open() read the ROM filesystem.
//
// open() is stdlib/io_file.c's, written against POSIX descriptors; a board has no
// operating system, so the few POSIX calls it makes (open, read, write, lseek,
// close, fstat) are provided here, over the ROM filesystem: read-only, with errno
// set as a POSIX system would set it. Descriptors 0-2 are the console.
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "runtime/fileio.h"
#include "runtime/supervisor/supervisor.h"

mo_romfs_t mo_sv_romfs;

bool mo_file_read_all(const char *path, mo_vstr_t *out) {
    mo_romfs_entry_t e;
    if (mo_romfs_find(&mo_sv_romfs, path, &e) != MO_ROMFS_FILE) {
        return false;
    }
    mo_vstr_add_strn(out, (const char *)e.data, e.size);
    return true;
}

int mo_file_kind(const char *path) {
    mo_romfs_entry_t e;
    switch (mo_romfs_find(&mo_sv_romfs, path, &e)) {
        case MO_ROMFS_FILE:
            return MO_FILE_REGULAR;
        case MO_ROMFS_DIR:
            return MO_FILE_DIR;
        default:
            return MO_FILE_NONE;
    }
}

// ---- POSIX descriptors over the ROM filesystem ----------------------------------------

#define FIRST_FD 3
#define MAX_OPEN 8

typedef struct {
    const uint8_t *data;  // NULL: the slot is free
    size_t size;
    long long pos;        // may lie past the end after a seek, as POSIX allows
} open_file_t;

static open_file_t files[MAX_OPEN];

static open_file_t *slot(int fd) {
    if (fd < FIRST_FD || fd >= FIRST_FD + MAX_OPEN || files[fd - FIRST_FD].data == NULL) {
        return NULL;
    }
    return &files[fd - FIRST_FD];
}

static int fail(int err) {
    errno = err;
    return -1;
}

int open(const char *path, int flags, ...) {
    mo_romfs_entry_t e;
    int kind = mo_romfs_find(&mo_sv_romfs, path, &e);
    if ((flags & O_ACCMODE) != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND))) {
        return fail(kind == MO_ROMFS_DIR ? EISDIR : EROFS);
    }
    if (kind == 0) {
        return fail(ENOENT);
    }
    if (kind == MO_ROMFS_DIR) {
        return fail(EISDIR);
    }
    for (int i = 0; i < MAX_OPEN; i++) {
        if (files[i].data == NULL) {
            files[i] = (open_file_t){e.data, e.size, 0};
            return FIRST_FD + i;
        }
    }
    return fail(EMFILE);
}

ssize_t read(int fd, void *buf, size_t n) {
    open_file_t *f = slot(fd);
    if (f == NULL) {
        return fail(EBADF);
    }
    size_t left = f->pos < (long long)f->size ? f->size - (size_t)f->pos : 0;
    n = n < left ? n : left;
    memcpy(buf, f->data + f->pos, n);
    f->pos += (long long)n;
    return (ssize_t)n;
}

ssize_t write(int fd, const void *buf, size_t n) {
    if (fd == 1 || fd == 2) {
        (fd == 1 ? mo_plat_print : mo_plat_eprint).write(NULL, buf, n);
        return (ssize_t)n;
    }
    return fail(EBADF);  // every file is open read-only
}

off_t lseek(int fd, off_t off, int whence) {
    open_file_t *f = slot(fd);
    if (f == NULL) {
        return fail(EBADF);
    }
    long long base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? (long long)f->pos
                                                                 : (long long)f->size;
    long long to = base + off;
    if (to < 0 || (whence != SEEK_SET && whence != SEEK_CUR && whence != SEEK_END)) {
        return fail(EINVAL);
    }
    f->pos = to;
    return (off_t)to;
}

int close(int fd) {
    open_file_t *f = slot(fd);
    if (f == NULL) {
        return fail(EBADF);
    }
    f->data = NULL;
    return 0;
}

int fstat(int fd, struct stat *st) {
    open_file_t *f = slot(fd);
    if (f == NULL) {
        return fail(EBADF);
    }
    memset(st, 0, sizeof(*st));
    st->st_mode = S_IFREG | 0444;
    st->st_size = (off_t)f->size;
    return 0;
}
