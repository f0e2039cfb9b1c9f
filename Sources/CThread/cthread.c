#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include "cthread.h"

int lk_start_beside(void *(*body)(void *)) {
    pthread_attr_t attr;
    if (pthread_attr_init(&attr) != 0) return -1;
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    cpu_set_t allowed;
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof allowed, &allowed) == 0
        && CPU_ISSET(here, &allowed) && CPU_COUNT(&allowed) > 1) {
        CPU_CLR(here, &allowed);
        pthread_attr_setaffinity_np(&attr, sizeof allowed, &allowed);
    }
    pthread_t thread;
    int rc = pthread_create(&thread, &attr, body, NULL);
    pthread_attr_destroy(&attr);
    return rc;
}
