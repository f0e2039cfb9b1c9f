#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <signal.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
#include <stdlib.h>
#include "csignals.h"

static volatile sig_atomic_t pending = 0;
static void (*restore_hook)(void) = 0;
static volatile sig_atomic_t restoring = 0;
static struct sigaction previous[32];
static const int crash_signals[] = { SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT };

static void on_signal(int sig) { pending = sig; }

void lk_install_signal_handlers(void) {
    const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: a blocking read returns so the loop sees the flag */
    for (unsigned i = 0; i < sizeof sigs / sizeof sigs[0]; i++) sigaction(sigs[i], &sa, 0);
    sigset_t unblock;
    sigemptyset(&unblock);
    const int need[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGWINCH, SIGTSTP, SIGCONT };
    for (unsigned i = 0; i < sizeof need / sizeof need[0]; i++) sigaddset(&unblock, need[i]);
    sigprocmask(SIG_UNBLOCK, &unblock, 0);
}

int lk_pending_signal(void) { return pending; }

void lk_reraise(int sig) {
    signal(sig, SIG_DFL);
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, sig);
    sigprocmask(SIG_UNBLOCK, &s, 0);
    raise(sig);
}

static int saved_stderr = -1;
static int capture_fd = -1;

void lk_capture_stderr(void) {
    if (saved_stderr >= 0) return;
    char path[] = "/tmp/lokaal-stderr-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return;
    unlink(path);
    saved_stderr = dup(2);
    if (saved_stderr < 0) { close(fd); return; }
    dup2(fd, 2);
    capture_fd = fd;
}

void lk_release_stderr(void) {
    if (saved_stderr < 0) return;
    dup2(saved_stderr, 2);
    close(saved_stderr);
    saved_stderr = -1;
    if (capture_fd >= 0) {
        char buf[4096];
        ssize_t n;
        lseek(capture_fd, 0, SEEK_SET);
        while ((n = read(capture_fd, buf, sizeof buf)) > 0) { ssize_t w = write(2, buf, (size_t)n); (void)w; }
        close(capture_fd);
        capture_fd = -1;
    }
}

static void on_crash(int sig, siginfo_t *info, void *ctx) {
    if (!restoring && restore_hook) { restoring = 1; restore_hook(); lk_release_stderr(); }
    struct sigaction *prev = &previous[sig];
    sigaction(sig, prev, 0);
    if (prev->sa_flags & SA_SIGINFO) { if (prev->sa_sigaction) { prev->sa_sigaction(sig, info, ctx); return; } }
    else if (prev->sa_handler != SIG_DFL && prev->sa_handler != SIG_IGN) { prev->sa_handler(sig); return; }
    raise(sig);
}

void lk_install_crash_handlers(void (*hook)(void)) {
    restore_hook = hook;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_crash;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;
    for (unsigned i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) {
        int sig = crash_signals[i];
        sigaction(sig, &sa, &previous[sig]);
    }
}

// At exit(): while the screen is in use (stderr is captured exactly then), put the terminal
// back and replay what was captured, so that a message printed just before exit() is read.
static void restore_at_exit(void) {
    if (saved_stderr >= 0 && !restoring && restore_hook) { restoring = 1; restore_hook(); }
    lk_release_stderr();
}

void lk_restore_at_exit(void) {
    static int registered = 0;
    if (!registered) { registered = 1; atexit(restore_at_exit); }
}

int lk_stdin_hung_up(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
