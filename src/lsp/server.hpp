// `yplan lsp`: a Language Server Protocol 3.17 server over a pair of file
// descriptors (standard input and output). The protocol layer: JSON-RPC
// requests and notifications are read here, turned into calls of the
// features (features.hpp) with byte offsets, and their results into LSP
// JSON with positions in the negotiated encoding (protocol.hpp).
#pragma once

#include <string>

#include "yplan/i18n.hpp"

namespace yplan::lsp {

struct ServerOptions {
  // Milliseconds of quiet after a didChange before its check starts (on
  // the worker thread, worker.hpp). Changes that arrive while a check runs
  // are always coalesced: an older version's check is abandoned, and only
  // the last version is checked.
  int debounce_ms = 0;
  // Where a finding's code links to (LSP 3.17 §Diagnostic.codeDescription):
  // this URI with "#CHECK" appended; empty: no link.
  std::string docs_url;
  // Find docs_url at `initialize` (find_docs_url, in the client's language)
  // instead of taking it as given: set unless --docs-url was given.
  bool find_docs = true;
};

// yplan-plan(5), whose CHECKS section has a subsection per check, as a
// file:// URI (RFC 8089, percent-encoded): the first of, in each directory
// the page in Japanese first when `lang` is ja (a ja/ subdirectory), then
// the English one (yplan-plan.5, or yplan-plan.5.gz):
//   1. <bindir>/../share/man/man5, <bindir> being where the running
//      executable `exe` is: an install under any prefix (a .deb's /usr,
//      cmake --install's ~/.local or /usr/local);
//   2. <bindir>/../man: a build directory inside the source tree;
//   3. `mandir`/man5: install_mandir(), the configured install prefix's
//      (CMAKE_INSTALL_FULL_MANDIR).
// Empty when none exists: then findings carry no link (an offline link to
// nothing would be wrong, an online one may not be reachable).
std::string find_docs_url(const std::string& exe, Lang lang, const std::string& mandir);
const char* install_mandir();

// Serves one session until `exit` (or the end of input, which ends it as
// `exit` would). Returns the process's exit code (LSP 3.17 §exit): 0 when
// `shutdown` came first, else 1 (and 1 when the input cannot be framed).
int serve(int in_fd, int out_fd, const ServerOptions& options);

}  // namespace yplan::lsp
