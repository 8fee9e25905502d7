$ yplan validate --format junit tests/golden/data/not-yaml.yaml tests/golden/data/warning-only.yaml
<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="yplan validate" tests="50" failures="1" errors="0" skipped="24">
  <testsuite name="tests/golden/data/not-yaml.yaml" tests="25" failures="1" errors="0" skipped="24">
    <testcase classname="tests/golden/data/not-yaml.yaml" name="parse">
      <failure type="parse" message="end of sequence flow not found">tests/golden/data/not-yaml.yaml:5:1: error[parse]: end of sequence flow not found
</failure>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="schema">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="duplicate-id">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="year-format">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="value-format">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="budget-total">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="unknown-project">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="negative-amount">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="partial-exceeds">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="relisting-mismatch">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="category-previous">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="unlisted-project">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-period">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-gap">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-direction">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-cumulative">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-baseline">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-percent">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-outlier">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="goal-direction">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="plan-follows">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="previous-budget">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="target-revised">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="kpi-dropped">
      <skipped message="not run: the file does not parse"/>
    </testcase>
    <testcase classname="tests/golden/data/not-yaml.yaml" name="actual-revised">
      <skipped message="not run: the file does not parse"/>
    </testcase>
  </testsuite>
  <testsuite name="tests/golden/data/warning-only.yaml" tests="25" failures="0" errors="0">
    <testcase classname="tests/golden/data/warning-only.yaml" name="parse"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="schema"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="duplicate-id"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="year-format"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="value-format"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="budget-total"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="unknown-project"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="negative-amount"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="partial-exceeds"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="relisting-mismatch"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="category-previous"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="unlisted-project">
      <system-out>tests/golden/data/warning-only.yaml:6:9: warning[unlisted-project]: project `a` is defined but no section lists it
</system-out>
    </testcase>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-period"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-gap"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-direction"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-cumulative"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-baseline"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-percent"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-outlier"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="goal-direction"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="plan-follows"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="previous-budget"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="target-revised"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="kpi-dropped"/>
    <testcase classname="tests/golden/data/warning-only.yaml" name="actual-revised"/>
  </testsuite>
</testsuites>
[exit 1]
