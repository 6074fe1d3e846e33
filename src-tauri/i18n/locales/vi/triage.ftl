# The triage questions and the police-box phrases.

triage-incident-title = Chuyện gì đã xảy ra với thẻ của bạn?
triage-incident-help = Hãy chọn câu trả lời gần đúng nhất. Bạn có thể quay lại và thay đổi.
triage-incident-lost = Tôi làm mất thẻ ở bên ngoài, hoặc không biết mất ở đâu
triage-incident-lost-at-home = Thẻ bị thất lạc đâu đó trong nhà
triage-incident-stolen = Thẻ bị trộm
triage-incident-destroyed = Thẻ bị tiêu hủy do thiên tai hoặc hỏa hoạn (bị cháy)
triage-incident-destroyed-by-accident = Thẻ bị tiêu hủy do tai nạn (bị giặt, bị gãy): thẻ đã mất hẳn hoặc chỉ còn các mảnh. Nếu bạn vẫn còn thẻ, hãy chọn “bị hư hỏng”
triage-incident-damaged = Thẻ bị hư hỏng hoặc bị bẩn, hoặc chip không hoạt động
triage-incident-exchange = Tôi muốn đổi thẻ (theo nguyện vọng cá nhân)
triage-incident-found-again = Tôi đã tìm lại được thẻ (tôi chưa có thẻ mới)
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
triage-found-again-help = Thẻ của bạn vẫn còn hiệu lực. Chúng tôi sẽ cho bạn biết một hai việc còn lại cần làm.

triage-birth-date-title = Người giữ thẻ sinh ngày nào?
triage-birth-date-help = Trẻ em dưới 16 tuổi không cần ảnh, và một người thân trong gia đình sẽ nộp đơn thay cho trẻ.

triage-passport-title = Bạn có thể xuất trình hộ chiếu tại cơ quan không?
triage-passport-help = Nếu không, bạn viết một lá thư ngắn nêu lý do (理由書) và mang theo một giấy tờ tùy thân khác.
triage-passport-yes = Có
triage-passport-gone-too = Không, hộ chiếu đã bị mất hoặc bị trộm cùng với thẻ
triage-passport-no = Không, vì lý do khác (ví dụ hộ chiếu đang ở đại sứ quán nước tôi)

police-phrase-lost = Tôi đã làm mất thẻ lưu trú. Tôi muốn nộp đơn trình báo mất đồ.
police-phrase-stolen = Thẻ lưu trú của tôi đã bị trộm. Tôi muốn nộp đơn trình báo bị trộm.
police-phrase-number = Tôi cần số tiếp nhận để nộp đơn xin cấp lại thẻ tại cơ quan xuất nhập cảnh. Xin vui lòng cho tôi biết số đó.
police-phrase-slowly = Tôi không nói được nhiều tiếng Nhật. Xin vui lòng nói chậm.

triage-whereabouts-title = Khi phát hiện, bạn đang ở đâu, và bây giờ bạn đang ở đâu?
triage-whereabouts-help = 14 ngày bắt đầu vào một ngày bạn đang ở Nhật Bản. Rời Nhật Bản mà không có thẻ lưu trú có thể làm chấm dứt tư cách lưu trú của bạn, vì vậy hãy cho chúng tôi biết nếu bạn định đi nước ngoài.
triage-whereabouts-in-japan = Lúc đó tôi ở Nhật Bản, và tôi vẫn ở lại Nhật Bản
triage-whereabouts-leaving-soon = Lúc đó tôi ở Nhật Bản, nhưng tôi định rời Nhật Bản trong vài tuần tới
triage-whereabouts-back-in-japan = Tôi phát hiện khi ở nước ngoài, và bây giờ đã trở lại Nhật Bản
triage-whereabouts-return-date = Ngày bạn trở lại Nhật Bản
triage-whereabouts-abroad-now = Tôi phát hiện khi ở nước ngoài, và tôi vẫn đang ở nước ngoài

triage-applicant-title = Ai sẽ đến cơ quan xuất nhập cảnh?
triage-applicant-help = Thông thường bạn tự đi. Người nhà sống cùng bạn có thể đi thay nếu bạn bị ốm, hoặc nếu bạn nhờ họ.
triage-applicant-holder = Tôi sẽ tự đi
triage-applicant-relative-ill = Người nhà sống cùng tôi (tôi bị ốm hoặc đang nằm viện)
triage-applicant-relative-request = Người nhà sống cùng tôi, vì tôi nhờ họ đi
triage-applicant-agent = Luật sư, 行政書士 hoặc một người nộp hồ sơ thay đã đăng ký khác (申請取次者)
triage-applicant-ill-other = Tôi bị ốm hoặc đang nằm viện, và không có người nhà nào sống cùng tôi: một người khác (cơ quan phải đồng ý)
triage-applicant-ill-no-one = Tôi bị ốm hoặc đang nằm viện, và hiện chưa có ai có thể đi thay tôi
triage-applicant-child-title = Ai sẽ đến cơ quan thay cho trẻ?
triage-applicant-child-help = Trẻ dưới 16 tuổi không tự mình nộp đơn. Một người nhà từ 16 tuổi trở lên sống cùng trẻ phải nộp đơn thay cho trẻ.
triage-applicant-child-relative = Một người nhà từ 16 tuổi trở lên sống cùng trẻ
triage-applicant-child-other = Một người khác: cha mẹ hoặc người giám hộ hợp pháp sống ở nơi khác, một người nhà khác, hoặc một người sống cùng trẻ (cơ quan phải đồng ý)
triage-applicant-child-no-one = Hiện chưa có ai trong số những người này
