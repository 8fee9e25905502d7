$ yplan set examples/scripts/sample-plan.yaml --dry-run --color always plan.title=New
[1m--- a/examples/scripts/sample-plan.yaml[0m
[1m+++ b/examples/scripts/sample-plan.yaml[0m
[36m@@ -5,7 +5,7 @@[0m
 yplan: 1
 plan:
   id: script-sample
[31m-  title: 一括更新の例[0m
[32m+  title: New[0m
   period: [R2, R4]

 sections:
[exit 0]
