#include "yplan/validate.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>
#include <filesystem>
#include <atomic>
#include <fmt/format.h>
#include <sys/stat.h>
#include <system_error>
#include <thread>
#include <tuple>
#include <unordered_set>

#include "yplan/checks.hpp"
#include "yplan/format.hpp"
#include "yplan/loader.hpp"
#include "yplan/planset.hpp"

namespace yplan {

namespace fs = std::filesystem;

size_t Validation::errors() const {
  return static_cast<size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                           [](const Diagnostic& d) { return d.severity == Severity::error; }));
}

size_t Validation::warnings() const { return diagnostics.size() - errors(); }

static bool is_plan_file(const fs::path& p) {
  auto ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

// What makes two names one file: its device and inode when it exists (a
// symlink, ./x and x, a hard link all name one), else its absolute path,
// lexically normal (a missing file named twice is reported once).
static std::string identity(const std::string& path) {
  if (path == "-") return "-";
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) return fmt::format("{}:{}", st.st_dev, st.st_ino);
  std::error_code ec;
  fs::path abs = fs::absolute(path, ec);
  return "path " + (ec ? fs::path(path) : abs).lexically_normal().string();
}

void expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& files,
                   std::vector<InputError>& errors) {
  std::unordered_set<std::string> seen;  // identity() of every file and directory taken
  auto take = [&](const std::string& path) {
    if (seen.insert(identity(path)).second) files.push_back(path);
  };
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      take(in);  // read_source reports a missing or unreadable file
      continue;
    }
    if (!seen.insert(identity(in)).second) continue;  // this directory again: every file is taken
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec);
    if (ec) {
      errors.push_back({in, tr(ec.message().c_str())});
      continue;
    }
    for (; it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (ec) {
        errors.push_back({it->path().string(), tr(ec.message().c_str())});
        break;
      }
      const auto& entry = *it;
      std::string name = entry.path().filename().string();
      std::error_code ec2;
      if (entry.is_directory(ec2)) {
        if (!name.empty() && name[0] == '.') it.disable_recursion_pending();
        continue;
      }
      // A walk reads plan files, not a FIFO or a device that happens to be
      // named *.yaml (one would block, the other never end); named on the
      // command line, they are read as given.
      auto type = entry.status(ec2).type();
      if (!ec2 && (type == fs::file_type::fifo || type == fs::file_type::socket ||
                   type == fs::file_type::character || type == fs::file_type::block))
        continue;
      if (is_plan_file(entry.path())) found.push_back(entry.path().string());
    }
    if (found.empty()) {
      // Nothing to check under a directory is a mistake to report, not a pass.
      errors.push_back({in, tr("no plan files (*.yaml, *.yml) under this directory")});
      continue;
    }
    std::sort(found.begin(), found.end());
    for (const auto& f : found) take(f);
  }
}

namespace {
// --skip, --strict and the hints, over findings already made.
void finish(std::vector<Diagnostic>& diags, const ValidateOptions& opts) {
  if (!opts.skip.empty()) {
    std::erase_if(diags, [&](const Diagnostic& d) {
      return std::find(opts.skip.begin(), opts.skip.end(), d.check) != opts.skip.end();
    });
  }
  if (opts.strict)
    for (auto& d : diags) d.severity = Severity::error;
  fill_help(diags);
}
}  // namespace

std::vector<Diagnostic> validate_source(const SourceFile& src, const ValidateOptions& opts) {
  Sink sink(src.path);
  Plan plan;
  if (load_plan(src, plan, sink)) run_checks(plan, sink);
  auto& diags = sink.diagnostics();
  finish(diags, opts);
  return std::move(diags);
}

namespace {
struct FileResult {
  bool read = false;
  bool not_a_plan = false;  // skipped by plans_only
  bool loaded = false;  // a plan (the YAML parsed): it joins the set
  std::string error;
  Plan plan;
  std::vector<Diagnostic> diagnostics;
};

// What the cross-year checks read of a plan is its meta, its projects'
// figures and its KPIs' and goals' values: the sections and the text are let
// go, so that a run over many plans holds little more than the files being
// worked on.
void slim(Plan& plan) {
  plan.sections.clear();
  plan.sections.shrink_to_fit();
  plan.roots.clear();
  for (auto& p : plan.projects) {
    p.summary = {};
    p.note = {};
    p.name.value = {};
  }
  for (auto& ind : plan.indicators) {
    ind.name.value = {};
    ind.note = {};
    ind.where = {};
  }
}

// Reads, loads and checks one file; the source is freed, the plan kept for the set.
void check_file(const std::string& path, const ValidateOptions& opts, FileResult& out) {
  SourceFile src;
  if (!read_source(path, src, out.error)) return;
  out.read = true;
  if (opts.plans_only) {
    yaml::Document doc;
    yaml::ParseError err;
    if (yaml::parse(src, doc, err) && !format::is_plan_document(doc)) {
      out.not_a_plan = true;
      return;
    }
  }
  Sink sink(src.path);
  out.loaded = load_plan(src, out.plan, sink);
  if (out.loaded) run_checks(out.plan, sink);
  out.diagnostics = std::move(sink.diagnostics());
  if (out.loaded) slim(out.plan);
}

// The plans given, as a set: the links checked (plan-follows) and the
// cross-year checks run on every sound link. plans[i] is moved into the set
// when loaded[i]; its findings are appended to out[i].
void check_set(std::vector<Plan>& plans, const std::vector<bool>& loaded,
               std::vector<std::vector<Diagnostic>>& out, std::vector<Note>& notes) {
  bool linked = false;
  for (size_t i = 0; i < plans.size(); ++i) linked = linked || (loaded[i] && plans[i].meta.follows);
  if (!linked) return;  // no plan follows another: nothing across years
  PlanSet set;
  std::vector<size_t> owner;  // set index → input index
  std::vector<Sink> sinks;
  for (size_t i = 0; i < plans.size(); ++i) {
    if (!loaded[i]) continue;
    sinks.emplace_back(plans[i].file);
    owner.push_back(i);
    set.add(std::move(plans[i]));
  }
  set.link(sinks, notes);
  for (size_t k = 0; k < set.size(); ++k)
    if (int before = set.previous(k); before >= 0) run_pair_checks(set[k], set[before], sinks[k]);
  for (size_t k = 0; k < set.size(); ++k) {
    auto& d = sinks[k].diagnostics();
    auto& into = out[owner[k]];
    into.insert(into.end(), std::make_move_iterator(d.begin()), std::make_move_iterator(d.end()));
  }
}
}  // namespace

std::vector<std::vector<Diagnostic>> check_across_years(const std::vector<const SourceFile*>& sources,
                                                        std::vector<Note>& notes) {
  std::vector<Plan> plans(sources.size());
  std::vector<bool> loaded(sources.size(), false);
  std::vector<std::vector<Diagnostic>> out(sources.size());
  for (size_t i = 0; i < sources.size(); ++i) {
    if (!sources[i]) continue;
    Sink ignored(sources[i]->path);  // the file's own findings: the caller's
    loaded[i] = load_plan(*sources[i], plans[i], ignored);
  }
  check_set(plans, loaded, out, notes);
  for (auto& d : out) fill_help(d);
  return out;
}

Validation validate_inputs(const std::vector<std::string>& inputs, const ValidateOptions& opts) {
  Validation v;
  std::vector<std::string> files;
  expand_inputs(inputs, files, v.input_errors);
  std::vector<FileResult> results(files.size());

  unsigned jobs = opts.jobs ? opts.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<size_t>(jobs, files.size()));
  // Standard input can be read once only, by one thread: keep "-" on this one.
  bool has_stdin = std::find(files.begin(), files.end(), "-") != files.end();
  if (jobs <= 1 || has_stdin) {
    for (size_t i = 0; i < files.size(); ++i) check_file(files[i], opts, results[i]);
  } else {
    std::atomic<size_t> next{0};
    auto worker = [&] {
      for (size_t i; (i = next.fetch_add(1)) < files.size();) check_file(files[i], opts, results[i]);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
  }
  {
    std::vector<Plan> plans(results.size());
    std::vector<bool> loaded(results.size());
    std::vector<std::vector<Diagnostic>> across(results.size());
    for (size_t i = 0; i < results.size(); ++i) {
      loaded[i] = results[i].loaded;
      plans[i] = std::move(results[i].plan);
    }
    check_set(plans, loaded, across, v.notes);
    for (size_t i = 0; i < results.size(); ++i)
      results[i].diagnostics.insert(results[i].diagnostics.end(), across[i].begin(), across[i].end());
  }

  for (size_t i = 0; i < files.size(); ++i) {
    if (!results[i].read) {
      v.input_errors.push_back({files[i], results[i].error});
      continue;
    }
    if (results[i].not_a_plan) {
      v.not_plans.push_back(files[i]);
      continue;
    }
    v.files.push_back(files[i]);
    auto& d = results[i].diagnostics;
    finish(d, opts);
    v.diagnostics.insert(v.diagnostics.end(), std::make_move_iterator(d.begin()), std::make_move_iterator(d.end()));
  }
  sort_diagnostics(v.diagnostics);
  std::stable_sort(v.notes.begin(), v.notes.end(), [](const Note& a, const Note& b) {
    return std::tie(a.file, a.pos.line, a.pos.col) < std::tie(b.file, b.pos.line, b.pos.col);
  });
  return v;
}

}  // namespace yplan
