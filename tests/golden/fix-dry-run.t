$ yplan fix examples/broken/budget-total.yaml --dry-run
--- a/examples/broken/budget-total.yaml
+++ b/examples/broken/budget-total.yaml
@@ -8,7 +8,7 @@
   fiscal_year: R2
   period: [R2, R6]
   budget_unit: 千円
-  total: {budget: 227319, previous: 174289}
+  total: {budget: 227319, previous: 176189}

 projects:
   - id: iju-teiju
@@ -39,4 +39,4 @@
     projects:
       - ryugakusei
       - gaikokujin-onestop
-    total: {budget: 26656, previous: 20576}
+    total: {budget: 26566, previous: 20576}
--- stderr
0 errors, 0 warnings in 1 file
[exit 0]
