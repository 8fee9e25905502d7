$ yplan set --dry-run plans/mirai-2020.yaml section.1.1.sections.1.id=1.1.9 section.1.1.1.kpis.0.id=portal
--- a/plans/mirai-2020.yaml
+++ b/plans/mirai-2020.yaml
@@ -242,7 +242,7 @@
                 label: ①
                 title: 多様なライフスタイルの提案・発信
                 kpis:
-                  - id: portal-access
+                  - id: portal
                     name: 移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数
                     unit: 件
                     direction: increase
@@ -258,7 +258,7 @@
                   - iju-teiju
                 total: {budget: 200753, previous: 155613}
               # ② 移住・定住の促進
-              - id: "1.1.2"
+              - id: "1.1.9"
                 label: ②
                 title: 移住・定住の促進
                 kpis:
[exit 0]
