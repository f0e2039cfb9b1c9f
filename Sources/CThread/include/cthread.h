// Starting lokaal's prefetch thread where it can run at once.
#ifndef LOKAAL_CTHREAD_H
#define LOKAAL_CTHREAD_H
/// Starts a detached thread running `body(NULL)`, allowed on every CPU the process
/// may use except the caller's current one (when there is another), so that it runs
/// beside the caller instead of waiting for the scheduler to move one of them. Once
/// running, the thread may use every CPU again (threads it starts inherit that).
/// Returns 0 on success, as pthread_create does.
int lk_start_beside(void *(*body)(void *));
/// How many CPUs the calling thread may run on (-1 when the kernel does not say).
int lk_allowed_cpus(void);
#endif
