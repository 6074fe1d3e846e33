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
