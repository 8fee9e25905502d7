#include "yplan/spans.hpp"

#include <algorithm>

namespace yplan {

namespace {

using yaml::Kind;
using yaml::Node;

// The closing bracket of the flow collection opening at `offset`, plus one.
std::optional<size_t> flow_end(const std::string& t, size_t offset) {
  int depth = 0;
  for (size_t i = offset; i < t.size(); ++i) {
    char c = t[i];
    if (c == '"' || c == '\'') {
      size_t e = yaml::quoted_scalar_end(t, i);
      if (e == std::string_view::npos) return std::nullopt;
      i = e - 1;
    } else if (c == '#' && i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) {
      while (i < t.size() && t[i] != '\n') ++i;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (--depth == 0) return i + 1;
    }
  }
  return std::nullopt;
}

size_t line_end(const std::string& t, size_t offset) {
  size_t e = std::min(offset, t.size());
  while (e < t.size() && t[e] != '\n' && t[e] != '\r') ++e;
  return e;
}

}  // namespace

Span node_span(const PlanDocument& doc, uint32_t idx) {
  const yaml::Document& d = doc.tree();
  const std::string& t = doc.source().text;
  const Node& n = d.node(idx);
  size_t b = std::min<size_t>(n.pos.offset, t.size());
  switch (n.kind) {
    case Kind::scalar:
    case Kind::null:
    case Kind::alias: {
      if (auto s = doc.scalar_span(idx)) return {s->first, s->second};
      if (n.kind == Kind::null) return {b, b};
      // A block scalar or a plain one folded over lines: its first line.
      size_t e = line_end(t, b);
      return {b, e};
    }
    case Kind::sequence:
    case Kind::map: {
      if (n.flow) {
        if (auto e = flow_end(t, b)) return {b, *e};
        return {b, line_end(t, b)};
      }
      size_t e = b;
      for (uint32_t c : n.children) e = std::max(e, node_span(doc, c).end);
      if (e == b) e = line_end(t, b);
      return {b, e};
    }
  }
  return {b, b};
}

NodeStarts::NodeStarts(const PlanDocument& doc) {
  const auto& nodes = doc.tree().nodes;
  starts_.reserve(nodes.size());
  for (uint32_t i = 0; i < nodes.size(); ++i) starts_.emplace_back(nodes[i].pos.offset, i);
  std::sort(starts_.begin(), starts_.end());
}

std::vector<uint32_t> NodeStarts::at(size_t offset) const {
  std::vector<uint32_t> out;
  auto it = std::lower_bound(starts_.begin(), starts_.end(), std::make_pair(static_cast<uint32_t>(offset), uint32_t{0}));
  for (; it != starts_.end() && it->first == offset; ++it) out.push_back(it->second);
  return out;
}

void fill_ends(const SourceFile& src, const PlanDocument* doc, std::vector<Diagnostic>& diags) {
  std::optional<NodeStarts> starts;
  for (auto& d : diags) {
    if (!d.pos.known() || d.end.known()) continue;
    size_t b = d.pos.offset;
    size_t e = std::max(line_end(src.text, b), std::min(b + 1, src.text.size()));
    if (doc) {
      if (!starts) starts.emplace(*doc);
      auto nodes = starts->at(b);
      const auto& tree = doc->tree();
      std::optional<uint32_t> chosen;
      // 1. A key named by the path's last part (an unknown or duplicate key).
      std::string leaf = d.path.substr(d.path.rfind('.') == std::string::npos ? 0 : d.path.rfind('.') + 1);
      for (uint32_t n : nodes)
        if (tree.node(n).kind == Kind::scalar && tree.node(n).text == leaf) chosen = n;
      // 2. The node the path names, or 3. the mapping it is missing from.
      if (!chosen && !d.path.empty()) {
        for (const std::string& p : {d.path, d.path.substr(0, d.path.rfind('.') == std::string::npos ? 0 : d.path.rfind('.'))}) {
          if (chosen || p.empty()) continue;
          auto l = doc->lookup(p);
          if (l.found && std::find(nodes.begin(), nodes.end(), l.node) != nodes.end()) chosen = l.node;
        }
      }
      // 4. The deepest node starting there that has any text.
      if (!chosen)
        for (auto it = nodes.rbegin(); it != nodes.rend() && !chosen; ++it)
          if (Span s = node_span(*doc, *it); s.end > s.begin) chosen = *it;
      if (chosen) {
        Span s = node_span(*doc, *chosen);
        if (s.end > s.begin) e = s.end;
      }
    }
    d.end = src.pos_at_offset(e);
  }
}

}  // namespace yplan
