# The app's screens. Messages without variables are sent to the UI as they are.
# Indonesian has only the plural category "other": the day counts need no selector.

ui-app-title = Bantuan Kartu Izin Tinggal
ui-skip = Langsung ke konten
ui-language = Bahasa
ui-back = Kembali
ui-next = Lanjut
ui-home = Beranda
ui-loading = Memuat…
ui-home-title = Kartu izin tinggal Anda hilang?
ui-home-lead = Jangan khawatir. Anda punya waktu 14 hari untuk mengajukan kartu baru, dan aplikasi ini menunjukkan setiap langkahnya. Jawaban Anda hanya disimpan di perangkat ini.
ui-start-case = Mulai (hanya 1 menit)
ui-my-cases = Kasus Anda
ui-open-case = Buka
ui-today-title = Hari ini di Jepang
ui-if-lost-title = Jika kartu Anda hilang hari ini
ui-if-lost-lead = Anda harus mengajukan kartu baru paling lambat

ui-triage-progress = Pertanyaan { $number } dari { $total }
ui-triage-date-label = Tanggal
ui-triage-see-plan = Lihat rencana saya

ui-case-title-lost = Kartu izin tinggal hilang
ui-case-title-stolen = Kartu izin tinggal dicuri
ui-case-title-destroyed = Kartu musnah karena bencana atau kebakaran
ui-case-title-destroyed-by-accident = Kartu musnah karena kecelakaan
ui-case-title-found-again = Kartu Anda ditemukan kembali
ui-case-title-damaged = Kartu rusak
ui-case-title-exchange = Penukaran kartu
ui-case-title-old-card = Kartu lama untuk dikembalikan

ui-deadline-title = Ajukan paling lambat
ui-legal-last-day = Batas akhir menurut hukum
ui-recommended-day = Datang paling lambat
ui-days-left = Sisa { $days } hari
ui-due-today = Hari ini hari terakhir
ui-days-late = Lewat { $days } hari dari batas waktu
ui-done-on = Selesai pada { $on }
ui-next-step = Langkah berikutnya
ui-plan-title = Rencana Anda
ui-checklist-title = Yang perlu dibawa
ui-only-if-asked = hanya jika diminta oleh kantor
ui-fee-title = Biaya
ui-penalty-title = Jika tidak mengajukan
ui-penalty-show = Apa yang terjadi jika saya melewati batas waktu?
ui-notes-title = Perlu diketahui
ui-source = Sumber
ui-as-of = per
ui-confidence-law = teks hukum atau halaman resmi
ui-confidence-secondary = halaman resmi yang dikutip pengacara dan universitas
ui-confidence-unconfirmed = belum dipastikan

ui-police-card-button = Kartu untuk polisi
ui-police-title = Untuk petugas polisi
ui-police-lead = Tunjukkan layar ini kepada petugas.

ui-report-title = Laporan polisi Anda
ui-report-lead = Catat apa yang diberikan polisi kepada Anda. Nomornya akan ditulis di dokumen Anda.
ui-report-kind = Jenis laporan
ui-report-kind-loss = Laporan kehilangan (遺失届)
ui-report-kind-theft = Laporan pencurian (盗難届)
ui-report-kind-disaster = Surat keterangan korban bencana (罹災証明書)
ui-report-kind-abroad = Laporan ke polisi di luar negeri
ui-report-where = Di mana Anda melapor?
ui-report-country = Negara
ui-report-police-abroad = Polisi (kantor atau pos polisi, sesuai yang tertulis di dokumen)
ui-report-number-abroad = Nomor laporan, jika ada di dokumen
ui-report-not-reported = Saya tidak melapor ke polisi, dan tidak akan melapor
ui-report-not-reported-help = Boleh dipilih untuk kartu yang hilang di rumah, atau hilang di luar negeri dan tidak dilaporkan di sana. Surat pernyataan akan menyebutkan bahwa tidak ada laporan yang dibuat dan alasannya; jelaskan juga di loket.
ui-report-station = Kantor atau pos polisi
ui-report-date = Tanggal laporan
ui-report-number = Nomor penerimaan (受理番号)
ui-report-not-accepted = Polisi tidak menerima laporan saya
ui-report-not-accepted-help = Centang ini jika polisi tidak mau menerima laporan (misalnya untuk kartu yang hilang di rumah). Tulis di mana dan kapan Anda meminta; surat pernyataan akan menyebutkannya.
ui-report-save = Simpan laporan
ui-saved = Tersimpan.

ui-applied-button = Saya sudah mengajukan
ui-found-button = Saya menemukan kartu saya
ui-found-undo = Ternyata belum ditemukan? Batalkan
ui-reentry-title = Sudah kembali di Jepang?
ui-reentry-offer = Apakah Anda menyadari kehilangan itu saat berada di luar negeri?
ui-reentry-lead = Masukkan tanggal Anda kembali: 14 hari Anda dihitung mulai hari berikutnya setelah tanggal itu.
ui-reentry-date = Tanggal Anda kembali ke Jepang
ui-reentry-save = Simpan tanggal
ui-return-by-title = Hari terakhir untuk kembali ke Jepang
ui-return-by-lead = Jika Anda tahu, masukkan hari terakhir izin masuk kembali Anda: untuk izin masuk kembali khusus (みなし再入国), satu tahun setelah hari Anda berangkat, atau akhir masa tinggal Anda jika lebih awal (penduduk tetap khusus: dua tahun setelah hari mereka berangkat); untuk izin masuk kembali (再入国許可), tanggal yang tertera di paspor Anda. Kami akan mengingatkan Anda 30, 7, dan 1 hari sebelumnya.
ui-return-by-date = Hari terakhir izin masuk kembali saya
ui-return-by-save = Simpan
ui-leaving-title = Akan ke luar negeri dalam waktu dekat?
ui-leaving-lead = Meninggalkan Jepang sebelum Anda mendapat kartu baru dapat mengakhiri status izin tinggal Anda. Beri tahu kami jika Anda berencana bepergian: rencana Anda akan menampilkan peringatan itu paling atas.
ui-leaving-set = Saya berencana meninggalkan Jepang dalam waktu dekat
ui-leaving-unset = Saya tidak lagi berencana meninggalkan Jepang dalam waktu dekat
ui-delete-case = Hapus kasus ini
ui-delete-confirm = Hapus kasus ini beserta seluruh isinya? Tindakan ini tidak dapat dibatalkan.

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = Buka
ui-file-share = Bagikan atau cetak
ui-open-done = Berkas dibuka di aplikasi lain.
ui-share-done = Sudah dibagikan.
ui-share-cancelled = Tidak dibagikan: lembar berbagi ditutup.
ui-share-shown = Lembar berbagi terbuka: pilih ke mana berkas dikirim, atau cetak berkasnya.
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = Unduhan › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = File › Di iPhone Saya › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = 14 hari setelah { $from } (hari itu sendiri tidak dihitung); hari terakhir adalah { $last }.
ui-cal-month = { $month } { $year }
ui-cal-day-n = hari ke-{ $n } dari 14
ui-cal-closed-weekend = akhir pekan: kantor pemerintah tutup
ui-cal-closed-holiday = hari libur nasional { $name }: kantor pemerintah tutup
ui-cal-closed-year-end = libur akhir dan awal tahun (29 Des – 3 Jan): kantor pemerintah tutup
ui-cal-legend-count-start = hari awal penghitungan (tidak dihitung)
ui-cal-legend-in-window = salah satu dari 14 hari
ui-cal-legend-closed = kantor pemerintah tutup
ui-cal-legend-today = hari ini
ui-cal-legend-recommended = datang paling lambat pada tanggal ini
ui-cal-legend-last-day = batas akhir menurut hukum
ui-cal-closed-title = Hari libur
ui-open-days-left = { $count ->
    [0] Kantor imigrasi tidak buka pada satu pun dari hari-hari yang tersisa.
   *[other] Dari hari-hari yang tersisa, kantor imigrasi buka pada { $count } hari (termasuk hari ini).
}
