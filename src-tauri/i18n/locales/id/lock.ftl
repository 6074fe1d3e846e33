# The app lock: a PIN asked when the app starts and after time in the background.
# Indonesian has only the plural category "other": the counts need no selector.

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = Kunci aplikasi ini dengan PIN?
ui-lock-offer-lead = Sekarang aplikasi ini menyimpan nama, nomor kartu, dan alamat. Dengan PIN, orang yang memegang perangkat ini tidak dapat membacanya.
ui-lock-offer-yes = Buat PIN
ui-lock-offer-no = Nanti saja

## Setting, changing and removing the lock (settings)

ui-lock-title = Kunci aplikasi
ui-lock-lead = Aplikasi meminta PIN 4 sampai 8 angka saat dibuka dan setelah berada di latar belakang.
# Shown before a PIN is set, every time.
ui-lock-forget-warning = Jika Anda lupa PIN, hanya ada satu cara untuk masuk lagi: menghapus semua data di aplikasi ini. Kasus, data orang, dan jawaban Anda akan hilang. Salinan yang Anda simpan lewat "Data Anda" bisa dipulihkan sesudahnya.
ui-lock-pin = PIN (4 sampai 8 angka)
ui-lock-pin-repeat = PIN yang sama sekali lagi
ui-lock-after = Minta lagi setelah aplikasi berada di latar belakang selama
ui-lock-after-now = Langsung: setiap kali
ui-lock-after-minutes = { $minutes } menit
ui-lock-turn-on = Nyalakan kunci
ui-lock-is-on = Kunci menyala.
ui-lock-is-off = Kunci mati.
ui-lock-change-pin = Ganti PIN
ui-lock-turn-off = Matikan kunci
ui-lock-turn-off-lead = Masukkan PIN Anda untuk mematikan kunci.
ui-lock-saved = Tersimpan.

## The lock screen (shows nothing personal)

ui-lock-screen-title = Aplikasi ini terkunci
ui-lock-screen-lead = Masukkan PIN Anda untuk membukanya.
ui-lock-unlock = Buka kunci
ui-lock-device-unlock = Buka kunci dengan sidik jari atau wajah
ui-lock-forgot = Saya lupa PIN
ui-lock-forgot-lead = PIN tidak dapat dipulihkan: PIN tidak disimpan di mana pun, bahkan tidak oleh aplikasi ini. Satu-satunya cara untuk masuk lagi adalah menghapus semua data di aplikasi ini, beserta kuncinya. Setelah itu Anda bisa mulai lagi, atau memulihkan salinan yang Anda simpan lewat "Data Anda".
ui-lock-forgot-confirm = Hapus semua data dan kunci
ui-lock-back = Kembali
# The system's fingerprint or face prompt says this.
lock-device-reason = Buka kunci Bantuan Kartu Izin Tinggal
# Under the prompt's title (Android).
lock-device-description = Sidik jari atau wajah Anda membuka aplikasi. PIN Anda juga bisa dipakai.
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = Pakai PIN
# The prompt's cancel button (iOS).
lock-device-cancel = Batal

## Errors

err-lock-locked = Aplikasi ini terkunci. Masukkan PIN Anda untuk membukanya.
err-lock-pin-format = PIN terdiri dari 4 sampai 8 angka (0–9).
err-lock-pin-mismatch = Kedua PIN tidak sama. Ketik lagi.
err-lock-wrong-pin = PIN itu salah.
err-lock-wait-seconds = Terlalu banyak percobaan yang salah. Coba lagi dalam { $seconds } detik.
err-lock-wait-minutes = Terlalu banyak percobaan yang salah. Coba lagi dalam { $minutes } menit.
err-lock-not-set = Belum ada PIN yang dibuat.
err-lock-device-unavailable = Di perangkat ini, aplikasi tidak dapat dibuka dengan sidik jari atau wajah. Masukkan PIN Anda.
err-lock-device-failed = Sidik jari atau wajah tidak diterima. Masukkan PIN Anda, atau coba lagi.
