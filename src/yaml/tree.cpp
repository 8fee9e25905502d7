#include "yplan/yaml_tree.hpp"
#include "yplan/i18n.hpp"

#include <cctype>
#include <fmt/format.h>
#include <istream>
#include <streambuf>
#include <utf8proc.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include "yaml/checks.hpp"
#include "yaml/mistakes.hpp"
#include "yplan/i18n.hpp"

namespace yplan::yaml {
namespace {

// An istream over bytes we already hold, without copying them.
class MemoryBuf : public std::streambuf {
 public:
  explicit MemoryBuf(std::string_view s) {
    char* p = const_cast<char*>(s.data());
    setg(p, p, p + s.size());
  }
};

class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const SourceFile& src, Document& doc) : src_(src), doc_(doc) {}

  int documents = 0;
  Pos second_document;

  void OnDocumentStart(const YAML::Mark& mark) override {
    ++documents;
    if (documents == 2) second_document = at(mark);
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    uint32_t i = add(Kind::null, mark);
    if (documents > 1) return;
    remember(anchor, i);
    // yaml-cpp marks a value written as nothing (`key:`) at the next token,
    // often on the next line. Point at its key instead.
    Node& n = doc_.nodes[i];
    std::string_view at = std::string_view(src_.text).substr(std::min<size_t>(n.pos.offset, src_.text.size()));
    bool word = at.substr(0, 1) == "~" || at.substr(0, 4) == "null" || at.substr(0, 4) == "Null" ||
                at.substr(0, 4) == "NULL";
    if (!word && !stack_.empty()) {
      const Node& parent = doc_.nodes[stack_.back()];
      if (parent.kind == Kind::map && parent.children.size() % 2 == 0 && parent.children.size() >= 2)
        n.pos = doc_.nodes[parent.children[parent.children.size() - 2]].pos;
    }
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    uint32_t i = add(Kind::alias, mark);
    if (documents > 1) return;
    if (anchor < anchors_.size() && anchors_[anchor] != kNone) {
      doc_.nodes[i].target = anchors_[anchor];
      doc_.nodes[i].alias_known = true;
    }
  }
  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    uint32_t i = add(Kind::scalar, mark);
    if (documents > 1) return;
    remember(anchor, i);
    Node& n = doc_.nodes[i];
    n.text = value;
    // yaml-cpp tags plain scalars "?" and quoted or block scalars "!".
    n.quoted = tag != "?";
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value style) override {
    open(Kind::sequence, mark, style, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value style) override {
    open(Kind::map, mark, style, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  Pos at(const YAML::Mark& m) const { return src_.pos_at_line_byte(m.line, m.column); }

  uint32_t add(Kind kind, const YAML::Mark& mark) {
    if (documents > 1) return 0;  // only the first document is kept
    uint32_t i = static_cast<uint32_t>(doc_.nodes.size());
    doc_.nodes.emplace_back();
    doc_.nodes.back().kind = kind;
    doc_.nodes.back().pos = at(mark);
    if (stack_.empty()) {
      doc_.root = i;
      doc_.empty = false;
    } else {
      doc_.nodes[stack_.back()].children.push_back(i);
    }
    return i;
  }
  void close() {
    if (documents <= 1 && !stack_.empty()) stack_.pop_back();
  }
  void open(Kind kind, const YAML::Mark& mark, YAML::EmitterStyle::value style, YAML::anchor_t anchor) {
    uint32_t i = add(kind, mark);
    if (documents > 1) return;
    remember(anchor, i);
    doc_.nodes[i].flow = style == YAML::EmitterStyle::Flow;
    stack_.push_back(i);
  }

  // yaml-cpp numbers anchors 1, 2, ... in the order they are defined.
  static constexpr uint32_t kNone = UINT32_MAX;
  void remember(YAML::anchor_t anchor, uint32_t node) {
    if (anchor == YAML::NullAnchor) return;
    if (anchor >= anchors_.size()) anchors_.resize(anchor + 1, kNone);
    anchors_[anchor] = node;
    doc_.nodes[node].anchored = true;
  }

  const SourceFile& src_;
  Document& doc_;
  std::vector<uint32_t> stack_;
  std::vector<uint32_t> anchors_;  // anchor id → node
};

// YAML text must be valid UTF-8 without NUL bytes; yaml-cpp does not say so
// itself (it stops at NUL and passes bad bytes through), so check first.
bool check_encoding(const SourceFile& src, ParseError& err) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(src.text.data());
  size_t n = src.text.size();
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) {
      if (p[i] == 0) {
        err.pos = src.pos_at_offset(i);
        err.message = tr("NUL byte in the text");
        err.help = tr("remove the NUL byte; a plan is a text file (is this one?)");
        return false;
      }
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len < 0) {
      err.pos = src.pos_at_offset(i);
      err.message = tr("invalid UTF-8 byte sequence");
      err.help = tr("save the file as UTF-8 (in an editor: save with encoding UTF-8)");
      return false;
    }
    i += static_cast<size_t>(len);
  }
  return true;
}

// yaml-cpp recurses once per nesting level and gives up past its guard with
// an unhelpful "bad file"; check flow nesting ourselves first, with a clear
// message at the bracket that goes too deep.
constexpr int kMaxDepth = 200;

// A plan is a few levels deep: so many come from a bracket never closed, or
// `- ` or indentation repeated, or a file that is not a plan at all.
std::string deep_help() {
  return tr("a plan needs only a few levels: look for a `[` or `{` that is never closed, or `- ` or "
            "indentation repeated by mistake; is this file a plan?");
}

bool check_flow_depth(const SourceFile& src, ParseError& err) {
  const std::string& t = src.text;
  int depth = 0;
  bool line_start = true;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    if (c == '\n') {
      line_start = true;
      continue;
    }
    if (c == '#' && (line_start || i == 0 || t[i - 1] == ' ' || t[i - 1] == '\t')) {
      while (i < t.size() && t[i] != '\n') ++i;
      line_start = true;
      continue;
    }
    if (c != ' ' && c != '\t') line_start = false;
    if (c == '"' || (c == '\'' && (i == 0 || !std::isalnum(static_cast<unsigned char>(t[i - 1]))))) {
      size_t e = quoted_scalar_end(t, i);
      if (e == std::string_view::npos) return true;  // check_quotes_closed reports it
      i = e - 1;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth) {
        err.pos = src.pos_at_offset(i);
        err.message = trf("nesting deeper than {} levels", kMaxDepth);
        err.help = deep_help();
        return false;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return true;
}

// yaml-cpp accepts a quoted scalar left open to the end of the file (it
// swallows the rest of the file into one string); YAML does not.
bool check_quotes_closed(const SourceFile& src, const Document& doc, ParseError& err) {
  for (const Node& n : doc.nodes) {
    if (n.kind != Kind::scalar || !n.quoted || n.pos.offset >= src.text.size()) continue;
    char q = src.text[n.pos.offset];
    if (q != '"' && q != '\'') continue;  // a block scalar (| or >)
    if (quoted_scalar_end(src.text, n.pos.offset) == std::string_view::npos) {
      err.pos = n.pos;
      err.message = trf("the string quoted here with {} is never closed", q);
      err.help = tr("close the quote on the line where it opens; for text over several lines write `key: |` and "
                    "indent the lines below it");
      return false;
    }
  }
  return true;
}

}  // namespace

size_t quoted_scalar_end(std::string_view text, size_t offset) {
  const char q = text[offset];
  for (size_t i = offset + 1; i < text.size(); ++i) {
    if (q == '"' && text[i] == '\\') {
      ++i;  // an escape: skip the escaped character
    } else if (text[i] == q) {
      if (q == '\'' && i + 1 < text.size() && text[i + 1] == '\'') {
        ++i;  // '' is a quote inside a single-quoted string
        continue;
      }
      return i + 1;
    }
  }
  return std::string_view::npos;
}

bool text_checks(const SourceFile& src, ParseError& err) {
  if (!check_encoding(src, err)) {
    mistakes::explain_encoding(src, err);  // Shift_JIS, UTF-16: name it and how to convert
    return false;
  }
  if (mistakes::lone_cr(src, err)) return false;  // else yaml-cpp reads the file as one line
  return check_flow_depth(src, err);
}

bool tree_checks(const SourceFile& src, const Document& doc, ParseError& err) {
  return check_quotes_closed(src, doc, err) && !mistakes::multiline_quote(src, doc, err);
}

bool parse(const SourceFile& src, Document& doc, ParseError& err) {
  doc = Document{};
  doc.nodes.reserve(src.text.size() / 24 + 16);  // about one node per 24 bytes of plan text
  if (!text_checks(src, err)) return false;
  MemoryBuf buf(src.text);
  std::istream in(&buf);
  TreeBuilder builder(src, doc);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
      if (builder.documents > 1) break;
    }
  } catch (const YAML::DeepRecursion& e) {
    // yaml-cpp's own guard (block nesting such as "- - - ..." is not caught by
    // check_flow_depth): stopped before any stack runs out; say so plainly.
    err.pos = e.mark.is_null() ? Pos{1, 1, 0} : src.pos_at_line_byte(e.mark.line, e.mark.column);
    err.message = trf("nesting deeper than {} levels", 500);  // the YAML parser's own limit
    err.help = deep_help();
    return false;
  } catch (const YAML::Exception& e) {
    err.pos = e.mark.is_null() ? Pos{1, 1, 0} : src.pos_at_line_byte(e.mark.line, e.mark.column);
    err.message = e.msg;
    mistakes::explain_syntax_error(src, err);  // the cause, where it is, when it is a known mistake
    return false;
  }
  if (builder.documents > 1) {
    err.pos = builder.second_document;
    err.message = tr("a second YAML document starts here; a plan file holds one document");
    err.help = tr("delete the `---` line and what follows it, or move that document to a file of its own");
    return false;
  }
  return tree_checks(src, doc, err);
}

}  // namespace yplan::yaml
