$ yplan report plans/mirai-2020.yaml --format xlsx -o /nonexistent/dir/book.xlsx
--- stderr
yplan: report: cannot create a temporary file beside '/nonexistent/dir/book.xlsx': No such file or directory
[exit 2]
