// The re module's private interface: the compiled program (re_compile.c writes it,
// re_exec.c runs it), the Pattern and Match objects (modre.c, re_match.c) and the
// subject string helpers they share.
//
// A pattern compiles to a flat array of 32-bit words: an opcode then its operands.
// Matching backtracks over it with an explicit stack on the GC heap, so C recursion
// never grows with the input (see re_exec.c).
#ifndef MOTE_STDLIB_RE_H
#define MOTE_STDLIB_RE_H

#include "runtime/runtime.h"

// The flags, with CPython's values.
#define MO_RE_TEMPLATE 1
#define MO_RE_IGNORECASE 2
#define MO_RE_LOCALE 4
#define MO_RE_MULTILINE 8
#define MO_RE_DOTALL 16
#define MO_RE_UNICODE 32
#define MO_RE_VERBOSE 64
#define MO_RE_DEBUG 128
#define MO_RE_ASCII 256

// CPython's MAXREPEAT: a repeat count this large means "no upper bound".
#define MO_RE_INF 0xffffffffu
// A register (group bound, loop position) that holds no position.
#define MO_RE_UNSET ((size_t)-1)

// ---- the program -------------------------------------------------------------------
// Offsets are relative to the instruction that holds them.
enum {
    MO_RE_OP_MATCH,       // success
    MO_RE_OP_CHAR,        // c: one character equal to c
    MO_RE_OP_CHAR_I,      // c: the same ignoring case (Unicode simple case mapping)
    MO_RE_OP_CHAR_IA,     // c: the same ignoring ASCII case only
    MO_RE_OP_ANY,         // any character but a newline
    MO_RE_OP_ANY_ALL,     // any character
    MO_RE_OP_SET,         // flags n items[n]: a character class (see below)
    MO_RE_OP_AT,          // kind: a zero-width test (MO_RE_AT_*)
    MO_RE_OP_SAVE,        // slot: register slot = position (group g: slots 2g, 2g+1)
    MO_RE_OP_JMP,         // off
    MO_RE_OP_SPLIT,       // off: go on, and try pc+off if that fails
    MO_RE_OP_SPLIT_LAZY,  // off: go to pc+off, and try pc+2 if that fails
    MO_RE_OP_BACKREF,     // g mode: the text group g matched (mode: MO_RE_CASE_*)
    MO_RE_OP_REPEAT,      // len min max mode, then a single-character op of len words
    MO_RE_OP_LOOP_INIT,   // k: loop k's count = 0
    MO_RE_OP_LOOP,        // k min max lazy exit: iterate again or leave (to pc+exit)
    MO_RE_OP_LOOP_ENTER,  // k min: one more iteration of loop k starts here
    MO_RE_OP_ASSERT,      // kind width skip: lookaround or atomic group; pc+skip is
                          // past its MO_RE_OP_ASSERT_END
    MO_RE_OP_ASSERT_END,
    MO_RE_OP_GROUP_EXISTS,  // g off: go on if group g matched, else to pc+off
};

// MO_RE_OP_SET: flags are MO_RE_SET_*; items are pairs of words: a range lo, hi, or
// a category MO_RE_SET_CAT | MO_RE_CAT_* and an unused word.
#define MO_RE_SET_NEGATE 1
#define MO_RE_SET_ICASE 2      // also try the character's lower and upper case
#define MO_RE_SET_ICASE_UNI 4  // ... with Unicode case mapping, else ASCII only
#define MO_RE_SET_CAT 0x80000000u

// Categories: \d \s \w, negated with MO_RE_CAT_NOT, Unicode-aware with MO_RE_CAT_UNI.
#define MO_RE_CAT_DIGIT 0
#define MO_RE_CAT_SPACE 1
#define MO_RE_CAT_WORD 2
#define MO_RE_CAT_NOT 4
#define MO_RE_CAT_UNI 8

// Zero-width tests. The boundaries take MO_RE_AT_UNI for Unicode word characters.
enum {
    MO_RE_AT_BEGIN,         // ^
    MO_RE_AT_BEGIN_LINE,    // ^ with MULTILINE
    MO_RE_AT_END,           // $: at the end or before a final newline
    MO_RE_AT_END_LINE,      // $ with MULTILINE
    MO_RE_AT_END_STRING,    // \Z
    MO_RE_AT_BOUNDARY,      // \b
    MO_RE_AT_NON_BOUNDARY,  // \B
};
#define MO_RE_AT_UNI 0x100

// Case handling of backreferences.
#define MO_RE_CASE_EXACT 0
#define MO_RE_CASE_UNI 1
#define MO_RE_CASE_ASCII 2

// Kinds of MO_RE_OP_ASSERT.
#define MO_RE_ASSERT_NOT 1     // negative
#define MO_RE_ASSERT_BEHIND 2  // look behind: start `width` characters back
#define MO_RE_ASSERT_ATOMIC 4  // (?>...) and possessive repeats: keep the position

// Modes of MO_RE_OP_REPEAT.
#define MO_RE_GREEDY 0
#define MO_RE_LAZY 1
#define MO_RE_POSSESSIVE 2

// ---- Pattern objects ---------------------------------------------------------------

typedef struct mo_re_pattern {
    mo_base_t base;
    mo_obj_t pattern;     // the source, str or bytes
    mo_obj_t groupindex;  // dict: group name -> number
    uint32_t flags;       // as CPython reports them (UNICODE added for str)
    uint32_t ngroups;     // capturing groups, not counting group 0
    uint32_t nloops;      // counted loops (each has two registers)
    uint32_t required;    // a byte every match contains (a search without it fails
                          // at once), or MO_RE_INF
    bool is_bytes;
    size_t len;           // words of code
    uint32_t code[];
} mo_re_pattern_t;

extern const mo_type_t mo_re_pattern_type, mo_re_match_type, mo_re_error_type;

// Compiles pattern (str or bytes) with flags; raises re.error for a bad pattern.
mo_obj_t mo_re_compile(mo_obj_t pattern, mo_int_t flags);

// Raises re.error(msg, pattern, pos); pos < 0: no position.
_Noreturn void mo_re_raise_error(mo_obj_t msg, mo_obj_t pattern, mo_int_t pos);

// ---- the subject string ----------------------------------------------------------------

// What a search runs over: a str (UTF-8, indexed by code point outside) or any
// bytes-like object (bytes, bytearray, memoryview ...).
typedef struct mo_re_subject {
    mo_obj_t obj;          // as the caller gave it
    const uint8_t *data;
    size_t len;            // bytes
    size_t nchars;         // code points (bytes for a bytes-like subject)
    bool is_str;
    bool ascii;            // byte offsets are code point indexes
} mo_re_subject_t;

// Fills sub from o, checking it against the pattern's kind with CPython's errors.
void mo_re_subject_init(mo_re_subject_t *sub, mo_obj_t o, const mo_re_pattern_t *pat);
// A str (for a str subject) or bytes of the bytes [a, b).
mo_obj_t mo_re_subject_slice(const mo_re_subject_t *sub, size_t a, size_t b);
// Converts between code point indexes (what Python sees) and byte offsets.
size_t mo_re_subject_index(const mo_re_subject_t *sub, size_t byte_off);
size_t mo_re_subject_offset(const mo_re_subject_t *sub, size_t index);

// ---- matching (re_exec.c) ----------------------------------------------------------------

typedef struct mo_re_bt mo_re_bt_t;

typedef struct mo_re_state {
    const mo_re_pattern_t *pat;
    const uint8_t *s;
    size_t end;             // byte offset of endpos: the search sees s[0, end)
    bool uni;               // s is UTF-8: characters take 1 to 4 bytes
    bool match_all;         // fullmatch: the match must reach end
    bool must_advance;      // an empty match at the start position is refused
    size_t nregs;
    size_t *regs;           // group bounds, lastindex, loop counters (MO_RE_UNSET: none)
    mo_re_bt_t *stack;      // the backtrack stack (grows on the GC heap)
    size_t depth, alloc;
    size_t mark;            // the innermost open assertion's stack entry
    size_t required_at;     // 1 + where pat->required was found, or 0
    uint32_t ticks;         // failures so far, to poll for Ctrl-C
} mo_re_state_t;

// regs[MO_RE_LASTINDEX(pat)] holds the lastindex group number, or MO_RE_UNSET.
#define MO_RE_LASTINDEX(pat) (2 * ((size_t)(pat)->ngroups + 1))

void mo_re_state_init(mo_re_state_t *st, const mo_re_pattern_t *pat, const mo_re_subject_t *sub,
                      size_t end);
// Looks for a match starting at byte offset `start` (only there if anchored, else
// at each position from there on). On success regs hold the bounds of every group.
bool mo_re_exec(mo_re_state_t *st, size_t start, bool anchored);

// ---- Match objects (re_match.c) --------------------------------------------------------

// A Match for the state's registers (just after a successful mo_re_exec).
// pos and endpos are the code point bounds the search was given.
mo_obj_t mo_re_match_new(mo_obj_t pattern, const mo_re_subject_t *sub, const mo_re_state_t *st,
                         mo_int_t pos, mo_int_t endpos);
// Parses a replacement template for the pattern: a list of literal pieces (str or
// bytes) and group numbers (small ints).
mo_obj_t mo_re_template_parse(const mo_re_pattern_t *pat, mo_obj_t tmpl);
// The template's text for match m.
mo_obj_t mo_re_template_expand(mo_obj_t parsed, mo_obj_t m);
// The TypeError of CPython's str.join / bytes.join for item k of the wrong kind.
_Noreturn void mo_re_raise_join_error(size_t k, mo_obj_t item, bool want_str);

#endif
