// The features' results as LSP JSON (LSP 3.17 §Range, §TextEdit,
// §DocumentSymbol, §Diagnostic): byte spans become positions in the
// negotiated encoding through the LineIndex of the analysed text.
#pragma once

#include <string>
#include <vector>

#include "features.hpp"
#include "params.hpp"
#include "protocol.hpp"

namespace yplan::lsp {

struct Converter {
  const LineIndex& index;
  Encoding encoding;

  json position(size_t offset) const;
  json range(Span s) const;
  json edits(const std::vector<TextEdit>& es) const;
  json symbol(const Symbol& s) const;
  // A finding; `docs_url` non-empty: its code links to docs_url#CHECK.
  json diagnostic(const Diagnostic& g, const std::string& docs_url) const;
};

}  // namespace yplan::lsp
