$ yplan report plans/mirai-2020.yaml --kind outline --format json --section 4.3
{
  "plans": [
    {
      "file": "plans/mirai-2020.yaml",
      "plan": {
        "id": "mirai-2020",
        "title": "令和２年度 みらい企画創造部 主要事業",
        "budget_unit": "千円"
      },
      "section": "4.3",
      "outline": [
        {
          "id": "4.3",
          "label": "(10)",
          "title": "地域の特性を活かし暮らしを支える活力ある圏域の形成",
          "ref": "5-4",
          "budget": null,
          "indicators": [
            {
              "kind": "goal",
              "id": "regions-improved",
              "name": "県内の４地域（村山、最上、置賜、庄内）のうち、全年齢の社会減少が改善した地域数"
            }
          ],
          "children": [
            {
              "id": "4.3.1",
              "label": "⑳",
              "title": "豊富な地域資源を活かした農山漁村地域の維持・活性化",
              "ref": null,
              "budget": {
                "budget": 181590,
                "previous": 167214
              },
              "indicators": [
                {
                  "kind": "kpi",
                  "id": "kyoryokutai-retention",
                  "name": "地域おこし協力隊員の任期終了後の定着率（累計）"
                }
              ],
              "children": []
            },
            {
              "id": "4.3.2",
              "label": "㉑",
              "title": "圏域における広域連携の推進",
              "ref": null,
              "budget": {
                "budget": 11101,
                "previous": 11601
              },
              "indicators": [
                {
                  "kind": "kpi",
                  "id": "regional-new-projects",
                  "name": "連携中枢都市圏や定住自立圏における新規事業数（累計）"
                }
              ],
              "children": []
            },
            {
              "id": "4.3.3",
              "label": "㉒",
              "title": "県を越えた交流連携の推進",
              "ref": null,
              "budget": {
                "budget": 22526,
                "previous": 45081
              },
              "indicators": [
                {
                  "kind": "kpi",
                  "id": "yamagata-miyagi-flow",
                  "name": "山形・宮城間の流動人口（高速バス輸送人員）"
                }
              ],
              "children": []
            }
          ]
        }
      ]
    }
  ]
}
[exit 0]
