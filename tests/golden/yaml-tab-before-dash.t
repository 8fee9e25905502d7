$ yplan validate tests/golden/mistakes/tab-before-dash.yaml
tests/golden/mistakes/tab-before-dash.yaml:18:1: error[parse]: a tab before `-`: YAML indents with spaces only, never with tabs
  help: replace the tab with spaces, so that the line lines up with the ones it belongs with
1 error, 0 warnings in 1 file
[exit 1]
