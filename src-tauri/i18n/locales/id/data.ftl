# The "Your data" screen: export, import with a preview, delete all.
# Indonesian has only the plural category "other": the counts need no selector.

ui-data-button = Data Anda
ui-data-title = Data Anda
ui-data-lead = Semua yang Anda isi hanya disimpan di perangkat ini. Anda bisa menyimpan salinan, memulihkan salinan, atau menghapus semuanya.
ui-export-button = Simpan salinan (ekspor)
ui-export-done = Salinan disimpan di: { $path }
ui-import-label = Pulihkan salinan (impor)
ui-import-preview = Dalam salinan ini: { $added } baru, { $changed } berubah, { $unchanged } tidak berubah. Jika memilih "Ganti", { $removed } data yang tidak ada di salinan juga akan dihapus.
ui-import-merge = Gabungkan dengan data saya
ui-import-replace = Ganti data saya
ui-import-done = Salinan sudah diimpor.
ui-delete-all = Hapus semua data saya
ui-delete-all-confirm = Hapus semua yang disimpan aplikasi ini di perangkat ini? Tindakan ini tidak dapat dibatalkan.
ui-delete-all-done = Semua data Anda sudah dihapus.

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = Frasa sandi untuk salinan (opsional)
ui-export-passphrase-help = Dengan frasa sandi, salinan dienkripsi (file .age) dan hanya bisa dibuka dengan frasa sandi itu. Jika Anda lupa frasa sandinya, salinan tidak dapat dibuka.
ui-export-plain-warning = Tanpa frasa sandi, salinan tidak dienkripsi: siapa pun yang mendapatkan file ini dapat membaca data Anda.
ui-import-passphrase = Frasa sandi salinan ini
ui-import-encrypted = Salinan ini dienkripsi. Masukkan frasa sandinya, lalu tekan “Buka”.
ui-import-open = Buka
err-import-passphrase-needed = Salinan ini dienkripsi: masukkan frasa sandinya. Tidak ada yang diubah.
err-import-passphrase-wrong = Frasa sandi ini tidak dapat membuka salinan. Periksa lalu coba lagi. Tidak ada yang diubah.
err-import-encrypted-damaged = Salinan terenkripsi ini rusak atau tidak lengkap sehingga tidak dapat dibuka. Tidak ada yang diubah.
err-export-encrypt = Salinan tidak dapat dienkripsi. Tidak ada yang disimpan.
