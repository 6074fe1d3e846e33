# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = Untuk siapa dokumen ini?
ui-people-lead = Dokumen diisi dari data ini. Tulis seperti pada kartu izin tinggal dan paspor Anda. Data ini hanya disimpan di perangkat ini.
ui-people-add = Tambah orang
ui-people-edit = Ubah
ui-people-use = Gunakan untuk kasus ini
ui-people-in-use = Digunakan untuk kasus ini
ui-people-none = Belum ada orang.
ui-person-title = Data orang
ui-person-save = Simpan
ui-person-delete = Hapus orang ini
ui-person-delete-confirm = Hapus orang ini? Kasus-kasusnya tetap ada, tanpa data orang.
ui-person-nationality = Kewarganegaraan atau wilayah (国籍・地域)
ui-person-nationality-help = Seperti pada kartu izin tinggal Anda, misalnya VIET NAM atau ベトナム.
ui-person-birth-date = Tanggal lahir (生年月日)
ui-person-family-name = Nama keluarga (Family name)
ui-person-given-name = Nama depan (Given name)
ui-person-name-help = Dengan huruf kapital A–Z, seperti pada dua baris di bagian bawah halaman foto paspor Anda.
ui-person-kanji-name = Nama dalam kanji, jika ada di kartu Anda (漢字氏名)
ui-person-sex = Jenis kelamin (性別)
ui-person-sex-male = Laki-laki (男)
ui-person-sex-female = Perempuan (女)
ui-person-address = Alamat di Jepang (住居地)
ui-person-card-number = Nomor kartu izin tinggal (在留カード番号)
ui-person-card-number-help = 12 karakter: 2 huruf, 8 angka, 2 huruf. Jika tidak tahu, kosongkan saja: 住民票 (surat keterangan penduduk) dari kantor kota dapat mencantumkannya jika Anda memintanya, dan tempat kerja atau sekolah Anda mungkin menyimpan salinan kartu Anda.
ui-person-activity-permit = Saya punya izin kegiatan di luar status izin tinggal (資格外活動許可)
ui-person-phone = Nomor telepon (電話番号)
ui-person-representative = Wakil sah yang mengisi ini (法定代理人), misalnya orang tua dari anak di bawah 16 tahun
ui-person-agent = Orang lain yang menyerahkannya (取次者): agen seperti pengacara atau 行政書士, atau anggota keluarga yang pergi untuk Anda
ui-person-rep-name = Nama wakil sah (氏名)
ui-person-rep-relationship = Hubungan dengan pemohon (本人との関係), misalnya 父 / Ayah
ui-person-rep-address = Alamat wakil sah (住所)
ui-person-rep-phone = Nomor telepon wakil sah (電話番号)
ui-person-agent-name = Nama orang tersebut (氏名)
ui-person-agent-organisation = Organisasi orang tersebut, atau untuk anggota keluarga, hubungannya dengan Anda (所属機関等)
ui-person-agent-address = Alamat orang tersebut (住所)
ui-person-agent-phone = Nomor telepon orang tersebut (電話番号)
ui-person-agent-birth-date = Tanggal lahir orang tersebut (生年月日)
ui-person-agent-birth-date-help = Diperlukan untuk surat kuasa (委任状) jika anggota keluarga pergi atas permintaan Anda; tidak dicetak pada formulir.
ui-person-saved = Tersimpan. Dokumen akan menggunakan data ini.

err-app-date-invalid = Mohon masukkan tanggal lengkap (tahun, bulan, dan hari).
err-app-choice-invalid = Mohon pilih salah satu pilihan.
