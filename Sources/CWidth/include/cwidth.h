// libc's wcwidth, which glibc declares only under _XOPEN_SOURCE.
#ifndef LOKAAL_CWIDTH_H
#define LOKAAL_CWIDTH_H
int lk_wcwidth(unsigned int codepoint);
#endif
