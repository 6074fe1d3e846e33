# The plan for a case: steps, documents, fee, penalty and notes. See en/plan.ftl for notes.

## Steps

plan-step-suspend-my-number = Segera telepon layanan My Number untuk menghentikan fungsi My Number pada kartu Anda: { $hotline } (24 jam, setiap hari), atau { $hotline_foreign } untuk bantuan dalam bahasa lain.
plan-step-police-lost = Laporkan kehilangan di pos polisi (交番) atau kantor polisi mana pun: buat laporan kehilangan (遺失届). Catat nomor penerimaan laporan (受理番号) yang diberikan kepada Anda.
plan-step-police-stolen = Laporkan pencurian di pos polisi (交番) atau kantor polisi mana pun: buat laporan pencurian (盗難届). Catat nomor penerimaan laporan (受理番号) yang diberikan kepada Anda.
plan-step-disaster-certificate = Mintalah surat keterangan korban bencana (罹災証明書) dari dinas pemadam kebakaran atau kantor kota Anda. Untuk ini Anda tidak perlu ke polisi.
plan-step-apply-immigration = { $applicant ->
    [representative] Kerabat berusia 16 tahun ke atas yang tinggal bersama anak tersebut mengajukan permohonan atas nama anak (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
   *[holder] Ajukan permohonan kartu baru secara langsung di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
} Kartu baru biasanya diterbitkan pada hari yang sama.
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] Kerabat berusia 16 tahun ke atas yang tinggal bersama anak tersebut mengajukan permohonan atas nama anak (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda, dengan membawa kartu yang rusak.
   *[holder] Ajukan permohonan kartu baru di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda, dengan membawa kartu yang rusak.
} Gunakan formulir untuk kartu yang rusak atau kotor.
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] Kerabat berusia 16 tahun ke atas yang tinggal bersama anak tersebut mengajukan penukaran kartu atas nama anak (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
   *[holder] Ajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
} Bawalah kartu Anda yang sekarang.
plan-step-apply-city-office = { $applicant ->
    [representative] Kerabat berusia 16 tahun ke atas yang tinggal bersama anak tersebut mengajukan permohonan atas nama anak (sebagai wakil, 代理人) di kantor kota atau kantor distrik (市区役所) Anda.
   *[holder] Ajukan permohonan di kantor kota atau kantor distrik (市区役所) Anda (bukan di kantor imigrasi).
}
plan-step-return-old-card = Kembalikan kartu lama: di kantor imigrasi mana pun, atau lewat pos ke { $office }, { $postcode } { $address }. Tulis “{ $envelope }” pada amplop.
plan-step-return-old-card-city-office = Kembalikan sertifikat lama. Tanyakan cara mengembalikannya ke kantor kota atau kantor distrik Anda.

## Documents

plan-doc-application-form = Formulir permohonan kartu izin tinggal baru (在留カード再交付申請書, A4). Aplikasi ini dapat mengisinya untuk Anda; kantor juga menyediakan formulir kertas.
plan-doc-application-form-damaged = Formulir permohonan kartu baru jika kartu rusak atau kotor (A4). Kantor menyediakan formulir kertas.
plan-doc-photo = Satu foto, tinggi { $height_mm } mm × lebar { $width_mm } mm, diambil dalam { $months } bulan terakhir: hanya Anda sendiri, menghadap ke depan, tanpa topi, latar polos, tanpa bayangan. Tulis nama Anda di bagian belakang foto.
plan-doc-loss-statement = Surat pernyataan tentang kehilangan atau pencurian (紛失・盗難に係る陳述書) dengan nomor penerimaan laporan dari polisi. Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-police-certificate = Surat keterangan laporan dari polisi (遺失届出証明書 atau 盗難届出証明書): hanya jika diminta oleh kantor imigrasi.
plan-doc-disaster-certificate = Surat keterangan korban bencana (罹災証明書).
plan-doc-passport = Paspor Anda (atau 在留資格証明書, sertifikat status izin tinggal), untuk ditunjukkan.
plan-doc-passport-reason-letter = Surat singkat yang menjelaskan alasan Anda tidak dapat menunjukkan paspor (理由書), dan kartu identitas lain.
plan-doc-activity-permit = Izin kegiatan di luar status izin tinggal Anda (資格外活動許可書), untuk ditunjukkan.
plan-doc-late-reason-letter = Surat singkat yang menjelaskan alasan Anda mengajukan permohonan setelah batas waktu (理由書, format bebas).
plan-doc-damaged-card = Kartu itu sendiri.
plan-doc-old-card = Kartu lama yang Anda temukan.
plan-doc-representative-id = Kartu identitas kerabat yang mengajukan permohonan untuk anak tersebut, dan dokumen yang menunjukkan hubungan keluarga serta bahwa mereka tinggal bersama.

## Fee

plan-fee-free = Tidak ada biaya: kartu baru setelah kehilangan, pencurian, kemusnahan, atau kerusakan diberikan gratis.
plan-fee-exchange = Biaya penukaran kartu atas keinginan sendiri adalah ¥{ $yen }.
plan-fee-warning = Jika ada orang yang meminta uang kepada Anda untuk “mengurus” kartu baru setelah kehilangan, berhati-hatilah: itu adalah tanda bahaya.

## Penalty, stated calmly

plan-penalty = Kehilangan kartu bukanlah pelanggaran hukum. Hukum meminta Anda mengajukan permohonan dalam batas waktu; tidak mengajukan tepat waktu dapat dikenai hukuman penjara paling lama { $years } tahun atau denda paling banyak ¥{ $yen }. Yang terpenting adalah mengajukan permohonan, meskipun terlambat.
plan-penalty-child = Kehilangan kartu bukanlah pelanggaran hukum. Untuk anak di bawah 16 tahun, kerabat yang seharusnya mengajukan permohonan untuknya tetapi tidak melakukannya dapat dikenai denda paling banyak ¥{ $yen } (denda administratif, bukan pidana, 過料). Yang terpenting adalah mengajukan permohonan, meskipun terlambat.

## Notes

plan-note-damaged-no-deadline = Tidak ada batas waktu untuk kartu yang rusak: ajukan permohonan kapan pun Anda bisa. Jika kantor imigrasi memerintahkan Anda untuk mengajukan permohonan, sejak saat itu Anda memiliki waktu { $days } hari.
plan-note-exchange-no-deadline = Tidak ada batas waktu untuk penukaran kartu.
plan-note-counter-hours = Loket kantor imigrasi biasanya buka pada hari kerja, pukul 9:00–12:00 dan 13:00–16:00. Periksa jam buka kantor yang akan Anda datangi sebelum berangkat.
plan-note-city-office-two-weeks = Sertifikat baru tidak diterbitkan pada hari yang sama: biasanya memakan waktu sekitar dua minggu.
plan-note-city-office-documents = Tanyakan ke kantor kota atau kantor distrik Anda dokumen apa saja yang diperlukan; daftar ini mengikuti aturan kartu izin tinggal.
plan-note-specified-card-unconfirmed = Cara penerbitan ulang kartu izin tinggal yang digabung dengan kartu My Number (特定在留カード) jika hilang belum dapat dipastikan. Tanyakan ke kantor imigrasi atau kantor kota Anda.
plan-note-birth-date-unknown = Kami menganggap pemegang kartu berusia 16 tahun atau lebih. Jika ia berusia di bawah 16 tahun, masukkan tanggal lahirnya: kerabat akan mengajukan permohonan untuknya dan foto tidak diperlukan.
plan-note-turns-16 = Anak tersebut berusia 16 tahun pada { $birthday }. Mulai hari itu, ia mengajukan permohonan sendiri secara langsung dan memerlukan foto.
plan-note-old-card-if-found = Jika Anda menemukan kartu lama setelah menerima kartu baru, kartu lama itu sudah tidak berlaku: kembalikan dalam { $days } hari sejak menemukannya.
