// The plan model: what a plan file says, with the position of every value.
//
// The loader fills it; checks, report, diff and edit read it. Values keep the
// text they were written as (so output can use the file's own notation) and
// the position of their node (so diagnostics point at it).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "yplan/source.hpp"
#include "yplan/values.hpp"

namespace yplan {

// A string value and where it stands.
struct Text {
  std::string value;
  Pos pos;
};

// A year as written ("R2", "平成30年度") with its Gregorian value.
struct Year {
  int year = 0;
  Era era = Era::gregorian;
  std::string written;
  Pos pos;
};

// An amount (千円 by default): an integer.
struct Amount {
  int64_t value = 0;
  std::string written;
  Pos pos;
};

// An amount field that may be absent, stated as null, or stated as a number.
struct AmountField {
  bool stated = false;           // the key is present
  // The figure is unknown: present but unreadable (value-format), or a
  // required amount missing or misspelt (schema). Checks skip it; sums that
  // include it are unknown (budget.hpp). One cause, one finding.
  bool invalid = false;
  std::optional<Amount> amount;  // present and not null (and readable)
  Pos pos;                       // of the value node (or the key's map when absent)

  bool has() const { return amount.has_value(); }
  int64_t value_or(int64_t d) const { return amount ? amount->value : d; }
};

// A KPI or goal value: may have decimals. Checks compare `exact` (the
// decimal as written), never `value` (binary floating point, for display).
struct Quantity {
  double value = 0;
  Decimal exact;
  std::string written;
  Pos pos;
};

enum class Category { none, new_, revised, continuing };
enum class Direction { increase, decrease, maintain };
enum class Status { final_, draft };
enum class IndicatorKind { kpi, goal };

const char* category_name(Category c);    // "new", "revised", "continuing", ""
const char* direction_name(Direction d);  // "increase", ...
const char* status_name(Status s);        // "final", "draft"

struct Total {
  AmountField budget;
  AmountField previous;
  Pos pos;
};

struct Project {
  Text id;  // empty when missing or misspelt (schema said so): the project is still defined and counts
  Text name;
  AmountField budget;
  AmountField previous;  // absent or null: no budget the year before
  Category category = Category::none;
  Pos category_pos;
  std::vector<Text> summary;
  std::string note;
  Pos pos;  // the mapping
  std::string path;  // where get/set find it: "project.<id>", or "projects.<index>" where the id repeats or is missing

  // How messages name it: its id, else its path by position ("projects.2").
  const std::string& label() const { return !id.value.empty() ? id.value : path; }
};

// A project named under a section. A bare id, or a mapping stating figures.
struct Listing {
  Text project;           // the project id (empty when project_unknown)
  // The `project` key is missing, misspelt or not text, or the item is not a
  // listing at all (schema said so): which project it names is unknown, so
  // its share of every sum is unknown (budget.hpp), and no check reads it.
  bool project_unknown = false;
  AmountField budget;     // stated only in the mapping form
  AmountField previous;
  bool partial = false;
  bool relisted = false;      // extension: the print marks this listing （再掲）/【再掲】
  bool partial_unknown = false;  // `partial` misspelt or not true/false: its figures count as unknown
  std::vector<Text> summary;  // extension: this listing's own summary as printed
  std::string note;
  Pos pos;
  std::string path;  // "section.<id>.projects.<project>", or "...projects.<index>" where the project repeats
};

// A target, actual or baseline value in a given year.
struct Point {
  std::optional<Year> year;
  std::optional<Quantity> value;  // nullopt: open (null), or unreadable when `invalid`
  bool invalid = false;           // a value was written but could not be read (value-format)
  std::string note;
  Pos note_pos;
  bool note_unknown = false;  // `note` misspelt or not text (schema said so): whether it says why is unknown
  Pos pos;  // the value node (or its mapping)
};
using Target = Point;

struct Indicator {
  IndicatorKind kind = IndicatorKind::kpi;
  Text id;
  Text name;
  std::string unit;
  Direction direction = Direction::increase;
  Pos direction_pos;
  bool direction_known = true;          // false: `direction` misspelt or not a valid word (schema said so)
  bool cumulative = false;
  bool has_baseline = false;            // the key is present and not null
  Point baseline;                  // valid when has_baseline
  Pos baseline_pos;
  std::vector<Target> targets;          // KPI: by year, as written (document order)
  Pos targets_pos;                      // the targets map (or the indicator when absent)
  bool has_target_map = false;
  bool targets_unreadable = false;      // a target's year could not be read, or `targets` misspelt or
                                        // not a mapping: which years are missing is unknown
  std::optional<Target> target;         // goal: the one final target
  std::vector<Target> actuals;          // extension: measured values by year
  std::string note;
  std::optional<Text> retired;          // `retired:` why (and from when) the KPI or goal was dropped;
                                        // a retired one is kept for its history, and kpi-gap skips it
  int section = -1;                     // owning section index
  std::string where;                    // the path by position (section.1.kpis.0) when `id` is missing
  Pos pos;
  std::string path;                     // "kpi.<id>", or "section.<id>.kpis.<index>" where the id repeats

  // How messages name it: its id, else its name, else its path by position.
  const std::string& label() const { return !id.value.empty() ? id.value : !name.value.empty() ? name.value : where; }

  const char* kind_name() const { return kind == IndicatorKind::kpi ? "kpi" : "goal"; }    // in paths
  const char* kind_label() const { return kind == IndicatorKind::kpi ? "KPI" : "goal"; }   // in messages
};

struct Section {
  Text id;
  std::string label;
  std::string outline_label;  // extension: the label as the outline page prints it, when it differs
  Text title;
  std::string ref;
  int parent = -1;
  int depth = 0;
  std::vector<int> children;         // section indices
  std::vector<int> indicators;       // indicator indices (goals then kpis, document order)
  std::vector<Listing> listings;
  // Its `projects` or `sections` misspelt or not a list, or a subsection that
  // is not a mapping (schema said so): what its subtree lists is unknown, and
  // so is every sum over it.
  bool listings_unknown = false;
  std::optional<Total> total;
  std::vector<Text> issues, responses, items;
  std::vector<std::string> regions;  // extension: focus regions
  std::string note;
  Pos pos;
  std::string path;  // "section.<id>", or "sections.<index>" / "section.<parent>.sections.<index>" where the id repeats
};

struct PlanMeta {
  Text id;
  Text title;
  std::string organization;
  std::optional<Year> fiscal_year;
  std::optional<Year> period_start, period_end;
  Pos period_pos;
  std::string budget_unit = "千円";
  Status status = Status::final_;
  bool status_known = true;  // false: `status` misspelt or not final/draft (schema said so)
  std::string basis;
  std::optional<Text> follows;  // the id of the plan this one follows (the year before in its series)
  std::optional<Total> total;
  std::string note;
  Pos pos;
};

struct Plan {
  std::string file;
  PlanMeta meta;
  std::vector<Project> projects;
  std::vector<Section> sections;    // every section, in document order (pre-order)
  std::vector<int> roots;           // top-level section indices
  std::vector<Indicator> indicators;
  // The top-level `projects` misspelt or not a list, or an item of it that is
  // not a mapping (schema said so): the department total is unknown.
  bool projects_unknown = false;

  bool has_period() const { return meta.period_start && meta.period_end; }
  bool draft() const { return meta.status == Status::draft; }

  // Lookups by id (first definition wins); -1 when absent. O(1): the
  // indexes are built by build_index(), which the loader calls.
  int find_project(std::string_view id) const;
  int find_section(std::string_view id) const;
  int find_indicator(std::string_view id) const;
  void build_index();

 private:
  std::unordered_map<std::string, int> project_index_, section_index_, indicator_index_;
};

// The contract path of a thing, in the dotted syntax get and set accept:
// "project.<id>", "section.<id>", "kpi.<id>", "section.<id>.projects.<id>";
// by index where an id repeats (the id would name the first one), and for a
// KPI or goal without an id, by position ("section.1.kpis.0").
std::string path_of(const Project& p);
std::string path_of(const Section& s);
std::string path_of(const Indicator& i);
std::string path_of(const Section& s, const Listing& l);

}  // namespace yplan
