# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = 还没有保存的记录。您输入的所有内容都保存在本设备上。
# The records were opened normally.
store-load-loaded = 已打开您的记录。
# The records were saved by an older version of the app and were updated.
store-load-migrated = 已打开您的记录，并已更新为适用于此版本应用的格式。
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = 找不到您的记录文件，因此打开了上一次保存的版本。最近的一次更改可能没有包含在内，请检查。
# The records file could not be read; the previous saved version was used.
store-load-recovered = 无法读取您的记录文件，因此打开了上一次保存的版本。最近的一次更改可能没有包含在内，请检查。无法读取的文件已保留，没有删除。
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = 您的记录是由更新版本的应用保存的，此版本无法打开，因此改为打开了上一次保存的版本。请更新应用；较新的文件已保留，没有删除。
# Neither the records file nor the previous version could be read.
store-load-started-empty = 无法读取您保存的记录，因此应用以空白状态启动。无法读取的文件已保留，没有删除。
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = 您的记录是由更新版本的应用保存的，此版本无法打开，因此应用以空白状态启动。请更新应用；您的记录已保留，没有删除。

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = { $file } 是由更新版本的应用创建的，已在隔离文件夹（quarantine）中保存为 { $kept_as }。
store-set-aside-empty = { $file } 是空的，已在隔离文件夹（quarantine）中保存为 { $kept_as }。
store-set-aside-truncated = { $file } 不完整，可能是保存时被中断了。已在隔离文件夹（quarantine）中保存为 { $kept_as }。
store-set-aside-too-large = { $file } 太大，无法安全打开。已在隔离文件夹（quarantine）中保存为 { $kept_as }。
store-set-aside-damaged = { $file } 已损坏。已在隔离文件夹（quarantine）中保存为 { $kept_as }。

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = 应用无法使用本设备上的 { $file }。
# $file: the file or folder name.
err-store-io-permission = 应用没有权限使用本设备上的 { $file }。
# $file: the file or folder name.
err-store-io-full = 本设备的可用空间不足，无法保存 { $file }。
# $file: the file or folder name.
err-store-io-read-only = 无法更改 { $file }：存储空间是只读的。
# $file: the file or folder name.
err-store-io-not-found = 找不到 { $file }。
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = { $file } 太大（{ $size } 字节；上限为 { $limit } 字节）。
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = 内部错误：“{ $name }”不是有效的记录文件名。
err-store-encode = 无法以可重新读取的格式保存您的记录。没有做任何更改。
err-store-not-an-export = 此文件不是本应用导出的文件。
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = 此导出文件是由更新版本的应用创建的。请更新应用后再导入。
err-store-import-damaged = 此导出文件已损坏，无法导入。
err-store-held-elsewhere = 您的记录正在本应用的另一个窗口中打开，只有那个窗口可以修改。请使用那个窗口，或关闭两个窗口后重新打开应用。此处没有做任何更改。
