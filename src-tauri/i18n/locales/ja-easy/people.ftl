# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.
# やさしい日本語: short sentences, readings in (ASCII parentheses). The form's Japanese labels and
# "Family name" / "Given name" stay in （full-width parentheses）.

ui-people-title = だれの書類(しょるい)ですか？
ui-people-lead = ここに書(か)いたことで、アプリが書類(しょるい)を作(つく)ります。在留(ざいりゅう)カードとパスポートと同(おな)じように書いてください。このスマホやパソコンの中(なか)だけに保存(ほぞん)します。
ui-people-add = 人(ひと)を追加(ついか)する
ui-people-edit = 変(か)える
ui-people-use = この手続(てつづ)きに使(つか)う
ui-people-in-use = この手続(てつづ)きに使(つか)っています
ui-people-none = まだ、だれもいません。
ui-person-title = カードを持(も)っている人(ひと)
ui-person-save = 保存(ほぞん)する
ui-person-delete = この人(ひと)を消(け)す
ui-person-delete-confirm = この人(ひと)を消(け)しますか？この人の手続(てつづ)きは消えません。人の情報(じょうほう)がない手続きになります。
ui-person-nationality = 国籍(こくせき)・地域(ちいき)
ui-person-nationality-help = 在留(ざいりゅう)カードと同(おな)じように書(か)いてください。例(れい)：VIET NAM、ベトナム
ui-person-birth-date = 生年月日(せいねんがっぴ)（生(う)まれた日）
ui-person-family-name = 名字(みょうじ)（姓(せい)・Family name）
ui-person-given-name = 名前(なまえ)（名(めい)・Given name）
ui-person-name-help = A～Zの大文字(おおもじ)で書(か)いてください。パスポートの写真(しゃしん)のページの下(した)にある2行(にぎょう)と同(おな)じです。
ui-person-kanji-name = 漢字(かんじ)の名前(なまえ)（漢字氏名(かんじしめい)）。カードに漢字の名前があるときだけ書(か)きます。
ui-person-sex = 性別(せいべつ)
ui-person-sex-male = 男(おとこ)
ui-person-sex-female = 女(おんな)
ui-person-address = 日本の住所(じゅうしょ)（住居地(じゅうきょち)）
ui-person-card-number = 在留(ざいりゅう)カードの番号(ばんごう)（在留カード番号）
ui-person-card-number-help = 12文字(じゅうにもじ)です。アルファベット2つ、数字(すうじ)8つ、アルファベット2つです。わからないときは、書(か)かないでください。市区町村(しくちょうそん)の役所(やくしょ)で住民票(じゅうみんひょう)をもらうとき、頼(たの)めば、番号(ばんごう)をのせてもらえます。会社(かいしゃ)や学校(がっこう)に、カードのコピーがあるかもしれません。
ui-person-activity-permit = 資格外活動許可(しかくがいかつどうきょか)をもらっています（在留資格(ざいりゅうしかく)の活動(かつどう)のほかに、働(はたら)いてもよいという許可）
ui-person-phone = 電話番号(でんわばんごう)
ui-person-representative = 法定代理人(ほうていだいりにん)が書(か)きます。例(れい)：16歳(じゅうろくさい)より下(した)の子どもの親(おや)
ui-person-agent = ほかの人(ひと)が出(だ)します（取次者(とりつぎしゃ)）：弁護士(べんごし)や行政書士(ぎょうせいしょし)など、または、あなたの代(か)わりに行(い)く家族(かぞく)
ui-person-rep-name = 法定代理人(ほうていだいりにん)の名前(なまえ)（氏名(しめい)）
ui-person-rep-relationship = 本人(ほんにん)との関係(かんけい)。例(れい)：父(ちち)
ui-person-rep-address = 法定代理人(ほうていだいりにん)の住所(じゅうしょ)
ui-person-rep-phone = 法定代理人(ほうていだいりにん)の電話番号(でんわばんごう)
ui-person-agent-name = その人(ひと)の名前(なまえ)（氏名(しめい)）
ui-person-agent-organisation = その人(ひと)の会社(かいしゃ)・団体(だんたい)。家族(かぞく)のときは、あなたとの関係(かんけい)（所属機関等(しょぞくきかんとう)）
ui-person-agent-address = その人(ひと)の住所(じゅうしょ)
ui-person-agent-phone = その人(ひと)の電話番号(でんわばんごう)
ui-person-agent-birth-date = その人(ひと)の生(う)まれた日（生年月日(せいねんがっぴ)）
ui-person-agent-birth-date-help = あなたが頼(たの)んで、家族(かぞく)があなたの代(か)わりに行(い)くとき、委任状(いにんじょう)に必要(ひつよう)です。申請書(しんせいしょ)には印刷(いんさつ)されません。
ui-person-saved = 保存(ほぞん)しました。書類(しょるい)に、この情報(じょうほう)を使(つか)います。

err-app-date-invalid = 日付(ひづけ)を全部(ぜんぶ)入(い)れてください。年(ねん)・月(がつ)・日(にち)です。
err-app-choice-invalid = 1つ選(えら)んでください。
