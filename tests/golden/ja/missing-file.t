$ yplan validate --lang ja plans/nope.yaml po
エラー 0 件、警告 0 件（0 ファイル）
--- stderr
yplan: 'po' を読めません: このディレクトリには計画ファイル（*.yaml、*.yml）がありません
yplan: 'plans/nope.yaml' を読めません: ファイルまたはディレクトリがありません
[exit 2]
