$ yplan set tests/golden/mistakes/bare-key.yaml section.1.issues.0=課題
--- stderr
yplan: `section.1.issues.0=課題`: `section.1.issues.0` is a list item written as nothing (a `-` alone); yplan cannot write into it: write the value after its `-` by hand
yplan: set: nothing written; 'tests/golden/mistakes/bare-key.yaml' is unchanged
[exit 1]
