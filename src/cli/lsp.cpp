// yplan lsp: the language server, over standard input and output.
#include <memory>
#include <unistd.h>

#include "commands.hpp"
#include "lsp/server.hpp"
#include "yplan/i18n.hpp"

namespace yplan::cli {

CLI::App* add_lsp(CLI::App& app, int& rc) {
  auto o = std::make_shared<lsp::ServerOptions>();
  auto* sub = app.add_subcommand("lsp", tr("Run the language server (LSP 3.17) on standard input and output"));
  sub->footer(tr("An editor starts it; see yplan-lsp(1) for the set-up of VS Code, Neovim, Helix and Emacs."));
  sub->add_option("--debounce", o->debounce_ms, tr("Milliseconds of quiet after a change before it is checked"))
      ->check(CLI::Range(0, 10000))
      ->default_val(0);
  auto* docs = sub->add_option("--docs-url", o->docs_url,
                               tr("Where a finding's code links to (its check name is appended as #NAME; empty: no "
                                  "link; default: the installed yplan-plan(5))"))
                   ->option_text("URI");
  sub->callback([o, docs, &rc] {
    o->find_docs = docs->count() == 0;
    rc = lsp::serve(STDIN_FILENO, STDOUT_FILENO, *o);
  });
  return sub;
}

}  // namespace yplan::cli
