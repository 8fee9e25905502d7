$ yplan report plans/ --kind document --format html
--- stderr
yplan: report: --kind document prints one plan; 2 files were given (see yplan report --help)
[exit 2]
