#ifndef MARROW_CLIBXML2_SHIM_H
#define MARROW_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU. Foundation ships its own ICU module, and the two
// definitions of UErrorCode clash in any module that sees both. Dropping the ICU part
// of libxml2's headers only removes xmlCharEncodingHandler's trailing uconv fields,
// which Swift never touches.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

/// `xmlFree` is a global function pointer; Swift 6 refuses to read it from any
/// concurrency domain, so it is wrapped here.
static inline void clibxml2_free(void *p) { xmlFree(p); }

#endif
