# Notifications. $deadline = the legal last day, $days = a number of days.
# Indonesian has only the plural category "other"; [0] and [1] are exact numbers.

## Applying for a new card

rem-apply-opened-title = Kartu izin tinggal baru Anda: batas waktu
rem-apply-opened-body = Ajukan permohonan paling lambat { $deadline } ({ $days ->
    [0] hari ini
   *[other] sisa { $days } hari
}). Rencana Anda ada di aplikasi.
rem-apply-opened-late-body = Batas waktunya adalah { $deadline } ({ $days } hari yang lalu). Belum terlambat: ajukan permohonan secepat mungkin, dengan surat singkat yang menjelaskan keterlambatan.
rem-apply-before-title = Sisa { $days } hari untuk mengajukan permohonan
rem-apply-before-body = Ajukan permohonan kartu izin tinggal baru paling lambat { $deadline } ({ $days ->
    [1] besok
   *[other] dalam { $days } hari
}). Periksa dokumen Anda di aplikasi.
rem-apply-last-day-title = Hari ini hari terakhir untuk mengajukan permohonan
rem-apply-last-day-body = Hari ini, { $deadline }, adalah hari terakhir untuk mengajukan permohonan kartu izin tinggal baru.

## Returning an old card

rem-return-opened-title = Kembalikan kartu lama Anda
rem-return-opened-body = Kembalikan kartu lama paling lambat { $deadline } ({ $days ->
    [0] hari ini
   *[other] sisa { $days } hari
}).
rem-return-opened-late-body = Kartu lama seharusnya dikembalikan paling lambat { $deadline } ({ $days } hari yang lalu). Kembalikan secepat mungkin.
rem-return-before-title = Sisa { $days } hari untuk mengembalikan kartu lama
rem-return-before-body = Kembalikan kartu lama Anda paling lambat { $deadline } ({ $days ->
    [1] besok
   *[other] dalam { $days } hari
}).
rem-return-last-day-title = Hari ini hari terakhir untuk mengembalikan kartu lama
rem-return-last-day-body = Hari ini, { $deadline }, adalah hari terakhir untuk mengembalikan kartu lama Anda.

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = Kembali ke Jepang paling lambat { $by }
rem-return-by-body = Izin masuk kembali Anda berlaku sampai dengan { $by } (sisa { $days } hari). Kembalilah ke Jepang paling lambat pada tanggal itu, atau Anda akan kehilangan status izin tinggal. Setelah itu, ajukan permohonan kartu baru dalam 14 hari.

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Android memilih menit tepatnya untuk menghemat baterai: setiap pengingat datang antara pukul { $from } dan { $to } pada harinya (lebih lambat hanya jika penghemat baterai menahannya).
reminders-test-failed = Notifikasi uji tidak dapat ditampilkan. Periksa di pengaturan perangkat Anda bahwa aplikasi ini boleh mengirim notifikasi.
