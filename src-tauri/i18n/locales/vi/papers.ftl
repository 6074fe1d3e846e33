# Papers errors. `paper-field` is referenced by the messages below ($field is a field id).
paper-field = { $field ->
    [nationality] quốc tịch hoặc khu vực
    [family-name] họ
    [given-name] tên
    [name] họ tên
    [kanji-name] tên bằng chữ Hán (kanji)
    [address] địa chỉ tại Nhật Bản
    [card-number] số thẻ lưu trú
    [phone] số điện thoại
    [representative-name] tên người đại diện theo pháp luật
    [representative-relationship] quan hệ của người đại diện theo pháp luật với bạn
    [representative-address] địa chỉ của người đại diện theo pháp luật
    [representative-phone] số điện thoại của người đại diện theo pháp luật
    [agent-name] tên người nộp hồ sơ thay
    [agent-address] địa chỉ của người nộp hồ sơ thay
    [agent-organisation] tổ chức của người nộp hồ sơ thay
    [agent-phone] số điện thoại của người nộp hồ sơ thay
    [agent-birth-date] ngày sinh của người đi nộp thay bạn
    [loss-place-name] nơi bị mất thẻ
    [loss-how] cách thẻ bị mất
    [loss-detail] chi tiết về chuyện đã xảy ra
    [reentered-on] ngày bạn trở lại Nhật Bản
    [police-station] đồn cảnh sát
    [country] quốc gia nơi trình báo
    [acceptance-number] số tiếp nhận
    [late-detail] lời bạn tự viết về việc nộp muộn
    [late-illness-place] bệnh viện
    [late-illness-from] ngày đầu tiên bị ốm hoặc nằm viện
    [late-illness-until] ngày cuối cùng bị ốm hoặc nằm viện
    [late-abroad-place] quốc gia bạn đã ở
    [late-abroad-from] ngày đầu tiên ở nước ngoài
    [late-abroad-until] ngày cuối cùng ở nước ngoài
    [late-disaster] thiên tai
    [passport-detail] lời bạn tự viết về hộ chiếu
    [birth-date] ngày sinh
    [activity-permit] giấy phép hoạt động ngoài tư cách lưu trú
    [learned-on] ngày bạn biết về việc mất thẻ
    [loss-date] ngày bị mất thẻ
    [reported-on] ngày trình báo cảnh sát
   *[other] { $field }
}

err-paper-missing-glyph = Mục { paper-field } có ký tự “{ $character }” ({ $codepoint }), không thể in lên giấy tờ. Vui lòng xóa ký tự này hoặc viết theo cách khác.
err-paper-empty = Vui lòng điền mục { paper-field }.
err-paper-does-not-fit = Mục { paper-field } quá dài, không vừa trên giấy. Vui lòng viết ngắn lại.
err-paper-too-long = Mục { paper-field } dài { $len } ký tự; trên giấy chỉ vừa tối đa { $max } ký tự.
err-paper-control-character = Mục { paper-field } có chứa dấu xuống dòng hoặc một ký tự ẩn khác. Vui lòng viết trên một dòng.
err-paper-not-this-procedure = Các giấy tờ này dành cho thẻ bị mất, bị trộm hoặc bị tiêu hủy. Thẻ bị hư hỏng, đổi thẻ hoặc thẻ cũ tìm thấy lại thì dùng giấy tờ khác.
err-paper-missing-loss-statement = Vui lòng trả lời thẻ bị mất khi nào, ở đâu và như thế nào: bản tường trình cần những thông tin này.
err-paper-missing-police-report = Vui lòng nhập thông tin trình báo cảnh sát trước, tại trang hồ sơ của bạn: đồn cảnh sát, ngày trình báo và số tiếp nhận (hoặc việc cảnh sát không tiếp nhận trình báo).
err-paper-card-found-again = Thẻ của bạn đã được tìm thấy lại, nên không cần giấy tờ nào.
err-paper-does-not-fit-case = Mục { paper-field } không phù hợp với chuyện đã xảy ra với thẻ. Vui lòng chọn lại.
err-paper-missing-relative = Giấy ủy quyền cần thông tin của người thân đi nộp thay bạn: hãy mở thông tin người, đánh dấu vào phần người nộp hồ sơ thay (取次者) rồi nhập tên, quan hệ, địa chỉ và số điện thoại của người đó.

paper-advice-abroad-reentry = Bạn đã chọn “Tôi ở nước ngoài”. Nếu bạn phát hiện mất thẻ khi đang ở nước ngoài, 14 ngày của bạn được tính từ ngày hôm sau của ngày bạn trở lại Nhật Bản: hãy nhập ngày đó tại trang hồ sơ của bạn, và có thể bạn hoàn toàn không bị muộn.
paper-advice-kanji-name = Mẫu đơn không có dòng cho tên bằng chữ Hán (kanji). Nếu muốn tên chữ Hán được in trên thẻ, hãy nộp mẫu đơn đề nghị riêng (在留カード漢字氏名表記申出書) tại cơ quan.
paper-advice-card-number-blank = Số thẻ được để trống trên mẫu đơn. Nếu bạn tìm được số thẻ, hãy tự viết vào (phiếu cư trú – 住民票 – có thể ghi số này nếu bạn yêu cầu). Cơ quan thường có thể tra được số này (chưa được xác nhận): hãy mang theo bất cứ thứ gì có ghi số thẻ.
paper-advice-relative-block = Người thân đi nộp thay bạn cần được ghi vào phần người nộp hồ sơ thay (取次者) của mẫu đơn: hãy mở thông tin người và nhập người thân đó vào phần này, kèm quan hệ với bạn.
err-paper-missing-late-reasons = Đã qua thời hạn. Vui lòng chọn lý do nộp đơn muộn: lý do này sẽ được ghi vào thư giải trình. Bạn vẫn có thể nộp đơn.
err-paper-missing-passport-reasons = Vui lòng chọn lý do bạn không thể xuất trình hộ chiếu: lý do này sẽ được ghi vào thư giải trình.
err-paper-inconsistent = Mục { paper-field } trong hồ sơ cá nhân và trong thông tin vụ việc của bạn không giống nhau. Vui lòng kiểm tra cả hai.
err-paper-impossible-date = Ngày ở mục { paper-field } không thể đúng. Vui lòng kiểm tra lại ngày.
err-paper-pdf = Không thể tạo giấy tờ ({ $detail }). Đây là lỗi của ứng dụng; vui lòng báo cáo lỗi này.
