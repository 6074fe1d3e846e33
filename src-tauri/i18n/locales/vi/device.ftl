# What the device does for the app: the share sheet.

err-share-busy = Bảng chia sẻ đang mở. Hãy đóng nó trước, rồi thử lại.
