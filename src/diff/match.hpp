// How the two sides of a diff pair up: an item of the new plan is the old
// item with its id, or the one it was renamed from (an id that disappears
// while another of the same kind appears with the same name); an old item
// that is neither was removed. Internal to the library (the diff_*.cpp files
// match projects, KPIs and goals, and sections with it).
#pragma once

#include <deque>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace yplan::differ {

// Which new ids are renames of which old ids: an id that disappears while
// another of the same kind appears with the same name. Pairs in document order.
template <class T, class Id, class Name>
std::unordered_map<std::string, std::string> find_renames(const std::vector<T>& olds, const std::vector<T>& news,
                                                          Id id, Name name) {
  std::unordered_set<std::string> old_ids, new_ids;
  for (const auto& x : olds) old_ids.insert(id(x));
  for (const auto& x : news) new_ids.insert(id(x));
  std::unordered_map<std::string, std::deque<std::string>> gone_by_name;
  for (const auto& x : olds)
    if (!new_ids.count(id(x)) && !name(x).empty()) gone_by_name[name(x)].push_back(id(x));
  std::unordered_map<std::string, std::string> renamed;  // new id → old id
  for (const auto& x : news) {
    if (old_ids.count(id(x))) continue;
    auto it = gone_by_name.find(name(x));
    if (it == gone_by_name.end() || it->second.empty()) continue;
    renamed[id(x)] = it->second.front();
    it->second.pop_front();
  }
  return renamed;
}

// How the new side's items of one kind match the old side's: renames (new
// id → old id), the old ids that were renamed, and each new id's position.
struct Matching {
  std::unordered_map<std::string, std::string> renamed;
  std::unordered_set<std::string> renamed_old;
  std::unordered_map<std::string, size_t> new_index;
};

template <class T, class Id, class Name>
Matching match(const std::vector<T>& olds, const std::vector<T>& news, Id id, Name name) {
  Matching m;
  m.renamed = find_renames(olds, news, id, name);
  for (const auto& [n, o] : m.renamed) m.renamed_old.insert(o);
  for (size_t i = 0; i < news.size(); ++i) m.new_index.emplace(id(news[i]), i);
  return m;
}

// Calls removed(item, order) for each old item that the new side neither
// keeps nor renamed; `order` places it after the last item before it that
// the new side kept (new items have order 2i+1, so removals fall between).
template <class T, class Id, class F>
void each_removed(const std::vector<T>& olds, const Matching& m, Id id, F removed) {
  size_t last = 0;
  for (const auto& x : olds) {
    if (auto it = m.new_index.find(id(x)); it != m.new_index.end()) {
      last = 2 * it->second + 1;
      continue;
    }
    if (!m.renamed_old.count(id(x))) removed(x, last + 1);
  }
}

}  // namespace yplan::differ
