# Màn hình nhắc nhở (cài đặt), quyền thông báo, thông báo thử, xuất lịch (.ics). $path = nơi đã lưu.

ui-settings-button = Nhắc nhở và lịch
ui-settings-title = Nhắc nhở
ui-settings-lead = Nhắc nhở hiện trên thiết bị này trước hạn chót của bạn. Không có gì được gửi đi đâu cả.
ui-reminders-on = Nhắc tôi trước hạn chót
ui-reminder-hour = Giờ trong ngày (giờ Nhật Bản)
ui-settings-saved = Đã lưu.
ui-test-notification = Gửi thông báo thử
ui-test-notification-sent = Đã gửi thông báo thử. Nếu bạn không thấy, hãy kiểm tra cài đặt thông báo của thiết bị.
ui-pending-title = Nhắc nhở sắp tới
ui-pending-none = Không có nhắc nhở nào đang chờ.
ui-calendar-export = Lưu các ngày thành tệp lịch (.ics)
ui-calendar-done = Đã lưu tệp lịch vào: { $path }
ui-permission-reason = Để nhắc bạn trước hạn chót, ứng dụng cần quyền hiển thị thông báo.
ui-permission-allow = Cho phép nhắc nhở
ui-permission-later = Để sau
ui-permission-denied = Thông báo của ứng dụng này đang tắt nên nhắc nhở không thể hiện ra. Mọi chức năng khác vẫn hoạt động. Bạn có thể bật thông báo trong cài đặt thiết bị.

test-notification-title = Nhắc nhở thử
test-notification-body = Nhắc nhở hoạt động tốt. Bạn sẽ nhận được nhắc nhở trước hạn chót.

cal-name = Hạn chót thẻ lưu trú
cal-apply-deadline-title = Ngày cuối cùng nộp đơn xin thẻ lưu trú mới (在留カード)
cal-return-deadline-title = Ngày cuối cùng trả lại thẻ cũ
cal-deadline-body = Luật cho phép đến hết ngày này. Kế hoạch và giấy tờ của bạn có trong ứng dụng.
cal-return-by-title = Ngày cuối cùng của phép tái nhập cảnh: hãy có mặt lại ở Nhật Bản
cal-return-by-body = Hãy trở lại Nhật Bản chậm nhất vào ngày này, nếu không bạn sẽ mất tư cách lưu trú. Sau đó, hãy nộp đơn xin thẻ lưu trú mới trong vòng 14 ngày.

err-app-reminder-hour = Hãy chọn giờ từ 6:00 đến 21:00. Chưa có gì thay đổi.
