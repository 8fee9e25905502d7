$ yplan validate --lang ja --format xml plans/
--- stderr
yplan: validate: --format: `xml` は指定できません。text, json, github, junit, sarif のいずれかを指定してください（yplan validate --help を参照）
[exit 2]
