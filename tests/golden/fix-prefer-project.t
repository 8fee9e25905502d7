$ yplan fix plans/mirai-2020.yaml --check relisting-mismatch --prefer project --dry-run
--- a/plans/mirai-2020.yaml
+++ b/plans/mirai-2020.yaml
@@ -839,7 +839,7 @@
                   # printed 170,489 here; every other listing of this project prints 200,753
                   - project: iju-teiju
                     relisted: true
-                    budget: 170489
+                    budget: 200753
                     previous: 155613
                     summary:
                       - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「やまがた移住・定住推進センター」の運営支援・連携強化
@@ -851,7 +851,7 @@
                     previous: 11601
                     summary:
                       - 県と市町村が連携した取組の展開、買い物支援、離島振興、ＩＣＴ活用促進等
-                total: {budget: 181590, previous: 167214}
+                total: {budget: 211854, previous: 167214}
               # ㉑ 圏域における広域連携の推進
               - id: "4.3.2"
                 label: ㉑
--- stderr
0 errors, 0 warnings in 1 file
[exit 0]
