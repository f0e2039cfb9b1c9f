#define _XOPEN_SOURCE 700
#include <wchar.h>
#include "cwidth.h"

int lk_wcwidth(unsigned int codepoint) { return wcwidth((wchar_t)codepoint); }
