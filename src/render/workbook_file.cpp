#include "render/workbook_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "yplan/i18n.hpp"
#include "yplan/source.hpp"

namespace yplan::render {

lxw_workbook* open_workbook_file(const char* stem, lxw_workbook_options* options, std::string& tmp,
                                 std::string& error) {
  const char* tmpdir = std::getenv("TMPDIR");
  tmp = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/" + stem + ".xlsx.XXXXXX";
  int fd = mkstemp(tmp.data());
  if (fd < 0) {
    error = trf("cannot create a temporary file: {}", tr(std::strerror(errno)));
    return nullptr;
  }
  close(fd);
  lxw_workbook* wb = workbook_new_opt(tmp.c_str(), options);
  if (!wb) {
    std::remove(tmp.c_str());
    error = tr("cannot create the workbook");
  }
  return wb;
}

bool close_workbook_file(lxw_workbook* wb, const std::string& tmp, std::string& bytes, std::string& error) {
  lxw_error e = workbook_close(wb);
  if (e != LXW_NO_ERROR) {
    std::remove(tmp.c_str());
    error = lxw_strerror(e);
    return false;
  }
  SourceFile read;
  std::string why;
  const bool ok = read_source(tmp, read, why);
  std::remove(tmp.c_str());
  if (!ok) {
    error = why;
    return false;
  }
  bytes = std::move(read.text);
  return true;
}

}  // namespace yplan::render
