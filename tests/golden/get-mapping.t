$ yplan get plans/mirai-2020.yaml kpi.portal-access
id: portal-access
name: 移住・交流ポータルサイト「やまがた暮らし情報館」トップページのアクセス件数
unit: 件
direction: increase
baseline: {year: H30, value: "９１，４５６"}
targets: {R2: "116,000", R3: "118,000", R4: "120,000", R5: "121,000", R6: "122,000"}
[exit 0]
