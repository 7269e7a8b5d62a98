// Include xmlversion.h first and switch ICU off: Debian's libxml2 headers otherwise pull in
// the system ICU, which clashes with Foundation's own copy in any module importing both.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/relaxng.h>

/// `xmlFree` is a global function pointer, which Swift 6 treats as unsafe shared state.
static inline void roundtable_xmlFree(void *pointer) { xmlFree(pointer); }
