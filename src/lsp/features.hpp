// The language server's features, apart from its protocol (as clangd keeps
// ClangdServer apart from ClangdLSPServer): each takes an Analysis of one
// version of a document and byte offsets, and returns byte spans and text.
// They know nothing of JSON-RPC or of UTF-16; protocol.hpp converts. A test
// calls them without a pipe (tests/unit/lsp_features.cpp).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "yplan/diagnostic.hpp"
#include "yplan/edit.hpp"
#include "yplan/model.hpp"
#include "yplan/spans.hpp"

namespace yplan::lsp {

// What kind of map a node is, by where it stands (plan-format "Structure").
enum class MapKind { none, top, plan, total, project, section, listing, kpi, goal, baseline, target, goal_target, years };

// The keys a map of that kind accepts (loader.hpp's tables); empty for none/years.
const std::vector<std::string_view>& keys_of(MapKind k);

// One version of one document: parsed, loaded, checked; diagnostics with
// their ends filled (spans.hpp).
class Analysis {
 public:
  // `abandon`, when given, is asked between the stages (parse, load,
  // checks): true stops the analysis there, and abandoned() says so (a
  // newer version came; what was done is of no use).
  Analysis(std::string path, std::string text, const std::function<bool()>& abandon = nullptr);
  bool abandoned() const { return abandoned_; }

  const SourceFile& source() const { return src_; }
  const std::string& text() const { return src_.text; }
  bool parsed() const { return parsed_; }           // the YAML tree is there (document() is usable)
  const PlanDocument& document() const { return doc_; }
  const Plan& plan() const { return plan_; }
  const std::vector<Diagnostic>& diagnostics() const { return diags_; }

  // node_span (spans.hpp) of a node of document(), each computed once: a
  // block collection's end is its last descendant's, which node_span finds
  // by walking the whole subtree on every call (the root: the whole file).
  Span span_of(uint32_t node) const;
  // The span of the node written at `p` (the deepest one that starts there).
  Span span_at(const Pos& p) const;
  // The span of the outermost node written at `p` (a whole mapping, where
  // span_at gives its first key).
  Span outer_span_at(const Pos& p) const;

  // An id written in the file: a definition (project, section, KPI, goal)
  // or a listing's project id.
  enum class Entity { project, section, kpi, goal };
  // How the id is written: plain (in a block or a flow collection), between
  // quotes, or as a block scalar (`>-` with the id on the next line).
  enum class Style { plain, single_quoted, double_quoted, block };
  struct Occurrence {
    Entity kind;
    std::string id;
    // The id's own text: a plain id whole, a quoted one between its quotes,
    // a block scalar's content line (never its `>-` indicator). When the
    // text is not the id as it reads (escapes, a fold over lines, an alias),
    // `exact` is false and the span is the node's.
    Span span;
    Style style = Style::plain;
    bool exact = true;
    bool definition = false;
    int section = -1;  // a listing: the section listing it
    int index = -1;    // a definition: its index in plan().projects / sections / indicators
  };
  const std::vector<Occurrence>& occurrences() const;
  const Occurrence* occurrence_at(size_t offset) const;

  // Where an offset stands in the tree, from the root down.
  struct Step {
    uint32_t node;     // the value (or the key, when on_key)
    std::string key;   // the map key leading here ("" for a list item)
    int item = -1;     // the list index leading here (-1 for a map key)
    bool on_key = false;
  };
  std::vector<Step> locate(size_t offset) const;

  // What the innermost entity at `offset` is, read from locate().
  struct Context {
    MapKind map = MapKind::none;  // the kind of the innermost map
    int project = -1, section = -1, indicator = -1;
    const Listing* listing = nullptr;
    bool total = false, plan_total = false;  // inside a section's (or plan's) `total`
    std::string field;   // the entity's key the offset is under ("targets", "budget", ...)
    std::string leaf_key;  // the key of the innermost map entry ("R3", "budget", ...)
    bool on_key = false;
    uint32_t node = 0;   // the innermost node
    bool found = false;  // the offset is inside some node
  };
  Context context(size_t offset) const;

 private:
  SourceFile src_;
  PlanDocument doc_;
  bool parsed_ = false;
  bool abandoned_ = false;
  Plan plan_;
  std::vector<Diagnostic> diags_;
  mutable std::optional<NodeStarts> starts_;
  mutable std::vector<Span> spans_;  // span_of, by node; begin == SIZE_MAX: not computed yet
  mutable std::vector<Occurrence> occ_;
  mutable bool occ_built_ = false;
};

struct TextEdit {
  Span span;
  std::string text;
};

// Hover (LSP §textDocument/hover): Markdown about a total, a listing or a
// project (its id or its own `budget:`/`previous:` value), a KPI or goal
// value, a year.
struct Hover {
  std::string markdown;
  Span span;
};
std::optional<Hover> hover(const Analysis& a, size_t offset);

// Go to definition: from a listing's project id to the project's id.
std::optional<Span> definition(const Analysis& a, size_t offset);

// Every listing of the project at `offset` (and its definition when asked).
std::vector<Span> references(const Analysis& a, size_t offset, bool include_declaration);

// Rename a project, section, KPI or goal id: every occurrence, one edit
// each, replacing the id's own text (Occurrence::span). prepare_rename:
// the id's span at `offset`; nullopt when there is none, or when the
// rename would be refused because an occurrence is not written as it
// reads (then `why` gets the reason, one line in the current language).
std::optional<Span> prepare_rename(const Analysis& a, size_t offset, std::string* why = nullptr);
struct RenameResult {
  std::vector<TextEdit> edits;
  std::string error;  // when the rename is refused, one line in the current language
};
RenameResult rename(const Analysis& a, size_t offset, const std::string& new_id);

// The outline: sections (pillars → … → directions) with their KPIs, goals
// and listed projects; then the projects as defined.
enum class SymbolKind { section, project, listing, kpi, goal, group };
struct Symbol {
  std::string name, detail;
  SymbolKind kind;
  Span range, selection;
  std::vector<Symbol> children;
};
std::vector<Symbol> symbols(const Analysis& a);

// Quick fixes for the diagnostics overlapping `range`: each Diagnostic::fixes
// applied by the byte-exact editor, "did you mean" for unknown keys and
// unknown project ids.
struct CodeAction {
  std::string title;
  size_t diagnostic;  // index into a.diagnostics()
  std::vector<TextEdit> edits;
  bool preferred = false;
};
std::vector<CodeAction> code_actions(const Analysis& a, Span range);

// The minimal edit turning `before` into `after` (the changed span only).
TextEdit minimal_edit(const std::string& before, const std::string& after);

// Completion of project ids (in listings) and of keys. `known` is the last
// version that parsed, for the project ids while the current one does not.
enum class CompletionKind { project, key };
struct Completion {
  std::string label, detail;
  CompletionKind kind;
  Span replace;  // the typed prefix the label replaces: from the start of the id or key (hyphens and all) to `offset`
};
std::vector<Completion> complete(const Analysis& a, size_t offset, const Plan* known);

// Year forms for hovers: 2021 → "令和3年度".
std::string japanese_year(int year);

}  // namespace yplan::lsp
