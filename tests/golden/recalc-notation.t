$ yplan set tests/golden/fix-data/recalc-notation.yaml --recalc project.a.budget=1,300,000 project.b.previous=△700 --force --dry-run
--- a/tests/golden/fix-data/recalc-notation.yaml
+++ b/tests/golden/fix-data/recalc-notation.yaml
@@ -8,17 +8,17 @@
   title: 記法を保つ再計算
   fiscal_year: R2
   period: [R2, R6]
-  total: {budget: "1,235,700", previous: １，００３，５００}
+  total: {budget: "1,335,700", previous: １，００３，３００}

 projects:
   - id: a
     name: 移住定住事業費
-    budget: "1,200,000"
+    budget: "1,300,000"
     previous: １，０００，０００
   - id: b
     name: 交流事業費
     budget: 30000
-    previous: "△500"
+    previous: "△700"
   - id: c
     name: 情報発信事業費
     budget: 5000
@@ -33,8 +33,8 @@
   - id: "1"
     title: 柱
     total:
-      budget: "1,232,800"
-      previous: 1000500
+      budget: "1,332,800"
+      previous: 1000300
     sections:
       - id: "1.1"
         label: ①
@@ -43,14 +43,14 @@
           - a
           - project: b
             budget: 30000
-            previous: "△500"
-        total: {budget: "1,230,000", previous: "９９９，５００"}
+            previous: "△700"
+        total: {budget: "1,330,000", previous: "９９９，３００"}
       - id: "1.2"
         label: ②
         title: 定着
         projects:
           - project: a
-            budget: "１，２００，０００"
+            budget: "１，３００，０００"
             previous: "１，０００，０００"
           - project: c
             budget: 2000
@@ -59,4 +59,4 @@
           - project: d
             budget: 800
             previous: null
-        total: {budget: "1,202,800", previous: "1,001,000"}
+        total: {budget: "1,302,800", previous: "1,001,000"}
--- stderr
tests/golden/fix-data/recalc-notation.yaml:21:15: error[negative-amount]: previous of project `b` is -700, below zero
tests/golden/fix-data/recalc-notation.yaml:46:23: error[negative-amount]: previous of the listing of `b` under section 1.1 is -700, below zero
[exit 0]
