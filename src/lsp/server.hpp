// `yplan lsp`: a Language Server Protocol 3.17 server over a pair of file
// descriptors (standard input and output). The protocol layer: JSON-RPC
// requests and notifications are read here, turned into calls of the
// features (features.hpp) with byte offsets, and their results into LSP
// JSON with positions in the negotiated encoding (protocol.hpp).
#pragma once

#include <string>

namespace yplan::lsp {

struct ServerOptions {
  // Milliseconds of quiet after a didChange before its diagnostics are
  // computed. Changes that arrive while the server works are always
  // coalesced: only the last version is checked.
  int debounce_ms = 0;
  // Where a finding's code links to (LSP §Diagnostic.codeDescription): this
  // URI with "#CHECK" appended.
  std::string docs_url = "file:///usr/share/man/man5/yplan-plan.5";
};

// Serves one session until `exit` (or the end of input). Returns the
// process's exit code: 0 after shutdown then exit, 1 otherwise (LSP §exit).
int serve(int in_fd, int out_fd, const ServerOptions& options);

}  // namespace yplan::lsp
