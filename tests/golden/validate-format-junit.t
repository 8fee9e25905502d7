$ yplan validate --format junit tests/golden/data/findings.yaml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="yplan validate" tests="25" failures="2" errors="0">
  <testsuite name="tests/golden/data/findings.yaml" tests="25" failures="2" errors="0">
    <testcase classname="tests/golden/data/findings.yaml" name="parse"/>
    <testcase classname="tests/golden/data/findings.yaml" name="schema">
      <failure type="schema" message="unknown key `target` in a KPI; did you mean `targets`?">tests/golden/data/findings.yaml:29:9: error[schema]: unknown key `target` in a KPI; did you mean `targets`?
</failure>
    </testcase>
    <testcase classname="tests/golden/data/findings.yaml" name="duplicate-id"/>
    <testcase classname="tests/golden/data/findings.yaml" name="year-format"/>
    <testcase classname="tests/golden/data/findings.yaml" name="value-format"/>
    <testcase classname="tests/golden/data/findings.yaml" name="budget-total">
      <failure type="budget-total" message="stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)">tests/golden/data/findings.yaml:23:21: error[budget-total]: stated total budget 1,100 differs from the sum of the listings, 1,000 (difference +100)
</failure>
    </testcase>
    <testcase classname="tests/golden/data/findings.yaml" name="unknown-project"/>
    <testcase classname="tests/golden/data/findings.yaml" name="negative-amount"/>
    <testcase classname="tests/golden/data/findings.yaml" name="partial-exceeds"/>
    <testcase classname="tests/golden/data/findings.yaml" name="relisting-mismatch"/>
    <testcase classname="tests/golden/data/findings.yaml" name="category-previous"/>
    <testcase classname="tests/golden/data/findings.yaml" name="unlisted-project">
      <system-out>tests/golden/data/findings.yaml:14:9: warning[unlisted-project]: project `b` is defined but no section lists it
</system-out>
    </testcase>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-period"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-gap"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-direction"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-cumulative"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-baseline"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-percent"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-outlier"/>
    <testcase classname="tests/golden/data/findings.yaml" name="goal-direction"/>
    <testcase classname="tests/golden/data/findings.yaml" name="plan-follows"/>
    <testcase classname="tests/golden/data/findings.yaml" name="previous-budget"/>
    <testcase classname="tests/golden/data/findings.yaml" name="target-revised"/>
    <testcase classname="tests/golden/data/findings.yaml" name="kpi-dropped"/>
    <testcase classname="tests/golden/data/findings.yaml" name="actual-revised"/>
  </testsuite>
</testsuites>
[exit 1]
