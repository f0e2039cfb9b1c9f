// The Snowball stemmers (libstemmer, Debian's libstemmer-dev) for Swift.
// libstemmer ships no pkg-config file, so the module map links -lstemmer directly.
// One sb_stemmer may be used by one thread at a time.
#ifndef LOKAAL_CSTEMMER_SHIM_H
#define LOKAAL_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
