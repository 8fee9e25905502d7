$ yplan validate --lang ja examples/broken/unknown-project.yaml
examples/broken/unknown-project.yaml:31:9: error[unknown-project]: 施策 1.1.2 に掲載された事業 `iju-teijyu` が `projects:` に定義されていません。`iju-teiju` の誤りではありませんか？
  help: ID を直すか、`projects:` にその事業を定義してください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]
