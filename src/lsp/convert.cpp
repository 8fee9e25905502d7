#include "convert.hpp"

namespace yplan::lsp {

namespace {

int symbol_kind(SymbolKind k) {
  switch (k) {
    case SymbolKind::section: return 3;   // Namespace
    case SymbolKind::project: return 19;  // Object
    case SymbolKind::listing: return 18;  // Key
    case SymbolKind::kpi: return 16;      // Number
    case SymbolKind::goal: return 14;     // Constant
    case SymbolKind::group: return 4;     // Package
  }
  return 13;
}

}  // namespace

json Converter::position(size_t offset) const {
  Position q = index.position(offset, encoding);
  return {{"line", q.line}, {"character", q.character}};
}

json Converter::range(Span s) const { return {{"start", position(s.begin)}, {"end", position(s.end)}}; }

json Converter::edits(const std::vector<TextEdit>& es) const {
  json out = json::array();
  for (const auto& e : es) out.push_back({{"range", range(e.span)}, {"newText", e.text}});
  return out;
}

json Converter::symbol(const Symbol& s) const {
  json j = {{"name", s.name.empty() ? std::string("?") : s.name},
            {"detail", s.detail},
            {"kind", symbol_kind(s.kind)},
            {"range", range(s.range)},
            {"selectionRange", range(s.selection)}};
  if (!s.children.empty()) {
    j["children"] = json::array();
    for (const auto& c : s.children) j["children"].push_back(symbol(c));
  }
  return j;
}

json Converter::diagnostic(const Diagnostic& g, const std::string& docs_url) const {
  size_t b = g.pos.known() ? g.pos.offset : 0;
  size_t e = g.end.known() ? g.end.offset : b;
  std::string message = g.message;
  if (!g.help.empty()) message += "\n" + g.help;
  json j = {{"range", range({b, e})},
            {"severity", g.severity == Severity::error ? 1 : 2},
            {"code", g.check},
            {"source", "yplan"},
            {"message", message}};
  if (!docs_url.empty()) j["codeDescription"] = {{"href", docs_url + "#" + g.check}};
  return j;
}

}  // namespace yplan::lsp
