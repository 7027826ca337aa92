// The time module: CPython's clocks, sleep, gmtime/localtime (struct_time) and mktime,
// plus MicroPython's sleep_ms/sleep_us and ticks_* with their wraparound arithmetic.
//
// Everything that asks the system for the time is in the "host" section below (POSIX
// clock_gettime, nanosleep, localtime_r, mktime); a target port replaces only that.
// gmtime does its own calendar arithmetic so it needs nothing from the C library.
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <time.h>

#include "runtime/config.h"
#include "runtime/objexcept.h"
#include "runtime/objint.h"
#include "runtime/runtime.h"
#include "runtime/sched.h"

// A broken-down time: the nine struct_time fields plus the zone name and UTC offset.
typedef struct tm_fields {
    int64_t year;
    int mon, mday, hour, min, sec, wday, yday, isdst;
    const char *zone;
    long gmtoff;
} tm_fields_t;

#define NS_PER_S INT64_C(1000000000)

#if !MO_BOARD
// ---- host: the system clocks and time zone (POSIX) ------------------------------------

static int64_t clock_ns(clockid_t id) {
    struct timespec ts;
    clock_gettime(id, &ts);
    return (int64_t)ts.tv_sec * NS_PER_S + ts.tv_nsec;
}

static int64_t host_realtime_ns(void) { return clock_ns(CLOCK_REALTIME); }
static int64_t host_monotonic_ns(void) { return clock_ns(CLOCK_MONOTONIC); }

// Sleeps for up to ns nanoseconds; returns false if a signal cut the sleep short.
static bool host_sleep_ns(int64_t ns) {
    struct timespec ts = {(time_t)(ns / NS_PER_S), (long)(ns % NS_PER_S)};
    return nanosleep(&ts, NULL) == 0 || errno != EINTR;
}

// Local time of secs; false (with errno set) if the C library can't represent it.
static bool host_localtime(int64_t secs, tm_fields_t *f) {
    time_t t = (time_t)secs;
    struct tm tm;
    if ((int64_t)t != secs) {
        errno = EOVERFLOW;
        return false;
    }
    if (localtime_r(&t, &tm) == NULL) {
        return false;
    }
    *f = (tm_fields_t){(int64_t)tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour,
                       tm.tm_min, tm.tm_sec, (tm.tm_wday + 6) % 7, tm.tm_yday + 1, tm.tm_isdst,
                       tm.tm_zone, tm.tm_gmtoff};
    return true;
}

// Seconds since the epoch of a local time; false if out of range. f->year - 1900 fits
// an int (checked by the caller).
static bool host_mktime(const tm_fields_t *f, double *secs) {
    struct tm tm;
    memset(&tm, 0, sizeof(tm));
    tm.tm_year = (int)(f->year - 1900);
    tm.tm_mon = f->mon - 1;
    tm.tm_mday = f->mday;
    tm.tm_hour = f->hour;
    tm.tm_min = f->min;
    tm.tm_sec = f->sec;
    tm.tm_isdst = f->isdst;
    tm.tm_wday = -1;  // mktime sets it on success: tells -1 (a valid time) from failure
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        return false;
    }
    *secs = (double)t;
    return true;
}

#else  // MO_BOARD
// ---- board: the HAL's tick count; no clock of the day, so the epoch is the boot --------
// (guarded change for the firmware build: hal/ticks.h stands in for POSIX clocks, and
// local time is UTC.)
#include "hal/ticks.h"

static void fields_from_utc(int64_t secs, tm_fields_t *f);
static int64_t days_from_civil(int64_t y, int m, int d);

static int64_t host_monotonic_ns(void) { return (int64_t)mo_hal_ticks_us64() * 1000; }
static int64_t host_realtime_ns(void) { return host_monotonic_ns(); }

// Sleeps for up to ns nanoseconds, idling between ticks; false if Ctrl-C cut it short.
static bool host_sleep_ns(int64_t ns) {
    uint64_t end = mo_hal_ticks_us64() + (uint64_t)((ns + 999) / 1000);
    while (mo_hal_ticks_us64() < end) {
        if (mo_state.interrupt_requested || mo_state.pending_exception != MO_OBJ_NULL) {
            return false;
        }
        mo_hal_idle();
    }
    return true;
}

static bool host_localtime(int64_t secs, tm_fields_t *f) {
    fields_from_utc(secs, f);
    return true;
}

static bool host_mktime(const tm_fields_t *f, double *secs) {
    int64_t days = days_from_civil(f->year, f->mon, f->mday);
    *secs = (double)(days * 86400 + (int64_t)f->hour * 3600 + (int64_t)f->min * 60 + f->sec);
    return true;
}
#endif  // MO_BOARD

// ---- struct_time ------------------------------------------------------------------------

// A 9-tuple whose items also have names, plus tm_zone and tm_gmtoff (attributes only),
// as CPython's struct sequence. Operations other than naming work on a plain tuple copy.
// The layout is a tuple's (len 9, two hidden items after) because the type derives from
// tuple: tuple's own methods (count, index, __getitem__ ...) run on it directly.
#define ST_LEN 9
#define ST_ALL 11
typedef struct struct_time {
    mo_base_t base;
    size_t len;
    mo_obj_t items[ST_ALL];
} struct_time_t;

static const mo_type_t time_struct_time_type;

static const uint16_t st_fields[ST_ALL] = {
    MO_QSTR_tm_year, MO_QSTR_tm_mon, MO_QSTR_tm_mday, MO_QSTR_tm_hour, MO_QSTR_tm_min,
    MO_QSTR_tm_sec,
    MO_QSTR_tm_wday, MO_QSTR_tm_yday, MO_QSTR_tm_isdst, MO_QSTR_tm_zone, MO_QSTR_tm_gmtoff};

static mo_obj_t st_new(const mo_obj_t *items, size_t n) {
    struct_time_t *st = mo_new_obj(struct_time_t);
    st->base.type = &time_struct_time_type;
    st->len = ST_LEN;
    for (size_t i = 0; i < ST_ALL; i++) {
        st->items[i] = i < n ? items[i] : mo_const_none;
    }
    return MO_OBJ(st);
}

static mo_obj_t st_tuple(mo_obj_t self) {
    return mo_obj_new_tuple(ST_LEN, ((const struct_time_t *)MO_PTR(self))->items);
}

// An iterator over struct_time()'s argument, with CPython's error for a non-iterable.
static mo_obj_t st_iter_arg(mo_obj_t seq) {
    mo_nlr_buf_t nlr;
    if (mo_nlr_push(&nlr) == 0) {
        mo_obj_t it = mo_getiter(seq, NULL);
        mo_nlr_pop();
        return it;
    }
    if (mo_obj_exception_match(nlr.ret_val, MO_OBJ(&mo_type_TypeError))) {
        mo_raise_msg(&mo_type_TypeError, "constructor requires a sequence");
    }
    mo_nlr_jump(nlr.ret_val);
}

static mo_obj_t st_make_new(const mo_type_t *type, size_t n_args, size_t n_kw,
                            const mo_obj_t *args) {
    mo_arg_check_num(n_args, n_kw, 1, 1, false);
    mo_obj_t t = mo_call1(MO_OBJ(&mo_type_tuple), st_iter_arg(args[0]));
    const mo_tuple_t *tup = MO_PTR(t);
    if (tup->len < ST_LEN || tup->len > ST_ALL) {
        bool few = tup->len < ST_LEN;
        mo_raise_fmt(&mo_type_TypeError,
                     "time.struct_time() takes an %s %d-sequence (%d-sequence given)",
                     few ? "at least" : "at most", few ? ST_LEN : ST_ALL,
                     (int)tup->len);
    }
    return st_new(tup->items, tup->len);
}

static void st_print(const mo_print_t *print, mo_obj_t self, int kind) {
    const struct_time_t *st = MO_PTR(self);
    mo_print_str(print, "time.struct_time(");
    for (size_t i = 0; i < ST_LEN; i++) {
        mo_printf(print, "%s%q=%R", i > 0 ? ", " : "", (qstr)st_fields[i], st->items[i]);
    }
    mo_print_str(print, ")");
}

static void st_attr(mo_obj_t self, qstr attr, mo_obj_t *dest) {
    if (dest[0] != MO_OBJ_NULL) {
        return;
    }
    for (size_t i = 0; i < ST_ALL; i++) {
        if (st_fields[i] == attr) {
            dest[0] = ((const struct_time_t *)MO_PTR(self))->items[i];
            return;
        }
    }
}

static mo_obj_t st_unary_op(int op, mo_obj_t self) { return mo_unary_op(op, st_tuple(self)); }

static mo_obj_t st_binary_op(int op, mo_obj_t lhs, mo_obj_t rhs) {
    if (op >= MO_BINARY_OP_REVERSE_OR && op <= MO_BINARY_OP_REVERSE_POWER) {
        return mo_binary_op(op - (MO_BINARY_OP_REVERSE_OR - MO_BINARY_OP_OR), rhs, st_tuple(lhs));
    }
    if (mo_obj_is_type(rhs, &time_struct_time_type)) {
        rhs = st_tuple(rhs);
    }
    return mo_binary_op(op, st_tuple(lhs), rhs);
}

static mo_obj_t st_subscr(mo_obj_t self, mo_obj_t index, mo_obj_t value) {
    if (value != MO_OBJ_SENTINEL) {
        return MO_OBJ_NULL;
    }
    return mo_subscr_load(st_tuple(self), index);
}

static mo_obj_t st_getiter(mo_obj_t self, mo_iter_buf_t *iter_buf) {
    return mo_getiter(st_tuple(self), iter_buf);
}

static const mo_type_t time_struct_time_type = {
    .base = {&mo_type_type},
    .name = MO_QSTR_time_dot_struct_time,  // CPython's tp_name: in reprs and errors
    .print = st_print,
    .make_new = st_make_new,
    .unary_op = st_unary_op,
    .binary_op = st_binary_op,
    .attr = st_attr,
    .subscr = st_subscr,
    .getiter = st_getiter,
    .parent = &mo_type_tuple,
};

static mo_obj_t st_from_fields(const tm_fields_t *f) {
    mo_obj_t items[ST_ALL] = {
        mo_obj_new_int_from_ll(f->year), mo_small_int(f->mon),  mo_small_int(f->mday),
        mo_small_int(f->hour),           mo_small_int(f->min),  mo_small_int(f->sec),
        mo_small_int(f->wday),           mo_small_int(f->yday), mo_small_int(f->isdst),
        f->zone != NULL ? mo_obj_new_str_from_cstr(f->zone) : mo_const_none,
        mo_obj_new_int((mo_int_t)f->gmtoff)};
    return st_new(items, ST_ALL);
}

// ---- calendar arithmetic (proleptic Gregorian, no time zones) ---------------------------

static int64_t floor_div(int64_t a, int64_t b) {
    return a / b - (a % b != 0 && (a < 0) != (b < 0));
}
static int64_t floor_mod(int64_t a, int64_t b) { return a - floor_div(a, b) * b; }

// Days from 1970-01-01 to y-m-d. The year is shifted to start in March so the leap day
// ends it, and counted in 400-year eras of 146097 days.
static int64_t days_from_civil(int64_t y, int m, int d) {
    y -= m <= 2;
    int64_t era = floor_div(y, 400);
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// The inverse of days_from_civil, filling year, month, day, weekday and day of year.
static void civil_from_days(int64_t days, tm_fields_t *f) {
    int64_t z = days + 719468;
    int64_t era = floor_div(z, 146097);
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    f->mday = (int)(doy - (153 * mp + 2) / 5 + 1);
    f->mon = (int)(mp < 10 ? mp + 3 : mp - 9);
    f->year = yoe + era * 400 + (f->mon <= 2);
    f->wday = (int)floor_mod(days + 3, 7);  // Monday is 0; 1970-01-01 was a Thursday
    f->yday = (int)(days - days_from_civil(f->year, 1, 1) + 1);
}

static void fields_from_utc(int64_t secs, tm_fields_t *f) {
    int64_t days = floor_div(secs, 86400), rem = secs - days * 86400;
    civil_from_days(days, f);
    f->hour = (int)(rem / 3600);
    f->min = (int)(rem / 60 % 60);
    f->sec = (int)(rem % 60);
    f->isdst = 0;
    f->zone = "GMT";
    f->gmtoff = 0;
}

// ---- argument conversion ----------------------------------------------------------------

_Noreturn static void raise_time_t_range(void) {
    mo_raise_msg(&mo_type_OverflowError, "timestamp out of range for platform time_t");
}

_Noreturn static void raise_not_integer(mo_obj_t o) {
    mo_raise_fmt(&mo_type_TypeError, "'%s' object cannot be interpreted as an integer",
                 mo_obj_type_name(o));
}

// OSError(errno, message) as CPython raises it for a failing C call.
_Noreturn static void raise_oserror(int num, const char *msg) {
    mo_obj_t args[2] = {mo_small_int(num), mo_obj_new_str_from_cstr(msg)};
    mo_raise(mo_obj_new_exception(&mo_type_OSError, 2, args));
}

// A number of seconds (int, bool or float), as a double; CPython's errors otherwise.
static double seconds_arg(mo_obj_t o) {
    if (!mo_obj_is_int_like(o) && !mo_obj_is_type(o, &mo_type_float)) {
        raise_not_integer(o);
    }
    if (mo_obj_is_int_like(o)) {
        mo_int_t v;
        if (mo_obj_get_int_maybe(o, &v)) {
            return (double)v;
        }
        if (mo_int_cmp_double(o, 0x1p63) >= 0 || mo_int_cmp_double(o, -0x1p63) < 0) {
            raise_time_t_range();
        }
        return mo_int_as_double(o);  // exact below 2**53: beyond that, no calendar fits
    }
    double d = mo_obj_get_float(o);
    if (isnan(d)) {
        mo_raise_msg(&mo_type_ValueError, "Invalid value NaN (not a number)");
    }
    return d;
}

// gmtime/localtime's optional argument: whole seconds, rounded down; None or nothing
// means now.
static int64_t timestamp_arg(size_t n_args, const mo_obj_t *args) {
    if (n_args == 0 || args[0] == mo_const_none) {
        return floor_div(host_realtime_ns(), NS_PER_S);
    }
    double d = floor(seconds_arg(args[0]));
    if (!(d >= -0x1p63 && d < 0x1p63)) {
        raise_time_t_range();
    }
    return (int64_t)d;
}

// ---- clocks -----------------------------------------------------------------------------

static mo_obj_t ns_as_seconds(int64_t ns) { return mo_obj_new_float((double)ns / 1e9); }

static mo_obj_t time_time(void) { return ns_as_seconds(host_realtime_ns()); }
static MO_DEFINE_FUN_0(time_time_obj, time_time);

static mo_obj_t time_time_ns(void) { return mo_obj_new_int_from_ll(host_realtime_ns()); }
static MO_DEFINE_FUN_0(time_time_ns_obj, time_time_ns);

// monotonic and perf_counter share the one monotonic clock.
static mo_obj_t time_monotonic(void) { return ns_as_seconds(host_monotonic_ns()); }
static MO_DEFINE_FUN_0(time_monotonic_obj, time_monotonic);

static mo_obj_t time_monotonic_ns(void) { return mo_obj_new_int_from_ll(host_monotonic_ns()); }
static MO_DEFINE_FUN_0(time_monotonic_ns_obj, time_monotonic_ns);

// ---- sleeping ---------------------------------------------------------------------------

// A signal (Ctrl-C) that cut a sleep short raises its exception here, as CPython's
// sleep does, rather than at the VM's next check, which may come much later; and
// scheduled callbacks run while we sleep, as on MicroPython.
static void raise_if_interrupted(void) { mo_sched_handle_pending(); }

// Sleeps until ns have passed on the monotonic clock, across interruptions by signals
// that don't raise.
static void sleep_ns(int64_t ns) {
    int64_t deadline = host_monotonic_ns() + ns;
    while (ns > 0 && !host_sleep_ns(ns)) {
        raise_if_interrupted();
        ns = deadline - host_monotonic_ns();
    }
}

static mo_obj_t time_sleep(mo_obj_t secs) {
    double s = seconds_arg(secs);
    if (s < 0) {
        mo_raise_msg(&mo_type_ValueError, "sleep length must be non-negative");
    }
    double ns = ceil(s * 1e9);
    if (ns >= 0x1p63) {
        mo_raise_msg(&mo_type_OverflowError, "timestamp too large to convert to C _PyTime_t");
    }
    sleep_ns((int64_t)ns);
    return mo_const_none;
}
static MO_DEFINE_FUN_1(time_sleep_obj, time_sleep);

// MicroPython's: a negative delay is no delay.
static mo_obj_t sleep_units(mo_obj_t n, int64_t ns_per_unit) {
    mo_int_t v = mo_obj_get_int(n);
    if (v > 0) {
        sleep_ns((int64_t)v * ns_per_unit);
    }
    return mo_const_none;
}

static mo_obj_t time_sleep_ms(mo_obj_t ms) { return sleep_units(ms, 1000000); }
static MO_DEFINE_FUN_1(time_sleep_ms_obj, time_sleep_ms);

static mo_obj_t time_sleep_us(mo_obj_t us) { return sleep_units(us, 1000); }
static MO_DEFINE_FUN_1(time_sleep_us_obj, time_sleep_us);

// ---- ticks ------------------------------------------------------------------------------

// Ticks count modulo 2**30 (MicroPython's period), so they stay small ints even on a
// 32-bit MCU; ticks_diff gives the signed distance in [-2**29, 2**29).
#define TICKS_PERIOD ((mo_uint_t)1 << 30)
#define TICKS_MASK (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

static mo_obj_t ticks_of(int64_t ns_per_tick) {
    return mo_small_int((mo_int_t)((uint64_t)(host_monotonic_ns() / ns_per_tick) & TICKS_MASK));
}

static mo_obj_t time_ticks_ms(void) { return ticks_of(1000000); }
static MO_DEFINE_FUN_0(time_ticks_ms_obj, time_ticks_ms);

static mo_obj_t time_ticks_us(void) { return ticks_of(1000); }
static MO_DEFINE_FUN_0(time_ticks_us_obj, time_ticks_us);

// The finest counter the host has: nanoseconds.
static mo_obj_t time_ticks_cpu(void) { return ticks_of(1); }
static MO_DEFINE_FUN_0(time_ticks_cpu_obj, time_ticks_cpu);

// Unsigned arithmetic wraps without overflow; the mask keeps the low 30 bits.
static mo_obj_t time_ticks_diff(mo_obj_t end, mo_obj_t start) {
    mo_uint_t d = (mo_uint_t)mo_obj_get_int(end) - (mo_uint_t)mo_obj_get_int(start);
    return mo_small_int((mo_int_t)((d + TICKS_HALF) & TICKS_MASK) - (mo_int_t)TICKS_HALF);
}
static MO_DEFINE_FUN_2(time_ticks_diff_obj, time_ticks_diff);

// A delta outside (-period/2, period/2) couldn't be measured back by ticks_diff, so it
// is refused as MicroPython does.
static mo_obj_t time_ticks_add(mo_obj_t ticks, mo_obj_t delta) {
    mo_int_t t = mo_obj_get_int(ticks), dt = mo_obj_get_int(delta);
    if (dt <= -(mo_int_t)TICKS_HALF || dt >= (mo_int_t)TICKS_HALF) {
        mo_raise_msg(&mo_type_OverflowError, "ticks interval overflow");
    }
    return mo_small_int((mo_int_t)(((mo_uint_t)t + (mo_uint_t)dt) & TICKS_MASK));
}
static MO_DEFINE_FUN_2(time_ticks_add_obj, time_ticks_add);

// ---- calendar functions -----------------------------------------------------------------

// glibc can't give a year that overflows struct tm's int: CPython passes on its EOVERFLOW.
static void check_year(const tm_fields_t *f) {
    if (f->year - 1900 > INT_MAX || f->year - 1900 < INT_MIN) {
        raise_oserror(75, "Value too large for defined data type");
    }
}

static mo_obj_t time_gmtime(size_t n_args, const mo_obj_t *args) {
    tm_fields_t f;
    fields_from_utc(timestamp_arg(n_args, args), &f);
    check_year(&f);
    return st_from_fields(&f);
}
static MO_DEFINE_FUN_VAR(time_gmtime_obj, 0, 1, time_gmtime);

static mo_obj_t time_localtime(size_t n_args, const mo_obj_t *args) {
    tm_fields_t f;
    if (!host_localtime(timestamp_arg(n_args, args), &f)) {
        raise_oserror(errno, strerror(errno));
    }
    return st_from_fields(&f);
}
static MO_DEFINE_FUN_VAR(time_localtime_obj, 0, 1, time_localtime);

// One field of mktime's tuple: an int that fits a C int, with CPython's errors.
static int int_field(mo_obj_t o) {
    if (!mo_obj_is_int_like(o)) {
        raise_not_integer(o);
    }
    mo_int_t v;
    if (!mo_obj_get_int_maybe(o, &v) || v > INT_MAX || v < INT_MIN) {
        mo_raise_msg(&mo_type_OverflowError, mo_int_sign(o) > 0
                                                 ? "signed integer is greater than maximum"
                                                 : "signed integer is less than minimum");
    }
    return (int)v;
}

static mo_obj_t time_mktime(mo_obj_t arg) {
    mo_obj_t *items;
    size_t len;
    if (mo_obj_is_type(arg, &time_struct_time_type)) {
        items = ((struct_time_t *)MO_PTR(arg))->items;
        len = ST_LEN;
    } else if (mo_obj_is_type(arg, &mo_type_tuple)) {
        mo_obj_get_array(arg, &len, &items);
    } else {
        mo_raise_msg(&mo_type_TypeError, "Tuple or struct_time argument required");
    }
    if (len != ST_LEN) {
        mo_raise_msg(&mo_type_TypeError, "mktime(): illegal time tuple argument");
    }
    int v[ST_LEN];
    for (size_t i = 0; i < ST_LEN; i++) {
        v[i] = int_field(items[i]);
    }
    if (v[0] < INT_MIN + 1900) {
        mo_raise_msg(&mo_type_OverflowError, "year out of range");
    }
    tm_fields_t f = {v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], NULL, 0};
    double secs;
    if (!host_mktime(&f, &secs)) {
        mo_raise_msg(&mo_type_OverflowError, "mktime argument out of range");
    }
    return mo_obj_new_float(secs);
}
static MO_DEFINE_FUN_1(time_mktime_obj, time_mktime);

// ---- the module -------------------------------------------------------------------------

static const mo_map_elem_t time_globals_table[] = {
    {MO_ROM_QSTR(MO_QSTR___name__), MO_ROM_QSTR(MO_QSTR_time)},
    {MO_ROM_QSTR(MO_QSTR_time), MO_ROM_PTR(&time_time_obj)},
    {MO_ROM_QSTR(MO_QSTR_time_ns), MO_ROM_PTR(&time_time_ns_obj)},
    {MO_ROM_QSTR(MO_QSTR_monotonic), MO_ROM_PTR(&time_monotonic_obj)},
    {MO_ROM_QSTR(MO_QSTR_monotonic_ns), MO_ROM_PTR(&time_monotonic_ns_obj)},
    {MO_ROM_QSTR(MO_QSTR_perf_counter), MO_ROM_PTR(&time_monotonic_obj)},
    {MO_ROM_QSTR(MO_QSTR_perf_counter_ns), MO_ROM_PTR(&time_monotonic_ns_obj)},
    {MO_ROM_QSTR(MO_QSTR_sleep), MO_ROM_PTR(&time_sleep_obj)},
    {MO_ROM_QSTR(MO_QSTR_sleep_ms), MO_ROM_PTR(&time_sleep_ms_obj)},
    {MO_ROM_QSTR(MO_QSTR_sleep_us), MO_ROM_PTR(&time_sleep_us_obj)},
    {MO_ROM_QSTR(MO_QSTR_ticks_ms), MO_ROM_PTR(&time_ticks_ms_obj)},
    {MO_ROM_QSTR(MO_QSTR_ticks_us), MO_ROM_PTR(&time_ticks_us_obj)},
    {MO_ROM_QSTR(MO_QSTR_ticks_cpu), MO_ROM_PTR(&time_ticks_cpu_obj)},
    {MO_ROM_QSTR(MO_QSTR_ticks_diff), MO_ROM_PTR(&time_ticks_diff_obj)},
    {MO_ROM_QSTR(MO_QSTR_ticks_add), MO_ROM_PTR(&time_ticks_add_obj)},
    {MO_ROM_QSTR(MO_QSTR_gmtime), MO_ROM_PTR(&time_gmtime_obj)},
    {MO_ROM_QSTR(MO_QSTR_localtime), MO_ROM_PTR(&time_localtime_obj)},
    {MO_ROM_QSTR(MO_QSTR_mktime), MO_ROM_PTR(&time_mktime_obj)},
    {MO_ROM_QSTR(MO_QSTR_struct_time), MO_ROM_PTR(&time_struct_time_type)},
};
static MO_DEFINE_CONST_DICT(time_globals, time_globals_table);

const mo_module_t mo_module_time = {{&mo_type_module}, &time_globals};

MO_REGISTER_MODULE(MO_QSTR_time, mo_module_time);
