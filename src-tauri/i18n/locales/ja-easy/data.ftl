# The "Your data" screen: export, import with a preview, delete all.
# やさしい日本語: short sentences, readings in (ASCII parentheses). Only the plural category
# "other". Labels stay short (phone buttons).

ui-data-button = あなたのデータ
ui-data-title = あなたのデータ
ui-data-lead = あなたが書(か)いたことは、全部(ぜんぶ)このスマホやパソコンの中(なか)にあります。コピーを作(つく)ることができます。コピーを戻(もど)すこともできます。全部(ぜんぶ)消(け)すこともできます。
ui-export-button = コピーを作(つく)る（エクスポート）
ui-export-done = コピーを作(つく)りました。場所(ばしょ)：{ $path }
ui-import-label = コピーを戻(もど)す（インポート）
ui-import-preview = このコピーの中(なか)：新(あたら)しいもの { $added }、変(か)わったもの { $changed }、同(おな)じもの { $unchanged }。「入(い)れ替(か)える」を選(えら)ぶと、コピーにないもの { $removed } も消(け)えます。
ui-import-merge = 今(いま)のデータに足(た)す
ui-import-replace = 今(いま)のデータと入(い)れ替(か)える
ui-import-done = コピーを戻(もど)しました。
ui-delete-all = データを全部(ぜんぶ)消(け)す
ui-delete-all-confirm = このアプリがこのスマホやパソコンに保存(ほぞん)したものを、全部(ぜんぶ)消(け)しますか？消(け)したら、元(もと)に戻(もど)せません。
ui-delete-all-done = データを全部(ぜんぶ)消(け)しました。

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = コピーの合言葉(あいことば)（なくてもいいです）
ui-export-passphrase-help = 合言葉(あいことば)をつけると、コピーに鍵(かぎ)がかかります（.ageのファイル）。その合言葉(あいことば)でしか開(ひら)けません。合言葉(あいことば)を忘(わす)れたら、コピーは開(ひら)けません。
ui-export-plain-warning = 合言葉(あいことば)がないと、コピーに鍵(かぎ)がかかりません。このファイルを手(て)に入(い)れた人(ひと)は、だれでも、あなたの情報(じょうほう)を読(よ)むことができます。
ui-import-passphrase = このコピーの合言葉(あいことば)
ui-import-encrypted = このコピーには鍵(かぎ)がかかっています。合言葉(あいことば)を入(い)れて、「開(ひら)く」を押(お)してください。
ui-import-open = 開(ひら)く
err-import-passphrase-needed = このコピーには鍵(かぎ)がかかっています。合言葉(あいことば)を入(い)れてください。何(なに)も変(か)わっていません。
err-import-passphrase-wrong = この合言葉(あいことば)では、コピーを開(ひら)けません。よく見(み)て、もう一度(いちど)入(い)れてください。何(なに)も変(か)わっていません。
err-import-encrypted-damaged = 鍵(かぎ)がかかったこのコピーは、壊(こわ)れているか、足(た)りないところがあります。開(ひら)けません。何(なに)も変(か)わっていません。
err-export-encrypt = コピーに鍵(かぎ)をかけることができませんでした。何(なに)も保存(ほぞん)していません。
