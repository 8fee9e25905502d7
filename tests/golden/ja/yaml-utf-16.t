$ yplan validate tests/golden/mistakes/utf-16.yaml --lang ja
tests/golden/mistakes/utf-16.yaml:1:1: error[parse]: ファイルが UTF-8 でなく UTF-16LE です。yplan が読めるのは UTF-8 だけです
  help: UTF-8 に変換してください: iconv -f UTF-16 -t UTF-8 tests/golden/mistakes/utf-16.yaml > tests/golden/mistakes/utf-16.yaml.utf8（その後は新しいファイルを使う）。またはエディタで UTF-8 として保存してください
エラー 1 件、警告 0 件（1 ファイル）
[exit 1]
