#define _GNU_SOURCE
#include <wchar.h>
#include <string.h>
#include "cwidth.h"

int lk_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

long lk_find(const void *haystack, size_t haystack_len, const void *needle, size_t needle_len) {
    if (needle_len == 0) return 0;
    const char *hit = memmem(haystack, haystack_len, needle, needle_len);
    return hit ? (long)(hit - (const char *)haystack) : -1;
}

int lk_contains(const void *haystack, size_t haystack_len, const void *needle, size_t needle_len) {
    if (needle_len == 0) return 1;
    return memmem(haystack, haystack_len, needle, needle_len) != NULL;
}
