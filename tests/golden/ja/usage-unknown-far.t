$ yplan validate --lang ja --bogus
--- stderr
yplan: validate: オプション '--bogus' はありません。正しく直すか、取り除いてください（yplan validate --help を参照）
[exit 2]
