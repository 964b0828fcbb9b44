// The libxml2 headers Vägvisare uses: streaming reader, schema validation,
// streaming writer and structured errors. pkg-config (libxml-2.0) supplies the
// include path; only the XMLSupport target imports this module.
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlerror.h>
#include <libxml/parser.h>
