$ yplan set plans/mirai-2020.yaml kpi.portal-access.targets.R3=130,000 --force -o -
# 令和２年度 みらい企画創造部 施策体系 / 主要事業 (山形県)
# Transcribed as printed from seeds/001_b21c8f600498ff4a.txt, inconsistencies kept.
yplan: 1
plan:
  id: mirai-2020
  title: 令和２年度 みらい企画創造部 主要事業
  organization: 山形県 みらい企画創造部
  fiscal_year: R2
  period: [R2, R6]
  budget_unit: 千円
  status: final
  basis: 第４次山形県総合発展計画実施計画

projects:
  - id: iju-teiju
    name: 移住定住・人材確保戦略的展開事業費
    budget: 200753
    previous: 155613
    # no category: the 区分 circle was lost in extraction, and the 【新規】 below marks one bullet, not the project
    summary:
      - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】
      - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
      - 首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化
  - id: ryugakusei
    name: 留学生受入拡大推進事業費
    budget: 23764
    previous: 12774
    summary:
      - 本県への就職を希望する留学生に対する経済的支援及び県内高等教育機関の認知度を高める取組みへの支援
      # printed "【6" at the end (source line 608): probably a clipped marker plus a page number
      - 新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援【6
  - id: gaikokujin-onestop
    name: 外国人総合相談ワンストップセンター運営事業費
    budget: 2802
    previous: 7802
    summary:
      - 県内の在住外国人に対し、生活・就労等に関する情報提供・相談を一元的に行うワンストップセンターの運営
  - id: koku-network
    name: 航空ネットワーク拡充事業費
    budget: 182891
    previous: 198473
    summary:
      - 山形空港及び庄内空港の利用拡大のための取組みに対する支援増額）
      - 庄内空港の新規路線定着に向けた取組みの推進
  - id: shimai-koryu
    name: 姉妹交流推進事業費
    budget: 4589
    previous: 14309
    summary:
      - 姉妹友好州省等との交流事業の実施
  - id: wakamono-kaigai
    name: 山形県若者海外体験促進事業費
    budget: 1628
    previous: 1628
    summary:
      - 若者の国際意識の醸成を図り、グローバル人材の育成に結びつけるとともにアウトバウンドを促進するための市町村と連携した若者のパスポート取得の支援
  - id: kenjinkai
    name: 海外山形県人会担い手育成支援事業費
    budget: 2660
    previous: null
    category: new
    summary:
      - 海外山形県人会の担い手育成を支援するため、若手日系人を招いた交流事業の実施
  - id: yukiguni
    name: いきいき雪国やまがたづくり推進事業費
    budget: 94556
    previous: 95818
    summary:
      - 市町村の雪対策を総合的に支援する「いきいき雪国やまがた推進交付金」の交付
      - 快適な雪国暮らしの実現に向けた技術イノベーションの創出
  - id: chiiki-zukuri
    name: 活力ある地域づくり推進事業費
    budget: 6508
    previous: 11740
    summary:
      - 地域づくりの主体となる市町村職員や地域のリーダーに対する研修会の開催
  - id: renkei-kasoku
    name: 県・市町村連携加速事業費
    budget: 11101
    previous: 11601
    summary:
      - 買い物支援について、地域住民が主体となった取組みに対し市町村と連携し支援を実施
  - id: tabunka
    name: 多文化共生推進事業費
    budget: 357
    previous: null
    category: new
    summary:
      - 多文化共生社会の実現に向けた在住外国人を対象としたアンケート調査の実施
  - id: denshi-kencho
    # the name itself says "の一部" (part of 電子県庁推進事業費); the figures are those of that part
    name: 電子県庁推進事業費の一部
    budget: 191905
    previous: 92057
    # no category: the 区分 circle was lost in extraction, and the 【新規】 below marks one bullet, not the project
    summary:
      - 県と市町村との共同利用による電子申請サービス等の提供
      - 業務効率化を図るためのＡＩ会議録作成システム、モバイルＰＣの導入【新規】
  - id: ict-innovation
    name: ＩＣＴイノベーション創出事業費
    budget: 8168
    previous: 12997
    summary:
      - 県内産業の各分野でＩＣＴを現場の課題解決に活用できる実践的人材の育成
  - id: shinkansen
    name: 奥羽・羽越新幹線整備推進事業費
    budget: 13649
    previous: 29144
    summary:
      - 福島～米沢間トンネル整備の早期事業化に向けた取組みの推進
      - 奥羽・羽越新幹線の整備実現に向けた県民気運の醸成及び政府への要望活動の展開
  - id: kotsu-keikaku
    name: 地域交通総合対策事業費（山形県地域公共交通網形成計画策定事業）
    budget: 20000
    previous: null
    category: new
    summary:
      - 利便性が高く持続可能な公共交通ネットワークの形成に向けた「県地域公共交通網形成計画」の策定
  - id: chiiki-kotsu
    # printed with 【再掲】 although this (⑲) is its only listing
    name: 地域交通総合対策事業費
    budget: 111828
    previous: 109991
    summary:
      - 県民の生活交通手段となっているバス路線や車両の維持に係るバス事業者に対する支援
  - id: seikatsu-kotsu-kofukin
    name: 市町村総合交付金（生活交通確保対策事業）
    budget: 96798
    previous: 101117
    summary:
      - 路線バス又はデマンド交通を維持する市町村に対する支援
      - 広域的な地域公共交通の検討等を行う市町村に対する支援
  - id: tetsudo-network
    name: 鉄道ネットワーク機能強化事業費
    budget: 2026
    previous: 3655
    summary:
      - 県内鉄道の利便性向上に向け、各種団体との連携によるＪＲ東日本や政府に対する要望活動の推進
  - id: rosen-iji
    name: 地域生活交通事業者・路線維持対策事業費
    budget: 30000
    previous: null
    category: new
    summary:
      - 新型コロナウイルス感染症拡大防止に向けた交通事業者の取組みへの支援
  - id: seisaku-shingikai
    name: 総合政策審議会費
    budget: 2070
    previous: 7150
    summary:
      - 「第４次山形県総合発展計画」の進行管理等を行う総合政策審議会の運営
  - id: sogo-keikaku
    name: 総合計画推進事業費
    budget: 8091
    previous: 4809
    summary:
      - 「第４次山形県総合発展計画」の着実な推進を図るための県内各層からの意見聴取や県政アンケート等の実施
  - id: kikaku-kanri
    name: 企画管理費（総合計画関連経費）
    budget: 2007
    previous: null
    category: new
    summary:
      - 「第４次山形県総合発展計画」の普及啓発【新規】
  - id: chiji-kaigi
    name: 全国知事会議等事務運営費
    budget: 10947
    previous: 11011
    summary:
      - 全国知事会やふるさと知事ネットワーク等への参画による他都道府県と連携した政策提案の実施
  - id: seifu-teian
    name: 政府の施策提案等に対する提案調整費
    budget: 1210
    previous: 1275
    summary:
      - 県内市町村、経済団体等との連携による各府省に対する提案活動の実施
  - id: sogo-kofukin
    name: 市町村総合交付金交付事業費
    budget: 402419
    previous: 443951
    summary:
      - 市町村が活用しやすい市町村総合交付金の交付
  - id: shinko-shikin
    name: 市町村振興資金貸付事業費
    budget: 700000
    previous: 800000
    summary:
      - 市町村における公共施設等の整備を促進するための資金の貸付
  - id: kikan-network
    name: 山形県基幹高速通信ネットワーク運営管理事業費
    budget: 885445
    previous: 870890
    summary:
      - 効率的な行政運営推進の基盤となる県基幹高速通信ネットワークの運営管理
      - 山形県・市町村情報セキュリティクラウドの運営管理
  - id: system-saiteki
    name: 情報システム全体最適化推進事業費
    budget: 250403
    previous: 270185
    summary:
      - 各業務システムの共通部分に係る運用・保守
      - 管理コストの削減等に向けたシステム基盤の統合
  - id: keizai-doko
    name: 経済動向分析事業費
    budget: 1118
    previous: 1148
    summary:
      - 各種統計調査の収集・作成及び分析
      - 県施策の企画立案に資するための各種研究会の開催等
  - id: tokei-chosa
    name: 統計調査事務費
    budget: 3852
    previous: 11051
    summary:
      - 山形県統計大会の開催
      - 統計グラフコンクール、夏休み親子統計教室の実施等

sections:
  - id: "I"
    label: Ⅰ
    title: 第４次山形県総合発展計画の推進
    sections:
      - id: "1"
        label: "１"
        title: 次代を担い地域を支える人材の育成・確保
        ref: "1"
        sections:
          - id: "1.1"
            label: "(1)"
            title: 国内外の様々な人材の呼び込み
            ref: "1-4"
            goals:
              - id: social-migration
                name: 全年齢の社会増減数（県外からの転入者数―県外への転出者数）
                unit: 人
                direction: increase
                baseline: {year: R1, value: "△４，５４３"}
                target: {year: R6, value: "△１，５００"}
            sections:
              # ① 多様なライフスタイルの提案・発信
              - id: "1.1.1"
                label: ①
                title: 多様なライフスタイルの提案・発信
                kpis:
                  - id: portal-access
                    name: 移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数
                    unit: 件
                    direction: increase
                    baseline: {year: H30, value: "９１，４５６"}
                    targets: {R2: "116,000", R3: "130,000", R4: "120,000", R5: "121,000", R6: "122,000"}
                issues:
                  - 移住希望者の多様なニーズに対応した情報発信
                responses:
                  - 移住者目線での情報発信の強化
                  - ⇒移住・交流ポータルサイトやＳＮＳ等によるきめ細かな情報提供
                  - ⇒移住総合支援ガイドの活用等による本県の魅力をアピールするコンテンツの充実
                projects:
                  - iju-teiju
                total: {budget: 200753, previous: 155613}
              # ② 移住・定住の促進
              - id: "1.1.2"
                label: ②
                title: 移住・定住の促進
                kpis:
                  - id: consultation-migrants
                    name: 県の移住相談窓口を通じた県外からの移住者数※
                    unit: 人
                    direction: increase
                    baseline: {year: H30, value: "６２"}
                    targets: {R2: "100", R3: "130", R4: "150", R5: "170", R6: "200"}
                    note: ※上記以外の移住者数が把握可能となった場合、指標値を修正する。
                issues:
                  - 移住希望者のニーズに添った相談対応・マッチング、定住・定着支援の一体的な展開
                responses:
                  - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化
                  - ⇒首都圏における相談機能及び県内におけるコーディネート機能の強化
                  - ⇒市町村や関係機関と連携した首都圏におけるオール山形ＵＩターンフェア、移住セミナーの開催
                  - ⇒新型コロナウイルス感染症対策を踏まえたオンラインによる移住相談及びセミナーの実施
                  - ⇒移住希望者を応援する各種サービスや特典等を提供する仕組みの構築・実施
                  - 山形らしい移住促進策の推進
                  - ⇒「住」「食」「職」の支援の充実
                projects:
                  - project: iju-teiju
                    relisted: true
                    budget: 200753
                    previous: 155613
                    summary:
                      - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】
                      - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
                      - 首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化
                      - 全国レベルで移住関係のプロジェクトを展開する民間事業者のネットワークサービス加入によるオンラインによる移住相談及びセミナーの開催
                      - 移住希望者に対する各種サービスや特典等の提供を行う仕組みの構築【新規】
                      - 市町村・ＪＡと連携した移住者に対する食（米・味噌・醤油）の支援
                      - 移住世帯に対する賃貸住宅の家賃補助【新規】
                      - 東京圏から移住して県内中小企業等へ就職した者に対する支援金の給付
                total: {budget: 200753, previous: 155613}
              # ③ 「関係人口」の創出・拡大
              - id: "1.1.3"
                label: ③
                title: 「関係人口」の創出・拡大
                kpis:
                  - id: short-stay-programs
                    name: 県内で展開される移住・定住を目的とした短期滞在プログラム数
                    unit: ﾌﾟﾛｸﾞﾗﾑ
                    direction: increase
                    baseline: {year: H30, value: "４２"}
                    targets: {R2: "45", R3: "50", R4: "55", R5: "58", R6: "60"}
                issues:
                  - 県外在住者に本県との関わりを持ってもらう多様な機会の創出
                responses:
                  - 首都圏の若者等に山形を知ってもらうための移住体験の提供
                  - ⇒市町村と連携した山形の暮らしと仕事の体験プログラムの実施
                  - 新型コロナウイルスの感染拡大により経済的な影響を受けている本県出身の県外在住学生に対する食の提供
                  - ⇒市町村と連携した食の提供を通した学生の支援及び県内回帰に繋げる取組みの実施
                  - 行政・民間企業双方からの一層の連携機運の醸成
                projects:
                  - project: iju-teiju
                    relisted: true
                    budget: 200753
                    previous: 155613
                    summary:
                      - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「ふるさと山形移住・定住推進センター」の運営支援・連携強化【新規】
                      - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
                      - 首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化
                      - 山形の暮らしと仕事を体験するプログラム「やまがたＣＡＭＰ」の実施
                      - 新型コロナウイルスの感染拡大により経済的な影響を受けている本県出身の県外在住学生に対する市町村と連携した食の提供の実施
                total: {budget: 200753, previous: 155613}
              # ④ 外国人材の受け入れ拡大
              - id: "1.1.4"
                label: ④
                title: 外国人材の受け入れ拡大
                kpis:
                  - id: intl-students
                    name: 外国人留学生の県内受入数
                    unit: 人
                    direction: increase
                    baseline: {year: H30, value: "２９３"}
                    targets: {R2: "311", R3: "342", R4: "377", R5: "414", R6: "455"}
                issues:
                  - 人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分
                responses:
                  - 産学官及び市町村との連携を強め、オール山形で県内定着に向けた取組みを強力に推進
                  - ⇒本県への就職を希望する留学生に対する経済的支援
                  - ⇒新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援
                  - ⇒外国人総合相談ワンストップセンターによる生活・就労等に関する一元的な情報提供・相談の実施
                projects:
                  - ryugakusei
                  - gaikokujin-onestop
                total: {budget: 26566, previous: 20576}
      - id: "2"
        label: "２"
        outline_label: "2"
        title: 高い付加価値を創出する産業経済の振興・活性化
        ref: "3"
        sections:
          - id: "2.1"
            label: "(2)"
            title: 地域産業の振興・活性化と中小企業等の成長・発展
            ref: "3-2"
            sections:
              # ⑤ 企業の持続的発展に必要な人材の確保、円滑な事業承継の促進
              - id: "2.1.1"
                label: ⑤
                title: 企業の持続的発展に必要な人材の確保、円滑な事業承継の促進
                issues:
                  - 人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分（再掲）
                responses:
                  - 産学官及び市町村との連携を強め、外国人材の県内定着に向けた取組みをオール山形で強力に推進
                  - ⇒外国人総合相談ワンストップセンターによる生活・就労等に関する一元的な情報提供・相談の実施（再掲）
                projects:
                  - {project: gaikokujin-onestop, relisted: true}
                total: {budget: 2802, previous: 7802}
          - id: "2.2"
            label: "(3)"
            title: 国内外からの観光・交流の拡大による地域経済の活性化
            ref: "3-3"
            sections:
              # ⑥ 観光地域づくりの推進
              - id: "2.2.1"
                label: ⑥
                title: 観光地域づくりの推進
                issues:
                  - 国内外から本県へスムーズに移動する手段の確保や観光地までの二次交通の充実が必要
                responses:
                  - 観光地域としての受入環境の整備
                  - ⇒空港と主要観光地等を結ぶ二次交通の維持・拡充
                  - 広域的な交通ネットワークの利便性向上
                  - ⇒県内空港と羽田・成田両空港の乗り継ぎや近隣県の国際空港等と連携した旅行商品造成への支援
                  - ⇒仙台空港と連携した県内の交通や観光に関する情報発信の展開
                projects:
                  - koku-network
                total: {budget: 182891, previous: 198473}
              # ⑦ 地域の特性や魅力を活かした多様な交流の促進
              - id: "2.2.2"
                label: ⑦
                title: 地域の特性や魅力を活かした多様な交流の促進
                issues:
                  - これまでの交流で培ってきた人的ネットワークや交流実績を活かし、経済交流への発展を見据えた取組みが必要
                responses:
                  - 多様な国際交流の推進
                  - ⇒市町村と連携した若者の海外渡航支援
                  - ⇒多様な分野における県民と海外との相互交流の促進
                  - ⇒次代の県人会活動を担う人材確保の支援
                projects:
                  - shimai-koryu
                  - wakamono-kaigai
                  - kenjinkai
                total: {budget: 8877, previous: 15937}
      # label: this policy's number is printed only in the outline, as a half-width "3"
      - id: "3"
        label: "3"
        title: 県民が安全・安心を実感し、総活躍できる社会づくり
        ref: "4"
        sections:
          - id: "3.1"
            label: "(4)"
            title: 大規模災害への対応など危機管理機能の充実強化
            ref: "4-1"
            sections:
              # ⑧ 雪害防止に向けた雪に強い地域づくり
              - id: "3.1.1"
                label: ⑧
                title: 雪害防止に向けた雪に強い地域づくり
                kpis:
                  - id: snow-volunteers
                    name: 除雪ボランティアの登録者数
                    unit: 人
                    direction: increase
                    baseline: {year: H30, value: "９６８"}
                    targets: {R2: "1,050", R3: "1,100", R4: "1,150", R5: "1,200", R6: "1,250"}
                issues:
                  - 第４次山形県雪対策基本計画（令和２年３月策定）に基づく、雪に強い県づくり、豪雪災害対策、地域における除排雪の推進、雪を活用した地域活性化の総合的な雪対策の推進
                responses:
                  - 総合的な雪対策の推進
                  - ⇒市町村の雪対策を支援する「いきいき雪国やまがた推進交付金」の交付
                  - 持続可能な地域除排雪体制の構築
                  - ⇒市町村が実施する要援護者世帯に対する除雪支援、地域共助による除排雪の体制づくりや空き家の実態調査等の対策支援
                  - 快適な雪国生活の実現に向けた技術活用の促進
                  - ⇒効率的・効果的な除雪や情報発信におけるＩＣＴの活用、産学官連携による雪を活用した商品開発や克雪技術の研究
                projects:
                  - yukiguni
                total: {budget: 94556, previous: 95818}
          - id: "3.2"
            label: "(5)"
            title: 多様な力の結集による地域コミュニティの維持・活性化
            ref: "4-4"
            goals:
              - id: community-orgs
                name: 地域運営組織数
                unit: 組織
                direction: increase
                baseline: {year: H30, value: "３３"}
                target: {year: R6, value: "５３"}
            sections:
              # ⑨ コミュニティを支える多様な主体の育成・活用
              - id: "3.2.1"
                label: ⑨
                title: コミュニティを支える多様な主体の育成・活用
                kpis:
                  - id: training-districts
                    name: 住民主体の地域づくり活動のための研修会への参加地区数
                    unit: 地区
                    direction: increase
                    baseline: null
                    targets: {R2: "５", R3: "９", R4: "13", R5: "17", R6: "21"}
                issues:
                  - 住民主体の地域づくりに関する市町村職員や地域住民等の理解の向上
                responses:
                  - 地域づくり人材の育成
                  - ⇒市町村職員や地域のリーダー等を対象とした研修会の開催
                projects:
                  - chiiki-zukuri
                total: {budget: 6508, previous: 11740}
              # ⑩ 暮らしやすく魅力的なコミュニティづくりの促進
              - id: "3.2.2"
                label: ⑩
                title: 暮らしやすく魅力的なコミュニティづくりの促進
                kpis:
                  - id: advisor-dispatch
                    name: 地域づくり専門アドバイザーの派遣回数
                    unit: 件
                    direction: increase
                    baseline: {year: H30, value: "１１"}
                    targets: {R2: "13", R3: "15", R4: "17", R5: "19", R6: "21"}
                issues:
                  - 住民主体の地域づくりにおける専門的知識やノウハウの不足
                responses:
                  - 地域づくりに関する専門的支援の継続
                  - ⇒地域運営組織の形成など、地域の課題に応じた地域づくり専門アドバイザーの派遣
                  - 地域おこし協力隊等の活動への支援の継続
                  - ⇒地域おこし協力隊の定着に向けたサポート体制の充実
                  - コミュニティ活性化に向けた先導的な取り組みへの支援の継続
                  - ⇒買い物支援について、地域住民が主体となった取組みに対し市町村と連携し支援を実施
                projects:
                  - project: chiiki-zukuri
                    relisted: true
                    budget: 6508
                    previous: 11740
                    summary:
                      - 地域づくりに取り組む地区に対する地域課題に応じたアドバイザーの派遣
                  - renkei-kasoku
                total: {budget: 17609, previous: 23341}
          - id: "3.3"
            label: "(6)"
            title: 総合的な少子化対策の新展開
            ref: "4-5"
            sections:
              # ⑪ 地域アプローチによるきめ細かな少子化対策の展開
              - id: "3.3.1"
                label: ⑪
                title: 地域アプローチによるきめ細かな少子化対策の展開
                issues:
                  - 少子化の問題は、結婚、出産、子育てに関する様々な要因が影響しており、地域毎に課題を明確化し、それに応じたきめ細かな取組みを進めることが必要
                responses:
                  - 地域アプローチの分析手法により、地域経済指標等を活用した地域の強みや弱みの分析・評価を進め、市町村毎の課題の明確化を図る。
          - id: "3.4"
            label: "(7)"
            title: 県民誰もが個性や能力を発揮し、活躍できる環境の整備
            ref: "4-6"
            sections:
              # ⑫ 外国人の受入環境の整備
              - id: "3.4.1"
                label: ⑫
                title: 外国人の受入環境の整備
                kpis:
                  - id: multicultural-participants
                    name: 多文化理解講座参加者数（累計）
                    unit: 人
                    direction: increase
                    cumulative: true
                    baseline: {year: H30, value: "２，２０３"}
                    targets:
                      R2: {value: null, note: "新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。"}
                      R3: "4,800"
                      R4: "7,200"
                      R5: "9,600"
                      R6: "12,000"
                issues:
                  - 今後在住外国人の増加が見込まれる中、言語等の違いによる不安をなくし、地域社会の一員として安心して生活し、まちづくりや地域づくりに主体的に参加できる環境の整備が必要
                  - 人口減少や人手不足が深刻化する中、産業・経済発展の新たな担い手となる人材の受入拡大・定着に向けて、各関係機関が実施する事業の連携や情報共有等が不十分（再掲）
                responses:
                  - 国籍や民族等の異なる人々がお互いの文化や習慣の違いを理解し、多様な価値観を尊重しながら共に生きていく、多文化共生社会の実現に向けた取組みの推進
                  - ⇒在住外国人を対象としたアンケート調査の実施
                  - ⇒ホームページ等の行政情報や公共施設の案内等の多言語化による情報提供の充実
                  - 産学官及び市町村との連携を強め、オール山形で県内定着に向けた取組みを強力に推進（再掲）
                  - ⇒本県への就職を希望する留学生に対する経済的支援（再掲）
                  - ⇒新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援（再掲）
                  - ⇒外国人総合相談ワンストップセンターによる生活・就労等に関する一元的な情報提供・相談の実施（再掲）
                projects:
                  - project: ryugakusei
                    relisted: true
                    budget: 23764
                    previous: 12774
                    summary:
                      - 本県への就職を希望する留学生に対する経済的支援及び県内高等教育機関の認知度を高める取組みへの支援
                      - 新型コロナウイルス感染症により経済的な影響を受けている留学生の修学継続を支援
                  - {project: gaikokujin-onestop, relisted: true}
                  - tabunka
                # previous printed with full-width parentheses: （20,576）
                total: {budget: 26923, previous: 20576}
              # ⑬ 多様な主体による社会的課題の解決に向けた取組みの促進
              - id: "3.4.2"
                label: ⑬
                title: 多様な主体による社会的課題の解決に向けた取組みの促進
                kpis:
                  - id: partnership-agreements
                    name: 企業との包括連携協定の締結数
                    unit: 件
                    direction: increase
                    baseline: {year: H30, value: "１２"}
                    targets: {R2: "16", R3: "18", R4: "20", R5: "22", R6: "24"}
                issues:
                  - 民間企業の専門的知見やネットワークを活用した、効果的な施策展開やきめ細かな行政サービスの提供を強化していくため、庁内の一層の意識啓発や企業における連携機運の醸成が必要
                  - 県内における民間企業との連携の裾野を広げていくため、既に県で実施した事業の市町村への横展開等が必要
                responses:
                  - 行政・民間企業双方からの一層の連携機運の醸成
                  - ⇒民間企業との連携に係る取組事例集の更新
                  - ⇒庁内向け勉強会の開催
                  - ⇒企業・市町村職員等を対象としたフォーラム等の開催
      - id: "4"
        label: "４"
        title: 未来に向けた発展基盤となる県土の整備・活用
        ref: "5"
        sections:
          - id: "4.1"
            label: "(8)"
            title: 暮らしや産業の発展基盤となるＩＣＴなど未来技術の早期実装
            ref: "5-1"
            goals:
              - id: ict-initiatives
                name: ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計）
                unit: 件
                direction: increase
                baseline: {year: H30, value: "７７"}
                target: {year: R6, value: "１３７"}
            sections:
              # ⑭ ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上
              - id: "4.1.1"
                label: ⑭
                title: ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上
                kpis:
                  - id: open-datasets
                    name: 山形県オープンデータカタログに掲載するオープンデータセット数（累計）
                    unit: 件
                    direction: increase
                    cumulative: true
                    baseline: {year: H30, value: "１００"}
                    targets: {R2: "155", R3: "180", R4: "205", R5: "230", R6: "255"}
                issues:
                  - 県内の人口の減少及び高齢化が急速に進む中、県内の経済力、生産力など人によって支えられた地域の活力を維持し、持続可能な地域社会を構築するためには、ＩＣＴによる業務効率・生産性向上や自動化・無人化等を進めることが重要
                  - 行政手続・サービスのデジタル化の推進
                responses:
                  - 地域課題や分野の特性に応じたＩＣＴの導入・活用促進
                  - ⇒県民生活や産業等各分野での重点テーマに基づく実証事業や先導的プロジェクトの展開
                  - ⇒オープンデータへの取組みによる成果や効果的な活用事例の収集・展開
                  - ⇒行政手続きのオンライン化の推進
                  - ⇒ＡＩ会議録作成システム導入、ＲＰＡ実証による業務効率化
                items:
                  - ＊【オープンデータ】機械が判読可能な形式によるデータで、二次利用が可能な利用ルールでインターネット上に公開されたもの。
                projects:
                  - denshi-kencho
                total: {budget: 191905, previous: 92057}
              # ⑮ ＩＣＴの早期実装に向けた推進環境の整備
              - id: "4.1.2"
                label: ⑮
                title: ＩＣＴの早期実装に向けた推進環境の整備
                kpis:
                  - id: ict-workshops
                    name: ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計）
                    unit: 件
                    direction: increase
                    cumulative: true
                    baseline: null
                    targets:
                      R2: {value: null, note: "新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため"}
                      R3: "20"
                      R4: "27"
                      R5: "32"
                      R6: "37"
                issues:
                  - ＩｏＴやＡＩ、５Ｇなど未来技術が急速に進展する一方、生産年齢人口の減少による幅広い業種での労働力不足が深刻化
                  - ビッグデータ、ＡＩ、ＩｏＴなど、ＩＣＴの活用により、生産性や生活の質の向上など、イノベーションの進展が期待されており、本県においてもＩＣＴの導入を担う人材の育成が重要
                responses:
                  - ＩＣＴ利活用を推進する体制の整備
                  - ⇒ＩＣＴ利活用の実務を担う人材の育成
                  - ⇒山形県自治体ＩＣＴ推進協議会において、先進事例の情報共有
                projects:
                  - ict-innovation
                  - project: denshi-kencho
                    relisted: true
                    budget: 191905
                    previous: 92057
                    summary:
                      - 山形県自治体ＩＣＴ推進協議会において、先進事例の情報共有
                total: {budget: 200073, previous: 105054}
              # ⑯ 誰もが安全にＩＣＴを利活用できる環境づくり
              - id: "4.1.3"
                label: ⑯
                title: 誰もが安全にＩＣＴを利活用できる環境づくり
                kpis:
                  - id: ict-literacy-seminars
                    name: ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数
                    unit: 件
                    direction: maintain
                    baseline: null
                    targets: {R2: "５", R3: "５", R4: "５", R5: "５", R6: "５"}
                issues:
                  - ＩＣＴ利活用の拡大に向け、県民への普及・啓発や青少年や高齢者、障がい者などがスマートフォンなどの情報機器を適切に利活用できる能力の向上。さらには、いつでも、どこでも、誰でもＩＣＴを利活用できる情報通信環境の確保
                responses:
                  - 様々な世代がＩＣＴ機器・サービスの適切な利活用を学ぶ機会の充実
                  - ⇒民間や市町村におけるＩＣＴ事業の促進を図るための研修会の開催や職員の派遣等の実施
                items:
                  - ＊【リテラシー】特定分野の事象や情報を正しく理解・分析・整理し、判断・活用する能力。
                projects:
                  - {project: ict-innovation, relisted: true}
                total: {budget: 8168, previous: 12997}
          - id: "4.2"
            label: "(9)"
            title: 国内外の活力を呼び込む多様で重層的な交通ネットワークの形成
            ref: "5-2"
            sections:
              # ⑰ 国際ネットワークの形成促進
              - id: "4.2.1"
                label: ⑰
                title: 国際ネットワークの形成促進
                issues:
                  - 将来的な国際定期便の就航も見据え、国際チャーター便の誘致拡大が重要も、山形・庄内両空港では、施設・人員等の受入体制の面で制約がある状況
                  - （県内空港への国際チャーター便は台湾からのものがほとんどであり）欧米豪など多様な国・地域からのインバウンド拡大に向けて、羽田・成田両空港や近隣県の国際空港等との連携を進めていくことが必要
                responses:
                  - 国際チャーター便の円滑な受入れ
                  - ⇒運航業務やＣＩＱ補助業務など受入体制確保に対する支援の実施
                  - ⇒将来的な空港施設の機能強化に向けた空港関係者と連携した検討の実施
                  - 他県空港等との連携強化
                  - ⇒県内空港と羽田・成田両空港の乗り継ぎや近隣県の国際空港等と連携した旅行商品造成への支援（再掲）
                  - ⇒仙台空港と連携した県内の交通や観光に関する情報発信の展開（再掲）
                projects:
                  - project: koku-network
                    relisted: true
                    budget: 182891
                    previous: 198473
                    summary:
                      - 山形空港及び庄内空港の利用拡大のための取組みに対する支援
                      - 庄内空港の新規路線定着に向けた取組みの推進
                total: {budget: 182891, previous: 198473}
              # ⑱ 国内広域ネットワークの充実強化
              - id: "4.2.2"
                label: ⑱
                title: 国内広域ネットワークの充実強化
                kpis:
                  - id: yamagata-airport-passengers
                    name: 山形空港の定期便搭乗者数
                    unit: 人
                    direction: increase
                    baseline: {year: H30, value: "３２５，１６５"}
                    targets:
                      R2: {value: null, note: "緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。"}
                      R3: "343,000"
                      R4: "346,000"
                      R5: "349,000"
                      R6: "352,000"
                  - id: shonai-airport-passengers
                    name: 庄内空港の定期便搭乗者数
                    unit: 人
                    direction: increase
                    baseline: {year: H30, value: "392,077"}
                    targets:
                      R2: {value: null, note: "緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。"}
                      R3: "503,000"
                      R4: "508,000"
                      R5: "513,000"
                      R6: "518,000"
                issues:
                  - ＜航空関係＞
                  - 羽田便の２便運航の維持、名古屋便・札幌便の路線維持（山形空港）
                  - 羽田便の機材大型化等の利便性向上、昨年８月に新規就航した成田便の路線定着（庄内空港）
                  - 県内空港の就航路線の拡充
                  - 新型コロナウイルス感染症により大幅に落ち込んだ県内路線の利用回復
                  - ＜鉄道関係＞
                  - 「奥羽・羽越新幹線」の整備実現や「福島～米沢間トンネル」の早期事業化に向けた、県民の更なる機運醸成、政府等への効果的な働きかけの展開
                responses:
                  - ＜航空関係＞
                  - 路線維持・新規就航等に向けた官民一体となった取組みの推進
                  - ⇒山形空港利用拡大推進協議会・庄内空港利用振興協議会と連携した、国内定期路線のビジネス、観光両面での利用拡大の促進
                  - ⇒航空事業者への機材大型化やダイヤ改善、新規路線就航等の要望活動の展開
                  - ＜鉄道関係＞
                  - 「奥羽・羽越新幹線」の整備実現に向けた運動展開の強化
                  - ⇒関係６県合同プロジェクトチームにおける新幹線整備効果等に係る調査・検討の取りまとめと、その成果を活かした政府要望や地域内での機運醸成の推進
                  - ⇒学生や青年会議所メンバー等で構成するワーキングチームによる、若者の視点を活かした若年層向けの普及啓発活動の展開
                  - 「福島～米沢間トンネル」の早期事業化に向けた取組みの推進
                  - ⇒ＪＲ東日本との整備のあり方等の協議・検討、国土強靭化等の専門家からの意見聴取等を踏まえた検討の深堀り
                projects:
                  - project: koku-network
                    relisted: true
                    budget: 182891
                    previous: 198473
                    summary:
                      - 山形空港及び庄内空港の利用拡大のための取組みに対する支援
                      - 庄内空港の新規路線定着に向けた取組みの推進
                  - shinkansen
                total: {budget: 196540, previous: 227617}
              # ⑲ 地域間・地域内交通ネットワークの充実強化
              - id: "4.2.3"
                label: ⑲
                title: 地域間・地域内交通ネットワークの充実強化
                kpis:
                  - id: bus-rides-per-capita
                    name: 県民一人当たりのバス等の利用回数（支援対象路線）
                    unit: 回
                    direction: maintain
                    baseline: {year: H30, value: "４．２"}
                    targets:
                      R2: {value: null, note: "緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。"}
                      R3: "4.2"
                      R4: "4.2"
                      R5: "4.2"
                      R6: "4.2"
                issues:
                  - 赤字バス路線の維持や廃止路線の代替となる市町村営バス・デマンド型交通の運行など、自治体の負担が増加している状況。今後、高齢者の運転免許自主返納の増加も見込まれる中、地域公共交通の維持・確保の重要性が増大
                  - 鉄道の在来線に関しても、通勤・通学の手段として欠くことのできないものであり、利便性の高いダイヤの実現等が課題となっているところ
                  - こうした地域公共交通の維持・確保に向けては、県民の日常生活における活動の広域化を踏まえた、市町村の区域を越えた対応も求められるところ
                  - 新型コロナウイルス感染症により大幅に落ち込んだ県内路線の維持・確保
                responses:
                  - 利便性が高く持続可能な地域公共交通ネットワークの形成
                  - ⇒市町村や交通事業者等と連携した広域的な地域公共交通計画の策定（鉄道・バス等の乗り継ぎ利便性の向上、バス利用者拡大に向けた路線網の設定・見直しの考え方等の検討）
                  - ⇒市町村や交通事業者等がそれぞれ管理する交通ルートやダイヤ等の情報の可視化（デジタル化・オープン化）
                  - 地域に必要な公共交通の維持・確保に向けた取組みへの支援
                  - ⇒バス事業者や市町村に対する運行支援等の実施
                  - ⇒国補助の要件緩和や市町村総合交付金の見直しなど、地域の実情に応じた支援の充実に向けた検討・働きかけ等の実施
                  - ⇒交通事業者における新型コロナウイルス感染症拡大防止に向けた取組みへの支援
                  - ＩＣＴを活用した新たな移動の仕組みの導入に向けた検討
                  - ⇒タクシー・デマンド交通へのＩＣＴの活用に向けた基礎調査
                  - ⇒市町村への普及に向けたワーキンググループ活動の展開
                projects:
                  - kotsu-keikaku
                  - {project: chiiki-kotsu, relisted: true}
                  - seikatsu-kotsu-kofukin
                  - tetsudo-network
                  - rosen-iji
                total: {budget: 260652, previous: 214763}
          # the outline numbers this measure (10); the body prints it as (9)
          - id: "4.3"
            label: "(9)"
            outline_label: "(10)"
            title: 地域の特性を活かし暮らしを支える活力ある圏域の形成
            ref: "5-4"
            goals:
              - id: regions-improved
                name: 県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数
                unit: 地域
                direction: increase
                baseline: {year: H30, value: null}
                target: {year: R6, value: "４"}
            sections:
              # ⑳ 豊富な地域資源を活かした農山漁村地域の維持・活性化
              - id: "4.3.1"
                label: ⑳
                title: 豊富な地域資源を活かした農山漁村地域の維持・活性化
                kpis:
                  - id: kyoryokutai-retention
                    name: 地域おこし協力隊員の任期終了後の定着率（累計）
                    unit: ％
                    direction: increase
                    cumulative: true
                    baseline: {year: H30, value: "５６．４"}
                    targets: {R2: "58", R3: "59", R4: "61", R5: "62", R6: "63"}
                issues:
                  - 地域活動の担い手となる人材の不足
                  - 人口減少と高齢化の進行が著しい県内唯一の離島である飛島の活性化
                responses:
                  - 地域活動の担い手となる人材の確保
                  - ⇒地域おこし協力隊の定着に向けたサポート体制の充実
                  - コミュニティ活性化に向けた先導的な取り組みへの支援の継続（再掲）
                  - ⇒買い物支援について、地域住民が主体となった取組みに対し市町村と連携し支援を実施（再掲）
                  - 山形暮らしの魅力に関する様々な情報の収集・活用
                  - ⇒移住総合支援ガイドの活用等による本県の魅力をアピールするコンテンツの充実（再掲）
                  - 産学官民が連携した飛島の振興
                  - ⇒「観光交流」「産業振興」「安全・安心、生活環境の充実」「移住定住促進」の４分野における飛島振興重点プロジェクトの推進
                projects:
                  # printed 170,489 here; every other listing of this project prints 200,753
                  - project: iju-teiju
                    relisted: true
                    budget: 170489
                    previous: 155613
                    summary:
                      - 県・市町村・産業界・大学等オール山形で移住・定住策を一体的に展開する「やまがた移住・定住推進センター」の運営支援・連携強化
                      - 暮らしや仕事、受入等の総合的な情報発信や移住者ニーズに寄り添った相談対応
                      - 首都圏における移住・人材確保のためのイベントの開催や移住希望者を県内（市町村）に繋ぐ機能の強化
                      - 地域おこし協力隊員への研修の充実等による定住支援の強化
                  - project: renkei-kasoku
                    budget: 11101
                    previous: 11601
                    summary:
                      - 県と市町村が連携した取組の展開、買い物支援、離島振興、ＩＣＴ活用促進等
                total: {budget: 181590, previous: 167214}
              # ㉑ 圏域における広域連携の推進
              - id: "4.3.2"
                label: ㉑
                title: 圏域における広域連携の推進
                kpis:
                  - id: regional-new-projects
                    name: 連携中枢都市圏や定住自立圏における新規事業数（累計）
                    unit: 件
                    direction: increase
                    cumulative: true
                    baseline: null
                    targets: {R2: "2", R3: "4", R4: "6", R5: "8", R6: "10"}
                issues:
                  - 県内市町村（特に小規模市町村）における、①行政サービスの安定的・持続的な提供、②人口減少問題の克服と成長力の確保に向けた取組みの積極的な展開
                responses:
                  - 地域内連携の取組み支援
                  - ⇒定住自立圏や連携中枢都市圏の形成に向けた支援の継続
                  - 県と市町村のさらなる連携の推進
                  - ⇒「県・市町村連携推進方針」に基づく県と市町村との具体的な連携事業の実施
                projects:
                  - project: renkei-kasoku
                    relisted: true
                    budget: 11101
                    previous: 11601
                    summary:
                      # the second line is printed indented on its own line under the bullet
                      - 県と市町村が連携した取組みの展開 買い物支援、離島振興、ICT 活用促進 等
                total: {budget: 11101, previous: 11601}
              # ㉒ 県を越えた交流連携の推進
              - id: "4.3.3"
                label: ㉒
                title: 県を越えた交流連携の推進
                kpis:
                  - id: yamagata-miyagi-flow
                    name: 山形・宮城間の流動人口（高速バス輸送人員）
                    unit: 千人
                    direction: increase
                    baseline: {year: H30, value: "３，０３４"}
                    targets:
                      R2: {value: null, note: "新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っていた期間があり、今年度の動向について見通すことが困難であるため。"}
                      R3: "3,300"
                      R4: "3,400"
                      R5: "3,500"
                      R6: "3,600"
                issues:
                  - 「奥羽・羽越新幹線」の整備実現や「福島～米沢間トンネル」の早期事業化に向けた、県民の更なる機運醸成、政府等への効果的な働きかけの展開（再掲）
                  - 宮城・山形の連携に関する基本構想において目指す将来像の実現のため、両県連携のもとに実施する各種取組みを更に推進していく必要がある。
                  - これまでの交流で培ってきた人的ネットワークや交流実績を活かし、経済交流への発展を見据えた取組みが必要（再掲）
                responses:
                  - 「奥羽・羽越新幹線」の整備実現に向けた運動展開の強化（再掲）
                  - ⇒関係６県合同プロジェクトチームにおける新幹線整備効果等に係る調査・検討の取りまとめと、その成果を活かした政府要望や地域内での機運醸成の推進（再掲）
                  - ⇒学生や青年会議所メンバー等で構成するワーキングチームによる、若者の視点を生かした若年層向けの普及啓発活動の展開（再掲）
                  - 「福島～米沢間トンネル」の早期事業化に向けた取組みの推進（再掲）
                  - ⇒ＪＲ東日本との整備のあり方等の協議・検討、国土強靭化等の専門家からの意見聴取等を踏まえた検討の深堀り（再掲）
                  - 宮城・山形の交流連携の推進
                  - ⇒「宮城・山形未来創造会議」において両県の未来を担う若者等の地元定着を推進
                  - ⇒合同アンテナショップの出店による魅力発信やインバウンド推進による交流人口の拡大等に向けた各種取組みを推進
                  - 多様な国際交流の推進（再掲）
                  - ⇒多様な分野における県民と海外との相互交流の促進（再掲）
                  - ⇒次代の県人会活動を担う人材確保の支援（再掲）
                projects:
                  - {project: shinkansen, relisted: true}
                  - {project: shimai-koryu, relisted: true}
                  - {project: wakamono-kaigai, relisted: true}
                  - {project: kenjinkai, relisted: true}
                total: {budget: 22526, previous: 45081}
  - id: "II"
    label: Ⅱ
    title: 政策の効率的・効果的な展開の促進
    sections:
      # ㉓ 「第４次山形県総合発展計画」の推進
      - id: "II.1"
        label: ㉓
        title: 「第４次山形県総合発展計画」の推進
        issues:
          - 今年度から「第４次山形県総合発展計画」の計画期間がスタートすることから、各部局と連携し、実施計画の各施策をしっかり展開できるよう、進行管理を行っていく必要がある。
          - 計画の推進においては、県民と一緒になって県づくりを進めていくことが重要であることから、計画の普及啓発を図っていく必要がある。
        responses:
          - 総合政策審議会による外部評価を含め、ＰＤＣＡサイクルを適切に運営することにより、計画の進行管理を行う。
          - 本県の将来を担う若者をはじめとした県民との意見交換やＳＮＳの活用等により、県民に向けた第４次山形県総合発展計画の普及啓発に取り組んでいく。
        projects:
          - seisaku-shingikai
          - sogo-keikaku
          - kikaku-kanri
          - chiji-kaigi
          - seifu-teian
        total: {budget: 24325, previous: 24245}
      # ㉔ 市町村の実情に即した施策の展開の促進
      - id: "II.2"
        label: ㉔
        title: 市町村の実情に即した施策の展開の促進
        issues:
          - 市町村の実情に基づいた交付金の利便性の向上や、財政状況等を踏まえた効果的な貸付について意見を受けている。
        responses:
          - 市町村の声を丁寧に聞くとともに、適正かつ効果的な制度運用を図る。
        projects:
          - sogo-kofukin
          - shinko-shikin
        total: {budget: 1102419, previous: 1243951}
      # ㉕ 行政情報化の推進
      - id: "II.3"
        label: ㉕
        title: 行政情報化の推進
        issues:
          - 自治体の情報資産をサイバー攻撃等の脅威から保護する「山形県・市町村情報セキュリティクラウド」を県と市町村が共同で運営しており、全国の都道府県で同じ仕組みを導入しているが、セキュリティ対策の水準や運用経費にばらつきがある。
          - 業務システムの運用コストの削減、所管課職員の運用事務負担の削減が必要である。
          - 会議録の作成に多くの時間が費やされている。
          - 新型コロナウイルス感染症流行の第２波等へ備えたテレワーク環境の拡充が必要である。
        responses:
          - 令和４年度に機器更新の時期を迎えることから、東北６県などとの共同調達に向けた検討を進め、セキュリティ対策水準の標準化と運用経費の適正化を図る。
          - 大規模システム統合基盤において、令和 2 年 9 月に総務事務システム、令和 2 年 10 月に給与等システム、令和 3年 1月に税務総合電算システムの運用を開始する。
          - ＡＩ会議録作成システム導入、ＲＰＡ実証により業務効率化を図る。
          - 職員の自宅から一人一台ＰＣを遠隔操作するためのリモート接続システムの同時接続数の拡大、貸出用携帯型ＰＣ・WiFi ルータの拡充、クラウド利用型オフィスソフトの導入、及びオンライン会議の環境整備など、テレワーク環境の拡充を図る。
        projects:
          - kikan-network
          - system-saiteki
          - project: denshi-kencho
            relisted: true
            budget: 191905
            previous: 92057
            summary:
              - 業務効率化を図るためのＡＩ会議録作成システム、モバイルＰＣの導入【新規】
              - 新型コロナウイルス対応に向けモバイルＰＣの導入などのテレワーク環境を整備
        total: {budget: 1327753, previous: 1233132}
      # ㉖ 統計利用の拡大に向けた取組みの促進
      - id: "II.4"
        label: ㉖
        title: 統計利用の拡大に向けた取組みの促進
        issues:
          - 人口減少の加速や労働力不足、更には新型コロナウイルス拡大による影響等、本県を取り巻く社会経済状況の変化
          - 本県経済の動向を的確に把握・分析した統計情報を作成・公表し、各種施策の推進を支援
        responses:
          - 新たな県政課題に関する統計分析等を行い、社会経済の変化や時代等を踏まえて的確な施策形成につなげる。
          - 子どものうちから統計的なものの見方や表現方法を学び、統計に関する関心を高め、統計的な問題解決力を養う機会を提供するなど、県民の統計に関する関心と理解を深める。
        projects:
          - keizai-doko
          - tokei-chosa
        total: {budget: 4970, previous: 12199}
--- stderr
plans/mirai-2020.yaml:250:65: error[kpi-direction]: target R4 120,000 falls below R3's 130,000 but KPI `portal-access` should increase
[exit 0]
