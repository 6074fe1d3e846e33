# The plan for a case: steps, documents, fee, penalty and notes. See en/plan.ftl for notes.

## Steps

plan-step-suspend-my-number = Hãy gọi ngay cho đường dây nóng My Number để tạm dừng các chức năng My Number trên thẻ của bạn: { $hotline } (24 giờ, tất cả các ngày), hoặc { $hotline_foreign } để được hỗ trợ bằng ngoại ngữ.
plan-step-police-lost = Trình báo việc mất thẻ tại bất kỳ chốt cảnh sát (交番) hoặc đồn cảnh sát nào: nộp đơn trình báo mất đồ (遺失届). Hãy ghi lại số tiếp nhận (受理番号) mà cảnh sát cho bạn.
plan-step-police-stolen = Trình báo việc bị trộm tại bất kỳ chốt cảnh sát (交番) hoặc đồn cảnh sát nào: nộp đơn trình báo bị trộm (盗難届). Hãy ghi lại số tiếp nhận (受理番号) mà cảnh sát cho bạn.
plan-step-disaster-certificate = Xin giấy chứng nhận bị thiệt hại do thiên tai, hỏa hoạn (罹災証明書) tại sở phòng cháy chữa cháy hoặc văn phòng thành phố nơi bạn sống. Việc này không cần đến cảnh sát.
plan-step-apply-immigration = { $applicant ->
    [representative] Một người thân từ 16 tuổi trở lên đang sống cùng trẻ sẽ nộp đơn thay cho trẻ (với tư cách người đại diện – 代理人) tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú.
   *[holder] Hãy trực tiếp đến Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú để xin cấp thẻ mới.
} Thẻ mới thường được cấp ngay trong ngày.
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] Một người thân từ 16 tuổi trở lên đang sống cùng trẻ sẽ nộp đơn thay cho trẻ (với tư cách người đại diện – 代理人) tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú, kèm theo thẻ bị hư hỏng.
   *[holder] Hãy nộp đơn xin cấp thẻ mới tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú, kèm theo thẻ bị hư hỏng.
} Hãy dùng mẫu đơn dành cho thẻ bị hư hỏng hoặc bị bẩn.
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] Một người thân từ 16 tuổi trở lên đang sống cùng trẻ sẽ nộp đơn xin đổi thẻ thay cho trẻ (với tư cách người đại diện – 代理人) tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú.
   *[holder] Hãy nộp đơn xin đổi thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú.
} Hãy mang theo thẻ hiện tại.
plan-step-apply-city-office = { $applicant ->
    [representative] Một người thân từ 16 tuổi trở lên đang sống cùng trẻ sẽ nộp đơn thay cho trẻ (với tư cách người đại diện – 代理人) tại văn phòng thành phố hoặc quận (市区役所) nơi bạn sống.
   *[holder] Hãy nộp đơn tại văn phòng thành phố hoặc quận (市区役所) nơi bạn sống (không phải Cục Quản lý Xuất nhập cảnh).
}
plan-step-return-old-card = Trả lại thẻ cũ: tại bất kỳ cơ quan xuất nhập cảnh nào, hoặc gửi qua bưu điện đến { $office }, { $postcode } { $address }. Ghi “{ $envelope }” lên phong bì.
plan-step-return-old-card-city-office = Trả lại giấy chứng nhận cũ. Hãy hỏi văn phòng thành phố hoặc quận nơi bạn sống về cách trả lại.

## Documents

plan-doc-application-form = Đơn xin cấp lại thẻ lưu trú (在留カード再交付申請書, khổ A4). Ứng dụng có thể điền giúp bạn; các cơ quan cũng có sẵn mẫu đơn giấy.
plan-doc-application-form-damaged = Đơn xin cấp thẻ mới khi thẻ bị hư hỏng hoặc bị bẩn (khổ A4). Các cơ quan có sẵn mẫu đơn giấy.
plan-doc-photo = Một ảnh, cao { $height_mm } mm × rộng { $width_mm } mm, chụp trong vòng { $months } tháng gần đây: chỉ một mình bạn, nhìn thẳng, không đội mũ, phông nền trơn, không có bóng. Ghi tên của bạn ở mặt sau ảnh.
plan-doc-loss-statement = Bản tường trình về việc bị mất hoặc bị trộm (紛失・盗難に係る陳述書), có ghi số tiếp nhận của cảnh sát. Ứng dụng có thể điền giúp bạn.
plan-doc-police-certificate = Giấy xác nhận đã trình báo của cảnh sát (遺失届出証明書 hoặc 盗難届出証明書): chỉ khi cơ quan yêu cầu.
plan-doc-disaster-certificate = Giấy chứng nhận bị thiệt hại (罹災証明書).
plan-doc-passport = Hộ chiếu của bạn (hoặc 在留資格証明書 – giấy chứng nhận tư cách lưu trú), để xuất trình.
plan-doc-passport-reason-letter = Một lá thư ngắn giải thích lý do bạn không thể xuất trình hộ chiếu (理由書), và một giấy tờ tùy thân khác.
plan-doc-activity-permit = Giấy phép hoạt động ngoài tư cách lưu trú (資格外活動許可書) của bạn, để xuất trình.
plan-doc-late-reason-letter = Một lá thư ngắn giải thích lý do bạn nộp đơn sau thời hạn (理由書, viết theo hình thức tự do).
plan-doc-damaged-card = Chính chiếc thẻ đó.
plan-doc-old-card = Thẻ cũ mà bạn đã tìm thấy.
plan-doc-representative-id = Giấy tờ tùy thân của người thân nộp đơn thay cho trẻ, và giấy tờ chứng minh quan hệ gia đình và việc sống cùng nhau.

## Fee

plan-fee-free = Không mất phí: cấp thẻ mới sau khi bị mất, bị trộm, bị tiêu hủy hoặc bị hư hỏng đều miễn phí.
plan-fee-exchange = Lệ phí đổi thẻ theo nguyện vọng cá nhân là ¥{ $yen }.
plan-fee-warning = Nếu có ai đòi tiền để “lo thủ tục” cấp thẻ mới sau khi mất thẻ, hãy cẩn thận: đó là dấu hiệu đáng ngờ.

## Penalty, stated calmly

plan-penalty = Làm mất thẻ không phải là hành vi vi phạm pháp luật. Luật yêu cầu bạn nộp đơn trong thời hạn; nếu không nộp đúng hạn, bạn có thể bị phạt tù tối đa { $years } năm hoặc phạt tiền tối đa ¥{ $yen }. Điều quan trọng là hãy nộp đơn, dù có muộn.
plan-penalty-child = Làm mất thẻ không phải là hành vi vi phạm pháp luật. Với trẻ dưới 16 tuổi, người thân có trách nhiệm nộp đơn thay cho trẻ mà không nộp có thể bị phạt tiền tối đa ¥{ $yen } (phạt hành chính, không phải hình sự – 過料). Điều quan trọng là hãy nộp đơn, dù có muộn.

## Notes

plan-note-damaged-no-deadline = Thẻ bị hư hỏng không có thời hạn nộp đơn: hãy nộp khi bạn có thể. Nếu cơ quan xuất nhập cảnh yêu cầu bạn nộp đơn, khi đó bạn có { $days } ngày.
plan-note-exchange-no-deadline = Việc đổi thẻ không có thời hạn.
plan-note-counter-hours = Quầy tiếp nhận của cơ quan xuất nhập cảnh thường mở vào các ngày trong tuần, 9:00–12:00 và 13:00–16:00. Hãy kiểm tra giờ làm việc của nơi bạn sẽ đến trước khi đi.
plan-note-city-office-two-weeks = Giấy chứng nhận mới không được cấp ngay trong ngày: thường mất khoảng hai tuần.
plan-note-city-office-documents = Hãy hỏi văn phòng thành phố hoặc quận nơi bạn sống xem cần những giấy tờ nào; danh sách này dựa theo quy định về thẻ lưu trú.
plan-note-specified-card-unconfirmed = Cách cấp lại thẻ lưu trú tích hợp thẻ My Number (特定在留カード) khi bị mất hiện chưa được xác nhận. Hãy hỏi cơ quan xuất nhập cảnh hoặc văn phòng thành phố nơi bạn sống.
plan-note-birth-date-unknown = Chúng tôi giả định người giữ thẻ từ 16 tuổi trở lên. Nếu người đó dưới 16 tuổi, hãy nhập ngày sinh: khi đó một người thân sẽ nộp đơn thay và không cần ảnh.
plan-note-turns-16 = Trẻ sẽ tròn 16 tuổi vào { $birthday }. Từ ngày đó, trẻ phải tự mình nộp đơn và cần có ảnh.
plan-note-old-card-if-found = Nếu bạn tìm thấy thẻ cũ sau khi đã nhận thẻ mới, thẻ cũ không còn hiệu lực: hãy trả lại trong vòng { $days } ngày kể từ ngày tìm thấy.
