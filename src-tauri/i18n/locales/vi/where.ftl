# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = Đến cơ quan nào
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = Địa chỉ của bạn ở { $prefecture }. Theo luật, đây là cơ quan thuộc Cục Quản lý Xuất nhập cảnh và Lưu trú phụ trách nơi đó:
ui-office-choose = Hãy chọn tỉnh nơi bạn cư trú: ứng dụng sẽ cho biết cơ quan mà luật quy định cho tỉnh đó.
ui-office-prefecture = Tỉnh nơi bạn cư trú
ui-office-prefecture-none = Chọn…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name } ({ $name_ja })
ui-office-covering = Cơ quan phụ trách tỉnh của bạn theo luật
ui-office-field-offices = Các văn phòng chi nhánh (出張所) của Cục tại tỉnh của bạn có tên trong quy định hiện hành
ui-office-seat = đặt tại
ui-office-not-every-office = Không phải cơ quan nào cũng giải quyết việc cấp thẻ lưu trú mới: một số văn phòng chi nhánh chỉ làm việc tại sân bay hoặc cảng biển, và luật không nói rõ văn phòng nào tiếp nhận.
ui-office-check-before-going = Trước khi đi, hãy kiểm tra địa chỉ, giờ làm việc của cơ quan và việc cơ quan đó có tiếp nhận cấp thẻ mới hay không, trong danh sách các cơ quan của Cục: 「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = Ngày đến cơ quan
office-day-same-day = Thẻ mới thường được cấp ngay trong ngày, tại quầy tiếp nhận.
office-day-city-office-later = Giấy chứng nhận mới không được cấp ngay trong ngày: văn phòng thành phố hoặc quận sẽ cho bạn biết khi nào quay lại nhận.
office-day-specified-longer = Thẻ tích hợp thẻ My Number có thể không có ngay trong ngày: có thông tin cho biết mất khoảng mười ngày (chưa được xác nhận). Hãy hỏi cơ quan xem sẽ mất bao lâu.
office-day-hours = Quầy tiếp nhận chỉ mở vào các ngày trong tuần, thường là 9:00–12:00 và 13:00–16:00; một số cơ quan có giờ khác. Hãy kiểm tra giờ làm việc của cơ quan bạn sẽ đến trước khi đi.
office-day-early = Hãy đi sớm trong ngày: có thể phải xếp hàng.
office-day-city-hours = Văn phòng thành phố và quận mở cửa vào các ngày trong tuần; trước khi đi, hãy kiểm tra giờ làm việc của quầy giải quyết giấy chứng nhận.
office-day-bring = Hãy mang theo mọi thứ trong danh sách cần mang. Người đi thay bạn cũng mang theo giấy tờ tùy thân của chính họ.
office-day-free = Cấp thẻ mới sau khi bị mất, bị trộm, bị tiêu hủy hoặc bị hư hỏng không mất phí.
# $yen = the fee.
office-day-fee-exchange = Đổi thẻ theo nguyện vọng cá nhân mất phí ¥{ $yen }.

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = Tự bảo vệ mình trong lúc chờ
ui-protect-lead = Hãy đánh dấu từng mục khi đã làm xong. Các dấu này được lưu trên thiết bị này.
protect-bank-cards = Nếu có thẻ ngân hàng hoặc thẻ tín dụng bị mất cùng, hãy gọi cho ngân hàng hoặc công ty thẻ để khóa thẻ. Hãy hỏi ngân hàng của bạn xem họ cần gì từ bạn cho đến khi bạn có thẻ lưu trú mới.
protect-phone-company = Hãy báo cho nhà mạng điện thoại di động rằng thẻ lưu trú của bạn bị mất: người nhặt được thẻ có thể tìm cách đứng tên bạn để ký hợp đồng.
protect-phone-company-stolen = Hãy báo cho nhà mạng điện thoại di động rằng thẻ lưu trú của bạn bị trộm: cảnh sát đã thông báo về các trường hợp thẻ bị trộm được dùng để ký hợp đồng điện thoại đứng tên người khác.
protect-employer-or-school = Hãy báo cho nơi làm việc hoặc trường học. Họ thường giữ bản sao thẻ của bạn, trên đó cũng có số thẻ nếu bạn không biết số.
protect-other-id = Nếu thẻ My Number hoặc bằng lái xe của bạn cũng bị mất cùng, hãy ghi cả chúng vào cùng một trình báo cảnh sát. Với thẻ My Number, hãy gọi thêm cho đường dây nóng của thẻ này (xem phần ghi chú).
protect-if-misused = Nếu có người dùng thẻ của bạn (một hợp đồng điện thoại, một khoản vay hoặc các khoản phí không phải do bạn làm), hãy báo cảnh sát, kèm số tiếp nhận trình báo của bạn nếu bạn có.
protect-if-misused-stolen = Thẻ bị trộm có thể bị dùng vào việc xấu. Nếu bạn thấy một hợp đồng, một khoản vay hoặc các khoản phí không phải do bạn làm, hãy báo ngay cho cảnh sát, kèm số tiếp nhận trình báo của bạn.
protect-after-the-new-card = Khi thẻ mới được cấp, thẻ cũ sẽ được ghi nhận là không còn hiệu lực: bất kỳ ai tra số thẻ cũ trên trang tra cứu số thẻ của Cục đều sẽ thấy điều đó (báo chí đưa tin rằng từ tháng 1/2026 đến nay, trang này không truy cập được từ nước ngoài). Sau đó, hãy xuất trình thẻ mới cho ngân hàng, nhà mạng điện thoại và nơi làm việc của bạn để họ cập nhật hồ sơ.

## Myths and facts

ui-myths-button = Hiểu lầm và sự thật
ui-myths-title = Hiểu lầm và sự thật
ui-myths-lead = Những điều người ta hay nói trên mạng, và những gì luật cũng như các trang của Cục nói.
ui-myth-said = Người ta hay nói:
ui-myth-fact = Thực tế:
myth-fee-said = Xin cấp thẻ mới sau khi bị mất phải trả phí.
# $yen = the fee (0).
myth-fee-fact = Miễn phí (¥{ $yen }) sau khi bị mất, bị trộm hoặc bị tiêu hủy. Các mức phí được nêu trên mạng là cho những thủ tục khác, chẳng hạn như gia hạn thời hạn lưu trú.
myth-police-certificate-said = Bạn cần có giấy xác nhận đã trình báo của cảnh sát.
myth-police-certificate-fact = Từ ngày 3/3/2025, cơ quan yêu cầu một bản tường trình ghi số tiếp nhận của cảnh sát (受理番号), và ứng dụng sẽ điền bản này. Cơ quan vẫn có thể yêu cầu giấy xác nhận.
myth-fourteen-days-said = 14 ngày được tính từ ngày làm mất thẻ.
myth-fourteen-days-fact = 14 ngày được tính từ ngày hôm sau của ngày bạn biết mình mất thẻ, hoặc, nếu bạn biết điều đó khi đang ở nước ngoài, từ ngày hôm sau của ngày bạn trở lại Nhật Bản.
myth-photo-said = Ảnh phải được chụp trong vòng 3 tháng gần đây.
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = Ảnh phải được chụp trong vòng { $months } tháng gần đây (trước đây quy định là 3 tháng), và người dưới { $age } tuổi không cần ảnh.
myth-embassy-said = Đại sứ quán có thể cấp thẻ mới cho bạn hoặc nộp đơn thay bạn.
myth-embassy-fact = Không đại sứ quán nào làm được việc này: đơn được nộp tại Nhật Bản, trực tiếp tại cơ quan xuất nhập cảnh (với người thường trú đặc biệt là văn phòng thành phố hoặc quận), do chính bạn hoặc người được phép đi thay bạn.
myth-anyone-can-charge-said = Ai cũng được thu phí để lo thủ tục nộp đơn thay bạn.
myth-anyone-can-charge-fact = Chỉ luật sư (弁護士) hoặc 行政書士 có giấy phép mới được thu phí để chuẩn bị hoặc nộp giấy tờ thay bạn. Nếu người khác đòi tiền để “lo thủ tục”, đó là dấu hiệu cảnh báo.
