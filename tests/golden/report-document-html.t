$ yplan report plans/mirai-2020.yaml --kind document --format html --lang ja
<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>令和２年度 みらい企画創造部 主要事業</title>
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
  @top-center { content: "令和２年度 みらい企画創造部 主要事業"; font-size: 9pt; color: #444; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; }
}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen { body { max-width: 180mm; margin: 10mm auto; padding: 0 5mm; } }
</style>
</head>
<body>
<section class="outline">
<h1>令和２年度 みらい企画創造部 主要事業</h1>
<p class="subtitle">施策体系</p>
<p class="meta">山形県 みらい企画創造部 · 計画期間: R2–R6</p>
<ul class="outline">
<li><span class="node"><span class="label">Ⅰ</span>第４次山形県総合発展計画の推進</span>
<ul>
<li><span class="node"><span class="label">１</span>次代を担い地域を支える人材の育成・確保【１】</span>
<ul>
<li><span class="node"><span class="label">(1)</span>国内外の様々な人材の呼び込み【１－４】</span>
<ul>
<li><span class="node"><span class="label">①</span>多様なライフスタイルの提案・発信</span></li>
<li><span class="node"><span class="label">②</span>移住・定住の促進</span></li>
<li><span class="node"><span class="label">③</span>「関係人口」の創出・拡大</span></li>
<li><span class="node"><span class="label">④</span>外国人材の受け入れ拡大</span></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">2</span>高い付加価値を創出する産業経済の振興・活性化【３】</span>
<ul>
<li><span class="node"><span class="label">(2)</span>地域産業の振興・活性化と中小企業等の成長・発展【３－２】</span>
<ul>
<li><span class="node"><span class="label">⑤</span>企業の持続的発展に必要な人材の確保、円滑な事業承継の促進</span></li>
</ul></li>
<li><span class="node"><span class="label">(3)</span>国内外からの観光・交流の拡大による地域経済の活性化【３－３】</span>
<ul>
<li><span class="node"><span class="label">⑥</span>観光地域づくりの推進</span></li>
<li><span class="node"><span class="label">⑦</span>地域の特性や魅力を活かした多様な交流の促進</span></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">3</span>県民が安全・安心を実感し、総活躍できる社会づくり【４】</span>
<ul>
<li><span class="node"><span class="label">(4)</span>大規模災害への対応など危機管理機能の充実強化【４－１】</span>
<ul>
<li><span class="node"><span class="label">⑧</span>雪害防止に向けた雪に強い地域づくり</span></li>
</ul></li>
<li><span class="node"><span class="label">(5)</span>多様な力の結集による地域コミュニティの維持・活性化【４－４】</span>
<ul>
<li><span class="node"><span class="label">⑨</span>コミュニティを支える多様な主体の育成・活用</span></li>
<li><span class="node"><span class="label">⑩</span>暮らしやすく魅力的なコミュニティづくりの促進</span></li>
</ul></li>
<li><span class="node"><span class="label">(6)</span>総合的な少子化対策の新展開【４－５】</span>
<ul>
<li><span class="node"><span class="label">⑪</span>地域アプローチによるきめ細かな少子化対策の展開</span></li>
</ul></li>
<li><span class="node"><span class="label">(7)</span>県民誰もが個性や能力を発揮し、活躍できる環境の整備【４－６】</span>
<ul>
<li><span class="node"><span class="label">⑫</span>外国人の受入環境の整備</span></li>
<li><span class="node"><span class="label">⑬</span>多様な主体による社会的課題の解決に向けた取組みの促進</span></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">４</span>未来に向けた発展基盤となる県土の整備・活用【５】</span>
<ul>
<li><span class="node"><span class="label">(8)</span>暮らしや産業の発展基盤となるＩＣＴなど未来技術の早期実装【５－１】</span>
<ul>
<li><span class="node"><span class="label">⑭</span>ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上</span></li>
<li><span class="node"><span class="label">⑮</span>ＩＣＴの早期実装に向けた推進環境の整備</span></li>
<li><span class="node"><span class="label">⑯</span>誰もが安全にＩＣＴを利活用できる環境づくり</span></li>
</ul></li>
<li><span class="node"><span class="label">(9)</span>国内外の活力を呼び込む多様で重層的な交通ネットワークの形成【５－２】</span>
<ul>
<li><span class="node"><span class="label">⑰</span>国際ネットワークの形成促進</span></li>
<li><span class="node"><span class="label">⑱</span>国内広域ネットワークの充実強化</span></li>
<li><span class="node"><span class="label">⑲</span>地域間・地域内交通ネットワークの充実強化</span></li>
</ul></li>
<li><span class="node"><span class="label">(10)</span>地域の特性を活かし暮らしを支える活力ある圏域の形成【５－４】</span>
<ul>
<li><span class="node"><span class="label">⑳</span>豊富な地域資源を活かした農山漁村地域の維持・活性化</span></li>
<li><span class="node"><span class="label">㉑</span>圏域における広域連携の推進</span></li>
<li><span class="node"><span class="label">㉒</span>県を越えた交流連携の推進</span></li>
</ul></li>
</ul></li>
</ul></li>
<li><span class="node"><span class="label">Ⅱ</span>政策の効率的・効果的な展開の促進</span>
<ul>
<li><span class="node"><span class="label">㉓</span>「第４次山形県総合発展計画」の推進</span></li>
<li><span class="node"><span class="label">㉔</span>市町村の実情に即した施策の展開の促進</span></li>
<li><span class="node"><span class="label">㉕</span>行政情報化の推進</span></li>
<li><span class="node"><span class="label">㉖</span>統計利用の拡大に向けた取組みの促進</span></li>
</ul></li>
</ul>
</section>
<section class="body">
<section class="node">
<h2><span class="label">Ⅰ</span>第４次山形県総合発展計画の推進</h2>
<section class="node">
<h3><span class="label">１</span>次代を担い地域を支える人材の育成・確保【１】</h3>
<section class="node">
<h4><span class="label">(1)</span>国内外の様々な人材の呼び込み【１－４】</h4>
<div class="goal">
<p class="block-title">目標指標</p>
<p class="name">全年齢の社会増減数（県外からの転入者数―県外への転出者数）</p>
<p>基準値（R1）：△4,543 人</p>
<p>目標値（R6）：△1,500 人</p>
</div>
<section class="node">
<h5><span class="label">①</span>多様なライフスタイルの提案・発信</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数</td><td class="num">91,456 件<br>（H30）</td><td class="num">116,000 件</td><td class="num">118,000 件</td><td class="num">120,000 件</td><td class="num">121,000 件</td><td class="num">122,000 件</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>移住希望者の多様なニーズに対応した情報発信</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>移住者目線での情報発信の強化</li>
<li class="cont">⇒移住・交流ポータルサイトやＳＮＳ等によるきめ細かな情報提供</li>
<li class="cont">⇒移住総合支援ガイドの活用等による本県の魅力をアピールするコンテンツの充実</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">移住定住・人材確保戦略的展開事業費</td><td class="num">200,753<br>(155,613)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】</li>
<li>暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応</li>
<li>首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">200,753<br>(155,613)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">②</span>移住・定住の促進</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">県の移住相談窓口を通じた県外からの移住者数※</td><td class="num">62 人<br>（H30）</td><td class="num">100 人</td><td class="num">130 人</td><td class="num">150 人</td><td class="num">170 人</td><td class="num">200 人</td></tr>
</tbody>
</table>
<p class="note">※上記以外の移住者数が把握可能となった場合、指標値を修正する。</p>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>移住希望者のニーズに添った相談対応・マッチング、定住・定着支援の一体的な展開</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化</li>
<li class="cont">⇒首都圏における相談機能及び県内におけるコーディネート機能の強化</li>
<li class="cont">⇒市町村や関係機関と連携した首都圏におけるオール山形ＵＩターンフェア、移住セミナーの開催</li>
<li class="cont">⇒新型コロナウイルス感染症対策を踏まえたオンラインによる移住相談及びセミナーの実施</li>
<li class="cont">⇒移住希望者を応援する各種サービスや特典等を提供する仕組みの構築・実施</li>
<li>山形らしい移住促進策の推進</li>
<li class="cont">⇒「住」「食」「職」の支援の充実</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">移住定住・人材確保戦略的展開事業費（再掲）</td><td class="num">200,753<br>(155,613)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】</li>
<li>暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応</li>
<li>首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化</li>
<li>全国レベルで移住関係のプロジェクトを展開する民間事業者のネットワークサービス加入によるオンラインによる移住相談及びセミナーの開催</li>
<li>移住希望者に対する各種サービスや特典等の提供を行う仕組みの構築【新規】</li>
<li>市町村・ＪＡと連携した移住者に対する食（米・味噌・醤油）の支援</li>
<li>移住世帯に対する賃貸住宅の家賃補助【新規】</li>
<li>東京圏から移住して県内中小企業等へ就職した者に対する支援金の給付</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">200,753<br>(155,613)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">③</span>「関係人口」の創出・拡大</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">県内で展開される移住・定住を目的とした短期滞在プログラム数</td><td class="num">42 ﾌﾟﾛｸﾞﾗﾑ<br>（H30）</td><td class="num">45 ﾌﾟﾛｸﾞﾗﾑ</td><td class="num">50 ﾌﾟﾛｸﾞﾗﾑ</td><td class="num">55 ﾌﾟﾛｸﾞﾗﾑ</td><td class="num">58 ﾌﾟﾛｸﾞﾗﾑ</td><td class="num">60 ﾌﾟﾛｸﾞﾗﾑ</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>県外在住者に本県との関わりを持ってもらう多様な機会の創出</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>首都圏の若者等に山形を知ってもらうための移住体験の提供</li>
<li class="cont">⇒市町村と連携した山形の暮らしと仕事の体験プログラムの実施</li>
<li>新型コロナウイルスの感染拡大により経済的な影響を受けている本県出身の県外在住学生に対する食の提供</li>
<li class="cont">⇒市町村と連携した食の提供を通した学生の支援及び県内回帰に繋げる取組みの実施</li>
<li>行政・民間企業双方からの一層の連携機運の醸成</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">移住定住・人材確保戦略的展開事業費（再掲）</td><td class="num">200,753<br>(155,613)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】</li>
<li>暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応</li>
<li>首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化</li>
<li>山形の暮らしと仕事を体験するプログラム「やまがたＣＡＭＰ」の実施</li>
<li>新型コロナウイルスの感染拡大により経済的な影響を受けている本県出身の県外在住学生に対する市町村と連携した食の提供の実施</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">200,753<br>(155,613)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">④</span>外国人材の受け入れ拡大</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">外国人留学生の県内受入数</td><td class="num">293 人<br>（H30）</td><td class="num">311 人</td><td class="num">342 人</td><td class="num">377 人</td><td class="num">414 人</td><td class="num">455 人</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>産学官及び市町村との連携を強め、オール山形で県内定着に向けた取組みを強力に推進</li>
<li class="cont">⇒本県への就職を希望する留学生に対する経済的支援</li>
<li class="cont">⇒新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援</li>
<li class="cont">⇒外国人総合相談ワンストップセンターによる生活・就労等に関する一元的な情報提供・相談の実施</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">留学生受入拡大推進事業費</td><td class="num">23,764<br>(12,774)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>本県への就職を希望する留学生に対する経済的支援及び県内高等教育機関の認知度を高める取組みへの支援</li>
<li>新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援【6</li>
</ul>
</td></tr>
<tr><td class="project">外国人総合相談ワンストップセンター運営事業費</td><td class="num">2,802<br>(7,802)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内の在住外国人に対し、生活・就労等に関する情報提供・相談を一元的に行うワンストップセンターの運営</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">26,566<br>(20,576)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
</section>
<section class="node">
<h3><span class="label">2</span>高い付加価値を創出する産業経済の振興・活性化【３】</h3>
<section class="node">
<h4><span class="label">(2)</span>地域産業の振興・活性化と中小企業等の成長・発展【３－２】</h4>
<section class="node">
<h5><span class="label">⑤</span>企業の持続的発展に必要な人材の確保、円滑な事業承継の促進</h5>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分（再掲）</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>産学官及び市町村との連携を強め、外国人材の県内定着に向けた取組みをオール山形で強力に推進</li>
<li class="cont">⇒外国人総合相談ワンストップセンターによる生活・就労等に関する一元的な情報提供・相談の実施（再掲）</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">外国人総合相談ワンストップセンター運営事業費（再掲）</td><td class="num">2,802<br>(7,802)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内の在住外国人に対し、生活・就労等に関する情報提供・相談を一元的に行うワンストップセンターの運営</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">2,802<br>(7,802)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
<section class="node">
<h4><span class="label">(3)</span>国内外からの観光・交流の拡大による地域経済の活性化【３－３】</h4>
<section class="node">
<h5><span class="label">⑥</span>観光地域づくりの推進</h5>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>国内外から本県へスムーズに移動する手段の確保や観光地までの二次交通の充実が必要</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>観光地域としての受入環境の整備</li>
<li class="cont">⇒空港と主要観光地等を結ぶ二次交通の維持・拡充</li>
<li>広域的な交通ネットワークの利便性向上</li>
<li class="cont">⇒県内空港と羽田・成田両空港の乗り継ぎや近隣県の国際空港等と連携した旅行商品造成への支援</li>
<li class="cont">⇒仙台空港と連携した県内の交通や観光に関する情報発信の展開</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">航空ネットワーク拡充事業費</td><td class="num">182,891<br>(198,473)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>山形空港及び庄内空港の利用拡大のための取組みに対する支援増額）</li>
<li>庄内空港の新規路線定着に向けた取組みの推進</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">182,891<br>(198,473)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑦</span>地域の特性や魅力を活かした多様な交流の促進</h5>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>これまでの交流で培ってきた人的ネットワークや交流実績を活かし、経済交流への発展を見据えた取組みが必要</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>多様な国際交流の推進</li>
<li class="cont">⇒市町村と連携した若者の海外渡航支援</li>
<li class="cont">⇒多様な分野における県民と海外との相互交流の促進</li>
<li class="cont">⇒次代の県人会活動を担う人材確保の支援</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">姉妹交流推進事業費</td><td class="num">4,589<br>(14,309)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>姉妹友好州省等との交流事業の実施</li>
</ul>
</td></tr>
<tr><td class="project">山形県若者海外体験促進事業費</td><td class="num">1,628<br>(1,628)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>若者の国際意識の醸成を図り、グローバル人材の育成に結びつけるとともにアウトバウンドを促進するための市町村と連携した若者のパスポート取得の支援</li>
</ul>
</td></tr>
<tr><td class="project">海外山形県人会担い手育成支援事業費</td><td class="num">2,660<br>(-)</td><td class="cat"><span class="on">新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>海外山形県人会の担い手育成を支援するため、若手日系人を招いた交流事業の実施</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">8,877<br>(15,937)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
</section>
<section class="node">
<h3><span class="label">3</span>県民が安全・安心を実感し、総活躍できる社会づくり【４】</h3>
<section class="node">
<h4><span class="label">(4)</span>大規模災害への対応など危機管理機能の充実強化【４－１】</h4>
<section class="node">
<h5><span class="label">⑧</span>雪害防止に向けた雪に強い地域づくり</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">除雪ボランティアの登録者数</td><td class="num">968 人<br>（H30）</td><td class="num">1,050 人</td><td class="num">1,100 人</td><td class="num">1,150 人</td><td class="num">1,200 人</td><td class="num">1,250 人</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>第４次山形県雪対策基本計画（令和２年３月策定）に基づく、雪に強い県づくり、豪雪災害対策、地域における除排雪の推進、雪を活用した地域活性化の総合的な雪対策の推進</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>総合的な雪対策の推進</li>
<li class="cont">⇒市町村の雪対策を支援する「いきいき雪国やまがた推進交付金」の交付</li>
<li>持続可能な地域除排雪体制の構築</li>
<li class="cont">⇒市町村が実施する要援護者世帯に対する除雪支援、地域共助による除排雪の体制づくりや空き家の実態調査等の対策支援</li>
<li>快適な雪国生活の実現に向けた技術活用の促進</li>
<li class="cont">⇒効率的・効果的な除雪や情報発信におけるＩＣＴの活用、産学官連携による雪を活用した商品開発や克雪技術の研究</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">いきいき雪国やまがたづくり推進事業費</td><td class="num">94,556<br>(95,818)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>市町村の雪対策を総合的に支援する「いきいき雪国やまがた推進交付金」の交付</li>
<li>快適な雪国暮らしの実現に向けた技術イノベーションの創出</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">94,556<br>(95,818)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
<section class="node">
<h4><span class="label">(5)</span>多様な力の結集による地域コミュニティの維持・活性化【４－４】</h4>
<div class="goal">
<p class="block-title">目標指標</p>
<p class="name">地域運営組織数</p>
<p>基準値（H30）：33 組織</p>
<p>目標値（R6）：53 組織</p>
</div>
<section class="node">
<h5><span class="label">⑨</span>コミュニティを支える多様な主体の育成・活用</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">住民主体の地域づくり活動のための研修会への参加地区数</td><td class="num">－</td><td class="num">5 地区</td><td class="num">9 地区</td><td class="num">13 地区</td><td class="num">17 地区</td><td class="num">21 地区</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>住民主体の地域づくりに関する市町村職員や地域住民等の理解の向上</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>地域づくり人材の育成</li>
<li class="cont">⇒市町村職員や地域のリーダー等を対象とした研修会の開催</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">活力ある地域づくり推進事業費</td><td class="num">6,508<br>(11,740)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>地域づくりの主体となる市町村職員や地域のリーダーに対する研修会の開催</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">6,508<br>(11,740)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑩</span>暮らしやすく魅力的なコミュニティづくりの促進</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">地域づくり専門アドバイザーの派遣回数</td><td class="num">11 件<br>（H30）</td><td class="num">13 件</td><td class="num">15 件</td><td class="num">17 件</td><td class="num">19 件</td><td class="num">21 件</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>住民主体の地域づくりにおける専門的知識やノウハウの不足</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>地域づくりに関する専門的支援の継続</li>
<li class="cont">⇒地域運営組織の形成など、地域の課題に応じた地域づくり専門アドバイザーの派遣</li>
<li>地域おこし協力隊等の活動への支援の継続</li>
<li class="cont">⇒地域おこし協力隊の定着に向けたサポート体制の充実</li>
<li>コミュニティ活性化に向けた先導的な取り組みへの支援の継続</li>
<li class="cont">⇒買い物支援について、地域住民が主体となった取組みに対し市町村と連携し支援を実施</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">活力ある地域づくり推進事業費（再掲）</td><td class="num">6,508<br>(11,740)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>地域づくりに取り組む地区に対する地域課題に応じたアドバイザーの派遣</li>
</ul>
</td></tr>
<tr><td class="project">県・市町村連携加速事業費</td><td class="num">11,101<br>(11,601)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>買い物支援について、地域住民が主体となった取組みに対し市町村と連携し支援を実施</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">17,609<br>(23,341)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
<section class="node">
<h4><span class="label">(6)</span>総合的な少子化対策の新展開【４－５】</h4>
<section class="node">
<h5><span class="label">⑪</span>地域アプローチによるきめ細かな少子化対策の展開</h5>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>少子化の問題は、結婚、出産、子育てに関する様々な要因が影響しており、地域毎に課題を明確化し、それに応じたきめ細かな取組みを進めることが必要</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>地域アプローチの分析手法により、地域経済指標等を活用した地域の強みや弱みの分析・評価を進め、市町村毎の課題の明確化を図る。</li>
</ul>
</section>
</section>
<section class="node">
<h4><span class="label">(7)</span>県民誰もが個性や能力を発揮し、活躍できる環境の整備【４－６】</h4>
<section class="node">
<h5><span class="label">⑫</span>外国人の受入環境の整備</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">多文化理解講座参加者数（累計）</td><td class="num">2,203 人<br>（H30）</td><td class="num">－ ※</td><td class="num">4,800 人</td><td class="num">7,200 人</td><td class="num">9,600 人</td><td class="num">12,000 人</td></tr>
</tbody>
</table>
<p class="note">※R2: 新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。</p>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>今後在住外国人の増加が見込まれる中、言語等の違いによる不安をなくし、地域社会の一員として安心して生活し、まちづくりや地域づくりに主体的に参加できる環境の整備が必要</li>
<li>人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分（再掲）</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>国籍や民族等の異なる人々がお互いの文化や習慣の違いを理解し、多様な価値観を尊重しながら共に生きていく、多文化共生社会の実現に向けた取組みの推進</li>
<li class="cont">⇒在住外国人を対象としたアンケート調査の実施</li>
<li class="cont">⇒ホームページ等の行政情報や公共施設の案内等の多言語化による情報提供の充実</li>
<li>産学官及び市町村との連携を強め、オール山形で県内定着に向けた取組みを強力に推進（再掲）</li>
<li class="cont">⇒本県への就職を希望する留学生に対する経済的支援（再掲）</li>
<li class="cont">⇒新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援（再掲）</li>
<li class="cont">⇒外国人総合相談ワンストップセンターによる生活・就労等に関する一元的な情報提供・相談の実施（再掲）</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">留学生受入拡大推進事業費（再掲）</td><td class="num">23,764<br>(12,774)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>本県への就職を希望する留学生に対する経済的支援及び県内高等教育機関の認知度を高める取組みへの支援</li>
<li>新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援</li>
</ul>
</td></tr>
<tr><td class="project">外国人総合相談ワンストップセンター運営事業費（再掲）</td><td class="num">2,802<br>(7,802)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内の在住外国人に対し、生活・就労等に関する情報提供・相談を一元的に行うワンストップセンターの運営</li>
</ul>
</td></tr>
<tr><td class="project">多文化共生推進事業費</td><td class="num">357<br>(-)</td><td class="cat"><span class="on">新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>多文化共生社会の実現に向けた在住外国人を対象としたアンケート調査の実施</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">26,923<br>(20,576)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑬</span>多様な主体による社会的課題の解決に向けた取組みの促進</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">企業との包括連携協定の締結数</td><td class="num">12 件<br>（H30）</td><td class="num">16 件</td><td class="num">18 件</td><td class="num">20 件</td><td class="num">22 件</td><td class="num">24 件</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>民間企業の専門的知見やネットワークを活用した、効果的な施策展開やきめ細かな行政サービスの提供を強化していくため、庁内の一層の意識啓発や企業における連携機運の醸成が必要</li>
<li>県内における民間企業との連携の裾野を広げていくため、既に県で実施した事業の市町村への横展開等が必要</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>行政・民間企業双方からの一層の連携機運の醸成</li>
<li class="cont">⇒民間企業との連携に係る取組事例集の更新</li>
<li class="cont">⇒庁内向け勉強会の開催</li>
<li class="cont">⇒企業・市町村職員等を対象としたフォーラム等の開催</li>
</ul>
</section>
</section>
</section>
<section class="node">
<h3><span class="label">４</span>未来に向けた発展基盤となる県土の整備・活用【５】</h3>
<section class="node">
<h4><span class="label">(8)</span>暮らしや産業の発展基盤となるＩＣＴなど未来技術の早期実装【５－１】</h4>
<div class="goal">
<p class="block-title">目標指標</p>
<p class="name">ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計）</p>
<p>基準値（H30）：77 件</p>
<p>目標値（R6）：137 件</p>
</div>
<section class="node">
<h5><span class="label">⑭</span>ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">山形県オープンデータカタログに掲載するオープンデータセット数（累計）</td><td class="num">100 件<br>（H30）</td><td class="num">155 件</td><td class="num">180 件</td><td class="num">205 件</td><td class="num">230 件</td><td class="num">255 件</td></tr>
</tbody>
</table>
<ul class="bullets">
<li>＊【オープンデータ】機械が判読可能な形式によるデータで、二次利用が可能な利用ルールでインターネット上に公開されたもの。</li>
</ul>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>県内の人口の減少及び高齢化が急速に進む中、県内の経済力、生産力など人によって支えられた地域の活力を維持し、持続可能な地域社会を構築するためには、ＩＣＴによる業務効率・生産性向上や自動化・無人化等を進めることが重要</li>
<li>行政手続・サービスのデジタル化の推進</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>地域課題や分野の特性に応じたＩＣＴの導入・活用促進</li>
<li class="cont">⇒県民生活や産業等各分野での重点テーマに基づく実証事業や先導的プロジェクトの展開</li>
<li class="cont">⇒オープンデータへの取組みによる成果や効果的な活用事例の収集・展開</li>
<li class="cont">⇒行政手続きのオンライン化の推進</li>
<li class="cont">⇒ＡＩ会議録作成システム導入、ＲＰＡ実証による業務効率化</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">電子県庁推進事業費の一部</td><td class="num">191,905<br>(92,057)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県と市町村との共同利用による電子申請サービス等の提供</li>
<li>業務効率化を図るためのＡＩ会議録作成システム、モバイルＰＣの導入【新規】</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">191,905<br>(92,057)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑮</span>ＩＣＴの早期実装に向けた推進環境の整備</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計）</td><td class="num">－</td><td class="num">－ ※</td><td class="num">20 件</td><td class="num">27 件</td><td class="num">32 件</td><td class="num">37 件</td></tr>
</tbody>
</table>
<p class="note">※R2: 新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため</p>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>ＩｏＴやＡＩ、５Ｇなど未来技術が急速に進展する一方、生産年齢人口の減少による幅広い業種での労働力不足が深刻化</li>
<li>ビッグデータ、ＡＩ、ＩｏＴなど、ＩＣＴの活用により、生産性や生活の質の向上など、イノベーションの進展が期待されており、本県においてもＩＣＴの導入を担う人材の育成が重要</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>ＩＣＴ利活用を推進する体制の整備</li>
<li class="cont">⇒ＩＣＴ利活用の実務を担う人材の育成</li>
<li class="cont">⇒山形県自治体ＩＣＴ推進協議会において、先進事例の情報共有</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">ＩＣＴイノベーション創出事業費</td><td class="num">8,168<br>(12,997)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内産業の各分野でＩＣＴを現場の課題解決に活用できる実践的人材の育成</li>
</ul>
</td></tr>
<tr><td class="project">電子県庁推進事業費の一部（再掲）</td><td class="num">191,905<br>(92,057)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>山形県自治体ＩＣＴ推進協議会において、先進事例の情報共有</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">200,073<br>(105,054)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑯</span>誰もが安全にＩＣＴを利活用できる環境づくり</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数</td><td class="num">－</td><td class="num">5 件</td><td class="num">5 件</td><td class="num">5 件</td><td class="num">5 件</td><td class="num">5 件</td></tr>
</tbody>
</table>
<ul class="bullets">
<li>＊【リテラシー】特定分野の事象や情報を正しく理解・分析・整理し、判断・活用する能力。</li>
</ul>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>ＩＣＴ利活用の拡大に向け、県民への普及・啓発や青少年や高齢者、障がい者などがスマートフォンなどの情報機器を適切に利活用できる能力の向上。さらには、いつでも、どこでも、誰でもＩＣＴを利活用できる情報通信環境の確保</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>様々な世代がＩＣＴ機器・サービスの適切な利活用を学ぶ機会の充実</li>
<li class="cont">⇒民間や市町村におけるＩＣＴ事業の促進を図るための研修会の開催や職員の派遣等の実施</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">ＩＣＴイノベーション創出事業費（再掲）</td><td class="num">8,168<br>(12,997)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内産業の各分野でＩＣＴを現場の課題解決に活用できる実践的人材の育成</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">8,168<br>(12,997)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
<section class="node">
<h4><span class="label">(9)</span>国内外の活力を呼び込む多様で重層的な交通ネットワークの形成【５－２】</h4>
<section class="node">
<h5><span class="label">⑰</span>国際ネットワークの形成促進</h5>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>将来的な国際定期便の就航も見据え、国際チャーター便の誘致拡大が重要も、山形・庄内両空港では、施設・人員等の受入体制の面で制約がある状況</li>
<li>（県内空港への国際チャーター便は台湾からのものがほとんどであり）欧米豪など多様な国・地域からのインバウンド拡大に向けて、羽田・成田両空港や近隣県の国際空港等との連携を進めていくことが必要</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>国際チャーター便の円滑な受入れ</li>
<li class="cont">⇒運航業務やＣＩＱ補助業務など受入体制確保に対する支援の実施</li>
<li class="cont">⇒将来的な空港施設の機能強化に向けた空港関係者と連携した検討の実施</li>
<li>他県空港等との連携強化</li>
<li class="cont">⇒県内空港と羽田・成田両空港の乗り継ぎや近隣県の国際空港等と連携した旅行商品造成への支援（再掲）</li>
<li class="cont">⇒仙台空港と連携した県内の交通や観光に関する情報発信の展開（再掲）</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">航空ネットワーク拡充事業費（再掲）</td><td class="num">182,891<br>(198,473)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>山形空港及び庄内空港の利用拡大のための取組みに対する支援</li>
<li>庄内空港の新規路線定着に向けた取組みの推進</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">182,891<br>(198,473)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑱</span>国内広域ネットワークの充実強化</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">山形空港の定期便搭乗者数</td><td class="num">325,165 人<br>（H30）</td><td class="num">－ ※</td><td class="num">343,000 人</td><td class="num">346,000 人</td><td class="num">349,000 人</td><td class="num">352,000 人</td></tr>
<tr><td class="kpi-name">庄内空港の定期便搭乗者数</td><td class="num">392,077 人<br>（H30）</td><td class="num">－ ※</td><td class="num">503,000 人</td><td class="num">508,000 人</td><td class="num">513,000 人</td><td class="num">518,000 人</td></tr>
</tbody>
</table>
<p class="note">※R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</p>
<p class="note">※R2: 緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。</p>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>＜航空関係＞</li>
<li>羽田便の２便運航の維持、名古屋便・札幌便の路線維持（山形空港）</li>
<li>羽田便の機材大型化等の利便性向上、昨年８月に新規就航した成田便の路線定着（庄内空港）</li>
<li>県内空港の就航路線の拡充</li>
<li>新型コロナウイルス感染症により大幅に落ち込んだ県内路線の利用回復</li>
<li>＜鉄道関係＞</li>
<li>「奥羽・羽越新幹線」の整備実現や「福島～米沢間トンネル」の早期事業化に向けた、県民の更なる機運醸成、政府等への効果的な働きかけの展開</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>＜航空関係＞</li>
<li>路線維持・新規就航等に向けた官民一体となった取組みの推進</li>
<li class="cont">⇒山形空港利用拡大推進協議会・庄内空港利用振興協議会と連携した、国内定期路線のビジネス、観光両面での利用拡大の促進</li>
<li class="cont">⇒航空事業者への機材大型化やダイヤ改善、新規路線就航等の要望活動の展開</li>
<li>＜鉄道関係＞</li>
<li>「奥羽・羽越新幹線」の整備実現に向けた運動展開の強化</li>
<li class="cont">⇒関係６県合同プロジェクトチームにおける新幹線整備効果等に係る調査・検討の取りまとめと、その成果を活かした政府要望や地域内での機運醸成の推進</li>
<li class="cont">⇒学生や青年会議所メンバー等で構成するワーキングチームによる、若者の視点を活かした若年層向けの普及啓発活動の展開</li>
<li>「福島～米沢間トンネル」の早期事業化に向けた取組みの推進</li>
<li class="cont">⇒ＪＲ東日本との整備のあり方等の協議・検討、国土強靭化等の専門家からの意見聴取等を踏まえた検討の深堀り</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">航空ネットワーク拡充事業費（再掲）</td><td class="num">182,891<br>(198,473)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>山形空港及び庄内空港の利用拡大のための取組みに対する支援</li>
<li>庄内空港の新規路線定着に向けた取組みの推進</li>
</ul>
</td></tr>
<tr><td class="project">奥羽・羽越新幹線整備推進事業費</td><td class="num">13,649<br>(29,144)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>福島～米沢間トンネル整備の早期事業化に向けた取組みの推進</li>
<li>奥羽・羽越新幹線の整備実現に向けた県民気運の醸成及び政府への要望活動の展開</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">196,540<br>(227,617)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">⑲</span>地域間・地域内交通ネットワークの充実強化</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">県民一人当たりのバス等の利用回数（支援対象路線）</td><td class="num">4.2 回<br>（H30）</td><td class="num">－ ※</td><td class="num">4.2 回</td><td class="num">4.2 回</td><td class="num">4.2 回</td><td class="num">4.2 回</td></tr>
</tbody>
</table>
<p class="note">※R2: 緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。</p>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>赤字バス路線の維持や廃止路線の代替となる市町村営バス・デマンド型交通の運行など、自治体の負担が増加している状況。今後、高齢者の運転免許自主返納の増加も見込まれる中、地域公共交通の維持・確保の重要性が増大</li>
<li>鉄道の在来線に関しても、通勤・通学の手段として欠くことのできないものであり、利便性の高いダイヤの実現等が課題となっているところ</li>
<li>こうした地域公共交通の維持・確保に向けては、県民の日常生活における活動の広域化を踏まえた、市町村の区域を越えた対応も求められるところ</li>
<li>新型コロナウイルス感染症により大幅に落ち込んだ県内路線の維持・確保</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>利便性が高く持続可能な地域公共交通ネットワークの形成</li>
<li class="cont">⇒市町村や交通事業者等と連携した広域的な地域公共交通計画の策定（鉄道・バス等の乗り継ぎ利便性の向上、バス利用者拡大に向けた路線網の設定・見直しの考え方等の検討）</li>
<li class="cont">⇒市町村や交通事業者等がそれぞれ管理する交通ルートやダイヤ等の情報の可視化（デジタル化・オープン化）</li>
<li>地域に必要な公共交通の維持・確保に向けた取組みへの支援</li>
<li class="cont">⇒バス事業者や市町村に対する運行支援等の実施</li>
<li class="cont">⇒国補助の要件緩和や市町村総合交付金の見直しなど、地域の実情に応じた支援の充実に向けた検討・働きかけ等の実施</li>
<li class="cont">⇒交通事業者における新型コロナウイルス感染症拡大防止に向けた取組みへの支援</li>
<li>ＩＣＴを活用した新たな移動の仕組みの導入に向けた検討</li>
<li class="cont">⇒タクシー・デマンド交通へのＩＣＴの活用に向けた基礎調査</li>
<li class="cont">⇒市町村への普及に向けたワーキンググループ活動の展開</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">地域交通総合対策事業費（山形県地域公共交通網形成計画策定事業）</td><td class="num">20,000<br>(-)</td><td class="cat"><span class="on">新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>利便性が高く持続可能な公共交通ネットワークの形成に向けた「県地域公共交通網形成計画」の策定</li>
</ul>
</td></tr>
<tr><td class="project">地域交通総合対策事業費（再掲）</td><td class="num">111,828<br>(109,991)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県民の生活交通手段となっているバス路線や車両の維持に係るバス事業者に対する支援</li>
</ul>
</td></tr>
<tr><td class="project">市町村総合交付金（生活交通確保対策事業）</td><td class="num">96,798<br>(101,117)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>路線バス又はデマンド交通を維持する市町村に対する支援</li>
<li>広域的な地域公共交通の検討等を行う市町村に対する支援</li>
</ul>
</td></tr>
<tr><td class="project">鉄道ネットワーク機能強化事業費</td><td class="num">2,026<br>(3,655)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内鉄道の利便性向上に向け、各種団体との連携によるＪＲ東日本や政府に対する要望活動の推進</li>
</ul>
</td></tr>
<tr><td class="project">地域生活交通事業者・路線維持対策事業費</td><td class="num">30,000<br>(-)</td><td class="cat"><span class="on">新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>新型コロナウイルス感染症拡大防止に向けた交通事業者の取組みへの支援</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">260,652<br>(214,763)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
<section class="node">
<h4><span class="label">(10)</span>地域の特性を活かし暮らしを支える活力ある圏域の形成【５－４】</h4>
<div class="goal">
<p class="block-title">目標指標</p>
<p class="name">県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数</p>
<p>基準値（H30）：－</p>
<p>目標値（R6）：4 地域</p>
</div>
<section class="node">
<h5><span class="label">⑳</span>豊富な地域資源を活かした農山漁村地域の維持・活性化</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">地域おこし協力隊員の任期終了後の定着率（累計）</td><td class="num">56.4 ％<br>（H30）</td><td class="num">58 ％</td><td class="num">59 ％</td><td class="num">61 ％</td><td class="num">62 ％</td><td class="num">63 ％</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>地域活動の担い手となる人材の不足</li>
<li>人口減少と高齢化の進行が著しい県内唯一の離島である飛島の活性化</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>地域活動の担い手となる人材の確保</li>
<li class="cont">⇒地域おこし協力隊の定着に向けたサポート体制の充実</li>
<li>コミュニティ活性化に向けた先導的な取り組みへの支援の継続（再掲）</li>
<li class="cont">⇒買い物支援について、地域住民が主体となった取組みに対し市町村と連携し支援を実施（再掲）</li>
<li>山形暮らしの魅力に関する様々な情報の収集・活用</li>
<li class="cont">⇒移住総合支援ガイドの活用等による本県の魅力をアピールするコンテンツの充実（再掲）</li>
<li>産学官民が連携した飛島の振興</li>
<li class="cont">⇒「観光交流」「産業振興」「安全・安心、生活環境の充実」「移住定住促進」の４分野における飛島振興重点プロジェクトの推進</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">移住定住・人材確保戦略的展開事業費（再掲）</td><td class="num">170,489<br>(155,613)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「やまがた移住・定住推進センター」の運営支援・連携強化</li>
<li>暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応</li>
<li>首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化</li>
<li>地域おこし協力隊員への研修の充実等による定住支援の強化</li>
</ul>
</td></tr>
<tr><td class="project">県・市町村連携加速事業費</td><td class="num">11,101<br>(11,601)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県と市町村が連携した取組の展開、買い物支援、離島振興、ＩＣＴ活用促進等</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">181,590<br>(167,214)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">㉑</span>圏域における広域連携の推進</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">連携中枢都市圏や定住自立圏における新規事業数（累計）</td><td class="num">－</td><td class="num">2 件</td><td class="num">4 件</td><td class="num">6 件</td><td class="num">8 件</td><td class="num">10 件</td></tr>
</tbody>
</table>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>県内市町村（特に小規模市町村）における、①行政サービスの安定的・持続的な提供、②人口減少問題の克服と成長力の確保に向けた取組みの積極的な展開</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>地域内連携の取組み支援</li>
<li class="cont">⇒定住自立圏や連携中枢都市圏の形成に向けた支援の継続</li>
<li>県と市町村のさらなる連携の推進</li>
<li class="cont">⇒「県・市町村連携推進方針」に基づく県と市町村との具体的な連携事業の実施</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">県・市町村連携加速事業費（再掲）</td><td class="num">11,101<br>(11,601)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県と市町村が連携した取組みの展開 買い物支援、離島振興、ICT 活用促進 等</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">11,101<br>(11,601)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h5><span class="label">㉒</span>県を越えた交流連携の推進</h5>
<table class="kpis">
<thead><tr><th>指標</th><th>基準値</th><th>R2</th><th>R3</th><th>R4</th><th>R5</th><th>R6</th></tr></thead>
<tbody>
<tr><td class="kpi-name">山形・宮城間の流動人口（高速バス輸送人員）</td><td class="num">3,034 千人<br>（H30）</td><td class="num">－ ※</td><td class="num">3,300 千人</td><td class="num">3,400 千人</td><td class="num">3,500 千人</td><td class="num">3,600 千人</td></tr>
</tbody>
</table>
<p class="note">※R2: 新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っていた期間があり、今年度の動向について見通すことが困難であるため。</p>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>「奥羽・羽越新幹線」の整備実現や「福島～米沢間トンネル」の早期事業化に向けた、県民の更なる機運醸成、政府等への効果的な働きかけの展開（再掲）</li>
<li>宮城・山形の連携に関する基本構想において目指す将来像の実現のため、両県連携のもとに実施する各種取組みを更に推進していく必要がある。</li>
<li>これまでの交流で培ってきた人的ネットワークや交流実績を活かし、経済交流への発展を見据えた取組みが必要（再掲）</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>「奥羽・羽越新幹線」の整備実現に向けた運動展開の強化（再掲）</li>
<li class="cont">⇒関係６県合同プロジェクトチームにおける新幹線整備効果等に係る調査・検討の取りまとめと、その成果を活かした政府要望や地域内での機運醸成の推進（再掲）</li>
<li class="cont">⇒学生や青年会議所メンバー等で構成するワーキングチームによる、若者の視点を生かした若年層向けの普及啓発活動の展開（再掲）</li>
<li>「福島～米沢間トンネル」の早期事業化に向けた取組みの推進（再掲）</li>
<li class="cont">⇒ＪＲ東日本との整備のあり方等の協議・検討、国土強靭化等の専門家からの意見聴取等を踏まえた検討の深堀り（再掲）</li>
<li>宮城・山形の交流連携の推進</li>
<li class="cont">⇒「宮城・山形未来創造会議」において両県の未来を担う若者等の地元定着を推進</li>
<li class="cont">⇒合同アンテナショップの出店による魅力発信やインバウンド推進による交流人口の拡大等に向けた各種取組みを推進</li>
<li>多様な国際交流の推進（再掲）</li>
<li class="cont">⇒多様な分野における県民と海外との相互交流の促進（再掲）</li>
<li class="cont">⇒次代の県人会活動を担う人材確保の支援（再掲）</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">奥羽・羽越新幹線整備推進事業費（再掲）</td><td class="num">13,649<br>(29,144)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>福島～米沢間トンネル整備の早期事業化に向けた取組みの推進</li>
<li>奥羽・羽越新幹線の整備実現に向けた県民気運の醸成及び政府への要望活動の展開</li>
</ul>
</td></tr>
<tr><td class="project">姉妹交流推進事業費（再掲）</td><td class="num">4,589<br>(14,309)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>姉妹友好州省等との交流事業の実施</li>
</ul>
</td></tr>
<tr><td class="project">山形県若者海外体験促進事業費（再掲）</td><td class="num">1,628<br>(1,628)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>若者の国際意識の醸成を図り、グローバル人材の育成に結びつけるとともにアウトバウンドを促進するための市町村と連携した若者のパスポート取得の支援</li>
</ul>
</td></tr>
<tr><td class="project">海外山形県人会担い手育成支援事業費（再掲）</td><td class="num">2,660<br>(-)</td><td class="cat"><span class="on">新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>海外山形県人会の担い手育成を支援するため、若手日系人を招いた交流事業の実施</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">22,526<br>(45,081)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
</section>
</section>
<section class="node">
<h2><span class="label">Ⅱ</span>政策の効率的・効果的な展開の促進</h2>
<section class="node">
<h3><span class="label">㉓</span>「第４次山形県総合発展計画」の推進</h3>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>今年度から「第４次山形県総合発展計画」の計画期間がスタートすることから、各部局と連携し、実施計画の各施策をしっかり展開できるよう、進行管理を行っていく必要がある。</li>
<li>計画の推進においては、県民と一緒になって県づくりを進めていくことが重要であることから、計画の普及啓発を図っていく必要がある。</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>総合政策審議会による外部評価を含め、ＰＤＣＡサイクルを適切に運営することにより、計画の進行管理を行う。</li>
<li>本県の将来を担う若者をはじめとした県民との意見交換やＳＮＳの活用等により、県民に向けた第４次山形県総合発展計画の普及啓発に取り組んでいく。</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">総合政策審議会費</td><td class="num">2,070<br>(7,150)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>「第４次山形県総合発展計画」の進行管理等を行う総合政策審議会の運営</li>
</ul>
</td></tr>
<tr><td class="project">総合計画推進事業費</td><td class="num">8,091<br>(4,809)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>「第４次山形県総合発展計画」の着実な推進を図るための県内各層からの意見聴取や県政アンケート等の実施</li>
</ul>
</td></tr>
<tr><td class="project">企画管理費（総合計画関連経費）</td><td class="num">2,007<br>(-)</td><td class="cat"><span class="on">新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>「第４次山形県総合発展計画」の普及啓発【新規】</li>
</ul>
</td></tr>
<tr><td class="project">全国知事会議等事務運営費</td><td class="num">10,947<br>(11,011)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>全国知事会やふるさと知事ネットワーク等への参画による他都道府県と連携した政策提案の実施</li>
</ul>
</td></tr>
<tr><td class="project">政府の施策提案等に対する提案調整費</td><td class="num">1,210<br>(1,275)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>県内市町村、経済団体等との連携による各府省に対する提案活動の実施</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">24,325<br>(24,245)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h3><span class="label">㉔</span>市町村の実情に即した施策の展開の促進</h3>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>市町村の実情に基づいた交付金の利便性の向上や、財政状況等を踏まえた効果的な貸付について意見を受けている。</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>市町村の声を丁寧に聞くとともに、適正かつ効果的な制度運用を図る。</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">市町村総合交付金交付事業費</td><td class="num">402,419<br>(443,951)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>市町村が活用しやすい市町村総合交付金の交付</li>
</ul>
</td></tr>
<tr><td class="project">市町村振興資金貸付事業費</td><td class="num">700,000<br>(800,000)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>市町村における公共施設等の整備を促進するための資金の貸付</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">1,102,419<br>(1,243,951)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h3><span class="label">㉕</span>行政情報化の推進</h3>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>自治体の情報資産をサイバー攻撃等の脅威から保護する「山形県・市町村情報セキュリティクラウド」を県と市町村が共同で運営しており、全国の都道府県で同じ仕組みを導入しているが、セキュリティ対策の水準や運用経費にばらつきがある。</li>
<li>業務システムの運用コストの削減、所管課職員の運用事務負担の削減が必要である。</li>
<li>会議録の作成に多くの時間が費やされている。</li>
<li>新型コロナウイルス感染症流行の第２波等へ備えたテレワーク環境の拡充が必要である。</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>令和４年度に機器更新の時期を迎えることから、東北６県などとの共同調達に向けた検討を進め、セキュリティ対策水準の標準化と運用経費の適正化を図る。</li>
<li>大規模システム統合基盤において、令和 2 年 9 月に総務事務システム、令和 2 年 10 月に給与等システム、令和 3年 1月に税務総合電算システムの運用を開始する。</li>
<li>ＡＩ会議録作成システム導入、ＲＰＡ実証により業務効率化を図る。</li>
<li>職員の自宅から一人一台ＰＣを遠隔操作するためのリモート接続システムの同時接続数の拡大、貸出用携帯型ＰＣ・WiFi ルータの拡充、クラウド利用型オフィスソフトの導入、及びオンライン会議の環境整備など、テレワーク環境の拡充を図る。</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">山形県基幹高速通信ネットワーク運営管理事業費</td><td class="num">885,445<br>(870,890)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>効率的な行政運営推進の基盤となる県基幹高速通信ネットワークの運営管理</li>
<li>山形県・市町村情報セキュリティクラウドの運営管理</li>
</ul>
</td></tr>
<tr><td class="project">情報システム全体最適化推進事業費</td><td class="num">250,403<br>(270,185)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>各業務システムの共通部分に係る運用・保守</li>
<li>管理コストの削減等に向けたシステム基盤の統合</li>
</ul>
</td></tr>
<tr><td class="project">電子県庁推進事業費の一部（再掲）</td><td class="num">191,905<br>(92,057)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>業務効率化を図るためのＡＩ会議録作成システム、モバイルＰＣの導入【新規】</li>
<li>新型コロナウイルス対応に向けモバイルＰＣの導入などのテレワーク環境を整備</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">1,327,753<br>(1,233,132)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
<section class="node">
<h3><span class="label">㉖</span>統計利用の拡大に向けた取組みの促進</h3>
<p class="block-title">（課題）</p>
<ul class="bullets">
<li>人口減少の加速や労働力不足、更には新型コロナウイルス拡大による影響等、本県を取り巻く社会経済状況の変化</li>
<li>本県経済の動向を的確に把握・分析した統計情報を作成・公表し、各種施策の推進を支援</li>
</ul>
<p class="block-title">（対応）</p>
<ul class="bullets">
<li>新たな県政課題に関する統計分析等を行い、社会経済の変化や時代等を踏まえて的確な施策形成につなげる。</li>
<li>子どものうちから統計的なものの見方や表現方法を学び、統計に関する関心を高め、統計的な問題解決力を養う機会を提供するなど、県民の統計に関する関心と理解を深める。</li>
</ul>
<p class="unit">（単位：千円）</p>
<table class="projects">
<thead><tr><th>事業名</th><th class="amount">予算額<br>（前年度）</th><th>区分※</th><th>事業概要</th></tr></thead>
<tbody>
<tr><td class="project">経済動向分析事業費</td><td class="num">1,118<br>(1,148)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>各種統計調査の収集・作成及び分析</li>
<li>県施策の企画立案に資するための各種研究会の開催等</li>
</ul>
</td></tr>
<tr><td class="project">統計調査事務費</td><td class="num">3,852<br>(11,051)</td><td class="cat"><span>新規</span><span>見直し</span><span>継続</span></td><td><ul class="bullets">
<li>山形県統計大会の開催</li>
<li>統計グラフコンクール、夏休み親子統計教室の実施等</li>
</ul>
</td></tr>
<tr class="total"><td>計</td><td class="num">4,970<br>(12,199)</td><td></td><td></td></tr>
</tbody>
</table>
<p class="note">※「新規」は今年度新規事業、「見直し」は昨年度から見直しを行った事業、「継続」は昨年度からの継続事業</p>
</section>
</section>
</section>
</body>
</html>
[exit 0]
