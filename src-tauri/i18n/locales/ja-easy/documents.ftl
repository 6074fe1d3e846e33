# The papers screen: what will be printed, the answers the statement and the letter are made from,
# making the PDF, and how to print it.
# やさしい日本語: short sentences, readings in (ASCII parentheses).

ui-papers-button = 書類(しょるい)を作(つく)る（PDF）
ui-papers-title = あなたの書類(しょるい)
ui-papers-lead = あなたの答(こた)えで、アプリが日本語(にほんご)の書類(しょるい)を書(か)きます。あなたは書類を印刷(いんさつ)して、サインをします。そして、出入国在留管理局(しゅつにゅうこくざいりゅうかんりきょく)に持(も)って行(い)きます。
ui-papers-pages = PDFに入(はい)る書類(しょるい)
ui-papers-page-application-form = 在留カード再交付申請書(ざいりゅうカードさいこうふしんせいしょ)：窓口(まどぐち)に出(だ)す申請書(しんせいしょ)です。
ui-papers-page-loss-statement = 紛失・盗難に係る陳述書(ふんしつ・とうなんにかかるちんじゅつしょ)：何(なに)があったかを書(か)きます。警察(けいさつ)の受理番号(じゅりばんごう)も書きます。
ui-papers-page-reason-letter = 理由書(りゆうしょ)：申請(しんせい)が遅(おく)れた理由(りゆう)や、パスポートを見(み)せられない理由を書(か)きます。
ui-papers-page-summary = まとめ（1ページ、日本語(にほんご)と英語(えいご)）：期限(きげん)、行(い)く場所(ばしょ)、持(も)って行くもの。
ui-papers-person = だれの書類(しょるい)か
ui-papers-person-missing = 先(さき)に、書類(しょるい)を使(つか)う人(ひと)を追加(ついか)してください。
ui-papers-choose-person = 人(ひと)を選(えら)ぶ・追加(ついか)する
ui-papers-statement-title = 何(なに)があったか（陳述書(ちんじゅつしょ)に書(か)きます）
ui-papers-statement-lead = 答(こた)えを選(えら)んでください。アプリが、日本語(にほんご)の文(ぶん)を作(つく)ります。
ui-papers-loss-date = そのことがあった日（または、気(き)づいた日）
ui-papers-time-of-day = だいたいの時間(じかん)
ui-papers-place-kind = 場所(ばしょ)
ui-papers-place-name = 場所(ばしょ)の名前(なまえ)（わかれば。例(れい)：新宿駅(しんじゅくえき)）
ui-papers-how = 何(なに)があったか
ui-papers-late-title = 申請(しんせい)が遅(おく)れた理由(りゆう)（理由書(りゆうしょ)に書(か)きます）
ui-papers-late-lead = 期限(きげん)は過(す)ぎました。でも、今(いま)からでも申請(しんせい)できます。理由(りゆう)を選(えら)んでください。理由書(りゆうしょ)で説明(せつめい)します。
ui-papers-passport-title = パスポートを見(み)せられない理由(りゆう)（理由書(りゆうしょ)に書(か)きます）
ui-papers-detail = 短(みじか)い説明(せつめい)。日本語(にほんご)かローマ字(じ)で書(か)きます（書かなくてもいいです）
ui-papers-save-answers = 答(こた)えを保存(ほぞん)する
ui-papers-ready = 全部(ぜんぶ)できました。印刷(いんさつ)できます。
ui-papers-not-ready = 書類(しょるい)を作(つく)る前(まえ)に、これをしてください：
ui-papers-preview = 印刷(いんさつ)するもの
ui-papers-make = PDFを作(つく)る
ui-papers-open = PDFを開(ひら)く
ui-papers-print-title = 印刷(いんさつ)のしかた
ui-papers-print-home = 家(いえ)で：PDFを開(ひら)いて、A4の紙(かみ)に印刷(いんさつ)します。大(おお)きさは100 %（本当(ほんとう)の大きさ）にしてください。「ページに合(あ)わせる」にしないでください。色(いろ)は白黒(しろくろ)です。
ui-papers-print-store = コンビニで：PDFを店(みせ)のネットプリントに送(おく)ります（例(れい)：セブン-イレブンはnetprint、ファミリーマートとローソンはネットワークプリント）。出(で)てきた番号(ばんごう)をメモします。店のコピー機(き)で、A4で印刷(いんさつ)します。
ui-papers-print-after = そのあと、申請書(しんせいしょ)・陳述書(ちんじゅつしょ)・理由書(りゆうしょ)に、自分(じぶん)の手(て)でサインと日付(ひづけ)を書(か)きます。申請書に写真(しゃしん)を貼(は)ります：縦(たて)4 cm×横(よこ)3 cm、6か月(げつ)以内(いない)にとった写真です。

ui-choice-time-of-day-morning = 朝(あさ)
ui-choice-time-of-day-daytime = 昼(ひる)
ui-choice-time-of-day-evening = 夕方(ゆうがた)
ui-choice-time-of-day-night = 夜(よる)
ui-choice-time-of-day-late_night = 夜(よる)遅(おそ)く
ui-choice-time-of-day-unknown = わかりません
ui-choice-place-kind-train_or_station = 電車(でんしゃ)の中(なか)か、駅(えき)
ui-choice-place-kind-street = 道(みち)
ui-choice-place-kind-shop = 店(みせ)やレストラン
ui-choice-place-kind-home = 家(いえ)
ui-choice-place-kind-workplace = 会社(かいしゃ)や学校(がっこう)
ui-choice-place-kind-taxi_or_bus = タクシーやバスの中(なか)
ui-choice-place-kind-public_place = 公園(こうえん)など、みんなが使(つか)う場所(ばしょ)
ui-choice-place-kind-unknown = わかりません
ui-choice-how-dropped_or_missing = 落(お)としました。または、いつのまにか、なくなっていました
ui-choice-how-bag_stolen = カードが入(はい)ったかばんや財布(さいふ)を盗(ぬす)まれました
ui-choice-how-pickpocketed = すりに盗(ぬす)まれました
ui-choice-how-left_behind = どこかに忘(わす)れました
ui-choice-how-destroyed_in_disaster_or_fire = 災害(さいがい)や火事(かじ)で、なくなりました
ui-choice-how-unknown = わかりません
ui-choice-late-illness = 病気(びょうき)でした。または、入院(にゅういん)していました
ui-choice-late-disaster = 災害(さいがい)がありました
ui-choice-late-did_not_know_rule = 14日のきまりを知(し)りませんでした
ui-choice-late-waited_for_police_or_card = 警察(けいさつ)からの連絡(れんらく)や、カードが見(み)つかるのを待(ま)っていました
ui-choice-late-abroad = 外国(がいこく)にいました
ui-choice-late-work_or_family_emergency = 仕事(しごと)や家族(かぞく)に、急(きゅう)なことがありました
ui-choice-late-other = ほかの理由(りゆう)（短(みじか)い説明(せつめい)に書(か)いてください）
ui-choice-passport-lost_too = カードといっしょに、なくしました
ui-choice-passport-at_embassy_for_renewal = 新(あたら)しくするために、大使館(たいしかん)にあります
ui-choice-passport-stolen_too = カードといっしょに、盗(ぬす)まれました
ui-choice-passport-other = ほかの理由(りゆう)（短(みじか)い説明(せつめい)に書(か)いてください）

ui-papers-made = PDFを保存(ほぞん)しました：{ $path }（{ $size } KB）

err-app-place-too-long = 場所(ばしょ)の名前(なまえ)が長(なが)すぎます。1行(ぎょう)で、60文字(もじ)までにしてください。
err-app-detail-too-long = 説明(せつめい)が長(なが)すぎます。1行(ぎょう)で、200文字(もじ)までにしてください。
err-app-loss-after-learned = そのことがあった日は、カードがないと気(き)づいた日より後(あと)にできません。
