$ yplan set plans/mirai-2020.yaml --recalc project.iju-teiju.previous=160000 --dry-run
--- a/plans/mirai-2020.yaml
+++ b/plans/mirai-2020.yaml
@@ -15,7 +15,7 @@
   - id: iju-teiju
     name: 移住定住・人材確保戦略的展開事業費
     budget: 200753
-    previous: 155613
+    previous: 160000
     category: revised
     summary:
       - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】
@@ -256,7 +256,7 @@
                   - ⇒移住総合支援ガイドの活用等による本県の魅力をアピールするコンテンツの充実
                 projects:
                   - iju-teiju
-                total: {budget: 200753, previous: 155613}
+                total: {budget: 200753, previous: 160000}
               # ② 移住・定住の促進
               - id: "1.1.2"
                 label: ②
@@ -282,7 +282,7 @@
                 projects:
                   - project: iju-teiju
                     budget: 200753
-                    previous: 155613
+                    previous: 160000
                     summary:
                       - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】
                       - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
@@ -292,7 +292,7 @@
                       - 市町村・ＪＡと連携した移住者に対する食（米・味噌・醤油）の支援
                       - 移住世帯に対する賃貸住宅の家賃補助【新規】
                       - 東京圏から移住して県内中小企業等へ就職した者に対する支援金の給付
-                total: {budget: 200753, previous: 155613}
+                total: {budget: 200753, previous: 160000}
               # ③ 「関係人口」の創出・拡大
               - id: "1.1.3"
                 label: ③
@@ -315,14 +315,14 @@
                 projects:
                   - project: iju-teiju
                     budget: 200753
-                    previous: 155613
+                    previous: 160000
                     summary:
                       - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】
                       - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
                       - 首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化
                       - 山形の暮らしと仕事を体験するプログラム「やまがたＣＡＭＰ」の実施
                       - 新型コロナウイルスの感染拡大により経済的な影響を受けている本県出身の県外在住学生に対する市町村と連携した食の提供の実施
-                total: {budget: 200753, previous: 155613}
+                total: {budget: 200753, previous: 160000}
               # ④ 外国人材の受け入れ拡大
               - id: "1.1.4"
                 label: ④
@@ -830,7 +830,7 @@
                   # printed 170,489 here; every other listing of this project prints 200,753
                   - project: iju-teiju
                     budget: 170489
-                    previous: 155613
+                    previous: 160000
                     summary:
                       - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「やまがた移住・定住推進センター」の運営支援・連携強化
                       - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
@@ -841,7 +841,7 @@
                     previous: 11601
                     summary:
                       - 県と市町村が連携した取組の展開、買い物支援、離島振興、ＩＣＴ活用促進等
-                total: {budget: 181590, previous: 167214}
+                total: {budget: 181590, previous: 171601}
               # ㉑ 圏域における広域連携の推進
               - id: "4.3.2"
                 label: ㉑
[exit 0]
