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
