// What the micropython module offers the rest of the runtime: the interrupt
// character set by kbd_intr(). (schedule()'s queue is runtime/sched.c.)
#ifndef MOTE_MODMICROPYTHON_H
#define MOTE_MODMICROPYTHON_H

// The character that raises KeyboardInterrupt on the console (3, Ctrl-C, unless
// kbd_intr() changed it); -1 when disabled.
int mo_micropython_kbd_intr_char(void);

#endif
