# Layar pengingat (pengaturan), izin notifikasi, notifikasi uji, ekspor kalender (.ics). $path = tempat file disimpan.

ui-settings-button = Pengingat dan kalender
ui-settings-title = Pengingat
ui-settings-lead = Pengingat muncul di perangkat ini sebelum batas waktu Anda. Tidak ada yang dikirim ke mana pun.
ui-reminders-on = Ingatkan saya sebelum batas waktu
ui-reminder-hour = Jam (waktu Jepang)
ui-settings-saved = Tersimpan.
ui-test-notification = Kirim notifikasi uji
ui-test-notification-sent = Notifikasi uji sudah dikirim. Jika tidak terlihat, periksa pengaturan notifikasi perangkat Anda.
ui-pending-title = Pengingat berikutnya
ui-pending-none = Tidak ada pengingat yang menunggu.
ui-calendar-export = Simpan tanggal sebagai file kalender (.ics)
ui-calendar-done = File kalender disimpan di: { $path }
ui-permission-reason = Agar dapat mengingatkan Anda sebelum batas waktu, aplikasi ini perlu izin untuk menampilkan notifikasi.
ui-permission-allow = Izinkan pengingat
ui-permission-later = Nanti saja
ui-permission-denied = Notifikasi untuk aplikasi ini mati, jadi pengingat tidak bisa muncul. Semua fitur lain tetap berfungsi. Anda bisa menyalakannya di pengaturan perangkat.

test-notification-title = Pengingat uji
test-notification-body = Pengingat berfungsi. Anda akan menerimanya sebelum batas waktu.

cal-name = Batas waktu kartu izin tinggal
cal-apply-deadline-title = Hari terakhir mengajukan kartu izin tinggal baru (在留カード)
cal-return-deadline-title = Hari terakhir mengembalikan kartu lama
cal-deadline-body = Hukum mengizinkan sampai hari ini. Rencana dan dokumen Anda ada di aplikasi.
cal-return-by-title = Hari terakhir izin masuk kembali Anda: kembalilah ke Jepang
cal-return-by-body = Kembalilah ke Jepang paling lambat pada tanggal ini, atau Anda akan kehilangan status izin tinggal. Setelah itu, ajukan permohonan kartu izin tinggal baru dalam 14 hari.

err-app-reminder-hour = Pilih jam antara 6:00 dan 21:00. Tidak ada yang diubah.
