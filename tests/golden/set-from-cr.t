$ yplan set --dry-run --from tests/golden/data/batch-cr.txt plans/mirai-2020.yaml
--- a/plans/mirai-2020.yaml
+++ b/plans/mirai-2020.yaml
@@ -60,7 +60,7 @@
     previous: null
     category: new
     summary:
-      - 海外山形県人会の担い手育成を支援するため、若手日系人を招いた交流事業の実施
+      - 海外県人会の次代の担い手の育成支援
   - id: yukiguni
     name: いきいき雪国やまがたづくり推進事業費
     budget: 94556
@@ -247,7 +247,7 @@
                     unit: 件
                     direction: increase
                     baseline: {year: H30, value: "９１，４５６"}
-                    targets: {R2: "116,000", R3: "118,000", R4: "120,000", R5: "121,000", R6: "122,000"}
+                    targets: {R2: "116,000", R3: "119,000", R4: "120,000", R5: "121,000", R6: "122,000"}
                 issues:
                   - 移住希望者の多様なニーズに対応した情報発信
                 responses:
@@ -335,7 +335,7 @@
                     unit: 人
                     direction: increase
                     baseline: {year: H30, value: "２９３"}
-                    targets: {R2: "311", R3: "342", R4: "377", R5: "414", R6: "455"}
+                    targets: {R2: "311", R3: "350", R4: "377", R5: "414", R6: "455"}
                 issues:
                   - 人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分
                 responses:
[exit 0]
