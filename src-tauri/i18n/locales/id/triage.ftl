# The triage questions and the police-box phrases.

triage-incident-title = Apa yang terjadi pada kartu Anda?
triage-incident-help = Pilih jawaban yang paling mendekati. Anda dapat kembali dan mengubahnya.
triage-incident-lost = Kartu saya hilang di luar rumah, atau saya tidak tahu di mana
triage-incident-lost-at-home = Kartu saya hilang di suatu tempat di rumah
triage-incident-stolen = Kartu saya dicuri
triage-incident-destroyed = Kartu saya musnah karena bencana atau kebakaran (terbakar)
triage-incident-destroyed-by-accident = Kartu saya musnah karena kecelakaan (tercuci, patah): kartunya tidak ada lagi atau tinggal potongan. Jika kartunya masih ada pada Anda, pilih “rusak”
triage-incident-damaged = Kartu saya rusak atau kotor, atau chip-nya tidak berfungsi
triage-incident-exchange = Saya ingin menukarnya (atas keinginan sendiri)
triage-incident-found-again = Saya menemukan kartu saya lagi (saya belum punya kartu baru)
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
triage-found-again-help = Kartu Anda masih berlaku. Kami akan memberi tahu satu atau dua hal yang masih perlu dilakukan.

triage-birth-date-title = Kapan pemegang kartu lahir?
triage-birth-date-help = Anak di bawah 16 tahun tidak memerlukan foto, dan anggota keluarga mengajukan permohonan untuknya.

triage-passport-title = Dapatkah Anda menunjukkan paspor di kantor?
triage-passport-help = Jika tidak, Anda menulis alasan singkat (理由書) dan membawa kartu identitas lain.
triage-passport-yes = Ya
triage-passport-gone-too = Tidak, paspor hilang atau dicuri bersama kartu
triage-passport-no = Tidak, karena alasan lain (misalnya paspor ada di kedutaan negara saya)

police-phrase-lost = Kartu izin tinggal saya hilang. Saya ingin membuat laporan kehilangan.
police-phrase-stolen = Kartu izin tinggal saya dicuri. Saya ingin membuat laporan pencurian.
police-phrase-number = Saya memerlukan nomor penerimaan laporan untuk permohonan penerbitan ulang di kantor imigrasi. Mohon beri tahu nomornya.
police-phrase-slowly = Saya tidak begitu bisa berbahasa Jepang. Mohon bicara pelan-pelan.

triage-whereabouts-title = Di mana Anda saat menyadarinya, dan di mana Anda sekarang?
triage-whereabouts-help = 14 hari dimulai pada hari Anda berada di Jepang. Meninggalkan Jepang tanpa kartu izin tinggal dapat mengakhiri status izin tinggal Anda, jadi beri tahu kami jika Anda berencana bepergian.
triage-whereabouts-in-japan = Saya berada di Jepang, dan saya tetap tinggal di Jepang
triage-whereabouts-leaving-soon = Saya berada di Jepang, tetapi saya berencana meninggalkan Jepang dalam beberapa minggu ke depan
triage-whereabouts-back-in-japan = Saya menyadarinya di luar negeri, dan sekarang saya sudah kembali di Jepang
triage-whereabouts-return-date = Tanggal Anda kembali ke Jepang
triage-whereabouts-abroad-now = Saya menyadarinya di luar negeri, dan saya masih di luar negeri

triage-applicant-title = Siapa yang akan pergi ke kantor imigrasi?
triage-applicant-help = Biasanya Anda pergi sendiri. Anggota keluarga yang tinggal bersama Anda dapat pergi untuk Anda jika Anda sakit, atau jika Anda memintanya.
triage-applicant-holder = Saya akan pergi sendiri
triage-applicant-relative-ill = Anggota keluarga yang tinggal bersama saya (saya sakit atau dirawat di rumah sakit)
triage-applicant-relative-request = Anggota keluarga yang tinggal bersama saya, karena saya memintanya
triage-applicant-agent = Pengacara, 行政書士, atau agen pengaju terdaftar lainnya (申請取次者)
triage-applicant-ill-other = Saya sakit atau dirawat di rumah sakit, dan tidak ada anggota keluarga yang tinggal bersama saya: orang lain (kantor harus menyetujui)
triage-applicant-ill-no-one = Saya sakit atau dirawat di rumah sakit, dan belum ada yang bisa pergi untuk saya
triage-applicant-child-title = Siapa yang akan pergi ke kantor untuk anak tersebut?
triage-applicant-child-help = Anak di bawah 16 tahun tidak mengajukan permohonan sendiri. Anggota keluarga berusia 16 tahun ke atas yang tinggal bersama anak itu harus mengajukan permohonan untuknya.
triage-applicant-child-relative = Anggota keluarga berusia 16 tahun ke atas yang tinggal bersama anak itu
triage-applicant-child-other = Orang lain: orang tua atau wali sah yang tinggal di tempat lain, anggota keluarga lain, atau orang yang tinggal bersama anak itu (kantor harus menyetujui)
triage-applicant-child-no-one = Belum ada satu pun dari mereka
