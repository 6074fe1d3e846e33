# The plan for a case: steps, documents, fee, penalty and notes. See en/plan.ftl for notes.

## Steps

plan-step-suspend-my-number = Segera telepon layanan My Number untuk menghentikan fungsi My Number pada kartu Anda: { $hotline } (24 jam, setiap hari), atau { $hotline_foreign } untuk bantuan dalam bahasa lain.
plan-step-police-lost = Laporkan kehilangan di pos polisi (交番) atau kantor polisi mana pun: buat laporan kehilangan (遺失届). Catat nomor penerimaan laporan (受理番号) yang diberikan kepada Anda.
plan-step-police-stolen = Laporkan pencurian di pos polisi (交番) atau kantor polisi mana pun: buat laporan pencurian (盗難届). Catat nomor penerimaan laporan (受理番号) yang diberikan kepada Anda.
plan-step-disaster-certificate = Mintalah surat keterangan korban bencana (罹災証明書) dari dinas pemadam kebakaran atau kantor kota Anda. Untuk ini Anda tidak perlu ke polisi.
plan-step-police-lost-at-home = Mintalah untuk membuat laporan kehilangan (遺失届) di pos polisi (交番) atau kantor polisi. Untuk kartu yang hilang di rumah, polisi mungkin tidak menerima laporan. Jika diterima, catat nomor penerimaan laporan (受理番号). Jika tidak, catat di mana dan kapan Anda meminta: aplikasi lalu menulis surat pernyataan Anda tanpa nomor, dan Anda menjelaskannya di kantor imigrasi.
plan-step-police-abroad = Laporkan kehilangan atau pencurian kepada polisi di tempat Anda berada, dan simpan laporannya atau nomornya. Anda tidak dapat mengajukan permohonan dari luar negeri.
plan-step-return-to-japan = Kembalilah ke Jepang dengan paspor Anda, menggunakan izin masuk kembali yang berlaku saat Anda berangkat. Di bandara, beri tahu petugas imigrasi bahwa kartu izin tinggal Anda hilang di luar negeri. Maskapai mungkin meminta kartu itu: lihat catatan tentang surat keterangan izin masuk kembali. Setelah itu, masukkan di sini tanggal Anda kembali.
plan-step-tell-police-found = Beri tahu polisi (pos polisi atau kantor polisi tempat Anda melapor) bahwa Anda sudah menemukan kartu Anda: laporannya kemudian dapat dicabut. Jika Anda tidak melapor, tidak ada lagi yang perlu dilakukan.
plan-step-lift-my-number-suspension = Jika Anda telah menghentikan fungsi My Number pada kartu Anda, telepon layanan My Number untuk mengaktifkannya kembali: { $hotline } (24 jam, setiap hari), atau { $hotline_foreign } untuk bantuan dalam bahasa lain.
plan-step-apply-immigration = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan permohonan atas namanya (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
    [agent] Agen pengaju mengajukan permohonan di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
   *[holder] Ajukan permohonan kartu baru secara langsung di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
} Kartu baru biasanya diterbitkan pada hari yang sama.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan permohonan atas namanya (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu, dengan membawa kartu yang rusak.
    [agent] Agen pengaju mengajukan permohonan di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda, dengan membawa kartu yang rusak.
   *[holder] Ajukan permohonan kartu baru di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda, dengan membawa kartu yang rusak.
} Gunakan formulir untuk kartu yang rusak atau kotor.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan penukaran kartu atas namanya (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
    [agent] Agen pengaju mengajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
   *[holder] Ajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
} Bawalah kartu Anda yang sekarang.
plan-step-apply-city-office = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan permohonan atas namanya (sebagai wakil, 代理人) di kantor kota atau kantor distrik (市区役所).
    [agent] Agen pengaju mengajukan permohonan di kantor kota atau kantor distrik (市区役所) Anda.
   *[holder] Ajukan permohonan di kantor kota atau kantor distrik (市区役所) Anda (bukan di kantor imigrasi).
}
plan-step-return-old-card = Kembalikan kartu lama: di kantor imigrasi mana pun, atau lewat pos ke { $office }, { $postcode } { $address }. Tulis “{ $envelope }” pada amplop.
plan-step-return-old-card-city-office = Kembalikan sertifikat lama. Tanyakan cara mengembalikannya ke kantor kota atau kantor distrik Anda.

## Documents

plan-doc-application-form = Formulir permohonan kartu izin tinggal baru (在留カード再交付申請書, A4). Aplikasi ini dapat mengisinya untuk Anda; kantor juga menyediakan formulir kertas.
plan-doc-application-form-damaged = Formulir permohonan kartu baru jika kartu rusak atau kotor (A4). Kantor menyediakan formulir kertas.
plan-doc-photo = Satu foto, tinggi { $height_mm } mm × lebar { $width_mm } mm, diambil dalam { $months } bulan terakhir: hanya Anda sendiri, menghadap ke depan, tanpa topi, latar polos, tanpa bayangan. Tulis nama Anda di bagian belakang foto.
plan-doc-loss-statement = Surat pernyataan tentang kehilangan atau pencurian (紛失・盗難に係る陳述書) dengan nomor penerimaan laporan dari polisi. Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-loss-statement-not-accepted = Surat pernyataan tentang kehilangan (紛失・盗難に係る陳述書), yang menyebutkan bahwa polisi tidak menerima laporan Anda. Aplikasi ini dapat mengisinya untuk Anda; jelaskan juga di loket.
plan-doc-accident-statement = Surat pernyataan yang menjelaskan bagaimana kartu itu musnah (陳述書). Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-card-pieces = Sisa kartu, jika ada: kantor imigrasi mungkin akan memperlakukannya sebagai kartu yang rusak.
plan-doc-police-report-abroad = Laporan yang Anda buat ke polisi di luar negeri, atau nomornya, jika Anda memilikinya.
plan-doc-police-certificate = Surat keterangan laporan dari polisi (遺失届出証明書 atau 盗難届出証明書): hanya jika diminta oleh kantor imigrasi.
plan-doc-disaster-certificate = Surat keterangan korban bencana (罹災証明書).
plan-doc-passport = Paspor Anda (atau 在留資格証明書, sertifikat status izin tinggal), untuk ditunjukkan.
plan-doc-passport-reason-letter = Surat singkat yang menjelaskan alasan Anda tidak dapat menunjukkan paspor (理由書), dan kartu identitas lain.
plan-doc-activity-permit = Izin kegiatan di luar status izin tinggal Anda (資格外活動許可書), untuk ditunjukkan.
plan-doc-late-reason-letter = Surat singkat yang menjelaskan alasan Anda mengajukan permohonan setelah batas waktu (理由書, format bebas).
plan-doc-damaged-card = Kartu itu sendiri.
plan-doc-old-card = Kartu lama yang Anda temukan.
plan-doc-representative-id = { $applicant ->
    [child] Kartu identitas kerabat yang mengajukan permohonan untuk anak tersebut, dan dokumen yang menunjukkan bahwa mereka berkerabat dan tinggal bersama (misalnya 住民票, surat keterangan penduduk).
   *[adult] Kartu identitas kerabat yang mengajukan permohonan untuk Anda, dan dokumen yang menunjukkan bahwa Anda berkerabat dan tinggal bersama (misalnya 住民票, surat keterangan penduduk).
}
plan-doc-medical-certificate = Dokumen yang menunjukkan bahwa Anda tidak dapat datang sendiri, misalnya surat keterangan dokter (診断書).
plan-doc-letter-of-authority = Surat kuasa (委任状) yang Anda tanda tangani, yang menyebutkan nama kerabat yang pergi. Aplikasi ini dapat mengisinya untuk Anda.

## Fee

plan-fee-free = Tidak ada biaya: kartu baru setelah kehilangan, pencurian, kemusnahan, atau kerusakan diberikan gratis.
plan-fee-exchange = Biaya penukaran kartu atas keinginan sendiri adalah ¥{ $yen }.
plan-fee-warning = Kantor imigrasi tidak memungut biaya apa pun untuk kartu baru setelah kehilangan. Hanya pengacara berizin atau 行政書士 yang boleh memungut biaya untuk menyiapkan atau mengajukan dokumen atas nama Anda: berhati-hatilah jika ada orang lain yang meminta uang untuk “mengurus”-nya.

## Penalty, stated calmly

plan-penalty = Kehilangan kartu bukanlah pelanggaran hukum. Hukum meminta Anda mengajukan permohonan dalam batas waktu; tidak mengajukan tepat waktu dapat dikenai hukuman penjara paling lama { $years } tahun atau denda paling banyak ¥{ $yen }. Yang terpenting adalah mengajukan permohonan, meskipun terlambat.
plan-penalty-child = Kehilangan kartu bukanlah pelanggaran hukum. Untuk anak di bawah 16 tahun, kerabat yang seharusnya mengajukan permohonan untuknya tetapi tidak melakukannya dapat dikenai denda paling banyak ¥{ $yen } (denda administratif, bukan pidana, 過料). Yang terpenting adalah mengajukan permohonan, meskipun terlambat.

## Notes

plan-note-counter-hours = Loket kantor imigrasi biasanya buka pada hari kerja, pukul 9:00–12:00 dan 13:00–16:00. Periksa jam buka kantor yang akan Anda datangi sebelum berangkat.
plan-note-city-office-weeks = Sertifikat baru tidak diterbitkan pada hari yang sama: biasanya memakan waktu dua sampai tiga minggu.
plan-note-city-office-documents = Tanyakan ke kantor kota atau kantor distrik Anda dokumen apa saja yang diperlukan; daftar ini mengikuti aturan kartu izin tinggal.
plan-note-city-office-who-goes = Jika Anda tidak dapat datang sendiri, tanyakan ke kantor kota atau kantor distrik Anda siapa yang boleh datang mewakili Anda.
plan-note-specified-card-unconfirmed = Cara penerbitan ulang kartu izin tinggal yang digabung dengan kartu My Number (特定在留カード) jika hilang belum dapat dipastikan. Tanyakan ke kantor imigrasi atau kantor kota Anda.
plan-note-birth-date-unknown = Kami menganggap pemegang kartu berusia 16 tahun atau lebih. Jika ia berusia di bawah 16 tahun, masukkan tanggal lahirnya: kerabat akan mengajukan permohonan untuknya dan foto tidak diperlukan.
plan-note-turns-16 = Anak tersebut berusia 16 tahun pada { $birthday }. Mulai hari itu, ia mengajukan permohonan sendiri secara langsung dan memerlukan foto.
plan-note-old-card-if-found = Jika Anda menemukan kartu lama setelah menerima kartu baru, kartu lama itu sudah tidak berlaku: kembalikan dalam { $days } hari sejak menemukannya.

## Warnings, read before anything else

plan-warning-leaving-soon = Jangan meninggalkan Jepang tanpa kartu baru Anda. Meninggalkan Jepang tanpa kartu izin tinggal (atau izin masuk kembali) mengakhiri status izin tinggal Anda. Ajukan permohonan sebelum Anda bepergian: kartu baru biasanya diterbitkan pada hari yang sama. Jika Anda tidak dapat menunggunya, mintalah izin masuk kembali (再入国許可) ke kantor imigrasi sebelum berangkat.

## Why there is no deadline

plan-no-deadline = Hukum tidak menetapkan batas waktu untuk kasus ini.
plan-no-deadline-found-again = Kartu Anda masih berlaku: Anda tidak perlu mengajukan kartu baru.
plan-no-deadline-abroad-now = Waktu { $days } hari Anda belum dimulai: waktu itu dimulai pada hari Anda kembali ke Jepang. Tidak ada yang dapat mengajukan permohonan dari luar negeri.
plan-no-deadline-damaged = Tidak ada batas waktu untuk kartu yang rusak: ajukan permohonan kapan pun Anda bisa. Jika kantor imigrasi memerintahkan Anda untuk mengajukan permohonan, sejak saat itu Anda memiliki waktu { $days } hari.
plan-no-deadline-exchange = Tidak ada batas waktu untuk penukaran kartu.

## Notes on the situation

plan-note-found-still-valid = Kartu yang ditemukan sebelum kartu baru diterbitkan tetap berlaku: tetap gunakan kartu itu. Hanya jika kartu baru sudah diterbitkan, kartu lama menjadi tidak berlaku, dan kartu lama itu harus dikembalikan dalam { $days } hari.
plan-note-carry-passport = Sampai Anda mendapat kartu baru, bawalah paspor Anda dan catatan atau foto nomor penerimaan laporan dari polisi: Anda diharapkan membawa kartu izin tinggal, dan ini menunjukkan mengapa Anda tidak dapat membawanya.
plan-note-accident = Untuk kartu yang musnah karena kecelakaan, tidak ada laporan polisi atau surat keterangan: jelaskan secara tertulis apa yang terjadi (aplikasi ini menuliskannya). Jika masih ada potongan kartu, bawalah.
plan-note-lost-at-home = Carilah sekali lagi di tempat-tempat di rumah yang mungkin ada kartunya. Polisi mungkin tidak menerima laporan kehilangan untuk kartu yang hilang di rumah; jika tidak diterima, catat hal itu di sini dan tetap ajukan permohonan: surat pernyataan akan menyebutkannya.
plan-note-reentry-certificate = Maskapai mungkin meminta kartu izin tinggal Anda saat check-in. Anggota keluarga atau agen di Jepang dapat mengambil surat keterangan izin masuk kembali Anda (再入国許可期限証明書) di kantor imigrasi dan mengirimkannya kepada Anda.
plan-note-who-goes-ill = Kerabat yang pergi untuk Anda membawa kartu identitasnya, dokumen yang menunjukkan bahwa Anda berkerabat dan tinggal bersama, dan surat keterangan dokter yang menunjukkan bahwa Anda tidak dapat datang. Ia menulis namanya di bagian agen pengaju (取次者) pada formulir.
plan-note-who-goes-request = Kerabat yang pergi untuk Anda membawa kartu identitasnya, dokumen yang menunjukkan bahwa Anda berkerabat dan tinggal bersama, dan surat kuasa (委任状) yang Anda tanda tangani. Aplikasi ini mengisi surat kuasa itu: masukkan kerabat tersebut di bagian agen pengaju (取次者) pada data orang Anda.
plan-note-who-goes-agent = Agen pengaju terdaftar (申請取次者) mengajukan permohonan untuk Anda dan menerima kartunya. Hanya pengacara atau 行政書士 yang boleh memungut biaya dari Anda untuk itu.
plan-note-travel = Berencana ke luar negeri? Dapatkan kartu baru terlebih dahulu. Meninggalkan Jepang tanpa kartu izin tinggal (atau izin masuk kembali) mengakhiri status izin tinggal Anda.
plan-note-passport-gone = Untuk paspor Anda, hubungi kedutaan besar atau konsulat negara Anda. Sampai Anda mendapat paspor baru, bawalah surat yang menjelaskan alasan Anda tidak dapat menunjukkannya (aplikasi ini menuliskannya) dan kartu identitas lain.
plan-note-other-cards = Apakah ada kartu lain yang hilang bersamanya? Untuk kartu My Number, telepon { $hotline } (24 jam, setiap hari; { $hotline_foreign } untuk bahasa lain) dan beri tahu kantor kota Anda. Untuk kartu bank dan kartu kredit, telepon bank atau perusahaan kartu tersebut.
plan-note-card-number-unknown = Tidak tahu nomor kartu Anda? Anda boleh mengosongkannya pada formulir. 住民票 (surat keterangan penduduk) dari kantor kota dapat mencantumkannya jika Anda memintanya, dan tempat kerja, sekolah, atau bank Anda mungkin menyimpan salinan kartu Anda.
plan-note-stay-ending = Kartu baru memiliki tanggal habis berlaku yang sama dengan kartu lama. Jika masa tinggal Anda segera berakhir, ajukan juga perpanjangannya: keduanya dapat dilakukan di kantor imigrasi.
