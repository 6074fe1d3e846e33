# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = カードに何(なに)がありましたか？
triage-incident-help = いちばん近(ちか)いものを選(えら)んでください。あとで戻(もど)って、変(か)えることができます。
triage-incident-lost = 外(そと)でなくしました。または、どこでなくしたか、わかりません
triage-incident-lost-at-home = 家(いえ)の中(なか)のどこかで、なくしました
triage-incident-stolen = 盗(ぬす)まれました
triage-incident-destroyed = 災害(さいがい)や火事(かじ)で、なくなりました（燃(も)えました）
triage-incident-destroyed-by-accident = 事故(じこ)で、だめになりました（洗濯(せんたく)した、割(わ)れた）。カードがありません。または、ばらばらです。カードがまだあるときは、「壊(こわ)れました」を選(えら)んでください
triage-incident-damaged = 壊(こわ)れました。汚(よご)れました。または、ICチップが使(つか)えません
triage-incident-exchange = 自分(じぶん)の希望(きぼう)で、交換(こうかん)したいです
triage-incident-found-again = カードが見(み)つかりました（新(あたら)しいカードは、まだもらっていません）
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
triage-found-again-help = あなたのカードは、今(いま)も使(つか)えます。あと1つか2つ、することがあります。それを教(おし)えます。

triage-birth-date-title = カードを持(も)っている人の生年月日(せいねんがっぴ)は、いつですか？
triage-birth-date-help = 16歳(じゅうろくさい)より下(した)の子どもは、写真(しゃしん)がいりません。家族(かぞく)が代(か)わりに申請(しんせい)します。

triage-passport-title = 窓口(まどぐち)でパスポートを見(み)せることができますか？
triage-passport-help = できないときは、短(みじか)い理由書(りゆうしょ)を書(か)きます。ほかの身分証明書(みぶんしょうめいしょ)も持(も)って行(い)きます。
triage-passport-yes = はい
triage-passport-gone-too = いいえ、カードといっしょに、なくしました。または、盗(ぬす)まれました
triage-passport-no = いいえ、ほかの理由(りゆう)です（例(れい)：大使館(たいしかん)にあります）

# The meaning shown under the fixed Japanese phrase, in easy Japanese with readings.
police-phrase-lost = 在留(ざいりゅう)カードをなくしました。遺失届(いしつとどけ)を出(だ)したいです。
police-phrase-stolen = 在留(ざいりゅう)カードを盗(ぬす)まれました。盗難届(とうなんとどけ)を出(だ)したいです。
police-phrase-number = 入管(にゅうかん)で、新(あたら)しいカードを申請(しんせい)します。そのために、受理番号(じゅりばんごう)が必要(ひつよう)です。番号(ばんごう)を教(おし)えてください。
police-phrase-slowly = 日本語(にほんご)があまり話(はな)せません。ゆっくり話してください。

triage-whereabouts-title = カードがないと気(き)づいたとき、どこにいましたか？今(いま)は、どこにいますか？
triage-whereabouts-help = 14日は、あなたが日本にいるときに始(はじ)まります。在留(ざいりゅう)カードを持(も)たないで日本を出(で)ると、在留資格(ざいりゅうしかく)がなくなることがあります。旅行(りょこう)の予定(よてい)があったら、教(おし)えてください。
triage-whereabouts-in-japan = 日本にいました。これからも日本にいます
triage-whereabouts-leaving-soon = 日本にいました。でも、これから数週間(すうしゅうかん)のうちに、日本を出(で)る予定(よてい)です
triage-whereabouts-back-in-japan = 外国(がいこく)で気(き)づきました。今(いま)は日本に帰(かえ)ってきています
triage-whereabouts-return-date = 日本に帰(かえ)ってきた日
triage-whereabouts-abroad-now = 外国(がいこく)で気(き)づきました。今(いま)も外国にいます

triage-applicant-title = だれが出入国在留管理局(しゅつにゅうこくざいりゅうかんりきょく)に行(い)きますか？
triage-applicant-help = ふつうは、自分(じぶん)で行(い)きます。病気(びょうき)のときや、あなたが頼(たの)んだときは、一緒(いっしょ)に住(す)んでいる家族(かぞく)が、代(か)わりに行くことができます。
triage-applicant-holder = 自分(じぶん)で行(い)きます
triage-applicant-relative-ill = 一緒(いっしょ)に住(す)んでいる家族(かぞく)（わたしが病気(びょうき)か、入院(にゅういん)しています）
triage-applicant-relative-request = 一緒(いっしょ)に住(す)んでいる家族(かぞく)（わたしが頼(たの)みます）
triage-applicant-agent = 弁護士(べんごし)、行政書士(ぎょうせいしょし)、または、ほかの申請取次者(しんせいとりつぎしゃ)
triage-applicant-ill-other = わたしは病気(びょうき)か、入院(にゅういん)しています。一緒(いっしょ)に住(す)んでいる家族(かぞく)はいません。ほかの人(ひと)が行(い)きます（窓口(まどぐち)が認(みと)めることが必要(ひつよう)です）
triage-applicant-ill-no-one = わたしは病気(びょうき)か、入院(にゅういん)しています。代(か)わりに行(い)ける人(ひと)は、まだいません
triage-applicant-child-title = だれが、子どもの代(か)わりに窓口(まどぐち)に行(い)きますか？
triage-applicant-child-help = 16歳(じゅうろくさい)より下(した)の子どもは、自分(じぶん)で申請(しんせい)しません。子どもと一緒(いっしょ)に住(す)んでいる16歳(じゅうろくさい)以上(いじょう)の家族(かぞく)が、代(か)わりに申請しなければなりません。
triage-applicant-child-relative = 子どもと一緒(いっしょ)に住(す)んでいる16歳(じゅうろくさい)以上(いじょう)の家族(かぞく)
triage-applicant-child-other = ほかの人(ひと)：別(べつ)のところに住(す)んでいる親(おや)や後見人(こうけんにん)、ほかの家族(かぞく)、子どもと一緒(いっしょ)に住んでいる人（窓口(まどぐち)が認(みと)めることが必要(ひつよう)です）
triage-applicant-child-no-one = まだ、この中(なか)の人(ひと)は、だれもいません
