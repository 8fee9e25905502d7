$ yplan get plans/mirai-2020.yaml --list goal
social-migration
community-orgs
ict-initiatives
regions-improved
[exit 0]
