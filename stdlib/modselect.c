// The select module: poll() objects (register, unregister, modify, poll, and
// MicroPython's allocation-free ipoll) and select.select(), over file descriptors,
// objects with fileno(), and objects that follow MicroPython's stream protocol in
// Python (an ioctl(req, arg) method: req 3 is MP_STREAM_POLL, arg the events asked
// for; it returns the events that are ready), which are polled by asking them.
//
// Registration is keyed by descriptor as in CPython (an object without one by
// identity). poll() reports descriptors (CPython's answer); ipoll() yields the
// registered objects (MicroPython's, which asyncio uses), in one tuple it reuses.
//
// The system call is in the "host" section; a target port replaces that section.
#include <errno.h>
#include <math.h>
#include <string.h>

#include "runtime/objtuple.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

// ---- host: poll(2) -----------------------------------------------------------------------

#include <poll.h>
#include <time.h>

typedef struct pollfd sel_fd_t;

// Waits up to timeout_ms (-1: forever); returns the count of ready fds, or -errno.
static int host_poll(sel_fd_t *fds, size_t n, int timeout_ms) {
    int r = poll(fds, (nfds_t)n, timeout_ms);
    return r < 0 ? -errno : r;
}

static int64_t host_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

#define SEL_POLLIN POLLIN
#define SEL_POLLPRI POLLPRI
#define SEL_POLLOUT POLLOUT
#define SEL_POLLERR POLLERR
#define SEL_POLLHUP POLLHUP
#define SEL_POLLNVAL POLLNVAL

// ---- registered objects ------------------------------------------------------------------

// MicroPython's stream ioctl request that asks which events are ready.
#define STREAM_POLL 3

typedef struct entry {
    mo_obj_t obj;   // NULL: a free slot (unregistered; reused or compacted later)
    bool by_ioctl;  // no descriptor: ask obj.ioctl(STREAM_POLL, events)
    short io_revents;  // what ioctl last reported
} entry_t;

typedef struct poll_obj {
    mo_base_t base;
    entry_t *entries;
    sel_fd_t *fds;      // fds[i] belongs to entries[i]; fd -1 for by_ioctl entries
    size_t len, alloc;
    size_t iter_pos;    // ipoll's position
    bool one_shot;      // ipoll flags=1: an entry that reported stops listening
    mo_obj_t ret;       // the 2-tuple ipoll yields, reused
} poll_obj_t;

static const mo_type_t poll_type;

static poll_obj_t *poll_arg(mo_obj_t o) { return MO_PTR(o); }

// The descriptor of o, or -1 when o polls through ioctl.
static int fd_of(mo_obj_t o) {
    if (mo_obj_is_int(o)) {
        mo_int_t fd = mo_obj_get_int(o);
        if (fd < 0) {
            mo_raise_fmt(&mo_type_ValueError, "file descriptor cannot be a negative integer (%d)",
                         (int)fd);
        }
        if (fd > 0x7fffffff) {
            mo_raise_msg(&mo_type_OverflowError, "fd is greater than maximum");
        }
        return (int)fd;
    }
    mo_obj_t dest[2];
    mo_load_method_maybe(o, MO_QSTR_fileno, dest);
    if (dest[0] != MO_OBJ_NULL) {
        mo_obj_t fd = mo_call_method(0, 0, dest);
        if (!mo_obj_is_int(fd)) {
            mo_raise_msg(&mo_type_TypeError, "fileno() returned a non-integer");
        }
        return fd_of(fd);
    }
    mo_load_method_maybe(o, MO_QSTR_ioctl, dest);
    if (dest[0] != MO_OBJ_NULL) {
        return -1;
    }
    mo_raise_msg(&mo_type_TypeError, "argument must be an int, or have a fileno() method.");
}

// The slot holding o (same descriptor, or the same object if it has none), or -1.
static ptrdiff_t find(const poll_obj_t *p, mo_obj_t o, int fd) {
    for (size_t i = 0; i < p->len; i++) {
        if (p->entries[i].obj == MO_OBJ_NULL) {
            continue;
        }
        if (fd >= 0 ? p->fds[i].fd == fd : p->entries[i].obj == o) {
            return (ptrdiff_t)i;
        }
    }
    return -1;
}

static void grow(poll_obj_t *p) {
    size_t alloc = p->alloc ? p->alloc * 2 : 4;
    entry_t *e = mo_new(entry_t, alloc);
    sel_fd_t *f = mo_new(sel_fd_t, alloc);
    if (p->len != 0) {
        memcpy(e, p->entries, p->len * sizeof(entry_t));
        memcpy(f, p->fds, p->len * sizeof(sel_fd_t));
    }
    p->entries = e;
    p->fds = f;
    p->alloc = alloc;
}

// Drops free slots (never while ipoll iterates: its positions must stay put).
static void compact(poll_obj_t *p) {
    size_t j = 0;
    for (size_t i = 0; i < p->len; i++) {
        if (p->entries[i].obj != MO_OBJ_NULL) {
            p->entries[j] = p->entries[i];
            p->fds[j] = p->fds[i];
            j++;
        }
    }
    for (size_t i = j; i < p->len; i++) {
        p->entries[i].obj = MO_OBJ_NULL;
    }
    p->len = j;
}

static mo_int_t mask_arg(mo_obj_t o) {
    mo_int_t m = mo_obj_get_int(o);
    if (m < 0 || m > 0xffff) {
        mo_raise_msg(&mo_type_OverflowError, "Python int too large for C unsigned short");
    }
    return m;
}

static void set_entry(poll_obj_t *p, mo_obj_t o, int fd, mo_int_t mask) {
    ptrdiff_t i = find(p, o, fd);
    if (i < 0) {
        for (i = 0; i < (ptrdiff_t)p->len && p->entries[i].obj != MO_OBJ_NULL; i++) {
        }
        if (i == (ptrdiff_t)p->len) {
            if (p->len == p->alloc) {
                grow(p);
            }
            p->len++;
        }
    }
    p->entries[i].obj = o;
    p->entries[i].by_ioctl = fd < 0;
    p->fds[i].fd = fd;
    p->fds[i].events = (short)mask;
    p->fds[i].revents = 0;
}

// ---- waiting -----------------------------------------------------------------------------

// Asks the ioctl entries what is ready (into their io_revents); returns how many are.
static size_t poll_ioctl_entries(poll_obj_t *p) {
    size_t n = 0;
    for (size_t i = 0; i < p->len; i++) {
        entry_t *e = &p->entries[i];
        if (e->obj == MO_OBJ_NULL || !e->by_ioctl) {
            continue;
        }
        mo_obj_t dest[4];
        mo_load_method(e->obj, MO_QSTR_ioctl, dest);
        dest[2] = mo_small_int(STREAM_POLL);
        dest[3] = mo_small_int(p->fds[i].events);
        mo_int_t ready = mo_obj_get_int(mo_call_method(2, 0, dest));
        e->io_revents = (short)(ready & (p->fds[i].events | SEL_POLLERR | SEL_POLLHUP));
        n += e->io_revents != 0;
    }
    return n;
}

static bool has_ioctl_entries(const poll_obj_t *p) {
    for (size_t i = 0; i < p->len; i++) {
        if (p->entries[i].obj != MO_OBJ_NULL && p->entries[i].by_ioctl) {
            return true;
        }
    }
    return false;
}

_Noreturn static void raise_errno(int err) {
    mo_obj_t args[2] = {mo_small_int(err), mo_obj_new_str_from_cstr(strerror(err))};
    mo_raise(mo_call(MO_OBJ(&mo_type_OSError), 2, 0, args));
}

// Waits up to timeout_ms (-1: forever) for an event; returns how many entries have
// one (in fds[i].revents). A signal that interrupts the wait runs its handler (Ctrl-C
// raises) and the wait goes on for what is left of the time. Objects polled through
// ioctl are asked again every millisecond.
static size_t poll_wait(poll_obj_t *p, mo_int_t timeout_ms) {
    compact(p);
    bool ioctls = has_ioctl_entries(p);
    int64_t deadline = host_now_ms() + (timeout_ms > 0 ? timeout_ms : 0);
    for (;;) {
        size_t n = ioctls ? poll_ioctl_entries(p) : 0;
        int64_t left = -1;
        if (timeout_ms >= 0) {
            left = deadline - host_now_ms();
            left = left < 0 ? 0 : left > 0x7fffffff ? 0x7fffffff : left;
        }
        int wait = n != 0 ? 0 : ioctls && (left < 0 || left > 1) ? 1 : (int)left;
        int r = host_poll(p->fds, p->len, wait);
        if (r == -EINTR) {
            mo_sched_handle_pending();
            continue;
        }
        if (r < 0) {
            raise_errno(-r);
        }
        if (ioctls) {
            for (size_t i = 0; i < p->len; i++) {
                if (p->entries[i].obj != MO_OBJ_NULL && p->entries[i].by_ioctl) {
                    p->fds[i].revents = p->entries[i].io_revents;
                }
            }
        }
        n += (size_t)r;
        if (n != 0 || wait == left) {
            return n;
        }
    }
}

// A timeout in milliseconds: None or negative waits forever; a float rounds up.
static mo_int_t timeout_ms_arg(mo_obj_t o) {
    if (o == mo_const_none) {
        return -1;
    }
    if (mo_obj_is_int(o)) {
        mo_int_t t = mo_obj_get_int(o);
        return t < 0 ? -1 : t;
    }
    double d;
    if (!mo_obj_get_float_maybe(o, &d)) {
        mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                     mo_obj_type_name(o));
    }
    if (d < 0) {
        return -1;
    }
    d = ceil(d);
    if (!(d < 2147483648.0)) {
        mo_raise_msg(&mo_type_OverflowError, "timeout is too large");
    }
    return (mo_int_t)d;
}

// ---- poll objects ------------------------------------------------------------------------

static mo_obj_t select_poll(void) {
    poll_obj_t *p = mo_new_obj(poll_obj_t);
    p->base.type = &poll_type;
    return MO_OBJ(p);
}
static MO_DEFINE_FUN_0(select_poll_obj, select_poll);

static mo_obj_t poll_register(size_t n_args, const mo_obj_t *args) {
    poll_obj_t *p = poll_arg(args[0]);
    mo_int_t mask = n_args > 2 ? mask_arg(args[2]) : SEL_POLLIN | SEL_POLLPRI | SEL_POLLOUT;
    set_entry(p, args[1], fd_of(args[1]), mask);
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(poll_register_obj, 2, 3, poll_register);

static mo_obj_t poll_modify(mo_obj_t self, mo_obj_t o, mo_obj_t mask) {
    poll_obj_t *p = poll_arg(self);
    int fd = fd_of(o);
    mo_int_t m = mask_arg(mask);
    ptrdiff_t i = find(p, o, fd);
    if (i < 0) {
        raise_errno(ENOENT);
    }
    p->fds[i].events = (short)m;
    return mo_const_none;
}
static MO_DEFINE_FUN_3(poll_modify_obj, poll_modify);

static mo_obj_t poll_unregister(mo_obj_t self, mo_obj_t o) {
    poll_obj_t *p = poll_arg(self);
    int fd = fd_of(o);
    ptrdiff_t i = find(p, o, fd);
    if (i < 0) {
        mo_obj_t key = fd >= 0 ? mo_small_int(fd) : o;
        mo_raise(mo_obj_new_exception(&mo_type_KeyError, 1, &key));
    }
    p->entries[i].obj = MO_OBJ_NULL;
    p->fds[i].fd = -1;
    p->fds[i].revents = 0;
    return mo_const_none;
}
static MO_DEFINE_FUN_2(poll_unregister_obj, poll_unregister);

// poll(timeout=None): [(fd, events), ...] (an ioctl object stands for itself).
static mo_obj_t poll_poll(size_t n_args, const mo_obj_t *args) {
    poll_obj_t *p = poll_arg(args[0]);
    size_t n = poll_wait(p, timeout_ms_arg(n_args > 1 ? args[1] : mo_const_none));
    mo_obj_t list = mo_obj_new_list(0, NULL);
    for (size_t i = 0; i < p->len && n != 0; i++) {
        if (p->entries[i].obj == MO_OBJ_NULL || p->fds[i].revents == 0) {
            continue;
        }
        mo_obj_t item[2] = {p->entries[i].by_ioctl ? p->entries[i].obj : mo_small_int(p->fds[i].fd),
                            mo_small_int((uint16_t)p->fds[i].revents)};
        mo_list_append(list, mo_obj_new_tuple(2, item));
    }
    return list;
}
static MO_DEFINE_FUN_VAR(poll_poll_obj, 1, 2, poll_poll);

// ipoll(timeout=-1, flags=0): waits, then iterates (obj, events) in one reused tuple.
static mo_obj_t poll_ipoll(size_t n_args, const mo_obj_t *args) {
    poll_obj_t *p = poll_arg(args[0]);
    mo_int_t flags = n_args > 2 ? mo_obj_get_int(args[2]) : 0;
    if (p->ret == MO_OBJ_NULL) {
        p->ret = mo_obj_new_tuple(2, NULL);
    }
    p->iter_pos = p->len;  // an exception while waiting leaves an empty iteration
    poll_wait(p, timeout_ms_arg(n_args > 1 ? args[1] : mo_small_int(-1)));
    p->iter_pos = 0;
    p->one_shot = (flags & 1) != 0;
    return args[0];
}
static MO_DEFINE_FUN_VAR(poll_ipoll_obj, 1, 3, poll_ipoll);

static mo_obj_t poll_iternext(mo_obj_t self) {
    poll_obj_t *p = poll_arg(self);
    while (p->iter_pos < p->len) {
        size_t i = p->iter_pos++;
        short ev = p->fds[i].revents;
        if (p->entries[i].obj == MO_OBJ_NULL || ev == 0) {
            continue;
        }
        p->fds[i].revents = 0;
        if (p->one_shot) {
            p->fds[i].events = 0;
        }
        mo_tuple_t *t = MO_PTR(p->ret);
        t->items[0] = p->entries[i].obj;
        t->items[1] = mo_small_int((uint16_t)ev);
        return p->ret;
    }
    return MO_OBJ_STOP_ITERATION;
}

static mo_obj_t poll_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return self;
}

static const mo_map_elem_t poll_locals_table[] = {
    {MO_ROM_QSTR(MO_QSTR_register), MO_ROM_PTR(&poll_register_obj)},
    {MO_ROM_QSTR(MO_QSTR_unregister), MO_ROM_PTR(&poll_unregister_obj)},
    {MO_ROM_QSTR(MO_QSTR_modify), MO_ROM_PTR(&poll_modify_obj)},
    {MO_ROM_QSTR(MO_QSTR_poll), MO_ROM_PTR(&poll_poll_obj)},
    {MO_ROM_QSTR(MO_QSTR_ipoll), MO_ROM_PTR(&poll_ipoll_obj)},
};
static MO_DEFINE_CONST_DICT(poll_locals_dict, poll_locals_table);

static const mo_type_t poll_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE |
             MO_TYPE_FLAG_ITER_IS_GETITER,
    .name = MO_QSTR_poll,
    .getiter = poll_getiter,
    .iternext = poll_iternext,
    .locals_dict = (struct mo_dict *)&poll_locals_dict,
};

// ---- select.select ---------------------------------------------------------------------

// Registers every object of one list with events (or adds them to its entry).
static void add_list(poll_obj_t *p, mo_obj_t list, short events) {
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(list, &buf), o;
    while ((o = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        int fd = fd_of(o);
        ptrdiff_t i = find(p, o, fd);
        set_entry(p, o, fd, (i >= 0 ? p->fds[i].events : 0) | events);
    }
}

// The objects of list whose descriptor has one of events.
static mo_obj_t ready_of(poll_obj_t *p, mo_obj_t list, short events) {
    mo_obj_t out = mo_obj_new_list(0, NULL);
    mo_iter_buf_t buf;
    mo_obj_t it = mo_getiter(list, &buf), o;
    while ((o = mo_iternext(it)) != MO_OBJ_STOP_ITERATION) {
        ptrdiff_t i = find(p, o, fd_of(o));
        if (i >= 0 && (p->fds[i].revents & events)) {
            mo_list_append(out, o);
        }
    }
    return out;
}

// select(rlist, wlist, xlist[, timeout]): timeout in seconds, None to wait forever.
static mo_obj_t select_select(size_t n_args, const mo_obj_t *args) {
    mo_int_t timeout = -1;
    if (n_args > 3 && args[3] != mo_const_none) {
        double t = mo_obj_get_float(args[3]);
        if (t < 0) {
            mo_raise_msg(&mo_type_ValueError, "timeout must be non-negative");
        }
        if (!(t * 1000 < 2147483648.0)) {
            mo_raise_msg(&mo_type_OverflowError, "timeout is too large");
        }
        timeout = (mo_int_t)ceil(t * 1000);
    }
    poll_obj_t *p = MO_PTR(select_poll());
    add_list(p, args[0], SEL_POLLIN);
    add_list(p, args[1], SEL_POLLOUT);
    add_list(p, args[2], SEL_POLLPRI);
    poll_wait(p, timeout);
    for (size_t i = 0; i < p->len; i++) {
        if (p->fds[i].revents & SEL_POLLNVAL) {
            raise_errno(EBADF);
        }
    }
    mo_obj_t res[3] = {ready_of(p, args[0], SEL_POLLIN | SEL_POLLHUP | SEL_POLLERR),
                       ready_of(p, args[1], SEL_POLLOUT | SEL_POLLERR),
                       ready_of(p, args[2], SEL_POLLPRI)};
    return mo_obj_new_tuple(3, res);
}
static MO_DEFINE_FUN_VAR(select_select_obj, 3, 4, select_select);

// ---- the module ------------------------------------------------------------------------

static const mo_map_elem_t select_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_select)},
    {MO_ROM_QSTR(MO_QSTR_poll), MO_ROM_PTR(&select_poll_obj)},
    {MO_ROM_QSTR(MO_QSTR_select), MO_ROM_PTR(&select_select_obj)},
    {MO_ROM_QSTR(MO_QSTR_POLLIN), MO_ROM_INT(SEL_POLLIN)},
    {MO_ROM_QSTR(MO_QSTR_POLLPRI), MO_ROM_INT(SEL_POLLPRI)},
    {MO_ROM_QSTR(MO_QSTR_POLLOUT), MO_ROM_INT(SEL_POLLOUT)},
    {MO_ROM_QSTR(MO_QSTR_POLLERR), MO_ROM_INT(SEL_POLLERR)},
    {MO_ROM_QSTR(MO_QSTR_POLLHUP), MO_ROM_INT(SEL_POLLHUP)},
    {MO_ROM_QSTR(MO_QSTR_POLLNVAL), MO_ROM_INT(SEL_POLLNVAL)},
};
static MO_DEFINE_CONST_DICT(select_globals, select_globals_table);

const mo_module_t mo_module_select = {{&mo_type_module}, &select_globals};

MO_REGISTER_MODULE(MO_QSTR_select, mo_module_select);
