# Notifications. $deadline = the legal last day, $days = a number of days.
# Vietnamese has only the plural category "other"; [0] and [1] are exact numbers.

## Applying for a new card

rem-apply-opened-title = Thẻ lưu trú mới của bạn: thời hạn nộp đơn
rem-apply-opened-body = Hãy nộp đơn chậm nhất vào { $deadline } ({ $days ->
    [0] hôm nay
   *[other] còn { $days } ngày
}). Kế hoạch của bạn có trong ứng dụng.
rem-apply-opened-late-body = Thời hạn nộp đơn là { $deadline } (đã qua { $days } ngày). Vẫn chưa quá muộn: hãy nộp đơn sớm nhất có thể, kèm một lá thư ngắn giải thích lý do nộp muộn.
rem-apply-before-title = Còn { $days } ngày để nộp đơn
rem-apply-before-body = Hãy nộp đơn xin thẻ lưu trú mới chậm nhất vào { $deadline } ({ $days ->
    [1] ngày mai
   *[other] còn { $days } ngày nữa
}). Hãy kiểm tra giấy tờ của bạn trong ứng dụng.
rem-apply-last-day-title = Hôm nay là ngày cuối cùng để nộp đơn
rem-apply-last-day-body = Hôm nay, { $deadline }, là ngày cuối cùng để nộp đơn xin thẻ lưu trú mới.

## Returning an old card

rem-return-opened-title = Hãy trả lại thẻ cũ của bạn
rem-return-opened-body = Hãy trả lại thẻ cũ chậm nhất vào { $deadline } ({ $days ->
    [0] hôm nay
   *[other] còn { $days } ngày
}).
rem-return-opened-late-body = Thẻ cũ lẽ ra cần được trả lại chậm nhất vào { $deadline } (đã qua { $days } ngày). Hãy trả lại sớm nhất có thể.
rem-return-before-title = Còn { $days } ngày để trả lại thẻ cũ
rem-return-before-body = Hãy trả lại thẻ cũ chậm nhất vào { $deadline } ({ $days ->
    [1] ngày mai
   *[other] còn { $days } ngày nữa
}).
rem-return-last-day-title = Hôm nay là ngày cuối cùng để trả lại thẻ cũ
rem-return-last-day-body = Hôm nay, { $deadline }, là ngày cuối cùng để trả lại thẻ cũ của bạn.

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = Trở lại Nhật Bản chậm nhất vào { $by }
rem-return-by-body = Ngày cuối cùng của phép tái nhập cảnh của bạn là { $by } (còn { $days } ngày). Hãy trở lại Nhật Bản chậm nhất vào ngày đó, nếu không bạn sẽ mất tư cách lưu trú. Sau đó, hãy nộp đơn xin thẻ mới trong vòng 14 ngày.

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Android tự chọn phút chính xác để tiết kiệm pin: mỗi lời nhắc sẽ đến trong khoảng từ { $from } đến { $to } của ngày đó (chỉ muộn hơn khi chế độ tiết kiệm pin giữ nó lại).
reminders-test-failed = Không thể hiện thông báo thử. Hãy kiểm tra trong cài đặt của thiết bị xem ứng dụng này có được phép gửi thông báo không.
