$ yplan report --lang ja --bom plans/mirai-2020.yaml
--- stderr
yplan: report: --bom は --format csv にだけ使えます。--format csv を併せて指定するか、--bom を外してください（yplan report --help を参照）
[exit 2]
