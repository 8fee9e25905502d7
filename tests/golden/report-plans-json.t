$ yplan report plans/mirai-2020.yaml --format json
{
  "budget": {
    "total": {
      "budget": 3273545,
      "previous": 3280189
    }
  },
  "plans": [
    {
      "file": "plans/mirai-2020.yaml",
      "plan": {
        "id": "mirai-2020",
        "title": "令和２年度 みらい企画創造部 主要事業",
        "organization": "山形県 みらい企画創造部",
        "fiscal_year": "R2",
        "period": "R2–R6",
        "status": "final",
        "budget_unit": "千円"
      },
      "section": null,
      "budget": {
        "total": {
          "budget": 3273545,
          "previous": 3280189
        },
        "listings": {
          "budget": 4683904,
          "previous": 4449486
        },
        "sections": [
          {
            "id": "1.1.1",
            "label": "①",
            "title": "多様なライフスタイルの提案・発信",
            "budget": 200753,
            "previous": 155613,
            "change": 45140,
            "stated": {
              "budget": 200753,
              "previous": 155613
            },
            "computed": {
              "budget": 200753,
              "previous": 155613
            },
            "differs": false
          },
          {
            "id": "1.1.2",
            "label": "②",
            "title": "移住・定住の促進",
            "budget": 200753,
            "previous": 155613,
            "change": 45140,
            "stated": {
              "budget": 200753,
              "previous": 155613
            },
            "computed": {
              "budget": 200753,
              "previous": 155613
            },
            "differs": false
          },
          {
            "id": "1.1.3",
            "label": "③",
            "title": "「関係人口」の創出・拡大",
            "budget": 200753,
            "previous": 155613,
            "change": 45140,
            "stated": {
              "budget": 200753,
              "previous": 155613
            },
            "computed": {
              "budget": 200753,
              "previous": 155613
            },
            "differs": false
          },
          {
            "id": "1.1.4",
            "label": "④",
            "title": "外国人材の受け入れ拡大",
            "budget": 26566,
            "previous": 20576,
            "change": 5990,
            "stated": {
              "budget": 26566,
              "previous": 20576
            },
            "computed": {
              "budget": 26566,
              "previous": 20576
            },
            "differs": false
          },
          {
            "id": "2.1.1",
            "label": "⑤",
            "title": "企業の持続的発展に必要な人材の確保、円滑な事業承継の促進",
            "budget": 2802,
            "previous": 7802,
            "change": -5000,
            "stated": {
              "budget": 2802,
              "previous": 7802
            },
            "computed": {
              "budget": 2802,
              "previous": 7802
            },
            "differs": false
          },
          {
            "id": "2.2.1",
            "label": "⑥",
            "title": "観光地域づくりの推進",
            "budget": 182891,
            "previous": 198473,
            "change": -15582,
            "stated": {
              "budget": 182891,
              "previous": 198473
            },
            "computed": {
              "budget": 182891,
              "previous": 198473
            },
            "differs": false
          },
          {
            "id": "2.2.2",
            "label": "⑦",
            "title": "地域の特性や魅力を活かした多様な交流の促進",
            "budget": 8877,
            "previous": 15937,
            "change": -7060,
            "stated": {
              "budget": 8877,
              "previous": 15937
            },
            "computed": {
              "budget": 8877,
              "previous": 15937
            },
            "differs": false
          },
          {
            "id": "3.1.1",
            "label": "⑧",
            "title": "雪害防止に向けた雪に強い地域づくり",
            "budget": 94556,
            "previous": 95818,
            "change": -1262,
            "stated": {
              "budget": 94556,
              "previous": 95818
            },
            "computed": {
              "budget": 94556,
              "previous": 95818
            },
            "differs": false
          },
          {
            "id": "3.2.1",
            "label": "⑨",
            "title": "コミュニティを支える多様な主体の育成・活用",
            "budget": 6508,
            "previous": 11740,
            "change": -5232,
            "stated": {
              "budget": 6508,
              "previous": 11740
            },
            "computed": {
              "budget": 6508,
              "previous": 11740
            },
            "differs": false
          },
          {
            "id": "3.2.2",
            "label": "⑩",
            "title": "暮らしやすく魅力的なコミュニティづくりの促進",
            "budget": 17609,
            "previous": 23341,
            "change": -5732,
            "stated": {
              "budget": 17609,
              "previous": 23341
            },
            "computed": {
              "budget": 17609,
              "previous": 23341
            },
            "differs": false
          },
          {
            "id": "3.4.1",
            "label": "⑫",
            "title": "外国人の受入環境の整備",
            "budget": 26923,
            "previous": 20576,
            "change": 6347,
            "stated": {
              "budget": 26923,
              "previous": 20576
            },
            "computed": {
              "budget": 26923,
              "previous": 20576
            },
            "differs": false
          },
          {
            "id": "4.1.1",
            "label": "⑭",
            "title": "ＩＣＴの積極的・効果的な利活用による県民生活の質や地域産業の生産性の向上",
            "budget": 191905,
            "previous": 92057,
            "change": 99848,
            "stated": {
              "budget": 191905,
              "previous": 92057
            },
            "computed": {
              "budget": 191905,
              "previous": 92057
            },
            "differs": false
          },
          {
            "id": "4.1.2",
            "label": "⑮",
            "title": "ＩＣＴの早期実装に向けた推進環境の整備",
            "budget": 200073,
            "previous": 105054,
            "change": 95019,
            "stated": {
              "budget": 200073,
              "previous": 105054
            },
            "computed": {
              "budget": 200073,
              "previous": 105054
            },
            "differs": false
          },
          {
            "id": "4.1.3",
            "label": "⑯",
            "title": "誰もが安全にＩＣＴを利活用できる環境づくり",
            "budget": 8168,
            "previous": 12997,
            "change": -4829,
            "stated": {
              "budget": 8168,
              "previous": 12997
            },
            "computed": {
              "budget": 8168,
              "previous": 12997
            },
            "differs": false
          },
          {
            "id": "4.2.1",
            "label": "⑰",
            "title": "国際ネットワークの形成促進",
            "budget": 182891,
            "previous": 198473,
            "change": -15582,
            "stated": {
              "budget": 182891,
              "previous": 198473
            },
            "computed": {
              "budget": 182891,
              "previous": 198473
            },
            "differs": false
          },
          {
            "id": "4.2.2",
            "label": "⑱",
            "title": "国内広域ネットワークの充実強化",
            "budget": 196540,
            "previous": 227617,
            "change": -31077,
            "stated": {
              "budget": 196540,
              "previous": 227617
            },
            "computed": {
              "budget": 196540,
              "previous": 227617
            },
            "differs": false
          },
          {
            "id": "4.2.3",
            "label": "⑲",
            "title": "地域間・地域内交通ネットワークの充実強化",
            "budget": 260652,
            "previous": 214763,
            "change": 45889,
            "stated": {
              "budget": 260652,
              "previous": 214763
            },
            "computed": {
              "budget": 260652,
              "previous": 214763
            },
            "differs": false
          },
          {
            "id": "4.3.1",
            "label": "⑳",
            "title": "豊富な地域資源を活かした農山漁村地域の維持・活性化",
            "budget": 181590,
            "previous": 167214,
            "change": 14376,
            "stated": {
              "budget": 181590,
              "previous": 167214
            },
            "computed": {
              "budget": 181590,
              "previous": 167214
            },
            "differs": false
          },
          {
            "id": "4.3.2",
            "label": "㉑",
            "title": "圏域における広域連携の推進",
            "budget": 11101,
            "previous": 11601,
            "change": -500,
            "stated": {
              "budget": 11101,
              "previous": 11601
            },
            "computed": {
              "budget": 11101,
              "previous": 11601
            },
            "differs": false
          },
          {
            "id": "4.3.3",
            "label": "㉒",
            "title": "県を越えた交流連携の推進",
            "budget": 22526,
            "previous": 45081,
            "change": -22555,
            "stated": {
              "budget": 22526,
              "previous": 45081
            },
            "computed": {
              "budget": 22526,
              "previous": 45081
            },
            "differs": false
          },
          {
            "id": "II.1",
            "label": "㉓",
            "title": "「第４次山形県総合発展計画」の推進",
            "budget": 24325,
            "previous": 24245,
            "change": 80,
            "stated": {
              "budget": 24325,
              "previous": 24245
            },
            "computed": {
              "budget": 24325,
              "previous": 24245
            },
            "differs": false
          },
          {
            "id": "II.2",
            "label": "㉔",
            "title": "市町村の実情に即した施策の展開の促進",
            "budget": 1102419,
            "previous": 1243951,
            "change": -141532,
            "stated": {
              "budget": 1102419,
              "previous": 1243951
            },
            "computed": {
              "budget": 1102419,
              "previous": 1243951
            },
            "differs": false
          },
          {
            "id": "II.3",
            "label": "㉕",
            "title": "行政情報化の推進",
            "budget": 1327753,
            "previous": 1233132,
            "change": 94621,
            "stated": {
              "budget": 1327753,
              "previous": 1233132
            },
            "computed": {
              "budget": 1327753,
              "previous": 1233132
            },
            "differs": false
          },
          {
            "id": "II.4",
            "label": "㉖",
            "title": "統計利用の拡大に向けた取組みの促進",
            "budget": 4970,
            "previous": 12199,
            "change": -7229,
            "stated": {
              "budget": 4970,
              "previous": 12199
            },
            "computed": {
              "budget": 4970,
              "previous": 12199
            },
            "differs": false
          }
        ],
        "categories": [
          {
            "category": "new",
            "count": 5,
            "budget": 55024,
            "previous": 0
          },
          {
            "category": "revised",
            "count": 0,
            "budget": 0,
            "previous": 0
          },
          {
            "category": "continuing",
            "count": 0,
            "budget": 0,
            "previous": 0
          },
          {
            "category": null,
            "count": 25,
            "budget": 3218521,
            "previous": 3280189
          }
        ],
        "projects": [
          {
            "id": "iju-teiju",
            "name": "移住定住・人材確保戦略的展開事業費",
            "budget": 200753,
            "previous": 155613,
            "category": null,
            "listed_in": [
              "1.1.1",
              "1.1.2",
              "1.1.3",
              "4.3.1"
            ],
            "relisted_in": [
              "1.1.2",
              "1.1.3",
              "4.3.1"
            ]
          },
          {
            "id": "ryugakusei",
            "name": "留学生受入拡大推進事業費",
            "budget": 23764,
            "previous": 12774,
            "category": null,
            "listed_in": [
              "1.1.4",
              "3.4.1"
            ],
            "relisted_in": [
              "3.4.1"
            ]
          },
          {
            "id": "gaikokujin-onestop",
            "name": "外国人総合相談ワンストップセンター運営事業費",
            "budget": 2802,
            "previous": 7802,
            "category": null,
            "listed_in": [
              "1.1.4",
              "2.1.1",
              "3.4.1"
            ],
            "relisted_in": [
              "2.1.1",
              "3.4.1"
            ]
          },
          {
            "id": "koku-network",
            "name": "航空ネットワーク拡充事業費",
            "budget": 182891,
            "previous": 198473,
            "category": null,
            "listed_in": [
              "2.2.1",
              "4.2.1",
              "4.2.2"
            ],
            "relisted_in": [
              "4.2.1",
              "4.2.2"
            ]
          },
          {
            "id": "shimai-koryu",
            "name": "姉妹交流推進事業費",
            "budget": 4589,
            "previous": 14309,
            "category": null,
            "listed_in": [
              "2.2.2",
              "4.3.3"
            ],
            "relisted_in": [
              "4.3.3"
            ]
          },
          {
            "id": "wakamono-kaigai",
            "name": "山形県若者海外体験促進事業費",
            "budget": 1628,
            "previous": 1628,
            "category": null,
            "listed_in": [
              "2.2.2",
              "4.3.3"
            ],
            "relisted_in": [
              "4.3.3"
            ]
          },
          {
            "id": "kenjinkai",
            "name": "海外山形県人会担い手育成支援事業費",
            "budget": 2660,
            "previous": null,
            "category": "new",
            "listed_in": [
              "2.2.2",
              "4.3.3"
            ],
            "relisted_in": [
              "4.3.3"
            ]
          },
          {
            "id": "yukiguni",
            "name": "いきいき雪国やまがたづくり推進事業費",
            "budget": 94556,
            "previous": 95818,
            "category": null,
            "listed_in": [
              "3.1.1"
            ],
            "relisted_in": []
          },
          {
            "id": "chiiki-zukuri",
            "name": "活力ある地域づくり推進事業費",
            "budget": 6508,
            "previous": 11740,
            "category": null,
            "listed_in": [
              "3.2.1",
              "3.2.2"
            ],
            "relisted_in": [
              "3.2.2"
            ]
          },
          {
            "id": "renkei-kasoku",
            "name": "県・市町村連携加速事業費",
            "budget": 11101,
            "previous": 11601,
            "category": null,
            "listed_in": [
              "3.2.2",
              "4.3.1",
              "4.3.2"
            ],
            "relisted_in": [
              "4.3.2"
            ]
          },
          {
            "id": "tabunka",
            "name": "多文化共生推進事業費",
            "budget": 357,
            "previous": null,
            "category": "new",
            "listed_in": [
              "3.4.1"
            ],
            "relisted_in": []
          },
          {
            "id": "denshi-kencho",
            "name": "電子県庁推進事業費の一部",
            "budget": 191905,
            "previous": 92057,
            "category": null,
            "listed_in": [
              "4.1.1",
              "4.1.2",
              "II.3"
            ],
            "relisted_in": [
              "4.1.2",
              "II.3"
            ]
          },
          {
            "id": "ict-innovation",
            "name": "ＩＣＴイノベーション創出事業費",
            "budget": 8168,
            "previous": 12997,
            "category": null,
            "listed_in": [
              "4.1.2",
              "4.1.3"
            ],
            "relisted_in": [
              "4.1.3"
            ]
          },
          {
            "id": "shinkansen",
            "name": "奥羽・羽越新幹線整備推進事業費",
            "budget": 13649,
            "previous": 29144,
            "category": null,
            "listed_in": [
              "4.2.2",
              "4.3.3"
            ],
            "relisted_in": [
              "4.3.3"
            ]
          },
          {
            "id": "kotsu-keikaku",
            "name": "地域交通総合対策事業費（山形県地域公共交通網形成計画策定事業）",
            "budget": 20000,
            "previous": null,
            "category": "new",
            "listed_in": [
              "4.2.3"
            ],
            "relisted_in": []
          },
          {
            "id": "chiiki-kotsu",
            "name": "地域交通総合対策事業費",
            "budget": 111828,
            "previous": 109991,
            "category": null,
            "listed_in": [
              "4.2.3"
            ],
            "relisted_in": [
              "4.2.3"
            ]
          },
          {
            "id": "seikatsu-kotsu-kofukin",
            "name": "市町村総合交付金（生活交通確保対策事業）",
            "budget": 96798,
            "previous": 101117,
            "category": null,
            "listed_in": [
              "4.2.3"
            ],
            "relisted_in": []
          },
          {
            "id": "tetsudo-network",
            "name": "鉄道ネットワーク機能強化事業費",
            "budget": 2026,
            "previous": 3655,
            "category": null,
            "listed_in": [
              "4.2.3"
            ],
            "relisted_in": []
          },
          {
            "id": "rosen-iji",
            "name": "地域生活交通事業者・路線維持対策事業費",
            "budget": 30000,
            "previous": null,
            "category": "new",
            "listed_in": [
              "4.2.3"
            ],
            "relisted_in": []
          },
          {
            "id": "seisaku-shingikai",
            "name": "総合政策審議会費",
            "budget": 2070,
            "previous": 7150,
            "category": null,
            "listed_in": [
              "II.1"
            ],
            "relisted_in": []
          },
          {
            "id": "sogo-keikaku",
            "name": "総合計画推進事業費",
            "budget": 8091,
            "previous": 4809,
            "category": null,
            "listed_in": [
              "II.1"
            ],
            "relisted_in": []
          },
          {
            "id": "kikaku-kanri",
            "name": "企画管理費（総合計画関連経費）",
            "budget": 2007,
            "previous": null,
            "category": "new",
            "listed_in": [
              "II.1"
            ],
            "relisted_in": []
          },
          {
            "id": "chiji-kaigi",
            "name": "全国知事会議等事務運営費",
            "budget": 10947,
            "previous": 11011,
            "category": null,
            "listed_in": [
              "II.1"
            ],
            "relisted_in": []
          },
          {
            "id": "seifu-teian",
            "name": "政府の施策提案等に対する提案調整費",
            "budget": 1210,
            "previous": 1275,
            "category": null,
            "listed_in": [
              "II.1"
            ],
            "relisted_in": []
          },
          {
            "id": "sogo-kofukin",
            "name": "市町村総合交付金交付事業費",
            "budget": 402419,
            "previous": 443951,
            "category": null,
            "listed_in": [
              "II.2"
            ],
            "relisted_in": []
          },
          {
            "id": "shinko-shikin",
            "name": "市町村振興資金貸付事業費",
            "budget": 700000,
            "previous": 800000,
            "category": null,
            "listed_in": [
              "II.2"
            ],
            "relisted_in": []
          },
          {
            "id": "kikan-network",
            "name": "山形県基幹高速通信ネットワーク運営管理事業費",
            "budget": 885445,
            "previous": 870890,
            "category": null,
            "listed_in": [
              "II.3"
            ],
            "relisted_in": []
          },
          {
            "id": "system-saiteki",
            "name": "情報システム全体最適化推進事業費",
            "budget": 250403,
            "previous": 270185,
            "category": null,
            "listed_in": [
              "II.3"
            ],
            "relisted_in": []
          },
          {
            "id": "keizai-doko",
            "name": "経済動向分析事業費",
            "budget": 1118,
            "previous": 1148,
            "category": null,
            "listed_in": [
              "II.4"
            ],
            "relisted_in": []
          },
          {
            "id": "tokei-chosa",
            "name": "統計調査事務費",
            "budget": 3852,
            "previous": 11051,
            "category": null,
            "listed_in": [
              "II.4"
            ],
            "relisted_in": []
          }
        ]
      },
      "indicators": [
        {
          "kind": "goal",
          "id": "social-migration",
          "name": "全年齢の社会増減数（県外からの転入者数―県外への転出者数）",
          "unit": "人",
          "section": "1.1",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "R1",
            "value": -4543,
            "gregorian": 2019
          },
          "targets": [
            {
              "year": "R6",
              "value": -1500,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "portal-access",
          "name": "移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数",
          "unit": "件",
          "section": "1.1.1",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 91456,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 116000,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 118000,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 120000,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 121000,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 122000,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "consultation-migrants",
          "name": "県の移住相談窓口を通じた県外からの移住者数※",
          "unit": "人",
          "section": "1.1.2",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 62,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 100,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 130,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 150,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 170,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 200,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "short-stay-programs",
          "name": "県内で展開される移住・定住を目的とした短期滞在プログラム数",
          "unit": "ﾌﾟﾛｸﾞﾗﾑ",
          "section": "1.1.3",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 42,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 45,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 50,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 55,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 58,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 60,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "intl-students",
          "name": "外国人留学生の県内受入数",
          "unit": "人",
          "section": "1.1.4",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 293,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 311,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 342,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 377,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 414,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 455,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "snow-volunteers",
          "name": "除雪ボランティアの登録者数",
          "unit": "人",
          "section": "3.1.1",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 968,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 1050,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 1100,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 1150,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 1200,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 1250,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "goal",
          "id": "community-orgs",
          "name": "地域運営組織数",
          "unit": "組織",
          "section": "3.2",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 33,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R6",
              "value": 53,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "training-districts",
          "name": "住民主体の地域づくり活動のための研修会への参加地区数",
          "unit": "地区",
          "section": "3.2.1",
          "direction": "increase",
          "cumulative": false,
          "baseline": null,
          "targets": [
            {
              "year": "R2",
              "value": 5,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 9,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 13,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 17,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 21,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "advisor-dispatch",
          "name": "地域づくり専門アドバイザーの派遣回数",
          "unit": "件",
          "section": "3.2.2",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 11,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 13,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 15,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 17,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 19,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 21,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "multicultural-participants",
          "name": "多文化理解講座参加者数（累計）",
          "unit": "人",
          "section": "3.4.1",
          "direction": "increase",
          "cumulative": true,
          "baseline": {
            "year": "H30",
            "value": 2203,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": null,
              "gregorian": 2020,
              "note": "新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。"
            },
            {
              "year": "R3",
              "value": 4800,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 7200,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 9600,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 12000,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "partnership-agreements",
          "name": "企業との包括連携協定の締結数",
          "unit": "件",
          "section": "3.4.2",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 12,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 16,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 18,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 20,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 22,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 24,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "goal",
          "id": "ict-initiatives",
          "name": "ＩＣＴを活用した生産性向上や暮らしの質の向上に関する取組件数（累計）",
          "unit": "件",
          "section": "4.1",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 77,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R6",
              "value": 137,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "open-datasets",
          "name": "山形県オープンデータカタログに掲載するオープンデータセット数（累計）",
          "unit": "件",
          "section": "4.1.1",
          "direction": "increase",
          "cumulative": true,
          "baseline": {
            "year": "H30",
            "value": 100,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 155,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 180,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 205,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 230,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 255,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "ict-workshops",
          "name": "ＩＣＴ利活用の促進に向けた民間事業者及び市町村を対象とした研修会・ワークショップ等の開催数（累計）",
          "unit": "件",
          "section": "4.1.2",
          "direction": "increase",
          "cumulative": true,
          "baseline": null,
          "targets": [
            {
              "year": "R2",
              "value": null,
              "gregorian": 2020,
              "note": "新型コロナウイルス感染症の感染拡大防止の観点から、ワークショップ等の開催の見通しが不透明なため"
            },
            {
              "year": "R3",
              "value": 20,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 27,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 32,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 37,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "ict-literacy-seminars",
          "name": "ＩＣＴリテラシー＊に関する県民向けセミナー・研修会等の開催数",
          "unit": "件",
          "section": "4.1.3",
          "direction": "maintain",
          "cumulative": false,
          "baseline": null,
          "targets": [
            {
              "year": "R2",
              "value": 5,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 5,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 5,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 5,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 5,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "yamagata-airport-passengers",
          "name": "山形空港の定期便搭乗者数",
          "unit": "人",
          "section": "4.2.2",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 325165,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": null,
              "gregorian": 2020,
              "note": "緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。"
            },
            {
              "year": "R3",
              "value": 343000,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 346000,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 349000,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 352000,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "shonai-airport-passengers",
          "name": "庄内空港の定期便搭乗者数",
          "unit": "人",
          "section": "4.2.2",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 392077,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": null,
              "gregorian": 2020,
              "note": "緊急事態宣言等を踏まえた全国的な航空便の運休により、今年度の動向について見通すことが困難であるため。"
            },
            {
              "year": "R3",
              "value": 503000,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 508000,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 513000,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 518000,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "bus-rides-per-capita",
          "name": "県民一人当たりのバス等の利用回数（支援対象路線）",
          "unit": "回",
          "section": "4.2.3",
          "direction": "maintain",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 4.2,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": null,
              "gregorian": 2020,
              "note": "緊急事態宣言等を踏まえた全国的な外出自粛により、今年度の動向について見通すことが困難であるため。"
            },
            {
              "year": "R3",
              "value": 4.2,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 4.2,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 4.2,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 4.2,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "goal",
          "id": "regions-improved",
          "name": "県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数",
          "unit": "地域",
          "section": "4.3",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": null,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R6",
              "value": 4,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "kyoryokutai-retention",
          "name": "地域おこし協力隊員の任期終了後の定着率（累計）",
          "unit": "％",
          "section": "4.3.1",
          "direction": "increase",
          "cumulative": true,
          "baseline": {
            "year": "H30",
            "value": 56.4,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": 58,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 59,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 61,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 62,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 63,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "regional-new-projects",
          "name": "連携中枢都市圏や定住自立圏における新規事業数（累計）",
          "unit": "件",
          "section": "4.3.2",
          "direction": "increase",
          "cumulative": true,
          "baseline": null,
          "targets": [
            {
              "year": "R2",
              "value": 2,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 4,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 6,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 8,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 10,
              "gregorian": 2024
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "yamagata-miyagi-flow",
          "name": "山形・宮城間の流動人口（高速バス輸送人員）",
          "unit": "千人",
          "section": "4.3.3",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "H30",
            "value": 3034,
            "gregorian": 2018
          },
          "targets": [
            {
              "year": "R2",
              "value": null,
              "gregorian": 2020,
              "note": "新型コロナウイルス感染症の拡大防止に係る県境を越える移動の自粛要請を行っていた期間があり、今年度の動向について見通すことが困難であるため。"
            },
            {
              "year": "R3",
              "value": 3300,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 3400,
              "gregorian": 2022
            },
            {
              "year": "R5",
              "value": 3500,
              "gregorian": 2023
            },
            {
              "year": "R6",
              "value": 3600,
              "gregorian": 2024
            }
          ]
        }
      ],
      "progress": [],
      "findings": {
        "errors": 0,
        "warnings": 1
      }
    }
  ]
}
[exit 0]
