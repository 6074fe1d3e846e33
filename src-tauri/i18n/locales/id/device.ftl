# What the device does for the app: the share sheet.

err-share-busy = Lembar berbagi sudah terbuka. Tutup dulu, lalu coba lagi.
