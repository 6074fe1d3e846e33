# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = 保存された記録はまだありません。入力した内容はすべてこの端末の中に保存されます。
# The records were opened normally.
store-load-loaded = 記録を開きました。
# The records were saved by an older version of the app and were updated.
store-load-migrated = 記録を開き、このバージョンのアプリ用に更新しました。
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = 記録のファイルが見つからなかったため、1つ前に保存した版を開きました。最後の変更が反映されていない可能性があります。内容を確認してください。
# The records file could not be read; the previous saved version was used.
store-load-recovered = 記録のファイルを読み込めなかったため、1つ前に保存した版を開きました。最後の変更が反映されていない可能性があります。内容を確認してください。読み込めなかったファイルは削除せずに残してあります。
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = 記録は、このアプリの新しいバージョンで保存されたもので、このバージョンでは開けません。代わりに1つ前に保存した版を開きました。アプリを更新してください。新しいファイルは削除せずに残してあります。
# Neither the records file nor the previous version could be read.
store-load-started-empty = 保存された記録を読み込めなかったため、空の状態でアプリを起動しました。読み込めなかったファイルは削除せずに残してあります。
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = 記録は、このアプリの新しいバージョンで保存されたもので、このバージョンでは開けないため、空の状態でアプリを起動しました。アプリを更新してください。記録は削除せずに残してあります。

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = { $file } は、アプリの新しいバージョンで作られたものです。隔離用フォルダ（quarantine）に { $kept_as } として残してあります。
store-set-aside-empty = { $file } は空でした。隔離用フォルダ（quarantine）に { $kept_as } として残してあります。
store-set-aside-truncated = { $file } は途中で切れていました。保存が中断されたためと思われます。隔離用フォルダ（quarantine）に { $kept_as } として残してあります。
store-set-aside-too-large = { $file } は大きすぎるため、安全に開けませんでした。隔離用フォルダ（quarantine）に { $kept_as } として残してあります。
store-set-aside-damaged = { $file } は壊れていました。隔離用フォルダ（quarantine）に { $kept_as } として残してあります。

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = この端末の { $file } を使用できませんでした。
# $file: the file or folder name.
err-store-io-permission = この端末の { $file } を使用する権限がアプリにありません。
# $file: the file or folder name.
err-store-io-full = この端末の空き容量が足りないため、{ $file } を保存できません。
# $file: the file or folder name.
err-store-io-read-only = { $file } は変更できません。保存先が読み取り専用になっています。
# $file: the file or folder name.
err-store-io-not-found = { $file } が見つかりませんでした。
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = { $file } は大きすぎます（{ $size }バイト。上限は{ $limit }バイトです）。
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = 内部エラー：「{ $name }」は記録のファイル名として使えません。
err-store-encode = 記録を、読み込み直せる形で保存できませんでした。何も変更されていません。
err-store-not-an-export = このファイルは、このアプリから書き出したファイルではありません。
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = この書き出しファイルは、アプリの新しいバージョンで作られたものです。読み込むには、アプリを更新してください。
err-store-import-damaged = この書き出しファイルは壊れているため、読み込めません。
err-store-held-elsewhere = 記録はこのアプリの別のウィンドウで開かれていて、変更できるのはそのウィンドウだけです。そちらを使うか、両方を閉じてからアプリを開き直してください。ここでは何も変更されていません。
