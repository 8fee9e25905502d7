// `yplan import`: a workbook's changed cells (yplan/workbook.hpp) turned into
// assignments for the byte-exact editor (yplan/edit.hpp), three ways: the
// value exported, the cell's value, and the file's value now.
#pragma once

#include <string>
#include <vector>

#include "yplan/edit.hpp"
#include "yplan/workbook.hpp"

namespace yplan {

// The value at a contract path as the editor sees it (an alias counts as the
// value it names). Not found: a path that names nothing (yet).
workbook::PlanValue plan_value(const PlanDocument& doc, const std::string& path);

// Which side wins a cell that both the workbook and the file changed.
enum class Prefer { none, workbook, file };

// A cell changed in the workbook whose value in the file changed too, to another value.
struct ImportConflict {
  std::string cell;      // "projects!C5"
  std::string path;
  std::string exported;  // "" absent or null
  std::string workbook;
  std::string file;
};

// For each change: the file still holds the exported value → an assignment
// (origin: the cell); the file already holds the cell's value → nothing; else
// a conflict, which `prefer` settles (workbook: an assignment; file: nothing)
// or which is returned. An emptied cell assigns null. A whole number keeps
// the file's notation ("200,753" → "210,000", △ for minus).
void import_changes(const PlanDocument& doc, const std::vector<workbook::Change>& changes, Prefer prefer,
                    std::vector<PlanDocument::Assignment>& assignments, std::vector<ImportConflict>& conflicts);

}  // namespace yplan
