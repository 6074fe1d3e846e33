# The app lock: a PIN asked when the app starts and after time in the background.
# Vietnamese has only the plural category "other": the counts need no selector.

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = Khóa ứng dụng này bằng mã PIN?
ui-lock-offer-lead = Giờ đây ứng dụng này lưu họ tên, số thẻ và địa chỉ. Khi có mã PIN, người khác dù cầm được thiết bị này cũng không đọc được những thông tin đó.
ui-lock-offer-yes = Đặt mã PIN
ui-lock-offer-no = Để sau

## Setting, changing and removing the lock (settings)

ui-lock-title = Khóa ứng dụng
ui-lock-lead = Ứng dụng sẽ hỏi mã PIN gồm 4 đến 8 chữ số khi khởi động và sau khi đã chạy nền.
# Shown before a PIN is set, every time.
ui-lock-forget-warning = Nếu quên mã PIN, chỉ có một cách để vào lại: xóa toàn bộ dữ liệu trong ứng dụng này. Hồ sơ, thông tin người và câu trả lời của bạn sẽ mất hết. Sau đó, bạn có thể khôi phục bản sao đã lưu bằng "Dữ liệu của bạn".
ui-lock-pin = Mã PIN (4 đến 8 chữ số)
ui-lock-pin-repeat = Nhập lại mã PIN đó
ui-lock-after = Hỏi lại khi ứng dụng đã chạy nền trong
ui-lock-after-now = Ngay lập tức: lần nào cũng hỏi
ui-lock-after-minutes = { $minutes } phút
ui-lock-turn-on = Bật khóa
ui-lock-is-on = Khóa đang bật.
ui-lock-is-off = Khóa đang tắt.
ui-lock-change-pin = Đổi mã PIN
ui-lock-turn-off = Tắt khóa
ui-lock-turn-off-lead = Nhập mã PIN để tắt khóa.
ui-lock-saved = Đã lưu.

## The lock screen (shows nothing personal)

ui-lock-screen-title = Ứng dụng này đang bị khóa
ui-lock-screen-lead = Nhập mã PIN để mở.
ui-lock-unlock = Mở khóa
ui-lock-device-unlock = Mở khóa bằng vân tay hoặc khuôn mặt
ui-lock-forgot = Tôi quên mã PIN
ui-lock-forgot-lead = Không thể lấy lại mã PIN: mã này không được lưu ở đâu cả, kể cả trong ứng dụng này. Cách duy nhất để vào lại là xóa toàn bộ dữ liệu trong ứng dụng này, cùng với khóa. Sau đó, bạn có thể bắt đầu lại, hoặc khôi phục bản sao đã lưu bằng "Dữ liệu của bạn".
ui-lock-forgot-confirm = Xóa toàn bộ dữ liệu và khóa
ui-lock-back = Quay lại
# The system's fingerprint or face prompt says this.
lock-device-reason = Mở khóa Trợ giúp Thẻ lưu trú
# Under the prompt's title (Android).
lock-device-description = Vân tay hoặc khuôn mặt của bạn sẽ mở ứng dụng. Mã PIN cũng dùng được.
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = Dùng mã PIN
# The prompt's cancel button (iOS).
lock-device-cancel = Hủy

## Errors

err-lock-locked = Ứng dụng này đang bị khóa. Nhập mã PIN để mở.
err-lock-pin-format = Mã PIN gồm 4 đến 8 chữ số (0–9).
err-lock-pin-mismatch = Hai mã PIN không giống nhau. Hãy nhập lại.
err-lock-wrong-pin = Mã PIN không đúng.
err-lock-wait-seconds = Sai quá nhiều lần. Hãy thử lại sau { $seconds } giây.
err-lock-wait-minutes = Sai quá nhiều lần. Hãy thử lại sau { $minutes } phút.
err-lock-not-set = Chưa đặt mã PIN.
err-lock-device-unavailable = Trên thiết bị này, không thể mở khóa ứng dụng bằng vân tay hoặc khuôn mặt. Hãy nhập mã PIN.
err-lock-device-failed = Vân tay hoặc khuôn mặt không được chấp nhận. Hãy nhập mã PIN, hoặc thử lại.
