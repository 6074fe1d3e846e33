# Errors of the app's commands.

err-app-not-found = { $what ->
    [case] Hồ sơ này không còn nữa.
   *[other] Mục này không còn nữa.
} Vui lòng quay lại và thử lại.
err-app-device = Đã có lỗi xảy ra trên thiết bị này. Chưa có gì bị thay đổi.
err-app-bad-input = Ứng dụng nhận được dữ liệu không thể sử dụng. Chưa có gì bị thay đổi.
err-app-unknown-language = Ngôn ngữ này hiện chưa có.
err-app-triage-incomplete = Vui lòng trả lời tất cả các câu hỏi trước.
err-app-station-empty = Vui lòng ghi nơi bạn đã trình báo.
err-app-country-empty = Vui lòng ghi quốc gia nơi bạn đã trình báo.
err-app-report-date-empty = Vui lòng nhập ngày trình báo.
err-app-report-kind-not-this-case = Loại trình báo này không phù hợp với trường hợp này. Vui lòng chọn lại.
err-app-report-needed = Trong trường hợp này, trước tiên hãy trình báo việc mất hoặc bị trộm với cảnh sát: bản tường trình cần có trình báo đó.
err-app-place-too-long = Tên địa điểm quá dài (tối đa { $max } ký tự, trên một dòng).
err-app-reentry-not-this-case = Ngày trở lại Nhật Bản chỉ được tính đối với thẻ bị mất, bị trộm hoặc bị tiêu hủy.
err-app-found-not-this-case = Chỉ thẻ bị mất hoặc bị trộm mà chưa được cấp thẻ thay thế mới có thể được đánh dấu là đã tìm thấy.
