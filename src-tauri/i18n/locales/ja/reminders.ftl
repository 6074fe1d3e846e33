# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.
# Japanese has only the CLDR plural category "other"; the [0] variants ("today") are kept.

## Applying for a new card

rem-apply-opened-title = 新しい在留カード：申請の期限
rem-apply-opened-body = { $deadline }までに申請してください（{ $days ->
    [0] 今日まで
   *[other] 残り{ $days }日
}）。手続きの流れはアプリで確認できます。
rem-apply-opened-late-body = 申請の期限は{ $deadline }でした（{ $days }日前）。今からでも遅くはありません。遅れた理由を書いた短い文書を添えて、できるだけ早く申請してください。
rem-apply-before-title = 申請の期限まで残り{ $days }日
rem-apply-before-body = { $deadline }（{ $days ->
    [1] 明日
   *[other] { $days }日後
}）までに新しい在留カードを申請してください。必要な書類をアプリで確認しましょう。
rem-apply-last-day-title = 今日が申請の最終日です
rem-apply-last-day-body = 今日（{ $deadline }）が、新しい在留カードを申請する最終日です。

## Returning an old card

rem-return-opened-title = 古いカードを返納してください
rem-return-opened-body = { $deadline }までに古いカードを返納してください（{ $days ->
    [0] 今日まで
   *[other] 残り{ $days }日
}）。
rem-return-opened-late-body = 古いカードの返納期限は{ $deadline }でした（{ $days }日前）。できるだけ早く返納してください。
rem-return-before-title = 古いカードの返納まで残り{ $days }日
rem-return-before-body = { $deadline }（{ $days ->
    [1] 明日
   *[other] { $days }日後
}）までに古いカードを返納してください。
rem-return-last-day-title = 今日が古いカードを返納する最終日です
rem-return-last-day-body = 今日（{ $deadline }）が、古いカードを返納する最終日です。

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = { $by }までに日本に戻ってください
# $days = days left before it.
rem-return-by-body = 再入国の許可の期限は{ $by }までです（{ $days }日後）。それまでに日本に戻ってください。戻らないと、在留資格がなくなります。戻ったら、14日以内に新しいカードを申請してください。

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Android は電池を節約するため、届く時刻を分単位で自ら調整します。各リマインダーは、その日の { $from }～{ $to } に届きます（バッテリーセーバーが止めている間だけ、遅れることがあります）。
reminders-test-failed = テスト通知を表示できませんでした。端末の設定で、このアプリの通知が許可されているか確認してください。
