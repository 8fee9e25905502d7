$ yplan report examples/report/with-actuals.yaml --format markdown
# 進捗管理の例（令和３年度末時点） (actuals-example)

Organization: 山形県 みらい企画創造部 · Fiscal year: R3 · Period: R2–R4 · Status: final · Unit: 千円\
Validation: 0 errors, 0 warnings

## Budget by section (千円)

| Label | ID | Title | This year | Last year | Change | Change % |
| --- | --- | --- | ---: | ---: | ---: | ---: |
| ① | 1.1 | 移住・定住の促進 | 120,000 | 100,000 | +20,000 | +20.0% |
| ② | 1.2 | 雪に強い地域づくり | 45,000 | 32,000 | +13,000 | +40.6% |
|  |  | Total (each project once) | 165,000 | 132,000 | +33,000 | +25.0% |
|  |  | Sum of listings (re-listings counted) | 165,000 | 132,000 | +33,000 | +25.0% |

## By category

| Category | Projects | This year | Last year | Change | Change % |
| --- | ---: | ---: | ---: | ---: | ---: |
| new | 1 | 15,000 | 0 | +15,000 | — |
| revised | 1 | 120,000 | 100,000 | +20,000 | +20.0% |
| continuing | 0 | 0 | 0 | 0 | — |
| unspecified | 1 | 30,000 | 32,000 | -2,000 | -6.2% |

## KPIs and goals

| ID | Kind | Name | Unit | Direction | Cum. | Section |
| --- | --- | --- | --- | --- | --- | --- |
| social-migration | goal | 全年齢の社会増減数 | 人 | increase |  | 1 |
| migrants | KPI | 県の移住相談窓口を通じた県外からの移住者数 | 人 | increase |  | 1.1 |
| portal-access | KPI | 「やまがた暮らし情報館」トップページのアクセス件数 | 件 | increase |  | 1.1 |
| snow-volunteers | KPI | 除雪ボランティアの登録者数 | 人 | increase |  | 1.2 |
| vacant-houses | KPI | 危険な空き家の数 | 戸 | decrease |  | 1.2 |
| seminars | KPI | 空き家活用講座の開催数 | 回 | maintain |  | 1.2 |

## Targets

| ID | Baseline | R2 | R3 | R4 |
| --- | ---: | ---: | ---: | ---: |
| social-migration | R1 -4,543 |  |  | -1,500 |
| migrants | H30 62 | 100 | 130 | 150 |
| portal-access | H30 91,456 | 116,000 | 118,000 | 120,000 |
| snow-volunteers | H30 968 | 1,050 | 1,100 | 1,150 |
| vacant-houses | — | 550 | 500 | 450 |
| seminars | — | 4 | 4 | open ※1 |

- ※1 seminars R4: 講座の在り方を見直し中

## Progress

| ID | Name | Year | Actual | Target | Rate | Status |
| --- | --- | --- | ---: | ---: | ---: | --- |
| social-migration | 全年齢の社会増減数 | R3 | -3,100 | -1,500 | 47.4% | behind |
| migrants | 県の移住相談窓口を通じた県外からの移住者数 | R3 | 140 | 130 | 114.7% | achieved |
| portal-access | 「やまがた暮らし情報館」トップページのアクセス件数 | R3 | 114,000 | 118,000 | 84.9% | on track |
| snow-volunteers | 除雪ボランティアの登録者数 | R3 | 1,000 | 1,100 | 24.2% | behind |
| vacant-houses | 危険な空き家の数 | R3 | 520 | 500 | 96.2% | on track |
| seminars | 空き家活用講座の開催数 | R4 | 5 | — | — | no data |
[exit 0]
