$ yplan diff tests/golden/data/relisted-a.yaml tests/golden/data/relisted-b.yaml
--- tests/golden/data/relisted-a.yaml
+++ tests/golden/data/relisted-b.yaml
projects
  ~ project a  事業A
      listing 2 relisted: false → true
[exit 1]
