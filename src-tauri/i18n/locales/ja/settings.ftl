# リマインダー画面（設定）、通知の許可、テスト通知、カレンダー書き出し（.ics）。$path = 保存場所。

ui-settings-button = リマインダーとカレンダー
ui-settings-title = リマインダー
ui-settings-lead = 期限の前に、この端末にリマインダーが表示されます。どこにも送信されません。
ui-reminders-on = 期限の前に知らせる
ui-reminder-hour = 時刻（日本時間）
ui-settings-saved = 保存しました。
ui-test-notification = テスト通知を送る
ui-test-notification-sent = テスト通知を送りました。表示されない場合は、端末の通知設定を確認してください。
ui-pending-title = 今後のリマインダー
ui-pending-none = 予定されているリマインダーはありません。
ui-calendar-export = 日付をカレンダーファイル（.ics）に保存
ui-calendar-done = カレンダーファイルを保存しました：{ $path }
ui-permission-reason = 期限の前にお知らせするため、このアプリに通知の許可が必要です。
ui-permission-allow = リマインダーを許可する
ui-permission-later = 今はしない
ui-permission-denied = このアプリの通知がオフのため、リマインダーは表示されません。ほかの機能はすべて使えます。端末の設定で通知をオンにできます。

test-notification-title = テスト通知
test-notification-body = リマインダーは正常に動いています。期限の前にお知らせします。

cal-name = 在留カードの期限
cal-apply-deadline-title = 新しい在留カードの申請の最終日
cal-return-deadline-title = 古い在留カードの返納の最終日
cal-deadline-body = 法律で認められているのはこの日までです。手続きの流れと書類はアプリにあります。
cal-return-by-title = 再入国の許可の最終日：この日までに日本に戻る
cal-return-by-body = この日までに日本に戻ってください。戻らないと、在留資格がなくなります。戻ったら、14日以内に新しい在留カードを申請してください。

err-app-reminder-hour = 6:00から21:00までの時刻を選んでください。何も変更されていません。
