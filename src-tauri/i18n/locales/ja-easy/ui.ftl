# The app's screens. Messages without variables are sent to the UI as they are.
# やさしい日本語: short sentences, readings in (ASCII parentheses). Only the plural category
# "other". Labels stay short (phone buttons).

ui-app-title = 在留(ざいりゅう)カードヘルパー
ui-skip = 本文(ほんぶん)へ
ui-language = 言葉(ことば)
ui-back = 戻(もど)る
ui-next = 次(つぎ)へ
ui-home = ホーム
ui-loading = 読(よ)み込(こ)んでいます…
ui-home-title = 在留(ざいりゅう)カードをなくしましたか？
ui-home-lead = 心配(しんぱい)しないでください。新(あたら)しいカードの申請(しんせい)は、14日の間(あいだ)にします。このアプリが、することを1つずつ教(おし)えます。あなたの答(こた)えは、このスマホやパソコンの中(なか)だけに保存(ほぞん)します。
ui-start-case = 始(はじ)める（1分(いっぷん)）
ui-my-cases = あなたの手続(てつづ)き
ui-open-case = 開(ひら)く
ui-today-title = 今日(きょう)（日本の時間(じかん)）
ui-if-lost-title = 今日(きょう)カードをなくしたら
ui-if-lost-lead = 新(あたら)しいカードを申請(しんせい)する最後(さいご)の日は、この日です

ui-triage-progress = 質問(しつもん) { $number }/{ $total }
ui-triage-date-label = 日付(ひづけ)
ui-triage-see-plan = することを見(み)る

ui-case-title-lost = 在留(ざいりゅう)カードをなくしました
ui-case-title-stolen = 在留(ざいりゅう)カードを盗(ぬす)まれました
ui-case-title-destroyed = 災害(さいがい)・火事(かじ)でカードがなくなりました
ui-case-title-destroyed-by-accident = 事故(じこ)でカードがだめになりました
ui-case-title-found-again = カードが見(み)つかりました
ui-case-title-damaged = カードが壊(こわ)れました
ui-case-title-exchange = カードを交換(こうかん)します
ui-case-title-old-card = 古(ふる)いカードを返(かえ)します

ui-deadline-title = 申請(しんせい)の期限(きげん)
ui-legal-last-day = 法律(ほうりつ)で決(き)まった最後(さいご)の日
ui-recommended-day = 遅(おそ)くても、この日までに行(い)ってください
ui-days-left = { $days ->
   *[other] あと{ $days }日
}
ui-due-today = 今日(きょう)が最後(さいご)の日です
ui-days-late = { $days ->
   *[other] 期限(きげん)が過(す)ぎて、{ $days }日たちました
}
ui-done-on = { $on }に終(お)わりました
ui-next-step = 次(つぎ)にすること
ui-plan-title = あなたがすること
ui-checklist-title = 持(も)って行(い)くもの
ui-only-if-asked = 窓口(まどぐち)で言(い)われたときだけ
ui-fee-title = お金(かね)（手数料(てすうりょう)）
ui-penalty-title = 申請(しんせい)しないと
ui-penalty-show = 期限(きげん)に間(ま)に合(あ)わなかったら、どうなりますか？
ui-notes-title = 知(し)っておくこと
ui-source = 情報(じょうほう)のもと
# Shown with a date ("as of"): a label, so it reads well in either order.
ui-as-of = 調(しら)べた日
ui-confidence-law = 法律(ほうりつ)の文(ぶん)、または公式(こうしき)のページ
ui-confidence-secondary = 弁護士(べんごし)や大学(だいがく)が紹介(しょうかい)している公式(こうしき)のページ
ui-confidence-unconfirmed = まだ確(たし)かめていません

ui-police-card-button = 交番(こうばん)で見(み)せる画面(がめん)
ui-police-title = 警察官(けいさつかん)の方(かた)へ
ui-police-lead = この画面(がめん)を警察官(けいさつかん)に見(み)せてください。

ui-report-title = 警察(けいさつ)に届(とど)けたこと
ui-report-lead = 警察(けいさつ)で聞(き)いたことを書(か)いてください。受理番号(じゅりばんごう)は、申請(しんせい)の紙(かみ)に書きます。
ui-report-kind = 届(とど)けの種類(しゅるい)
ui-report-kind-loss = 遺失届(いしつとどけ)（なくしたとき）
ui-report-kind-theft = 盗難届(とうなんとどけ)（盗(ぬす)まれたとき）
ui-report-kind-disaster = 罹災証明書(りさいしょうめいしょ)（災害(さいがい)のとき）
ui-report-kind-abroad = 外国(がいこく)の警察(けいさつ)への届(とど)け
ui-report-where = どこに届(とど)けましたか？
ui-report-country = 国(くに)
ui-report-police-abroad = 警察(けいさつ)（紙(かみ)に書(か)いてある警察署(けいさつしょ)などの名前(なまえ)）
ui-report-number-abroad = 届(とど)けの番号(ばんごう)（紙(かみ)に番号があるとき）
ui-report-not-reported = 警察(けいさつ)に届(とど)けていません。これからも届けません
ui-report-not-reported-help = 家(いえ)の中(なか)でなくしたときや、外国(がいこく)でなくして、その国(くに)で届(とど)けなかったときに選(えら)べます。陳述書(ちんじゅつしょ)に、届けなかったことと、その理由(りゆう)が書(か)かれます。窓口(まどぐち)でも説明(せつめい)してください。
ui-report-station = 警察署(けいさつしょ)・交番(こうばん)
ui-report-date = 届(とど)けた日
ui-report-number = 受理番号(じゅりばんごう)
ui-report-not-accepted = 警察(けいさつ)が届(とど)けを受(う)け付(つ)けてくれませんでした
ui-report-not-accepted-help = 警察(けいさつ)が届(とど)けを受(う)け付(つ)けてくれなかったときは（家(いえ)の中(なか)でなくしたときなど）、ここにチェックを入(い)れてください。どこで、いつ頼(たの)んだかを書(か)いてください。陳述書(ちんじゅつしょ)に、そのことが書かれます。
ui-report-save = 保存(ほぞん)する
ui-saved = 保存(ほぞん)しました。

ui-applied-button = 申請(しんせい)しました
ui-found-button = カードが見(み)つかりました
ui-found-undo = やっぱり見(み)つかっていませんか？元(もと)に戻(もど)す
ui-reentry-title = 日本に帰(かえ)ってきましたか？
ui-reentry-offer = 外国(がいこく)で、カードがないと気(き)づきましたか？
ui-reentry-lead = 日本に帰(かえ)ってきた日を入(い)れてください。その次(つぎ)の日(ひ)から14日を数(かぞ)えます。
ui-reentry-date = 日本に帰(かえ)ってきた日
ui-reentry-save = この日を保存(ほぞん)する
ui-return-by-title = 日本に帰(かえ)ってくる最後(さいご)の日
ui-return-by-lead = わかれば、再入国(さいにゅうこく)の許可(きょか)の最後(さいご)の日を入(い)れてください。みなし再入国の許可のときは、日本を出(で)た日から1年です。在留期間(ざいりゅうきかん)がそれより早(はや)く終(お)わるときは、在留期間が終わる日です（特別永住者(とくべつえいじゅうしゃ)は、日本を出(で)た日から2年）。再入国許可(さいにゅうこくきょか)のときは、パスポートに書(か)いてある日です。その日の30日前、7日前、1日前に、お知(し)らせします。
ui-return-by-date = 再入国(さいにゅうこく)の許可(きょか)の最後(さいご)の日
ui-return-by-save = 保存(ほぞん)する
ui-leaving-title = もうすぐ外国(がいこく)に行(い)きますか？
ui-leaving-lead = 新(あたら)しいカードをもらう前(まえ)に日本を出(で)ると、在留資格(ざいりゅうしかく)がなくなることがあります。旅行(りょこう)の予定(よてい)があったら、教(おし)えてください。あなたがすることのいちばん上(うえ)に、注意(ちゅうい)を出(だ)します。
ui-leaving-set = もうすぐ日本を出(で)る予定(よてい)です
ui-leaving-unset = もうすぐ日本を出(で)る予定(よてい)は、なくなりました
ui-delete-case = この手続(てつづ)きを消(け)す
ui-delete-confirm = この手続(てつづ)きと、中(なか)のデータを全部(ぜんぶ)消(け)しますか？消したら、元(もと)に戻(もど)せません。

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = 開(ひら)く
ui-file-share = 送(おく)る・印刷(いんさつ)する
ui-open-done = ほかのアプリでファイルを開(ひら)きました。
ui-share-done = 送(おく)りました。
ui-share-cancelled = 送(おく)りませんでした。送(おく)る画面(がめん)が閉(と)じられました。
ui-share-shown = 送(おく)る画面(がめん)を開(ひら)きました。送(おく)り先(さき)をえらぶか、印刷(いんさつ)してください。
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = ダウンロード › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = ファイル › このiPhone内(ない) › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = 14日(じゅうよっか)の カレンダー：{ $from }の 次(つぎ)の日(ひ)から かぞえます（{ $from }は かぞえません）。さいごの日(ひ)は { $last }です。
ui-cal-month = { $year }年{ $month }
ui-cal-day-n = 14日(じゅうよっか)のうち { $n }日目
ui-cal-closed-weekend = 土曜日(どようび)・日曜日(にちようび)：役所(やくしょ)は 休(やす)み
ui-cal-closed-holiday = 祝日(しゅくじつ)「{ $name }」：役所(やくしょ)は 休(やす)み
ui-cal-closed-year-end = 年末年始(ねんまつねんし)（12月29日〜1月3日）：役所(やくしょ)は 休(やす)み
ui-cal-legend-count-start = かぞえはじめる日(ひ)（この日(ひ)は かぞえません）
ui-cal-legend-in-window = 14日(じゅうよっか)の なかの 1日(いちにち)
ui-cal-legend-closed = 役所(やくしょ)は 休(やす)み
ui-cal-legend-today = 今日(きょう)
ui-cal-legend-recommended = この日(ひ)までに 行(い)きましょう
ui-cal-legend-last-day = 法律(ほうりつ)の さいごの日(ひ)
ui-cal-closed-title = 休(やす)みの日(ひ)
ui-open-days-left = { $count ->
    [0] この あいだ、窓口(まどぐち)が あいている日(ひ)は ありません。
   *[other] この なかで 窓口(まどぐち)が あいている日(ひ)は { $count }日です（今日(きょう)も ふくむ）。
}
