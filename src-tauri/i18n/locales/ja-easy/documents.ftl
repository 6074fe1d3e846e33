# The papers screen: what will be printed, the answers the statement and the letter are made from,
# making the PDF, and how to print it.
# やさしい日本語: short sentences, readings in (ASCII parentheses).

ui-papers-button = 書類(しょるい)を作(つく)る（PDF）
ui-papers-title = あなたの書類(しょるい)
ui-papers-lead = あなたの答(こた)えで、アプリが日本語(にほんご)の書類(しょるい)を書(か)きます。あなたは書類を印刷(いんさつ)して、サインをします。そして、出入国在留管理局(しゅつにゅうこくざいりゅうかんりきょく)に持(も)って行(い)きます。
ui-papers-pages = PDFに入(はい)る書類(しょるい)
ui-papers-page-application-form = 在留カード再交付申請書(ざいりゅうカードさいこうふしんせいしょ)：窓口(まどぐち)に出(だ)す申請書(しんせいしょ)です。
ui-papers-page-loss-statement = 陳述書(ちんじゅつしょ)：何(なに)があったか、いつ気(き)づいたか、警察(けいさつ)に届(とど)けたことを書(か)きます。
ui-papers-page-reason-letter = 理由書(りゆうしょ)：申請(しんせい)が遅(おく)れた理由(りゆう)や、パスポートを見(み)せられない理由を書(か)きます。
ui-papers-page-letter-of-authority = 委任状(いにんじょう)：一緒(いっしょ)に住(す)んでいる家族(かぞく)に、あなたの代(か)わりに申請(しんせい)してもらうための紙(かみ)です。
ui-papers-page-summary = まとめ（1ページ、日本語(にほんご)と英語(えいご)）：期限(きげん)、行(い)く場所(ばしょ)、持(も)って行くもの。
ui-papers-person = だれの書類(しょるい)か
ui-papers-person-missing = 先(さき)に、書類(しょるい)を使(つか)う人(ひと)を追加(ついか)してください。
ui-papers-choose-person = 人(ひと)を選(えら)ぶ・追加(ついか)する
ui-papers-statement-title = 何(なに)があったか（陳述書(ちんじゅつしょ)に書(か)きます）
ui-papers-statement-lead = 答(こた)えを選(えら)んでください。アプリが、日本語(にほんご)の文(ぶん)を作(つく)ります。
ui-papers-loss-date = そのことがあった、だいたいの日（わからないときは、最後(さいご)にカードを持(も)っていた日）
ui-papers-time-of-day = だいたいの時間(じかん)
ui-papers-place-kind = 場所(ばしょ)
ui-papers-place-name = 場所(ばしょ)の名前(なまえ)（わかれば。例(れい)：新宿駅(しんじゅくえき)）
ui-papers-how = 何(なに)があったか
ui-papers-statement-detail = 短(みじか)い説明(せつめい)。日本語(にほんご)かローマ字(じ)で書(か)きます（書かなくてもいいです）。例(れい)：どんな事故(じこ)だったか
ui-papers-advice-title = 印刷(いんさつ)する前(まえ)に知(し)っておくこと
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
ui-choice-how-dropped_or_missing = 落(お)としました。または、なくしました
ui-choice-how-bag_stolen = カードが入(はい)ったかばんや財布(さいふ)を盗(ぬす)まれました
ui-choice-how-pickpocketed = すりに盗(ぬす)まれました
ui-choice-how-stolen_other = ほかのやり方(かた)で盗(ぬす)まれました（車(くるま)や家(いえ)から など）
ui-choice-how-accident_pieces_kept = 事故(じこ)で壊(こわ)れました。カードのかけらは持(も)っています
ui-choice-how-accident_nothing_left = 事故(じこ)でなくなりました。何(なに)も残(のこ)っていません
ui-choice-how-left_behind = どこかに忘(わす)れました
ui-choice-how-unknown = わかりません
ui-choice-late-illness = 病気(びょうき)でした。または、入院(にゅういん)していました
ui-choice-late-disaster = 災害(さいがい)がありました
ui-choice-late-did_not_know_rule = 14日のきまりを知(し)りませんでした
ui-choice-late-waited_for_police_or_card = 警察(けいさつ)からの連絡(れんらく)や、カードが見(み)つかるのを待(ま)っていました
ui-choice-late-abroad = 気(き)づいた後(あと)、外国(がいこく)にいました（外国にいるときに気づいたときは、これを選(えら)ばないでください。手続(てつづ)きの画面(がめん)に、日本に帰(かえ)ってきた日を入(い)れてください）
ui-choice-late-work_or_family_emergency = 仕事(しごと)や家族(かぞく)に、急(きゅう)なことがありました
ui-choice-late-other = ほかの理由(りゆう)（短(みじか)い説明(せつめい)に書(か)いてください）
ui-choice-passport-lost_too = カードといっしょに、なくしました
ui-choice-passport-at_embassy_for_renewal = 新(あたら)しくするために、大使館(たいしかん)にあります
ui-choice-passport-stolen_too = カードといっしょに、盗(ぬす)まれました
ui-choice-passport-other = ほかの理由(りゆう)（短(みじか)い説明(せつめい)に書(か)いてください）

ui-papers-made = PDFを保存(ほぞん)しました：{ $path }（{ $size } KB）

# $max = the longest detail accepted.
err-paper-loss-after-learned = そのことがあった日は、カードがないと気(き)づいた日より後(あと)にできません。
