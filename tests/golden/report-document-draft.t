$ yplan report plans/kokusai-senryaku.yaml --kind document --format html
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>新たな国際戦略の骨子（案）</title>
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
  @top-center { content: "新たな国際戦略の骨子（案）"; font-size: 9pt; color: #444; }
  @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; }
}
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media screen { body { max-width: 180mm; margin: 10mm auto; padding: 0 5mm; } }
</style>
</head>
<body>
<section class="outline">
<h1>新たな国際戦略の骨子（案）</h1>
<p class="subtitle">Outline</p>
<p class="meta">山形県 · Period: R2–R6 · draft</p>
<ul class="outline">
<li><span class="node"><span class="label">１</span>位置付け</span></li>
<li><span class="node"><span class="label">２</span>計画期間</span></li>
<li><span class="node"><span class="label">３</span>目標指標</span></li>
<li><span class="node"><span class="label">４</span>本県を取り巻く環境と社会情勢等</span></li>
<li><span class="node"><span class="label">５</span>課題</span>
<ul>
<li><span class="node"><span class="label">【国際交流】</span>国際交流</span></li>
<li><span class="node"><span class="label">【経済交流】</span>経済交流</span></li>
<li><span class="node"><span class="label">【観光交流】</span>観光交流</span></li>
</ul></li>
<li><span class="node">目指す姿</span></li>
<li><span class="node">取組みの基本方向</span></li>
<li><span class="node">本県産業の発展に向けた貿易振興</span>
<ul>
<li><span class="node"><span class="label">Ⅰ</span>県産品の輸出拡大・県内企業の海外取引の拡大</span>
<ul>
<li><span class="node"><span class="label">（1）</span>重点４地域（台湾・中国・香港・ASEAN）を中心とした県産品の輸出拡大</span></li>
<li><span class="node"><span class="label">（2）</span>ＩＣＴや人的ネットワークを活用した販路開拓等への支援</span></li>
<li><span class="node"><span class="label">（3）</span>ものづくり企業の海外取引等支援の充実</span></li>
</ul></li>
<li><span class="node"><span class="label">Ⅱ</span>国際物流の推進</span>
<ul>
<li><span class="node"><span class="label">（1）</span>酒田港を核とした国際物流ネットワークの強化</span></li>
<li><span class="node"><span class="label">（2）</span>国際物流の合理化・効率化</span></li>
</ul></li>
</ul></li>
<li><span class="node">インバウンドの推進</span>
<ul>
<li><span class="node"><span class="label">Ⅰ</span>市場特性に応じた誘客拡大</span></li>
<li><span class="node"><span class="label">Ⅱ</span>本県の強みを生かしたツーリズムの展開と受入環境の整備</span></li>
<li><span class="node"><span class="label">Ⅲ</span>本県への移動手段の確保、二次交通の充実</span></li>
<li><span class="node"><span class="label">Ⅳ</span>個人旅行客増に対応した情報発信の強化</span></li>
</ul></li>
<li><span class="node">地域の国際化</span>
<ul>
<li><span class="node">国際交流の促進</span>
<ul>
<li><span class="node"><span class="label">Ⅰ</span>多様な国際交流の促進・経済交流への発展</span></li>
<li><span class="node"><span class="label">Ⅱ</span>グローバル人材の育成</span></li>
</ul></li>
<li><span class="node">多文化共生の推進</span>
<ul>
<li><span class="node"><span class="label">Ⅰ</span>言葉・生活・文化の壁を超えた相互理解の促進</span></li>
<li><span class="node"><span class="label">Ⅱ</span>多文化共生推進のための態勢整備</span></li>
</ul></li>
</ul></li>
</ul>
</section>
<section class="body">
<section class="node">
<h2><span class="label">１</span>位置付け</h2>
<ul class="bullets">
<li>国際情勢等の内外の環境の変化等を踏まえ、より一層効果的な国際関係施策を推進するための基本指針となるもの。</li>
<li>「第4次山形県総合発展計画（仮称、策定作業中）」を踏まえ、「次期産業振興ビジョン」、「観光振興に係る次期基本計画」、「第６次山形県教育振興計画」との整合性を取って定める。</li>
</ul>
</section>
<section class="node">
<h2><span class="label">２</span>計画期間</h2>
<ul class="bullets">
<li>令和２年度～６年度 (５年間)</li>
</ul>
</section>
<section class="node">
<h2><span class="label">３</span>目標指標</h2>
<ul class="bullets">
<li>分野ごとに設定（数値は今後設定）</li>
</ul>
</section>
<section class="node">
<h2><span class="label">４</span>本県を取り巻く環境と社会情勢等</h2>
<ul class="bullets">
<li>少子高齢化の進行や社会移動等による人口減少の加速</li>
<li>グローバル化の拡大・深化</li>
<li>ＩｏＴ、ＡＩ、ロボットなど技術革新の進展</li>
<li>訪日外国人・在留外国人・就労外国人ともに増加</li>
<li>個人旅行化の進展、観光ニーズの多様化</li>
<li>観光・貿易・投資における地域間競争の激化</li>
</ul>
</section>
<section class="node">
<h2><span class="label">５</span>課題</h2>
<section class="node">
<h3><span class="label">【国際交流】</span>国際交流</h3>
<p class="block-title">(Issues)</p>
<ul class="bullets">
<li>海外との交流を通した国際感覚や世界的な視野を身につけた人材の育成</li>
<li>県民の国際理解と地域の国際化の推進</li>
<li>国際化を支える拠点･ネットワークの充実強化</li>
<li>在住外国人への生活支援の充実</li>
</ul>
</section>
<section class="node">
<h3><span class="label">【経済交流】</span>経済交流</h3>
<p class="block-title">(Issues)</p>
<ul class="bullets">
<li>市場ごとの成果・課題・現地情勢への対応</li>
<li>輸出を見据えた県産品の輸出品目の育成</li>
<li>信頼できる輸出パートナーの確保と関係強化</li>
<li>ものづくり企業の海外取引等支援の充実</li>
<li>酒田港の貨物量拡大と航路拡充など利便性の向上</li>
</ul>
</section>
<section class="node">
<h3><span class="label">【観光交流】</span>観光交流</h3>
<p class="block-title">(Issues)</p>
<ul class="bullets">
<li>市場ごとの成果や特性を踏まえた誘客対策の充実</li>
<li>定期便化を見据えたチャーター便の誘致と個人旅行客増に対応した二次交通の充実</li>
<li>外国人が快適に滞在することができる環境の更なる整備促進</li>
<li>個人旅行客増に対応した効果的な情報発信</li>
<li>欧米豪など新たな有望市場への取組みの拡大</li>
</ul>
</section>
</section>
<section class="node">
<h2>目指す姿</h2>
<ul class="bullets">
<li>世界の活力を取り込み、世界に開かれた山形の実現</li>
</ul>
</section>
<section class="node">
<h2>取組みの基本方向</h2>
<ul class="bullets">
<li>山形の魅力・強みを活かした海外展開</li>
<li>関係機関の連携強化</li>
<li>世界とつながる環境づくりの促進</li>
<li>重点地域 台湾 中国 香港 ASEAN 【新規：観光分野】 欧州・米国・豪州</li>
</ul>
<p class="note">【新規：観光分野】 欧州・米国・豪州</p>
</section>
<section class="node">
<h2>本県産業の発展に向けた貿易振興</h2>
<ul class="bullets">
<li>国際業務に携わるグローバル人材の育成</li>
<li>外国人材の活用 等</li>
</ul>
<section class="node">
<h3><span class="label">Ⅰ</span>県産品の輸出拡大・県内企業の海外取引の拡大</h3>
<section class="node">
<h4><span class="label">（1）</span>重点４地域（台湾・中国・香港・ASEAN）を中心とした県産品の輸出拡大</h4>
<ul class="bullets">
<li>市場ごとの成果・課題、現地情勢を踏まえ取組みの重点化を図りながら、県産品の輸出拡大</li>
<li>輸出を見据えた県産品の育成と市場特性に応じた商品づくりに向けた支援</li>
<li>現地活動拠点（ハルビン事務所等）、コーディネーター等との連携による現地支援態勢の充実</li>
</ul>
</section>
<section class="node">
<h4><span class="label">（2）</span>ＩＣＴや人的ネットワークを活用した販路開拓等への支援</h4>
<ul class="bullets">
<li>ＩＣＴ（越境ＥＣ（インターネットを通じた国際的な電子商取引）、ＳＮＳ等）を活用した県産品の認知度向上と販路開拓等への支援</li>
<li>人的ネットワークを活用した情報発信強化と山形ファンの拡大</li>
</ul>
</section>
<section class="node">
<h4><span class="label">（3）</span>ものづくり企業の海外取引等支援の充実</h4>
<ul class="bullets">
<li>ものづくり企業への情報提供や販路開拓に対する支援</li>
<li>グローバル人材の育成・確保と県内企業における活用促進</li>
</ul>
</section>
</section>
<section class="node">
<h3><span class="label">Ⅱ</span>国際物流の推進</h3>
<section class="node">
<h4><span class="label">（1）</span>酒田港を核とした国際物流ネットワークの強化</h4>
<ul class="bullets">
<li>新規荷主の掘り起こし等による酒田港の利用拡大</li>
<li>酒田港の航路利便性の向上</li>
<li>酒田港を活かした企業誘致による産業振興</li>
<li>酒田港利用拡大に向けた対岸貿易の振興・農産物の輸出促進</li>
</ul>
</section>
<section class="node">
<h4><span class="label">（2）</span>国際物流の合理化・効率化</h4>
<ul class="bullets">
<li>空路・船舶・陸送を組み合わせ物流工程の合理化・効率化を推進</li>
<li>鮮度保持技術の普及推進</li>
</ul>
</section>
</section>
</section>
<section class="node">
<h2>インバウンドの推進</h2>
<ul class="bullets">
<li>海外の市場分析や流動分析に基づく重点地域の設定と展開</li>
<li>市場特性や嗜好に応じた対策</li>
</ul>
<section class="node">
<h3><span class="label">Ⅰ</span>市場特性に応じた誘客拡大</h3>
<ul class="bullets">
<li>市場ごとの成果や特性を踏まえた誘客対策の充実</li>
<li>欧州・米国・豪州など新たな有望市場への取組みの拡大</li>
</ul>
</section>
<section class="node">
<h3><span class="label">Ⅱ</span>本県の強みを生かしたツーリズムの展開と受入環境の整備</h3>
<ul class="bullets">
<li>雪、美食・美酒、精神文化など、本県の強みとなる観光素材の活用</li>
<li>観光消費額拡大に向けた取組みの推進（ナイトタイムエコノミーコンテンツの構築などによる宿泊・滞在・周遊の促進等）</li>
<li>民間事業者と連携した快適な周遊のための受入環境の整備（キャッシュレス決済の導入、観光・交通案内サービスの多言語化の促進等）</li>
</ul>
</section>
<section class="node">
<h3><span class="label">Ⅲ</span>本県への移動手段の確保、二次交通の充実</h3>
<ul class="bullets">
<li>官民が一体となった、定期便化を見据えた国際チャーター便の継続誘致、外航クルーズ船の誘致促進</li>
<li>首都圏空港、仙台空港など他県空港利用による訪日外国人の本県への誘客の推進</li>
<li>最寄駅や空港などから観光地までをつなぐ二次交通への対応</li>
</ul>
</section>
<section class="node">
<h3><span class="label">Ⅳ</span>個人旅行客増に対応した情報発信の強化</h3>
<ul class="bullets">
<li>デジタルマーケティングの推進（ICTを最大限に活用した「旅マエ・旅ナカ・旅アト」での効果的なアプローチの展開、予約システムを兼ね備えた観光サイトの構築 等）</li>
<li>ＳＮＳやメディア等を活用した戦略的な情報発信の充実</li>
</ul>
</section>
</section>
<section class="node">
<h2>地域の国際化</h2>
<ul class="bullets">
<li>相互交流の促進によるインバウンドへの普及</li>
<li>在住者にも来訪者にもやさしい地域づくり 等</li>
</ul>
<section class="node">
<h3>国際交流の促進</h3>
<section class="node">
<h4><span class="label">Ⅰ</span>多様な国際交流の促進・経済交流への発展</h4>
<ul class="bullets">
<li>姉妹友好州省や海外県人会等を通した国際交流の深化</li>
<li>海外県人会の担い手育成の支援</li>
<li>相互交流の促進に向けた支援の充実</li>
</ul>
</section>
<section class="node">
<h4><span class="label">Ⅱ</span>グローバル人材の育成</h4>
<ul class="bullets">
<li>グローバル人材の基礎となる外国語教育の充実、国際理解教育の促進</li>
<li>県民の国際的視野を広げるためのアウトバウンド促進</li>
<li>外国人留学生等の受入拡大、人材活用及び地元就労に向けた支援</li>
</ul>
</section>
</section>
<section class="node">
<h3>多文化共生の推進</h3>
<section class="node">
<h4><span class="label">Ⅰ</span>言葉・生活・文化の壁を超えた相互理解の促進</h4>
<ul class="bullets">
<li>地域生活・就労に必要な日本語や日本社会に関する学びの機会の提供</li>
<li>生活情報、災害情報等の多言語による提供の充実</li>
<li>多文化共生意識の醸成のための交流イベント、多文化理解講座の開催</li>
</ul>
</section>
<section class="node">
<h4><span class="label">Ⅱ</span>多文化共生推進のための態勢整備</h4>
<ul class="bullets">
<li>「産・学・官・民」の連携強化</li>
<li>国際交流サポーター・ボランティアの確保と育成</li>
</ul>
</section>
</section>
</section>
</section>
</body>
</html>
[exit 0]
