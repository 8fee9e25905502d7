$ yplan report examples/report/with-actuals.yaml --format html --kind progress
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>進捗管理の例（令和３年度末時点）</title>
<style>
:root { color-scheme: light; }
body { font-family: "IPAexGothic", "IPAGothic", "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", Meiryo, sans-serif;
       margin: 24px; color: #1f2328; font-size: 14px; line-height: 1.5; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 18px; border-bottom: 2px solid #1f2328; margin: 28px 0 10px; }
h3 { font-size: 15px; margin: 0; }
section > h3 { margin: 16px 0 4px; }
.meta, .subtitle, .note { color: #57606a; margin: 2px 0; }
table { border-collapse: collapse; margin: 8px 0 12px; font-size: 13px; }
th, td { border: 1px solid #8c959f; padding: 2px 6px; vertical-align: top; }
th { background: #eaeef2; text-align: left; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 12px 0 20px; }
.charts { display: flex; flex-wrap: wrap; gap: 8px 24px; }
.charts figure { width: 560px; max-width: 100%; }
svg.chart { max-width: 100%; height: auto; }
.chart text { font-size: 12px; fill: #1f2328; }
.chart .tick, .chart .unit { fill: #57606a; }
.chart .grid { stroke: #d0d7de; stroke-width: 1; }
.chart .axis { stroke: #1f2328; stroke-width: 1; }
.chart .bar.s0, .chart rect.s0 { fill: #0969da; }
.chart .bar.s1, .chart rect.s1 { fill: #afb8c1; }
.chart .line { fill: none; stroke-width: 2; }
.chart .target .line { stroke: #0969da; }
.chart .actual .line { stroke: #cf222e; stroke-dasharray: 5 3; }
.chart .mark.target { fill: #0969da; }
.chart .mark.actual { fill: #ffffff; stroke: #cf222e; stroke-width: 2.5; }
.chart .mark.baseline { fill: #57606a; stroke: #1f2328; stroke-width: 1; }
.chart .open circle { fill: #ffffff; stroke: #57606a; stroke-dasharray: 2 2; }
.chart .open-mark { fill: #57606a; }
ul.outline, ul.outline ul { list-style: none; padding-left: 1.4em; margin: 0; }
ul.outline { padding-left: 0; }
ul.outline li { margin: 1px 0; }
ul.outline .label { font-weight: bold; }
ul.outline { max-width: 64em; }
ul.outline .node { display: flex; gap: 0.4em; }
ul.outline .amount { color: #57606a; margin-left: auto; padding-left: 1em; white-space: nowrap; }
ul.outline ul.indicators { color: #57606a; font-size: 12px; }
ul.findings { padding-left: 1.2em; }
.error { color: #cf222e; font-weight: bold; }
.warning { color: #9a6700; font-weight: bold; }
tr.achieved td.status { background: #1a7f37; color: #ffffff; font-weight: bold; }
tr.on-track td.status { background: #aceebb; color: #1f2328; }
tr.behind td.status { background: #ffffff; color: #cf222e; font-weight: bold; border: 2px solid #cf222e; }
tr.no-data td.status { background: #ffffff; color: #57606a; border: 1px dashed #57606a; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 11px; }
  section.part { break-before: page; }
  .charts figure { width: 48%; }
  figure, table, tr { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
</style>
</head>
<body>
<article class="plan">
<header>
<h1>進捗管理の例（令和３年度末時点） (actuals-example)</h1>
<p class="meta">Organization: 山形県 みらい企画創造部 · Fiscal year: R3 · Period: R2–R4 · Status: final · Unit: 千円</p>
</header>
<section class="validation">
<p>Validation: 0 errors, 0 warnings</p>
</section>
<section class="part progress">
<h2>Progress</h2>
<table>
<thead><tr><th>ID</th><th>Name</th><th>Year</th><th class="num">Actual</th><th class="num">Target</th><th class="num">Rate</th><th>Status</th></tr></thead>
<tbody>
<tr class="behind"><td>social-migration</td><td>全年齢の社会増減数</td><td>R3</td><td class="num">-3,100</td><td class="num">-1,500</td><td class="num">47.4%</td><td class="status">▲ behind</td></tr>
<tr class="achieved"><td>migrants</td><td>県の移住相談窓口を通じた県外からの移住者数</td><td>R3</td><td class="num">140</td><td class="num">130</td><td class="num">114.7%</td><td class="status">● achieved</td></tr>
<tr class="on-track"><td>portal-access</td><td>「やまがた暮らし情報館」トップページのアクセス件数</td><td>R3</td><td class="num">114,000</td><td class="num">118,000</td><td class="num">84.9%</td><td class="status">◐ on track</td></tr>
<tr class="behind"><td>snow-volunteers</td><td>除雪ボランティアの登録者数</td><td>R3</td><td class="num">1,000</td><td class="num">1,100</td><td class="num">24.2%</td><td class="status">▲ behind</td></tr>
<tr class="on-track"><td>vacant-houses</td><td>危険な空き家の数</td><td>R3</td><td class="num">520</td><td class="num">500</td><td class="num">96.2%</td><td class="status">◐ on track</td></tr>
<tr class="no-data"><td>seminars</td><td>空き家活用講座の開催数</td><td>R4</td><td class="num">5</td><td class="num">—</td><td class="num">—</td><td class="status">○ no data</td></tr>
</tbody>
</table>
</section>
</article>
</body>
</html>
[exit 0]
