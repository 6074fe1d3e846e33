# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = カードに何がありましたか？
triage-incident-help = いちばん近いものを選んでください。あとから戻って変更できます。
triage-incident-lost = なくした、または見つからない
triage-incident-stolen = 盗まれた
triage-incident-destroyed = 災害・火事・事故でなくなった（滅失）
triage-incident-damaged = 傷んだ・汚れた、またはICチップが使えない
triage-incident-exchange = 自分の希望で交換したい
triage-incident-old-card-found = 新しいカードを受け取った後に、古いカードが見つかった

triage-card-title = どのカードですか？
triage-card-help = ほとんどの方は在留カードです。
triage-card-residence-card = 在留カード
triage-card-special-permanent = 特別永住者証明書
triage-card-specified = マイナンバーカードと一体化した在留カード（特定在留カード）

triage-learned-on-title = カードがないことに気づいたのはいつですか？
triage-learned-on-help = 14日間は、この日の翌日から数えます。
triage-found-on-title = 古いカードを見つけたのはいつですか？
triage-found-on-help = 見つけた日から14日以内に返納する必要があります。

triage-abroad-title = 気づいたとき、日本の外にいましたか？
triage-abroad-help = その場合、14日間は日本に戻った日から数え始めます。
triage-abroad-no = いいえ、日本にいました
triage-abroad-yes = はい、海外にいました

triage-birth-date-title = カードの持ち主の生年月日はいつですか？
triage-birth-date-help = 16歳未満の子どもは写真が不要で、家族が代わりに申請します。

triage-passport-title = 窓口で旅券（パスポート）を見せることができますか？
triage-passport-help = できない場合は、短い理由書を書き、ほかの身分証明書を持って行きます。
triage-passport-yes = はい
triage-passport-no = いいえ、できません

# The meaning shown under the fixed Japanese phrase: in Japanese, the phrase itself.
police-phrase-lost = 在留カードをなくしました。遺失届を出したいです。
police-phrase-stolen = 在留カードを盗まれました。盗難届を出したいです。
police-phrase-number = 入管での再交付申請に必要なので、受理番号を教えてください。
police-phrase-slowly = 日本語があまり話せません。ゆっくり話してください。
