$ yplan get plans/mirai-2020.yaml kpi.multicultural-participants.targets --format json
{
  "R2": {
    "value": null,
    "note": "新型コロナウイルス感染症の感染拡大防止のため、４月及び５月前半の講座の開催が見送られたほか、それ以降の開催についても「イベント等の開催に関する基本方針」に基づき参加人数が制限されることで、従来の参加者数を見通すことが困難であるため。"
  },
  "R3": 4800,
  "R4": 7200,
  "R5": 9600,
  "R6": 12000
}
[exit 0]
