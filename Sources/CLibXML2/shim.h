// The libxml2 headers Vägvisare uses: streaming reader, schema validation,
// streaming writer and structured errors. pkg-config (libxml-2.0) supplies the
// include path; only the XMLSupport target imports this module.
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, and <libxml/encoding.h> then includes the
// system's ICU headers, whose types clash with the ICU that Foundation bundles
// (a module importing both fails to compile). Vägvisare never touches the ICU
// converter fields of libxml2's encoding handler, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
