// libc functions glibc declares only under feature macros:
// wcwidth (_XOPEN_SOURCE) and memmem (_GNU_SOURCE).
#ifndef LOKAAL_CWIDTH_H
#define LOKAAL_CWIDTH_H
#include <stddef.h>
int lk_wcwidth(unsigned int codepoint);
long lk_find(const void *haystack, size_t haystack_len, const void *needle, size_t needle_len);
int lk_contains(const void *haystack, size_t haystack_len, const void *needle, size_t needle_len);
#endif
