# The plan for a case: steps, documents, fee, penalty and notes. See en/plan.ftl for notes.

## Steps

plan-step-suspend-my-number = Segera telepon layanan My Number untuk menghentikan fungsi My Number pada kartu Anda: { $hotline } (24 jam, setiap hari), atau { $hotline_foreign } untuk bantuan dalam bahasa lain.
plan-step-suspend-my-number-abroad = Hentikan fungsi My Number pada kartu Anda secepat mungkin. Nomor layanan { $hotline } dan { $hotline_foreign } (bahasa lain) biasanya tidak dapat dihubungi dari luar negeri. Sebuah Kedutaan Besar Jepang memberikan nomor { $hotline_abroad } (24 jam, bahasa Jepang) untuk kartu My Number yang hilang di luar negeri; nomor itu disebutkan untuk kartu warga negara Jepang, dan kami belum dapat memastikan bahwa nomor itu juga melayani kartu Anda. Jika tidak, telepon { $hotline_foreign } segera setelah Anda kembali ke Jepang.
plan-step-police-lost = Laporkan kehilangan di pos polisi (交番) atau kantor polisi mana pun: buat laporan kehilangan (遺失届). Catat nomor penerimaan laporan (受理番号) yang diberikan kepada Anda.
plan-step-police-stolen = Laporkan pencurian di pos polisi (交番) atau kantor polisi mana pun: buat laporan pencurian (盗難届). Catat nomor penerimaan laporan (受理番号) yang diberikan kepada Anda.
plan-step-disaster-certificate = Mintalah surat keterangan korban bencana (罹災証明書) dari dinas pemadam kebakaran atau kantor kota Anda. Untuk ini Anda tidak perlu ke polisi.
plan-step-police-lost-at-home = Anda dapat meminta untuk membuat laporan kehilangan (遺失届) di pos polisi (交番) atau kantor polisi; untuk kartu yang hilang di rumah, polisi mungkin tidak menerimanya. Jika diterima, catat nomor penerimaan laporan (受理番号). Jika tidak, catat di mana dan kapan Anda meminta. Anda juga boleh memilih untuk tidak melapor: nyatakan hal itu di bawah. Apa pun pilihannya, aplikasi ini menulis surat pernyataan Anda sesuai dengan itu, dan Anda menjelaskannya di kantor imigrasi.
plan-step-police-abroad = Laporkan kehilangan atau pencurian kepada polisi di tempat Anda berada, dan simpan dokumen yang mereka berikan (atau salinannya) beserta nomornya jika ada. Anda akan menyerahkannya bersama terjemahan bahasa Jepang, yang boleh Anda tulis sendiri. Anda tidak dapat mengajukan permohonan dari luar negeri.
plan-step-police-abroad-back = Masukkan laporan yang Anda buat ke polisi di luar negeri: negaranya, kantor polisinya, tanggalnya, dan nomornya jika ada. Surat pernyataan lalu akan menyebutkan di mana Anda melaporkannya. Jika Anda tidak melapor di sana, nyatakan hal itu di bawah. Jika kartu itu mungkin saja hilang di Jepang, Anda dapat melaporkannya di pos polisi di sini sebagai gantinya.
plan-step-return-to-japan = Kembalilah ke Jepang dengan paspor Anda sebelum izin masuk kembali Anda berakhir (lihat peringatan di atas). Di bandara, beri tahu petugas imigrasi bahwa kartu izin tinggal Anda hilang di luar negeri. Maskapai mungkin meminta kartu itu: lihat catatan tentang surat keterangan izin masuk kembali. Setelah itu, masukkan di sini tanggal Anda kembali: 14 hari Anda dihitung mulai hari berikutnya setelah tanggal itu.
plan-step-tell-police-found = Beri tahu polisi (pos polisi atau kantor polisi tempat Anda melapor) bahwa Anda sudah menemukan kartu Anda: laporannya kemudian dapat dicabut. Jika Anda tidak melapor, tidak ada lagi yang perlu dilakukan.
plan-step-lift-my-number-suspension = Jika Anda telah menghentikan fungsi My Number pada kartu Anda, tanyakan ke kantor kota atau kantor distrik Anda cara mengaktifkannya kembali. Untuk kartu My Number biasa, hal ini dilakukan di kantor kota dengan membawa kartunya, bukan lewat telepon; untuk kartu yang digabung dengan kartu izin tinggal, hal ini belum dipastikan.
plan-step-apply-immigration = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan permohonan atas namanya (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
    [agent] Agen pengaju mengajukan permohonan di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
    [approved] Orang yang telah disetujui oleh kantor mengajukan permohonan atas nama pemegang kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
    [nobody] Siapa pun yang disetujui oleh kantor mengajukan permohonan atas nama pemegang kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
   *[holder] Ajukan permohonan kartu baru secara langsung di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
} Kartu baru biasanya diterbitkan pada hari yang sama.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan permohonan atas namanya (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu, dengan membawa kartu yang rusak.
    [agent] Agen pengaju mengajukan permohonan di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda, dengan membawa kartu yang rusak.
    [approved] Orang yang telah disetujui oleh kantor mengajukan permohonan atas nama pemegang kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu, dengan membawa kartu yang rusak.
    [nobody] Siapa pun yang disetujui oleh kantor mengajukan permohonan atas nama pemegang kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu, dengan membawa kartu yang rusak.
   *[holder] Ajukan permohonan kartu baru di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda, dengan membawa kartu yang rusak.
} Gunakan formulir untuk kartu yang rusak atau kotor.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan penukaran kartu atas namanya (sebagai wakil, 代理人) di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
    [agent] Agen pengaju mengajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
    [approved] Orang yang telah disetujui oleh kantor mengajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
    [nobody] Siapa pun yang disetujui oleh kantor mengajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat pemegang kartu.
   *[holder] Ajukan penukaran kartu di kantor imigrasi (出入国在留管理局) yang membawahi alamat Anda.
} Bawalah kartu Anda yang sekarang.
plan-step-apply-city-office = { $applicant ->
    [relative] Kerabat berusia 16 tahun ke atas yang tinggal bersama pemegang kartu mengajukan permohonan atas namanya (sebagai wakil, 代理人) di kantor kota atau kantor distrik (市区役所).
    [agent] Agen pengaju mengajukan permohonan di kantor kota atau kantor distrik (市区役所) Anda.
    [approved] Orang yang telah disetujui oleh kantor kota mengajukan permohonan atas nama pemegang kartu di kantor kota atau kantor distrik (市区役所).
    [nobody] Siapa pun yang disetujui oleh kantor kota mengajukan permohonan atas nama pemegang kartu di kantor kota atau kantor distrik (市区役所).
   *[holder] Ajukan permohonan di kantor kota atau kantor distrik (市区役所) Anda (bukan di kantor imigrasi).
}
plan-step-ask-office-who-applies = { $applicant ->
    [nobody] Belum ada yang bisa pergi. Teleponlah { $office ->
        [city] kantor kota atau kantor distrik
       *[immigration] kantor imigrasi yang membawahi alamat pemegang kartu
    }, sampaikan bahwa { $holder ->
        [child] pemegang kartu berusia di bawah 16 tahun
       *[adult] pemegang kartu sedang sakit
    } dan tidak ada anggota keluarga berusia 16 tahun ke atas yang tinggal bersamanya, lalu tanyakan siapa yang boleh mengajukan permohonan. Orang tua atau wali sah yang tinggal di tempat lain, anggota keluarga lain, atau orang yang tinggal bersamanya boleh mengajukan jika kantor menyetujui; pengacara atau 行政書士 yang terdaftar sebagai agen pengaju (申請取次者) boleh mengajukan untuk Anda, dengan biaya yang mereka kenakan.
   *[approved] Sebelum pergi, tanyakan kepada { $office ->
        [city] kantor kota atau kantor distrik
       *[immigration] kantor imigrasi yang membawahi alamat pemegang kartu
    } apakah kantor itu setuju orang ini mengajukan permohonan. Orang yang bukan anggota keluarga berusia 16 tahun ke atas yang tinggal bersama pemegang kartu (orang tua atau wali sah yang tinggal di tempat lain, anggota keluarga lain, atau orang yang tinggal bersamanya) hanya boleh mengajukan permohonan jika kantor menyetujuinya.
} Batas waktu tetap berjalan: jika batas waktu lewat selama Anda menunggu, tetap ajukan permohonan dengan surat yang menjelaskan alasannya.
plan-step-return-old-card = Kembalikan kartu lama: di kantor imigrasi mana pun, atau lewat pos ke { $office }, { $postcode } { $address }. Tulis “{ $envelope }” pada amplop.
plan-step-return-old-card-city-office = Kembalikan sertifikat lama. Tanyakan cara mengembalikannya ke kantor kota atau kantor distrik Anda.

## Documents

plan-doc-application-form = Formulir permohonan kartu izin tinggal baru (在留カード再交付申請書, A4). Aplikasi ini dapat mengisinya untuk Anda; kantor juga menyediakan formulir kertas.
plan-doc-application-form-city-office = Formulir permohonan milik kantor kota atau kantor distrik sendiri untuk sertifikat penduduk tetap khusus yang baru: kantor itu menyediakannya (aplikasi ini tidak mengisinya).
plan-doc-application-form-damaged = Formulir permohonan kartu baru jika kartu rusak atau kotor (A4). Kantor menyediakan formulir kertas.
plan-doc-photo = Satu foto, tinggi { $height_mm } mm × lebar { $width_mm } mm, diambil dalam { $months } bulan terakhir: hanya Anda sendiri, menghadap ke depan, tanpa topi, latar polos, tanpa bayangan. Tulis nama Anda di bagian belakang foto.
plan-doc-loss-statement = Surat pernyataan tentang kehilangan atau pencurian (紛失・盗難に係る陳述書) dengan nomor penerimaan laporan dari polisi. Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-loss-statement-not-accepted = Surat pernyataan tentang kehilangan (紛失・盗難に係る陳述書), yang menyebutkan bahwa polisi tidak menerima laporan Anda. Aplikasi ini dapat mengisinya untuk Anda; jelaskan juga di loket.
plan-doc-loss-statement-not-reported = Surat pernyataan tentang kehilangan (紛失・盗難に係る陳述書), yang menyebutkan bahwa Anda tidak melaporkannya ke polisi beserta alasannya. Aplikasi ini dapat mengisinya untuk Anda; jelaskan juga di loket.
plan-doc-loss-statement-abroad = Surat pernyataan tentang kehilangan atau pencurian (紛失・盗難に係る陳述書), yang menyebutkan di mana Anda melaporkannya di luar negeri. Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-accident-statement = Surat pernyataan yang menjelaskan bagaimana kartu itu musnah (陳述書). Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-card-pieces = Sisa kartu, jika ada: kantor imigrasi mungkin akan memperlakukannya sebagai kartu yang rusak.
plan-doc-police-report-abroad = Dokumen laporan yang Anda buat ke polisi di luar negeri (atau salinannya).
plan-doc-police-report-translation = Terjemahan bahasa Jepang dari dokumen itu. Dokumen dalam bahasa lain memerlukan terjemahan; Anda boleh menulisnya sendiri.
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
plan-doc-agent-certificate = Agen pengaju membawa sertifikatnya sendiri sebagai agen pengaju terdaftar (申請等取次者証明書).
plan-doc-medical-certificate = Dokumen yang menunjukkan bahwa Anda tidak dapat datang sendiri, misalnya surat keterangan dokter (診断書).
plan-doc-letter-of-authority = Surat kuasa (委任状) yang Anda tanda tangani, yang menyebutkan nama kerabat yang pergi. Aplikasi ini dapat mengisinya untuk Anda.
plan-doc-approved-person-id = Kartu identitas orang yang mengajukan permohonan untuk { $holder ->
    [child] anak tersebut
   *[adult] Anda
}, dan dokumen yang menunjukkan hubungannya dengan { $holder ->
    [child] anak tersebut (untuk orang tua atau wali sah, dokumen yang menunjukkan hal itu)
   *[adult] Anda
}. Tanyakan kepada kantor apa lagi yang diperlukan.

## Fee

plan-fee-free = Tidak ada biaya: kartu baru setelah kehilangan, pencurian, kemusnahan, atau kerusakan diberikan gratis.
plan-fee-exchange = Biaya penukaran kartu atas keinginan sendiri adalah ¥{ $yen }.
plan-fee-warning = Kantor imigrasi tidak memungut biaya apa pun untuk kartu baru setelah kehilangan. Hanya pengacara berizin atau 行政書士 yang boleh memungut biaya untuk menyiapkan atau mengajukan dokumen atas nama Anda: berhati-hatilah jika ada orang lain yang meminta uang untuk “mengurus”-nya.

## Penalty, stated calmly

plan-penalty = Kehilangan kartu bukanlah pelanggaran hukum. Hukum meminta Anda mengajukan permohonan dalam batas waktu; tidak mengajukan tepat waktu dapat dikenai hukuman penjara paling lama { $years } tahun atau denda paling banyak ¥{ $yen }. Yang terpenting adalah mengajukan permohonan, meskipun terlambat.
plan-penalty-relative = Kehilangan kartu bukanlah pelanggaran hukum. { $holder ->
    [child] Untuk pemegang kartu di bawah 16 tahun,
   *[adult] Untuk pemegang kartu yang sakit dan tidak dapat mengajukan permohonan,
} anggota keluarga berusia 16 tahun ke atas yang tinggal bersamanya wajib mengajukan permohonan; yang tidak melakukannya dapat dikenai denda paling banyak ¥{ $yen } (denda administratif, bukan pidana, 過料). Yang terpenting adalah mengajukan permohonan, meskipun terlambat.

## Notes

plan-note-counter-hours = Loket kantor imigrasi biasanya buka pada hari kerja, pukul 9:00–12:00 dan 13:00–16:00. Periksa jam buka kantor yang akan Anda datangi sebelum berangkat.
plan-note-city-office-not-same-day = Sertifikat baru tidak diterbitkan pada hari yang sama: kantor kota atau kantor distrik akan memberi tahu kapan Anda kembali untuk mengambilnya.
plan-note-city-office-documents = Daftar ini mengikuti aturan untuk sertifikat penduduk tetap khusus. Kantor kota atau kantor distrik Anda mungkin meminta dokumen lain: tanyakan kepada mereka sebelum Anda pergi.
plan-note-specified-card-unconfirmed = Cara penerbitan ulang kartu izin tinggal yang digabung dengan kartu My Number (特定在留カード) jika hilang belum dapat dipastikan, dan kartunya mungkin tidak diterbitkan pada hari yang sama (ada laporan sekitar sepuluh hari). Tanyakan ke kantor imigrasi berapa lama prosesnya, terutama jika Anda harus bepergian.
plan-note-spr-show-on-request = Anda tidak wajib selalu membawa sertifikat penduduk tetap khusus, tetapi Anda wajib menunjukkannya jika petugas imigrasi atau polisi memintanya. Sampai sertifikat baru diterbitkan, bawalah nomor penerimaan laporan dari polisi untuk menjelaskan keadaan Anda.
plan-note-birth-date-unknown = Kami menganggap pemegang kartu berusia 16 tahun atau lebih. Jika ia berusia di bawah 16 tahun, masukkan tanggal lahirnya: kerabat akan mengajukan permohonan untuknya dan foto tidak diperlukan.
plan-note-turns-16 = Anak tersebut akan genap berusia 16 tahun pada { $birthday }. Mulai hari itu, ia mengajukan permohonan sendiri secara langsung dan memerlukan foto.
plan-note-old-card-if-found = Jika Anda menemukan kartu lama setelah menerima kartu baru, kartu lama itu sudah tidak berlaku: kembalikan dalam { $days } hari sejak menemukannya.

## Warnings, read before anything else

plan-warning-leaving-soon = Jangan meninggalkan Jepang tanpa kartu baru Anda. Meninggalkan Jepang tanpa kartu izin tinggal (atau izin masuk kembali) mengakhiri status izin tinggal Anda. Ajukan permohonan sebelum Anda bepergian: kartu baru biasanya diterbitkan pada hari yang sama. Jika Anda tidak dapat menunggunya, mintalah izin masuk kembali (再入国許可) ke kantor imigrasi sebelum berangkat.
plan-warning-leaving-soon-specified = Jangan meninggalkan Jepang tanpa kartu baru Anda. Meninggalkan Jepang tanpa kartu izin tinggal (atau izin masuk kembali) mengakhiri status izin tinggal Anda. Kartu yang digabung dengan kartu My Number mungkin tidak diterbitkan pada hari yang sama (ada laporan sekitar sepuluh hari; belum dipastikan): ajukan permohonan sedini mungkin, tanyakan ke kantor imigrasi berapa lama prosesnya, dan jika kartu tidak akan siap sebelum Anda berangkat, mintalah izin masuk kembali (再入国許可).
plan-warning-return-before-permission-ends = Kembalilah ke Jepang sebelum izin masuk kembali Anda berakhir, atau Anda akan kehilangan status izin tinggal. { $holder ->
    [special_permanent] Jika Anda berangkat dengan izin masuk kembali khusus (みなし再入国), izin itu berlaku 2 tahun sejak hari Anda berangkat.
   *[resident] Jika Anda berangkat dengan izin masuk kembali khusus (みなし再入国), izin itu berlaku 1 tahun sejak hari Anda berangkat, atau sampai masa tinggal Anda berakhir jika itu lebih awal.
} Izin masuk kembali khusus tidak dapat diperpanjang dari luar negeri. Izin masuk kembali (再入国許可) memiliki tanggal berakhirnya sendiri, yang tertera di paspor Anda; Kedutaan Besar Jepang mungkin dapat memperpanjangnya. Masukkan hari terakhirnya di bawah jika Anda mengetahuinya: kami akan mengingatkan Anda sebelum tanggal itu.
plan-warning-return-by = Kembalilah ke Jepang paling lambat { $by }, hari terakhir izin masuk kembali Anda, atau Anda akan kehilangan status izin tinggal. Izin masuk kembali khusus (みなし再入国) tidak dapat diperpanjang dari luar negeri.
plan-warning-return-by-passed = Tanggal yang Anda masukkan sebagai hari terakhir izin masuk kembali Anda, { $by }, sudah lewat. Periksa tanggal di paspor Anda. Jika izin itu sudah berakhir, status izin tinggal Anda mungkin juga sudah berakhir: hubungi Kedutaan Besar atau Konsulat Jepang terdekat tentang apa yang harus dilakukan.

## Why there is no deadline

plan-no-deadline = Hukum tidak menetapkan batas waktu untuk kasus ini.
plan-no-deadline-found-again = Kartu Anda masih berlaku: Anda tidak perlu mengajukan kartu baru.
plan-no-deadline-abroad-now = Waktu { $days } hari Anda belum dimulai: waktu itu dihitung mulai hari berikutnya setelah hari Anda kembali ke Jepang. Tidak ada yang dapat mengajukan permohonan dari luar negeri.
plan-no-deadline-damaged = Tidak ada batas waktu untuk kartu yang rusak: ajukan permohonan kapan pun Anda bisa. Jika kantor imigrasi memerintahkan Anda untuk mengajukan permohonan, sejak saat itu Anda memiliki waktu { $days } hari.
plan-no-deadline-exchange = Tidak ada batas waktu untuk penukaran kartu.

## Notes on the situation

plan-note-found-still-valid = Kartu yang ditemukan sebelum kartu baru diterbitkan tetap berlaku: tetap gunakan kartu itu. Hanya jika kartu baru sudah diterbitkan, kartu lama menjadi tidak berlaku, dan kartu lama itu harus dikembalikan dalam { $days } hari.
plan-note-carry-passport = Sampai Anda mendapat kartu baru, bawalah paspor Anda dan catatan atau foto nomor penerimaan laporan dari polisi: Anda diharapkan membawa kartu izin tinggal, dan ini menunjukkan mengapa Anda tidak dapat membawanya.
plan-note-accident = Kami tidak menemukan aturan resmi tentang apa yang membuktikan bahwa kartu musnah karena kecelakaan: biasanya Anda tidak diminta laporan polisi atau surat keterangan. Jelaskan secara tertulis apa yang terjadi (aplikasi ini menuliskannya), bawalah potongan kartu jika ada, dan tanyakan ke kantor apakah diperlukan hal lain. Jika kartunya masih ada pada Anda, meskipun patah, kartu itu mungkin ditangani sebagai kartu yang rusak.
plan-note-lost-at-home = Carilah sekali lagi di tempat-tempat di rumah yang mungkin ada kartunya. Polisi mungkin tidak menerima laporan kehilangan untuk kartu yang hilang di rumah, dan Anda juga boleh memutuskan untuk tidak melapor: catat apa yang terjadi di halaman ini dan tetap ajukan permohonan. Surat pernyataan akan menyebutkannya, dan Anda menjelaskannya di loket.
plan-note-reentry-certificate = Maskapai mungkin meminta kartu izin tinggal Anda saat check-in. Hal ini paling penting jika kewarganegaraan Anda memerlukan visa untuk masuk ke Jepang, atau jika paspor Anda tidak lagi menunjukkan izin masuk kembali Anda. Anggota keluarga yang tinggal bersama Anda, atau orang yang memegang surat kuasa (委任状) yang Anda tanda tangani (dikirim lewat faks atau hasil pindaian), dapat mengambil surat keterangan izin masuk kembali Anda (再入国許可期限証明書) di kantor imigrasi di Jepang dan mengirimkannya kepada Anda.
plan-note-abroad-passport-gone = Paspor Anda juga hilang: hubungi dulu kedutaan besar atau konsulat negara Anda untuk paspor baru atau dokumen perjalanan. Paspor baru tidak akan menunjukkan cap keberangkatan atau izin masuk kembali Anda, jadi surat keterangan izin masuk kembali (再入国許可期限証明書) menjadi penting: kirimkan kepada orang di Jepang yang akan memintanya surat kuasa (委任状) yang Anda tanda tangani dan salinan laporan polisi Anda; tanyakan ke kantor imigrasi apa lagi yang mereka perlukan.
plan-note-who-goes-ill = Kerabat yang pergi untuk Anda membawa kartu identitasnya, dokumen yang menunjukkan bahwa Anda berkerabat dan tinggal bersama, dan surat keterangan dokter yang menunjukkan bahwa Anda tidak dapat datang. Ia menulis namanya di bagian agen pengaju (取次者) pada formulir.
plan-note-who-goes-request = Kerabat yang pergi untuk Anda membawa kartu identitasnya, dokumen yang menunjukkan bahwa Anda berkerabat dan tinggal bersama, dan surat kuasa (委任状) yang Anda tanda tangani. Aplikasi ini mengisi surat kuasa itu: masukkan kerabat tersebut di bagian agen pengaju (取次者) pada data orang Anda.
plan-note-who-goes-agent = Agen pengaju terdaftar (申請取次者) mengajukan permohonan untuk Anda dan menerima kartunya. Hanya pengacara atau 行政書士 yang boleh memungut biaya dari Anda untuk itu.
plan-note-travel = Berencana ke luar negeri? Dapatkan kartu baru terlebih dahulu. Meninggalkan Jepang tanpa kartu izin tinggal (atau izin masuk kembali) mengakhiri status izin tinggal Anda.
plan-note-passport-gone = Untuk paspor Anda, hubungi kedutaan besar atau konsulat negara Anda. Sampai Anda mendapat paspor baru, bawalah surat yang menjelaskan alasan Anda tidak dapat menunjukkannya (aplikasi ini menuliskannya) dan kartu identitas lain.
plan-note-other-cards = Apakah ada kartu lain yang hilang bersamanya? Untuk kartu My Number, telepon { $hotline } (24 jam, setiap hari; { $hotline_foreign } untuk bahasa lain) dan beri tahu kantor kota Anda. Untuk kartu bank dan kartu kredit, telepon bank atau perusahaan kartu tersebut.
plan-note-other-cards-abroad = Apakah ada kartu lain yang hilang bersamanya? Nomor yang diawali 0120 biasanya tidak dapat dihubungi dari luar negeri. Untuk kartu My Number, sebuah Kedutaan Besar Jepang memberikan nomor { $hotline_abroad } (24 jam, bahasa Jepang), yang disebutkan untuk kartu warga negara Jepang; kami belum dapat memastikannya untuk kartu Anda. Untuk kartu bank dan kartu kredit, telepon nomor untuk panggilan dari luar negeri yang ada di situs web perusahaan kartu tersebut.
plan-note-card-number-unknown = Tidak tahu nomor kartu Anda? Anda boleh mengosongkannya pada formulir; kantor imigrasi biasanya dapat menemukannya (belum dipastikan). Bawalah apa pun yang menunjukkan nomor itu: 住民票 (surat keterangan penduduk) dari kantor kota mencantumkannya jika Anda memintanya, dan tempat kerja, sekolah, atau bank Anda mungkin menyimpan salinan kartu Anda.
plan-note-stay-ending = Kartu baru tidak mengubah masa tinggal Anda. Jika masa tinggal itu segera berakhir, ajukan juga perpanjangannya: keduanya dapat dilakukan di kantor imigrasi.
