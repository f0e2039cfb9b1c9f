#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include "cthread.h"

struct start {
    void *(*body)(void *);
    cpu_set_t allowed;
    int restore;
};

// Runs on the new thread: once it is running beside the caller, it may go anywhere
// again (and so may the worker threads it starts, which inherit its CPU set).
static void *trampoline(void *arg) {
    struct start s = *(struct start *)arg;
    free(arg);
    if (s.restore) sched_setaffinity(0, sizeof s.allowed, &s.allowed);
    return s.body(NULL);
}

int lk_start_beside(void *(*body)(void *)) {
    struct start *s = malloc(sizeof *s);
    if (!s) return -1;
    s->body = body;
    s->restore = 0;
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) { free(s); return -1; }
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof s->allowed, &s->allowed) == 0
        && CPU_ISSET(here, &s->allowed) && CPU_COUNT(&s->allowed) > 1) {
        cpu_set_t elsewhere = s->allowed;
        CPU_CLR(here, &elsewhere);
        if (pthread_attr_setaffinity_np(&attr, sizeof elsewhere, &elsewhere) == 0) s->restore = 1;
    }
    pthread_t thread;
    int rc = pthread_create(&thread, &attr, trampoline, s);
    if (rc != 0 && s->restore) {
        // A CPU set the system refuses (a cgroup's cpuset, say): start it anywhere.
        cpu_set_t any = s->allowed;
        pthread_attr_setaffinity_np(&attr, sizeof any, &any);
        s->restore = 0;
        rc = pthread_create(&thread, &attr, trampoline, s);
    }
    pthread_attr_destroy(&attr);
    if (rc != 0) free(s);
    return rc;
}

int lk_allowed_cpus(void) {
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return -1;
    return CPU_COUNT(&allowed);
}
