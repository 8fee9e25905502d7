// textDocument/didChange (LSP 3.17 §DidChangeTextDocument): the content
// changes of one notification applied in order to a copy of the text, or
// none of them. One that cannot be applied exactly (a range that ends
// before it starts, or reaches past its line's end, past the document's end
// or into a character) means the editor's text and the server's differ.
#pragma once

#include <string>

#include "params.hpp"
#include "protocol.hpp"

namespace yplan::lsp {

struct Changed {
  std::string text;     // the text after every change (when `why` is empty)
  bool in_sync = true;  // the text is the editor's (a whole text came, or every range fitted)
  std::string why;      // why the changes are refused, one sentence; empty when applied
};

// `changes` is the notification's contentChanges; `in_sync` false: the text
// is out of step with the editor's, and only a whole text (a change without
// a range) may come before another range.
Changed apply_changes(std::string text, bool in_sync, const json& changes, Encoding e);

}  // namespace yplan::lsp
