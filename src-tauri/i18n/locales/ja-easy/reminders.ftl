# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.
# Only the plural category "other"; the exact [0] and [1] variants are kept.

## Applying for a new card

rem-apply-opened-title = 新(あたら)しい在留(ざいりゅう)カード：申請(しんせい)の期限(きげん)
rem-apply-opened-body = { $deadline }までに申請(しんせい)してください（{ $days ->
    [0] 今日(きょう)まで
   *[other] あと{ $days }日
}）。やることは、アプリで見(み)ることができます。
rem-apply-opened-late-body = 申請(しんせい)の期限(きげん)は{ $deadline }でした（{ $days }日前）。でも、今(いま)からでも申請できます。できるだけ早(はや)く申請してください。遅(おく)れた理由(りゆう)を書(か)いた紙(かみ)も出(だ)してください。
rem-apply-before-title = 申請(しんせい)の期限(きげん)まで、あと{ $days }日
rem-apply-before-body = 新(あたら)しい在留(ざいりゅう)カードを、{ $deadline }（{ $days ->
    [1] 明日(あした)
   *[other] { $days }日後
}）までに申請(しんせい)してください。必要(ひつよう)な書類(しょるい)を、アプリで確(たし)かめてください。
rem-apply-last-day-title = 今日(きょう)が申請(しんせい)の最後(さいご)の日です
rem-apply-last-day-body = 今日(きょう)は{ $deadline }です。今日が、新(あたら)しい在留(ざいりゅう)カードを申請(しんせい)する最後(さいご)の日です。

## Returning an old card

rem-return-opened-title = 古(ふる)いカードを返(かえ)してください
rem-return-opened-body = { $deadline }までに古(ふる)いカードを返(かえ)してください（{ $days ->
    [0] 今日(きょう)まで
   *[other] あと{ $days }日
}）。
rem-return-opened-late-body = 古(ふる)いカードを返(かえ)す期限(きげん)は{ $deadline }でした（{ $days }日前）。できるだけ早(はや)く返してください。
rem-return-before-title = 古(ふる)いカードを返(かえ)すまで、あと{ $days }日
rem-return-before-body = 古(ふる)いカードを、{ $deadline }（{ $days ->
    [1] 明日(あした)
   *[other] { $days }日後
}）までに返(かえ)してください。
rem-return-last-day-title = 今日(きょう)が古(ふる)いカードを返(かえ)す最後(さいご)の日です
rem-return-last-day-body = 今日(きょう)は{ $deadline }です。今日が、古(ふる)いカードを返(かえ)す最後(さいご)の日です。

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = { $by }までに日本に帰(かえ)ってきてください
# $days = days left before it.
rem-return-by-body = 再入国(さいにゅうこく)の許可(きょか)は{ $by }までです（あと{ $days }日）。それまでに日本に帰(かえ)ってきてください。帰ってこないと、在留資格(ざいりゅうしかく)がなくなります。帰ってきたら、14日以内(いない)に新(あたら)しいカードを申請(しんせい)してください。

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Androidは、電池(でんち)を長(なが)く使(つか)うために、お知(し)らせの時間(じかん)を少(すこ)し変(か)えます。お知(し)らせは、その日(ひ)の{ $from }から{ $to }の間(あいだ)に来(き)ます。電池(でんち)を守(まも)る設定(せってい)のときは、遅(おく)れることがあります。
reminders-test-failed = ためしのお知(し)らせを出(だ)すことができませんでした。電話(でんわ)の設定(せってい)で、このアプリのお知(し)らせがオンになっているか、見(み)てください。
