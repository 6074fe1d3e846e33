# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.
# Japanese has only the CLDR plural category "other": number selectors collapse to one form.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = できるだけ早く申請に行ってください。最終日は{ $deadline }です。残りは{ $days }日です。
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = できるだけ早く、遅くとも{ $recommended }までに申請に行ってください。14日目が役所の休みの日にあたるため、法律上の最終日は{ $deadline }に延びますが、その日を当てにしないでください。残りは{ $days }日です。
# Today is the last day.
case-deadline-due-today = 今日（{ $deadline }）が申請の最終日です。できれば今日のうちに窓口へ行ってください。
# The last day has passed. $days = days since it.
case-deadline-overdue = 申請の期限は{ $deadline }でした（{ $days }日前）。今からでも遅くはありません。できるだけ早く申請してください。その際、遅れた理由を書いた短い文書（理由書、書式自由）を持って行ってください。
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = { $on }に申請しました。期限（{ $deadline }）内の申請です。
# Applied after the last day.
case-deadline-done-late = { $on }に申請しました。期限は{ $deadline }でしたが、申請したことは正しい対応です。

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = 古いカードを{ $deadline }までに返納してください。残りは{ $days }日です。
case-return-on-time-extended = 古いカードは、できるだけ早く、遅くとも{ $recommended }までに返納してください。14日目が役所の休みの日にあたるため、法律上の最終日は{ $deadline }に延びます。残りは{ $days }日です。
case-return-due-today = 今日（{ $deadline }）が古いカードを返納する最終日です。
case-return-overdue = 古いカードの返納期限は{ $deadline }でした（{ $days }日前）。できるだけ早く返納してください。
case-return-done = { $on }に古いカードを返納しました。期限（{ $deadline }）内の返納です。
case-return-done-late = { $on }に古いカードを返納しました。期限は{ $deadline }でしたが、返納していただきありがとうございます。

## Errors in what was entered (validate.rs)

err-case-learned-in-future = 紛失などを知った日（{ $learned_on }）が、今日（{ $today }）より後になっています。日付を確認してください。
err-case-reentered-before-learned = 日本に戻った日（{ $reentered_on }）が、紛失などを知った日（{ $learned_on }）より前になっています。両方の日付を確認してください。
err-case-reentered-in-future = 日本に戻った日（{ $reentered_on }）が、今日（{ $today }）より後になっています。まだ海外にいる場合は、代わりに「今も海外にいる」を選んでください。日本に戻った日は、あとから入力できます。
err-case-birth-after-learned = 生年月日（{ $birth_date }）が、紛失などを知った日（{ $learned_on }）より後になっています。日付を確認してください。
err-case-birth-in-future = 生年月日（{ $birth_date }）が、今日（{ $today }）より後になっています。日付を確認してください。
err-case-ordered-in-future = 出入国在留管理局から申請を命じられた日（{ $ordered_on }）が、今日（{ $today }）より後になっています。日付を確認してください。
err-case-report-in-future = 警察に届け出た日（{ $reported_on }）が、今日（{ $today }）より後になっています。日付を確認してください。
err-case-report-before-learned = 警察に届け出た日（{ $reported_on }）が、紛失などを知った日（{ $learned_on }）より前になっています。両方の日付を確認してください。
err-case-found-in-future = カードを見つけた日（{ $found_on }）が、今日（{ $today }）より後になっています。日付を確認してください。
err-case-found-before-learned = カードを見つけた日（{ $found_on }）が、カードがないことに気づいた日（{ $learned_on }）より前になっています。両方の日付を確認してください。
err-case-applied-in-future = 申請した日（{ $applied_on }）が、今日（{ $today }）より後になっています。日付を確認してください。
err-case-acceptance-number-empty = 警察から伝えられた受理番号を入力してください。受理番号をもらっていない場合は、交番または警察署で確認してください。警察に届出を受理してもらえなかった場合は、代わりに「警察に届出を受理してもらえなかった」にチェックを入れてください。
err-case-acceptance-number-too-long = この受理番号は{ $chars }文字あります。受理番号は最大{ $max }文字です。番号だけを入力してください。
err-case-acceptance-number-control = 受理番号は、書かれているとおりに1行で入力してください。
err-case-card-number-length = 在留カード番号は12文字です（英字2文字・数字8文字・英字2文字。例：AB12345678CD）。入力された番号は{ $chars }文字です。
err-case-card-number-pattern = 在留カード番号は、英字2文字・数字8文字・英字2文字です（例：AB12345678CD）。確認してください。
