$ yplan validate tests/golden/messages/null-total.yaml
tests/golden/messages/null-total.yaml:16:19: error[budget-total]: stated total budget is null (no figure) but the sum of the projects (each counted once) is 227,177
  help: fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
tests/golden/messages/null-total.yaml:107:29: error[budget-total]: stated total budget is null (no figure) but the sum of the listings is 227,177
  help: fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
2 errors, 0 warnings in 1 file
[exit 1]
