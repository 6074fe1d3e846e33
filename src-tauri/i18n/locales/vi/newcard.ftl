# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Vietnamese has only the plural category "other": the day counts need no selector.

## The new card, on the case's page once the application is made

ui-new-card-title = Thẻ mới của bạn
ui-new-card-lead = Khi đã có thẻ mới, hãy nhập các thông tin in trên thẻ (mục nào cũng không bắt buộc). Sau đó, ứng dụng sẽ nhắc bạn trước khi thẻ hết hạn, và các giấy tờ tiếp theo của bạn sẽ dùng số thẻ mới.
ui-new-card-picture = Vị trí in các thông tin này trên thẻ (hình do chúng tôi tự vẽ, không phải thẻ thật):
ui-new-card-number = ① Số thẻ (在留カード番号), ở góc trên bên phải
ui-new-card-holding = Loại thẻ
ui-new-card-stay = ② Ngày hết thời hạn lưu trú: ngày trong ngoặc sau 在留期間（満了日）, ở giữa thẻ
ui-new-card-expires = ③ Có hiệu lực đến: ngày trong câu このカードは…まで有効です, ở phía dưới
ui-new-card-save = Lưu thẻ mới
ui-new-card-no-person = Trước tiên, hãy thêm thông tin của người giữ thẻ ở màn hình giấy tờ: thẻ mới được ghi vào thông tin đó.
ui-new-card-replaced = Số thẻ cũ (được giữ trong hồ sơ này, không dùng trên giấy tờ mới)
ui-card-holding-residence-card = Thẻ lưu trú có thời hạn lưu trú
ui-card-holding-permanent-resident = Thẻ của người thường trú (hoặc chuyên gia trình độ cao (ii))
ui-card-holding-special-permanent = Giấy chứng nhận thường trú đặc biệt
ui-renewals-title = Các lần gia hạn sắp tới
ui-person-card = Thẻ đang có hiện nay (để nhắc gia hạn)
ui-person-card-help = Mục nào cũng không bắt buộc. Khi có các thông tin này, ứng dụng sẽ nhắc bạn trước khi thời hạn lưu trú hoặc thẻ hết hạn.
err-app-new-card-not-yet = Chỉ có thể ghi thẻ mới sau khi bạn đã nộp đơn.
err-app-new-card-no-person = Trước tiên, hãy thêm thông tin của người giữ thẻ (ở màn hình giấy tờ): thẻ mới được ghi vào thông tin đó.

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] Hãy nộp đơn xin gia hạn thời hạn lưu trú từ { $opens }, chậm nhất vào { $last }, tại cơ quan xuất nhập cảnh (với thời hạn lưu trú từ sáu tháng trở lên, đơn được tiếp nhận từ khoảng ba tháng trước khi hết hạn).
    [card] Hãy gia hạn thẻ lưu trú từ { $opens }, chậm nhất vào { $last }, tại cơ quan xuất nhập cảnh.
   *[spr] Hãy gia hạn giấy chứng nhận từ { $opens }, chậm nhất vào { $last }, tại văn phòng thành phố hoặc quận nơi bạn sống.
}
ui-next-dates-title = Giữ cho thẻ của bạn còn hiệu lực
ui-next-date-opens = { $renewal ->
    [stay] Từ ngày này, bạn có thể nộp đơn xin gia hạn thời hạn lưu trú.
    [card] Từ ngày này, bạn có thể gia hạn thẻ lưu trú.
   *[spr] Từ ngày này, bạn có thể gia hạn giấy chứng nhận.
}
ui-next-date-last-day = { $renewal ->
    [stay] Ngày cuối cùng để nộp đơn xin gia hạn thời hạn lưu trú.
    [card] Ngày cuối cùng để gia hạn thẻ lưu trú.
   *[spr] Ngày cuối cùng để gia hạn giấy chứng nhận.
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] Thời hạn lưu trú của bạn đã kết thúc vào { $last }. Nếu bạn đã nộp đơn xin gia hạn chậm nhất vào ngày đó, bạn có thể ở lại trong khi chờ quyết định (tối đa hai tháng sau ngày đó). Nếu chưa nộp, hãy đến cơ quan xuất nhập cảnh ngay và giải thích.
    [card] Hiệu lực của thẻ lưu trú của bạn đã kết thúc vào { $last }. Không gia hạn đúng hạn có thể bị xử phạt: hãy gia hạn ngay tại cơ quan xuất nhập cảnh và giải thích lý do trễ hạn.
   *[spr] Hiệu lực của giấy chứng nhận của bạn đã kết thúc vào { $last }. Không gia hạn đúng hạn có thể bị xử phạt: hãy gia hạn ngay tại văn phòng thành phố hoặc quận nơi bạn sống và giải thích lý do trễ hạn.
}
ui-next-date-invite = Hãy thêm các ngày in trên thẻ của người này: khi đó, ứng dụng sẽ nhắc bạn trước khi thời hạn lưu trú hoặc thẻ hết hạn.
ui-next-date-add = Thêm các ngày trên thẻ

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] Bây giờ bạn có thể nộp đơn xin gia hạn thời hạn lưu trú
    [card] Bây giờ bạn có thể gia hạn thẻ lưu trú
   *[spr] Bây giờ bạn có thể gia hạn giấy chứng nhận thường trú đặc biệt
}
# $days = days left to the last day.
rem-renew-before-title = Còn { $days } ngày: { $renewal ->
    [stay] hãy nộp đơn xin gia hạn thời hạn lưu trú
    [card] hãy gia hạn thẻ lưu trú
   *[spr] hãy gia hạn giấy chứng nhận
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] Hãy nộp đơn xin gia hạn thời hạn lưu trú chậm nhất vào { $last }, tại cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú. Hãy mang theo hộ chiếu, thẻ lưu trú, một ảnh và các giấy tờ mà tư cách lưu trú của bạn yêu cầu.
    [card] Hãy gia hạn thẻ lưu trú chậm nhất vào { $last }, tại cơ quan xuất nhập cảnh phụ trách nơi bạn cư trú. Hãy mang theo thẻ, hộ chiếu và một ảnh. Không mất phí.
   *[spr] Hãy gia hạn giấy chứng nhận thường trú đặc biệt chậm nhất vào { $last }, tại văn phòng thành phố hoặc quận nơi bạn sống. Hãy mang theo giấy chứng nhận, hộ chiếu nếu bạn có, và một ảnh.
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] Ngày cuối cùng để nộp đơn xin gia hạn thời hạn lưu trú
    [card] Ngày cuối cùng để gia hạn thẻ lưu trú
   *[spr] Ngày cuối cùng để gia hạn giấy chứng nhận
}
