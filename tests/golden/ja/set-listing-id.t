$ yplan set --lang ja --dry-run plans/mirai-2020.yaml section.1.1.1.projects.iju-teiju=sogo-keikaku
--- stderr
yplan: `section.1.1.1.projects.iju-teiju=sogo-keikaku`: `section.1.1.1.projects.iju-teiju` は事業 `iju-teiju` の掲載をその ID で指しています。値を代入すると掲載する事業が変わり、パスが何も指さなくなります。そこに別の事業を掲載するには、掲載を位置で指定してください: `section.1.1.1.projects.0=sogo-keikaku`
yplan: set: 何も書き込んでいません。'plans/mirai-2020.yaml' は変更していません
[exit 1]
