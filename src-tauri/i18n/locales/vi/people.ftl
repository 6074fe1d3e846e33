# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = Giấy tờ này dành cho ai?
ui-people-lead = Giấy tờ sẽ được điền từ thông tin này. Hãy ghi giống như trên thẻ lưu trú và hộ chiếu của bạn. Thông tin chỉ được lưu trên thiết bị này.
ui-people-add = Thêm người
ui-people-edit = Sửa
ui-people-use = Dùng cho hồ sơ này
ui-people-in-use = Đang dùng cho hồ sơ này
ui-people-none = Chưa có ai.
ui-person-title = Thông tin người
ui-person-save = Lưu
ui-person-delete = Xóa người này
ui-person-delete-confirm = Xóa người này? Các hồ sơ của người này vẫn được giữ lại, nhưng không gắn với ai.
ui-person-nationality = Quốc tịch hoặc khu vực (国籍・地域)
ui-person-nationality-help = Ghi giống như trên thẻ lưu trú, ví dụ VIET NAM hoặc ベトナム.
ui-person-birth-date = Ngày sinh (生年月日)
ui-person-family-name = Họ (Family name)
ui-person-given-name = Tên (Given name)
ui-person-name-help = Viết bằng chữ in hoa A–Z, không dấu, giống như ở hai dòng cuối trang có ảnh trong hộ chiếu của bạn.
ui-person-kanji-name = Tên bằng chữ Hán (kanji), nếu thẻ của bạn có ghi (漢字氏名)
ui-person-sex = Giới tính (性別)
ui-person-sex-male = Nam (男)
ui-person-sex-female = Nữ (女)
ui-person-address = Địa chỉ tại Nhật Bản (住居地)
ui-person-card-number = Số thẻ lưu trú (在留カード番号)
ui-person-card-number-help = 12 ký tự: 2 chữ cái, 8 chữ số, 2 chữ cái. Nếu bạn không biết, hãy để trống: phiếu cư trú (住民票) do văn phòng thành phố cấp có thể ghi số này nếu bạn yêu cầu, và nơi làm việc hoặc trường học của bạn có thể có bản sao thẻ của bạn.
ui-person-activity-permit = Tôi có giấy phép hoạt động ngoài tư cách lưu trú (資格外活動許可)
ui-person-phone = Số điện thoại (電話番号)
ui-person-representative = Người đại diện theo pháp luật điền đơn này (法定代理人), ví dụ cha hoặc mẹ của trẻ dưới 16 tuổi
ui-person-agent = Người khác nộp đơn thay (取次者): người nộp hồ sơ thay như luật sư hoặc 行政書士, hoặc người nhà đi nộp thay bạn
ui-person-rep-name = Tên người đại diện (氏名)
ui-person-rep-relationship = Quan hệ với người nộp đơn (本人との関係), ví dụ 父 / Bố
ui-person-rep-address = Địa chỉ của người đại diện (住所)
ui-person-rep-phone = Số điện thoại của người đại diện (電話番号)
ui-person-agent-name = Tên của người đó (氏名)
ui-person-agent-organisation = Tổ chức của người đó, hoặc nếu là người nhà thì ghi quan hệ với bạn (所属機関等)
ui-person-agent-address = Địa chỉ của người đó (住所)
ui-person-agent-phone = Số điện thoại của người đó (電話番号)
ui-person-agent-birth-date = Ngày sinh của người đó (生年月日)
ui-person-agent-birth-date-help = Cần cho giấy ủy quyền (委任状) khi người nhà đi nộp thay theo yêu cầu của bạn; không được in trên mẫu đơn.
ui-person-saved = Đã lưu. Giấy tờ sẽ dùng thông tin này.

err-app-date-invalid = Vui lòng nhập ngày đầy đủ (ngày, tháng và năm).
err-app-choice-invalid = Vui lòng chọn một trong các lựa chọn.
