$ yplan report examples/report/with-actuals.yaml --format json --kind progress
{
  "budget": {
    "total": {
      "budget": 165000,
      "previous": 132000
    }
  },
  "plans": [
    {
      "file": "examples/report/with-actuals.yaml",
      "plan": {
        "id": "actuals-example",
        "title": "進捗管理の例（令和３年度末時点）",
        "organization": "山形県 みらい企画創造部",
        "fiscal_year": "R3",
        "period": "R2–R4",
        "status": "final",
        "budget_unit": "千円"
      },
      "section": null,
      "budget": {
        "total": {
          "budget": 165000,
          "previous": 132000
        },
        "listings": {
          "budget": 165000,
          "previous": 132000
        },
        "sections": [
          {
            "id": "1.1",
            "label": "①",
            "title": "移住・定住の促進",
            "budget": 120000,
            "previous": 100000,
            "change": 20000,
            "stated": {
              "budget": 120000,
              "previous": 100000
            },
            "computed": {
              "budget": 120000,
              "previous": 100000
            },
            "differs": false
          },
          {
            "id": "1.2",
            "label": "②",
            "title": "雪に強い地域づくり",
            "budget": 45000,
            "previous": 32000,
            "change": 13000,
            "stated": {
              "budget": 45000,
              "previous": 32000
            },
            "computed": {
              "budget": 45000,
              "previous": 32000
            },
            "differs": false
          }
        ],
        "categories": [
          {
            "category": "new",
            "count": 1,
            "budget": 15000,
            "previous": 0
          },
          {
            "category": "revised",
            "count": 1,
            "budget": 120000,
            "previous": 100000
          },
          {
            "category": "continuing",
            "count": 0,
            "budget": 0,
            "previous": 0
          },
          {
            "category": null,
            "count": 1,
            "budget": 30000,
            "previous": 32000
          }
        ],
        "projects": [
          {
            "id": "iju",
            "name": "移住定住推進事業費",
            "budget": 120000,
            "previous": 100000,
            "category": "revised",
            "listed_in": [
              "1.1"
            ],
            "relisted_in": []
          },
          {
            "id": "yuki",
            "name": "雪対策推進事業費",
            "budget": 30000,
            "previous": 32000,
            "category": null,
            "listed_in": [
              "1.2"
            ],
            "relisted_in": []
          },
          {
            "id": "akiya",
            "name": "空き家活用支援事業費",
            "budget": 15000,
            "previous": null,
            "category": "new",
            "listed_in": [
              "1.2"
            ],
            "relisted_in": []
          }
        ]
      },
      "indicators": [
        {
          "kind": "goal",
          "id": "social-migration",
          "name": "全年齢の社会増減数",
          "unit": "人",
          "section": "1",
          "direction": "increase",
          "cumulative": false,
          "baseline": {
            "year": "R1",
            "value": -4543,
            "gregorian": 2019
          },
          "targets": [
            {
              "year": "R4",
              "value": -1500,
              "gregorian": 2022
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "migrants",
          "name": "県の移住相談窓口を通じた県外からの移住者数",
          "unit": "人",
          "section": "1.1",
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
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "portal-access",
          "name": "「やまがた暮らし情報館」トップページのアクセス件数",
          "unit": "件",
          "section": "1.1",
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
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "snow-volunteers",
          "name": "除雪ボランティアの登録者数",
          "unit": "人",
          "section": "1.2",
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
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "vacant-houses",
          "name": "危険な空き家の数",
          "unit": "戸",
          "section": "1.2",
          "direction": "decrease",
          "cumulative": false,
          "baseline": null,
          "targets": [
            {
              "year": "R2",
              "value": 550,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 500,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": 450,
              "gregorian": 2022
            }
          ]
        },
        {
          "kind": "kpi",
          "id": "seminars",
          "name": "空き家活用講座の開催数",
          "unit": "回",
          "section": "1.2",
          "direction": "maintain",
          "cumulative": false,
          "baseline": null,
          "targets": [
            {
              "year": "R2",
              "value": 4,
              "gregorian": 2020
            },
            {
              "year": "R3",
              "value": 4,
              "gregorian": 2021
            },
            {
              "year": "R4",
              "value": null,
              "gregorian": 2022,
              "note": "講座の在り方を見直し中"
            }
          ]
        }
      ],
      "progress": [
        {
          "kind": "goal",
          "id": "social-migration",
          "name": "全年齢の社会増減数",
          "unit": "人",
          "actual": {
            "year": "R3",
            "value": -3100,
            "gregorian": 2021
          },
          "target": -1500,
          "target_year": "R4",
          "baseline": -4543,
          "rate": 0.47420308905685177,
          "status": "behind"
        },
        {
          "kind": "kpi",
          "id": "migrants",
          "name": "県の移住相談窓口を通じた県外からの移住者数",
          "unit": "人",
          "actual": {
            "year": "R3",
            "value": 140,
            "gregorian": 2021
          },
          "target": 130,
          "target_year": "R3",
          "baseline": 62,
          "rate": 1.1470588235294117,
          "status": "achieved"
        },
        {
          "kind": "kpi",
          "id": "portal-access",
          "name": "「やまがた暮らし情報館」トップページのアクセス件数",
          "unit": "件",
          "actual": {
            "year": "R3",
            "value": 114000,
            "gregorian": 2021
          },
          "target": 118000,
          "target_year": "R3",
          "baseline": 91456,
          "rate": 0.8493068113321278,
          "status": "on-track"
        },
        {
          "kind": "kpi",
          "id": "snow-volunteers",
          "name": "除雪ボランティアの登録者数",
          "unit": "人",
          "actual": {
            "year": "R3",
            "value": 1000,
            "gregorian": 2021
          },
          "target": 1100,
          "target_year": "R3",
          "baseline": 968,
          "rate": 0.24242424242424243,
          "status": "behind"
        },
        {
          "kind": "kpi",
          "id": "vacant-houses",
          "name": "危険な空き家の数",
          "unit": "戸",
          "actual": {
            "year": "R3",
            "value": 520,
            "gregorian": 2021
          },
          "target": 500,
          "target_year": "R3",
          "baseline": null,
          "rate": 0.9615384615384616,
          "status": "on-track"
        },
        {
          "kind": "kpi",
          "id": "seminars",
          "name": "空き家活用講座の開催数",
          "unit": "回",
          "actual": {
            "year": "R4",
            "value": 5,
            "gregorian": 2022
          },
          "target": null,
          "target_year": "",
          "baseline": null,
          "rate": null,
          "status": "no-data"
        }
      ],
      "findings": {
        "errors": 0,
        "warnings": 0
      }
    }
  ]
}
[exit 0]
