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
err-app-country-empty = どの国(くに)で届(とど)けたか、書(か)いてください。
err-app-report-date-empty = 届(とど)けた日を入(い)れてください。
err-app-report-kind-not-this-case = この届(とど)けは、この手続(てつづ)きには合(あ)いません。もう一度(いちど)選(えら)んでください。
err-app-report-needed = このときは、先(さき)に警察(けいさつ)に届(とど)けてください。カードをなくしたこと、または盗(ぬす)まれたことを届けます。陳述書(ちんじゅつしょ)には、警察に届けたことを書(か)く必要(ひつよう)があります。
# $max = the longest name accepted.
err-app-place-too-long = 場所(ばしょ)の名前(なまえ)が長(なが)すぎます。1行(いちぎょう)で書(か)いてください。使(つか)える文字(もじ)の数(かず)は、{ $max }までです。
err-app-reentry-not-this-case = 日本に帰(かえ)ってきた日を使(つか)うのは、カードをなくしたとき、盗(ぬす)まれたとき、災害(さいがい)や事故(じこ)でなくなったときだけです。
err-app-found-not-this-case = 「見(み)つかった」にできるのは、なくしたカードか、盗(ぬす)まれたカードだけです。それも、新(あたら)しいカードをまだもらっていないときだけです。
