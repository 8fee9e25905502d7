$ yplan set plans/mirai-2020.yaml kpi.portal-access.targets.R3=119,000 project.sogo-keikaku.budget=9500 section.II.1.total.budget=25734 --dry-run
--- a/plans/mirai-2020.yaml
+++ b/plans/mirai-2020.yaml
@@ -151,7 +151,7 @@
       - 「第４次山形県総合発展計画」の進行管理等を行う総合政策審議会の運営
   - id: sogo-keikaku
     name: 総合計画推進事業費
-    budget: 8091
+    budget: 9500
     previous: 4809
     summary:
       - 「第４次山形県総合発展計画」の着実な推進を図るための県内各層からの意見聴取や県政アンケート等の実施
@@ -247,7 +247,7 @@
                     unit: 件
                     direction: increase
                     baseline: {year: H30, value: "９１，４５６"}
-                    targets: {R2: "116,000", R3: "118,000", R4: "120,000", R5: "121,000", R6: "122,000"}
+                    targets: {R2: "116,000", R3: "119,000", R4: "120,000", R5: "121,000", R6: "122,000"}
                 issues:
                   - 移住希望者の多様なニーズに対応した情報発信
                 responses:
@@ -938,7 +938,7 @@
           - kikaku-kanri
           - chiji-kaigi
           - seifu-teian
-        total: {budget: 24325, previous: 24245}
+        total: {budget: 25734, previous: 24245}
       # ㉔ 市町村の実情に即した施策の展開の促進
       - id: "II.2"
         label: ㉔
[exit 0]
