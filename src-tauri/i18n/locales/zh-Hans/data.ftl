# The "Your data" screen: export, import with a preview, delete all.
# Chinese has only the CLDR plural category "other". Labels stay short (phone buttons).

ui-data-button = 我的数据
ui-data-title = 我的数据
ui-data-lead = 您输入的所有内容都只保存在本设备上。您可以保存副本、恢复副本，或全部删除。
ui-export-button = 保存副本（导出）
ui-export-done = 副本已保存到：{ $path }
ui-import-label = 恢复副本（导入）
ui-import-preview = 此副本中：新增 { $added } 项，有更改 { $changed } 项，无变化 { $unchanged } 项。如选择“替换”，还会删除副本中没有的 { $removed } 项。
ui-import-merge = 与现有数据合并
ui-import-replace = 替换现有数据
ui-import-done = 副本已导入。
ui-delete-all = 删除我的所有数据
ui-delete-all-confirm = 要删除本应用在此设备上保存的所有内容吗？删除后无法恢复。
ui-delete-all-done = 您的所有数据已删除。

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = 副本的密码短语（可选）
ui-export-passphrase-help = 设置密码短语后，副本会被加密（.age 文件），只有这个密码短语才能打开它。如果忘记密码短语，副本将无法打开。
ui-export-plain-warning = 不设置密码短语，副本就是未加密的明文：任何拿到这个文件的人都能看到您的信息。
ui-import-passphrase = 此副本的密码短语
ui-import-encrypted = 此副本已加密。请输入它的密码短语，然后点击“打开”。
ui-import-open = 打开
err-import-passphrase-needed = 此副本已加密：请输入它的密码短语。没有做任何更改。
err-import-passphrase-wrong = 此密码短语无法打开该副本。请检查后重试。没有做任何更改。
err-import-encrypted-damaged = 此加密副本已损坏或不完整，无法打开。没有做任何更改。
err-export-encrypt = 无法加密副本。没有保存任何内容。
