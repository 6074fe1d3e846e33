# Errors of the app's commands.

# $what: what is missing ("case" for now).
err-app-not-found = この{ $what ->
    [case] 手続(てつづ)き
   *[other] データ
}は、もうありません。前(まえ)の画面(がめん)に戻(もど)って、もう一度(いちど)やってください。
err-app-device = このスマホやパソコンで、問題(もんだい)がありました。何(なに)も変(か)わっていません。
err-app-bad-input = アプリが使(つか)えないデータが来(き)ました。何(なに)も変(か)わっていません。
err-app-unknown-language = この言葉(ことば)は使(つか)えません。
err-app-triage-incomplete = 先(さき)に、全部(ぜんぶ)の質問(しつもん)に答(こた)えてください。
err-app-station-empty = どこで届(とど)けたか、書(か)いてください。
err-app-station-too-long = 場所(ばしょ)の名前(なまえ)が長(なが)すぎます。100文字(もじ)までです。改行(かいぎょう)はできません。
