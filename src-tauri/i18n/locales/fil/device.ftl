# What the device does for the app: the share sheet.

err-share-busy = Bukas na ang share sheet. Isara muna ito, saka subukang muli.
