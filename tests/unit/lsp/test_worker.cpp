// Checks off the request thread: the worker analyses what is submitted and
// says so on its descriptor; an analysis told to stop stops.
#include <doctest/doctest.h>
#include <poll.h>

#include <string>
#include <vector>

#include "lsp/worker.hpp"
#include "yplan/i18n.hpp"

using namespace yplan;
using namespace yplan::lsp;

namespace {

const char* kPlan =
    "yplan: 1\n"
    "plan: {id: t, title: テスト, fiscal_year: R2}\n"
    "projects:\n"
    "  - {id: a, name: 事業, budget: 10, previous: 0, category: continuing}\n";

}  // namespace

TEST_CASE("the worker analyses a submitted text and wakes its descriptor") {
  set_language(Lang::en);
  Worker w;
  CHECK(w.take().empty());
  w.submit("file:///t.yaml", 7, 3, "/t.yaml", kPlan);
  pollfd p{w.fd(), POLLIN, 0};
  REQUIRE(::poll(&p, 1, 30000) == 1);
  std::vector<Worker::Done> done;
  for (int i = 0; i < 100 && done.empty(); ++i) done = w.take();
  REQUIRE(done.size() == 1);
  CHECK(done[0].uri == "file:///t.yaml");
  CHECK(done[0].generation == 7);
  CHECK(done[0].version == 3);
  REQUIRE(done[0].analysis);
  CHECK_FALSE(done[0].analysis->abandoned());
  std::vector<std::string> checks;
  for (const auto& d : done[0].analysis->diagnostics()) checks.push_back(d.check);
  CHECK(checks == std::vector<std::string>{"unlisted-project", "category-previous"});
}

TEST_CASE("an analysis told to stop stops after its first stage") {
  int asked = 0;
  Analysis a("t.yaml", kPlan, [&] { return ++asked > 0; });
  CHECK(a.abandoned());
  CHECK(asked == 1);
  CHECK(a.diagnostics().empty());
  Analysis whole("t.yaml", kPlan, [] { return false; });
  CHECK_FALSE(whole.abandoned());
  CHECK(whole.diagnostics().size() == 2);
}
