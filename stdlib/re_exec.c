// Running a compiled pattern: a backtracking matcher over the program of re.h.
//
// Choices are not C recursion but entries on an explicit stack on the GC heap, so
// deep inputs cost heap (MemoryError when it runs out), never C stack. Every
// register change pushes the old value, so backtracking to a choice restores the
// groups and loop counters as they were when it was made. A loop may not start
// an optional iteration where the previous one started (it matched nothing), so
// patterns like (a*)* end. Lookarounds and atomic groups keep a mark on the stack;
// when their body succeeds, the choices made inside are dropped.
//
// Positions are byte offsets into the subject; a str subject is UTF-8, and a
// character is decoded where one is needed.
#include <string.h>

#include "runtime/sched.h"
#include "runtime/unicode.h"
#include "stdlib/re.h"

enum { BT_CHOICE, BT_UNDO, BT_GREEDY, BT_LAZY, BT_MARK };

// a, b, c by kind: CHOICE: pc, sp. UNDO: register pair index, old values.
// GREEDY: pc after the repeat, current sp, sp of the fewest repeats allowed.
// LAZY: pc of the repeat, current sp, count. MARK: pc of the ASSERT, sp, outer mark.
struct mo_re_bt {
    uint32_t kind, a;
    size_t b, c;
};

// ---- characters --------------------------------------------------------------------

static mo_unichar_t next_char(const mo_re_state_t *st, size_t *sp) {
    const uint8_t *s = st->s + *sp;
    if (!st->uni || *s < 0x80) {
        (*sp)++;
        return *s;
    }
    const uint8_t *end = st->s + st->end;
    *sp = (size_t)(mo_utf8_next(s, end) - st->s);
    return mo_utf8_get_char(s, end);
}

static size_t prev_pos(const mo_re_state_t *st, size_t sp) {
    return st->uni ? (size_t)(mo_utf8_prev(st->s + sp, st->s) - st->s) : sp - 1;
}

static mo_unichar_t fold(mo_unichar_t c, bool uni, bool upper) {
    if (uni) {
        return upper ? mo_unichar_toupper(c) : mo_unichar_tolower(c);
    }
    if (c >= 0x80) {
        return c;
    }
    return upper ? mo_ascii_toupper((uint8_t)c) : mo_ascii_tolower((uint8_t)c);
}

static bool same_ignoring_case(mo_unichar_t a, mo_unichar_t b, bool uni) {
    return a == b || fold(a, uni, false) == fold(b, uni, false) ||
           fold(a, uni, true) == fold(b, uni, true);
}

static bool in_category(uint32_t cat, mo_unichar_t c) {
    bool uni = (cat & MO_RE_CAT_UNI) != 0, r;
    bool ascii = c < 0x80;
    switch (cat & 3) {
        case MO_RE_CAT_DIGIT:
            r = uni ? mo_unichar_isdecimal(c) : ascii && mo_ascii_isdigit((uint8_t)c);
            break;
        case MO_RE_CAT_SPACE:
            r = uni ? mo_unichar_isspace(c) : ascii && mo_ascii_isspace((uint8_t)c);
            break;
        default:
            r = c == '_' || (uni ? mo_unichar_isalnum(c)
                                 : ascii && (mo_ascii_isalpha((uint8_t)c) || mo_ascii_isdigit((uint8_t)c)));
            break;
    }
    return r != ((cat & MO_RE_CAT_NOT) != 0);
}

static bool set_has(const uint32_t *items, uint32_t n, mo_unichar_t c) {
    for (uint32_t k = 0; k < n; k += 2) {
        uint32_t lo = items[k];
        if ((lo & MO_RE_SET_CAT) ? in_category(lo & ~MO_RE_SET_CAT, c) : c >= lo && c <= items[k + 1]) {
            return true;
        }
    }
    return false;
}

static bool in_set(const uint32_t *ins, mo_unichar_t c) {
    uint32_t flags = ins[1], n = ins[2];
    bool r = set_has(ins + 3, n, c);
    if (!r && (flags & MO_RE_SET_ICASE)) {
        bool uni = (flags & MO_RE_SET_ICASE_UNI) != 0;
        r = set_has(ins + 3, n, fold(c, uni, false)) || set_has(ins + 3, n, fold(c, uni, true));
    }
    return r != ((flags & MO_RE_SET_NEGATE) != 0);
}

// The words of a single-character instruction.
static uint32_t single_len(const uint32_t *ins) {
    return ins[0] == MO_RE_OP_SET ? 3 + ins[2] : (ins[0] <= MO_RE_OP_CHAR_IA ? 2 : 1);
}

// Matches the single-character instruction ins at *sp, advancing *sp.
static bool match_one(const mo_re_state_t *st, const uint32_t *ins, size_t *sp) {
    if (*sp >= st->end) {
        return false;
    }
    size_t p = *sp;
    mo_unichar_t c = next_char(st, &p);
    bool ok;
    switch (ins[0]) {
        case MO_RE_OP_CHAR:
            ok = c == ins[1];
            break;
        case MO_RE_OP_CHAR_I:
        case MO_RE_OP_CHAR_IA:
            ok = same_ignoring_case(c, ins[1], ins[0] == MO_RE_OP_CHAR_I);
            break;
        case MO_RE_OP_ANY:
            ok = c != '\n';
            break;
        case MO_RE_OP_ANY_ALL:
            ok = true;
            break;
        default:
            ok = in_set(ins, c);
            break;
    }
    if (ok) {
        *sp = p;
    }
    return ok;
}

static bool is_word_at(const mo_re_state_t *st, size_t sp, uint32_t uni) {
    return in_category(MO_RE_CAT_WORD | uni, next_char(st, &sp));
}

static bool at_test(const mo_re_state_t *st, uint32_t kind, size_t sp) {
    const uint8_t *s = st->s;
    switch (kind & 0xff) {
        case MO_RE_AT_BEGIN:
            return sp == 0;
        case MO_RE_AT_BEGIN_LINE:
            return sp == 0 || s[sp - 1] == '\n';
        case MO_RE_AT_END:
            return sp == st->end || (sp + 1 == st->end && s[sp] == '\n');
        case MO_RE_AT_END_LINE:
            return sp == st->end || s[sp] == '\n';
        case MO_RE_AT_END_STRING:
            return sp == st->end;
        default: {
            // CPython: neither \b nor \B matches in an empty string.
            if (sp == 0 && sp == st->end) {
                return false;
            }
            uint32_t uni = (kind & MO_RE_AT_UNI) ? MO_RE_CAT_UNI : 0;
            bool before = sp > 0 && is_word_at(st, prev_pos(st, sp), uni);
            bool after = sp < st->end && is_word_at(st, sp, uni);
            return (before != after) == ((kind & 0xff) == MO_RE_AT_BOUNDARY);
        }
    }
}

// The text of group g again at *sp.
static bool match_backref(const mo_re_state_t *st, uint32_t g, uint32_t mode, size_t *sp) {
    size_t a = st->regs[2 * g], b = st->regs[2 * g + 1];
    if (a == MO_RE_UNSET || b == MO_RE_UNSET) {
        return false;
    }
    size_t p = *sp;
    if (mode == MO_RE_CASE_EXACT) {
        if (b - a > st->end - p || memcmp(st->s + a, st->s + p, b - a) != 0) {
            return false;
        }
        p += b - a;
    } else {
        while (a < b) {
            if (p >= st->end) {
                return false;
            }
            mo_unichar_t x = next_char(st, &a), y = next_char(st, &p);
            if (!same_ignoring_case(x, y, mode == MO_RE_CASE_UNI)) {
                return false;
            }
        }
    }
    *sp = p;
    return true;
}

// Moves *sp back n characters; false if the string starts first.
static bool step_back(const mo_re_state_t *st, size_t *sp, uint32_t n) {
    for (; n > 0; n--) {
        if (*sp == 0) {
            return false;
        }
        *sp = prev_pos(st, *sp);
    }
    return true;
}

// ---- the backtrack stack -----------------------------------------------------------

static void push(mo_re_state_t *st, uint32_t kind, uint32_t a, size_t b, size_t c) {
    if (st->depth == st->alloc) {
        size_t n = st->alloc * 2 + 16;
        st->stack = mo_renew(mo_re_bt_t, st->stack, n);
        st->alloc = n;
    }
    st->stack[st->depth++] = (mo_re_bt_t){kind, a, b, c};
}

// Sets register r (one of a pair), saving the pair for backtracking.
static void set_reg(mo_re_state_t *st, size_t r, size_t v) {
    size_t pair = r & ~(size_t)1;
    push(st, BT_UNDO, (uint32_t)pair, st->regs[pair], st->regs[pair + 1]);
    st->regs[r] = v;
}

static void undo(mo_re_state_t *st, const mo_re_bt_t *e) {
    st->regs[e->a] = e->b;
    st->regs[e->a + 1] = e->c;
}

// Takes the newest choice: sets *pc and *sp to go on from there. False if none is left.
static bool backtrack(mo_re_state_t *st, uint32_t *pc, size_t *sp) {
    const uint32_t *code = st->pat->code;
    while (st->depth > 0) {
        mo_re_bt_t *e = &st->stack[st->depth - 1];
        switch (e->kind) {
            case BT_CHOICE:
                *pc = e->a;
                *sp = e->b;
                st->depth--;
                return true;
            case BT_GREEDY:
                // Give back one character.
                if (e->b > e->c) {
                    e->b = prev_pos(st, e->b);
                    *pc = e->a;
                    *sp = e->b;
                    return true;
                }
                break;
            case BT_LAZY: {
                // Take one more character.
                const uint32_t *ins = code + e->a;
                if (e->c < ins[3] && match_one(st, ins + 5, &e->b)) {
                    e->c++;
                    *pc = e->a + 5 + ins[1];
                    *sp = e->b;
                    return true;
                }
                break;
            }
            case BT_MARK:
                // The body of a lookaround failed: a negative one succeeds.
                st->mark = e->c;
                if (code[e->a + 1] & MO_RE_ASSERT_NOT) {
                    *pc = e->a + code[e->a + 3];
                    *sp = e->b;
                    st->depth--;
                    return true;
                }
                break;
            default:
                undo(st, e);
                break;
        }
        st->depth--;
    }
    return false;
}

// The body of the innermost assertion matched. A positive one (or an atomic group)
// forgets the choices made inside but keeps their register changes; a negative one
// undoes everything and fails. False: fail.
static bool assert_end(mo_re_state_t *st, size_t *sp) {
    size_t m = st->mark;
    mo_re_bt_t mark = st->stack[m];
    uint32_t kind = st->pat->code[mark.a + 1];
    st->mark = mark.c;
    if (kind & MO_RE_ASSERT_NOT) {
        while (st->depth > m + 1) {
            mo_re_bt_t *e = &st->stack[--st->depth];
            if (e->kind == BT_UNDO) {
                undo(st, e);
            }
        }
        st->depth = m;
        return false;
    }
    size_t j = m;
    for (size_t k = m + 1; k < st->depth; k++) {
        if (st->stack[k].kind == BT_UNDO) {
            st->stack[j++] = st->stack[k];
        }
    }
    st->depth = j;
    if (!(kind & MO_RE_ASSERT_ATOMIC)) {
        *sp = mark.b;
    }
    return true;
}

// ---- the instructions with choices ------------------------------------------------------

// A repeat of a single-character instruction: takes as many (or as few) characters
// as it may at once and leaves one stack entry to give back (or take) more.
static bool run_repeat(mo_re_state_t *st, uint32_t pc, size_t *sp) {
    const uint32_t *ins = st->pat->code + pc, *one = ins + 5;
    uint32_t min = ins[2], max = ins[3], n = 0;
    for (; n < min; n++) {
        if (!match_one(st, one, sp)) {
            return false;
        }
    }
    if (ins[4] == MO_RE_LAZY) {
        if (n < max) {
            push(st, BT_LAZY, pc, *sp, n);
        }
        return true;
    }
    size_t least = *sp;
    while (n < max && match_one(st, one, sp)) {
        n++;
    }
    if (ins[4] == MO_RE_GREEDY && *sp != least) {
        push(st, BT_GREEDY, pc + 5 + ins[1], *sp, least);
    }
    return true;
}

// LOOP k min max lazy exit: decides whether another iteration of loop k starts.
static uint32_t run_loop(mo_re_state_t *st, uint32_t pc, size_t sp) {
    const uint32_t *ins = st->pat->code + pc;
    size_t r = MO_RE_LASTINDEX(st->pat) + 2 + 2 * (size_t)ins[1];
    size_t count = st->regs[r];
    if (count < ins[2]) {
        return pc + 6;
    }
    uint32_t exit = pc + ins[5];
    if (count >= ins[3] || sp == st->regs[r + 1]) {
        return exit;
    }
    if (ins[4]) {
        push(st, BT_CHOICE, pc + 6, sp, 0);
        return exit;
    }
    push(st, BT_CHOICE, exit, sp, 0);
    return pc + 6;
}

// ---- the main loop --------------------------------------------------------------------------

static bool run_at(mo_re_state_t *st, size_t start) {
    const uint32_t *code = st->pat->code;
    size_t *regs = st->regs;
    for (size_t k = 0; k < st->nregs; k++) {
        regs[k] = MO_RE_UNSET;
    }
    st->depth = 0;
    st->mark = MO_RE_UNSET;
    uint32_t pc = 0;
    size_t sp = start;
    for (;;) {
        const uint32_t *ins = code + pc;
        switch (ins[0]) {
            case MO_RE_OP_MATCH:
                if ((st->match_all && sp != st->end) || (st->must_advance && sp == start)) {
                    break;
                }
                regs[0] = start;
                regs[1] = sp;
                return true;
            case MO_RE_OP_CHAR:
            case MO_RE_OP_CHAR_I:
            case MO_RE_OP_CHAR_IA:
            case MO_RE_OP_ANY:
            case MO_RE_OP_ANY_ALL:
            case MO_RE_OP_SET:
                if (!match_one(st, ins, &sp)) {
                    break;
                }
                pc += single_len(ins);
                continue;
            case MO_RE_OP_AT:
                if (!at_test(st, ins[1], sp)) {
                    break;
                }
                pc += 2;
                continue;
            case MO_RE_OP_SAVE:
                set_reg(st, ins[1], sp);
                if ((ins[1] & 1) && ins[1] > 1) {
                    set_reg(st, MO_RE_LASTINDEX(st->pat), ins[1] / 2);
                }
                pc += 2;
                continue;
            case MO_RE_OP_JMP:
                pc += ins[1];
                continue;
            case MO_RE_OP_SPLIT:
                push(st, BT_CHOICE, pc + ins[1], sp, 0);
                pc += 2;
                continue;
            case MO_RE_OP_SPLIT_LAZY:
                push(st, BT_CHOICE, pc + 2, sp, 0);
                pc += ins[1];
                continue;
            case MO_RE_OP_BACKREF:
                if (!match_backref(st, ins[1], ins[2], &sp)) {
                    break;
                }
                pc += 3;
                continue;
            case MO_RE_OP_REPEAT:
                if (!run_repeat(st, pc, &sp)) {
                    break;
                }
                pc += 5 + ins[1];
                continue;
            case MO_RE_OP_LOOP_INIT: {
                size_t r = MO_RE_LASTINDEX(st->pat) + 2 + 2 * (size_t)ins[1];
                set_reg(st, r, 0);
                regs[r + 1] = MO_RE_UNSET;
                pc += 2;
                continue;
            }
            case MO_RE_OP_LOOP:
                pc = run_loop(st, pc, sp);
                continue;
            case MO_RE_OP_LOOP_ENTER: {
                size_t r = MO_RE_LASTINDEX(st->pat) + 2 + 2 * (size_t)ins[1];
                set_reg(st, r, regs[r] + 1);
                if (regs[r] > ins[2]) {
                    regs[r + 1] = sp;  // an optional iteration: remember where it began
                }
                pc += 3;
                continue;
            }
            case MO_RE_OP_ASSERT:
                push(st, BT_MARK, pc, sp, st->mark);
                st->mark = st->depth - 1;
                if ((ins[1] & MO_RE_ASSERT_BEHIND) && !step_back(st, &sp, ins[2])) {
                    break;
                }
                pc += 4;
                continue;
            case MO_RE_OP_ASSERT_END:
                if (!assert_end(st, &sp)) {
                    break;
                }
                pc += 1;
                continue;
            default:  // MO_RE_OP_GROUP_EXISTS
                pc += regs[2 * ins[1]] != MO_RE_UNSET && regs[2 * ins[1] + 1] != MO_RE_UNSET ? 3 : ins[2];
                continue;
        }
        // A pattern may backtrack for a very long time: let Ctrl-C (and scheduled
        // callbacks) in now and then.
        if ((++st->ticks & 0xfff) == 0 && mo_sched_any_pending()) {
            mo_sched_handle_pending();
        }
        if (!backtrack(st, &pc, &sp)) {
            return false;
        }
    }
}

// ---- searching --------------------------------------------------------------------------------

void mo_re_state_init(mo_re_state_t *st, const mo_re_pattern_t *pat, const mo_re_subject_t *sub,
                      size_t end) {
    memset(st, 0, sizeof *st);
    st->pat = pat;
    st->s = sub->data;
    st->end = end;
    st->uni = sub->is_str && !sub->ascii;
    st->nregs = MO_RE_LASTINDEX(pat) + 2 + 2 * (size_t)pat->nloops;
    st->regs = mo_new(size_t, st->nregs);
}

bool mo_re_exec(mo_re_state_t *st, size_t start, bool anchored) {
    const uint32_t *code = st->pat->code;
    bool literal = code[0] == MO_RE_OP_CHAR && code[1] < 0x80;
    bool at_begin = code[0] == MO_RE_OP_AT && code[1] == MO_RE_AT_BEGIN;
    uint32_t req = st->pat->required;
    if (req != MO_RE_INF && (st->required_at == 0 || st->required_at <= start)) {
        // required_at (plus one) is where the character was last seen.
        const uint8_t *f = start < st->end ? memchr(st->s + start, (int)req, st->end - start) : NULL;
        if (f == NULL) {
            return false;
        }
        st->required_at = (size_t)(f - st->s) + 1;
    }
    while (start <= st->end) {
        if (literal && !anchored) {
            // Skip to where the first character can match.
            const uint8_t *f = memchr(st->s + start, (int)code[1], st->end - start);
            if (f == NULL) {
                return false;
            }
            start = (size_t)(f - st->s);
        }
        if (run_at(st, start)) {
            return true;
        }
        st->must_advance = false;
        if (anchored || at_begin || start == st->end) {
            return false;
        }
        size_t p = start;
        next_char(st, &p);
        start = p;
    }
    return false;
}
