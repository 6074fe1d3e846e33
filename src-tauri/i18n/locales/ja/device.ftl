# What the device does for the app: the share sheet.

err-share-busy = 共有の画面がすでに開いています。先に閉じてから、もう一度お試しください。
