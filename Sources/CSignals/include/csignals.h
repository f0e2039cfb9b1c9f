// Async-signal-safe plumbing for the terminal backend: a flag set by
// SIGINT/SIGTERM/SIGHUP/SIGQUIT, and crash handlers that restore the terminal
// before the previous handler (Swift's backtracer) runs.
#ifndef LOKAAL_CSIGNALS_H
#define LOKAAL_CSIGNALS_H
/// Installs flag-setting handlers (no SA_RESTART) and unblocks the signals the browser needs.
void lk_install_signal_handlers(void);
/// The pending terminating signal, or 0.
int lk_pending_signal(void);
/// Restores the default action for `sig` and raises it, so the exit status is 128+sig.
void lk_reraise(int sig);
/// Installs handlers for SIGILL/SIGTRAP/SIGSEGV/SIGBUS/SIGFPE/SIGABRT that call `hook` once, then chain.
void lk_install_crash_handlers(void (*hook)(void));
/// Registers (once) an exit() handler that, while the screen is in use, calls the crash
/// handlers' hook and replays the captured stderr: code that exits on its own (libstemmer
/// missing, say) never leaves the terminal in curses mode or its message unread.
void lk_restore_at_exit(void);
/// Sends stderr to a private file while the screen is in use, so nothing printed
/// (a crash message) is lost in the alternate screen.
void lk_capture_stderr(void);
/// Puts stderr back and replays what was captured onto it. Safe to call twice.
void lk_release_stderr(void);
/// True when standard input has hung up (the pty is gone).
int lk_stdin_hung_up(void);
#endif
