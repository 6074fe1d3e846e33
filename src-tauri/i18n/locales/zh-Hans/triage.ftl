# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = 您的卡发生了什么情况？
triage-incident-help = 请选择最接近的答案。之后可以返回修改。
triage-incident-lost = 丢失了，或者找不到了
triage-incident-stolen = 被盗了
triage-incident-destroyed = 毁坏了（灾害、火灾、事故）
triage-incident-damaged = 损坏或弄脏了，或者芯片不能用了
triage-incident-exchange = 我想换卡（本人意愿）
triage-incident-old-card-found = 领到新卡后，我找到了旧卡

triage-card-title = 是哪一种卡？
triage-card-help = 大多数人持有的是在留卡（在留カード）。
triage-card-residence-card = 在留卡（在留カード）
triage-card-special-permanent = 特别永住者证明书（特別永住者証明書）
triage-card-specified = 与个人编号卡合为一体的在留卡（特定在留カード）

triage-learned-on-title = 您是什么时候发现卡不见了的？
triage-learned-on-help = 14天从这一天的第二天开始计算。
triage-found-on-title = 您是什么时候找到旧卡的？
triage-found-on-help = 您需要在找到之日起14天内交还旧卡。

triage-abroad-title = 您发现的时候是否在日本境外？
triage-abroad-help = 如果是，14天从您回到日本的那一天开始计算。
triage-abroad-no = 不是，我在日本
triage-abroad-yes = 是的，我在国外

triage-birth-date-title = 持卡人的出生日期是哪一天？
triage-birth-date-help = 未满16岁的孩子不需要照片，由家人代为申请。

triage-passport-title = 您能在窗口出示护照吗？
triage-passport-help = 如果不能，需要写一份简短的理由书（理由書），并带上其他身份证件。
triage-passport-yes = 能
triage-passport-no = 不能

# The meaning shown under the fixed Japanese phrase.
police-phrase-lost = 我的在留卡丢了。我想提交遗失申报（遺失届）。
police-phrase-stolen = 我的在留卡被偷了。我想提交被盗申报（盗難届）。
police-phrase-number = 我在入管申请补发在留卡时需要受理编号（受理番号），请告诉我这个编号。
police-phrase-slowly = 我不太会说日语。请说慢一点。
