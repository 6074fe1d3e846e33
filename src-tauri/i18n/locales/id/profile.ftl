# Profile errors. `profile-field` is referenced by the messages below ($field is a field id).
profile-field = { $field ->
    [nationality] kewarganegaraan atau wilayah
    [birth-date] tanggal lahir
    [family-name] nama keluarga
    [given-name] nama depan
    [kanji-name] nama dalam kanji
    [address] alamat di Jepang
    [card-number] nomor kartu izin tinggal
    [phone] nomor telepon
    [representative-name] nama wakil sah
    [representative-relationship] hubungan wakil sah dengan Anda
    [representative-address] alamat wakil sah
    [representative-phone] nomor telepon wakil sah
    [agent-name] nama agen pengaju (取次者)
    [agent-address] alamat agen pengaju (取次者)
    [agent-organisation] organisasi agen pengaju (取次者)
    [agent-phone] nomor telepon agen pengaju (取次者)
    [agent-birth-date] tanggal lahir orang yang pergi untuk Anda
   *[other] { $field }
}

err-profile-empty = Mohon isi kolom { profile-field }.
err-profile-too-long = Kolom { profile-field } panjangnya { $len } karakter; paling banyak { $max } karakter yang muat di formulir.
err-profile-bad-character = Kolom { profile-field } berisi “{ $character }”, yang tidak boleh ada di kolom ini.
err-profile-not-passport-letter = Kolom { profile-field } berisi “{ $character }”. Tulis nama Anda seperti pada zona baca mesin paspor (dua baris di bagian bawah halaman foto): hanya huruf A–Z, tanpa tanda aksen.
err-profile-name-separator = Kolom { profile-field } memiliki spasi, tanda hubung, atau apostrof di awal atau di akhir, atau dua tanda tersebut berturut-turut.
err-profile-card-number = “{ $value }” bukan nomor kartu izin tinggal. Nomor ini terdiri dari 12 karakter: 2 huruf, 8 angka, 2 huruf, misalnya AB12345678CD.
err-profile-phone = Kolom { profile-field } tampaknya bukan nomor telepon (6 sampai 15 angka).
err-profile-birth-date-future = Kolom { profile-field } ({ $date }) berisi tanggal di masa depan.
err-profile-birth-date-too-early = Kolom { profile-field } ({ $date }) berisi tanggal sebelum tahun 1900.
