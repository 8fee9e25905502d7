$ yplan validate --lang ja --list-checks
parse               error            YAML として読み取れない
schema              error            未知のキー（最も近い既知のキーを示す）、必須項目の欠落、型の誤り、選択肢にない値、キーの重複
duplicate-id        error            同じ種類の中で ID が重複している（KPI と目標指標は共通）
year-format         error            年度が認められた表記になっていない
value-format        error            数値が読み取れない、または金額や合計が 64 ビットを超える
budget-total        error            記載の計がその下の掲載額の合計と一致しない（plan.total は重複を除いた事業の合計と比べる）
unknown-project     error            掲載された事業が定義されていない
negative-amount     error            予算額または前年度予算額が 0 未満
partial-exceeds     error            一部計上の額が事業の予算額を超える
relisting-mismatch  warning          掲載額が事業の額と異なるのに一部計上（partial）になっていない
category-previous   error / warning  `new`（新規）なのに前年度予算額がある（エラー）、それ以外の区分で前年度予算額がない（警告）
unlisted-project    warning          どの施策にも掲載されていない事業
kpi-period          error            目標年度が計画期間（plan.period）の外にある
kpi-gap             warning          計画期間内の年度に目標値も注記もない（案を除く）
kpi-direction       error / warning  増加を目指す KPI の目標値が下がる、または減少を目指す KPI の目標値が上がる（エラー）、維持の KPI の目標値が変わる（警告）
kpi-cumulative      error            累計の KPI が減る、または基準値を下回って始まる
kpi-baseline        warning          基準値の年度が計画期間より前でない、または最初の目標値が基準値に対して逆向き
kpi-percent         error            単位が % で、値が 0～100 の範囲外
kpi-outlier         warning          目標値が、その KPI のほかの目標値の中央値の10倍超または10分の1未満
goal-direction      error            目標指標の目標値が基準値に対して逆向き
plan-follows        error            計画が循環して続く、2つの計画が同じ計画に続く、または後の年度の計画に続く
previous-budget     error            事業の前年度予算額が、続く元の計画での予算額と異なる
target-revised      warning          目標値が続く元の計画で定めた値と異なり、理由の注記がない
kpi-dropped         warning          続く元の計画の KPI または目標指標がなく、`retired` も付いていない
actual-revised      warning          実績値が続く元の計画で報告した値と異なり、理由の注記がない
[exit 0]
