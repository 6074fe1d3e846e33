# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = カードに何がありましたか？
triage-incident-help = いちばん近いものを選んでください。あとから戻って変更できます。
triage-incident-lost = 外でなくした、またはどこでなくしたかわからない
triage-incident-lost-at-home = 家の中のどこかでなくした
triage-incident-stolen = 盗まれた
triage-incident-destroyed = 災害や火事でなくなった（焼けた）
triage-incident-destroyed-by-accident = 事故でだめになった（洗濯した、割れた）：カードがない、または破片しか残っていない。カードが手元にある場合は「傷んだ・汚れた」を選んでください
triage-incident-damaged = 傷んだ・汚れた、またはICチップが使えない
triage-incident-exchange = 自分の希望で交換したい
triage-incident-found-again = カードが見つかった（新しいカードはまだ受け取っていない）
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
triage-found-again-help = あなたのカードは今も有効です。このあと残っている1つか2つのことを案内します。

triage-birth-date-title = カードの持ち主の生年月日はいつですか？
triage-birth-date-help = 16歳未満の子どもは写真が不要で、家族が代わりに申請します。

triage-passport-title = 窓口で旅券（パスポート）を見せることができますか？
triage-passport-help = できない場合は、短い理由書を書き、ほかの身分証明書を持って行きます。
triage-passport-yes = はい
triage-passport-gone-too = いいえ、カードと一緒になくした、または盗まれた
triage-passport-no = いいえ、ほかの理由で見せられない（例：大使館に預けている）

# The meaning shown under the fixed Japanese phrase: in Japanese, the phrase itself.
police-phrase-lost = 在留カードをなくしました。遺失届を出したいです。
police-phrase-stolen = 在留カードを盗まれました。盗難届を出したいです。
police-phrase-number = 入管での再交付申請に必要なので、受理番号を教えてください。
police-phrase-slowly = 日本語があまり話せません。ゆっくり話してください。

triage-whereabouts-title = 気づいたときはどこにいましたか？今はどこにいますか？
triage-whereabouts-help = 14日間は、あなたが日本にいる日から数えます。在留カードを持たずに出国すると在留資格がなくなることがあるため、旅行の予定がある場合は教えてください。
triage-whereabouts-in-japan = 日本にいた。これからも日本にいる
triage-whereabouts-leaving-soon = 日本にいたが、数週間以内に日本を出国する予定がある
triage-whereabouts-back-in-japan = 海外で気づき、今は日本に戻っている
triage-whereabouts-return-date = 日本に戻った日
triage-whereabouts-abroad-now = 海外で気づき、今も海外にいる

triage-applicant-title = だれが出入国在留管理局に行きますか？
triage-applicant-help = ふつうは本人が行きます。病気の場合や、あなたが頼んだ場合は、同居している家族が代わりに行くことができます。
triage-applicant-holder = 自分で行く
triage-applicant-relative-ill = 同居している家族（自分が病気または入院中）
triage-applicant-relative-request = 同居している家族（自分が頼んで行ってもらう）
triage-applicant-agent = 弁護士、行政書士、またはほかの申請取次者
triage-applicant-ill-other = 自分は病気または入院中で、同居している家族はいない：ほかの人（窓口が認めることが必要）
triage-applicant-ill-no-one = 自分は病気または入院中で、代わりに行ける人はまだいない
triage-applicant-child-title = だれが子どもの代わりに窓口に行きますか？
triage-applicant-child-help = 16歳未満の子どもは、本人が申請しません。子どもと同居している16歳以上の家族が、代わりに申請しなければなりません。
triage-applicant-child-relative = 子どもと同居している16歳以上の家族
triage-applicant-child-other = ほかの人：別に住んでいる親や後見人、ほかの家族、または子どもと一緒に住んでいる人（窓口が認めることが必要）
triage-applicant-child-no-one = まだ、この中のだれもいない
