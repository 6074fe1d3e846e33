# The triage questions and the police-box phrases.

triage-incident-title = Apa yang terjadi pada kartu Anda?
triage-incident-help = Pilih jawaban yang paling mendekati. Anda dapat kembali dan mengubahnya.
triage-incident-lost = Kartu saya hilang, atau saya tidak dapat menemukannya
triage-incident-stolen = Kartu saya dicuri
triage-incident-destroyed = Kartu saya musnah (bencana, kebakaran, kecelakaan)
triage-incident-damaged = Kartu saya rusak atau kotor, atau chip-nya tidak berfungsi
triage-incident-exchange = Saya ingin menukarnya (atas keinginan sendiri)
triage-incident-old-card-found = Saya menemukan kartu lama setelah mendapat kartu baru

triage-card-title = Kartu apa itu?
triage-card-help = Kebanyakan orang memiliki kartu izin tinggal (在留カード).
triage-card-residence-card = Kartu izin tinggal (在留カード)
triage-card-special-permanent = Sertifikat penduduk tetap khusus (特別永住者証明書)
triage-card-specified = Kartu izin tinggal dengan My Number (特定在留カード)

triage-learned-on-title = Kapan Anda menyadari kartu Anda tidak ada?
triage-learned-on-help = 14 hari dihitung mulai hari berikutnya setelah tanggal ini.
triage-found-on-title = Kapan Anda menemukan kartu lama?
triage-found-on-help = Anda harus mengembalikannya dalam 14 hari sejak menemukannya.

triage-abroad-title = Apakah Anda berada di luar Jepang saat menyadarinya?
triage-abroad-help = Jika ya, 14 hari dimulai sejak Anda kembali ke Jepang.
triage-abroad-no = Tidak, saya berada di Jepang
triage-abroad-yes = Ya, saya berada di luar negeri

triage-birth-date-title = Kapan pemegang kartu lahir?
triage-birth-date-help = Anak di bawah 16 tahun tidak memerlukan foto, dan anggota keluarga mengajukan permohonan untuknya.

triage-passport-title = Dapatkah Anda menunjukkan paspor di kantor?
triage-passport-help = Jika tidak, Anda menulis alasan singkat (理由書) dan membawa kartu identitas lain.
triage-passport-yes = Ya
triage-passport-no = Tidak, saya tidak bisa

police-phrase-lost = Kartu izin tinggal saya hilang. Saya ingin membuat laporan kehilangan.
police-phrase-stolen = Kartu izin tinggal saya dicuri. Saya ingin membuat laporan pencurian.
police-phrase-number = Saya memerlukan nomor penerimaan laporan untuk permohonan penerbitan ulang di kantor imigrasi. Mohon beri tahu nomornya.
police-phrase-slowly = Saya tidak begitu bisa berbahasa Jepang. Mohon bicara pelan-pelan.
