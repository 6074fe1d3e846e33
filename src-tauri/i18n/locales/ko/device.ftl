# What the device does for the app: the share sheet.

err-share-busy = 공유 창이 이미 열려 있습니다. 먼저 닫은 뒤 다시 시도해 주세요.
