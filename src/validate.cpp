#include "yplan/validate.hpp"
#include "yplan/i18n.hpp"

#include <algorithm>
#include <filesystem>
#include <atomic>
#include <system_error>
#include <thread>

#include "yplan/checks.hpp"
#include "yplan/loader.hpp"

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

void expand_inputs(const std::vector<std::string>& inputs, std::vector<std::string>& files,
                   std::vector<InputError>& errors) {
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in == "-" || !fs::is_directory(in, ec)) {
      files.push_back(in);  // read_source reports a missing or unreadable file
      continue;
    }
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
    files.insert(files.end(), found.begin(), found.end());
  }
}

std::vector<Diagnostic> validate_source(const SourceFile& src, const ValidateOptions& opts) {
  Sink sink(src.path);
  Plan plan;
  if (load_plan(src, plan, sink)) run_checks(plan, sink);
  auto& diags = sink.diagnostics();
  if (!opts.skip.empty()) {
    std::erase_if(diags, [&](const Diagnostic& d) {
      return std::find(opts.skip.begin(), opts.skip.end(), d.check) != opts.skip.end();
    });
  }
  if (opts.strict)
    for (auto& d : diags) d.severity = Severity::error;
  fill_help(diags);
  return std::move(diags);
}

namespace {
struct FileResult {
  bool read = false;
  std::string error;
  std::vector<Diagnostic> diagnostics;
};

void check_file(const std::string& path, const ValidateOptions& opts, FileResult& out) {
  SourceFile src;
  if (!read_source(path, src, out.error)) return;
  out.read = true;
  out.diagnostics = validate_source(src, opts);
}
}  // namespace

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

  for (size_t i = 0; i < files.size(); ++i) {
    if (!results[i].read) {
      v.input_errors.push_back({files[i], results[i].error});
      continue;
    }
    v.files.push_back(files[i]);
    auto& d = results[i].diagnostics;
    v.diagnostics.insert(v.diagnostics.end(), std::make_move_iterator(d.begin()), std::make_move_iterator(d.end()));
  }
  sort_diagnostics(v.diagnostics);
  return v;
}

}  // namespace yplan
