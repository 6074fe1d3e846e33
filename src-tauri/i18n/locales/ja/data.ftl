# The "Your data" screen: export, import with a preview, delete all.
# Japanese has only the CLDR plural category "other". Labels stay short (phone buttons).

ui-data-button = あなたのデータ
ui-data-title = あなたのデータ
ui-data-lead = 入力した内容は、すべてこの端末の中に保存されます。コピーの保存、コピーの読み込み、すべての削除ができます。
ui-export-button = コピーを保存（エクスポート）
ui-export-done = コピーを保存しました：{ $path }
ui-import-label = コピーを読み込む（インポート）
ui-import-preview = このコピーの内容：新規 { $added } 件、変更 { $changed } 件、変更なし { $unchanged } 件。「置き換える」を選ぶと、コピーにない { $removed } 件も削除されます。
ui-import-merge = 今のデータと統合する
ui-import-replace = 今のデータと置き換える
ui-import-done = コピーを読み込みました。
ui-delete-all = すべてのデータを削除
ui-delete-all-confirm = このアプリがこの端末に保存している内容をすべて削除しますか？元に戻すことはできません。
ui-delete-all-done = すべてのデータを削除しました。

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = コピーのパスフレーズ（任意）
ui-export-passphrase-help = パスフレーズを付けると、コピーは暗号化され（.ageファイル）、そのパスフレーズでしか開けません。パスフレーズを忘れると、コピーは開けなくなります。
ui-export-plain-warning = パスフレーズがないと、コピーは暗号化されずに保存されます。このファイルを手に入れた人は誰でも、あなたの情報を読めます。
ui-import-passphrase = このコピーのパスフレーズ
ui-import-encrypted = このコピーは暗号化されています。パスフレーズを入力して、「開く」を押してください。
ui-import-open = 開く
err-import-passphrase-needed = このコピーは暗号化されています。パスフレーズを入力してください。何も変更されていません。
err-import-passphrase-wrong = このパスフレーズでは、コピーを開けません。確認して、もう一度入力してください。何も変更されていません。
err-import-encrypted-damaged = この暗号化されたコピーは、壊れているか不完全なため、開けません。何も変更されていません。
err-export-encrypt = コピーを暗号化できませんでした。何も保存されていません。
