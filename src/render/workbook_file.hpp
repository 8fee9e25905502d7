// libxlsxwriter writes only to a named file: a workbook on a private
// temporary file in $TMPDIR, whose bytes are read back and the file removed.
// Where the bytes go (a file written atomically, a FIFO, standard output) is
// the caller's. Shared by `report --format xlsx` (xlsx.cpp) and `export`
// (workbook_export.cpp).
#pragma once

#include <string>
#include <xlsxwriter.h>

namespace yplan::render {

// A new workbook on a new temporary file named after `stem` ("yplan-report");
// `options` may be null. On failure: nullptr, nothing left, and `error` says why.
lxw_workbook* open_workbook_file(const char* stem, lxw_workbook_options* options, std::string& tmp,
                                 std::string& error);

// Closes `wb` and reads its file into `bytes`; the temporary is removed
// either way. false, with `error`, when libxlsxwriter or the read fails.
bool close_workbook_file(lxw_workbook* wb, const std::string& tmp, std::string& bytes, std::string& error);

}  // namespace yplan::render
