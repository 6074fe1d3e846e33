# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = カードに何(なに)がありましたか？
triage-incident-help = いちばん近(ちか)いものを選(えら)んでください。あとで戻(もど)って、変(か)えることができます。
triage-incident-lost = なくしました。または、見(み)つかりません
triage-incident-stolen = 盗(ぬす)まれました
triage-incident-destroyed = 災害(さいがい)、火事(かじ)、事故(じこ)でなくなりました
triage-incident-damaged = 壊(こわ)れました。汚(よご)れました。または、ICチップが使(つか)えません
triage-incident-exchange = 自分(じぶん)の希望(きぼう)で、交換(こうかん)したいです
triage-incident-old-card-found = 新(あたら)しいカードをもらった後(あと)で、古(ふる)いカードが見(み)つかりました

triage-card-title = どのカードですか？
triage-card-help = ほとんどの人は、在留(ざいりゅう)カードです。
triage-card-residence-card = 在留(ざいりゅう)カード
triage-card-special-permanent = 特別永住者証明書(とくべつえいじゅうしゃしょうめいしょ)
triage-card-specified = マイナンバーカードと一緒(いっしょ)になった在留(ざいりゅう)カード（特定在留(とくていざいりゅう)カード）

triage-learned-on-title = カードがないと気(き)づいたのは、いつですか？
triage-learned-on-help = 14日は、この日の次(つぎ)の日から数(かぞ)えます。
triage-found-on-title = 古(ふる)いカードを見(み)つけたのは、いつですか？
triage-found-on-help = 見(み)つけた日から14日以内(いない)に、返(かえ)さなければなりません。

triage-abroad-title = 気(き)づいたとき、日本の外(そと)にいましたか？
triage-abroad-help = 日本の外(そと)にいたときは、日本に帰(かえ)ってきた日から14日を数(かぞ)えます。
triage-abroad-no = いいえ、日本にいました
triage-abroad-yes = はい、外国(がいこく)にいました

triage-birth-date-title = カードを持(も)っている人の生年月日(せいねんがっぴ)は、いつですか？
triage-birth-date-help = 16歳(さい)より下(した)の子どもは、写真(しゃしん)がいりません。家族(かぞく)が代(か)わりに申請(しんせい)します。

triage-passport-title = 窓口(まどぐち)でパスポートを見(み)せることができますか？
triage-passport-help = できないときは、短(みじか)い理由書(りゆうしょ)を書(か)きます。ほかの身分証明書(みぶんしょうめいしょ)も持(も)って行(い)きます。
triage-passport-yes = はい
triage-passport-no = いいえ、できません

# The meaning shown under the fixed Japanese phrase, in easy Japanese with readings.
police-phrase-lost = 在留(ざいりゅう)カードをなくしました。遺失届(いしつとどけ)を出(だ)したいです。
police-phrase-stolen = 在留(ざいりゅう)カードを盗(ぬす)まれました。盗難届(とうなんとどけ)を出(だ)したいです。
police-phrase-number = 入管(にゅうかん)で、新(あたら)しいカードを申請(しんせい)します。そのために、受理番号(じゅりばんごう)が必要(ひつよう)です。番号(ばんごう)を教(おし)えてください。
police-phrase-slowly = 日本語(にほんご)があまり話(はな)せません。ゆっくり話してください。
