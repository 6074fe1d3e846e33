# The app lock: a PIN asked when the app starts and after time in the background.
# Japanese has only the CLDR plural category "other". Labels stay short (phone buttons).

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = 暗証番号（PIN）でこのアプリをロックしますか？
ui-lock-offer-lead = このアプリには今、名前、カード番号、住所が保存されています。暗証番号を設定すると、この端末を手にした人がいても、それらを読むことはできません。
ui-lock-offer-yes = 暗証番号を設定する
ui-lock-offer-no = 今はしない

## Setting, changing and removing the lock (settings)

ui-lock-title = アプリのロック
ui-lock-lead = アプリを起動したときと、バックグラウンドから戻ったときに、4～8桁の暗証番号（PIN）を求めます。
# Shown before a PIN is set, every time.
ui-lock-forget-warning = 暗証番号を忘れると、アプリに入る方法は一つしかありません。このアプリのすべてのデータを削除することです。手続き、登録した人、回答はすべて消えます。「あなたのデータ」で保存したコピーは、削除したあとで読み込めます。
ui-lock-pin = 暗証番号（4～8桁）
ui-lock-pin-repeat = もう一度、同じ暗証番号
ui-lock-after = バックグラウンドにあった時間が次を過ぎたら、もう一度求める
ui-lock-after-now = すぐ（毎回）
ui-lock-after-minutes = { $minutes ->
   *[other] { $minutes }分
}
ui-lock-turn-on = ロックをオンにする
ui-lock-is-on = ロックはオンです。
ui-lock-is-off = ロックはオフです。
ui-lock-change-pin = 暗証番号を変更する
ui-lock-turn-off = ロックをオフにする
ui-lock-turn-off-lead = ロックをオフにするには、暗証番号を入力してください。
ui-lock-saved = 保存しました。

## The lock screen (shows nothing personal)

ui-lock-screen-title = このアプリはロックされています
ui-lock-screen-lead = 開くには、暗証番号（PIN）を入力してください。
ui-lock-unlock = ロックを解除
ui-lock-device-unlock = 指紋または顔でロックを解除
ui-lock-forgot = 暗証番号を忘れた
ui-lock-forgot-lead = 暗証番号を取り戻すことはできません。暗証番号はどこにも保存されていないからです（このアプリの中にもありません）。アプリに入る方法は一つだけです。このアプリのすべてのデータを、ロックと一緒に削除することです。そのあと、最初からやり直すか、「あなたのデータ」で保存したコピーを読み込むことができます。
ui-lock-forgot-confirm = すべてのデータとロックを削除
ui-lock-back = 戻る
# The system's fingerprint or face prompt says this.
lock-device-reason = 在留カードヘルパーのロックを解除
# Under the prompt's title (Android).
lock-device-description = 指紋または顔でアプリを開けます。暗証番号（PIN）でも開けます。
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = 暗証番号を使う
# The prompt's cancel button (iOS).
lock-device-cancel = キャンセル

## Errors

err-lock-locked = このアプリはロックされています。開くには、暗証番号を入力してください。
err-lock-pin-format = 暗証番号は4～8桁の数字（0～9）です。
err-lock-pin-mismatch = 2つの暗証番号が一致しません。もう一度入力してください。
err-lock-wrong-pin = 暗証番号が違います。
err-lock-wait-seconds = 間違いが多すぎます。{ $seconds ->
   *[other] { $seconds }秒
}後に、もう一度お試しください。
err-lock-wait-minutes = 間違いが多すぎます。{ $minutes ->
   *[other] { $minutes }分
}後に、もう一度お試しください。
err-lock-not-set = 暗証番号が設定されていません。
err-lock-device-unavailable = この端末では、指紋や顔でこのアプリのロックを解除できません。暗証番号を入力してください。
err-lock-device-failed = 指紋または顔を確認できませんでした。暗証番号を入力するか、もう一度お試しください。
