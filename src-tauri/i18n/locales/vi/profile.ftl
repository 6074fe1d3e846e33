# Profile errors. `profile-field` is referenced by the messages below ($field is a field id).
profile-field = { $field ->
    [nationality] quốc tịch hoặc khu vực
    [birth-date] ngày sinh
    [family-name] họ
    [given-name] tên
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
   *[other] { $field }
}

err-profile-empty = Vui lòng điền mục { profile-field }.
err-profile-too-long = Mục { profile-field } dài { $len } ký tự; trên mẫu đơn chỉ vừa tối đa { $max } ký tự.
err-profile-bad-character = Mục { profile-field } có chứa “{ $character }”, là ký tự không được dùng trong mục này.
err-profile-not-passport-letter = Mục { profile-field } có chứa “{ $character }”. Hãy viết tên giống như trong vùng đọc bằng máy của hộ chiếu (hai dòng ở cuối trang có ảnh): chỉ dùng chữ cái A–Z, không dấu.
err-profile-name-separator = Mục { profile-field } có dấu cách, dấu gạch nối hoặc dấu nháy đơn ở đầu hoặc ở cuối, hoặc có hai dấu liền nhau.
err-profile-card-number = “{ $value }” không phải là số thẻ lưu trú. Số thẻ có 12 ký tự: 2 chữ cái, 8 chữ số, 2 chữ cái, ví dụ AB12345678CD.
err-profile-phone = Mục { profile-field } có vẻ không phải là số điện thoại (từ 6 đến 15 chữ số).
err-profile-birth-date-future = Mục { profile-field } ({ $date }) là một ngày trong tương lai.
err-profile-birth-date-too-early = Mục { profile-field } ({ $date }) là một ngày trước năm 1900.
