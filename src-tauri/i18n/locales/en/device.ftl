# What the device does for the app: the share sheet.

err-share-busy = The share sheet is already open. Close it first, then try again.
