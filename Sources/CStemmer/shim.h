// The Snowball stemmers (libstemmer, Debian's libstemmer-dev) for Swift: the header only.
// The library itself is opened on first use (LokaalCore's StemmerLibrary), not linked, so
// that starting lokaal does not load it; see DECISIONS.md.
// One sb_stemmer may be used by one thread at a time.
#ifndef LOKAAL_CSTEMMER_SHIM_H
#define LOKAAL_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
