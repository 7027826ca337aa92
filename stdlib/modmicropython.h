// What the micropython module offers the rest of the runtime: the queue that
// micropython.schedule() fills, and the interrupt character set by kbd_intr().
#ifndef MOTE_MODMICROPYTHON_H
#define MOTE_MODMICROPYTHON_H

// Runs the callbacks queued by micropython.schedule(), oldest first, each removed
// from the queue before it runs (so a callback may schedule again). For the VM to
// call between bytecodes, outside any ISR; an exception from a callback propagates
// to the caller and the callbacks behind it stay queued.
void mo_sched_run_pending(void);

// The character that raises KeyboardInterrupt on the console (3, Ctrl-C, unless
// kbd_intr() changed it); -1 when disabled.
int mo_micropython_kbd_intr_char(void);

#endif
