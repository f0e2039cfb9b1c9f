// The ncursesw wide-character API for Swift.
// SwiftPM drops pkg-config's -D flags, so the feature macros are defined here,
// before any system header is read.
#ifndef LOKAAL_CNCURSES_SHIM_H
#define LOKAAL_CNCURSES_SHIM_H
#ifndef _DEFAULT_SOURCE
#define _DEFAULT_SOURCE
#endif
#ifndef _XOPEN_SOURCE
#define _XOPEN_SOURCE 600
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <signal.h>
#include <unistd.h>
#include <poll.h>
#include <ncursesw/curses.h>

// Accessors for what Swift 6 cannot import or rejects as not concurrency-safe.
static inline WINDOW *lk_stdscr(void) { return stdscr; }
static inline int lk_lines(void) { return LINES; }
static inline int lk_cols(void) { return COLS; }
static inline int lk_colors(void) { return COLORS; }
static inline unsigned int lk_a_bold(void) { return A_BOLD; }
static inline unsigned int lk_a_reverse(void) { return A_REVERSE; }
static inline unsigned int lk_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int lk_a_dim(void) { return A_DIM; }
static inline unsigned int lk_a_normal(void) { return A_NORMAL; }
static inline mmask_t lk_mouse_mask(void) { return BUTTON1_CLICKED | BUTTON1_PRESSED | BUTTON4_PRESSED | BUTTON5_PRESSED; }
static inline int lk_button1(mmask_t s) { return (s & (BUTTON1_CLICKED | BUTTON1_PRESSED)) != 0; }
static inline int lk_wheel_up(mmask_t s) { return (s & BUTTON4_PRESSED) != 0; }
static inline int lk_wheel_down(mmask_t s) { return (s & BUTTON5_PRESSED) != 0; }
#endif
