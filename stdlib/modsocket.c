// The socket module for the host: TCP and UDP over IPv4, Unix-domain pairs
// (socketpair), blocking or not, with CPython's names and OSError subclasses. It is
// what asyncio's streams (open_connection, start_server) run on.
//
// Every system call is in the "host" section, each returning 0 (or a count) or
// -errno; a board with a network stack replaces that section.
#include <errno.h>
#include <string.h>

#include "runtime/runtime.h"
#include "runtime/sched.h"

// ---- host: BSD sockets -------------------------------------------------------------------

#include <arpa/inet.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

static int host_result(int r) { return r < 0 ? -errno : r; }

static int host_socket(int family, int type, int proto) {
    return host_result(socket(family, type, proto));
}

static int host_socketpair(int family, int type, int proto, int fds[2]) {
    return host_result(socketpair(family, type, proto, fds));
}

static int host_close(int fd) { return host_result(close(fd)); }

static int host_set_blocking(int fd, bool blocking) {
    int fl = fcntl(fd, F_GETFL);
    if (fl < 0) {
        return -errno;
    }
    fl = blocking ? fl & ~O_NONBLOCK : fl | O_NONBLOCK;
    return host_result(fcntl(fd, F_SETFL, fl));
}

// Resolves host (NULL: any address; "" too) and port to an IPv4 address.
static int host_resolve(const char *host, int port, struct sockaddr_in *out, const char **gai_msg) {
    memset(out, 0, sizeof(*out));
    out->sin_family = AF_INET;
    out->sin_port = htons((uint16_t)port);
    if (host == NULL || *host == '\0') {
        out->sin_addr.s_addr = htonl(INADDR_ANY);
        return 0;
    }
    if (inet_pton(AF_INET, host, &out->sin_addr) == 1) {
        return 0;
    }
    struct addrinfo hints, *res;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = AF_INET;
    int r = getaddrinfo(host, NULL, &hints, &res);
    if (r != 0) {
        *gai_msg = gai_strerror(r);
        return r;
    }
    out->sin_addr = ((struct sockaddr_in *)(void *)res->ai_addr)->sin_addr;
    freeaddrinfo(res);
    return 0;
}

static int host_bind(int fd, const struct sockaddr_in *a) {
    return host_result(bind(fd, (const struct sockaddr *)a, sizeof(*a)));
}

static int host_connect(int fd, const struct sockaddr_in *a) {
    return host_result(connect(fd, (const struct sockaddr *)a, sizeof(*a)));
}

static int host_listen(int fd, int backlog) { return host_result(listen(fd, backlog)); }

static int host_accept(int fd, struct sockaddr_in *a) {
    socklen_t len = sizeof(*a);
    memset(a, 0, sizeof(*a));
    return host_result(accept(fd, (struct sockaddr *)a, &len));
}

static int host_name(int fd, bool peer, struct sockaddr_in *a) {
    socklen_t len = sizeof(*a);
    memset(a, 0, sizeof(*a));
    return host_result(peer ? getpeername(fd, (struct sockaddr *)a, &len)
                            : getsockname(fd, (struct sockaddr *)a, &len));
}

static long host_send(int fd, const void *buf, size_t n) {
    ssize_t r = send(fd, buf, n, MSG_NOSIGNAL);
    return r < 0 ? -errno : (long)r;
}

static long host_recv(int fd, void *buf, size_t n) {
    ssize_t r = recv(fd, buf, n, 0);
    return r < 0 ? -errno : (long)r;
}

static int host_setsockopt(int fd, int level, int opt, int value) {
    return host_result(setsockopt(fd, level, opt, &value, sizeof(value)));
}

static int host_getsockopt(int fd, int level, int opt, int *value) {
    socklen_t len = sizeof(*value);
    return host_result(getsockopt(fd, level, opt, value, &len));
}

static int host_shutdown(int fd, int how) { return host_result(shutdown(fd, how)); }

static void host_addr_text(const struct sockaddr_in *a, char *buf, size_t n, int *port) {
    inet_ntop(AF_INET, &a->sin_addr, buf, (socklen_t)n);
    *port = ntohs(a->sin_port);
}

// ---- errors ------------------------------------------------------------------------------

// OSError(errno, strerror): the constructor picks ConnectionRefusedError and the others.
_Noreturn static void raise_errno(int err) {
    mo_obj_t args[2] = {mo_small_int(err), mo_obj_new_str_from_cstr(strerror(err))};
    mo_raise(mo_call(MO_OBJ(&mo_type_OSError), 2, 0, args));
}

static long check(long r) {
    if (r < 0) {
        raise_errno((int)-r);
    }
    return r;
}

// ---- socket objects ----------------------------------------------------------------------

typedef struct sock {
    mo_base_t base;
    int fd;  // -1 once closed
    int family, type, proto;
} sock_t;

static const mo_type_t socket_type;

static sock_t *sock_arg(mo_obj_t o) {
    if (!mo_obj_is_type(o, &socket_type)) {
        mo_raise_fmt(&mo_type_TypeError, "expected socket, got %s", mo_obj_type_name(o));
    }
    return MO_PTR(o);
}

static int open_fd(mo_obj_t self) {
    sock_t *s = sock_arg(self);
    if (s->fd < 0) {
        raise_errno(EBADF);
    }
    return s->fd;
}

static mo_obj_t new_sock(int fd, int family, int type, int proto) {
    sock_t *s = mo_new_obj(sock_t);
    s->base.type = &socket_type;
    s->fd = fd;
    s->family = family;
    s->type = type;
    s->proto = proto;
    return MO_OBJ(s);
}

// socket(family=AF_INET, type=SOCK_STREAM, proto=0)
static mo_obj_t socket_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                                const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 0, 3, false);
    int family = n_args > 0 ? (int)mo_obj_get_int(args[0]) : AF_INET;
    int kind = n_args > 1 ? (int)mo_obj_get_int(args[1]) : SOCK_STREAM;
    int proto = n_args > 2 ? (int)mo_obj_get_int(args[2]) : 0;
    int fd = (int)check(host_socket(family, kind, proto));
    return new_sock(fd, family, kind, proto);
}

static void socket_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const sock_t *s = MO_PTR(self);
    mo_printf(print, "<socket fd=%d, family=%d, type=%d, proto=%d>", s->fd, s->family, s->type,
              s->proto);
}

// An IPv4 address argument: (host, port).
static void addr_arg(mo_obj_t addr, struct sockaddr_in *out) {
    if (!mo_obj_is_type(addr, &mo_type_tuple)) {
        mo_raise_fmt(&mo_type_TypeError, "AF_INET address must be tuple, not %s",
                     mo_obj_type_name(addr));
    }
    size_t n;
    mo_obj_t *items;
    mo_obj_get_array(addr, &n, &items);
    if (n != 2) {
        mo_raise_msg(&mo_type_TypeError, "AF_INET address must be a pair (host, port)");
    }
    const char *host = mo_obj_str_get_cstr(items[0]);
    mo_int_t port = mo_obj_get_int(items[1]);
    if (port < 0 || port > 65535) {
        mo_raise_msg(&mo_type_OverflowError, "bind(): port must be 0-65535.");
    }
    const char *msg = NULL;
    int r = host_resolve(host, (int)port, out, &msg);
    if (r != 0) {
        mo_obj_t args[2] = {mo_small_int(r), mo_obj_new_str_from_cstr(msg)};
        mo_raise(mo_call(MO_OBJ(&mo_type_OSError), 2, 0, args));
    }
}

static mo_obj_t addr_obj(const struct sockaddr_in *a) {
    char text[INET_ADDRSTRLEN];
    int port;
    host_addr_text(a, text, sizeof(text), &port);
    mo_obj_t items[2] = {mo_obj_new_str_from_cstr(text), mo_small_int(port)};
    return mo_obj_new_tuple(2, items);
}

static mo_obj_t socket_bind(mo_obj_t self, mo_obj_t addr) {
    int fd = open_fd(self);
    struct sockaddr_in a;
    addr_arg(addr, &a);
    check(host_bind(fd, &a));
    return mo_const_none;
}
static MO_DEFINE_FUN_2(socket_bind_obj, socket_bind);

// A blocking call cut short by a signal runs the handler (Ctrl-C raises), then retries.
static long retry(long r) {
    if (r == -EINTR) {
        mo_sched_handle_pending();
    }
    return r;
}

static mo_obj_t socket_connect(mo_obj_t self, mo_obj_t addr) {
    int fd = open_fd(self);
    struct sockaddr_in a;
    addr_arg(addr, &a);
    check(host_connect(fd, &a));
    return mo_const_none;
}
static MO_DEFINE_FUN_2(socket_connect_obj, socket_connect);

static mo_obj_t socket_listen(size_t n_args, const mo_obj_t *args) {
    int fd = open_fd(args[0]);
    mo_int_t backlog = n_args > 1 ? mo_obj_get_int(args[1]) : 128;
    check(host_listen(fd, backlog < 0 ? 0 : (int)backlog));
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(socket_listen_obj, 1, 2, socket_listen);

static mo_obj_t socket_accept(mo_obj_t self) {
    int fd = open_fd(self);
    struct sockaddr_in a;
    long r;
    while ((r = retry(host_accept(fd, &a))) == -EINTR) {
    }
    check(r);
    const sock_t *s = MO_PTR(self);
    mo_obj_t items[2] = {new_sock((int)r, s->family, s->type, s->proto), addr_obj(&a)};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_1(socket_accept_obj, socket_accept);

static mo_obj_t socket_send(mo_obj_t self, mo_obj_t data) {
    int fd = open_fd(self);
    mo_buffer_info_t b;
    if (mo_obj_type(data)->get_buffer == NULL ||
        mo_obj_type(data)->get_buffer(data, &b, MO_BUFFER_READ) != 0) {
        mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%s'",
                     mo_obj_type_name(data));
    }
    long r;
    while ((r = retry(host_send(fd, b.buf, b.len))) == -EINTR) {
    }
    return mo_obj_new_int(check(r));
}
static MO_DEFINE_FUN_2(socket_send_obj, socket_send);

static mo_obj_t socket_sendall(mo_obj_t self, mo_obj_t data) {
    mo_buffer_info_t b;
    if (mo_obj_type(data)->get_buffer == NULL ||
        mo_obj_type(data)->get_buffer(data, &b, MO_BUFFER_READ) != 0) {
        mo_raise_fmt(&mo_type_TypeError, "a bytes-like object is required, not '%s'",
                     mo_obj_type_name(data));
    }
    size_t done = 0;
    while (done < b.len) {
        long r = retry(host_send(open_fd(self), (const char *)b.buf + done, b.len - done));
        if (r != -EINTR) {
            done += (size_t)check(r);
        }
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_2(socket_sendall_obj, socket_sendall);

static mo_obj_t socket_recv(mo_obj_t self, mo_obj_t size) {
    int fd = open_fd(self);
    mo_int_t n = mo_obj_get_int(size);
    if (n < 0) {
        mo_raise_msg(&mo_type_ValueError, "negative buffersize in recv");
    }
    mo_vstr_t v;
    mo_vstr_init(&v, (size_t)n + 1);
    long r;
    while ((r = retry(host_recv(fd, v.buf, (size_t)n))) == -EINTR) {
    }
    v.len = (size_t)check(r);
    return mo_obj_new_bytes_from_vstr(&v);
}
static MO_DEFINE_FUN_2(socket_recv_obj, socket_recv);

static mo_obj_t socket_close(mo_obj_t self) {
    sock_t *s = sock_arg(self);
    if (s->fd >= 0) {
        int fd = s->fd;
        s->fd = -1;
        check(host_close(fd));
    }
    return mo_const_none;
}
static MO_DEFINE_FUN_1(socket_close_obj, socket_close);

static mo_obj_t socket_fileno(mo_obj_t self) {
    return mo_small_int(sock_arg(self)->fd);
}
static MO_DEFINE_FUN_1(socket_fileno_obj, socket_fileno);

static mo_obj_t socket_setblocking(mo_obj_t self, mo_obj_t flag) {
    check(host_set_blocking(open_fd(self), mo_obj_is_true(flag)));
    return mo_const_none;
}
static MO_DEFINE_FUN_2(socket_setblocking_obj, socket_setblocking);

static mo_obj_t socket_setsockopt(size_t n_args, const mo_obj_t *args) {
    int fd = open_fd(args[0]);
    mo_int_t v = mo_obj_is_true(args[3]) ? 1 : 0;
    if (mo_obj_is_int(args[3])) {
        v = mo_obj_get_int(args[3]);
    }
    check(host_setsockopt(fd, (int)mo_obj_get_int(args[1]), (int)mo_obj_get_int(args[2]), (int)v));
    return mo_const_none;
}
static MO_DEFINE_FUN_VAR(socket_setsockopt_obj, 4, 4, socket_setsockopt);

// getsockopt(level, opt): integer options only.
static mo_obj_t socket_getsockopt(mo_obj_t self, mo_obj_t level, mo_obj_t opt) {
    int v = 0;
    check(host_getsockopt(open_fd(self), (int)mo_obj_get_int(level), (int)mo_obj_get_int(opt), &v));
    return mo_obj_new_int(v);
}
static MO_DEFINE_FUN_3(socket_getsockopt_obj, socket_getsockopt);

static mo_obj_t sock_name(mo_obj_t self, bool peer) {
    int fd = open_fd(self);
    if (sock_arg(self)->family != AF_INET) {
        return mo_qstr_obj(MO_QSTR_);
    }
    struct sockaddr_in a;
    check(host_name(fd, peer, &a));
    return addr_obj(&a);
}

static mo_obj_t socket_getsockname(mo_obj_t self) { return sock_name(self, false); }
static MO_DEFINE_FUN_1(socket_getsockname_obj, socket_getsockname);

static mo_obj_t socket_getpeername(mo_obj_t self) { return sock_name(self, true); }
static MO_DEFINE_FUN_1(socket_getpeername_obj, socket_getpeername);

static mo_obj_t socket_shutdown(mo_obj_t self, mo_obj_t how) {
    check(host_shutdown(open_fd(self), (int)mo_obj_get_int(how)));
    return mo_const_none;
}
static MO_DEFINE_FUN_2(socket_shutdown_obj, socket_shutdown);

static mo_obj_t socket_enter(mo_obj_t self) { return self; }
static MO_DEFINE_FUN_1(socket_enter_obj, socket_enter);

static mo_obj_t socket_exit(size_t n_args, const mo_obj_t *args) {
    return socket_close(args[0]);
}
static MO_DEFINE_FUN_VAR(socket_exit_obj, 4, 4, socket_exit);

#define M(q, name) {MO_ROM_QSTR(q), MO_ROM_PTR(&socket_##name##_obj)}
static const mo_map_elem_t socket_locals_table[] = {
    M(MO_QSTR_bind, bind), M(MO_QSTR_connect, connect), M(MO_QSTR_listen, listen),
    M(MO_QSTR_accept, accept), M(MO_QSTR_send, send), M(MO_QSTR_sendall, sendall),
    M(MO_QSTR_recv, recv), M(MO_QSTR_close, close), M(MO_QSTR_fileno, fileno),
    M(MO_QSTR_setblocking, setblocking), M(MO_QSTR_setsockopt, setsockopt),
    M(MO_QSTR_getsockname, getsockname), M(MO_QSTR_getpeername, getpeername),
    M(MO_QSTR_shutdown, shutdown), M(MO_QSTR_getsockopt, getsockopt),
    {MO_ROM_QSTR(MO_QSTR___enter__), MO_ROM_PTR(&socket_enter_obj)},
    {MO_ROM_QSTR(MO_QSTR___exit__), MO_ROM_PTR(&socket_exit_obj)},
};
static MO_DEFINE_CONST_DICT(socket_locals_dict, socket_locals_table);

static const mo_type_t socket_type = {
    .base = {&mo_type_type},
    .flags = MO_TYPE_FLAG_EQ_IS_IDENTITY | MO_TYPE_FLAG_NOT_SUBCLASSABLE,
    .name = MO_QSTR_socket,
    .print = socket_print,
    .make_new = socket_make_new,
    .locals_dict = (struct mo_dict *)&socket_locals_dict,
};

// ---- module functions --------------------------------------------------------------------

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0)
static mo_obj_t socket_socketpair(size_t n_args, const mo_obj_t *args) {
    int family = n_args > 0 ? (int)mo_obj_get_int(args[0]) : AF_UNIX;
    int kind = n_args > 1 ? (int)mo_obj_get_int(args[1]) : SOCK_STREAM;
    int proto = n_args > 2 ? (int)mo_obj_get_int(args[2]) : 0;
    int fds[2];
    check(host_socketpair(family, kind, proto, fds));
    mo_obj_t items[2] = {new_sock(fds[0], family, kind, proto), new_sock(fds[1], family, kind, proto)};
    return mo_obj_new_tuple(2, items);
}
static MO_DEFINE_FUN_VAR(socket_socketpair_obj, 0, 3, socket_socketpair);

// getaddrinfo(host, port, ...): IPv4 stream entries only,
// [(AF_INET, SOCK_STREAM, IPPROTO_TCP, '', (address, port))].
static mo_obj_t socket_getaddrinfo(size_t n_args, const mo_obj_t *args) {
    mo_obj_t addr[2] = {args[0] == mo_const_none ? mo_qstr_obj(MO_QSTR_) : args[0], args[1]};
    if (mo_obj_is_str(addr[1])) {
        addr[1] = mo_call1(MO_OBJ(&mo_type_int), addr[1]);
    }
    struct sockaddr_in a;
    addr_arg(mo_obj_new_tuple(2, addr), &a);
    mo_obj_t entry[5] = {mo_small_int(AF_INET), mo_small_int(SOCK_STREAM),
                         mo_small_int(IPPROTO_TCP), mo_qstr_obj(MO_QSTR_), addr_obj(&a)};
    mo_obj_t e = mo_obj_new_tuple(5, entry);
    return mo_obj_new_list(1, &e);
}
static MO_DEFINE_FUN_VAR(socket_getaddrinfo_obj, 2, 6, socket_getaddrinfo);

#define C(q, name) {MO_ROM_QSTR(q), MO_ROM_INT(name)}
static const mo_map_elem_t socket_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_socket)},
    {MO_ROM_QSTR(MO_QSTR_socket), MO_ROM_PTR(&socket_type)},
    {MO_ROM_QSTR(MO_QSTR_socketpair), MO_ROM_PTR(&socket_socketpair_obj)},
    {MO_ROM_QSTR(MO_QSTR_getaddrinfo), MO_ROM_PTR(&socket_getaddrinfo_obj)},
    {MO_ROM_QSTR(MO_QSTR_error), MO_ROM_PTR(&mo_type_OSError)},
    C(MO_QSTR_AF_INET, AF_INET), C(MO_QSTR_AF_UNIX, AF_UNIX),
    C(MO_QSTR_SOCK_STREAM, SOCK_STREAM), C(MO_QSTR_SOCK_DGRAM, SOCK_DGRAM),
    C(MO_QSTR_SOL_SOCKET, SOL_SOCKET), C(MO_QSTR_SO_REUSEADDR, SO_REUSEADDR),
    C(MO_QSTR_SO_ERROR, SO_ERROR),
    C(MO_QSTR_IPPROTO_TCP, IPPROTO_TCP), C(MO_QSTR_TCP_NODELAY, TCP_NODELAY),
    C(MO_QSTR_SHUT_RD, SHUT_RD), C(MO_QSTR_SHUT_WR, SHUT_WR), C(MO_QSTR_SHUT_RDWR, SHUT_RDWR),
};
static MO_DEFINE_CONST_DICT(socket_globals, socket_globals_table);

const mo_module_t mo_module_socket = {{&mo_type_module}, &socket_globals};

MO_REGISTER_MODULE(MO_QSTR_socket, mo_module_socket);
