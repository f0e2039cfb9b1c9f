#define _DEFAULT_SOURCE
#define _XOPEN_SOURCE 700
#include <signal.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
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

static void on_crash(int sig, siginfo_t *info, void *ctx) {
    if (!restoring && restore_hook) { restoring = 1; restore_hook(); }
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

int lk_stdin_hung_up(void) {
    struct pollfd p = { .fd = 0, .events = POLLIN, .revents = 0 };
    if (poll(&p, 1, 0) < 0) return 0;
    return (p.revents & (POLLHUP | POLLERR | POLLNVAL)) != 0;
}
