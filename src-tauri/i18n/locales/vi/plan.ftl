# The plan for a case: steps, documents, fee, penalty and notes. See en/plan.ftl for notes.

## Steps

plan-step-suspend-my-number = Hãy gọi ngay cho đường dây nóng My Number để tạm dừng các chức năng My Number trên thẻ của bạn: { $hotline } (24 giờ, tất cả các ngày), hoặc { $hotline_foreign } để được hỗ trợ bằng ngoại ngữ.
plan-step-suspend-my-number-abroad = Hãy tạm dừng các chức năng My Number trên thẻ của bạn sớm nhất có thể. Các số đường dây nóng { $hotline } và { $hotline_foreign } (ngoại ngữ) thường không gọi được từ nước ngoài. Một Đại sứ quán Nhật Bản đưa ra số { $hotline_abroad } (24 giờ, tiếng Nhật) cho thẻ My Number bị mất ở nước ngoài; thông tin này được nêu cho thẻ của công dân Nhật Bản, và chúng tôi chưa thể xác nhận rằng số này cũng hỗ trợ thẻ của bạn. Nếu không, hãy gọi { $hotline_foreign } ngay khi bạn trở lại Nhật Bản.
plan-step-police-lost = Trình báo việc mất thẻ tại bất kỳ chốt cảnh sát (交番) hoặc đồn cảnh sát nào: nộp đơn trình báo mất đồ (遺失届). Hãy ghi lại số tiếp nhận (受理番号) mà cảnh sát cho bạn.
plan-step-police-stolen = Trình báo việc bị trộm tại bất kỳ chốt cảnh sát (交番) hoặc đồn cảnh sát nào: nộp đơn trình báo bị trộm (盗難届). Hãy ghi lại số tiếp nhận (受理番号) mà cảnh sát cho bạn.
plan-step-disaster-certificate = Xin giấy chứng nhận bị thiệt hại do thiên tai, hỏa hoạn (罹災証明書) tại sở phòng cháy chữa cháy hoặc văn phòng thành phố nơi bạn sống. Việc này không cần đến cảnh sát.
plan-step-police-lost-at-home = Bạn có thể đến chốt cảnh sát (交番) hoặc đồn cảnh sát để xin nộp đơn trình báo mất đồ (遺失届); với thẻ bị mất trong nhà, cảnh sát có thể không tiếp nhận. Nếu cảnh sát tiếp nhận, hãy ghi lại số tiếp nhận (受理番号). Nếu không, hãy ghi lại nơi và thời gian bạn đã hỏi. Bạn cũng có thể chọn không trình báo: hãy cho biết điều đó ở bên dưới. Dù thế nào, ứng dụng cũng sẽ viết bản tường trình cho phù hợp, và bạn giải thích tại cơ quan xuất nhập cảnh.
plan-step-police-abroad = Hãy trình báo việc mất hoặc bị trộm thẻ với cảnh sát tại nơi bạn đang ở, và giữ lại giấy tờ cảnh sát đưa cho bạn (hoặc bản sao) cùng số của giấy đó nếu có. Bạn sẽ nộp giấy này kèm một bản dịch tiếng Nhật, và bạn có thể tự viết bản dịch. Bạn không thể nộp đơn từ nước ngoài.
plan-step-police-abroad-back = Hãy nhập thông tin trình báo bạn đã làm với cảnh sát ở nước ngoài: quốc gia, cơ quan cảnh sát, ngày trình báo, và số trình báo nếu có. Khi đó bản tường trình sẽ ghi rõ bạn đã trình báo ở đâu. Nếu bạn đã không trình báo ở đó, hãy cho biết điều đó ở bên dưới. Nếu có thể thẻ thật ra đã bị mất ở Nhật Bản, bạn có thể trình báo tại chốt cảnh sát ở đây thay vào đó.
plan-step-return-to-japan = Hãy trở lại Nhật Bản bằng hộ chiếu trước khi phép tái nhập cảnh của bạn hết hiệu lực (xem cảnh báo ở trên). Tại sân bay, hãy cho nhân viên xuất nhập cảnh biết rằng bạn đã làm mất thẻ lưu trú ở nước ngoài. Hãng hàng không có thể yêu cầu xuất trình thẻ: xem ghi chú về giấy chứng nhận phép tái nhập cảnh. Sau đó, hãy nhập tại đây ngày bạn trở lại: 14 ngày của bạn được tính từ ngày hôm sau của ngày đó.
plan-step-tell-police-found = Hãy báo cho cảnh sát (chốt cảnh sát hoặc đồn cảnh sát nơi bạn đã trình báo) rằng bạn đã tìm thấy thẻ: khi đó trình báo có thể được rút lại. Nếu bạn chưa trình báo, bạn không cần làm gì thêm.
plan-step-lift-my-number-suspension = Nếu bạn đã tạm dừng các chức năng My Number trên thẻ, hãy hỏi văn phòng thành phố hoặc quận nơi bạn sống cách mở lại. Với thẻ My Number thông thường, việc này được làm tại văn phòng thành phố, có mang theo thẻ, không phải qua điện thoại; với thẻ tích hợp cùng thẻ lưu trú thì việc này chưa được xác nhận.
plan-step-apply-immigration = { $applicant ->
    [relative] Một người thân từ 16 tuổi trở lên đang sống cùng người giữ thẻ sẽ nộp đơn thay cho người đó (với tư cách người đại diện – 代理人) tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ.
    [agent] Người nộp hồ sơ thay sẽ nộp đơn tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú.
    [approved] Người đã được cơ quan đồng ý sẽ nộp đơn thay cho người giữ thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ.
    [nobody] Người nào được cơ quan đồng ý sẽ nộp đơn thay cho người giữ thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ.
   *[holder] Hãy trực tiếp đến Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú để xin cấp thẻ mới.
} Thẻ mới thường được cấp ngay trong ngày.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Một người thân từ 16 tuổi trở lên đang sống cùng người giữ thẻ sẽ nộp đơn thay cho người đó (với tư cách người đại diện – 代理人) tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ, kèm theo thẻ bị hư hỏng.
    [agent] Người nộp hồ sơ thay sẽ nộp đơn tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú, kèm theo thẻ bị hư hỏng.
    [approved] Người đã được cơ quan đồng ý sẽ nộp đơn thay cho người giữ thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ, kèm theo thẻ bị hư hỏng.
    [nobody] Người nào được cơ quan đồng ý sẽ nộp đơn thay cho người giữ thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ, kèm theo thẻ bị hư hỏng.
   *[holder] Hãy nộp đơn xin cấp thẻ mới tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú, kèm theo thẻ bị hư hỏng.
} Hãy dùng mẫu đơn dành cho thẻ bị hư hỏng hoặc bị bẩn.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Một người thân từ 16 tuổi trở lên đang sống cùng người giữ thẻ sẽ nộp đơn xin đổi thẻ thay cho người đó (với tư cách người đại diện – 代理人) tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ.
    [agent] Người nộp hồ sơ thay sẽ nộp đơn xin đổi thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú.
    [approved] Người đã được cơ quan đồng ý sẽ nộp đơn xin đổi thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ.
    [nobody] Người nào được cơ quan đồng ý sẽ nộp đơn xin đổi thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi cư trú của người giữ thẻ.
   *[holder] Hãy nộp đơn xin đổi thẻ tại Cục Quản lý Xuất nhập cảnh và Lưu trú (出入国在留管理局) phụ trách nơi bạn cư trú.
} Hãy mang theo thẻ hiện tại.
plan-step-apply-city-office = { $applicant ->
    [relative] Một người thân từ 16 tuổi trở lên đang sống cùng người giữ thẻ sẽ nộp đơn thay cho người đó (với tư cách người đại diện – 代理人) tại văn phòng thành phố hoặc quận (市区役所).
    [agent] Người nộp hồ sơ thay sẽ nộp đơn tại văn phòng thành phố hoặc quận (市区役所) nơi bạn sống.
    [approved] Người đã được văn phòng thành phố đồng ý sẽ nộp đơn thay cho người giữ thẻ tại văn phòng thành phố hoặc quận (市区役所).
    [nobody] Người nào được văn phòng thành phố đồng ý sẽ nộp đơn thay cho người giữ thẻ tại văn phòng thành phố hoặc quận (市区役所).
   *[holder] Hãy nộp đơn tại văn phòng thành phố hoặc quận (市区役所) nơi bạn sống (không phải Cục Quản lý Xuất nhập cảnh).
}
plan-step-ask-office-who-applies = { $applicant ->
    [nobody] Hiện chưa có ai có thể đi. Hãy gọi điện cho { $office ->
        [city] văn phòng thành phố hoặc quận
       *[immigration] cơ quan xuất nhập cảnh phụ trách nơi cư trú
    }, nói rằng { $holder ->
        [child] người giữ thẻ dưới 16 tuổi
       *[adult] người giữ thẻ đang bị ốm
    } và không có người nhà nào từ 16 tuổi trở lên sống cùng người đó, rồi hỏi ai có thể nộp đơn. Cha mẹ hoặc người giám hộ hợp pháp sống ở nơi khác, một người nhà khác, hoặc một người sống cùng người giữ thẻ có thể nộp đơn nếu cơ quan đồng ý; luật sư hoặc 行政書士 đã đăng ký làm người nộp hồ sơ thay (申請取次者) có thể nộp đơn thay bạn, với khoản phí do họ thu.
   *[approved] Trước khi đi, hãy hỏi { $office ->
        [city] văn phòng thành phố hoặc quận
       *[immigration] cơ quan xuất nhập cảnh phụ trách nơi cư trú
    } xem họ có đồng ý cho người này nộp đơn không. Người không phải là người nhà từ 16 tuổi trở lên sống cùng người giữ thẻ (cha mẹ hoặc người giám hộ hợp pháp sống ở nơi khác, một người nhà khác, hoặc một người sống cùng người giữ thẻ) chỉ được nộp đơn nếu cơ quan đồng ý.
} Thời hạn vẫn tiếp tục được tính: nếu thời hạn trôi qua trong lúc bạn chờ, hãy vẫn nộp đơn, kèm một lá thư giải thích lý do.
plan-step-return-old-card = Trả lại thẻ cũ: tại bất kỳ cơ quan xuất nhập cảnh nào, hoặc gửi qua bưu điện đến { $office }, { $postcode } { $address }. Ghi “{ $envelope }” lên phong bì.
plan-step-return-old-card-city-office = Trả lại giấy chứng nhận cũ. Hãy hỏi văn phòng thành phố hoặc quận nơi bạn sống về cách trả lại.

## Documents

plan-doc-application-form = Đơn xin cấp lại thẻ lưu trú (在留カード再交付申請書, khổ A4). Ứng dụng có thể điền giúp bạn; các cơ quan cũng có sẵn mẫu đơn giấy.
plan-doc-application-form-city-office = Mẫu đơn riêng của văn phòng thành phố hoặc quận để xin cấp giấy chứng nhận thường trú đặc biệt mới: văn phòng có sẵn mẫu này (ứng dụng không điền mẫu này).
plan-doc-application-form-damaged = Đơn xin cấp thẻ mới khi thẻ bị hư hỏng hoặc bị bẩn (khổ A4). Các cơ quan có sẵn mẫu đơn giấy.
plan-doc-photo = Một ảnh, cao { $height_mm } mm × rộng { $width_mm } mm, chụp trong vòng { $months } tháng gần đây: chỉ một mình bạn, nhìn thẳng, không đội mũ, phông nền trơn, không có bóng. Ghi tên của bạn ở mặt sau ảnh.
plan-doc-loss-statement = Bản tường trình về việc bị mất hoặc bị trộm (紛失・盗難に係る陳述書), có ghi số tiếp nhận của cảnh sát. Ứng dụng có thể điền giúp bạn.
plan-doc-loss-statement-not-accepted = Bản tường trình về việc bị mất (紛失・盗難に係る陳述書), ghi rõ rằng cảnh sát đã không tiếp nhận trình báo của bạn. Ứng dụng có thể điền giúp bạn; hãy giải thích thêm tại quầy tiếp nhận.
plan-doc-loss-statement-not-reported = Bản tường trình về việc bị mất (紛失・盗難に係る陳述書), ghi rõ rằng bạn đã không trình báo cảnh sát và lý do. Ứng dụng có thể điền giúp bạn; hãy giải thích thêm tại quầy tiếp nhận.
plan-doc-loss-statement-abroad = Bản tường trình về việc bị mất hoặc bị trộm (紛失・盗難に係る陳述書), ghi rõ nơi bạn đã trình báo ở nước ngoài. Ứng dụng có thể điền giúp bạn.
plan-doc-accident-statement = Bản tường trình giải thích thẻ đã bị tiêu hủy như thế nào (陳述書). Ứng dụng có thể điền giúp bạn.
plan-doc-card-pieces = Những gì còn lại của thẻ, nếu có: khi đó cơ quan có thể xử lý như thẻ bị hư hỏng.
plan-doc-police-report-abroad = Giấy tờ trình báo mà bạn đã làm với cảnh sát ở nước ngoài (hoặc bản sao).
plan-doc-police-report-translation = Bản dịch tiếng Nhật của giấy tờ đó. Giấy tờ bằng ngôn ngữ khác cần có bản dịch; bạn có thể tự viết bản dịch.
plan-doc-police-certificate = Giấy xác nhận đã trình báo của cảnh sát (遺失届出証明書 hoặc 盗難届出証明書): chỉ khi cơ quan yêu cầu.
plan-doc-disaster-certificate = Giấy chứng nhận bị thiệt hại (罹災証明書).
plan-doc-passport = Hộ chiếu của bạn (hoặc 在留資格証明書 – giấy chứng nhận tư cách lưu trú), để xuất trình.
plan-doc-passport-reason-letter = Một lá thư ngắn giải thích lý do bạn không thể xuất trình hộ chiếu (理由書), và một giấy tờ tùy thân khác.
plan-doc-activity-permit = Giấy phép hoạt động ngoài tư cách lưu trú (資格外活動許可書) của bạn, để xuất trình.
plan-doc-late-reason-letter = Một lá thư ngắn giải thích lý do bạn nộp đơn sau thời hạn (理由書, viết theo hình thức tự do).
plan-doc-damaged-card = Chính chiếc thẻ đó.
plan-doc-old-card = Thẻ cũ mà bạn đã tìm thấy.
plan-doc-representative-id = { $applicant ->
    [child] Giấy tờ tùy thân của người thân nộp đơn thay cho trẻ, và giấy tờ chứng minh người đó và trẻ có quan hệ gia đình và sống cùng nhau (ví dụ phiếu cư trú – 住民票).
   *[adult] Giấy tờ tùy thân của người thân nộp đơn thay cho bạn, và giấy tờ chứng minh bạn và người đó có quan hệ gia đình và sống cùng nhau (ví dụ phiếu cư trú – 住民票).
}
plan-doc-agent-certificate = Người nộp hồ sơ thay mang theo giấy chứng nhận người nộp hồ sơ thay đã đăng ký của chính họ (申請等取次者証明書).
plan-doc-medical-certificate = Giấy tờ chứng minh bạn không thể tự đến, ví dụ giấy chẩn đoán của bác sĩ (診断書).
plan-doc-letter-of-authority = Giấy ủy quyền (委任状) do bạn ký, ghi tên người thân sẽ đi nộp thay. Ứng dụng có thể điền giúp bạn.
plan-doc-approved-person-id = Giấy tờ tùy thân của người nộp đơn thay cho { $holder ->
    [child] trẻ
   *[adult] bạn
}, và giấy tờ cho thấy người đó có quan hệ thế nào với { $holder ->
    [child] trẻ (nếu là cha mẹ hoặc người giám hộ hợp pháp: giấy tờ chứng minh điều đó)
   *[adult] bạn
}. Hãy hỏi cơ quan xem cần thêm những gì.

## Fee

plan-fee-free = Không mất phí: cấp thẻ mới sau khi bị mất, bị trộm, bị tiêu hủy hoặc bị hư hỏng đều miễn phí.
plan-fee-exchange = Lệ phí đổi thẻ theo nguyện vọng cá nhân là ¥{ $yen }.
plan-fee-warning = Cơ quan xuất nhập cảnh không thu phí khi cấp thẻ mới sau khi bị mất. Chỉ luật sư có giấy phép hoặc 行政書士 mới được thu phí để chuẩn bị hoặc nộp giấy tờ thay bạn: hãy cẩn thận nếu có người khác đòi tiền để “lo thủ tục”.

## Penalty, stated calmly

plan-penalty = Làm mất thẻ không phải là hành vi vi phạm pháp luật. Luật yêu cầu bạn nộp đơn trong thời hạn; nếu không nộp đúng hạn, bạn có thể bị phạt tù tối đa { $years } năm hoặc phạt tiền tối đa ¥{ $yen }. Điều quan trọng là hãy nộp đơn, dù có muộn.
plan-penalty-relative = Làm mất thẻ không phải là hành vi vi phạm pháp luật. { $holder ->
    [child] Với người giữ thẻ dưới 16 tuổi,
   *[adult] Với người giữ thẻ bị ốm và không thể tự nộp đơn,
} người nhà từ 16 tuổi trở lên sống cùng người đó phải nộp đơn; người nào không nộp có thể bị phạt tiền tối đa ¥{ $yen } (phạt hành chính, không phải hình sự – 過料). Điều quan trọng là hãy nộp đơn, dù có muộn.

## Notes

plan-note-counter-hours = Quầy tiếp nhận của cơ quan xuất nhập cảnh thường mở vào các ngày trong tuần, 9:00–12:00 và 13:00–16:00. Hãy kiểm tra giờ làm việc của nơi bạn sẽ đến trước khi đi.
plan-note-city-office-not-same-day = Giấy chứng nhận mới không được cấp ngay trong ngày: văn phòng thành phố hoặc quận sẽ cho bạn biết khi nào quay lại nhận.
plan-note-city-office-documents = Danh sách này dựa theo quy định về giấy chứng nhận thường trú đặc biệt. Văn phòng thành phố hoặc quận nơi bạn sống có thể yêu cầu thêm giấy tờ: hãy hỏi họ trước khi đi.
plan-note-specified-card-unconfirmed = Cách cấp lại thẻ lưu trú tích hợp thẻ My Number (特定在留カード) khi bị mất hiện chưa được xác nhận, và thẻ có thể không được cấp ngay trong ngày (có thông tin cho biết mất khoảng mười ngày). Hãy hỏi cơ quan xuất nhập cảnh xem mất bao lâu, nhất là nếu bạn có chuyến đi sắp tới.
plan-note-spr-show-on-request = Bạn không bắt buộc phải luôn mang theo giấy chứng nhận thường trú đặc biệt, nhưng phải xuất trình nếu nhân viên xuất nhập cảnh hoặc cảnh sát yêu cầu. Cho đến khi giấy mới được cấp, hãy mang theo số tiếp nhận của cảnh sát để giải thích.
plan-note-birth-date-unknown = Chúng tôi giả định người giữ thẻ từ 16 tuổi trở lên. Nếu người đó dưới 16 tuổi, hãy nhập ngày sinh: khi đó một người thân sẽ nộp đơn thay và không cần ảnh.
plan-note-turns-16 = Trẻ sẽ tròn 16 tuổi vào { $birthday }. Từ ngày đó, trẻ phải tự mình nộp đơn và cần có ảnh.
plan-note-old-card-if-found = Nếu bạn tìm thấy thẻ cũ sau khi đã nhận thẻ mới, thẻ cũ không còn hiệu lực: hãy trả lại trong vòng { $days } ngày kể từ ngày tìm thấy.

## Warnings, read before anything else

plan-warning-leaving-soon = Đừng rời Nhật Bản khi chưa có thẻ mới. Rời Nhật Bản mà không có thẻ lưu trú (hoặc giấy phép tái nhập cảnh) sẽ làm chấm dứt tư cách lưu trú của bạn. Hãy nộp đơn trước khi đi: thẻ mới thường được cấp ngay trong ngày. Nếu bạn không thể chờ, hãy xin cơ quan xuất nhập cảnh cấp giấy phép tái nhập cảnh (再入国許可) trước khi rời đi.
plan-warning-leaving-soon-specified = Đừng rời Nhật Bản khi chưa có thẻ mới. Rời Nhật Bản mà không có thẻ lưu trú (hoặc giấy phép tái nhập cảnh) sẽ làm chấm dứt tư cách lưu trú của bạn. Thẻ tích hợp thẻ My Number có thể không được cấp ngay trong ngày (có thông tin cho biết mất khoảng mười ngày; chưa được xác nhận): hãy nộp đơn sớm nhất có thể, hỏi cơ quan xuất nhập cảnh xem sẽ mất bao lâu, và nếu thẻ không kịp có trước khi bạn đi, hãy xin giấy phép tái nhập cảnh (再入国許可).
plan-warning-return-before-permission-ends = Hãy trở lại Nhật Bản trước khi phép tái nhập cảnh của bạn hết hiệu lực, nếu không bạn sẽ mất tư cách lưu trú. { $holder ->
    [special_permanent] Nếu bạn rời Nhật Bản theo phép tái nhập cảnh đặc biệt (みなし再入国), phép này có hiệu lực 2 năm kể từ ngày bạn rời đi.
   *[resident] Nếu bạn rời Nhật Bản theo phép tái nhập cảnh đặc biệt (みなし再入国), phép này có hiệu lực 1 năm kể từ ngày bạn rời đi, hoặc đến khi thời hạn lưu trú của bạn kết thúc nếu ngày đó đến sớm hơn.
} Phép tái nhập cảnh đặc biệt không thể gia hạn từ nước ngoài. Giấy phép tái nhập cảnh (再入国許可) có ngày hết hạn riêng, ghi trong hộ chiếu của bạn; Đại sứ quán Nhật Bản có thể gia hạn giấy phép này. Nếu bạn biết ngày cuối cùng, hãy nhập ở bên dưới: chúng tôi sẽ nhắc bạn trước ngày đó.
plan-warning-return-by = Hãy trở lại Nhật Bản chậm nhất vào { $by }, ngày cuối cùng của phép tái nhập cảnh, nếu không bạn sẽ mất tư cách lưu trú. Phép tái nhập cảnh đặc biệt (みなし再入国) không thể gia hạn từ nước ngoài.
plan-warning-return-by-passed = Ngày bạn đã nhập làm ngày cuối cùng của phép tái nhập cảnh, { $by }, đã qua. Hãy kiểm tra ngày ghi trong hộ chiếu. Nếu phép này đã hết hiệu lực, tư cách lưu trú của bạn cũng có thể đã chấm dứt: hãy liên hệ Đại sứ quán hoặc Lãnh sự quán Nhật Bản gần nhất để biết cần làm gì.

## Why there is no deadline

plan-no-deadline = Luật không quy định thời hạn cho trường hợp này.
plan-no-deadline-found-again = Thẻ của bạn vẫn còn hiệu lực: bạn không cần xin cấp thẻ mới.
plan-no-deadline-abroad-now = Thời hạn { $days } ngày của bạn chưa bắt đầu: thời hạn này được tính từ ngày hôm sau của ngày bạn trở lại Nhật Bản. Không ai có thể nộp đơn từ nước ngoài.
plan-no-deadline-damaged = Thẻ bị hư hỏng không có thời hạn nộp đơn: hãy nộp khi bạn có thể. Nếu cơ quan xuất nhập cảnh yêu cầu bạn nộp đơn, khi đó bạn có { $days } ngày.
plan-no-deadline-exchange = Việc đổi thẻ không có thời hạn.

## Notes on the situation

plan-note-found-still-valid = Thẻ được tìm thấy trước khi thẻ mới được cấp vẫn còn hiệu lực: hãy tiếp tục sử dụng. Chỉ khi thẻ mới đã được cấp thì thẻ cũ mới mất hiệu lực, và khi đó phải trả lại thẻ cũ trong vòng { $days } ngày.
plan-note-carry-passport = Cho đến khi có thẻ mới, hãy mang theo hộ chiếu và giấy ghi hoặc ảnh chụp số tiếp nhận của cảnh sát: bạn được yêu cầu mang theo thẻ lưu trú, và những thứ này cho thấy lý do bạn không thể mang thẻ.
plan-note-accident = Chúng tôi không tìm thấy quy định chính thức nào về việc cần chứng minh gì cho thẻ bị tiêu hủy do tai nạn: thông thường bạn không bị yêu cầu nộp trình báo cảnh sát hay giấy chứng nhận. Hãy giải thích bằng văn bản chuyện đã xảy ra (ứng dụng sẽ viết giúp), mang theo các mảnh của thẻ nếu có, và hỏi cơ quan xem có cần thêm gì không. Nếu bạn vẫn còn thẻ, dù đã bị gãy, thẻ có thể được xử lý như thẻ bị hư hỏng.
plan-note-lost-at-home = Hãy tìm lại một lần nữa ở những chỗ trong nhà có thể có thẻ. Cảnh sát có thể không tiếp nhận trình báo mất đồ đối với thẻ bị mất trong nhà, và bạn cũng có thể quyết định không trình báo: hãy ghi lại chuyện đã xảy ra trên trang này và vẫn nộp đơn. Bản tường trình sẽ ghi rõ việc này, và bạn giải thích tại quầy tiếp nhận.
plan-note-reentry-certificate = Hãng hàng không có thể yêu cầu xuất trình thẻ lưu trú khi làm thủ tục lên máy bay. Điều này quan trọng nhất nếu quốc tịch của bạn cần thị thực (visa) để vào Nhật Bản, hoặc nếu hộ chiếu của bạn không còn thể hiện phép tái nhập cảnh. Một người nhà sống cùng bạn, hoặc một người cầm giấy ủy quyền (委任状) do bạn ký (gửi qua fax hoặc bản scan), có thể xin giấy chứng nhận phép tái nhập cảnh của bạn (再入国許可期限証明書) tại một cơ quan xuất nhập cảnh ở Nhật Bản và gửi cho bạn.
plan-note-abroad-passport-gone = Hộ chiếu của bạn cũng bị mất: trước tiên hãy liên hệ đại sứ quán hoặc lãnh sự quán của nước bạn để xin hộ chiếu mới hoặc giấy thông hành. Hộ chiếu mới sẽ không có dấu xuất cảnh hay phép tái nhập cảnh của bạn, vì vậy giấy chứng nhận phép tái nhập cảnh (再入国許可期限証明書) rất quan trọng: hãy gửi cho người ở Nhật Bản sẽ xin giấy này một giấy ủy quyền (委任状) do bạn ký và bản sao trình báo cảnh sát của bạn; hãy hỏi cơ quan xuất nhập cảnh xem họ cần thêm những gì.
plan-note-who-goes-ill = Người thân đi nộp thay bạn mang theo giấy tờ tùy thân của họ, giấy tờ chứng minh hai người có quan hệ gia đình và sống cùng nhau, và giấy chẩn đoán của bác sĩ cho thấy bạn không thể tự đến. Người đó ghi tên mình vào phần người nộp hồ sơ thay (取次者) trên mẫu đơn.
plan-note-who-goes-request = Người thân đi nộp thay bạn mang theo giấy tờ tùy thân của họ, giấy tờ chứng minh hai người có quan hệ gia đình và sống cùng nhau, và giấy ủy quyền (委任状) mà bạn đã ký. Ứng dụng sẽ điền giấy ủy quyền: hãy nhập người thân đó vào phần người nộp hồ sơ thay (取次者) trong thông tin người của bạn.
plan-note-who-goes-agent = Người nộp hồ sơ thay đã đăng ký (申請取次者) sẽ nộp đơn thay bạn và nhận thẻ. Chỉ luật sư hoặc 行政書士 mới được thu phí của bạn cho việc này.
plan-note-travel = Bạn định ra nước ngoài? Hãy nhận thẻ mới trước. Rời Nhật Bản mà không có thẻ lưu trú (hoặc giấy phép tái nhập cảnh) sẽ làm chấm dứt tư cách lưu trú của bạn.
plan-note-passport-gone = Về hộ chiếu, hãy liên hệ đại sứ quán hoặc lãnh sự quán của nước bạn. Cho đến khi có hộ chiếu mới, hãy mang theo thư giải thích lý do bạn không thể xuất trình hộ chiếu (ứng dụng sẽ viết giúp) và một giấy tờ tùy thân khác.
plan-note-other-cards = Bạn có bị mất thẻ khác cùng lúc không? Với thẻ My Number, hãy gọi { $hotline } (24 giờ, tất cả các ngày; { $hotline_foreign } để được hỗ trợ bằng ngoại ngữ) và báo cho văn phòng thành phố nơi bạn sống. Với thẻ ngân hàng và thẻ tín dụng, hãy gọi cho ngân hàng hoặc công ty phát hành thẻ.
plan-note-other-cards-abroad = Bạn có bị mất thẻ khác cùng lúc không? Các số bắt đầu bằng 0120 thường không gọi được từ nước ngoài. Với thẻ My Number, một Đại sứ quán Nhật Bản đưa ra số { $hotline_abroad } (24 giờ, tiếng Nhật), được nêu cho thẻ của công dân Nhật Bản; chúng tôi chưa thể xác nhận số này dùng được cho thẻ của bạn. Với thẻ ngân hàng và thẻ tín dụng, hãy gọi số dành cho cuộc gọi từ nước ngoài ghi trên trang web của công ty phát hành thẻ.
plan-note-card-number-unknown = Bạn không biết số thẻ? Bạn có thể để trống trên mẫu đơn; cơ quan thường có thể tra được số này (chưa được xác nhận). Hãy mang theo bất cứ thứ gì có ghi số thẻ: phiếu cư trú (住民票) do văn phòng thành phố cấp sẽ ghi số này nếu bạn yêu cầu, và nơi làm việc, trường học hoặc ngân hàng của bạn có thể có bản sao thẻ của bạn.
plan-note-stay-ending = Thẻ mới không làm thay đổi thời hạn lưu trú của bạn. Nếu thời hạn lưu trú sắp hết, hãy nộp cả đơn gia hạn: bạn có thể làm cả hai việc tại cơ quan.
