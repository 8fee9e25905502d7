$ yplan validate --lang ja --format xml plans/
--- stderr
yplan: --format: `xml` は指定できません。{text,json,github,junit,sarif} のいずれかを指定してください
詳しくは --help を付けて実行してください。
[exit 2]
