# What the device does for the app: the share sheet.

err-share-busy = 分享窗口已经打开。请先关闭它，然后再试一次。
