$ yplan validate tests/golden/mistakes/shift-jis.yaml --lang ja
tests/golden/mistakes/shift-jis.yaml:4:10: error[parse]: ファイルが UTF-8 でなく Shift_JIS (CP932) です。yplan が読めるのは UTF-8 だけです
  help: UTF-8 に変換してください: iconv -f CP932 -t UTF-8 tests/golden/mistakes/shift-jis.yaml > tests/golden/mistakes/shift-jis.yaml.utf8（その後は新しいファイルを使う）。またはエディタで UTF-8 として保存してください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]
