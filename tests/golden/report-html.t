$ yplan report plans/mirai-2020.yaml --format html
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>令和２年度 みらい企画創造部 主要事業</title>
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
<h1>令和２年度 みらい企画創造部 主要事業 (mirai-2020)</h1>
<p class="meta">Organization: 山形県 みらい企画創造部 · Fiscal year: R2 · Period: R2–R6 · Status: final · Unit: 千円</p>
</header>
<section class="validation">
<p>Validation: 0 errors, 1 warning</p>
<ul class="findings">
<li><code>plans/mirai-2020.yaml:842:29</code> <span class="warning">warning</span> [relisting-mismatch] listing of `iju-teiju` under section 4.3.1 states budget 170,489, but the project&#39;s budget is 200,753 (difference -30,264); mark it `partial: true` if only part of it belongs here</li>
</ul>
</section>
<section class="part outline">
<h2>Outline</h2>
<ul class="outline">
<li><span class="node"><span class="label">Ⅰ</span> <span class="title">第４次山形県総合発展計画の推進</span></span>
<ul><li><span class="node"><span class="label">１</span> <span class="title">次代を担い地域を支える人材の育成・確保<span class="ref">【１】</span></span></span>
<ul><li><span class="node"><span class="label">(1)</span> <span class="title">国内外の様々な人材の呼び込み<span class="ref">【１－４】</span></span></span><ul class="indicators"><li>Goal: 全年齢の社会増減数（県外からの転入者数―県外への転出者数）</li></ul>
<ul><li><span class="node"><span class="label">①</span> <span class="title">多様なライフスタイルの提案・発信</span> <span class="amount">200,753</span></span><ul class="indicators"><li>KPI: 移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数</li></ul></li>
<li><span class="node"><span class="label">②</span> <span class="title">移住・定住の促進</span> <span class="amount">200,753</span></span><ul class="indicators"><li>KPI: 県の移住相談窓口を通じた県外からの移住者数※</li></ul></li>
<li><span class="node"><span class="label">③</span> <span class="title">「関係人口」の創出・拡大</span> <span class="amount">200,753</span></span><ul class="indicators"><li>KPI: 県内で展開される移住・定住を目的とした短期滞在プログラム数</li></ul></li>
<li><span class="node"><span class="label">④</span> <span class="title">外国人材の受け入れ拡大</span> <span class="amount">26,566</span></span><ul class="indicators"><li>KPI: 外国人留学生の県内受入数</li></ul></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">2</span> <span class="title">高い付加価値を創出する産業経済の振興・活性化<span class="ref">【３】</span></span></span>
<ul><li><span class="node"><span class="label">(2)</span> <span class="title">地域産業の振興・活性化と中小企業等の成長・発展<span class="ref">【３－２】</span></span></span>
<ul><li><span class="node"><span class="label">⑤</span> <span class="title">企業の持続的発展に必要な人材の確保、円滑な事業承継の促進</span> <span class="amount">2,802</span></span></li>
</ul></li>
<li><span class="node"><span class="label">(3)</span> <span class="title">国内外からの観光・交流の拡大による地域経済の活性化<span class="ref">【３－３】</span></span></span>
<ul><li><span class="node"><span class="label">⑥</span> <span class="title">観光地域づくりの推進</span> <span class="amount">182,891</span></span></li>
<li><span class="node"><span class="label">⑦</span> <span class="title">地域の特性や魅力を活かした多様な交流の促進</span> <span class="amount">8,877</span></span></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">3</span> <span class="title">県民が安全・安心を実感し、総活躍できる社会づくり<span class="ref">【４】</span></span></span>
<ul><li><span class="node"><span class="label">(4)</span> <span class="title">大規模災害への対応など危機管理機能の充実強化<span class="ref">【４－１】</span></span></span>
<ul><li><span class="node"><span class="label">⑧</span> <span class="title">雪害防止に向けた雪に強い地域づくり</span> <span class="amount">94,556</span></span><ul class="indicators"><li>KPI: 除雪ボランティアの登録者数</li></ul></li>
</ul></li>
<li><span class="node"><span class="label">(5)</span> <span class="title">多様な力の結集による地域コミュニティの維持・活性化<span class="ref">【４－４】</span></span></span><ul class="indicators"><li>Goal: 地域運営組織数</li></ul>
<ul><li><span class="node"><span class="label">⑨</span> <span class="title">コミュニティを支える多様な主体の育成・活用</span> <span class="amount">6,508</span></span><ul class="indicators"><li>KPI: 住民主体の地域づくり活動のための研修会への参加地区数</li></ul></li>
<li><span class="node"><span class="label">⑩</span> <span class="title">暮らしやすく魅力的なコミュニティづくりの促進</span> <span class="amount">17,609</span></span><ul class="indicators"><li>KPI: 地域づくり専門アドバイザーの派遣回数</li></ul></li>
</ul></li>
<li><span class="node"><span class="label">(6)</span> <span class="title">総合的な少子化対策の新展開<span class="ref">【４－５】</span></span></span>
<ul><li><span class="node"><span class="label">⑪</span> <span class="title">地域アプローチによるきめ細かな少子化対策の展開</span></span></li>
</ul></li>
<li><span class="node"><span class="label">(7)</span> <span class="title">県民誰もが個性や能力を発揮し、活躍できる環境の整備<span class="ref">【４－６】</span></span></span>
<ul><li><span class="node"><span class="label">⑫</span> <span class="title">外国人の受入環境の整備</span> <span class="amount">26,923</span></span><ul class="indicators"><li>KPI: 多文化理解講座参加者数（累計）</li></ul></li>
<li><span class="node"><span class="label">⑬</span> <span class="title">多様な主体による社会的課題の解決に向けた取組みの促進</span></span><ul class="indicators"><li>KPI: 企業との包括連携協定の締結数</li></ul></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">４</span> <span class="title">未来に向けた発展基盤となる県土の整備・活用<span class="ref">【５】</span></span></span>
<ul><li><span class="node"><span class="label">(8)</span> <span class="title">暮らしや産業の発展基盤となるＩＣＴなど未来技術の早期実装<span class="ref">【５－１】</span></span></span><ul class="indicators"><li>Goal: ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計）</li></ul>
<ul><li><span class="node"><span class="label">⑭</span> <span class="title">ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上</span> <span class="amount">191,905</span></span><ul class="indicators"><li>KPI: 山形県オープンデータカタログに掲載するオープンデータセット数（累計）</li></ul></li>
<li><span class="node"><span class="label">⑮</span> <span class="title">ＩＣＴの早期実装に向けた推進環境の整備</span> <span class="amount">200,073</span></span><ul class="indicators"><li>KPI: ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計）</li></ul></li>
<li><span class="node"><span class="label">⑯</span> <span class="title">誰もが安全にＩＣＴを利活用できる環境づくり</span> <span class="amount">8,168</span></span><ul class="indicators"><li>KPI: ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数</li></ul></li>
</ul></li>
<li><span class="node"><span class="label">(9)</span> <span class="title">国内外の活力を呼び込む多様で重層的な交通ネットワークの形成<span class="ref">【５－２】</span></span></span>
<ul><li><span class="node"><span class="label">⑰</span> <span class="title">国際ネットワークの形成促進</span> <span class="amount">182,891</span></span></li>
<li><span class="node"><span class="label">⑱</span> <span class="title">国内広域ネットワークの充実強化</span> <span class="amount">196,540</span></span><ul class="indicators"><li>KPI: 山形空港の定期便搭乗者数</li><li>KPI: 庄内空港の定期便搭乗者数</li></ul></li>
<li><span class="node"><span class="label">⑲</span> <span class="title">地域間・地域内交通ネットワークの充実強化</span> <span class="amount">260,652</span></span><ul class="indicators"><li>KPI: 県民一人当たりのバス等の利用回数（支援対象路線）</li></ul></li>
</ul></li>
<li><span class="node"><span class="label">(10)</span> <span class="title">地域の特性を活かし暮らしを支える活力ある圏域の形成<span class="ref">【５－４】</span></span></span><ul class="indicators"><li>Goal: 県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数</li></ul>
<ul><li><span class="node"><span class="label">⑳</span> <span class="title">豊富な地域資源を活かした農山漁村地域の維持・活性化</span> <span class="amount">181,590</span></span><ul class="indicators"><li>KPI: 地域おこし協力隊員の任期終了後の定着率（累計）</li></ul></li>
<li><span class="node"><span class="label">㉑</span> <span class="title">圏域における広域連携の推進</span> <span class="amount">11,101</span></span><ul class="indicators"><li>KPI: 連携中枢都市圏や定住自立圏における新規事業数（累計）</li></ul></li>
<li><span class="node"><span class="label">㉒</span> <span class="title">県を越えた交流連携の推進</span> <span class="amount">22,526</span></span><ul class="indicators"><li>KPI: 山形・宮城間の流動人口（高速バス輸送人員）</li></ul></li>
</ul></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">Ⅱ</span> <span class="title">政策の効率的・効果的な展開の促進</span></span>
<ul><li><span class="node"><span class="label">㉓</span> <span class="title">「第４次山形県総合発展計画」の推進</span> <span class="amount">24,325</span></span></li>
<li><span class="node"><span class="label">㉔</span> <span class="title">市町村の実情に即した施策の展開の促進</span> <span class="amount">1,102,419</span></span></li>
<li><span class="node"><span class="label">㉕</span> <span class="title">行政情報化の推進</span> <span class="amount">1,327,753</span></span></li>
<li><span class="node"><span class="label">㉖</span> <span class="title">統計利用の拡大に向けた取組みの促進</span> <span class="amount">4,970</span></span></li>
</ul></li>
</ul>
</section>
<section class="part budget">
<h2>Budget by section (千円)</h2>
<figure>
<svg xmlns="http://www.w3.org/2000/svg" class="chart bars" width="900.0" height="920.0" viewBox="0 0 900.0 920.0" role="img"><title>Budget by section (千円)</title>
<rect x="288.0" y="5" width="12" height="12" class="s0"/><text x="304.0" y="15.0" text-anchor="start" class="legend">This year</text><rect x="379.4" y="5" width="12" height="12" class="s1"/><text x="395.4" y="15.0" text-anchor="start" class="legend">Last year</text>
<line x1="288.0" y1="22.0" x2="288.0" y2="886.0" class="grid"/><text x="288.0" y="901.0" text-anchor="middle" class="tick">0</text><line x1="466.9" y1="22.0" x2="466.9" y2="886.0" class="grid"/><text x="466.9" y="901.0" text-anchor="middle" class="tick">500,000</text><line x1="645.7" y1="22.0" x2="645.7" y2="886.0" class="grid"/><text x="645.7" y="901.0" text-anchor="middle" class="tick">1,000,000</text><line x1="824.6" y1="22.0" x2="824.6" y2="886.0" class="grid"/><text x="824.6" y="901.0" text-anchor="middle" class="tick">1,500,000</text><text x="824.6" y="916.0" text-anchor="end" class="unit">(千円)</text>
<g class="item"><title>① 多様なライフスタイルの提案・発信</title><text x="282.0" y="44.0" text-anchor="end" class="label">① 多様なライフスタイルの提案・発信</text><rect x="288.0" y="27.0" width="71.816" height="12.0" class="bar s0" data-value="200753"><title>This year: 200,753</title></rect><text x="363.8" y="37.0" text-anchor="start" class="value">200,753</text><rect x="288.0" y="41.0" width="55.668" height="12.0" class="bar s1" data-value="155613"><title>Last year: 155,613</title></rect><text x="347.7" y="51.0" text-anchor="start" class="value">155,613</text></g>
<g class="item"><title>② 移住・定住の促進</title><text x="282.0" y="80.0" text-anchor="end" class="label">② 移住・定住の促進</text><rect x="288.0" y="63.0" width="71.816" height="12.0" class="bar s0" data-value="200753"><title>This year: 200,753</title></rect><text x="363.8" y="73.0" text-anchor="start" class="value">200,753</text><rect x="288.0" y="77.0" width="55.668" height="12.0" class="bar s1" data-value="155613"><title>Last year: 155,613</title></rect><text x="347.7" y="87.0" text-anchor="start" class="value">155,613</text></g>
<g class="item"><title>③ 「関係人口」の創出・拡大</title><text x="282.0" y="116.0" text-anchor="end" class="label">③ 「関係人口」の創出・拡大</text><rect x="288.0" y="99.0" width="71.816" height="12.0" class="bar s0" data-value="200753"><title>This year: 200,753</title></rect><text x="363.8" y="109.0" text-anchor="start" class="value">200,753</text><rect x="288.0" y="113.0" width="55.668" height="12.0" class="bar s1" data-value="155613"><title>Last year: 155,613</title></rect><text x="347.7" y="123.0" text-anchor="start" class="value">155,613</text></g>
<g class="item"><title>④ 外国人材の受け入れ拡大</title><text x="282.0" y="152.0" text-anchor="end" class="label">④ 外国人材の受け入れ拡大</text><rect x="288.0" y="135.0" width="9.504" height="12.0" class="bar s0" data-value="26566"><title>This year: 26,566</title></rect><text x="301.5" y="145.0" text-anchor="start" class="value">26,566</text><rect x="288.0" y="149.0" width="7.361" height="12.0" class="bar s1" data-value="20576"><title>Last year: 20,576</title></rect><text x="299.4" y="159.0" text-anchor="start" class="value">20,576</text></g>
<g class="item"><title>⑤ 企業の持続的発展に必要な人材の確保、円滑な事業承継の促進</title><text x="282.0" y="188.0" text-anchor="end" class="label">⑤ 企業の持続的発展に必要な人材の確保、円…</text><rect x="288.0" y="171.0" width="1.002" height="12.0" class="bar s0" data-value="2802"><title>This year: 2,802</title></rect><text x="293.0" y="181.0" text-anchor="start" class="value">2,802</text><rect x="288.0" y="185.0" width="2.791" height="12.0" class="bar s1" data-value="7802"><title>Last year: 7,802</title></rect><text x="294.8" y="195.0" text-anchor="start" class="value">7,802</text></g>
<g class="item"><title>⑥ 観光地域づくりの推進</title><text x="282.0" y="224.0" text-anchor="end" class="label">⑥ 観光地域づくりの推進</text><rect x="288.0" y="207.0" width="65.426" height="12.0" class="bar s0" data-value="182891"><title>This year: 182,891</title></rect><text x="357.4" y="217.0" text-anchor="start" class="value">182,891</text><rect x="288.0" y="221.0" width="71.000" height="12.0" class="bar s1" data-value="198473"><title>Last year: 198,473</title></rect><text x="363.0" y="231.0" text-anchor="start" class="value">198,473</text></g>
<g class="item"><title>⑦ 地域の特性や魅力を活かした多様な交流の促進</title><text x="282.0" y="260.0" text-anchor="end" class="label">⑦ 地域の特性や魅力を活かした多様な交流の…</text><rect x="288.0" y="243.0" width="3.176" height="12.0" class="bar s0" data-value="8877"><title>This year: 8,877</title></rect><text x="295.2" y="253.0" text-anchor="start" class="value">8,877</text><rect x="288.0" y="257.0" width="5.701" height="12.0" class="bar s1" data-value="15937"><title>Last year: 15,937</title></rect><text x="297.7" y="267.0" text-anchor="start" class="value">15,937</text></g>
<g class="item"><title>⑧ 雪害防止に向けた雪に強い地域づくり</title><text x="282.0" y="296.0" text-anchor="end" class="label">⑧ 雪害防止に向けた雪に強い地域づくり</text><rect x="288.0" y="279.0" width="33.826" height="12.0" class="bar s0" data-value="94556"><title>This year: 94,556</title></rect><text x="325.8" y="289.0" text-anchor="start" class="value">94,556</text><rect x="288.0" y="293.0" width="34.277" height="12.0" class="bar s1" data-value="95818"><title>Last year: 95,818</title></rect><text x="326.3" y="303.0" text-anchor="start" class="value">95,818</text></g>
<g class="item"><title>⑨ コミュニティを支える多様な主体の育成・活用</title><text x="282.0" y="332.0" text-anchor="end" class="label">⑨ コミュニティを支える多様な主体の育成・…</text><rect x="288.0" y="315.0" width="2.328" height="12.0" class="bar s0" data-value="6508"><title>This year: 6,508</title></rect><text x="294.3" y="325.0" text-anchor="start" class="value">6,508</text><rect x="288.0" y="329.0" width="4.200" height="12.0" class="bar s1" data-value="11740"><title>Last year: 11,740</title></rect><text x="296.2" y="339.0" text-anchor="start" class="value">11,740</text></g>
<g class="item"><title>⑩ 暮らしやすく魅力的なコミュニティづくりの促進</title><text x="282.0" y="368.0" text-anchor="end" class="label">⑩ 暮らしやすく魅力的なコミュニティづくり…</text><rect x="288.0" y="351.0" width="6.299" height="12.0" class="bar s0" data-value="17609"><title>This year: 17,609</title></rect><text x="298.3" y="361.0" text-anchor="start" class="value">17,609</text><rect x="288.0" y="365.0" width="8.350" height="12.0" class="bar s1" data-value="23341"><title>Last year: 23,341</title></rect><text x="300.3" y="375.0" text-anchor="start" class="value">23,341</text></g>
<g class="item"><title>⑫ 外国人の受入環境の整備</title><text x="282.0" y="404.0" text-anchor="end" class="label">⑫ 外国人の受入環境の整備</text><rect x="288.0" y="387.0" width="9.631" height="12.0" class="bar s0" data-value="26923"><title>This year: 26,923</title></rect><text x="301.6" y="397.0" text-anchor="start" class="value">26,923</text><rect x="288.0" y="401.0" width="7.361" height="12.0" class="bar s1" data-value="20576"><title>Last year: 20,576</title></rect><text x="299.4" y="411.0" text-anchor="start" class="value">20,576</text></g>
<g class="item"><title>⑭ ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上</title><text x="282.0" y="440.0" text-anchor="end" class="label">⑭ ＩＣＴの積極的・効果的な利活用による県…</text><rect x="288.0" y="423.0" width="68.651" height="12.0" class="bar s0" data-value="191905"><title>This year: 191,905</title></rect><text x="360.7" y="433.0" text-anchor="start" class="value">191,905</text><rect x="288.0" y="437.0" width="32.932" height="12.0" class="bar s1" data-value="92057"><title>Last year: 92,057</title></rect><text x="324.9" y="447.0" text-anchor="start" class="value">92,057</text></g>
<g class="item"><title>⑮ ＩＣＴの早期実装に向けた推進環境の整備</title><text x="282.0" y="476.0" text-anchor="end" class="label">⑮ ＩＣＴの早期実装に向けた推進環境の整備</text><rect x="288.0" y="459.0" width="71.573" height="12.0" class="bar s0" data-value="200073"><title>This year: 200,073</title></rect><text x="363.6" y="469.0" text-anchor="start" class="value">200,073</text><rect x="288.0" y="473.0" width="37.581" height="12.0" class="bar s1" data-value="105054"><title>Last year: 105,054</title></rect><text x="329.6" y="483.0" text-anchor="start" class="value">105,054</text></g>
<g class="item"><title>⑯ 誰もが安全にＩＣＴを利活用できる環境づくり</title><text x="282.0" y="512.0" text-anchor="end" class="label">⑯ 誰もが安全にＩＣＴを利活用できる環境づ…</text><rect x="288.0" y="495.0" width="2.922" height="12.0" class="bar s0" data-value="8168"><title>This year: 8,168</title></rect><text x="294.9" y="505.0" text-anchor="start" class="value">8,168</text><rect x="288.0" y="509.0" width="4.649" height="12.0" class="bar s1" data-value="12997"><title>Last year: 12,997</title></rect><text x="296.6" y="519.0" text-anchor="start" class="value">12,997</text></g>
<g class="item"><title>⑰ 国際ネットワークの形成促進</title><text x="282.0" y="548.0" text-anchor="end" class="label">⑰ 国際ネットワークの形成促進</text><rect x="288.0" y="531.0" width="65.426" height="12.0" class="bar s0" data-value="182891"><title>This year: 182,891</title></rect><text x="357.4" y="541.0" text-anchor="start" class="value">182,891</text><rect x="288.0" y="545.0" width="71.000" height="12.0" class="bar s1" data-value="198473"><title>Last year: 198,473</title></rect><text x="363.0" y="555.0" text-anchor="start" class="value">198,473</text></g>
<g class="item"><title>⑱ 国内広域ネットワークの充実強化</title><text x="282.0" y="584.0" text-anchor="end" class="label">⑱ 国内広域ネットワークの充実強化</text><rect x="288.0" y="567.0" width="70.309" height="12.0" class="bar s0" data-value="196540"><title>This year: 196,540</title></rect><text x="362.3" y="577.0" text-anchor="start" class="value">196,540</text><rect x="288.0" y="581.0" width="81.426" height="12.0" class="bar s1" data-value="227617"><title>Last year: 227,617</title></rect><text x="373.4" y="591.0" text-anchor="start" class="value">227,617</text></g>
<g class="item"><title>⑲ 地域間・地域内交通ネットワークの充実強化</title><text x="282.0" y="620.0" text-anchor="end" class="label">⑲ 地域間・地域内交通ネットワークの充実強化</text><rect x="288.0" y="603.0" width="93.244" height="12.0" class="bar s0" data-value="260652"><title>This year: 260,652</title></rect><text x="385.2" y="613.0" text-anchor="start" class="value">260,652</text><rect x="288.0" y="617.0" width="76.828" height="12.0" class="bar s1" data-value="214763"><title>Last year: 214,763</title></rect><text x="368.8" y="627.0" text-anchor="start" class="value">214,763</text></g>
<g class="item"><title>⑳ 豊富な地域資源を活かした農山漁村地域の維持・活性化</title><text x="282.0" y="656.0" text-anchor="end" class="label">⑳ 豊富な地域資源を活かした農山漁村地域の…</text><rect x="288.0" y="639.0" width="64.961" height="12.0" class="bar s0" data-value="181590"><title>This year: 181,590</title></rect><text x="357.0" y="649.0" text-anchor="start" class="value">181,590</text><rect x="288.0" y="653.0" width="59.818" height="12.0" class="bar s1" data-value="167214"><title>Last year: 167,214</title></rect><text x="351.8" y="663.0" text-anchor="start" class="value">167,214</text></g>
<g class="item"><title>㉑ 圏域における広域連携の推進</title><text x="282.0" y="692.0" text-anchor="end" class="label">㉑ 圏域における広域連携の推進</text><rect x="288.0" y="675.0" width="3.971" height="12.0" class="bar s0" data-value="11101"><title>This year: 11,101</title></rect><text x="296.0" y="685.0" text-anchor="start" class="value">11,101</text><rect x="288.0" y="689.0" width="4.150" height="12.0" class="bar s1" data-value="11601"><title>Last year: 11,601</title></rect><text x="296.2" y="699.0" text-anchor="start" class="value">11,601</text></g>
<g class="item"><title>㉒ 県を越えた交流連携の推進</title><text x="282.0" y="728.0" text-anchor="end" class="label">㉒ 県を越えた交流連携の推進</text><rect x="288.0" y="711.0" width="8.058" height="12.0" class="bar s0" data-value="22526"><title>This year: 22,526</title></rect><text x="300.1" y="721.0" text-anchor="start" class="value">22,526</text><rect x="288.0" y="725.0" width="16.127" height="12.0" class="bar s1" data-value="45081"><title>Last year: 45,081</title></rect><text x="308.1" y="735.0" text-anchor="start" class="value">45,081</text></g>
<g class="item"><title>㉓ 「第４次山形県総合発展計画」の推進</title><text x="282.0" y="764.0" text-anchor="end" class="label">㉓ 「第４次山形県総合発展計画」の推進</text><rect x="288.0" y="747.0" width="8.702" height="12.0" class="bar s0" data-value="24325"><title>This year: 24,325</title></rect><text x="300.7" y="757.0" text-anchor="start" class="value">24,325</text><rect x="288.0" y="761.0" width="8.673" height="12.0" class="bar s1" data-value="24245"><title>Last year: 24,245</title></rect><text x="300.7" y="771.0" text-anchor="start" class="value">24,245</text></g>
<g class="item"><title>㉔ 市町村の実情に即した施策の展開の促進</title><text x="282.0" y="800.0" text-anchor="end" class="label">㉔ 市町村の実情に即した施策の展開の促進</text><rect x="288.0" y="783.0" width="394.372" height="12.0" class="bar s0" data-value="1102419"><title>This year: 1,102,419</title></rect><text x="686.4" y="793.0" text-anchor="start" class="value">1,102,419</text><rect x="288.0" y="797.0" width="445.003" height="12.0" class="bar s1" data-value="1243951"><title>Last year: 1,243,951</title></rect><text x="737.0" y="807.0" text-anchor="start" class="value">1,243,951</text></g>
<g class="item"><title>㉕ 行政情報化の推進</title><text x="282.0" y="836.0" text-anchor="end" class="label">㉕ 行政情報化の推進</text><rect x="288.0" y="819.0" width="474.982" height="12.0" class="bar s0" data-value="1327753"><title>This year: 1,327,753</title></rect><text x="767.0" y="829.0" text-anchor="start" class="value">1,327,753</text><rect x="288.0" y="833.0" width="441.132" height="12.0" class="bar s1" data-value="1233132"><title>Last year: 1,233,132</title></rect><text x="733.1" y="843.0" text-anchor="start" class="value">1,233,132</text></g>
<g class="item"><title>㉖ 統計利用の拡大に向けた取組みの促進</title><text x="282.0" y="872.0" text-anchor="end" class="label">㉖ 統計利用の拡大に向けた取組みの促進</text><rect x="288.0" y="855.0" width="1.778" height="12.0" class="bar s0" data-value="4970"><title>This year: 4,970</title></rect><text x="293.8" y="865.0" text-anchor="start" class="value">4,970</text><rect x="288.0" y="869.0" width="4.364" height="12.0" class="bar s1" data-value="12199"><title>Last year: 12,199</title></rect><text x="296.4" y="879.0" text-anchor="start" class="value">12,199</text></g>
<line x1="288.0" y1="22.0" x2="288.0" y2="886.0" class="axis"/></svg>
</figure>
<table>
<thead><tr><th>Label</th><th>ID</th><th>Title</th><th class="num">This year</th><th class="num">Last year</th><th class="num">Change</th><th class="num">Change %</th></tr></thead>
<tbody>
<tr><td>①</td><td>1.1.1</td><td>多様なライフスタイルの提案・発信</td><td class="num">200,753</td><td class="num">155,613</td><td class="num">+45,140</td><td class="num">+29.0%</td></tr>
<tr><td>②</td><td>1.1.2</td><td>移住・定住の促進</td><td class="num">200,753</td><td class="num">155,613</td><td class="num">+45,140</td><td class="num">+29.0%</td></tr>
<tr><td>③</td><td>1.1.3</td><td>「関係人口」の創出・拡大</td><td class="num">200,753</td><td class="num">155,613</td><td class="num">+45,140</td><td class="num">+29.0%</td></tr>
<tr><td>④</td><td>1.1.4</td><td>外国人材の受け入れ拡大</td><td class="num">26,566</td><td class="num">20,576</td><td class="num">+5,990</td><td class="num">+29.1%</td></tr>
<tr><td>⑤</td><td>2.1.1</td><td>企業の持続的発展に必要な人材の確保、円滑な事業承継の促進</td><td class="num">2,802</td><td class="num">7,802</td><td class="num">-5,000</td><td class="num">-64.1%</td></tr>
<tr><td>⑥</td><td>2.2.1</td><td>観光地域づくりの推進</td><td class="num">182,891</td><td class="num">198,473</td><td class="num">-15,582</td><td class="num">-7.9%</td></tr>
<tr><td>⑦</td><td>2.2.2</td><td>地域の特性や魅力を活かした多様な交流の促進</td><td class="num">8,877</td><td class="num">15,937</td><td class="num">-7,060</td><td class="num">-44.3%</td></tr>
<tr><td>⑧</td><td>3.1.1</td><td>雪害防止に向けた雪に強い地域づくり</td><td class="num">94,556</td><td class="num">95,818</td><td class="num">-1,262</td><td class="num">-1.3%</td></tr>
<tr><td>⑨</td><td>3.2.1</td><td>コミュニティを支える多様な主体の育成・活用</td><td class="num">6,508</td><td class="num">11,740</td><td class="num">-5,232</td><td class="num">-44.6%</td></tr>
<tr><td>⑩</td><td>3.2.2</td><td>暮らしやすく魅力的なコミュニティづくりの促進</td><td class="num">17,609</td><td class="num">23,341</td><td class="num">-5,732</td><td class="num">-24.6%</td></tr>
<tr><td>⑫</td><td>3.4.1</td><td>外国人の受入環境の整備</td><td class="num">26,923</td><td class="num">20,576</td><td class="num">+6,347</td><td class="num">+30.8%</td></tr>
<tr><td>⑭</td><td>4.1.1</td><td>ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上</td><td class="num">191,905</td><td class="num">92,057</td><td class="num">+99,848</td><td class="num">+108.5%</td></tr>
<tr><td>⑮</td><td>4.1.2</td><td>ＩＣＴの早期実装に向けた推進環境の整備</td><td class="num">200,073</td><td class="num">105,054</td><td class="num">+95,019</td><td class="num">+90.4%</td></tr>
<tr><td>⑯</td><td>4.1.3</td><td>誰もが安全にＩＣＴを利活用できる環境づくり</td><td class="num">8,168</td><td class="num">12,997</td><td class="num">-4,829</td><td class="num">-37.2%</td></tr>
<tr><td>⑰</td><td>4.2.1</td><td>国際ネットワークの形成促進</td><td class="num">182,891</td><td class="num">198,473</td><td class="num">-15,582</td><td class="num">-7.9%</td></tr>
<tr><td>⑱</td><td>4.2.2</td><td>国内広域ネットワークの充実強化</td><td class="num">196,540</td><td class="num">227,617</td><td class="num">-31,077</td><td class="num">-13.7%</td></tr>
<tr><td>⑲</td><td>4.2.3</td><td>地域間・地域内交通ネットワークの充実強化</td><td class="num">260,652</td><td class="num">214,763</td><td class="num">+45,889</td><td class="num">+21.4%</td></tr>
<tr><td>⑳</td><td>4.3.1</td><td>豊富な地域資源を活かした農山漁村地域の維持・活性化</td><td class="num">181,590</td><td class="num">167,214</td><td class="num">+14,376</td><td class="num">+8.6%</td></tr>
<tr><td>㉑</td><td>4.3.2</td><td>圏域における広域連携の推進</td><td class="num">11,101</td><td class="num">11,601</td><td class="num">-500</td><td class="num">-4.3%</td></tr>
<tr><td>㉒</td><td>4.3.3</td><td>県を越えた交流連携の推進</td><td class="num">22,526</td><td class="num">45,081</td><td class="num">-22,555</td><td class="num">-50.0%</td></tr>
<tr><td>㉓</td><td>II.1</td><td>「第４次山形県総合発展計画」の推進</td><td class="num">24,325</td><td class="num">24,245</td><td class="num">+80</td><td class="num">+0.3%</td></tr>
<tr><td>㉔</td><td>II.2</td><td>市町村の実情に即した施策の展開の促進</td><td class="num">1,102,419</td><td class="num">1,243,951</td><td class="num">-141,532</td><td class="num">-11.4%</td></tr>
<tr><td>㉕</td><td>II.3</td><td>行政情報化の推進</td><td class="num">1,327,753</td><td class="num">1,233,132</td><td class="num">+94,621</td><td class="num">+7.7%</td></tr>
<tr><td>㉖</td><td>II.4</td><td>統計利用の拡大に向けた取組みの促進</td><td class="num">4,970</td><td class="num">12,199</td><td class="num">-7,229</td><td class="num">-59.3%</td></tr>
<tr><td></td><td></td><td>Total (each project once)</td><td class="num">3,273,545</td><td class="num">3,280,189</td><td class="num">-6,644</td><td class="num">-0.2%</td></tr>
<tr><td></td><td></td><td>Sum of listings (re-listings counted)</td><td class="num">4,683,904</td><td class="num">4,449,486</td><td class="num">+234,418</td><td class="num">+5.3%</td></tr>
</tbody>
</table>
<h2>By category</h2>
<figure>
<svg xmlns="http://www.w3.org/2000/svg" class="chart bars" width="900.0" height="128.0" viewBox="0 0 900.0 128.0" role="img"><title>By category</title>
<rect x="80.6" y="5" width="12" height="12" class="s0"/><text x="96.6" y="15.0" text-anchor="start" class="legend">This year</text><rect x="172.0" y="5" width="12" height="12" class="s1"/><text x="188.0" y="15.0" text-anchor="start" class="legend">Last year</text>
<line x1="80.6" y1="22.0" x2="80.6" y2="94.0" class="grid"/><text x="80.6" y="109.0" text-anchor="middle" class="tick">0</text><line x1="266.6" y1="22.0" x2="266.6" y2="94.0" class="grid"/><text x="266.6" y="109.0" text-anchor="middle" class="tick">1,000,000</text><line x1="452.6" y1="22.0" x2="452.6" y2="94.0" class="grid"/><text x="452.6" y="109.0" text-anchor="middle" class="tick">2,000,000</text><line x1="638.6" y1="22.0" x2="638.6" y2="94.0" class="grid"/><text x="638.6" y="109.0" text-anchor="middle" class="tick">3,000,000</text><line x1="824.6" y1="22.0" x2="824.6" y2="94.0" class="grid"/><text x="824.6" y="109.0" text-anchor="middle" class="tick">4,000,000</text><text x="824.6" y="124.0" text-anchor="end" class="unit">(千円)</text>
<g class="item"><title>new</title><text x="74.6" y="44.0" text-anchor="end" class="label">new</text><rect x="80.6" y="27.0" width="10.234" height="12.0" class="bar s0" data-value="55024"><title>This year: 55,024</title></rect><text x="94.8" y="37.0" text-anchor="start" class="value">55,024</text><rect x="80.6" y="41.0" width="0.000" height="12.0" class="bar s1" data-value="0"><title>Last year: 0</title></rect><text x="84.6" y="51.0" text-anchor="start" class="value">0</text></g>
<g class="item"><title>unspecified</title><text x="74.6" y="80.0" text-anchor="end" class="label">unspecified</text><rect x="80.6" y="63.0" width="598.645" height="12.0" class="bar s0" data-value="3218521"><title>This year: 3,218,521</title></rect><text x="683.2" y="73.0" text-anchor="start" class="value">3,218,521</text><rect x="80.6" y="77.0" width="610.115" height="12.0" class="bar s1" data-value="3280189"><title>Last year: 3,280,189</title></rect><text x="694.7" y="87.0" text-anchor="start" class="value">3,280,189</text></g>
<line x1="80.6" y1="22.0" x2="80.6" y2="94.0" class="axis"/></svg>
</figure>
<table>
<thead><tr><th>Category</th><th class="num">Projects</th><th class="num">This year</th><th class="num">Last year</th><th class="num">Change</th><th class="num">Change %</th></tr></thead>
<tbody>
<tr><td>new</td><td class="num">5</td><td class="num">55,024</td><td class="num">0</td><td class="num">+55,024</td><td class="num">—</td></tr>
<tr><td>revised</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>
<tr><td>continuing</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">0</td><td class="num">—</td></tr>
<tr><td>unspecified</td><td class="num">25</td><td class="num">3,218,521</td><td class="num">3,280,189</td><td class="num">-61,668</td><td class="num">-1.9%</td></tr>
</tbody>
</table>
</section>
<section class="part indicators">
<h2>KPIs and goals</h2>
<div class="charts">
<figure class="indicator" id="goal-social-migration">
<figcaption><h3>全年齢の社会増減数（県外からの転入者数―県外への転出者数）</h3><p class="subtitle">Goal social-migration · increase · 人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>全年齢の社会増減数（県外からの転入者数―県外への転出者数） (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="53.6" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="47.6" y="224.0" text-anchor="end" class="tick">-5,000</text><line x1="53.6" y1="172.5" x2="544.0" y2="172.5" class="grid"/><text x="47.6" y="176.5" text-anchor="end" class="tick">-4,000</text><line x1="53.6" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="47.6" y="129.0" text-anchor="end" class="tick">-3,000</text><line x1="53.6" y1="77.5" x2="544.0" y2="77.5" class="grid"/><text x="47.6" y="81.5" text-anchor="end" class="tick">-2,000</text><line x1="53.6" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="47.6" y="34.0" text-anchor="end" class="tick">-1,000</text><line x1="53.6" y1="30.0" x2="53.6" y2="220.0" class="axis"/><line x1="53.6" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="176.2" y="236.0" text-anchor="middle" class="tick">R1</text><text x="421.4" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M176.2 198.3" class="line"/><circle cx="176.2" cy="198.3" r="4" class="mark baseline" data-value="-4543"><title>Baseline R1: -4,543 人</title></circle></g>
<g class="series target"><path d="M421.4 53.8" class="line"/><circle cx="421.4" cy="53.8" r="4" class="mark target" data-value="-1500"><title>Target R6: -1,500 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>R1</td><td class="num">-4,543</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">-1,500</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-portal-access">
<figcaption><h3>移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数</h3><p class="subtitle">KPI portal-access · increase · 件</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数 (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="60.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="54.2" y="224.0" text-anchor="end" class="tick">80,000</text><line x1="60.2" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="54.2" y="186.0" text-anchor="end" class="tick">90,000</text><line x1="60.2" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="54.2" y="148.0" text-anchor="end" class="tick">100,000</text><line x1="60.2" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="54.2" y="110.0" text-anchor="end" class="tick">110,000</text><line x1="60.2" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="54.2" y="72.0" text-anchor="end" class="tick">120,000</text><line x1="60.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="54.2" y="34.0" text-anchor="end" class="tick">130,000</text><line x1="60.2" y1="30.0" x2="60.2" y2="220.0" class="axis"/><line x1="60.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="100.5" y="236.0" text-anchor="middle" class="tick">H30</text><text x="181.2" y="236.0" text-anchor="middle" class="tick">R2</text><text x="261.8" y="236.0" text-anchor="middle" class="tick">R3</text><text x="342.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="423.0" y="236.0" text-anchor="middle" class="tick">R5</text><text x="503.7" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M100.5 176.5" class="line"/><circle cx="100.5" cy="176.5" r="4" class="mark baseline" data-value="91456"><title>Baseline H30: 91,456 件</title></circle></g>
<g class="series target"><path d="M181.2 83.2 L261.8 75.6 L342.4 68.0 L423.0 64.2 L503.7 60.4" class="line"/><circle cx="181.2" cy="83.2" r="4" class="mark target" data-value="116000"><title>Target R2: 116,000 件</title></circle><circle cx="261.8" cy="75.6" r="4" class="mark target" data-value="118000"><title>Target R3: 118,000 件</title></circle><circle cx="342.4" cy="68.0" r="4" class="mark target" data-value="120000"><title>Target R4: 120,000 件</title></circle><circle cx="423.0" cy="64.2" r="4" class="mark target" data-value="121000"><title>Target R5: 121,000 件</title></circle><circle cx="503.7" cy="60.4" r="4" class="mark target" data-value="122000"><title>Target R6: 122,000 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">91,456</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">116,000</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">118,000</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">120,000</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">121,000</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">122,000</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-consultation-migrants">
<figcaption><h3>県の移住相談窓口を通じた県外からの移住者数※</h3><p class="subtitle">KPI consultation-migrants · increase · 人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>県の移住相談窓口を通じた県外からの移住者数※ (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">50</text><line x1="33.8" y1="172.5" x2="544.0" y2="172.5" class="grid"/><text x="27.8" y="176.5" text-anchor="end" class="tick">100</text><line x1="33.8" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="27.8" y="129.0" text-anchor="end" class="tick">150</text><line x1="33.8" y1="77.5" x2="544.0" y2="77.5" class="grid"/><text x="27.8" y="81.5" text-anchor="end" class="tick">200</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">250</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="76.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="161.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="246.4" y="236.0" text-anchor="middle" class="tick">R3</text><text x="331.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="416.5" y="236.0" text-anchor="middle" class="tick">R5</text><text x="501.5" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M76.3 208.6" class="line"/><circle cx="76.3" cy="208.6" r="4" class="mark baseline" data-value="62"><title>Baseline H30: 62 人</title></circle></g>
<g class="series target"><path d="M161.4 172.5 L246.4 144.0 L331.4 125.0 L416.5 106.0 L501.5 77.5" class="line"/><circle cx="161.4" cy="172.5" r="4" class="mark target" data-value="100"><title>Target R2: 100 人</title></circle><circle cx="246.4" cy="144.0" r="4" class="mark target" data-value="130"><title>Target R3: 130 人</title></circle><circle cx="331.4" cy="125.0" r="4" class="mark target" data-value="150"><title>Target R4: 150 人</title></circle><circle cx="416.5" cy="106.0" r="4" class="mark target" data-value="170"><title>Target R5: 170 人</title></circle><circle cx="501.5" cy="77.5" r="4" class="mark target" data-value="200"><title>Target R6: 200 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">62</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">100</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">130</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">150</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">170</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">200</td><td class="num"></td><td></td></tr>
</tbody>
</table>
<p class="note">※上記以外の移住者数が把握可能となった場合、指標値を修正する。</p>
</figure>
<figure class="indicator" id="kpi-short-stay-programs">
<figcaption><h3>県内で展開される移住・定住を目的とした短期滞在プログラム数</h3><p class="subtitle">KPI short-stay-programs · increase · ﾌﾟﾛｸﾞﾗﾑ</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>県内で展開される移住・定住を目的とした短期滞在プログラム数 (ﾌﾟﾛｸﾞﾗﾑ)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(ﾌﾟﾛｸﾞﾗﾑ)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">40</text><line x1="27.2" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="21.2" y="186.0" text-anchor="end" class="tick">45</text><line x1="27.2" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="21.2" y="148.0" text-anchor="end" class="tick">50</text><line x1="27.2" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="21.2" y="110.0" text-anchor="end" class="tick">55</text><line x1="27.2" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="21.2" y="72.0" text-anchor="end" class="tick">60</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">65</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="70.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="156.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="242.5" y="236.0" text-anchor="middle" class="tick">R3</text><text x="328.7" y="236.0" text-anchor="middle" class="tick">R4</text><text x="414.8" y="236.0" text-anchor="middle" class="tick">R5</text><text x="500.9" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M70.3 204.8" class="line"/><circle cx="70.3" cy="204.8" r="4" class="mark baseline" data-value="42"><title>Baseline H30: 42 ﾌﾟﾛｸﾞﾗﾑ</title></circle></g>
<g class="series target"><path d="M156.4 182.0 L242.5 144.0 L328.7 106.0 L414.8 83.2 L500.9 68.0" class="line"/><circle cx="156.4" cy="182.0" r="4" class="mark target" data-value="45"><title>Target R2: 45 ﾌﾟﾛｸﾞﾗﾑ</title></circle><circle cx="242.5" cy="144.0" r="4" class="mark target" data-value="50"><title>Target R3: 50 ﾌﾟﾛｸﾞﾗﾑ</title></circle><circle cx="328.7" cy="106.0" r="4" class="mark target" data-value="55"><title>Target R4: 55 ﾌﾟﾛｸﾞﾗﾑ</title></circle><circle cx="414.8" cy="83.2" r="4" class="mark target" data-value="58"><title>Target R5: 58 ﾌﾟﾛｸﾞﾗﾑ</title></circle><circle cx="500.9" cy="68.0" r="4" class="mark target" data-value="60"><title>Target R6: 60 ﾌﾟﾛｸﾞﾗﾑ</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">42</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">45</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">50</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">55</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">58</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">60</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-intl-students">
<figcaption><h3>外国人留学生の県内受入数</h3><p class="subtitle">KPI intl-students · increase · 人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>外国人留学生の県内受入数 (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">250</text><line x1="33.8" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="27.8" y="186.0" text-anchor="end" class="tick">300</text><line x1="33.8" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="27.8" y="148.0" text-anchor="end" class="tick">350</text><line x1="33.8" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="27.8" y="110.0" text-anchor="end" class="tick">400</text><line x1="33.8" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="27.8" y="72.0" text-anchor="end" class="tick">450</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">500</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="76.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="161.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="246.4" y="236.0" text-anchor="middle" class="tick">R3</text><text x="331.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="416.5" y="236.0" text-anchor="middle" class="tick">R5</text><text x="501.5" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M76.3 187.3" class="line"/><circle cx="76.3" cy="187.3" r="4" class="mark baseline" data-value="293"><title>Baseline H30: 293 人</title></circle></g>
<g class="series target"><path d="M161.4 173.6 L246.4 150.1 L331.4 123.5 L416.5 95.4 L501.5 64.2" class="line"/><circle cx="161.4" cy="173.6" r="4" class="mark target" data-value="311"><title>Target R2: 311 人</title></circle><circle cx="246.4" cy="150.1" r="4" class="mark target" data-value="342"><title>Target R3: 342 人</title></circle><circle cx="331.4" cy="123.5" r="4" class="mark target" data-value="377"><title>Target R4: 377 人</title></circle><circle cx="416.5" cy="95.4" r="4" class="mark target" data-value="414"><title>Target R5: 414 人</title></circle><circle cx="501.5" cy="64.2" r="4" class="mark target" data-value="455"><title>Target R6: 455 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">293</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">311</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">342</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">377</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">414</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">455</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-snow-volunteers">
<figcaption><h3>除雪ボランティアの登録者数</h3><p class="subtitle">KPI snow-volunteers · increase · 人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>除雪ボランティアの登録者数 (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="47.0" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="41.0" y="224.0" text-anchor="end" class="tick">900</text><line x1="47.0" y1="172.5" x2="544.0" y2="172.5" class="grid"/><text x="41.0" y="176.5" text-anchor="end" class="tick">1,000</text><line x1="47.0" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="41.0" y="129.0" text-anchor="end" class="tick">1,100</text><line x1="47.0" y1="77.5" x2="544.0" y2="77.5" class="grid"/><text x="41.0" y="81.5" text-anchor="end" class="tick">1,200</text><line x1="47.0" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="41.0" y="34.0" text-anchor="end" class="tick">1,300</text><line x1="47.0" y1="30.0" x2="47.0" y2="220.0" class="axis"/><line x1="47.0" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="88.4" y="236.0" text-anchor="middle" class="tick">H30</text><text x="171.2" y="236.0" text-anchor="middle" class="tick">R2</text><text x="254.1" y="236.0" text-anchor="middle" class="tick">R3</text><text x="336.9" y="236.0" text-anchor="middle" class="tick">R4</text><text x="419.8" y="236.0" text-anchor="middle" class="tick">R5</text><text x="502.6" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M88.4 187.7" class="line"/><circle cx="88.4" cy="187.7" r="4" class="mark baseline" data-value="968"><title>Baseline H30: 968 人</title></circle></g>
<g class="series target"><path d="M171.2 148.8 L254.1 125.0 L336.9 101.2 L419.8 77.5 L502.6 53.8" class="line"/><circle cx="171.2" cy="148.8" r="4" class="mark target" data-value="1050"><title>Target R2: 1,050 人</title></circle><circle cx="254.1" cy="125.0" r="4" class="mark target" data-value="1100"><title>Target R3: 1,100 人</title></circle><circle cx="336.9" cy="101.2" r="4" class="mark target" data-value="1150"><title>Target R4: 1,150 人</title></circle><circle cx="419.8" cy="77.5" r="4" class="mark target" data-value="1200"><title>Target R5: 1,200 人</title></circle><circle cx="502.6" cy="53.8" r="4" class="mark target" data-value="1250"><title>Target R6: 1,250 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">968</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">1,050</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">1,100</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">1,150</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">1,200</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">1,250</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="goal-community-orgs">
<figcaption><h3>地域運営組織数</h3><p class="subtitle">Goal community-orgs · increase · 組織</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>地域運営組織数 (組織)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(組織)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">30</text><line x1="27.2" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="21.2" y="186.0" text-anchor="end" class="tick">35</text><line x1="27.2" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="21.2" y="148.0" text-anchor="end" class="tick">40</text><line x1="27.2" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="21.2" y="110.0" text-anchor="end" class="tick">45</text><line x1="27.2" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="21.2" y="72.0" text-anchor="end" class="tick">50</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">55</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="156.4" y="236.0" text-anchor="middle" class="tick">H30</text><text x="414.8" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M156.4 197.2" class="line"/><circle cx="156.4" cy="197.2" r="4" class="mark baseline" data-value="33"><title>Baseline H30: 33 組織</title></circle></g>
<g class="series target"><path d="M414.8 45.2" class="line"/><circle cx="414.8" cy="45.2" r="4" class="mark target" data-value="53"><title>Target R6: 53 組織</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">33</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">53</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-training-districts">
<figcaption><h3>住民主体の地域づくり活動のための研修会への参加地区数</h3><p class="subtitle">KPI training-districts · increase · 地区</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>住民主体の地域づくり活動のための研修会への参加地区数 (地区)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(地区)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">0</text><line x1="27.2" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="21.2" y="186.0" text-anchor="end" class="tick">5</text><line x1="27.2" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="21.2" y="148.0" text-anchor="end" class="tick">10</text><line x1="27.2" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="21.2" y="110.0" text-anchor="end" class="tick">15</text><line x1="27.2" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="21.2" y="72.0" text-anchor="end" class="tick">20</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">25</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="78.9" y="236.0" text-anchor="middle" class="tick">R2</text><text x="182.2" y="236.0" text-anchor="middle" class="tick">R3</text><text x="285.6" y="236.0" text-anchor="middle" class="tick">R4</text><text x="389.0" y="236.0" text-anchor="middle" class="tick">R5</text><text x="492.3" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"></g>
<g class="series target"><path d="M78.9 182.0 L182.2 151.6 L285.6 121.2 L389.0 90.8 L492.3 60.4" class="line"/><circle cx="78.9" cy="182.0" r="4" class="mark target" data-value="5"><title>Target R2: 5 地区</title></circle><circle cx="182.2" cy="151.6" r="4" class="mark target" data-value="9"><title>Target R3: 9 地区</title></circle><circle cx="285.6" cy="121.2" r="4" class="mark target" data-value="13"><title>Target R4: 13 地区</title></circle><circle cx="389.0" cy="90.8" r="4" class="mark target" data-value="17"><title>Target R5: 17 地区</title></circle><circle cx="492.3" cy="60.4" r="4" class="mark target" data-value="21"><title>Target R6: 21 地区</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>R2</td><td class="num"></td><td class="num">5</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">9</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">13</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">17</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">21</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-advisor-dispatch">
<figcaption><h3>地域づくり専門アドバイザーの派遣回数</h3><p class="subtitle">KPI advisor-dispatch · increase · 件</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>地域づくり専門アドバイザーの派遣回数 (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">10</text><line x1="27.2" y1="156.7" x2="544.0" y2="156.7" class="grid"/><text x="21.2" y="160.7" text-anchor="end" class="tick">15</text><line x1="27.2" y1="93.3" x2="544.0" y2="93.3" class="grid"/><text x="21.2" y="97.3" text-anchor="end" class="tick">20</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">25</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="70.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="156.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="242.5" y="236.0" text-anchor="middle" class="tick">R3</text><text x="328.7" y="236.0" text-anchor="middle" class="tick">R4</text><text x="414.8" y="236.0" text-anchor="middle" class="tick">R5</text><text x="500.9" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M70.3 207.3" class="line"/><circle cx="70.3" cy="207.3" r="4" class="mark baseline" data-value="11"><title>Baseline H30: 11 件</title></circle></g>
<g class="series target"><path d="M156.4 182.0 L242.5 156.7 L328.7 131.3 L414.8 106.0 L500.9 80.7" class="line"/><circle cx="156.4" cy="182.0" r="4" class="mark target" data-value="13"><title>Target R2: 13 件</title></circle><circle cx="242.5" cy="156.7" r="4" class="mark target" data-value="15"><title>Target R3: 15 件</title></circle><circle cx="328.7" cy="131.3" r="4" class="mark target" data-value="17"><title>Target R4: 17 件</title></circle><circle cx="414.8" cy="106.0" r="4" class="mark target" data-value="19"><title>Target R5: 19 件</title></circle><circle cx="500.9" cy="80.7" r="4" class="mark target" data-value="21"><title>Target R6: 21 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">11</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">13</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">15</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">17</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">19</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">21</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-multicultural-participants">
<figcaption><h3>多文化理解講座参加者数（累計）</h3><p class="subtitle">KPI multicultural-participants · increase · 人 · cumulative</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>多文化理解講座参加者数（累計） (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="53.6" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="47.6" y="224.0" text-anchor="end" class="tick">0</text><line x1="53.6" y1="156.7" x2="544.0" y2="156.7" class="grid"/><text x="47.6" y="160.7" text-anchor="end" class="tick">5,000</text><line x1="53.6" y1="93.3" x2="544.0" y2="93.3" class="grid"/><text x="47.6" y="97.3" text-anchor="end" class="tick">10,000</text><line x1="53.6" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="47.6" y="34.0" text-anchor="end" class="tick">15,000</text><line x1="53.6" y1="30.0" x2="53.6" y2="220.0" class="axis"/><line x1="53.6" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="94.5" y="236.0" text-anchor="middle" class="tick">H30</text><text x="176.2" y="236.0" text-anchor="middle" class="tick">R2</text><text x="257.9" y="236.0" text-anchor="middle" class="tick">R3</text><text x="339.7" y="236.0" text-anchor="middle" class="tick">R4</text><text x="421.4" y="236.0" text-anchor="middle" class="tick">R5</text><text x="503.1" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M94.5 192.1" class="line"/><circle cx="94.5" cy="192.1" r="4" class="mark baseline" data-value="2203"><title>Baseline H30: 2,203 人</title></circle></g>
<g class="series target"><path d="M257.9 159.2 L339.7 128.8 L421.4 98.4 L503.1 68.0" class="line"/><g class="open"><title>Target R2: 新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。</title><circle cx="176.2" cy="211.0" r="5"/><text x="176.2" y="202.0" text-anchor="middle" class="open-mark">※</text></g><circle cx="257.9" cy="159.2" r="4" class="mark target" data-value="4800"><title>Target R3: 4,800 人</title></circle><circle cx="339.7" cy="128.8" r="4" class="mark target" data-value="7200"><title>Target R4: 7,200 人</title></circle><circle cx="421.4" cy="98.4" r="4" class="mark target" data-value="9600"><title>Target R5: 9,600 人</title></circle><circle cx="503.1" cy="68.0" r="4" class="mark target" data-value="12000"><title>Target R6: 12,000 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">2,203</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">open</td><td class="num"></td><td>新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。</td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">4,800</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">7,200</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">9,600</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">12,000</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-partnership-agreements">
<figcaption><h3>企業との包括連携協定の締結数</h3><p class="subtitle">KPI partnership-agreements · increase · 件</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>企業との包括連携協定の締結数 (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">10</text><line x1="27.2" y1="156.7" x2="544.0" y2="156.7" class="grid"/><text x="21.2" y="160.7" text-anchor="end" class="tick">15</text><line x1="27.2" y1="93.3" x2="544.0" y2="93.3" class="grid"/><text x="21.2" y="97.3" text-anchor="end" class="tick">20</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">25</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="70.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="156.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="242.5" y="236.0" text-anchor="middle" class="tick">R3</text><text x="328.7" y="236.0" text-anchor="middle" class="tick">R4</text><text x="414.8" y="236.0" text-anchor="middle" class="tick">R5</text><text x="500.9" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M70.3 194.7" class="line"/><circle cx="70.3" cy="194.7" r="4" class="mark baseline" data-value="12"><title>Baseline H30: 12 件</title></circle></g>
<g class="series target"><path d="M156.4 144.0 L242.5 118.7 L328.7 93.3 L414.8 68.0 L500.9 42.7" class="line"/><circle cx="156.4" cy="144.0" r="4" class="mark target" data-value="16"><title>Target R2: 16 件</title></circle><circle cx="242.5" cy="118.7" r="4" class="mark target" data-value="18"><title>Target R3: 18 件</title></circle><circle cx="328.7" cy="93.3" r="4" class="mark target" data-value="20"><title>Target R4: 20 件</title></circle><circle cx="414.8" cy="68.0" r="4" class="mark target" data-value="22"><title>Target R5: 22 件</title></circle><circle cx="500.9" cy="42.7" r="4" class="mark target" data-value="24"><title>Target R6: 24 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">12</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">16</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">18</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">20</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">22</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">24</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="goal-ict-initiatives">
<figcaption><h3>ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計）</h3><p class="subtitle">Goal ict-initiatives · increase · 件</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計） (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">60</text><line x1="33.8" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="27.8" y="186.0" text-anchor="end" class="tick">80</text><line x1="33.8" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="27.8" y="148.0" text-anchor="end" class="tick">100</text><line x1="33.8" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="27.8" y="110.0" text-anchor="end" class="tick">120</text><line x1="33.8" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="27.8" y="72.0" text-anchor="end" class="tick">140</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">160</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="161.4" y="236.0" text-anchor="middle" class="tick">H30</text><text x="416.5" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M161.4 187.7" class="line"/><circle cx="161.4" cy="187.7" r="4" class="mark baseline" data-value="77"><title>Baseline H30: 77 件</title></circle></g>
<g class="series target"><path d="M416.5 73.7" class="line"/><circle cx="416.5" cy="73.7" r="4" class="mark target" data-value="137"><title>Target R6: 137 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">77</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">137</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-open-datasets">
<figcaption><h3>山形県オープンデータカタログに掲載するオープンデータセット数（累計）</h3><p class="subtitle">KPI open-datasets · increase · 件 · cumulative</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>山形県オープンデータカタログに掲載するオープンデータセット数（累計） (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">50</text><line x1="33.8" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="27.8" y="186.0" text-anchor="end" class="tick">100</text><line x1="33.8" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="27.8" y="148.0" text-anchor="end" class="tick">150</text><line x1="33.8" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="27.8" y="110.0" text-anchor="end" class="tick">200</text><line x1="33.8" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="27.8" y="72.0" text-anchor="end" class="tick">250</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">300</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="76.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="161.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="246.4" y="236.0" text-anchor="middle" class="tick">R3</text><text x="331.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="416.5" y="236.0" text-anchor="middle" class="tick">R5</text><text x="501.5" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M76.3 182.0" class="line"/><circle cx="76.3" cy="182.0" r="4" class="mark baseline" data-value="100"><title>Baseline H30: 100 件</title></circle></g>
<g class="series target"><path d="M161.4 140.2 L246.4 121.2 L331.4 102.2 L416.5 83.2 L501.5 64.2" class="line"/><circle cx="161.4" cy="140.2" r="4" class="mark target" data-value="155"><title>Target R2: 155 件</title></circle><circle cx="246.4" cy="121.2" r="4" class="mark target" data-value="180"><title>Target R3: 180 件</title></circle><circle cx="331.4" cy="102.2" r="4" class="mark target" data-value="205"><title>Target R4: 205 件</title></circle><circle cx="416.5" cy="83.2" r="4" class="mark target" data-value="230"><title>Target R5: 230 件</title></circle><circle cx="501.5" cy="64.2" r="4" class="mark target" data-value="255"><title>Target R6: 255 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">100</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">155</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">180</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">205</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">230</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">255</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-ict-workshops">
<figcaption><h3>ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計）</h3><p class="subtitle">KPI ict-workshops · increase · 件 · cumulative</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計） (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">15</text><line x1="27.2" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="21.2" y="186.0" text-anchor="end" class="tick">20</text><line x1="27.2" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="21.2" y="148.0" text-anchor="end" class="tick">25</text><line x1="27.2" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="21.2" y="110.0" text-anchor="end" class="tick">30</text><line x1="27.2" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="21.2" y="72.0" text-anchor="end" class="tick">35</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">40</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="78.9" y="236.0" text-anchor="middle" class="tick">R2</text><text x="182.2" y="236.0" text-anchor="middle" class="tick">R3</text><text x="285.6" y="236.0" text-anchor="middle" class="tick">R4</text><text x="389.0" y="236.0" text-anchor="middle" class="tick">R5</text><text x="492.3" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"></g>
<g class="series target"><path d="M182.2 182.0 L285.6 128.8 L389.0 90.8 L492.3 52.8" class="line"/><g class="open"><title>Target R2: 新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため</title><circle cx="78.9" cy="211.0" r="5"/><text x="78.9" y="202.0" text-anchor="middle" class="open-mark">※</text></g><circle cx="182.2" cy="182.0" r="4" class="mark target" data-value="20"><title>Target R3: 20 件</title></circle><circle cx="285.6" cy="128.8" r="4" class="mark target" data-value="27"><title>Target R4: 27 件</title></circle><circle cx="389.0" cy="90.8" r="4" class="mark target" data-value="32"><title>Target R5: 32 件</title></circle><circle cx="492.3" cy="52.8" r="4" class="mark target" data-value="37"><title>Target R6: 37 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>R2</td><td class="num"></td><td class="num">open</td><td class="num"></td><td>新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため</td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">20</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">27</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">32</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">37</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-ict-literacy-seminars">
<figcaption><h3>ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数</h3><p class="subtitle">KPI ict-literacy-seminars · maintain · 件</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数 (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">4.4</text><line x1="33.8" y1="188.3" x2="544.0" y2="188.3" class="grid"/><text x="27.8" y="192.3" text-anchor="end" class="tick">4.6</text><line x1="33.8" y1="156.7" x2="544.0" y2="156.7" class="grid"/><text x="27.8" y="160.7" text-anchor="end" class="tick">4.8</text><line x1="33.8" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="27.8" y="129.0" text-anchor="end" class="tick">5.0</text><line x1="33.8" y1="93.3" x2="544.0" y2="93.3" class="grid"/><text x="27.8" y="97.3" text-anchor="end" class="tick">5.2</text><line x1="33.8" y1="61.7" x2="544.0" y2="61.7" class="grid"/><text x="27.8" y="65.7" text-anchor="end" class="tick">5.4</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">5.6</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="84.8" y="236.0" text-anchor="middle" class="tick">R2</text><text x="186.9" y="236.0" text-anchor="middle" class="tick">R3</text><text x="288.9" y="236.0" text-anchor="middle" class="tick">R4</text><text x="390.9" y="236.0" text-anchor="middle" class="tick">R5</text><text x="493.0" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"></g>
<g class="series target"><path d="M84.8 125.0 L186.9 125.0 L288.9 125.0 L390.9 125.0 L493.0 125.0" class="line"/><circle cx="84.8" cy="125.0" r="4" class="mark target" data-value="5"><title>Target R2: 5 件</title></circle><circle cx="186.9" cy="125.0" r="4" class="mark target" data-value="5"><title>Target R3: 5 件</title></circle><circle cx="288.9" cy="125.0" r="4" class="mark target" data-value="5"><title>Target R4: 5 件</title></circle><circle cx="390.9" cy="125.0" r="4" class="mark target" data-value="5"><title>Target R5: 5 件</title></circle><circle cx="493.0" cy="125.0" r="4" class="mark target" data-value="5"><title>Target R6: 5 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>R2</td><td class="num"></td><td class="num">5</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">5</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">5</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">5</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">5</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-yamagata-airport-passengers">
<figcaption><h3>山形空港の定期便搭乗者数</h3><p class="subtitle">KPI yamagata-airport-passengers · increase · 人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>山形空港の定期便搭乗者数 (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="60.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="54.2" y="224.0" text-anchor="end" class="tick">320,000</text><line x1="60.2" y1="172.5" x2="544.0" y2="172.5" class="grid"/><text x="54.2" y="176.5" text-anchor="end" class="tick">330,000</text><line x1="60.2" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="54.2" y="129.0" text-anchor="end" class="tick">340,000</text><line x1="60.2" y1="77.5" x2="544.0" y2="77.5" class="grid"/><text x="54.2" y="81.5" text-anchor="end" class="tick">350,000</text><line x1="60.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="54.2" y="34.0" text-anchor="end" class="tick">360,000</text><line x1="60.2" y1="30.0" x2="60.2" y2="220.0" class="axis"/><line x1="60.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="100.5" y="236.0" text-anchor="middle" class="tick">H30</text><text x="181.2" y="236.0" text-anchor="middle" class="tick">R2</text><text x="261.8" y="236.0" text-anchor="middle" class="tick">R3</text><text x="342.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="423.0" y="236.0" text-anchor="middle" class="tick">R5</text><text x="503.7" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M100.5 195.5" class="line"/><circle cx="100.5" cy="195.5" r="4" class="mark baseline" data-value="325165"><title>Baseline H30: 325,165 人</title></circle></g>
<g class="series target"><path d="M261.8 110.8 L342.4 96.5 L423.0 82.2 L503.7 68.0" class="line"/><g class="open"><title>Target R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</title><circle cx="181.2" cy="211.0" r="5"/><text x="181.2" y="202.0" text-anchor="middle" class="open-mark">※</text></g><circle cx="261.8" cy="110.8" r="4" class="mark target" data-value="343000"><title>Target R3: 343,000 人</title></circle><circle cx="342.4" cy="96.5" r="4" class="mark target" data-value="346000"><title>Target R4: 346,000 人</title></circle><circle cx="423.0" cy="82.2" r="4" class="mark target" data-value="349000"><title>Target R5: 349,000 人</title></circle><circle cx="503.7" cy="68.0" r="4" class="mark target" data-value="352000"><title>Target R6: 352,000 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">325,165</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">open</td><td class="num"></td><td>緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">343,000</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">346,000</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">349,000</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">352,000</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-shonai-airport-passengers">
<figcaption><h3>庄内空港の定期便搭乗者数</h3><p class="subtitle">KPI shonai-airport-passengers · increase · 人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>庄内空港の定期便搭乗者数 (人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="60.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="54.2" y="224.0" text-anchor="end" class="tick">350,000</text><line x1="60.2" y1="172.5" x2="544.0" y2="172.5" class="grid"/><text x="54.2" y="176.5" text-anchor="end" class="tick">400,000</text><line x1="60.2" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="54.2" y="129.0" text-anchor="end" class="tick">450,000</text><line x1="60.2" y1="77.5" x2="544.0" y2="77.5" class="grid"/><text x="54.2" y="81.5" text-anchor="end" class="tick">500,000</text><line x1="60.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="54.2" y="34.0" text-anchor="end" class="tick">550,000</text><line x1="60.2" y1="30.0" x2="60.2" y2="220.0" class="axis"/><line x1="60.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="100.5" y="236.0" text-anchor="middle" class="tick">H30</text><text x="181.2" y="236.0" text-anchor="middle" class="tick">R2</text><text x="261.8" y="236.0" text-anchor="middle" class="tick">R3</text><text x="342.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="423.0" y="236.0" text-anchor="middle" class="tick">R5</text><text x="503.7" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M100.5 180.0" class="line"/><circle cx="100.5" cy="180.0" r="4" class="mark baseline" data-value="392077"><title>Baseline H30: 392,077 人</title></circle></g>
<g class="series target"><path d="M261.8 74.7 L342.4 69.9 L423.0 65.2 L503.7 60.4" class="line"/><g class="open"><title>Target R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</title><circle cx="181.2" cy="211.0" r="5"/><text x="181.2" y="202.0" text-anchor="middle" class="open-mark">※</text></g><circle cx="261.8" cy="74.7" r="4" class="mark target" data-value="503000"><title>Target R3: 503,000 人</title></circle><circle cx="342.4" cy="69.9" r="4" class="mark target" data-value="508000"><title>Target R4: 508,000 人</title></circle><circle cx="423.0" cy="65.2" r="4" class="mark target" data-value="513000"><title>Target R5: 513,000 人</title></circle><circle cx="503.7" cy="60.4" r="4" class="mark target" data-value="518000"><title>Target R6: 518,000 人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">392,077</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">open</td><td class="num"></td><td>緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">503,000</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">508,000</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">513,000</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">518,000</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-bus-rides-per-capita">
<figcaption><h3>県民一人当たりのバス等の利用回数（支援対象路線）</h3><p class="subtitle">KPI bus-rides-per-capita · maintain · 回</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>県民一人当たりのバス等の利用回数（支援対象路線） (回)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(回)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">3.6</text><line x1="33.8" y1="188.3" x2="544.0" y2="188.3" class="grid"/><text x="27.8" y="192.3" text-anchor="end" class="tick">3.8</text><line x1="33.8" y1="156.7" x2="544.0" y2="156.7" class="grid"/><text x="27.8" y="160.7" text-anchor="end" class="tick">4.0</text><line x1="33.8" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="27.8" y="129.0" text-anchor="end" class="tick">4.2</text><line x1="33.8" y1="93.3" x2="544.0" y2="93.3" class="grid"/><text x="27.8" y="97.3" text-anchor="end" class="tick">4.4</text><line x1="33.8" y1="61.7" x2="544.0" y2="61.7" class="grid"/><text x="27.8" y="65.7" text-anchor="end" class="tick">4.6</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">4.8</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="76.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="161.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="246.4" y="236.0" text-anchor="middle" class="tick">R3</text><text x="331.4" y="236.0" text-anchor="middle" class="tick">R4</text><text x="416.5" y="236.0" text-anchor="middle" class="tick">R5</text><text x="501.5" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M76.3 125.0" class="line"/><circle cx="76.3" cy="125.0" r="4" class="mark baseline" data-value="4.2"><title>Baseline H30: 4.2 回</title></circle></g>
<g class="series target"><path d="M246.4 125.0 L331.4 125.0 L416.5 125.0 L501.5 125.0" class="line"/><g class="open"><title>Target R2: 緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。</title><circle cx="161.4" cy="211.0" r="5"/><text x="161.4" y="202.0" text-anchor="middle" class="open-mark">※</text></g><circle cx="246.4" cy="125.0" r="4" class="mark target" data-value="4.2"><title>Target R3: 4.2 回</title></circle><circle cx="331.4" cy="125.0" r="4" class="mark target" data-value="4.2"><title>Target R4: 4.2 回</title></circle><circle cx="416.5" cy="125.0" r="4" class="mark target" data-value="4.2"><title>Target R5: 4.2 回</title></circle><circle cx="501.5" cy="125.0" r="4" class="mark target" data-value="4.2"><title>Target R6: 4.2 回</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">4.2</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">open</td><td class="num"></td><td>緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。</td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">4.2</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">4.2</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">4.2</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">4.2</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="goal-regions-improved">
<figcaption><h3>県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数</h3><p class="subtitle">Goal regions-improved · increase · 地域</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数 (地域)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(地域)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/>
<line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="27.8" y="224.0" text-anchor="end" class="tick">3.6</text><line x1="33.8" y1="172.5" x2="544.0" y2="172.5" class="grid"/><text x="27.8" y="176.5" text-anchor="end" class="tick">3.8</text><line x1="33.8" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="27.8" y="129.0" text-anchor="end" class="tick">4.0</text><line x1="33.8" y1="77.5" x2="544.0" y2="77.5" class="grid"/><text x="27.8" y="81.5" text-anchor="end" class="tick">4.2</text><line x1="33.8" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="27.8" y="34.0" text-anchor="end" class="tick">4.4</text><line x1="33.8" y1="30.0" x2="33.8" y2="220.0" class="axis"/><line x1="33.8" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="161.4" y="236.0" text-anchor="middle" class="tick">H30</text><text x="416.5" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"></g>
<g class="series target"><path d="M416.5 125.0" class="line"/><circle cx="416.5" cy="125.0" r="4" class="mark target" data-value="4"><title>Target R6: 4 地域</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num"></td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">4</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-kyoryokutai-retention">
<figcaption><h3>地域おこし協力隊員の任期終了後の定着率（累計）</h3><p class="subtitle">KPI kyoryokutai-retention · increase · ％ · cumulative</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>地域おこし協力隊員の任期終了後の定着率（累計） (％)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(％)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">54</text><line x1="27.2" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="21.2" y="186.0" text-anchor="end" class="tick">56</text><line x1="27.2" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="21.2" y="148.0" text-anchor="end" class="tick">58</text><line x1="27.2" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="21.2" y="110.0" text-anchor="end" class="tick">60</text><line x1="27.2" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="21.2" y="72.0" text-anchor="end" class="tick">62</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">64</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="70.3" y="236.0" text-anchor="middle" class="tick">H30</text><text x="156.4" y="236.0" text-anchor="middle" class="tick">R2</text><text x="242.5" y="236.0" text-anchor="middle" class="tick">R3</text><text x="328.7" y="236.0" text-anchor="middle" class="tick">R4</text><text x="414.8" y="236.0" text-anchor="middle" class="tick">R5</text><text x="500.9" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M70.3 174.4" class="line"/><circle cx="70.3" cy="174.4" r="4" class="mark baseline" data-value="56.4"><title>Baseline H30: 56.4 ％</title></circle></g>
<g class="series target"><path d="M156.4 144.0 L242.5 125.0 L328.7 87.0 L414.8 68.0 L500.9 49.0" class="line"/><circle cx="156.4" cy="144.0" r="4" class="mark target" data-value="58"><title>Target R2: 58 ％</title></circle><circle cx="242.5" cy="125.0" r="4" class="mark target" data-value="59"><title>Target R3: 59 ％</title></circle><circle cx="328.7" cy="87.0" r="4" class="mark target" data-value="61"><title>Target R4: 61 ％</title></circle><circle cx="414.8" cy="68.0" r="4" class="mark target" data-value="62"><title>Target R5: 62 ％</title></circle><circle cx="500.9" cy="49.0" r="4" class="mark target" data-value="63"><title>Target R6: 63 ％</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">56.4</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">58</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">59</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">61</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">62</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">63</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-regional-new-projects">
<figcaption><h3>連携中枢都市圏や定住自立圏における新規事業数（累計）</h3><p class="subtitle">KPI regional-new-projects · increase · 件 · cumulative</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>連携中枢都市圏や定住自立圏における新規事業数（累計） (件)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(件)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/>
<line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="21.2" y="224.0" text-anchor="end" class="tick">0</text><line x1="27.2" y1="188.3" x2="544.0" y2="188.3" class="grid"/><text x="21.2" y="192.3" text-anchor="end" class="tick">2</text><line x1="27.2" y1="156.7" x2="544.0" y2="156.7" class="grid"/><text x="21.2" y="160.7" text-anchor="end" class="tick">4</text><line x1="27.2" y1="125.0" x2="544.0" y2="125.0" class="grid"/><text x="21.2" y="129.0" text-anchor="end" class="tick">6</text><line x1="27.2" y1="93.3" x2="544.0" y2="93.3" class="grid"/><text x="21.2" y="97.3" text-anchor="end" class="tick">8</text><line x1="27.2" y1="61.7" x2="544.0" y2="61.7" class="grid"/><text x="21.2" y="65.7" text-anchor="end" class="tick">10</text><line x1="27.2" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="21.2" y="34.0" text-anchor="end" class="tick">12</text><line x1="27.2" y1="30.0" x2="27.2" y2="220.0" class="axis"/><line x1="27.2" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="78.9" y="236.0" text-anchor="middle" class="tick">R2</text><text x="182.2" y="236.0" text-anchor="middle" class="tick">R3</text><text x="285.6" y="236.0" text-anchor="middle" class="tick">R4</text><text x="389.0" y="236.0" text-anchor="middle" class="tick">R5</text><text x="492.3" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"></g>
<g class="series target"><path d="M78.9 188.3 L182.2 156.7 L285.6 125.0 L389.0 93.3 L492.3 61.7" class="line"/><circle cx="78.9" cy="188.3" r="4" class="mark target" data-value="2"><title>Target R2: 2 件</title></circle><circle cx="182.2" cy="156.7" r="4" class="mark target" data-value="4"><title>Target R3: 4 件</title></circle><circle cx="285.6" cy="125.0" r="4" class="mark target" data-value="6"><title>Target R4: 6 件</title></circle><circle cx="389.0" cy="93.3" r="4" class="mark target" data-value="8"><title>Target R5: 8 件</title></circle><circle cx="492.3" cy="61.7" r="4" class="mark target" data-value="10"><title>Target R6: 10 件</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>R2</td><td class="num"></td><td class="num">2</td><td class="num"></td><td></td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">4</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">6</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">8</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">10</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
<figure class="indicator" id="kpi-yamagata-miyagi-flow">
<figcaption><h3>山形・宮城間の流動人口（高速バス輸送人員）</h3><p class="subtitle">KPI yamagata-miyagi-flow · increase · 千人</p></figcaption>
<svg xmlns="http://www.w3.org/2000/svg" class="chart line" width="560.0" height="250.0" viewBox="0 0 560.0 250.0" role="img"><title>山形・宮城間の流動人口（高速バス輸送人員） (千人)</title>
<text x="4.0" y="14.0" text-anchor="start" class="unit">(千人)</text><text x="504.4" y="14.0" text-anchor="start" class="legend">Target</text><circle cx="495.4" cy="10" r="4" class="mark target"/><text x="423.6" y="14.0" text-anchor="start" class="legend">Baseline</text><circle cx="414.6" cy="10" r="4" class="mark baseline"/>
<line x1="47.0" y1="220.0" x2="544.0" y2="220.0" class="grid"/><text x="41.0" y="224.0" text-anchor="end" class="tick">2,800</text><line x1="47.0" y1="182.0" x2="544.0" y2="182.0" class="grid"/><text x="41.0" y="186.0" text-anchor="end" class="tick">3,000</text><line x1="47.0" y1="144.0" x2="544.0" y2="144.0" class="grid"/><text x="41.0" y="148.0" text-anchor="end" class="tick">3,200</text><line x1="47.0" y1="106.0" x2="544.0" y2="106.0" class="grid"/><text x="41.0" y="110.0" text-anchor="end" class="tick">3,400</text><line x1="47.0" y1="68.0" x2="544.0" y2="68.0" class="grid"/><text x="41.0" y="72.0" text-anchor="end" class="tick">3,600</text><line x1="47.0" y1="30.0" x2="544.0" y2="30.0" class="grid"/><text x="41.0" y="34.0" text-anchor="end" class="tick">3,800</text><line x1="47.0" y1="30.0" x2="47.0" y2="220.0" class="axis"/><line x1="47.0" y1="220.0" x2="544.0" y2="220.0" class="axis"/><text x="88.4" y="236.0" text-anchor="middle" class="tick">H30</text><text x="171.2" y="236.0" text-anchor="middle" class="tick">R2</text><text x="254.1" y="236.0" text-anchor="middle" class="tick">R3</text><text x="336.9" y="236.0" text-anchor="middle" class="tick">R4</text><text x="419.8" y="236.0" text-anchor="middle" class="tick">R5</text><text x="502.6" y="236.0" text-anchor="middle" class="tick">R6</text>
<g class="series baseline"><path d="M88.4 175.5" class="line"/><circle cx="88.4" cy="175.5" r="4" class="mark baseline" data-value="3034"><title>Baseline H30: 3,034 千人</title></circle></g>
<g class="series target"><path d="M254.1 125.0 L336.9 106.0 L419.8 87.0 L502.6 68.0" class="line"/><g class="open"><title>Target R2: 新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っていた期間があり、今年度の動向について見通すことが困難であるため。</title><circle cx="171.2" cy="211.0" r="5"/><text x="171.2" y="202.0" text-anchor="middle" class="open-mark">※</text></g><circle cx="254.1" cy="125.0" r="4" class="mark target" data-value="3300"><title>Target R3: 3,300 千人</title></circle><circle cx="336.9" cy="106.0" r="4" class="mark target" data-value="3400"><title>Target R4: 3,400 千人</title></circle><circle cx="419.8" cy="87.0" r="4" class="mark target" data-value="3500"><title>Target R5: 3,500 千人</title></circle><circle cx="502.6" cy="68.0" r="4" class="mark target" data-value="3600"><title>Target R6: 3,600 千人</title></circle></g>
<g class="series actual"></g>
</svg>
<table>
<thead><tr><th>Year</th><th class="num">Baseline</th><th class="num">Target</th><th class="num">Actual</th><th>Note</th></tr></thead>
<tbody>
<tr><td>H30</td><td class="num">3,034</td><td class="num"></td><td class="num"></td><td></td></tr>
<tr><td>R2</td><td class="num"></td><td class="num">open</td><td class="num"></td><td>新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っていた期間があり、今年度の動向について見通すことが困難であるため。</td></tr>
<tr><td>R3</td><td class="num"></td><td class="num">3,300</td><td class="num"></td><td></td></tr>
<tr><td>R4</td><td class="num"></td><td class="num">3,400</td><td class="num"></td><td></td></tr>
<tr><td>R5</td><td class="num"></td><td class="num">3,500</td><td class="num"></td><td></td></tr>
<tr><td>R6</td><td class="num"></td><td class="num">3,600</td><td class="num"></td><td></td></tr>
</tbody>
</table>
</figure>
</div>
<h3>KPIs and goals</h3>
<table>
<thead><tr><th>ID</th><th>Kind</th><th>Name</th><th>Unit</th><th>Direction</th><th>Cum.</th><th>Section</th></tr></thead>
<tbody>
<tr><td>social-migration</td><td>goal</td><td>全年齢の社会増減数（県外からの転入者数―県外への転出者数）</td><td>人</td><td>increase</td><td></td><td>1.1</td></tr>
<tr><td>portal-access</td><td>KPI</td><td>移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数</td><td>件</td><td>increase</td><td></td><td>1.1.1</td></tr>
<tr><td>consultation-migrants</td><td>KPI</td><td>県の移住相談窓口を通じた県外からの移住者数※</td><td>人</td><td>increase</td><td></td><td>1.1.2</td></tr>
<tr><td>short-stay-programs</td><td>KPI</td><td>県内で展開される移住・定住を目的とした短期滞在プログラム数</td><td>ﾌﾟﾛｸﾞﾗﾑ</td><td>increase</td><td></td><td>1.1.3</td></tr>
<tr><td>intl-students</td><td>KPI</td><td>外国人留学生の県内受入数</td><td>人</td><td>increase</td><td></td><td>1.1.4</td></tr>
<tr><td>snow-volunteers</td><td>KPI</td><td>除雪ボランティアの登録者数</td><td>人</td><td>increase</td><td></td><td>3.1.1</td></tr>
<tr><td>community-orgs</td><td>goal</td><td>地域運営組織数</td><td>組織</td><td>increase</td><td></td><td>3.2</td></tr>
<tr><td>training-districts</td><td>KPI</td><td>住民主体の地域づくり活動のための研修会への参加地区数</td><td>地区</td><td>increase</td><td></td><td>3.2.1</td></tr>
<tr><td>advisor-dispatch</td><td>KPI</td><td>地域づくり専門アドバイザーの派遣回数</td><td>件</td><td>increase</td><td></td><td>3.2.2</td></tr>
<tr><td>multicultural-participants</td><td>KPI</td><td>多文化理解講座参加者数（累計）</td><td>人</td><td>increase</td><td>yes</td><td>3.4.1</td></tr>
<tr><td>partnership-agreements</td><td>KPI</td><td>企業との包括連携協定の締結数</td><td>件</td><td>increase</td><td></td><td>3.4.2</td></tr>
<tr><td>ict-initiatives</td><td>goal</td><td>ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計）</td><td>件</td><td>increase</td><td></td><td>4.1</td></tr>
<tr><td>open-datasets</td><td>KPI</td><td>山形県オープンデータカタログに掲載するオープンデータセット数（累計）</td><td>件</td><td>increase</td><td>yes</td><td>4.1.1</td></tr>
<tr><td>ict-workshops</td><td>KPI</td><td>ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計）</td><td>件</td><td>increase</td><td>yes</td><td>4.1.2</td></tr>
<tr><td>ict-literacy-seminars</td><td>KPI</td><td>ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数</td><td>件</td><td>maintain</td><td></td><td>4.1.3</td></tr>
<tr><td>yamagata-airport-passengers</td><td>KPI</td><td>山形空港の定期便搭乗者数</td><td>人</td><td>increase</td><td></td><td>4.2.2</td></tr>
<tr><td>shonai-airport-passengers</td><td>KPI</td><td>庄内空港の定期便搭乗者数</td><td>人</td><td>increase</td><td></td><td>4.2.2</td></tr>
<tr><td>bus-rides-per-capita</td><td>KPI</td><td>県民一人当たりのバス等の利用回数（支援対象路線）</td><td>回</td><td>maintain</td><td></td><td>4.2.3</td></tr>
<tr><td>regions-improved</td><td>goal</td><td>県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数</td><td>地域</td><td>increase</td><td></td><td>4.3</td></tr>
<tr><td>kyoryokutai-retention</td><td>KPI</td><td>地域おこし協力隊員の任期終了後の定着率（累計）</td><td>％</td><td>increase</td><td>yes</td><td>4.3.1</td></tr>
<tr><td>regional-new-projects</td><td>KPI</td><td>連携中枢都市圏や定住自立圏における新規事業数（累計）</td><td>件</td><td>increase</td><td>yes</td><td>4.3.2</td></tr>
<tr><td>yamagata-miyagi-flow</td><td>KPI</td><td>山形・宮城間の流動人口（高速バス輸送人員）</td><td>千人</td><td>increase</td><td></td><td>4.3.3</td></tr>
</tbody>
</table>
<h3>Targets</h3>
<table>
<thead><tr><th>ID</th><th class="num">Baseline</th><th class="num">R2</th><th class="num">R3</th><th class="num">R4</th><th class="num">R5</th><th class="num">R6</th></tr></thead>
<tbody>
<tr><td>social-migration</td><td class="num">R1 -4,543</td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num">-1,500</td></tr>
<tr><td>portal-access</td><td class="num">H30 91,456</td><td class="num">116,000</td><td class="num">118,000</td><td class="num">120,000</td><td class="num">121,000</td><td class="num">122,000</td></tr>
<tr><td>consultation-migrants</td><td class="num">H30 62</td><td class="num">100</td><td class="num">130</td><td class="num">150</td><td class="num">170</td><td class="num">200</td></tr>
<tr><td>short-stay-programs</td><td class="num">H30 42</td><td class="num">45</td><td class="num">50</td><td class="num">55</td><td class="num">58</td><td class="num">60</td></tr>
<tr><td>intl-students</td><td class="num">H30 293</td><td class="num">311</td><td class="num">342</td><td class="num">377</td><td class="num">414</td><td class="num">455</td></tr>
<tr><td>snow-volunteers</td><td class="num">H30 968</td><td class="num">1,050</td><td class="num">1,100</td><td class="num">1,150</td><td class="num">1,200</td><td class="num">1,250</td></tr>
<tr><td>community-orgs</td><td class="num">H30 33</td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num">53</td></tr>
<tr><td>training-districts</td><td class="num">—</td><td class="num">5</td><td class="num">9</td><td class="num">13</td><td class="num">17</td><td class="num">21</td></tr>
<tr><td>advisor-dispatch</td><td class="num">H30 11</td><td class="num">13</td><td class="num">15</td><td class="num">17</td><td class="num">19</td><td class="num">21</td></tr>
<tr><td>multicultural-participants</td><td class="num">H30 2,203</td><td class="num">open ※1</td><td class="num">4,800</td><td class="num">7,200</td><td class="num">9,600</td><td class="num">12,000</td></tr>
<tr><td>partnership-agreements</td><td class="num">H30 12</td><td class="num">16</td><td class="num">18</td><td class="num">20</td><td class="num">22</td><td class="num">24</td></tr>
<tr><td>ict-initiatives</td><td class="num">H30 77</td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num">137</td></tr>
<tr><td>open-datasets</td><td class="num">H30 100</td><td class="num">155</td><td class="num">180</td><td class="num">205</td><td class="num">230</td><td class="num">255</td></tr>
<tr><td>ict-workshops</td><td class="num">—</td><td class="num">open ※2</td><td class="num">20</td><td class="num">27</td><td class="num">32</td><td class="num">37</td></tr>
<tr><td>ict-literacy-seminars</td><td class="num">—</td><td class="num">5</td><td class="num">5</td><td class="num">5</td><td class="num">5</td><td class="num">5</td></tr>
<tr><td>yamagata-airport-passengers</td><td class="num">H30 325,165</td><td class="num">open ※3</td><td class="num">343,000</td><td class="num">346,000</td><td class="num">349,000</td><td class="num">352,000</td></tr>
<tr><td>shonai-airport-passengers</td><td class="num">H30 392,077</td><td class="num">open ※4</td><td class="num">503,000</td><td class="num">508,000</td><td class="num">513,000</td><td class="num">518,000</td></tr>
<tr><td>bus-rides-per-capita</td><td class="num">H30 4.2</td><td class="num">open ※5</td><td class="num">4.2</td><td class="num">4.2</td><td class="num">4.2</td><td class="num">4.2</td></tr>
<tr><td>regions-improved</td><td class="num">H30 —</td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num"></td><td class="num">4</td></tr>
<tr><td>kyoryokutai-retention</td><td class="num">H30 56.4</td><td class="num">58</td><td class="num">59</td><td class="num">61</td><td class="num">62</td><td class="num">63</td></tr>
<tr><td>regional-new-projects</td><td class="num">—</td><td class="num">2</td><td class="num">4</td><td class="num">6</td><td class="num">8</td><td class="num">10</td></tr>
<tr><td>yamagata-miyagi-flow</td><td class="num">H30 3,034</td><td class="num">open ※6</td><td class="num">3,300</td><td class="num">3,400</td><td class="num">3,500</td><td class="num">3,600</td></tr>
</tbody>
</table>
<p class="note">※1 multicultural-participants R2: 新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。</p>
<p class="note">※2 ict-workshops R2: 新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため</p>
<p class="note">※3 yamagata-airport-passengers R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</p>
<p class="note">※4 shonai-airport-passengers R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</p>
<p class="note">※5 bus-rides-per-capita R2: 緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。</p>
<p class="note">※6 yamagata-miyagi-flow R2: 新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っていた期間があり、今年度の動向について見通すことが困難であるため。</p>
</section>
<section class="part progress">
<h2>Progress</h2>
<p class="note">22 indicators have no actuals</p>
</section>
</article>
</body>
</html>
[exit 0]
