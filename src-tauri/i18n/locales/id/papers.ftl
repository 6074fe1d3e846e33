# Papers errors. `paper-field` is referenced by the messages below ($field is a field id).
paper-field = { $field ->
    [nationality] kewarganegaraan atau wilayah
    [family-name] nama keluarga
    [given-name] nama depan
    [name] nama
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
    [loss-place-name] tempat kartu hilang
    [loss-how] cara kartu hilang
    [loss-detail] keterangan tentang kejadian
    [reentered-on] tanggal Anda kembali ke Jepang
    [police-station] kantor polisi
    [country] negara tempat laporan dibuat
    [acceptance-number] nomor penerimaan laporan
    [late-detail] kata-kata Anda sendiri tentang keterlambatan
    [late-illness-place] rumah sakit
    [late-illness-from] hari pertama sakit atau dirawat di rumah sakit
    [late-illness-until] hari terakhir sakit atau dirawat di rumah sakit
    [late-abroad-place] negara tempat Anda berada
    [late-abroad-from] hari pertama di luar negeri
    [late-abroad-until] hari terakhir di luar negeri
    [late-disaster] bencana
    [passport-detail] kata-kata Anda sendiri tentang paspor
    [birth-date] tanggal lahir
    [activity-permit] izin kegiatan di luar status izin tinggal
    [learned-on] tanggal Anda mengetahui kehilangan
    [loss-date] tanggal kehilangan
    [reported-on] tanggal laporan polisi
   *[other] { $field }
}

err-paper-missing-glyph = Kolom { paper-field } berisi “{ $character }” ({ $codepoint }), yang tidak dapat dicetak pada dokumen. Mohon hapus atau tulis dengan cara lain.
err-paper-empty = Mohon isi kolom { paper-field }.
err-paper-does-not-fit = Kolom { paper-field } terlalu panjang untuk muat di kertas. Mohon persingkat.
err-paper-too-long = Kolom { paper-field } panjangnya { $len } karakter; paling banyak { $max } karakter yang muat di kertas.
err-paper-control-character = Kolom { paper-field } berisi baris baru atau karakter tak terlihat lainnya. Mohon tulis dalam satu baris.
err-paper-not-this-procedure = Dokumen ini untuk kartu yang hilang, dicuri, atau musnah. Kartu yang rusak, penukaran kartu, atau kartu lama yang ditemukan kembali menggunakan dokumen lain.
err-paper-missing-loss-statement = Mohon jawab kapan, di mana, dan bagaimana kartu hilang: surat pernyataan memerlukannya.
err-paper-missing-police-report = Mohon masukkan laporan polisi terlebih dahulu di halaman kasus Anda: kantor polisi, tanggal, dan nomor penerimaan laporan (atau bahwa polisi tidak menerima laporan itu).
err-paper-card-found-again = Kartu Anda sudah ditemukan kembali, jadi tidak perlu dokumen apa pun.
err-paper-does-not-fit-case = Kolom { paper-field } tidak sesuai dengan apa yang terjadi pada kartu. Mohon pilih lagi.
err-paper-missing-relative = Surat kuasa memerlukan data kerabat yang pergi untuk Anda: buka data orang, centang bagian agen pengaju (取次者), lalu masukkan nama, hubungan, alamat, dan nomor teleponnya.

paper-advice-abroad-reentry = Anda memilih “Saya berada di luar negeri”. Jika Anda menyadari kehilangan itu saat di luar negeri, 14 hari Anda dihitung mulai hari berikutnya setelah hari Anda kembali ke Jepang: masukkan tanggal itu di halaman kasus Anda, dan mungkin Anda sama sekali tidak terlambat.
paper-advice-kanji-name = Formulir ini tidak memiliki baris untuk nama dalam kanji. Agar nama itu dicetak di kartu Anda, serahkan formulir permintaan terpisah (在留カード漢字氏名表記申出書) di kantor imigrasi.
paper-advice-card-number-blank = Nomor kartu dibiarkan kosong pada formulir. Tuliskan jika Anda menemukannya (nomor ini dapat dicantumkan pada 住民票, surat keterangan penduduk, jika diminta). Kantor imigrasi biasanya dapat menemukannya (belum dipastikan): bawalah apa pun yang menunjukkan nomor itu.
paper-advice-relative-block = Kerabat yang pergi untuk Anda sebaiknya ditulis di bagian agen pengaju (取次者) pada formulir: buka data orang dan masukkan kerabat itu di sana, beserta hubungannya dengan Anda.
err-paper-missing-late-reasons = Batas waktu sudah lewat. Mohon pilih alasan permohonan terlambat: alasan ini dimasukkan ke surat penjelasan (理由書). Anda tetap dapat mengajukan permohonan.
err-paper-missing-passport-reasons = Mohon pilih alasan Anda tidak dapat menunjukkan paspor: alasan ini dimasukkan ke surat penjelasan (理由書).
err-paper-inconsistent = Kolom { paper-field } berbeda antara profil Anda dan data kasus Anda. Mohon periksa keduanya.
err-paper-impossible-date = Tanggal pada kolom { paper-field } tidak mungkin benar. Mohon periksa tanggalnya.
err-paper-pdf = Dokumen tidak dapat dibuat ({ $detail }). Ini adalah kesalahan (bug) pada aplikasi; mohon laporkan.
