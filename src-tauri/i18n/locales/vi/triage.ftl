# The triage questions and the police-box phrases.

triage-incident-title = Chuyện gì đã xảy ra với thẻ của bạn?
triage-incident-help = Hãy chọn câu trả lời gần đúng nhất. Bạn có thể quay lại và thay đổi.
triage-incident-lost = Tôi làm mất thẻ, hoặc không tìm thấy thẻ
triage-incident-stolen = Thẻ bị trộm
triage-incident-destroyed = Thẻ bị tiêu hủy (thiên tai, hỏa hoạn, tai nạn)
triage-incident-damaged = Thẻ bị hư hỏng hoặc bị bẩn, hoặc chip không hoạt động
triage-incident-exchange = Tôi muốn đổi thẻ (theo nguyện vọng cá nhân)
triage-incident-old-card-found = Tôi tìm thấy thẻ cũ sau khi đã nhận thẻ mới

triage-card-title = Đó là loại thẻ nào?
triage-card-help = Hầu hết mọi người có thẻ lưu trú (在留カード).
triage-card-residence-card = Thẻ lưu trú (在留カード)
triage-card-special-permanent = Giấy chứng nhận thường trú đặc biệt (特別永住者証明書)
triage-card-specified = Thẻ lưu trú tích hợp My Number (特定在留カード)

triage-learned-on-title = Bạn phát hiện mất thẻ vào ngày nào?
triage-learned-on-help = 14 ngày được tính bắt đầu từ ngày hôm sau của ngày này.
triage-found-on-title = Bạn tìm thấy thẻ cũ vào ngày nào?
triage-found-on-help = Bạn phải trả lại thẻ trong vòng 14 ngày kể từ ngày tìm thấy.

triage-abroad-title = Khi phát hiện, bạn có đang ở ngoài Nhật Bản không?
triage-abroad-help = Nếu có, 14 ngày được tính từ khi bạn trở lại Nhật Bản.
triage-abroad-no = Không, tôi đang ở Nhật Bản
triage-abroad-yes = Có, tôi đang ở nước ngoài

triage-birth-date-title = Người giữ thẻ sinh ngày nào?
triage-birth-date-help = Trẻ em dưới 16 tuổi không cần ảnh, và một người thân trong gia đình sẽ nộp đơn thay cho trẻ.

triage-passport-title = Bạn có thể xuất trình hộ chiếu tại cơ quan không?
triage-passport-help = Nếu không, bạn viết một lá thư ngắn nêu lý do (理由書) và mang theo một giấy tờ tùy thân khác.
triage-passport-yes = Có
triage-passport-no = Không, tôi không thể

police-phrase-lost = Tôi đã làm mất thẻ lưu trú. Tôi muốn nộp đơn trình báo mất đồ.
police-phrase-stolen = Thẻ lưu trú của tôi đã bị trộm. Tôi muốn nộp đơn trình báo bị trộm.
police-phrase-number = Tôi cần số tiếp nhận để nộp đơn xin cấp lại thẻ tại cơ quan xuất nhập cảnh. Xin vui lòng cho tôi biết số đó.
police-phrase-slowly = Tôi không nói được nhiều tiếng Nhật. Xin vui lòng nói chậm.
