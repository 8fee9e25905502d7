$ yplan diff --version
yplan 0.1.0 (plan format 1)
[exit 0]
