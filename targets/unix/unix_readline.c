// The host REPL's line editor (unix_readline.h). Keys: Left/Right, Home/End
// (and Ctrl-A/Ctrl-E), Backspace, Delete, Up/Down for history, Ctrl-C cancels the
// line, Ctrl-D on an empty line ends input, Ctrl-K kills to the end, Ctrl-U the line.
#include "targets/unix/unix_readline.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define HISTORY_SIZE 50
#define LINE_MAX_BYTES 1024

static char history[HISTORY_SIZE][LINE_MAX_BYTES];
static int history_len;

void unix_readline_add_history(const char *line) {
    if (line[0] == 0 || (history_len > 0 && strcmp(history[0], line) == 0)) {
        return;
    }
    memmove(history[1], history[0], sizeof(history[0]) * (HISTORY_SIZE - 1));
    snprintf(history[0], sizeof(history[0]), "%s", line);
    if (history_len < HISTORY_SIZE) {
        history_len++;
    }
}

static void out(const char *s, size_t n) {
    fwrite(s, 1, n, stdout);
}

static void outs(const char *s) { out(s, strlen(s)); }

// Redraws the line from the prompt and puts the cursor at `pos`.
static void redraw(const char *prompt, const char *buf, size_t len, size_t pos) {
    outs("\r");
    outs(prompt);
    out(buf, len);
    outs("\x1b[K");
    if (len > pos) {
        printf("\x1b[%zuD", len - pos);
    }
    fflush(stdout);
}

static int read_plain(const char *prompt, char *buf, size_t size) {
    outs(prompt);
    fflush(stdout);
    if (fgets(buf, (int)size, stdin) == NULL) {
        return READLINE_EOF;
    }
    size_t n = strlen(buf);
    if (n > 0 && buf[n - 1] == '\n') {
        buf[n - 1] = 0;
    }
    return READLINE_OK;
}

static int read_key(void) {
    unsigned char c;
    return read(STDIN_FILENO, &c, 1) == 1 ? c : -1;
}

// Decodes an escape sequence after ESC into one of 'A' 'B' 'C' 'D' 'H' 'F' '3' (delete).
static int read_escape(void) {
    int c = read_key();
    if (c != '[' && c != 'O') {
        return 0;
    }
    c = read_key();
    if (c >= '0' && c <= '9') {
        int t = read_key();  // the '~' of "ESC [ 3 ~"
        if (t != '~') {
            return 0;
        }
        return c == '1' || c == '7' ? 'H' : c == '4' || c == '8' ? 'F' : c;
    }
    return c;
}

static int edit_loop(const char *prompt, char *buf, size_t size) {
    size_t len = strlen(buf), pos = len;
    int hist = -1;
    char saved[LINE_MAX_BYTES] = "";
    redraw(prompt, buf, len, pos);
    for (;;) {
        int c = read_key();
        if (c < 0 || (c == 4 && len == 0)) {
            return READLINE_EOF;
        }
        if (c == 3) {
            return READLINE_INTERRUPT;
        }
        if (c == '\r' || c == '\n') {
            buf[len] = 0;
            return READLINE_OK;
        }
        int key = c == 27 ? read_escape() : c == 1 ? 'H' : c == 5 ? 'F' : c == 2 ? 'D'
                : c == 6 ? 'C' : c == 16 ? 'A' : c == 14 ? 'B' : 0;
        if (key == 'D' && pos > 0) {
            pos--;
        } else if (key == 'C' && pos < len) {
            pos++;
        } else if (key == 'H') {
            pos = 0;
        } else if (key == 'F') {
            pos = len;
        } else if ((key == 'A' && hist + 1 < history_len) || (key == 'B' && hist >= 0)) {
            if (hist < 0) {
                memcpy(saved, buf, len);
                saved[len] = 0;
            }
            hist += key == 'A' ? 1 : -1;
            snprintf(buf, size, "%s", hist < 0 ? saved : history[hist]);
            len = pos = strlen(buf);
        } else if ((c == 127 || c == 8) && pos > 0) {
            memmove(buf + pos - 1, buf + pos, len - pos);
            pos--;
            len--;
        } else if ((key == '3' || (c == 4 && len > 0)) && pos < len) {
            memmove(buf + pos, buf + pos + 1, len - pos - 1);
            len--;
        } else if (c == 11) {
            len = pos;
        } else if (c == 21) {
            memmove(buf, buf + pos, len - pos);
            len -= pos;
            pos = 0;
        } else if (key == 0 && (c >= 32 || c == '\t') && len + 1 < size) {
            memmove(buf + pos + 1, buf + pos, len - pos);
            buf[pos++] = (char)c;
            len++;
        }
        redraw(prompt, buf, len, pos);
    }
}

int unix_readline(const char *prompt, const char *initial, char *buf, size_t size) {
    snprintf(buf, size, "%s", initial);
    if (!isatty(STDIN_FILENO)) {
        return read_plain(prompt, buf, size);
    }
    struct termios orig, raw;
    tcgetattr(STDIN_FILENO, &orig);
    raw = orig;
    raw.c_lflag &= ~(tcflag_t)(ECHO | ICANON | ISIG | IEXTEN);
    raw.c_iflag &= ~(tcflag_t)(IXON | ICRNL);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    // TCSANOW, not TCSAFLUSH: typed-ahead or pasted lines must not be thrown away.
    tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    int res = edit_loop(prompt, buf, size);
    tcsetattr(STDIN_FILENO, TCSANOW, &orig);
    outs("\n");
    fflush(stdout);
    return res;
}
