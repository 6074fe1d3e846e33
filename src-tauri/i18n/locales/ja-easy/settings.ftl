# リマインダーの画面(がめん)、通知(つうち)の許可(きょか)、テスト通知(つうち)、カレンダー（.ics）。
# やさしい日本語: short sentences, readings in (ASCII parentheses). $path = 保存(ほぞん)した場所(ばしょ)。

ui-settings-button = お知(し)らせとカレンダー
ui-settings-title = お知(し)らせ
ui-settings-lead = 期限(きげん)の前(まえ)に、この電話(でんわ)やパソコンにお知(し)らせが出(で)ます。どこにも送(おく)りません。
ui-reminders-on = 期限(きげん)の前(まえ)に知(し)らせる
ui-reminder-hour = 時間(じかん)（日本(にほん)の時間(じかん)）
ui-settings-saved = 保存(ほぞん)しました。
ui-test-notification = ためしにお知(し)らせを出(だ)す
ui-test-notification-sent = ためしのお知(し)らせを出(だ)しました。見(み)えないときは、電話(でんわ)の通知(つうち)の設定(せってい)を見(み)てください。
ui-pending-title = これからのお知(し)らせ
ui-pending-none = 待(ま)っているお知(し)らせはありません。
ui-calendar-export = 日(ひ)にちをカレンダーのファイル（.ics）に保存(ほぞん)する
ui-calendar-done = カレンダーのファイルを保存(ほぞん)しました。場所(ばしょ)：{ $path }
ui-permission-reason = 期限(きげん)の前(まえ)に知(し)らせるために、お知(し)らせを出(だ)す許可(きょか)がいります。
ui-permission-allow = お知(し)らせを許可(きょか)する
ui-permission-later = あとで
ui-permission-denied = このアプリのお知(し)らせがオフです。だから、お知(し)らせは出(で)ません。ほかのことは全部(ぜんぶ)できます。電話(でんわ)の設定(せってい)でオンにできます。

test-notification-title = ためしのお知(し)らせ
test-notification-body = お知(し)らせは大丈夫(だいじょうぶ)です。期限(きげん)の前(まえ)に知(し)らせます。

cal-name = 在留(ざいりゅう)カードの期限(きげん)
cal-apply-deadline-title = 新(あたら)しい在留(ざいりゅう)カードを申請(しんせい)する最後(さいご)の日(ひ)
cal-return-deadline-title = 古(ふる)い在留(ざいりゅう)カードを返(かえ)す最後(さいご)の日(ひ)
cal-deadline-body = 法律(ほうりつ)では、この日(ひ)までです。やることと書類(しょるい)は、アプリの中(なか)にあります。
cal-return-by-title = 再入国(さいにゅうこく)の許可(きょか)の最後(さいご)の日(ひ)：この日までに日本に帰(かえ)る
cal-return-by-body = この日(ひ)までに日本に帰(かえ)ってきてください。帰ってこないと、在留資格(ざいりゅうしかく)がなくなります。帰ってきたら、14日以内(いない)に新(あたら)しい在留(ざいりゅう)カードを申請(しんせい)してください。

err-app-reminder-hour = 6:00から21:00までの時間(じかん)を選(えら)んでください。何(なに)も変(か)わっていません。
