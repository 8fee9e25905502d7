"""An independent reading of the budget rules of yplan-plan(5).

Written from the man page (budget-total, Figures, negative-amount,
category-previous, unknown-project, unlisted-project, duplicate-id, and the
value-format findings of amounts and sums), not from yplan's sources: Python
standard library and PyYAML only. It reads a plan already parsed by PyYAML
(the differential test writes plans whose scalars PyYAML and yplan read
alike) and gives

  findings(plan) -> sorted list of (check, path)
  figures(plan)  -> the budget figures of `yplan report --format json`

A figure is an int, "unknown" or "overflow". It understands the misspelt keys
the mutator writes (MISSPELT): a value under one counts as unknown.
"""

INT64_MIN, INT64_MAX = -(2 ** 63), 2 ** 63 - 1
UNKNOWN, OVERFLOW = "unknown", "overflow"

# The misspellings the mutator writes, and the key each stands for.
MISSPELT = {"budjet": "budget", "previuos": "previous", "Id": "id", "projet": "project",
            "partail": "partial", "projcts": "projects", "sectons": "sections"}
CATEGORIES = ("new", "revised", "continuing")


def has_key(m, key):
    """(present, misspelt) for `key` in mapping m."""
    return key in m, any(MISSPELT.get(k) == key for k in m)


class Amount:
    """An amount field: stated?, unknown?, value (None: absent or null)."""

    def __init__(self, m, key, required=False):
        present, misspelt = has_key(m, key)
        self.stated = present
        self.value = None
        self.unknown = misspelt or (required and not present)
        self.unreadable = False
        if present:
            v = m[key]
            if v is None:
                pass
            elif isinstance(v, int) and not isinstance(v, bool) and INT64_MIN <= v <= INT64_MAX:
                self.value = v
            else:
                self.unknown = self.unreadable = True

    def figure(self):
        if self.unknown:
            return UNKNOWN
        return self.value or 0


class Sum:
    """A running sum: unknown wins over overflow; a step past 64 bits is overflow."""

    def __init__(self):
        self.value, self.overflow_at = 0, None

    def add(self, figure, where):
        if self.value == UNKNOWN or figure == UNKNOWN:
            self.value = UNKNOWN
        elif self.value == OVERFLOW or figure == OVERFLOW:
            self.value = OVERFLOW
        else:
            self.value += figure
            if not INT64_MIN <= self.value <= INT64_MAX:
                self.value = OVERFLOW
                self.overflow_at = where


def pathable(i):
    return isinstance(i, str) and i != "" and not i.endswith(".")


class Reading:
    def __init__(self, doc):
        self.out = []  # findings
        self.overflow_paths = set()
        doc = doc if isinstance(doc, dict) else {}
        plan = doc.get("plan") if isinstance(doc.get("plan"), dict) else {}
        self.plan_total = plan.get("total") if isinstance(plan.get("total"), dict) else None
        self.projects, self.projects_unknown = [], False
        present, misspelt = has_key(doc, "projects")
        items = doc.get("projects")
        if misspelt or (present and items is not None and not isinstance(items, list)):
            self.projects_unknown = True
        seen = set()
        for i, p in enumerate(items if isinstance(items, list) else []):
            if not isinstance(p, dict):
                self.projects_unknown = True
                continue
            pid = p.get("id") if isinstance(p.get("id"), str) else ""
            path = "project." + pid if pathable(pid) and pid not in seen else "projects.%d" % i
            if pathable(pid):
                seen.add(pid)
            cat = p.get("category")
            self.projects.append({"id": pid, "path": path, "name": p.get("name") or "",
                                  "budget": Amount(p, "budget", True), "previous": Amount(p, "previous"),
                                  "category": cat if cat in CATEGORIES else None})
        self.by_id = {}
        for p in self.projects:
            if p["id"]:
                self.by_id.setdefault(p["id"], p)
        self.sections = []  # pre-order
        self.section_ids = set()
        present, misspelt = has_key(doc, "sections")
        for i, s in enumerate(doc.get("sections") if isinstance(doc.get("sections"), list) else []):
            self.read_section(s, None, "sections.%d" % i)

    def read_section(self, s, parent, fallback):
        if not isinstance(s, dict):
            if parent is not None:
                parent["listings_unknown"] = True
            return
        sid = s.get("id") if isinstance(s.get("id"), str) else ""
        path = "section." + sid if pathable(sid) and sid not in self.section_ids else fallback
        if pathable(sid):
            self.section_ids.add(sid)
        sec = {"id": sid, "path": path, "listings": [], "children": [], "listings_unknown": False,
               "total": s.get("total") if isinstance(s.get("total"), dict) else None,
               "label": s.get("label") or "", "title": s.get("title") or ""}
        self.sections.append(sec)
        if parent is not None:
            parent["children"].append(sec)
        for key in ("projects", "sections"):
            present, misspelt = has_key(s, key)
            v = s.get(key)
            if misspelt or (present and v is not None and not isinstance(v, list)):
                sec["listings_unknown"] = True
        for j, item in enumerate(s.get("projects") if isinstance(s.get("projects"), list) else []):
            sec["listings"].append(self.read_listing(item, sec, j))
        for j, c in enumerate(s.get("sections") if isinstance(s.get("sections"), list) else []):
            self.read_section(c, sec, "%s.sections.%d" % (path, j))

    def read_listing(self, item, sec, j):
        l = {"project": None, "path": "%s.projects.%d" % (sec["path"], j), "partial": False,
             "partial_unknown": False, "budget": Amount({}, "budget"), "previous": Amount({}, "previous")}
        if isinstance(item, str):
            l["project"] = item
        elif isinstance(item, dict):
            if isinstance(item.get("project"), str):
                l["project"] = item["project"]
            l["budget"], l["previous"] = Amount(item, "budget"), Amount(item, "previous")
            present, misspelt = has_key(item, "partial")
            v = item.get("partial")
            l["partial"] = v is True
            l["partial_unknown"] = misspelt or (present and v is not None and not isinstance(v, bool))
        if l["project"] is not None and all(o["project"] != l["project"] for o in sec["listings"]):
            l["path"] = "%s.projects.%s" % (sec["path"], l["project"])
        return l

    # -- figures -------------------------------------------------------
    def listing_figures(self, l):
        """(budget, previous, budget path, previous path) a listing counts."""
        if l["project"] is None:
            return UNKNOWN, UNKNOWN, None, None
        p = self.by_id.get(l["project"])
        out = []
        for f in ("budget", "previous"):
            own = l[f]
            if own.stated or own.unknown or p is None:
                out.append((own.figure(), l["path"] + "." + f))
            else:
                out.append((p[f].figure(), p["path"] + "." + f))
        return out[0][0], out[1][0], out[0][1], out[1][1]

    def add(self, sums, figs):
        sums[0].add(figs[0], figs[2])
        sums[1].add(figs[1], figs[3])

    def note_overflow(self, sums):
        for s in sums:
            if s.value == OVERFLOW and s.overflow_at:
                self.overflow_paths.add(s.overflow_at)

    def section_sum(self, sec):
        sums = [Sum(), Sum()]
        order, counted, unknown = [], {}, [False]

        def walk(s):
            unknown[0] |= s["listings_unknown"]
            for l in s["listings"]:
                if l["project"] is None:
                    unknown[0] = True
                    continue
                if l["project"] not in counted:
                    order.append(l["project"])
                    counted[l["project"]] = []
                counted[l["project"]].append(l)
            for c in s["children"]:
                walk(c)
        walk(sec)
        if unknown[0]:
            self.add(sums, (UNKNOWN, UNKNOWN, None, None))
        for pid in order:
            ls = counted[pid]
            if any(l["partial_unknown"] for l in ls):
                self.add(sums, (UNKNOWN, UNKNOWN, None, None))
                continue
            whole = [l for l in ls if not l["partial"]]
            for l in (whole[:1] if whole else ls):
                self.add(sums, self.listing_figures(l))
        self.note_overflow(sums)
        return sums[0].value, sums[1].value

    def defined_once(self):
        seen = set()
        for p in self.projects:
            if p["id"] and p["id"] in seen:
                continue
            seen.add(p["id"])
            yield p

    def project_sum(self, projects=None, unknown=None):
        sums = [Sum(), Sum()]
        if self.projects_unknown if unknown is None else unknown:
            self.add(sums, (UNKNOWN, UNKNOWN, None, None))
        for p in self.defined_once() if projects is None else projects:
            self.add(sums, (p["budget"].figure(), p["previous"].figure(),
                            p["path"] + ".budget", p["path"] + ".previous"))
        self.note_overflow(sums)
        return sums[0].value, sums[1].value

    def listing_sum(self):
        sums = [Sum(), Sum()]
        for s in self.sections:
            if s["listings_unknown"]:
                self.add(sums, (UNKNOWN, UNKNOWN, None, None))
            for l in s["listings"]:
                self.add(sums, self.listing_figures(l))
        self.note_overflow(sums)
        return sums[0].value, sums[1].value

    def figures(self):
        money = lambda b, p: {"budget": b, "previous": p}
        rows = []
        for s in self.sections:
            if not s["listings"]:
                continue
            computed = self.section_sum(s)
            stated = None
            t = s["total"]
            if t is not None:
                tb, tp = Amount(t, "budget"), Amount(t, "previous")
                stated = money(tb.figure() if tb.value is not None or tb.unknown else computed[0],
                               tp.figure() if tp.stated else computed[1])
            rows.append({"id": s["id"], "computed": money(*computed), "stated": stated})
        projects = [{"id": p["id"] or p["path"], "budget": p["budget"].figure(),
                     "previous": p["previous"].figure() if p["previous"].value is not None
                     or p["previous"].unknown else None, "category": p["category"]}
                    for p in self.defined_once()]
        cats = []
        for c in CATEGORIES + (None,):
            mine = [p for p in self.defined_once() if p["category"] == c]
            b, pr = self.project_sum(mine, False)
            if self.projects_unknown:
                b = pr = UNKNOWN
            cats.append({"category": c, "count": len(mine), "budget": b, "previous": pr})
        return {"total": money(*self.project_sum()), "listings": money(*self.listing_sum()),
                "sections": rows, "projects": projects, "categories": cats}

    # -- findings ------------------------------------------------------
    def find(self, check, path):
        self.out.append((check, path))

    def amounts(self):
        """Every amount field: (field, path, whether it names its owner)."""
        if self.plan_total is not None:
            for f in ("budget", "previous"):
                yield Amount(self.plan_total, f), "plan.total." + f, True
        for p in self.projects:
            for f in ("budget", "previous"):
                yield p[f], p["path"] + "." + f, True
        for s in self.sections:
            for l in s["listings"]:
                for f in ("budget", "previous"):
                    # A listing of an unknown project: its figure is read (and
                    # may be unreadable), but it names no one to be below zero.
                    yield l[f], l["path"] + "." + f, l["project"] is not None
            if s["total"] is not None:
                for f in ("budget", "previous"):
                    yield Amount(s["total"], f), s["path"] + ".total." + f, True

    def compare(self, total, sums, path):
        for i, f in enumerate(("budget", "previous")):
            a = Amount(total, f)
            if not a.stated or a.unknown or sums[i] in (UNKNOWN, OVERFLOW):
                continue
            if (a.value or 0) != sums[i]:
                self.find("budget-total", path + ".total." + f)

    def findings(self):
        for a, path, named in self.amounts():
            if a.unreadable:
                self.find("value-format", path)
            elif named and a.value is not None and a.value < 0:
                self.find("negative-amount", path)
        for s in self.sections:  # every section's sum, stated total or not: its overflow is a finding
            sums = self.section_sum(s)
            if s["total"] is not None:
                self.compare(s["total"], sums, s["path"])
        if self.plan_total is not None:
            self.compare(self.plan_total, self.project_sum(), "plan")
        self.listing_sum()
        self.figures()  # the category sums: their overflows are findings too
        for path in self.overflow_paths:
            self.find("value-format", path)
        seen = set()
        for p in self.projects:
            if p["id"] and p["id"] in seen:
                self.find("duplicate-id", p["path"])
            seen.add(p["id"])
            prev = p["previous"]
            if p["category"] and not prev.unknown:
                had = bool(prev.value)
                if (p["category"] == "new") == had:
                    self.find("category-previous", p["path"] + ".category")
        seen = set()
        for s in self.sections:
            if s["id"] and s["id"] in seen:
                self.find("duplicate-id", s["path"])
            seen.add(s["id"])
        listed, all_known = set(), True
        for s in self.sections:
            all_known &= not s["listings_unknown"]
            for l in s["listings"]:
                if l["project"] is None:
                    all_known = False
                    continue
                listed.add(l["project"])
                if l["project"] not in self.by_id:
                    self.find("unknown-project", l["path"])
        if all_known:
            for p in self.projects:
                if p["id"] and p["id"] not in listed:
                    self.find("unlisted-project", p["path"])
        return sorted(self.out)


def findings(doc):
    return Reading(doc).findings()


def figures(doc):
    return Reading(doc).figures()
