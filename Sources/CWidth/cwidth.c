#define _GNU_SOURCE
#include <wchar.h>
#include <string.h>
#include "cwidth.h"

int lk_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }

int lk_contains(const void *haystack, size_t haystack_len, const void *needle, size_t needle_len) {
    if (needle_len == 0) return 1;
    return memmem(haystack, haystack_len, needle, needle_len) != NULL;
}
