# The app's screens. Messages without variables are sent to the UI as they are.
# Vietnamese has only the plural category "other": the day counts need no selector.

ui-app-title = Trợ giúp Thẻ lưu trú
ui-skip = Đến nội dung chính
ui-language = Ngôn ngữ
ui-back = Quay lại
ui-next = Tiếp theo
ui-home = Trang chủ
ui-loading = Đang tải…
ui-home-title = Bạn bị mất thẻ lưu trú?
ui-home-lead = Đừng lo. Bạn có 14 ngày để xin cấp thẻ mới, và ứng dụng này sẽ hướng dẫn bạn từng bước. Câu trả lời của bạn chỉ được lưu trên thiết bị này.
ui-start-case = Bắt đầu (chỉ 1 phút)
ui-my-cases = Hồ sơ của bạn
ui-open-case = Mở
ui-today-title = Hôm nay tại Nhật Bản
ui-if-lost-title = Nếu hôm nay bạn mất thẻ
ui-if-lost-lead = bạn cần xin cấp thẻ mới chậm nhất vào

ui-triage-progress = Câu { $number }/{ $total }
ui-triage-date-label = Ngày
ui-triage-see-plan = Xem kế hoạch

ui-case-title-lost = Mất thẻ lưu trú
ui-case-title-stolen = Thẻ lưu trú bị trộm
ui-case-title-destroyed = Thẻ bị tiêu hủy do thiên tai hoặc hỏa hoạn
ui-case-title-destroyed-by-accident = Thẻ bị tiêu hủy do tai nạn
ui-case-title-found-again = Thẻ của bạn đã được tìm thấy lại
ui-case-title-damaged = Thẻ bị hư hỏng
ui-case-title-exchange = Đổi thẻ
ui-case-title-old-card = Trả lại thẻ cũ

ui-deadline-title = Hạn nộp đơn
ui-legal-last-day = Ngày cuối cùng theo luật định
ui-recommended-day = Hãy đi chậm nhất vào
ui-days-left = Còn { $days } ngày
ui-due-today = Hôm nay là ngày cuối cùng
ui-days-late = Đã quá hạn { $days } ngày
ui-done-on = Đã nộp vào { $on }
ui-next-step = Bước tiếp theo
ui-plan-title = Kế hoạch của bạn
ui-checklist-title = Cần mang theo
ui-only-if-asked = chỉ khi cơ quan yêu cầu
ui-fee-title = Lệ phí
ui-penalty-title = Nếu không nộp đơn
ui-penalty-show = Nếu tôi không kịp thời hạn thì sao?
ui-notes-title = Nên biết
ui-source = Nguồn
ui-as-of = tính đến
ui-confidence-law = văn bản luật hoặc trang chính thức
ui-confidence-secondary = trang chính thức do luật sư và trường đại học trích dẫn
ui-confidence-unconfirmed = chưa được xác nhận

ui-police-card-button = Hiện thẻ cho cảnh sát
ui-police-title = Gửi cảnh sát
ui-police-lead = Hãy cho cảnh sát xem màn hình này.

ui-report-title = Trình báo cảnh sát
ui-report-lead = Hãy ghi lại thông tin cảnh sát đã cho bạn. Số tiếp nhận sẽ được ghi vào giấy tờ của bạn.
ui-report-kind = Loại trình báo
ui-report-kind-loss = Trình báo mất đồ (遺失届)
ui-report-kind-theft = Trình báo bị trộm (盗難届)
ui-report-kind-disaster = Giấy chứng nhận bị thiệt hại (罹災証明書)
ui-report-kind-abroad = Trình báo với cảnh sát ở nước ngoài
ui-report-where = Bạn đã trình báo ở đâu?
ui-report-country = Quốc gia
ui-report-police-abroad = Cảnh sát (đồn hoặc cơ quan, như ghi trên giấy)
ui-report-number-abroad = Số trình báo, nếu trên giấy có
ui-report-not-reported = Tôi đã không trình báo cảnh sát, và sẽ không trình báo
ui-report-not-reported-help = Được phép với thẻ bị mất trong nhà, hoặc thẻ bị mất ở nước ngoài mà không trình báo ở đó. Bản tường trình sẽ ghi rằng không có trình báo nào và lý do; hãy giải thích thêm tại quầy tiếp nhận.
ui-report-station = Đồn hoặc chốt cảnh sát
ui-report-date = Ngày trình báo
ui-report-number = Số tiếp nhận (受理番号)
ui-report-not-accepted = Cảnh sát không tiếp nhận trình báo của tôi
ui-report-not-accepted-help = Hãy đánh dấu ô này nếu cảnh sát không nhận trình báo (ví dụ với thẻ bị mất trong nhà). Hãy ghi nơi và thời gian bạn đã hỏi; bản tường trình sẽ ghi rõ việc này.
ui-report-save = Lưu trình báo
ui-saved = Đã lưu.

ui-applied-button = Tôi đã nộp đơn
ui-found-button = Tôi đã tìm thấy thẻ
ui-found-undo = Thật ra chưa tìm thấy? Hoàn tác
ui-reentry-title = Đã trở lại Nhật Bản?
ui-reentry-offer = Bạn phát hiện mất thẻ khi đang ở nước ngoài?
ui-reentry-lead = Hãy nhập ngày bạn trở lại: 14 ngày của bạn được tính từ ngày hôm sau của ngày đó.
ui-reentry-date = Ngày bạn trở lại Nhật Bản
ui-reentry-save = Lưu ngày
ui-return-by-title = Ngày cuối cùng phải có mặt lại ở Nhật Bản
ui-return-by-lead = Nếu bạn biết, hãy nhập ngày cuối cùng của phép tái nhập cảnh: với phép tái nhập cảnh đặc biệt (みなし再入国), là một năm sau ngày bạn rời Nhật Bản, hoặc ngày hết thời hạn lưu trú nếu ngày đó đến sớm hơn (người thường trú đặc biệt: hai năm sau ngày họ rời Nhật Bản); với giấy phép tái nhập cảnh (再入国許可), là ngày ghi trong hộ chiếu. Chúng tôi sẽ nhắc bạn trước 30 ngày, 7 ngày và 1 ngày.
ui-return-by-date = Ngày cuối cùng của phép tái nhập cảnh của tôi
ui-return-by-save = Lưu
ui-leaving-title = Sắp ra nước ngoài?
ui-leaving-lead = Rời Nhật Bản trước khi có thẻ mới có thể làm chấm dứt tư cách lưu trú của bạn. Hãy cho chúng tôi biết nếu bạn định đi: khi đó kế hoạch sẽ đưa cảnh báo lên đầu tiên.
ui-leaving-set = Tôi định sớm rời Nhật Bản
ui-leaving-unset = Tôi không còn định sớm rời Nhật Bản nữa
ui-delete-case = Xóa hồ sơ này
ui-delete-confirm = Xóa hồ sơ này và toàn bộ nội dung bên trong? Bạn sẽ không thể hoàn tác.

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = Mở
ui-file-share = Chia sẻ hoặc in
ui-open-done = Tệp đã được mở trong một ứng dụng khác.
ui-share-done = Đã chia sẻ.
ui-share-cancelled = Chưa chia sẻ: bảng chia sẻ đã bị đóng.
ui-share-shown = Bảng chia sẻ đang mở: hãy chọn nơi gửi tệp, hoặc in tệp.
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = Tải xuống › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = Tệp › Trên iPhone › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = 14 ngày sau { $from } (không tính chính ngày đó); ngày cuối cùng là { $last }.
ui-cal-month = { $month } năm { $year }
ui-cal-day-n = ngày thứ { $n } trong 14 ngày
ui-cal-closed-weekend = cuối tuần: cơ quan nhà nước đóng cửa
ui-cal-closed-holiday = ngày lễ { $name }: cơ quan nhà nước đóng cửa
ui-cal-closed-year-end = nghỉ cuối năm và đầu năm mới (29/12 – 3/1): cơ quan nhà nước đóng cửa
ui-cal-legend-count-start = ngày bắt đầu tính (không tính ngày này)
ui-cal-legend-in-window = một trong 14 ngày
ui-cal-legend-closed = cơ quan nhà nước đóng cửa
ui-cal-legend-today = hôm nay
ui-cal-legend-recommended = hãy đi chậm nhất vào ngày này
ui-cal-legend-last-day = ngày cuối cùng theo luật định
ui-cal-closed-title = Ngày nghỉ
ui-open-days-left = { $count ->
    [0] Cơ quan xuất nhập cảnh không mở cửa vào ngày nào trong những ngày còn lại.
   *[other] Trong những ngày còn lại, cơ quan xuất nhập cảnh mở cửa { $count } ngày (kể cả hôm nay).
}
