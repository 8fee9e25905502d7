$ yplan validate tests/golden/messages/null-relisting.yaml
tests/golden/messages/null-relisting.yaml:104:25: warning[relisting-mismatch]: listing of `iju-teiju` under section 1.1.2 states budget null (no figure), but the project's budget is 200,753; mark it `partial: true` if only part of it belongs here
  help: add `partial: true` if only part of the project belongs here; otherwise correct the figure, or list the project by its bare id
tests/golden/messages/null-relisting.yaml:107:29: error[budget-total]: stated total budget 227,177 differs from the sum of the listings, 26,424 (difference +200,753)
  help: fix the figure that is wrong; if it is the total, `yplan fix` rewrites it to the sum; list a project that only partly belongs here with `partial: true` and its part
1 error, 1 warning in 1 file
[exit 1]
