$ yplan fix tests/golden/fix-data/recalc-notation.yaml --check relisting-mismatch,budget-total --prefer project --dry-run
--- a/tests/golden/fix-data/recalc-notation.yaml
+++ b/tests/golden/fix-data/recalc-notation.yaml
@@ -33,7 +33,7 @@
   - id: "1"
     title: 柱
     total:
-      budget: "1,232,800"
+      budget: "1,232,700"
       previous: 1000500
     sections:
       - id: "1.1"
@@ -57,6 +57,6 @@
             previous: 1000
             partial: true
           - project: d
-            budget: 800
+            budget: 700
             previous: null
-        total: {budget: "1,202,800", previous: "1,001,000"}
+        total: {budget: "1,202,700", previous: "1,001,000"}
--- stderr
tests/golden/fix-data/recalc-notation.yaml:21:15: error[negative-amount]: previous of project `b` is -500, below zero
tests/golden/fix-data/recalc-notation.yaml:46:23: error[negative-amount]: previous of the listing of `b` under section 1.1 is -500, below zero
2 errors, 0 warnings in 1 file
[exit 1]
