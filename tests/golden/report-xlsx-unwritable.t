$ yplan report plans/mirai-2020.yaml --format xlsx -o /nonexistent/dir/book.xlsx
--- stderr
yplan: cannot write '/nonexistent/dir/book.xlsx': No such file or directory
[exit 2]
