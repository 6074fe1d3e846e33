# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = Kantor yang dituju
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = Alamat Anda berada di { $prefecture }. Menurut hukum, inilah kantor Badan Layanan Imigrasi yang menangani wilayah itu:
ui-office-choose = Pilih prefektur alamat Anda: aplikasi ini akan menyebutkan kantor yang ditetapkan hukum untuk prefektur itu.
ui-office-prefecture = Prefektur alamat Anda
ui-office-prefecture-none = Pilih…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name } ({ $name_ja })
ui-office-covering = Kantor yang menurut hukum menangani prefektur Anda
ui-office-field-offices = Kantor cabang (出張所) badan tersebut di prefektur Anda yang disebutkan dalam aturan yang berlaku
ui-office-seat = berlokasi di
ui-office-not-every-office = Tidak semua kantor melayani kartu izin tinggal baru: beberapa kantor cabang hanya bertugas di bandara atau pelabuhan laut, dan hukum tidak menyebutkan kantor mana yang menerimanya.
ui-office-check-before-going = Sebelum berangkat, periksa alamat kantor, jam bukanya, dan apakah kantor itu menerima permohonan kartu baru, di daftar kantor milik badan tersebut: 「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = Hari di kantor imigrasi
office-day-same-day = Kartu baru biasanya diterbitkan pada hari yang sama, di loket.
office-day-city-office-later = Sertifikat baru tidak diterbitkan pada hari yang sama: kantor kota atau kantor distrik akan memberi tahu kapan Anda kembali untuk mengambilnya.
office-day-specified-longer = Kartu yang digabung dengan kartu My Number mungkin tidak siap pada hari yang sama: ada laporan sekitar sepuluh hari (belum dipastikan). Tanyakan ke kantor berapa lama prosesnya.
office-day-hours = Loket hanya buka pada hari kerja, biasanya pukul 9:00–12:00 dan 13:00–16:00; jam buka beberapa kantor berbeda. Periksa jam buka kantor Anda sebelum berangkat.
office-day-early = Datanglah pagi-pagi: mungkin ada antrean.
office-day-city-hours = Kantor kota dan kantor distrik buka pada hari kerja; sebelum berangkat, periksa jam buka loket yang menangani sertifikat itu.
office-day-bring = Bawalah semua yang ada di daftar Anda. Orang yang pergi untuk Anda juga membawa kartu identitasnya sendiri.
office-day-free = Tidak ada biaya untuk kartu baru setelah kehilangan, pencurian, kemusnahan, atau kerusakan.
# $yen = the fee.
office-day-fee-exchange = Penukaran kartu atas keinginan sendiri dikenai biaya ¥{ $yen }.

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = Lindungi diri Anda sementara ini
ui-protect-lead = Centang setiap langkah setelah selesai. Tanda centang disimpan di perangkat ini.
protect-bank-cards = Jika kartu bank atau kartu kredit ikut hilang, telepon bank atau perusahaan kartu kredit untuk memblokirnya. Tanyakan kepada bank Anda apa yang mereka perlukan dari Anda sampai Anda memiliki kartu izin tinggal yang baru.
protect-phone-company = Beri tahu operator ponsel Anda bahwa kartu izin tinggal Anda hilang: orang yang menemukannya bisa mencoba membuat kontrak atas nama Anda.
protect-phone-company-stolen = Beri tahu operator ponsel Anda bahwa kartu izin tinggal Anda dicuri: polisi telah melaporkan adanya kartu curian yang dipakai untuk membuat kontrak telepon atas nama orang lain.
protect-employer-or-school = Beri tahu tempat kerja atau sekolah Anda. Mereka biasanya menyimpan salinan kartu Anda, yang juga menunjukkan nomornya jika Anda tidak tahu.
protect-other-id = Jika kartu My Number atau SIM Anda ikut hilang, sebutkan juga dalam laporan polisi yang sama. Untuk kartu My Number, telepon juga layanan My Number (lihat catatan).
protect-if-misused = Jika ada orang yang memakai kartu Anda (kontrak telepon, pinjaman, atau tagihan yang tidak Anda buat), beri tahu polisi, dengan menyebutkan nomor penerimaan laporan Anda jika ada.
protect-if-misused-stolen = Kartu curian bisa disalahgunakan. Jika Anda melihat kontrak, pinjaman, atau tagihan yang tidak Anda buat, segera beri tahu polisi, dengan menyebutkan nomor penerimaan laporan Anda.
protect-after-the-new-card = Setelah kartu baru diterbitkan, kartu lama dicatat sebagai tidak berlaku: siapa pun yang memeriksa nomornya di halaman pemeriksaan nomor kartu milik badan tersebut akan melihatnya (menurut pemberitaan media, sejak Januari 2026 halaman itu tidak dapat dibuka dari luar negeri). Setelah itu, tunjukkan kartu baru kepada bank, operator telepon, dan tempat kerja Anda agar mereka memperbarui data mereka.

## Myths and facts

ui-myths-button = Mitos dan fakta
ui-myths-title = Mitos dan fakta
ui-myths-lead = Hal-hal yang sering dikatakan di internet, dan apa yang dikatakan hukum serta halaman-halaman Badan Layanan Imigrasi.
ui-myth-said = Sering dikatakan:
ui-myth-fact = Faktanya:
myth-fee-said = Kartu baru setelah kehilangan harus dibayar.
# $yen = the fee (0).
myth-fee-fact = Gratis (¥{ $yen }) setelah kehilangan, pencurian, atau kemusnahan. Biaya yang disebutkan di internet adalah untuk prosedur lain, misalnya perpanjangan masa tinggal.
myth-police-certificate-said = Anda memerlukan surat keterangan laporan polisi.
myth-police-certificate-fact = Sejak 3 Maret 2025, kantor imigrasi meminta surat pernyataan yang mencantumkan nomor penerimaan laporan dari polisi (受理番号), yang diisi oleh aplikasi ini. Kantor masih mungkin meminta surat keterangan itu.
myth-fourteen-days-said = 14 hari dihitung sejak hari kartu hilang.
myth-fourteen-days-fact = 14 hari itu dihitung mulai hari berikutnya setelah Anda mengetahui kehilangan itu, atau, jika Anda mengetahuinya di luar negeri, mulai hari berikutnya setelah Anda kembali ke Jepang.
myth-photo-said = Foto harus diambil dalam 3 bulan terakhir.
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = Foto harus diambil dalam { $months } bulan terakhir (dulu aturannya 3 bulan), dan siapa pun yang berusia di bawah { $age } tahun tidak memerlukan foto.
myth-embassy-said = Kedutaan besar dapat memberi Anda kartu baru atau mengajukan permohonan untuk Anda.
myth-embassy-fact = Tidak ada kedutaan besar yang bisa: permohonan diajukan di Jepang, secara langsung di kantor imigrasi (bagi penduduk tetap khusus, di kantor kota atau kantor distrik), oleh Anda sendiri atau oleh orang yang diizinkan pergi untuk Anda.
myth-anyone-can-charge-said = Siapa pun boleh memungut biaya untuk mengurus permohonan Anda.
myth-anyone-can-charge-fact = Hanya pengacara (弁護士) atau 行政書士 berizin yang boleh memungut biaya untuk menyiapkan atau mengajukan dokumen atas nama Anda. Jika orang lain meminta uang untuk “mengurus”-nya, itu tanda bahaya.
