# Errors of the app's commands.

# $what: what is missing ("case" for now).
err-app-not-found = この{ $what ->
    [case] 手続き
   *[other] データ
}はもうありません。前の画面に戻って、もう一度お試しください。
err-app-device = この端末で問題が発生しました。何も変更されていません。
err-app-bad-input = アプリが使えない入力を受け取りました。何も変更されていません。
err-app-unknown-language = この言語は利用できません。
err-app-triage-incomplete = 先にすべての質問に答えてください。
err-app-station-empty = 届け出た場所を入力してください。
err-app-station-too-long = 場所の名前が長すぎます（100文字以内、改行なし）。
