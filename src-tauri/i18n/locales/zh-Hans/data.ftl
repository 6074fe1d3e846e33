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
