$ yplan report plans/mirai-2020.yaml --format html -o /nonexistent/dir/page.html
--- stderr
yplan: report: cannot create a temporary file beside '/nonexistent/dir/page.html': No such file or directory
[exit 2]
