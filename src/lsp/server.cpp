#include "server.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "features.hpp"
#include "protocol.hpp"
#include "yplan/i18n.hpp"

namespace yplan::lsp {

using json = nlohmann::json;

namespace {

// A failure to answer with a JSON-RPC error.
struct RpcError {
  int code;
  std::string message;
};

struct Document {
  std::string uri, text;
  int64_t version = 0;
  bool dirty = true;
  bool out_of_sync = false;  // a change was refused: only a whole text may follow
  std::shared_ptr<const Analysis> current;  // of `text` when !dirty
  std::shared_ptr<const Analysis> last_good;  // the last version whose YAML parsed
  std::unique_ptr<LineIndex> index;            // of current->text()
};

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

class Server {
 public:
  Server(int in_fd, int out_fd, const ServerOptions& o) : reader_(in_fd), out_(out_fd), opts_(o) {}

  int run() {
    for (;;) {
      if (any_dirty() && !reader_.wait(opts_.debounce_ms)) {
        for (auto& [uri, d] : docs_)
          if (d.dirty) analyse(d);
        continue;
      }
      std::string body;
      auto st = reader_.read(body);
      if (st == Reader::Status::eof) return shutdown_ ? 0 : 1;
      if (st == Reader::Status::truncated) {
        log(trf("{}; stopping", reader_.error()));
        return 1;
      }
      if (st == Reader::Status::skipped || st == Reader::Status::bad_frame) {
        // The message's id is unknown: the error's id is null (JSON-RPC 2.0 §5).
        const bool lost = st == Reader::Status::bad_frame;
        log(lost ? trf("cannot read a message: {}; stopping, as where the next message starts is unknown",
                       reader_.error())
                 : trf("cannot read a message: {}", reader_.error()));
        send_error(nullptr, kParseError, reader_.error());
        if (lost) return 1;
        continue;
      }
      json msg;
      try {
        msg = json::parse(body);
      } catch (const std::exception& e) {
        log(trf("a message is not JSON: {}", e.what()));
        send_error(nullptr, kParseError, trf("not JSON: {}", e.what()));
        continue;
      }
      if (msg.is_array() ? handle_batch(msg) : handle_message(msg)) return exit_code_;
    }
  }

 private:
  static void log(const std::string& s) { std::cerr << "yplan lsp: " << s << '\n' << std::flush; }

  bool any_dirty() const {
    for (const auto& [uri, d] : docs_)
      if (d.dirty) return true;
    return false;
  }

  void send(const json& j) {
    if (!write_message(out_, j.dump(-1, ' ', false, json::error_handler_t::replace)))
      log(tr("cannot write to standard output"));
  }
  // A response goes out at once, or into the batch being answered.
  void respond(json j) {
    if (batch_) batch_->push_back(std::move(j));
    else send(j);
  }
  void send_result(const json& id, json result) { respond({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
  void send_error(const json& id, int code, const std::string& message) {
    respond({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
  }

  // A batch (JSON-RPC 2.0 §6): each element handled in order, the responses
  // sent as one array, after the last; none at all when every element was a
  // notification. An empty batch is one Invalid Request, id null. Returns
  // true when the session ends (an `exit` in the batch: what follows it is
  // not handled).
  bool handle_batch(const json& batch) {
    if (batch.empty()) {
      send_error(nullptr, kInvalidRequest, tr("an empty batch: a batch holds at least one request or notification"));
      return false;
    }
    std::vector<json> replies;
    bool end = false;
    batch_ = &replies;
    try {
      for (const auto& m : batch)
        if ((end = handle_message(m))) break;
    } catch (...) {
      batch_ = nullptr;
      throw;
    }
    batch_ = nullptr;
    if (!replies.empty()) send(json(std::move(replies)));
    return end;
  }

  // One message (JSON-RPC 2.0 §4, §5): a request or a notification is
  // handled; a response is ignored (the server sends no requests); anything
  // else gets an Invalid Request error, with its id when it has a valid one.
  // Returns true when the session ends (`exit`).
  bool handle_message(const json& msg) {
    if (!msg.is_object()) {
      send_error(nullptr, kInvalidRequest, tr("a message must be a JSON object: a request, a notification or a response"));
      return false;
    }
    const bool has_id = msg.contains("id");
    // An id is a number or a string (JSON-RPC 2.0 §4); anything else is not echoed back.
    if (has_id && !msg["id"].is_number() && !msg["id"].is_string() && !msg["id"].is_null()) {
      send_error(nullptr, kInvalidRequest, tr("a request id must be a number or a string"));
      return false;
    }
    const json id = has_id ? msg["id"] : json();
    if (!msg.contains("method")) {
      if (!(has_id && (msg.contains("result") || msg.contains("error"))))
        send_error(id, kInvalidRequest, tr("a request needs a method"));
      return false;  // a response to us: the server sends no requests
    }
    if (!msg["method"].is_string()) {
      send_error(id, kInvalidRequest, tr("a method must be a string"));
      return false;
    }
    if (msg.contains("params") && !msg["params"].is_object() && !msg["params"].is_array()) {
      send_error(id, kInvalidRequest, tr("params must be an object or an array"));
      return false;
    }
    return handle(msg);
  }

  // Returns true when the session ends (`exit`).
  bool handle(const json& msg) {
    const std::string method = msg["method"];
    const bool request = msg.contains("id");
    const json id = request ? msg["id"] : json();
    const json params = msg.contains("params") ? msg["params"] : json::object();
    if (method == "exit") {
      exit_code_ = shutdown_ ? 0 : 1;
      return true;
    }
    if (!initialized_ && method != "initialize") {
      if (request) send_error(id, kServerNotInitialized, tr("the server is not initialized yet"));
      return false;
    }
    if (shutdown_ && request) {
      send_error(id, kInvalidRequest, tr("the server is shutting down"));
      return false;
    }
    try {
      json result = dispatch(method, params, request);
      if (request) send_result(id, std::move(result));
    } catch (const RpcError& e) {
      if (e.code != kMethodNotFound) log(fmt::format("{}: {}", method, e.message));
      if (request) send_error(id, e.code, e.message);
    } catch (const json::exception& e) {
      log(trf("{}: invalid parameters: {}", method, e.what()));
      if (request) send_error(id, kInvalidParams, trf("invalid parameters: {}", e.what()));
    } catch (const std::exception& e) {
      log(trf("{}: internal error: {}", method, e.what()));
      if (request) send_error(id, kInternalError, e.what());
    }
    return false;
  }

  json dispatch(const std::string& m, const json& p, bool request) {
    if (m == "initialize") return initialize(p);
    if (m == "initialized") return nullptr;
    if (m == "shutdown") {
      shutdown_ = true;
      return nullptr;
    }
    if (m == "textDocument/didOpen") {
      // Built whole before it replaces any open one: bad parameters leave nothing half-opened.
      const auto& td = p.at("textDocument");
      Document d;
      d.uri = td.at("uri").get<std::string>();
      d.text = td.at("text").get<std::string>();
      d.version = td.value("version", int64_t{0});
      docs_[d.uri] = std::move(d);
      return nullptr;
    }
    if (m == "textDocument/didChange") {
      did_change(doc(p), p);
      return nullptr;
    }
    if (m == "textDocument/didClose") {
      std::string uri = p.at("textDocument").at("uri");
      docs_.erase(uri);
      send({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
            {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
      return nullptr;
    }
    if (m == "textDocument/didSave") return nullptr;
    if (m == "textDocument/hover") {
      auto [d, off] = at(p);
      auto h = hover(*d.current, off);
      if (!h) return nullptr;
      return {{"contents", {{"kind", "markdown"}, {"value", h->markdown}}}, {"range", range(d, h->span)}};
    }
    if (m == "textDocument/definition") {
      auto [d, off] = at(p);
      auto s = definition(*d.current, off);
      if (!s) return nullptr;
      return {{"uri", d.uri}, {"range", range(d, *s)}};
    }
    if (m == "textDocument/references") {
      auto [d, off] = at(p);
      bool decl = p.contains("context") && p["context"].value("includeDeclaration", false);
      json out = json::array();
      for (const Span& s : references(*d.current, off, decl)) out.push_back({{"uri", d.uri}, {"range", range(d, s)}});
      return out;
    }
    if (m == "textDocument/prepareRename") {
      auto [d, off] = at(p);
      auto s = prepare_rename(*d.current, off);
      if (!s) return nullptr;
      return range(d, *s);
    }
    if (m == "textDocument/rename") {
      auto [d, off] = at(p);
      auto r = rename(*d.current, off, p.at("newName").get<std::string>());
      if (!r.error.empty()) throw RpcError{kRequestFailed, r.error};
      return {{"changes", {{d.uri, edits(d, r.edits)}}}};
    }
    if (m == "textDocument/documentSymbol") {
      Document& d = fresh(p);
      json out = json::array();
      for (const auto& s : symbols(*d.current)) out.push_back(symbol(d, s));
      return out;
    }
    if (m == "textDocument/codeAction") {
      Document& d = fresh(p);
      Position start = position(p.at("range").at("start")), end = position(p.at("range").at("end"));
      if (end < start)
        throw RpcError{kInvalidParams, trf("the range ends at {} before it starts at {} (zero-based line:character)",
                                           shown(end), shown(start))};
      Span want{d.index->offset(start, encoding_), d.index->offset(end, encoding_)};
      json out = json::array();
      const auto& diags = d.current->diagnostics();
      for (const auto& ca : code_actions(*d.current, want)) {
        out.push_back({{"title", ca.title},
                       {"kind", "quickfix"},
                       {"diagnostics", json::array({diagnostic(d, diags[ca.diagnostic])})},
                       {"isPreferred", ca.preferred},
                       {"edit", {{"changes", {{d.uri, edits(d, ca.edits)}}}}}});
      }
      return out;
    }
    if (m == "textDocument/completion") {
      auto [d, off] = at(p);
      json items = json::array();
      for (const auto& c : complete(*d.current, off, d.last_good ? &d.last_good->plan() : nullptr))
        items.push_back({{"label", c.label}, {"kind", c.kind == CompletionKind::project ? 18 : 10}, {"detail", c.detail}});
      return {{"isIncomplete", false}, {"items", items}};
    }
    if (!request || m.rfind("$/", 0) == 0) return nullptr;  // notifications we do not need
    throw RpcError{kMethodNotFound, trf("method not found: {}", m)};
  }

  json initialize(const json& p) {
    initialized_ = true;
    encoding_ = Encoding::utf16;
    if (p.contains("capabilities") && p["capabilities"].contains("general") &&
        p["capabilities"]["general"].contains("positionEncodings")) {
      for (const auto& e : p["capabilities"]["general"]["positionEncodings"])
        if (e == "utf-8") encoding_ = Encoding::utf8;
    }
    Lang lang = language_from_env();
    if (p.contains("locale") && p["locale"].is_string()) {
      std::string loc = p["locale"];
      lang = loc.rfind("ja", 0) == 0 ? Lang::ja : Lang::en;
    }
    set_language(lang);
    if (opts_.find_docs) {
      std::error_code ec;
      opts_.docs_url = find_docs_url(std::filesystem::read_symlink("/proc/self/exe", ec).string(), lang, install_mandir());
    }
    return {{"capabilities",
             {{"positionEncoding", encoding_name(encoding_)},
              {"textDocumentSync", {{"openClose", true}, {"change", 1}, {"save", false}}},
              {"hoverProvider", true},
              {"definitionProvider", true},
              {"referencesProvider", true},
              {"renameProvider", {{"prepareProvider", true}}},
              {"documentSymbolProvider", true},
              {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
              {"completionProvider", {{"triggerCharacters", {" ", "-"}}}}}},
            {"serverInfo", {{"name", "yplan"}, {"version", "0.1.0"}}}};
  }

  Document& doc(const json& p) {
    std::string uri = p.at("textDocument").at("uri");
    auto it = docs_.find(uri);
    if (it == docs_.end()) throw RpcError{kInvalidParams, trf("document not open: {}", uri)};
    return it->second;
  }
  Document& fresh(const json& p) {
    Document& d = doc(p);
    if (d.dirty || !d.current) analyse(d);
    return d;
  }
  std::pair<Document&, size_t> at(const json& p) {
    Document& d = fresh(p);
    return {d, d.index->offset(position(p.at("position")), encoding_)};
  }

  // A Position's line and character are uinteger (LSP 3.17 §Position):
  // numbers from 0 to 2^31 - 1; a negative one is refused, not wrapped round.
  static Position position(const json& j) {
    auto part = [&](const char* key) {
      const json& v = j.at(key);
      if (!v.is_number_unsigned() || v.get<uint64_t>() > 2147483647u)
        throw RpcError{kInvalidParams, trf("a position's {} must be a whole number from 0 to 2147483647, not {}", key,
                                           v.dump())};
      return v.get<uint32_t>();
    };
    return {part("line"), part("character")};
  }
  static std::string shown(Position p) { return fmt::format("{}:{}", p.line, p.character); }
  json pos_json(const Document& d, size_t off) const {
    Position q = d.index->position(off, encoding_);
    return {{"line", q.line}, {"character", q.character}};
  }
  json range(const Document& d, Span s) const { return {{"start", pos_json(d, s.begin)}, {"end", pos_json(d, s.end)}}; }
  json edits(const Document& d, const std::vector<TextEdit>& es) const {
    json out = json::array();
    for (const auto& e : es) out.push_back({{"range", range(d, e.span)}, {"newText", e.text}});
    return out;
  }
  json symbol(const Document& d, const Symbol& s) const {
    json j = {{"name", s.name.empty() ? std::string("?") : s.name},
              {"detail", s.detail},
              {"kind", symbol_kind(s.kind)},
              {"range", range(d, s.range)},
              {"selectionRange", range(d, s.selection)}};
    if (!s.children.empty()) {
      j["children"] = json::array();
      for (const auto& c : s.children) j["children"].push_back(symbol(d, c));
    }
    return j;
  }
  json diagnostic(const Document& d, const Diagnostic& g) const {
    size_t b = g.pos.known() ? g.pos.offset : 0;
    size_t e = g.end.known() ? g.end.offset : b;
    std::string message = g.message;
    if (!g.help.empty()) message += "\n" + g.help;
    json j = {{"range", range(d, {b, e})},
              {"severity", g.severity == Severity::error ? 1 : 2},
              {"code", g.check},
              {"source", "yplan"},
              {"message", message}};
    if (!opts_.docs_url.empty()) j["codeDescription"] = {{"href", opts_.docs_url + "#" + g.check}};
    return j;
  }

  // textDocument/didChange (LSP 3.17 §DidChangeTextDocument): the changes
  // apply in order, to a copy. One that cannot be applied exactly (a range
  // that ends before it starts, or reaches past its line's end, past the
  // document's end or into a character) means the editor's text and the
  // server's differ: as clangd, the server applies none of them and says so
  // (window/showMessage, and the log); the document keeps its text and
  // version, and takes only a whole text (a change without a range) until
  // the editor sends one or opens it again.
  void did_change(Document& d, const json& p) {
    std::string text = d.text, why;
    int64_t version = d.version;
    bool in_sync = !d.out_of_sync;
    try {
      version = p.at("textDocument").value("version", d.version);
      const json& changes = p.at("contentChanges");
      if (!changes.is_array()) throw RpcError{kInvalidParams, tr("contentChanges must be an array")};
      for (size_t i = 0; i < changes.size() && why.empty(); ++i) {
        const json& ch = changes[i];
        std::string new_text = ch.at("text").get<std::string>();
        if (!ch.contains("range")) {
          text = std::move(new_text);
          in_sync = true;
          continue;
        }
        if (!in_sync) {
          why = trf("change {} edits a range of a text that an earlier change left out of step; send the whole text", i + 1);
          break;
        }
        Position start = position(ch["range"].at("start")), end = position(ch["range"].at("end"));
        LineIndex idx(text);
        size_t b = 0, e = 0;
        if (end < start)
          why = trf("the range of change {} ends at {} before it starts at {} (zero-based line:character)", i + 1,
                    shown(end), shown(start));
        else if (why = misplaced(idx, start, i + 1, b); why.empty())
          why = misplaced(idx, end, i + 1, e);
        if (why.empty()) text.replace(b, e - b, new_text);
      }
    } catch (const RpcError& e) {
      why = e.message;
    } catch (const json::exception& e) {
      why = trf("invalid parameters: {}", e.what());
    }
    if (why.empty()) {
      d.text = std::move(text);
      d.version = version;
      d.out_of_sync = false;
      d.dirty = true;
      return;
    }
    d.out_of_sync = true;
    std::string message = trf("{}: an edit is refused and the file left as it was (version {}): {}; close and reopen "
                              "the file so that yplan reads it whole again",
                              uri_to_path(d.uri), d.version, why);
    log(message);
    send({{"jsonrpc", "2.0"}, {"method", "window/showMessage"}, {"params", {{"type", 1}, {"message", message}}}});
  }

  // Empty when `q` names a place in the text (its byte offset in `out`),
  // else why not, for change `n` (1-based).
  std::string misplaced(const LineIndex& idx, Position q, size_t n, size_t& out) const {
    switch (idx.locate(q, encoding_, out)) {
      case LineIndex::Fit::exact: return {};
      case LineIndex::Fit::past_last_line:
        return trf("the range of change {} reaches {}, past the end of the document at {} (zero-based line:character)",
                   n, shown(q), shown(idx.position(idx.line_end(q.line), encoding_)));
      case LineIndex::Fit::past_line_end:
        return trf("the range of change {} reaches {}, past the end of its line at {} (zero-based line:character)", n,
                   shown(q), shown(idx.position(idx.line_end(q.line), encoding_)));
      case LineIndex::Fit::inside_character:
        return trf("the range of change {} reaches {}, inside a character (zero-based line:character)", n, shown(q));
    }
    return {};
  }

  void analyse(Document& d) {
    d.current = std::make_shared<const Analysis>(uri_to_path(d.uri), d.text);
    d.index = std::make_unique<LineIndex>(d.current->text());
    if (d.current->parsed()) d.last_good = d.current;
    d.dirty = false;
    json diags = json::array();
    for (const auto& g : d.current->diagnostics()) diags.push_back(diagnostic(d, g));
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", d.uri}, {"version", d.version}, {"diagnostics", diags}}}});
  }

  Reader reader_;
  int out_;
  ServerOptions opts_;
  bool initialized_ = false, shutdown_ = false;
  int exit_code_ = 1;
  Encoding encoding_ = Encoding::utf16;
  std::map<std::string, Document> docs_;
  std::vector<json>* batch_ = nullptr;  // the responses of the batch being handled
};

}  // namespace

int serve(int in_fd, int out_fd, const ServerOptions& options) {
  Server s(in_fd, out_fd, options);
  try {
    return s.run();
  } catch (const std::exception& e) {
    std::cerr << "yplan lsp: " << e.what() << '\n';
    return 1;
  }
}

}  // namespace yplan::lsp
