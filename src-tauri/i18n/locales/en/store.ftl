# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = No saved records yet. Everything you enter is kept on this device.
# The records were opened normally.
store-load-loaded = Your records were opened.
# The records were saved by an older version of the app and were updated.
store-load-migrated = Your records were opened and updated for this version of the app.
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = Your records file was missing, so the previous saved version was opened. Your most recent change may be missing: please check it.
# The records file could not be read; the previous saved version was used.
store-load-recovered = Your records file could not be read, so the previous saved version was opened. Your most recent change may be missing: please check it. The unreadable file was kept, not deleted.
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = Your records were saved by a newer version of this app, which this version cannot open. The previous saved version was opened instead. Please update the app; the newer file was kept, not deleted.
# Neither the records file nor the previous version could be read.
store-load-started-empty = Your saved records could not be read, so the app started empty. The unreadable files were kept, not deleted.
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = Your records were saved by a newer version of this app, which this version cannot open, so the app started empty. Please update the app; your records were kept, not deleted.

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = { $file } was made by a newer version of the app. It was kept as { $kept_as } in the quarantine folder.
store-set-aside-empty = { $file } was empty. It was kept as { $kept_as } in the quarantine folder.
store-set-aside-truncated = { $file } was cut short, probably by an interrupted save. It was kept as { $kept_as } in the quarantine folder.
store-set-aside-too-large = { $file } was too large to open safely. It was kept as { $kept_as } in the quarantine folder.
store-set-aside-damaged = { $file } was damaged. It was kept as { $kept_as } in the quarantine folder.

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = The app could not use { $file } on this device.
# $file: the file or folder name.
err-store-io-permission = The app is not allowed to use { $file } on this device.
# $file: the file or folder name.
err-store-io-full = There is not enough free space on this device to save { $file }.
# $file: the file or folder name.
err-store-io-read-only = { $file } cannot be changed: the storage is read-only.
# $file: the file or folder name.
err-store-io-not-found = { $file } was not found.
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = { $file } is too large ({ $size } bytes; the limit is { $limit } bytes).
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = Internal error: “{ $name }” is not a valid file name for the records.
err-store-encode = Your records could not be saved in a form that can be read back. Nothing was changed.
err-store-not-an-export = This file is not an export of this app.
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = This export was made by a newer version of the app. Please update the app to import it.
err-store-import-damaged = This export file is damaged and cannot be imported.
# Another process of the app (a second window on the desktop) holds the records.
err-store-held-elsewhere = Your records are open in another window of this app, and only that window can change them. Please use that window, or close both and open the app again. Nothing was changed here.
