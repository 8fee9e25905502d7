// The plan document as PDF: the HTML page (document.cpp) printed by an
// HTML-to-PDF engine found in PATH — Chromium headless, else WeasyPrint —
// run through base's process runner. yplan lays nothing out itself.
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include "base/process.hpp"
#include "yplan/i18n.hpp"
#include "yplan/report.hpp"

namespace yplan {

namespace {

// The first of `names` that is an executable file in PATH ("" when none).
std::string find_in_path(const std::vector<std::string>& names) {
  const char* path = std::getenv("PATH");
  if (!path) return "";
  for (const auto& name : names) {
    std::string_view rest(path);
    while (true) {
      size_t colon = rest.find(':');
      std::string dir(rest.substr(0, colon));
      if (dir.empty()) dir = ".";
      std::string candidate = dir + "/" + name;
      if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate)) return candidate;
      if (colon == std::string_view::npos) break;
      rest.remove_prefix(colon + 1);
    }
  }
  return "";
}

// file:///… with every byte outside the unreserved set and "/" percent-encoded.
std::string file_url(const std::string& path) {
  std::string url = "file://";
  for (unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') url += static_cast<char>(c);
    else url += fmt::format("%{:02X}", c);
  }
  return url;
}

// The last non-empty line of an engine's error output, for the one-line error.
std::string last_line(const std::string& s) {
  std::istringstream in(s);
  std::string line, last;
  while (std::getline(in, line))
    if (line.find_first_not_of(" \t\r") != std::string::npos) last = line;
  return last;
}

// A temporary directory, removed with everything in it when this goes.
struct TempDir {
  std::string path;
  ~TempDir() {
    std::error_code ec;
    if (!path.empty()) std::filesystem::remove_all(path, ec);
  }
};

}  // namespace

bool render_document_pdf(std::string& bytes, const ReportModel& m, const ReportOptions& o, std::string& error) {
  std::string chromium = find_in_path({"chromium", "chromium-browser"});
  std::string weasyprint = chromium.empty() ? find_in_path({"weasyprint"}) : "";
  if (chromium.empty() && weasyprint.empty()) {
    error = tr("no HTML-to-PDF engine found: install Chromium (chromium) or WeasyPrint (weasyprint), or use "
               "--format html and print the page from a browser");
    return false;
  }
  const char* tmpdir = std::getenv("TMPDIR");
  std::string base = tmpdir && *tmpdir ? tmpdir : "/tmp";
  std::string templ = base + "/yplan-document-XXXXXX";
  std::vector<char> buf(templ.begin(), templ.end());
  buf.push_back('\0');
  if (!::mkdtemp(buf.data())) {
    error = trf("cannot create a temporary directory in {}: {}", base, tr(std::strerror(errno)));
    return false;
  }
  TempDir dir{buf.data()};
  std::string html = dir.path + "/document.html", pdf = dir.path + "/document.pdf";
  {
    std::ostringstream page;
    render_document_html(page, m, o);
    std::ofstream f(html, std::ios::binary);
    f << page.str();
    if (!f.flush()) {
      error = trf("cannot write a temporary file in {}: {}", base, tr(std::strerror(errno)));
      return false;
    }
  }
  std::vector<std::string> args;
  std::string engine;
  if (!chromium.empty()) {
    engine = "chromium";
    // Headless, with a profile of its own that goes with the directory, and no
    // request beyond the page (the page makes none; the browser's own
    // background traffic is switched off and its host lookups fail).
    args = {chromium, "--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-sync", "--disable-background-networking",
            "--disable-component-update", "--disable-default-apps", "--host-resolver-rules=MAP * ~NOTFOUND",
            "--user-data-dir=" + dir.path + "/profile", "--no-pdf-header-footer", "--print-to-pdf=" + pdf};
    if (::geteuid() == 0) args.push_back("--no-sandbox");  // Chromium refuses to start as root otherwise
    args.push_back(file_url(html));
  } else {
    engine = "weasyprint";
    args = {weasyprint, "--quiet", html, pdf};
  }
  std::string out, err;
  int rc = internal::run_capture(args, out, err, 16 << 20);
  std::ifstream in(pdf, std::ios::binary);
  std::ostringstream got;
  if (in) got << in.rdbuf();
  bytes = got.str();
  if (rc != 0 || bytes.rfind("%PDF", 0) != 0) {
    std::string why = rc == internal::kOutputTooLarge ? std::string(tr("it wrote too much output"))
                      : rc < 0 ? std::string(tr(std::strerror(errno))) : last_line(err);
    error = why.empty() ? trf("{} made no PDF (exit status {})", engine, rc) : trf("{} made no PDF: {}", engine, why);
    bytes.clear();
    return false;
  }
  return true;
}

}  // namespace yplan
