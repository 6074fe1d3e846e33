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
err-app-country-empty = 届け出た国を入力してください。
err-app-report-date-empty = 届け出た日を入力してください。
err-app-report-kind-not-this-case = この届出の種類は、今回の手続きには当てはまりません。選び直してください。
err-app-report-needed = この場合は、先に警察に紛失または盗難を届け出てください。陳述書には届出の情報が必要です。
# $max = the longest name accepted.
err-app-place-too-long = 場所の名前が長すぎます（1行で、最大{ $max }文字）。
err-app-reentry-not-this-case = 日本に戻った日が使われるのは、紛失・盗難・滅失したカードの場合だけです。
err-app-found-not-this-case = 「見つかった」として記録できるのは、紛失または盗難にあったカードで、まだ新しいカードが交付されていない場合だけです。
