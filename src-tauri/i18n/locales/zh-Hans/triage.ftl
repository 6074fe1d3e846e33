# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = 您的卡发生了什么情况？
triage-incident-help = 请选择最接近的答案。之后可以返回修改。
triage-incident-lost = 在外面丢了，或者不知道丢在哪里
triage-incident-lost-at-home = 在家里的某个地方找不到了
triage-incident-stolen = 被盗了
triage-incident-destroyed = 在灾害或火灾中毁坏了（烧毁）
triage-incident-destroyed-by-accident = 在事故中毁坏了（洗坏、折断）：卡已经没有了或成了碎片。如果卡还在您手上，请选择“损坏或弄脏了”
triage-incident-damaged = 损坏或弄脏了，或者芯片不能用了
triage-incident-exchange = 我想换卡（本人意愿）
triage-incident-found-again = 我又找到了我的卡（还没有领到新卡）
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
triage-found-again-help = 您的卡仍然有效。我们会告诉您剩下要做的一两件事。

triage-birth-date-title = 持卡人的出生日期是哪一天？
triage-birth-date-help = 未满16岁的孩子不需要照片，由家人代为申请。

triage-passport-title = 您能在窗口出示护照吗？
triage-passport-help = 如果不能，需要写一份简短的理由书（理由書），并带上其他身份证件。
triage-passport-yes = 能
triage-passport-gone-too = 不能，护照和卡一起丢失或被盗了
triage-passport-no = 不能，因为其他原因（例如护照在本国大使馆）

# The meaning shown under the fixed Japanese phrase.
police-phrase-lost = 我的在留卡丢了。我想提交遗失申报（遺失届）。
police-phrase-stolen = 我的在留卡被偷了。我想提交被盗申报（盗難届）。
police-phrase-number = 我在入管申请补发在留卡时需要受理编号（受理番号），请告诉我这个编号。
police-phrase-slowly = 我不太会说日语。请说慢一点。

triage-whereabouts-title = 您发现的时候在哪里？现在在哪里？
triage-whereabouts-help = 14天从您身在日本的日子开始计算。没有在留卡就离开日本，可能会失去在留资格，所以如果您打算出行，请告诉我们。
triage-whereabouts-in-japan = 我当时在日本，现在也留在日本
triage-whereabouts-leaving-soon = 我当时在日本，但打算在接下来几周内离开日本
triage-whereabouts-back-in-japan = 我在国外发现的，现在已经回到日本
triage-whereabouts-return-date = 回到日本的日期
triage-whereabouts-abroad-now = 我在国外发现的，现在仍在国外

triage-applicant-title = 谁去出入国在留管理局？
triage-applicant-help = 通常由您本人前往。如果您生病了，或者您委托家人，与您同住的家人可以替您前往。
triage-applicant-holder = 我自己去
triage-applicant-relative-ill = 与我同住的家人（我生病了或正在住院）
triage-applicant-relative-request = 与我同住的家人（我委托他们去）
triage-applicant-agent = 律师、行政书士（行政書士）或其他经登记的申请代办人（申請取次者）
triage-applicant-ill-other = 我生病了或正在住院，没有家人与我同住：由其他人去（须经窗口同意）
triage-applicant-ill-no-one = 我生病了或正在住院，目前还没有人能替我去
triage-applicant-child-title = 谁替孩子去窗口办理？
triage-applicant-child-help = 未满16岁的孩子不由本人亲自申请。必须由与孩子同住的16岁以上家人代为申请。
triage-applicant-child-relative = 与孩子同住的16岁以上家人
triage-applicant-child-other = 其他人：不与孩子同住的父母或法定监护人、其他家人，或与孩子同住的人（须经窗口同意）
triage-applicant-child-no-one = 目前以上都没有
