# What the device does for the app: the share sheet.

err-share-busy = 送(おく)る画面(がめん)が、もう開(ひら)いています。先(さき)にその画面(がめん)を閉(と)じてください。それから、もう一度(いちど)やってください。
