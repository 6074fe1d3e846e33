# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.
# やさしい日本語: short sentences, readings in (ASCII parentheses) at a word's first use in a
# message; values such as dates go in full-width （…）. Only the plural category "other".

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = できるだけ早(はや)く申請(しんせい)に行(い)ってください。最後(さいご)の日は{ $deadline }です。あと{ $days }日です。
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = できるだけ早(はや)く申請(しんせい)に行(い)ってください。遅(おそ)くても{ $recommended }までに行ってください。14日目が役所(やくしょ)の休(やす)みの日なので、法律(ほうりつ)では最後(さいご)の日が{ $deadline }になります。でも、この日をあてにしないでください。あと{ $days }日です。
# Today is the last day.
case-deadline-due-today = 今日(きょう)は{ $deadline }です。今日が申請(しんせい)の最後(さいご)の日です。できれば今日、窓口(まどぐち)に行(い)ってください。
# The last day has passed. $days = days since it.
case-deadline-overdue = 申請(しんせい)の期限(きげん)は{ $deadline }でした。{ $days }日前です。でも、今(いま)からでも申請できます。できるだけ早(はや)く申請してください。遅(おく)れた理由(りゆう)を書(か)いた紙(かみ)も持(も)って行(い)ってください。この紙を理由書(りゆうしょ)といいます。書き方(かた)は自由(じゆう)です。
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = { $on }に申請(しんせい)しました。期限(きげん)（{ $deadline }）に間(ま)に合(あ)いました。
# Applied after the last day.
case-deadline-done-late = { $on }に申請(しんせい)しました。期限(きげん)は{ $deadline }でした。申請したのは、正(ただ)しいことです。

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = 古(ふる)いカードを{ $deadline }までに返(かえ)してください。あと{ $days }日です。
case-return-on-time-extended = 古(ふる)いカードを、できるだけ早(はや)く返(かえ)してください。遅(おそ)くても{ $recommended }までに返してください。14日目が役所(やくしょ)の休(やす)みの日なので、法律(ほうりつ)では最後(さいご)の日が{ $deadline }になります。あと{ $days }日です。
case-return-due-today = 今日(きょう)は{ $deadline }です。今日が古(ふる)いカードを返(かえ)す最後(さいご)の日です。
case-return-overdue = 古(ふる)いカードを返(かえ)す期限(きげん)は{ $deadline }でした。{ $days }日前です。できるだけ早(はや)く返してください。
case-return-done = { $on }に古(ふる)いカードを返(かえ)しました。期限(きげん)（{ $deadline }）に間(ま)に合(あ)いました。
case-return-done-late = { $on }に古(ふる)いカードを返(かえ)しました。期限(きげん)は{ $deadline }でした。返していただき、ありがとうございます。

## Errors in what was entered (validate.rs)

err-case-learned-in-future = カードがないと気(き)づいた日（{ $learned_on }）が、今日(きょう)（{ $today }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-reentered-before-learned = 日本に帰(かえ)ってきた日（{ $reentered_on }）が、カードがないと気(き)づいた日（{ $learned_on }）より前(まえ)です。2つの日付(ひづけ)を確(たし)かめてください。
err-case-reentered-in-future = 日本に帰(かえ)ってきた日（{ $reentered_on }）が、今日(きょう)（{ $today }）より後(あと)です。まだ外国(がいこく)にいるときは、「今(いま)も外国にいます」を選(えら)んでください。帰ってきた日は、あとで入(い)れることができます。
err-case-birth-after-learned = 生年月日(せいねんがっぴ)（{ $birth_date }）が、カードがないと気(き)づいた日（{ $learned_on }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-birth-in-future = 生年月日(せいねんがっぴ)（{ $birth_date }）が、今日(きょう)（{ $today }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-ordered-in-future = 入管(にゅうかん)から「申請(しんせい)してください」と言(い)われた日（{ $ordered_on }）が、今日(きょう)（{ $today }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-report-in-future = 警察(けいさつ)に届(とど)けた日（{ $reported_on }）が、今日(きょう)（{ $today }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-report-before-learned = 警察(けいさつ)に届(とど)けた日（{ $reported_on }）が、カードがないと気(き)づいた日（{ $learned_on }）より前(まえ)です。2つの日付(ひづけ)を確(たし)かめてください。
err-case-found-in-future = カードを見(み)つけた日（{ $found_on }）が、今日(きょう)（{ $today }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-found-before-learned = カードを見(み)つけた日（{ $found_on }）が、カードがないと気(き)づいた日（{ $learned_on }）より前(まえ)です。2つの日付(ひづけ)を確(たし)かめてください。
err-case-applied-in-future = 申請(しんせい)した日（{ $applied_on }）が、今日(きょう)（{ $today }）より後(あと)です。日付(ひづけ)を確(たし)かめてください。
err-case-acceptance-number-empty = 警察(けいさつ)でもらった受理番号(じゅりばんごう)を入(い)れてください。もらっていないときは、交番(こうばん)か警察署(けいさつしょ)で聞(き)いてください。警察が届(とど)けを受(う)け付(つ)けてくれなかったときは、番号(ばんごう)を入れないで、「警察が届けを受け付けてくれませんでした」にチェックを入れてください。
err-case-acceptance-number-too-long = この受理番号(じゅりばんごう)の文字(もじ)の数(かず)は{ $chars }です。受理番号は{ $max }文字までです。番号(ばんごう)だけを入(い)れてください。
err-case-acceptance-number-control = 受理番号(じゅりばんごう)は、紙(かみ)に書(か)いてあるとおりに、1行(いちぎょう)で入(い)れてください。
err-case-card-number-length = 在留(ざいりゅう)カードの番号(ばんごう)は12文字(じゅうにもじ)です。アルファベット2つ、数字(すうじ)8つ、アルファベット2つです（例(れい)：AB12345678CD）。入(い)れた番号は{ $chars }文字です。
err-case-card-number-pattern = 在留(ざいりゅう)カードの番号(ばんごう)は、アルファベット2つ、数字(すうじ)8つ、アルファベット2つです（例(れい)：AB12345678CD）。確(たし)かめてください。
