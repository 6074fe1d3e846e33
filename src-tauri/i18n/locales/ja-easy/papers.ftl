# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
paper-field = { $field ->
    [nationality] 国籍(こくせき)・地域(ちいき)
    [family-name] 名字(みょうじ)（姓(せい)）
    [given-name] 名前(なまえ)（名(めい)）
    [name] 名前(なまえ)（氏名(しめい)）
    [kanji-name] 漢字(かんじ)の名前(なまえ)
    [address] 日本の住所(じゅうしょ)（住居地(じゅうきょち)）
    [card-number] 在留(ざいりゅう)カードの番号(ばんごう)
    [phone] 電話番号(でんわばんごう)
    [representative-name] 法定代理人(ほうていだいりにん)の名前(なまえ)
    [representative-relationship] 法定代理人(ほうていだいりにん)とあなたの関係(かんけい)
    [representative-address] 法定代理人(ほうていだいりにん)の住所(じゅうしょ)
    [representative-phone] 法定代理人(ほうていだいりにん)の電話番号(でんわばんごう)
    [agent-name] 取次者(とりつぎしゃ)の名前(なまえ)
    [agent-address] 取次者(とりつぎしゃ)の住所(じゅうしょ)
    [agent-organisation] 取次者(とりつぎしゃ)の会社(かいしゃ)・団体(だんたい)
    [agent-phone] 取次者(とりつぎしゃ)の電話番号(でんわばんごう)
    [loss-place-name] カードをなくした場所(ばしょ)
    [loss-how] どのようにカードをなくしたか
    [loss-detail] 何(なに)があったかのくわしい説明(せつめい)
    [reentered-on] 日本に帰(かえ)ってきた日
    [police-station] 警察署(けいさつしょ)
    [acceptance-number] 受理番号(じゅりばんごう)
    [late-detail] 遅(おく)れた理由(りゆう)のくわしい説明(せつめい)
    [passport-detail] パスポートについてのくわしい説明(せつめい)
    [birth-date] 生年月日(せいねんがっぴ)
    [activity-permit] 資格外活動許可(しかくがいかつどうきょか)
    [learned-on] カードがないと気(き)づいた日
    [loss-date] カードをなくした日
    [reported-on] 警察(けいさつ)に届(とど)けた日
   *[other] { $field }
}

err-paper-missing-glyph = 「{ paper-field }」に「{ $character }」（{ $codepoint }）という文字(もじ)があります。この文字は、書類(しょるい)に印刷(いんさつ)できません。消(け)すか、ほかの書(か)き方(かた)にしてください。
err-paper-empty = 「{ paper-field }」を書(か)いてください。
err-paper-does-not-fit = 「{ paper-field }」が長(なが)すぎて、書類(しょるい)に入(はい)りません。短(みじか)くしてください。
err-paper-too-long = 「{ paper-field }」は{ $len }文字(もじ)です。書類(しょるい)に入(はい)るのは{ $max }文字までです。
err-paper-control-character = 「{ paper-field }」に、改行(かいぎょう)などの見(み)えない文字(もじ)が入(はい)っています。1行(ぎょう)で書(か)いてください。
err-paper-not-this-procedure = この書類(しょるい)は、カードをなくしたとき、盗(ぬす)まれたとき、災害(さいがい)などでなくなったときのものです。カードが壊(こわ)れたとき、交換(こうかん)するとき、古(ふる)いカードが見(み)つかったときは、ほかの書類を使(つか)います。
err-paper-missing-loss-statement = カードを、いつ、どこで、どのようになくしたか、答(こた)えてください。陳述書(ちんじゅつしょ)に必要(ひつよう)です。
err-paper-missing-police-report = 先(さき)に、手続(てつづ)きの画面(がめん)で、警察(けいさつ)に届(とど)けたことを入(い)れてください。警察署(けいさつしょ)、日付(ひづけ)、受理番号(じゅりばんごう)です（または、警察が受(う)け付(つ)けてくれなかったこと）。
err-paper-card-found-again = カードが見(み)つかったので、書類(しょるい)はいりません。
err-paper-does-not-fit-case = 「{ paper-field }」が、カードにあったことと合(あ)いません。もう一度(いちど)選(えら)んでください。
err-paper-missing-relative = 委任状(いにんじょう)には、あなたの代(か)わりに行(い)く家族(かぞく)のことが必要(ひつよう)です。人(ひと)の画面(がめん)を開(ひら)いて、「取次者(とりつぎしゃ)」にチェックを入(い)れてください。そして、その家族の名前(なまえ)、あなたとの関係(かんけい)、住所(じゅうしょ)、電話番号(でんわばんごう)を入れてください。

paper-advice-abroad-reentry = あなたは「気(き)づいた後(あと)、外国(がいこく)にいました」を選(えら)びました。外国にいるときにカードがないと気づいたときは、日本に帰(かえ)ってきた日から14日を数(かぞ)えます。手続(てつづ)きの画面(がめん)に、その日を入(い)れてください。期限(きげん)に遅(おく)れていないかもしれません。
paper-advice-kanji-name = 申請書(しんせいしょ)には、漢字(かんじ)の名前(なまえ)を書(か)くところがありません。カードに漢字の名前をのせたいときは、別(べつ)の紙(かみ)（在留カード漢字氏名表記申出書(ざいりゅうカードかんじしめいひょうきもうしでしょ)）を、窓口(まどぐち)に出(だ)してください。
paper-advice-card-number-blank = 申請書(しんせいしょ)の在留(ざいりゅう)カードの番号(ばんごう)のところは、何(なに)も書(か)いてありません。番号がわかったら、書いてください（住民票(じゅうみんひょう)をもらうときに頼(たの)めば、番号をのせてもらえます）。窓口(まどぐち)で調(しら)べてもらうこともできます。
paper-advice-relative-block = あなたの代(か)わりに行(い)く家族(かぞく)は、申請書(しんせいしょ)の取次者(とりつぎしゃ)のところに書(か)きます。人(ひと)の画面(がめん)を開(ひら)いて、そこにその家族を入(い)れてください。あなたとの関係(かんけい)も入れてください。
err-paper-missing-late-reasons = 期限(きげん)が過(す)ぎています。申請(しんせい)が遅(おく)れた理由(りゆう)を選(えら)んでください。理由書(りゆうしょ)に書(か)きます。今(いま)からでも申請できます。
err-paper-missing-passport-reasons = パスポートを見(み)せられない理由(りゆう)を選(えら)んでください。理由書(りゆうしょ)に書(か)きます。
err-paper-inconsistent = 「{ paper-field }」が、プロフィールと今回(こんかい)の手続(てつづ)きで違(ちが)います。両方(りょうほう)を確(たし)かめてください。
err-paper-impossible-date = 「{ paper-field }」が正(ただ)しくないようです。日付(ひづけ)を確(たし)かめてください。
err-paper-pdf = 書類(しょるい)を作(つく)れませんでした（{ $detail }）。アプリの問題(もんだい)です。すみませんが、知(し)らせてください。
