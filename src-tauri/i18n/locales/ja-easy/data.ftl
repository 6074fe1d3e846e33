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
