$ yplan fix tests/golden/fix-data tests/golden/data/not-yaml.yaml --dry-run
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
tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
  help: check the indentation and the `key: value` pairs on this line and the one above
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
tests/golden/fix-data/recalc-notation.yaml:21:15: error[negative-amount]: previous of project `b` is -500, below zero
tests/golden/fix-data/recalc-notation.yaml:46:23: error[negative-amount]: previous of the listing of `b` under section 1.1 is -500, below zero
tests/golden/fix-data/recalc-notation.yaml:60:21: warning[relisting-mismatch]: listing of `d` under section 1.2 states budget 800, but the project's budget is 700 (difference +100); mark it `partial: true` if only part of it belongs here
10 errors, 1 warning in 3 files
[exit 1]
