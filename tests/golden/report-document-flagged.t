$ yplan report examples/broken/budget-total.yaml --kind document --format html
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>令和２年度 みらい企画創造部 主要事業（例）</title>
<style>
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Hiragino Sans", "Yu Gothic",
       Meiryo, sans-serif; color: #000; font-size: 10.5pt; line-height: 1.45; margin: 0; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #000; }
h3 { font-size: 12pt; margin: 5mm 0 2mm; background: #e6e6e6; padding: 1mm 2mm; }
h4 { font-size: 11pt; margin: 4mm 0 2mm; border-left: 3pt solid #000; padding-left: 2mm; }
h5, h6 { font-size: 10.5pt; margin: 4mm 0 1.5mm; }
h1, h2, h3, h4, h5, h6 { break-after: avoid; }
.subtitle { text-align: center; font-size: 13pt; margin: 0 0 6mm; }
.meta { text-align: center; margin: 0 0 6mm; }
ul.outline, ul.outline ul { list-style: none; padding-left: 1.6em; margin: 0; }
ul.outline { padding-left: 0; }
ul.outline li { margin: 0.5mm 0; }
ul.outline > li > .node { font-weight: bold; }
.label { margin-right: 0.4em; }
section.body { break-before: page; }
section.node { margin: 0; }
.block-title { font-weight: bold; margin: 2mm 0 0.5mm; }
ul.bullets { list-style: none; padding-left: 1em; margin: 0 0 1mm; }
ul.bullets li { text-indent: -1em; padding-left: 0; break-inside: avoid; }
ul.bullets li::before { content: "・"; }
ul.bullets li.cont { padding-left: 1em; }
ul.bullets li.cont::before { content: ""; }
.goal { border: 1pt solid #000; padding: 1.5mm 3mm; margin: 2mm 0; break-inside: avoid; }
.goal .name { font-weight: bold; }
table { border-collapse: collapse; width: 100%; margin: 1.5mm 0; font-size: 9.5pt; }
th, td { border: 0.75pt solid #000; padding: 0.8mm 1.5mm; vertical-align: top; }
th { background: #e6e6e6; font-weight: bold; text-align: center; }
tr { break-inside: avoid; }
th.amount, td.num { white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td.kpi-name { width: 34%; }
td.project { width: 22%; }
td.cat { width: 4.5em; text-align: center; white-space: nowrap; }
.cat span { display: block; color: #555; }
.cat span.on { color: #000; font-weight: bold; border: 1pt solid #000; border-radius: 50%; }
tr.total td { font-weight: bold; }
.unit { text-align: right; font-size: 9pt; margin: 2mm 0 0; }
.note, .footnote { font-size: 9pt; margin: 0.5mm 0; }
.flag, .footnote .mark { color: #b00; font-weight: bold; }
@page {
  size: A4 portrait;
  margin: 18mm 15mm 16mm;
  @top-center { content: "令和２年度 みらい企画創造部 主要事業（例）"; font-size: 9pt; color: #444; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; }
}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen { body { max-width: 180mm; margin: 10mm auto; padding: 0 5mm; } }
</style>
</head>
<body>
<section class="outline">
<h1>令和２年度 みらい企画創造部 主要事業（例）</h1>
<p class="subtitle">Outline</p>
<p class="meta">Period: R2–R6</p>
<ul class="outline">
<li><span class="node"><span class="label">①</span>移住・定住の促進</span></li>
<li><span class="node"><span class="label">②</span>外国人材の受け入れ拡大</span></li>
</ul>
</section>
<section class="body">
<section class="node">
<h2><span class="label">①</span>移住・定住の促進</h2>
<p class="unit">(unit: 千円)</p>
<table class="projects">
<thead><tr><th>Project</th><th class="amount">Budget<br>(previous year)</th><th>Category※</th><th>Summary</th></tr></thead>
<tbody>
<tr><td class="project">移住定住・人材確保戦略的展開事業費</td><td class="num">200,753<br>(155,613)</td><td class="cat"><span>new</span><span>revised</span><span>continuing</span></td><td></td></tr>
<tr class="total"><td>Total</td><td class="num">200,753<br>(155,613)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※ Category: new = a project new this year, revised = revised since last year, continuing = continued from last year</p>
</section>
<section class="node">
<h2><span class="label">②</span>外国人材の受け入れ拡大</h2>
<p class="unit">(unit: 千円)</p>
<table class="projects">
<thead><tr><th>Project</th><th class="amount">Budget<br>(previous year)</th><th>Category※</th><th>Summary</th></tr></thead>
<tbody>
<tr><td class="project">留学生受入拡大推進事業費</td><td class="num">23,764<br>(12,774)</td><td class="cat"><span>new</span><span>revised</span><span>continuing</span></td><td></td></tr>
<tr><td class="project">外国人総合相談ワンストップセンター運営事業費</td><td class="num">2,802<br>(7,802)</td><td class="cat"><span>new</span><span>revised</span><span>continuing</span></td><td></td></tr>
<tr class="total"><td>Total</td><td class="num">26,656<span class="flag">*1</span><br>(20,576)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="footnote"><span class="mark">*1</span> Total as printed; examples/broken/budget-total.yaml:42: error[budget-total]: stated total budget 26,656 differs from the sum of the listings, 26,566 (difference +90)</p>
<p class="note">※ Category: new = a project new this year, revised = revised since last year, continuing = continued from last year</p>
</section>
</section>
</body>
</html>
[exit 0]
