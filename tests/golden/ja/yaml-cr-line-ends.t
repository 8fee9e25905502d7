$ yplan validate --lang ja tests/golden/mistakes/cr-line-ends.yaml
tests/golden/mistakes/cr-line-ends.yaml:1:9: error[parse]: このファイルの行は CR だけで終わっています（古い Mac OS の改行）。yplan が読めるのは LF または CR LF で終わる行です
  help: 改行を LF に変換してください: tr '\r' '\n' < tests/golden/mistakes/cr-line-ends.yaml > tests/golden/mistakes/cr-line-ends.yaml.lf（その後は新しいファイルを使う）。またはエディタで改行を LF にして保存してください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]
