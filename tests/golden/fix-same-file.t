$ yplan fix --dry-run tests/golden/fix-data/fix-uncertain.yaml ./tests/golden/fix-data/fix-uncertain.yaml tests/golden/fix-data/../fix-data/fix-uncertain.yaml
--- a/tests/golden/fix-data/fix-uncertain.yaml
+++ b/tests/golden/fix-data/fix-uncertain.yaml
@@ -25,7 +25,7 @@
   - id: "1"
     title: 誤った計
     projects: [a]
-    total: {budget: "１，１００", previous: 900}
+    total: {budget: "１，０００", previous: 900}
   - id: "2"
     title: 読めない数
     projects:
@@ -44,4 +44,4 @@
       - id: "4.1"
         title: すでに誤った計
         projects: [b]
-        total: {budget: 2500, previous: 1800}
+        total: {budget: 2000, previous: 1800}
--- stderr
tests/golden/fix-data/fix-uncertain.yaml:9:58: error[budget-total]: stated total previous 0 differs from the sum of the projects (each counted once), 2,700 (difference -2,700)
  help: `yplan fix` leaves this total alone: another figure of the same sum is unknown or beyond 64 bits (see the other findings); correct that first, or the figure that is wrong
tests/golden/fix-data/fix-uncertain.yaml:18:13: error[value-format]: adding this budget makes the sum of the listings under section 3 exceed 64 bits; the sum is shown as overflow
tests/golden/fix-data/fix-uncertain.yaml:33:17: error[value-format]: cannot read `1,00` as a number: commas must separate groups of three digits
tests/golden/fix-data/fix-uncertain.yaml:34:37: error[budget-total]: stated total previous 800 differs from the sum of the listings, 900 (difference -100)
  help: `yplan fix` leaves this total alone: another figure of the same sum is unknown or beyond 64 bits (see the other findings); correct that first, or the figure that is wrong
tests/golden/fix-data/fix-uncertain.yaml:41:19: error[unknown-project]: section 4 lists project `bb`, which is not defined under `projects:`; did you mean `b`?
tests/golden/fix-data/fix-uncertain.yaml:42:21: error[budget-total]: stated total budget 1,500 differs from the sum of the listings, 3,000 (difference -1,500)
  help: `yplan fix` leaves this total alone: the sum counts a listing of an undefined project (perhaps a typo), so it is not certain; correct the listing first, or the figure that is wrong
tests/golden/fix-data/fix-uncertain.yaml:42:37: error[budget-total]: stated total previous 900 differs from the sum of the listings, 2,700 (difference -1,800)
  help: `yplan fix` leaves this total alone: the sum counts a listing of an undefined project (perhaps a typo), so it is not certain; correct the listing first, or the figure that is wrong
7 errors, 0 warnings in 1 file
[exit 1]
