#include "server.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <iostream>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <poll.h>

#include "changes.hpp"
#include "convert.hpp"
#include "features.hpp"
#include "params.hpp"
#include "protocol.hpp"
#include "worker.hpp"
#include "yplan/i18n.hpp"

namespace yplan::lsp {

namespace {

struct Document {
  std::string uri, text;
  int64_t version = 0;
  uint64_t generation = 1;  // counts the texts the document has had (opening, each change)
  uint64_t submitted = 0;   // the generation last given to the worker
  uint64_t analysed = 0;    // the generation of `current`
  bool out_of_sync = false;  // a change was refused: only a whole text may follow
  bool plan = true;          // its languageId is YAML's: checked as a plan (else never analysed)
  std::string language;      // its languageId as sent
  std::shared_ptr<const Analysis> current;  // the last analysed (of `text` when analysed == generation)
  std::shared_ptr<const Analysis> last_good;  // the last version whose YAML parsed
  std::unique_ptr<LineIndex> index;            // of current->text()
};

// A languageId of YAML's (LSP 3.17 §TextDocumentItem: `yaml`), or a
// variant of it: Neovim's compound filetypes (`yaml.ansible`), Emacs's
// tree-sitter mode (`yaml-ts`). Letter case is ignored.
bool is_yaml(std::string_view id) {
  std::string l;
  for (char c : id) l += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return l == "yaml" || l.rfind("yaml.", 0) == 0 || l.rfind("yaml-", 0) == 0;
}

class Server {
 public:
  Server(int in_fd, int out_fd, const ServerOptions& o) : reader_(in_fd), out_(out_fd), opts_(o) {}

  int run() {
    for (;;) {
      // Checks run on the worker (worker.hpp): a document's newest text goes
      // to it after `debounce_ms` of quiet; its results come back here.
      auto ready = reader_.wait(any_unsubmitted() ? opts_.debounce_ms : -1, worker_.fd());
      if (ready == Reader::Ready::other) {
        collect();
        continue;
      }
      if (ready == Reader::Ready::none) {
        for (auto& [uri, d] : docs_) submit(d);
        continue;
      }
      std::string body;
      auto st = reader_.read(body);
      // The end of input after `shutdown` ends the session as `exit` would
      // (LSP 3.17 §exit: 0 when shutdown came first, else 1).
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
      } catch (const json::parse_error& e) {
        // The library's own text names its internals; the byte is what helps.
        std::string why = trf("not JSON: a syntax error at byte {} of the message's content", e.byte);
        log(trf("cannot read a message: {}", why));
        send_error(nullptr, kParseError, why);
        continue;
      }
      if (msg.is_array() ? handle_batch(msg) : handle_message(msg)) return exit_code_;
    }
  }

 private:
  static void log(const std::string& s) { std::cerr << "yplan lsp: " << s << '\n' << std::flush; }

  bool any_unsubmitted() const {
    for (const auto& [uri, d] : docs_)
      if (d.plan && d.submitted != d.generation) return true;
    return false;
  }
  void submit(Document& d) {
    if (!d.plan || d.submitted == d.generation) return;
    d.submitted = d.generation;
    worker_.submit(d.uri, d.generation, d.version, uri_to_path(d.uri), d.text);
  }

  // The worker's results: each newer than the document's last analysed one
  // is installed (hover and the like answer from it); the newest text's
  // findings are published. Then the requests that waited are tried again.
  void collect() {
    for (auto& r : worker_.take()) {
      auto it = docs_.find(r.uri);
      if (it == docs_.end() || !it->second.plan || r.generation <= it->second.analysed) continue;
      Document& d = it->second;
      if (!r.analysis) {  // it failed on the worker: here, the failure is logged as any other
        if (r.generation == d.generation) analyse(d);
        continue;
      }
      install(d, std::move(r.analysis), r.generation, r.version);
    }
    retry();
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
    // Methods without parameters (LSP 3.17: `params: void`, as `shutdown`
    // and `exit`) are sent with null by eglot and lsp-mode: null counts as
    // absent. A notification is never answered, not even with an error.
    if (msg.contains("params") && !msg["params"].is_object() && !msg["params"].is_array() && !msg["params"].is_null()) {
      if (has_id) send_error(id, kInvalidRequest, tr("params must be an object or an array"));
      else log(trf("{}: params must be an object or an array; the notification is ignored", msg["method"].get<std::string>()));
      return false;
    }
    return handle(msg);
  }

  // Returns true when the session ends (`exit`).
  bool handle(const json& msg) {
    const std::string method = msg["method"];
    const bool request = msg.contains("id");
    const json id = request ? msg["id"] : json();
    const json params = msg.contains("params") && !msg["params"].is_null() ? msg["params"] : json::object();
    if (method == "exit") {
      exit_code_ = shutdown_ ? 0 : 1;
      return true;
    }
    if (!initialized_ && method != "initialize") {
      if (request) send_error(id, kServerNotInitialized, tr("the server is not initialized yet"));
      return false;
    }
    if (initialized_ && method == "initialize") {
      // LSP 3.17 §initialize: "may only be sent once".
      if (request) send_error(id, kInvalidRequest, tr("the server is already initialized: initialize may be sent only once"));
      return false;
    }
    if (shutdown_ && request) {
      send_error(id, kInvalidRequest, tr("the server is shutting down"));
      return false;
    }
    try {
      json result = dispatch(method, params, request);
      if (request) send_result(id, std::move(result));
    } catch (const Deferred&) {
      if (request) deferred_.push_back(msg);  // answered when its analysis comes (collect), or cancelled
    } catch (const RpcError& e) {
      if (e.code != kMethodNotFound) log(fmt::format("{}: {}", method, e.message));
      if (request) send_error(id, e.code, e.message);
    } catch (const std::exception& e) {
      // A fault of the server's (a library's text is for the log only).
      log(trf("{}: internal error: {}", method, e.what()));
      if (request) send_error(id, kInternalError, trf("internal error in {}; the server's log (standard error) says more", method));
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
      const json& td = object_member(p, "textDocument", "");
      Document d;
      d.uri = string_member(td, "uri", "textDocument");
      d.text = string_member(td, "text", "textDocument");
      d.version = int_member_or(td, "version", "textDocument", 0);
      d.language = string_member_or(td, "languageId", "textDocument", "yaml");
      d.plan = is_yaml(d.language);
      auto old = docs_.find(d.uri);
      const bool clear = !d.plan && old != docs_.end() && old->second.plan;  // its findings would stay shown
      const std::string uri = d.uri;
      if (old != docs_.end()) d.generation = old->second.generation + 1;  // a result of the old text is not this one's
      docs_[uri] = std::move(d);
      if (clear) publish_none(uri);
      return nullptr;
    }
    if (m == "textDocument/didChange") {
      did_change(doc(p), p);
      return nullptr;
    }
    if (m == "textDocument/didClose") {
      std::string uri = string_member(object_member(p, "textDocument", ""), "uri", "textDocument");
      auto it = docs_.find(uri);
      const bool clear = it == docs_.end() || it->second.plan;
      if (it != docs_.end()) docs_.erase(it);
      if (clear) publish_none(uri);
      retry();  // what waited on it is answered: not open
      return nullptr;
    }
    if (m == "textDocument/didSave") return nullptr;
    if (request && reads_plan(m))
      if (const Document& d = doc(p); !d.plan) return not_a_plan(m, d);
    if (m == "$/cancelRequest") {
      cancel(p);
      return nullptr;
    }
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
      bool decl = p.contains("context") && bool_member_or(p["context"], "includeDeclaration", "context", false);
      json out = json::array();
      for (const Span& s : references(*d.current, off, decl)) out.push_back({{"uri", d.uri}, {"range", range(d, s)}});
      return out;
    }
    if (m == "textDocument/prepareRename") {
      auto [d, off] = at(p, true);
      std::string why;
      auto s = prepare_rename(*d.current, off, &why);
      if (!why.empty()) throw RpcError{kRequestFailed, why};
      if (!s) return nullptr;
      return range(d, *s);
    }
    if (m == "textDocument/rename") {
      auto [d, off] = at(p, true);
      auto r = rename(*d.current, off, string_member(p, "newName", ""));
      if (!r.error.empty()) throw RpcError{kRequestFailed, r.error};
      return {{"changes", {{d.uri, edits(d, r.edits)}}}};
    }
    if (m == "textDocument/documentSymbol") {
      Document& d = fresh(p, false);
      json out = json::array();
      for (const auto& s : symbols(*d.current)) out.push_back(conv(d).symbol(s));
      return out;
    }
    if (m == "textDocument/codeAction") {
      Document& d = fresh(p);
      const json& r = object_member(p, "range", "");
      Position start = position_of(member(r, "start", "range"), "range.start");
      Position end = position_of(member(r, "end", "range"), "range.end");
      if (end < start)
        throw RpcError{kInvalidParams, trf("the range ends at {} before it starts at {} (zero-based line:character)",
                                           shown(end), shown(start))};
      Span want{d.index->offset(start, encoding_), d.index->offset(end, encoding_)};
      json out = json::array();
      const auto& diags = d.current->diagnostics();
      for (const auto& ca : code_actions(*d.current, want)) {
        out.push_back({{"title", ca.title},
                       {"kind", "quickfix"},
                       {"diagnostics", json::array({conv(d).diagnostic(diags[ca.diagnostic], opts_.docs_url)})},
                       {"isPreferred", ca.preferred},
                       {"edit", {{"changes", {{d.uri, edits(d, ca.edits)}}}}}});
      }
      return out;
    }
    if (m == "textDocument/completion") {
      auto [d, off] = at(p);
      json items = json::array();
      for (const auto& c : complete(*d.current, off, d.last_good ? &d.last_good->plan() : nullptr))
        items.push_back({{"label", c.label},
                         {"kind", c.kind == CompletionKind::project ? 18 : 10},
                         {"detail", c.detail},
                         {"filterText", c.label},
                         // The whole typed prefix, hyphens included (`- iju-te`), is replaced.
                         {"textEdit", {{"range", range(d, c.replace)}, {"newText", c.label}}}});
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
    std::string uri = string_member(object_member(p, "textDocument", ""), "uri", "textDocument");
    auto it = docs_.find(uri);
    if (it == docs_.end()) throw RpcError{kInvalidParams, trf("document not open: {}", uri)};
    return it->second;
  }
  // A document's analysis for a request: hover, definition, references,
  // completion and symbols take the last one (while the newest text is
  // checked, they answer from the text before); rename, prepareRename and
  // code actions need the newest text's, as their edits apply to it. When
  // there is none yet, the request waits (Deferred; inside a batch, the
  // server waits for it).
  struct Deferred {};
  Document& fresh(const json& p, bool newest = true) {
    Document& d = doc(p);
    auto ready = [&] { return d.current && (!newest || d.analysed == d.generation); };
    if (ready()) return d;
    submit(d);
    if (!batch_) throw Deferred{};
    while (!ready()) {
      pollfd w{worker_.fd(), POLLIN, 0};
      ::poll(&w, 1, -1);  // the worker's results only: the batch's own input is read already
      collect_quietly(d);
    }
    return d;
  }
  void collect_quietly(Document& d) {  // in a batch: install, no retry (the batch is being answered)
    for (auto& r : worker_.take()) {
      auto it = docs_.find(r.uri);
      if (it == docs_.end() || !it->second.plan || r.generation <= it->second.analysed) continue;
      if (!r.analysis) analyse(it->second);
      else install(it->second, std::move(r.analysis), r.generation, r.version);
    }
    if (!d.current) analyse(d);
  }
  std::pair<Document&, size_t> at(const json& p, bool newest = false) {
    Document& d = fresh(p, newest);
    return {d, d.index->offset(position_of(member(p, "position", ""), "position"), encoding_)};
  }

  Converter conv(const Document& d) const { return {*d.index, encoding_}; }
  json range(const Document& d, Span s) const { return conv(d).range(s); }
  json edits(const Document& d, const std::vector<TextEdit>& es) const { return conv(d).edits(es); }

  // textDocument/didChange: as clangd, when a change cannot be applied
  // exactly (changes.hpp) the server applies none of them and says so
  // (window/showMessage, and the log); the document keeps its text and
  // version, and takes only a whole text (a change without a range) until
  // the editor sends one or opens it again.
  void did_change(Document& d, const json& p) {
    std::string why;
    int64_t version = d.version;
    Changed c;
    try {
      version = int_member_or(object_member(p, "textDocument", ""), "version", "textDocument", d.version);
      c = apply_changes(d.text, !d.out_of_sync, member(p, "contentChanges", ""), encoding_);
      why = c.why;
    } catch (const RpcError& e) {
      why = e.message;
    }
    if (why.empty()) {
      d.text = std::move(c.text);
      d.version = version;
      d.out_of_sync = false;
      ++d.generation;
      return;
    }
    d.out_of_sync = true;
    std::string message = trf("{}: an edit is refused and the file left as it was (version {}): {}; close and reopen "
                              "the file so that yplan reads it whole again",
                              uri_to_path(d.uri), d.version, why);
    log(message);
    send({{"jsonrpc", "2.0"}, {"method", "window/showMessage"}, {"params", {{"type", 1}, {"message", message}}}});
  }

  // A request on a document that is not a plan (its languageId is not
  // YAML's): nothing to show, or a rename refused with the reason.
  static bool reads_plan(const std::string& m) {
    for (const char* x : {"hover", "definition", "references", "prepareRename", "rename", "documentSymbol",
                          "codeAction", "completion"})
      if (m == std::string("textDocument/") + x) return true;
    return false;
  }
  static json not_a_plan(const std::string& m, const Document& d) {
    if (m == "textDocument/rename")
      throw RpcError{kRequestFailed, trf("{} is not checked as a plan: its languageId is \"{}\", not yaml",
                                         uri_to_path(d.uri), d.language)};
    if (m == "textDocument/references" || m == "textDocument/documentSymbol" || m == "textDocument/codeAction")
      return json::array();
    if (m == "textDocument/completion") return {{"isIncomplete", false}, {"items", json::array()}};
    return nullptr;
  }

  void publish_none(const std::string& uri) {
    send({{"jsonrpc", "2.0"}, {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", uri}, {"diagnostics", json::array()}}}});
  }

  void analyse(Document& d) {
    d.submitted = d.generation;
    install(d, std::make_shared<const Analysis>(uri_to_path(d.uri), d.text), d.generation, d.version);
  }
  void install(Document& d, std::shared_ptr<const Analysis> a, uint64_t generation, int64_t version) {
    d.current = std::move(a);
    d.analysed = generation;
    d.index = std::make_unique<LineIndex>(d.current->text());
    if (d.current->parsed()) d.last_good = d.current;
    if (generation != d.generation) return;  // a newer text is being checked: its findings will come
    json diags = json::array();
    for (const auto& g : d.current->diagnostics()) diags.push_back(conv(d).diagnostic(g, opts_.docs_url));
    send({{"jsonrpc", "2.0"},
          {"method", "textDocument/publishDiagnostics"},
          {"params", {{"uri", d.uri}, {"version", version}, {"diagnostics", diags}}}});
  }

  // The requests that waited for an analysis, tried again in the order
  // they came (each may wait again).
  void retry() {
    std::vector<json> waiting;
    waiting.swap(deferred_);
    for (const json& m : waiting) handle(m);
  }
  // $/cancelRequest (LSP 3.17 §Cancellation Support): a request still
  // waiting is answered RequestCancelled; one answered already is not.
  void cancel(const json& p) {
    if (!p.is_object() || !p.contains("id")) return;
    for (auto it = deferred_.begin(); it != deferred_.end(); ++it)
      if ((*it)["id"] == p["id"]) {
        json id = (*it)["id"];
        deferred_.erase(it);
        send_error(id, kRequestCancelled, tr("the request was cancelled"));
        return;
      }
  }

  Reader reader_;
  int out_;
  ServerOptions opts_;
  bool initialized_ = false, shutdown_ = false;
  int exit_code_ = 1;
  Encoding encoding_ = Encoding::utf16;
  std::map<std::string, Document> docs_;
  std::vector<json>* batch_ = nullptr;  // the responses of the batch being handled
  std::vector<json> deferred_;          // requests waiting for an analysis, oldest first
  Worker worker_;                       // last: stopped (joined) first
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
