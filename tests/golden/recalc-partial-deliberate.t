$ yplan set tests/golden/fix-data/recalc-notation.yaml --recalc project.c.budget=6000 project.d.budget=900 --dry-run
--- a/tests/golden/fix-data/recalc-notation.yaml
+++ b/tests/golden/fix-data/recalc-notation.yaml
@@ -8,7 +8,7 @@
   title: 記法を保つ再計算
   fiscal_year: R2
   period: [R2, R6]
-  total: {budget: "1,235,700", previous: １，００３，５００}
+  total: {budget: "1,236,900", previous: １，００３，５００}

 projects:
   - id: a
@@ -21,11 +21,11 @@
     previous: "△500"
   - id: c
     name: 情報発信事業費
-    budget: 5000
+    budget: 6000
     previous: 4000
   - id: d
     name: 新規事業費
-    budget: 700
+    budget: 900
     previous: null
     category: new

--- stderr
tests/golden/fix-data/recalc-notation.yaml:60:21: warning[relisting-mismatch]: listing of `d` under section 1.2 states budget 800, but the project's budget is 900 (difference -100); mark it `partial: true` if only part of it belongs here
[exit 0]
