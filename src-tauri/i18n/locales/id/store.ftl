# The records store: what happened when the records were opened, and its errors.

## Opening the records (LoadReport)

store-load-fresh-start = Belum ada catatan yang tersimpan. Semua yang Anda masukkan disimpan di perangkat ini.
store-load-loaded = Catatan Anda telah dibuka.
store-load-migrated = Catatan Anda telah dibuka dan diperbarui untuk versi aplikasi ini.
store-load-recovered-missing = File catatan Anda tidak ada, jadi versi tersimpan sebelumnya yang dibuka. Perubahan terakhir Anda mungkin tidak ada: mohon periksa kembali.
store-load-recovered = File catatan Anda tidak dapat dibaca, jadi versi tersimpan sebelumnya yang dibuka. Perubahan terakhir Anda mungkin tidak ada: mohon periksa kembali. File yang tidak terbaca tetap disimpan, tidak dihapus.
store-load-recovered-newer = Catatan Anda disimpan oleh versi aplikasi yang lebih baru, yang tidak dapat dibuka oleh versi ini. Sebagai gantinya, versi tersimpan sebelumnya yang dibuka. Mohon perbarui aplikasi; file yang lebih baru tetap disimpan, tidak dihapus.
store-load-started-empty = Catatan tersimpan Anda tidak dapat dibaca, jadi aplikasi dimulai dalam keadaan kosong. File yang tidak terbaca tetap disimpan, tidak dihapus.
store-load-started-empty-newer = Catatan Anda disimpan oleh versi aplikasi yang lebih baru, yang tidak dapat dibuka oleh versi ini, jadi aplikasi dimulai dalam keadaan kosong. Mohon perbarui aplikasi; catatan Anda tetap disimpan, tidak dihapus.

## One file set aside (SetAside). $file (its name), $kept_as (its name in the quarantine folder).

store-set-aside-newer = { $file } dibuat oleh versi aplikasi yang lebih baru. File ini disimpan sebagai { $kept_as } di folder karantina (quarantine).
store-set-aside-empty = { $file } kosong. File ini disimpan sebagai { $kept_as } di folder karantina (quarantine).
store-set-aside-truncated = { $file } terpotong, kemungkinan karena proses penyimpanan terputus. File ini disimpan sebagai { $kept_as } di folder karantina (quarantine).
store-set-aside-too-large = { $file } terlalu besar untuk dibuka dengan aman. File ini disimpan sebagai { $kept_as } di folder karantina (quarantine).
store-set-aside-damaged = { $file } rusak. File ini disimpan sebagai { $kept_as } di folder karantina (quarantine).

## Errors (StoreError)

err-store-io = Aplikasi tidak dapat menggunakan { $file } di perangkat ini.
err-store-io-permission = Aplikasi tidak diizinkan menggunakan { $file } di perangkat ini.
err-store-io-full = Ruang kosong di perangkat ini tidak cukup untuk menyimpan { $file }.
err-store-io-read-only = { $file } tidak dapat diubah: penyimpanannya hanya dapat dibaca (read-only).
err-store-io-not-found = { $file } tidak ditemukan.
err-store-too-large = { $file } terlalu besar ({ $size } byte; batasnya { $limit } byte).
err-store-invalid-file-name = Kesalahan internal: “{ $name }” bukan nama file yang valid untuk catatan.
err-store-encode = Catatan Anda tidak dapat disimpan dalam bentuk yang bisa dibaca kembali. Tidak ada yang diubah.
err-store-not-an-export = File ini bukan file ekspor dari aplikasi ini.
err-store-export-newer = File ekspor ini dibuat oleh versi aplikasi yang lebih baru. Mohon perbarui aplikasi untuk mengimpornya.
err-store-import-damaged = File ekspor ini rusak dan tidak dapat diimpor.
err-store-held-elsewhere = Catatan Anda sedang terbuka di jendela lain aplikasi ini, dan hanya jendela itu yang dapat mengubahnya. Gunakan jendela itu, atau tutup keduanya lalu buka aplikasi lagi. Tidak ada yang diubah di sini.
