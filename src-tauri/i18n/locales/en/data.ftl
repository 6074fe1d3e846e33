# The "Your data" screen: export, import with a preview, delete all.

ui-data-button = Your data
ui-data-title = Your data
ui-data-lead = Everything you enter stays on this device. You can save a copy, bring a copy back, or delete it all.
ui-export-button = Save a copy (export)
ui-export-done = Saved a copy to: { $path }
ui-import-label = Bring back a copy (import)
ui-import-preview = In this copy: { $added } new, { $changed } changed, { $unchanged } unchanged. "Replace" would also remove { $removed } that are not in the copy.
ui-import-merge = Merge with what I have
ui-import-replace = Replace what I have
ui-import-done = The copy was imported.
ui-delete-all = Delete all my data
ui-delete-all-confirm = Delete everything this app keeps on this device? This cannot be undone.
ui-delete-all-done = All your data was deleted.

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = Passphrase for the copy (optional)
ui-export-passphrase-help = With a passphrase the copy is encrypted (a .age file) and only that passphrase opens it. If you forget it, the copy cannot be opened.
# Shown while the passphrase field is empty.
ui-export-plain-warning = Without a passphrase the copy is plain text: anyone who gets the file can read your details.
ui-import-passphrase = Passphrase of this copy
ui-import-encrypted = This copy is encrypted. Enter its passphrase, then press “Open”.
ui-import-open = Open
err-import-passphrase-needed = This copy is encrypted: enter its passphrase. Nothing was changed.
err-import-passphrase-wrong = This passphrase does not open the copy. Check it and try again. Nothing was changed.
err-import-encrypted-damaged = This encrypted copy is damaged or incomplete and cannot be opened. Nothing was changed.
err-export-encrypt = The copy could not be encrypted. Nothing was saved.
