$ yplan set plans/mirai-2020.yaml project.iju-teiju.budget=210000
--- stderr
plans/mirai-2020.yaml:259:33: error[budget-total]: stated total budget 200,753 differs from the sum of the listings, 210,000 (difference -9,247)
plans/mirai-2020.yaml:285:29: warning[relisting-mismatch]: listing of `iju-teiju` under section 1.1.2 states budget 200,753, but the project's budget is 210,000 (difference -9,247); mark it `partial: true` if only part of it belongs here
plans/mirai-2020.yaml:319:29: warning[relisting-mismatch]: listing of `iju-teiju` under section 1.1.3 states budget 200,753, but the project's budget is 210,000 (difference -9,247); mark it `partial: true` if only part of it belongs here
plans/mirai-2020.yaml:842:29: warning[relisting-mismatch]: listing of `iju-teiju` under section 4.3.1 states budget 170,489, but the project's budget is 210,000 (difference -39,511); mark it `partial: true` if only part of it belongs here
yplan: set: refused: the edit would bring 1 new error (--force writes anyway); 'plans/mirai-2020.yaml' is unchanged
[exit 1]
