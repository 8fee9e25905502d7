// Quick fixes: a finding's certain fixes (Diagnostic::fixes, applied by the
// byte-exact editor) and "did you mean" replacements for unknown keys and
// unknown project ids.
#include <algorithm>
#include <fmt/format.h>

#include "features.hpp"
#include "yplan/i18n.hpp"
#include "yplan/text.hpp"

namespace yplan::lsp {

TextEdit minimal_edit(const std::string& before, const std::string& after) {
  size_t p = 0, n = std::min(before.size(), after.size());
  while (p < n && before[p] == after[p]) ++p;
  size_t s = 0;
  while (s < n - p && before[before.size() - 1 - s] == after[after.size() - 1 - s]) ++s;
  // Never split a UTF-8 sequence: a position must fall on a character.
  auto cont = [](char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; };
  while (p > 0 && ((p < before.size() && cont(before[p])) || (p < after.size() && cont(after[p])))) --p;
  while (s > 0 && (cont(before[before.size() - s]) || cont(after[after.size() - s]))) --s;
  return {{p, before.size() - s}, after.substr(p, after.size() - s - p)};
}

std::vector<CodeAction> code_actions(const Analysis& a, Span range) {
  std::vector<CodeAction> out;
  const auto& diags = a.diagnostics();
  for (size_t i = 0; i < diags.size(); ++i) {
    const Diagnostic& d = diags[i];
    if (!d.pos.known()) continue;
    Span ds{d.pos.offset, d.end.known() ? d.end.offset : d.pos.offset};
    if (ds.end < range.begin || ds.begin > range.end) continue;  // not touching the asked range

    // The finding's certain fixes, all at once, as `yplan fix` applies them.
    if (!d.fixes.empty() && a.parsed()) {
      std::vector<PlanDocument::Assignment> as;
      for (const auto& f : d.fixes) as.push_back({f.path, f.value, f.path});
      std::string after;
      std::vector<PlanDocument::EditError> errors;
      if (a.document().apply(as, after, errors)) {
        CodeAction ca;
        ca.title = d.fixes.size() == 1 ? trf("Set {} to {}", d.fixes[0].path, d.fixes[0].value)
                                       : trf("Apply the {} fixes of this finding", d.fixes.size());
        ca.diagnostic = i;
        ca.edits.push_back(minimal_edit(a.text(), after));
        ca.preferred = true;
        out.push_back(std::move(ca));
      }
    }

    // An unknown key: the nearest key of that mapping.
    if (d.check == "schema" && a.parsed()) {
      Analysis::Context c = a.context(d.pos.offset);
      const auto& node = a.document().tree().node(c.node);
      const auto& known = keys_of(c.map);
      if (c.found && c.on_key && node.kind == yaml::Kind::scalar && node.pos.offset == d.pos.offset && !known.empty() &&
          std::find(known.begin(), known.end(), node.text) == known.end()) {
        std::string near = nearest(node.text, std::span<const std::string_view>(known));
        if (!near.empty()) {
          CodeAction ca;
          ca.title = trf("Change `{}` to `{}`", node.text, near);
          ca.diagnostic = i;
          ca.edits.push_back({node_span(a.document(), c.node), near});
          ca.preferred = true;
          out.push_back(std::move(ca));
        }
      }
    }

    // An unknown project id in a listing: the nearest defined id.
    if (d.check == "unknown-project") {
      const auto* o = a.occurrence_at(d.pos.offset);
      if (o && o->kind == Analysis::Entity::project && !o->definition) {
        std::vector<std::string> ids;
        for (const auto& p : a.plan().projects) ids.push_back(p.id.value);
        std::string near = nearest(o->id, ids);
        if (!near.empty()) {
          const std::string& t = a.text();
          char q = o->span.begin < t.size() && (t[o->span.begin] == '"' || t[o->span.begin] == '\'') ? t[o->span.begin] : 0;
          CodeAction ca;
          ca.title = trf("Change `{}` to `{}`", o->id, near);
          ca.diagnostic = i;
          ca.edits.push_back({o->span, yaml_scalar(near, true, q)});
          ca.preferred = true;
          out.push_back(std::move(ca));
        }
      }
    }
  }
  return out;
}

}  // namespace yplan::lsp
