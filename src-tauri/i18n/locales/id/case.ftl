# The case: its deadline and what can be wrong in it. See en/case.ftl for notes.
# Indonesian has only the plural category "other": the day counts need no selector.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

case-deadline-on-time = Datanglah untuk mengajukan permohonan secepat mungkin. Hari terakhirnya adalah { $deadline }. Waktu Anda masih { $days } hari lagi.
case-deadline-on-time-extended = Datanglah untuk mengajukan permohonan secepat mungkin, paling lambat { $recommended }. Hari ke-14 jatuh pada hari kantor tutup, jadi menurut hukum hari terakhirnya bergeser ke { $deadline }; jangan mengandalkan tanggal itu. Waktu Anda masih { $days } hari lagi.
case-deadline-due-today = Hari ini, { $deadline }, adalah hari terakhir untuk mengajukan permohonan. Jika bisa, datanglah ke kantor hari ini.
case-deadline-overdue = Batas waktunya adalah { $deadline } ({ $days } hari yang lalu). Belum terlambat: ajukan permohonan secepat mungkin, dan bawalah surat singkat yang menjelaskan alasan keterlambatan (理由書, format bebas).
case-deadline-done = Anda telah mengajukan permohonan pada { $on }, dalam batas waktu ({ $deadline }).
case-deadline-done-late = Anda telah mengajukan permohonan pada { $on }. Batas waktunya adalah { $deadline }; Anda sudah melakukan hal yang benar dengan mengajukan permohonan.

## Returning an old card that turned up (入管法 第19条の15 第3項).

case-return-on-time = Kembalikan kartu lama paling lambat { $deadline }. Waktu Anda masih { $days } hari lagi.
case-return-on-time-extended = Kembalikan kartu lama secepat mungkin, paling lambat { $recommended }. Hari ke-14 jatuh pada hari kantor tutup, jadi menurut hukum hari terakhirnya bergeser ke { $deadline }. Waktu Anda masih { $days } hari lagi.
case-return-due-today = Hari ini, { $deadline }, adalah hari terakhir untuk mengembalikan kartu lama.
case-return-overdue = Kartu lama seharusnya dikembalikan paling lambat { $deadline } ({ $days } hari yang lalu). Kembalikan secepat mungkin.
case-return-done = Anda telah mengembalikan kartu lama pada { $on }, dalam batas waktu ({ $deadline }).
case-return-done-late = Anda telah mengembalikan kartu lama pada { $on }. Batas waktunya adalah { $deadline }; terima kasih sudah mengembalikannya.

## Errors in what was entered

err-case-learned-in-future = Tanggal Anda mengetahui kehilangan ({ $learned_on }) jatuh setelah hari ini ({ $today }). Mohon periksa tanggalnya.
err-case-reentered-before-learned = Tanggal Anda kembali ke Jepang ({ $reentered_on }) jatuh sebelum tanggal Anda mengetahui kehilangan ({ $learned_on }). Mohon periksa kedua tanggal tersebut.
err-case-reentered-in-future = Tanggal Anda kembali ke Jepang ({ $reentered_on }) jatuh setelah hari ini ({ $today }). Jika Anda masih di luar negeri, pilih “saya masih di luar negeri” sebagai gantinya: tanggalnya dapat Anda masukkan nanti.
err-case-birth-after-learned = Tanggal lahir ({ $birth_date }) jatuh setelah tanggal Anda mengetahui kehilangan ({ $learned_on }). Mohon periksa tanggal-tanggalnya.
err-case-birth-in-future = Tanggal lahir ({ $birth_date }) jatuh setelah hari ini ({ $today }). Mohon periksa tanggalnya.
err-case-ordered-in-future = Tanggal perintah dari kantor imigrasi ({ $ordered_on }) jatuh setelah hari ini ({ $today }). Mohon periksa tanggalnya.
err-case-report-in-future = Tanggal laporan ({ $reported_on }) jatuh setelah hari ini ({ $today }). Mohon periksa tanggalnya.
err-case-report-before-learned = Tanggal laporan ({ $reported_on }) jatuh sebelum tanggal Anda mengetahui kehilangan ({ $learned_on }). Mohon periksa kedua tanggal tersebut.
err-case-found-in-future = Tanggal Anda menemukan kartu ({ $found_on }) jatuh setelah hari ini ({ $today }). Mohon periksa tanggalnya.
err-case-found-before-learned = Tanggal Anda menemukan kartu ({ $found_on }) jatuh sebelum tanggal Anda menyadari kartu hilang ({ $learned_on }). Mohon periksa kedua tanggal tersebut.
err-case-applied-in-future = Tanggal Anda mengajukan permohonan ({ $applied_on }) jatuh setelah hari ini ({ $today }). Mohon periksa tanggalnya.
err-case-acceptance-number-empty = Mohon masukkan nomor penerimaan laporan (受理番号) yang diberikan polisi. Jika Anda tidak mendapatkannya, tanyakan ke pos polisi (交番) atau kantor polisi. Jika polisi tidak menerima laporan Anda, centang kotak yang sesuai sebagai gantinya.
err-case-acceptance-number-too-long = Nomor penerimaan ini terdiri dari { $chars } karakter; nomor penerimaan paling banyak { $max } karakter. Mohon masukkan nomornya saja.
err-case-acceptance-number-control = Mohon tulis nomor penerimaan dalam satu baris, persis seperti yang tercetak.
err-case-card-number-length = Nomor kartu izin tinggal terdiri dari 12 karakter (2 huruf, 8 angka, 2 huruf, seperti AB12345678CD); nomor ini terdiri dari { $chars } karakter.
err-case-card-number-pattern = Nomor kartu izin tinggal terdiri dari 2 huruf, 8 angka, dan 2 huruf, seperti AB12345678CD. Mohon periksa kembali.
