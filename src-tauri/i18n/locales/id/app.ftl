# Errors of the app's commands.

err-app-not-found = { $what ->
    [case] Kasus ini
   *[other] Data ini
} sudah tidak ada. Silakan kembali dan coba lagi.
err-app-device = Terjadi masalah di perangkat ini. Tidak ada yang diubah.
err-app-bad-input = Aplikasi menerima masukan yang tidak dapat digunakan. Tidak ada yang diubah.
err-app-unknown-language = Bahasa ini tidak tersedia.
err-app-triage-incomplete = Mohon jawab semua pertanyaan terlebih dahulu.
err-app-station-empty = Mohon tulis tempat Anda membuat laporan.
err-app-country-empty = Mohon tulis negara tempat Anda membuat laporan.
err-app-report-date-empty = Mohon masukkan tanggal laporan.
err-app-report-kind-not-this-case = Jenis laporan ini tidak sesuai dengan kasus ini. Silakan pilih lagi.
err-app-report-needed = Untuk kasus ini, mohon laporkan dulu kehilangan atau pencurian itu ke polisi: surat pernyataan memerlukan laporan tersebut.
err-app-place-too-long = Nama tempat terlalu panjang (paling banyak { $max } karakter, dalam satu baris).
err-app-reentry-not-this-case = Tanggal kembali ke Jepang hanya berlaku untuk kartu yang hilang, dicuri, atau musnah.
err-app-found-not-this-case = Hanya kartu hilang atau dicuri yang belum diganti yang dapat ditandai sebagai ditemukan.
