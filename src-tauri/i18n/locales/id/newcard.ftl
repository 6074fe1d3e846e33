# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Indonesian has only the plural category "other": the day counts need no selector.

## The new card, on the case's page once the application is made

ui-new-card-title = Kartu baru Anda
ui-new-card-lead = Setelah Anda memegang kartu baru, masukkan data yang tercetak di kartu itu (masing-masing opsional). Aplikasi ini lalu akan mengingatkan Anda sebelum masa berlakunya habis, dan dokumen Anda berikutnya akan memakai nomor yang baru.
ui-new-card-picture = Letak data ini pada kartu (gambar buatan kami sendiri, bukan kartu yang asli):
ui-new-card-number = ① Nomor kartu (在留カード番号), di kanan atas
ui-new-card-holding = Jenis kartu
ui-new-card-stay = ② Akhir masa tinggal: tanggal dalam kurung setelah 在留期間（満了日）, di bagian tengah
ui-new-card-expires = ③ Berlaku sampai: tanggal dalam このカードは…まで有効です, di bagian bawah
ui-new-card-save = Simpan kartu baru
ui-new-card-no-person = Tambahkan dulu data pemegang kartu di layar dokumen: kartu baru dicatat pada data itu.
ui-new-card-replaced = Nomor lama (disimpan bersama kasus ini, tidak dipakai di dokumen baru)
ui-card-holding-residence-card = Kartu izin tinggal dengan masa tinggal
ui-card-holding-permanent-resident = Kartu izin tinggal penduduk tetap (atau profesional berketerampilan tinggi (ii))
ui-card-holding-special-permanent = Sertifikat penduduk tetap khusus
ui-renewals-title = Perpanjangan yang akan datang
ui-person-card = Kartu yang dipegang sekarang (untuk pengingat perpanjangan)
ui-person-card-help = Masing-masing opsional. Dengan data ini, aplikasi akan mengingatkan Anda sebelum masa tinggal atau masa berlaku kartu habis.
err-app-new-card-not-yet = Kartu baru dapat dicatat setelah Anda mengajukan permohonan.
err-app-new-card-no-person = Tambahkan dulu data pemegang kartu (di layar dokumen): kartu baru dicatat pada data itu.

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] Ajukan permohonan perpanjangan masa tinggal Anda mulai { $opens }, paling lambat { $last }, di kantor imigrasi (untuk masa tinggal enam bulan atau lebih, permohonan diterima mulai sekitar tiga bulan sebelum masa tinggal berakhir).
    [card] Perpanjang kartu izin tinggal Anda mulai { $opens }, paling lambat { $last }, di kantor imigrasi.
   *[spr] Perpanjang sertifikat Anda mulai { $opens }, paling lambat { $last }, di kantor kota atau kantor distrik Anda.
}
ui-next-dates-title = Menjaga kartu Anda tetap berlaku
ui-next-date-opens = { $renewal ->
    [stay] Mulai tanggal ini, Anda dapat mengajukan permohonan perpanjangan masa tinggal.
    [card] Mulai tanggal ini, Anda dapat memperpanjang kartu izin tinggal Anda.
   *[spr] Mulai tanggal ini, Anda dapat memperpanjang sertifikat Anda.
}
ui-next-date-last-day = { $renewal ->
    [stay] Hari terakhir untuk mengajukan permohonan perpanjangan masa tinggal Anda.
    [card] Hari terakhir untuk memperpanjang kartu izin tinggal Anda.
   *[spr] Hari terakhir untuk memperpanjang sertifikat Anda.
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] Masa tinggal Anda berakhir pada { $last }. Jika Anda sudah mengajukan perpanjangan paling lambat pada tanggal itu, Anda dapat tetap tinggal sampai ada keputusan (paling lama dua bulan setelah tanggal itu). Jika belum, segera datang ke kantor imigrasi dan jelaskan keadaan Anda.
    [card] Masa berlaku kartu izin tinggal Anda berakhir pada { $last }. Tidak memperpanjangnya tepat waktu dapat dihukum: segera perpanjang di kantor imigrasi dan jelaskan alasan keterlambatannya.
   *[spr] Masa berlaku sertifikat Anda berakhir pada { $last }. Tidak memperpanjangnya tepat waktu dapat dihukum: segera perpanjang di kantor kota atau kantor distrik Anda dan jelaskan alasan keterlambatannya.
}
ui-next-date-invite = Tambahkan tanggal yang tercetak di kartu orang ini: aplikasi lalu akan mengingatkan Anda sebelum masa tinggal atau masa berlaku kartu habis.
ui-next-date-add = Tambahkan tanggal kartu

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] Anda sekarang dapat mengajukan permohonan perpanjangan masa tinggal
    [card] Anda sekarang dapat memperpanjang kartu izin tinggal
   *[spr] Anda sekarang dapat memperpanjang sertifikat penduduk tetap khusus
}
# $days = days left to the last day.
rem-renew-before-title = Sisa { $days } hari: { $renewal ->
    [stay] ajukan permohonan perpanjangan masa tinggal Anda
    [card] perpanjang kartu izin tinggal Anda
   *[spr] perpanjang sertifikat Anda
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] Ajukan permohonan perpanjangan masa tinggal paling lambat { $last }, di kantor imigrasi yang membawahi alamat Anda. Bawa paspor, kartu izin tinggal, satu foto, dan dokumen yang diminta untuk status izin tinggal Anda.
    [card] Perpanjang kartu izin tinggal Anda paling lambat { $last }, di kantor imigrasi yang membawahi alamat Anda. Bawa kartu itu, paspor, dan satu foto. Tidak ada biaya.
   *[spr] Perpanjang sertifikat penduduk tetap khusus Anda paling lambat { $last }, di kantor kota atau kantor distrik Anda. Bawa sertifikat itu, paspor jika Anda punya, dan satu foto.
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] Hari terakhir mengajukan perpanjangan masa tinggal Anda
    [card] Hari terakhir memperpanjang kartu izin tinggal Anda
   *[spr] Hari terakhir memperpanjang sertifikat Anda
}
