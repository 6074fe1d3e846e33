# The app lock: a PIN asked when the app starts and after time in the background.
# やさしい日本語: short sentences, readings in (ASCII parentheses). Only the plural category
# "other". Labels stay short (phone buttons).

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = PIN（暗証番号(あんしょうばんごう)）で、このアプリに鍵(かぎ)をかけますか？
ui-lock-offer-lead = このアプリには今(いま)、名前(なまえ)、カードの番号(ばんごう)、住所(じゅうしょ)が入(はい)っています。PINをつけると、ほかの人(ひと)がこのスマホやパソコンを持(も)っても、それを読(よ)むことはできません。
ui-lock-offer-yes = PINをつける
ui-lock-offer-no = あとで

## Setting, changing and removing the lock (settings)

ui-lock-title = アプリの鍵(かぎ)
ui-lock-lead = アプリを始(はじ)めるときと、ほかのアプリやホーム画面(がめん)に行(い)ったあとに、PIN（暗証番号(あんしょうばんごう)）を聞(き)きます。PINは、4～8けたの数字(すうじ)です。
# Shown before a PIN is set, every time.
ui-lock-forget-warning = PINを忘(わす)れたら、アプリに入(はい)る方法(ほうほう)は1つだけです。このアプリのデータを全部(ぜんぶ)消(け)すことです。あなたの手続(てつづ)き、人(ひと)の情報(じょうほう)、答(こた)えは、なくなります。「あなたのデータ」で作(つく)ったコピーは、そのあとで戻(もど)すことができます。
ui-lock-pin = PIN（4～8けたの数字(すうじ)）
ui-lock-pin-repeat = もう一度(いちど)、同(おな)じPIN
ui-lock-after = ほかのアプリやホーム画面(がめん)に行(い)って、この時間(じかん)がたったら、もう一度(いちど)聞(き)く
ui-lock-after-now = すぐ（毎回(まいかい)）
ui-lock-after-minutes = { $minutes ->
   *[other] { $minutes }分
}
ui-lock-turn-on = 鍵(かぎ)をかける
ui-lock-is-on = 鍵(かぎ)がかかっています。
ui-lock-is-off = 鍵(かぎ)はかかっていません。
ui-lock-change-pin = PINを変(か)える
ui-lock-turn-off = 鍵(かぎ)をやめる
ui-lock-turn-off-lead = 鍵(かぎ)をやめるときは、PINを入(い)れてください。
ui-lock-saved = 保存(ほぞん)しました。

## The lock screen (shows nothing personal)

ui-lock-screen-title = このアプリには鍵(かぎ)がかかっています
ui-lock-screen-lead = 開(ひら)くときは、PIN（暗証番号(あんしょうばんごう)）を入(い)れてください。
ui-lock-unlock = 鍵(かぎ)を開(あ)ける
ui-lock-device-unlock = 指紋(しもん)か顔(かお)で開(あ)ける
ui-lock-forgot = PINを忘(わす)れました
ui-lock-forgot-lead = PINを調(しら)べる方法(ほうほう)はありません。PINは、どこにも残(のこ)っていません。このアプリの中(なか)にもありません。アプリに入(はい)る方法(ほうほう)は1つだけです。このアプリのデータと鍵(かぎ)を、全部(ぜんぶ)消(け)すことです。そのあと、最初(さいしょ)からもう一度(いちど)始(はじ)めることができます。「あなたのデータ」で作(つく)ったコピーを戻(もど)すこともできます。
ui-lock-forgot-confirm = データと鍵(かぎ)を全部(ぜんぶ)消(け)す
ui-lock-back = 戻(もど)る
# The system's fingerprint or face prompt says this.
lock-device-reason = 在留(ざいりゅう)カードヘルパーの鍵(かぎ)を開(あ)ける
# Under the prompt's title (Android).
lock-device-description = 指紋(しもん)か顔(かお)で、アプリを開(あ)けることができます。PINでも開(あ)けることができます。
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = PINを使(つか)う
# The prompt's cancel button (iOS).
lock-device-cancel = やめる

## Errors

err-lock-locked = このアプリには鍵(かぎ)がかかっています。開(ひら)くときは、PINを入(い)れてください。
err-lock-pin-format = PINは、4～8けたの数字(すうじ)（0～9）です。
err-lock-pin-mismatch = 2つのPINが同(おな)じではありません。もう一度(いちど)入(い)れてください。
err-lock-wrong-pin = PINが違(ちが)います。
err-lock-wait-seconds = 何回(なんかい)も間違(まちが)えました。{ $seconds ->
   *[other] { $seconds }秒
}たってから、もう一度(いちど)やってください。
err-lock-wait-minutes = 何回(なんかい)も間違(まちが)えました。{ $minutes ->
   *[other] { $minutes }分
}たってから、もう一度(いちど)やってください。
err-lock-not-set = PINは、まだつけていません。
err-lock-device-unavailable = このスマホやパソコンでは、指紋(しもん)や顔(かお)で開(あ)けることができません。PINを入(い)れてください。
err-lock-device-failed = 指紋(しもん)か顔(かお)が合(あ)いませんでした。PINを入(い)れてください。もう一度(いちど)やってもいいです。
