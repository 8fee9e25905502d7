#include "changes.hpp"

#include <fmt/format.h>

#include "yplan/i18n.hpp"

namespace yplan::lsp {

namespace {

// Empty when `q` names a place in the text (its byte offset in `out`),
// else why not, for change `n` (1-based).
std::string misplaced(const LineIndex& idx, Position q, size_t n, Encoding enc, size_t& out) {
  switch (idx.locate(q, enc, out)) {
    case LineIndex::Fit::exact: return {};
    case LineIndex::Fit::past_last_line:
      return trf("the range of change {} reaches {}, past the end of the document at {} (zero-based line:character)", n,
                 shown(q), shown(idx.position(idx.line_end(q.line), enc)));
    case LineIndex::Fit::past_line_end:
      return trf("the range of change {} reaches {}, past the end of its line at {} (zero-based line:character)", n,
                 shown(q), shown(idx.position(idx.line_end(q.line), enc)));
    case LineIndex::Fit::inside_character:
      return trf("the range of change {} reaches {}, inside a character (zero-based line:character)", n, shown(q));
  }
  return {};
}

}  // namespace

Changed apply_changes(std::string text, bool in_sync, const json& changes, Encoding enc) {
  Changed r;
  try {
    if (!changes.is_array()) throw RpcError{kInvalidParams, tr("contentChanges must be an array")};
    for (size_t i = 0; i < changes.size() && r.why.empty(); ++i) {
      const json& ch = changes[i];
      const std::string path = fmt::format("contentChanges[{}]", i);
      std::string new_text = string_member(ch, "text", path);
      if (!ch.contains("range")) {
        text = std::move(new_text);
        in_sync = true;
        continue;
      }
      if (!in_sync) {
        r.why = trf("change {} edits a range of a text that an earlier change left out of step; send the whole text", i + 1);
        break;
      }
      const json& range = object_member(ch, "range", path);
      Position start = position_of(member(range, "start", path + ".range"), path + ".range.start");
      Position end = position_of(member(range, "end", path + ".range"), path + ".range.end");
      LineIndex idx(text);
      size_t b = 0, e = 0;
      if (end < start)
        r.why = trf("the range of change {} ends at {} before it starts at {} (zero-based line:character)", i + 1,
                    shown(end), shown(start));
      else if (r.why = misplaced(idx, start, i + 1, enc, b); r.why.empty())
        r.why = misplaced(idx, end, i + 1, enc, e);
      if (r.why.empty()) text.replace(b, e - b, new_text);
    }
  } catch (const RpcError& e) {
    r.why = e.message;
  }
  if (r.why.empty()) {
    r.text = std::move(text);
    r.in_sync = in_sync;
  }
  return r;
}

}  // namespace yplan::lsp
