# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = 保存(ほぞん)したデータは、まだありません。入(い)れたことは全部(ぜんぶ)、このスマホやパソコンの中(なか)に保存します。
# The records were opened normally.
store-load-loaded = データを開(ひら)きました。
# The records were saved by an older version of the app and were updated.
store-load-migrated = データを開(ひら)きました。このバージョンのアプリで使(つか)えるように、データを新(あたら)しくしました。
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = データのファイルがありませんでした。それで、1つ前(まえ)に保存(ほぞん)したデータを開(ひら)きました。最後(さいご)に変(か)えたところが、入(はい)っていないかもしれません。確(たし)かめてください。
# The records file could not be read; the previous saved version was used.
store-load-recovered = データのファイルを読(よ)めませんでした。それで、1つ前(まえ)に保存(ほぞん)したデータを開(ひら)きました。最後(さいご)に変(か)えたところが、入(はい)っていないかもしれません。確(たし)かめてください。読めなかったファイルは、消(け)さないで残(のこ)してあります。
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = データは、このアプリの新(あたら)しいバージョンで保存(ほぞん)されています。このバージョンでは開(ひら)けません。それで、1つ前(まえ)に保存したデータを開きました。アプリをアップデートしてください。新しいファイルは、消(け)さないで残(のこ)してあります。
# Neither the records file nor the previous version could be read.
store-load-started-empty = 保存(ほぞん)したデータを読(よ)めませんでした。それで、アプリは何(なに)もない状態(じょうたい)で始(はじ)まりました。読めなかったファイルは、消(け)さないで残(のこ)してあります。
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = データは、このアプリの新(あたら)しいバージョンで保存(ほぞん)されています。このバージョンでは開(ひら)けません。それで、アプリは何(なに)もない状態(じょうたい)で始(はじ)まりました。アプリをアップデートしてください。データは、消(け)さないで残(のこ)してあります。

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = { $file } は、アプリの新(あたら)しいバージョンで作(つく)られました。quarantine（隔離(かくり)）フォルダに、{ $kept_as } という名前(なまえ)で残(のこ)してあります。
store-set-aside-empty = { $file } は空(から)でした。quarantine（隔離(かくり)）フォルダに、{ $kept_as } という名前(なまえ)で残(のこ)してあります。
store-set-aside-truncated = { $file } は、途中(とちゅう)までしかありませんでした。保存(ほぞん)が途中で止(と)まったのかもしれません。quarantine（隔離(かくり)）フォルダに、{ $kept_as } という名前(なまえ)で残(のこ)してあります。
store-set-aside-too-large = { $file } は大(おお)きすぎて、安全(あんぜん)に開(ひら)けませんでした。quarantine（隔離(かくり)）フォルダに、{ $kept_as } という名前(なまえ)で残(のこ)してあります。
store-set-aside-damaged = { $file } は壊(こわ)れていました。quarantine（隔離(かくり)）フォルダに、{ $kept_as } という名前(なまえ)で残(のこ)してあります。

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = アプリは、このスマホやパソコンの { $file } を使(つか)えませんでした。
# $file: the file or folder name.
err-store-io-permission = アプリには、このスマホやパソコンの { $file } を使(つか)う許可(きょか)がありません。
# $file: the file or folder name.
err-store-io-full = このスマホやパソコンの空(あ)き容量(ようりょう)が足(た)りません。{ $file } を保存(ほぞん)できません。
# $file: the file or folder name.
err-store-io-read-only = { $file } は変(か)えられません。保存(ほぞん)する場所(ばしょ)が「読(よ)み取(と)り専用(せんよう)」になっています。
# $file: the file or folder name.
err-store-io-not-found = { $file } が見(み)つかりませんでした。
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = { $file } は大(おお)きすぎます（{ $size }バイト）。{ $limit }バイトまでです。
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = アプリの中(なか)のエラーです：「{ $name }」は、データのファイルの名前(なまえ)に使(つか)えません。
err-store-encode = データを、あとで読(よ)める形(かたち)で保存(ほぞん)できませんでした。何(なに)も変(か)わっていません。
err-store-not-an-export = このファイルは、このアプリから書(か)き出(だ)したファイルではありません。
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = このファイルは、アプリの新(あたら)しいバージョンで書(か)き出(だ)したものです。読(よ)み込(こ)むには、アプリをアップデートしてください。
err-store-import-damaged = このファイルは壊(こわ)れています。読(よ)み込(こ)めません。
err-store-held-elsewhere = この アプリの べつの ウィンドウで 記録(きろく)が ひらいています。かえられるのは その ウィンドウだけです。そちらを つかうか、りょうほう とじてから アプリを もう一度(いちど) ひらいて ください。ここでは 何(なに)も かわっていません。
