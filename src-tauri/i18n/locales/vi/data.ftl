# The "Your data" screen: export, import with a preview, delete all.
# Vietnamese has only the plural category "other": the counts need no selector.

ui-data-button = Dữ liệu của bạn
ui-data-title = Dữ liệu của bạn
ui-data-lead = Mọi thông tin bạn nhập chỉ được lưu trên thiết bị này. Bạn có thể lưu một bản sao, khôi phục từ bản sao, hoặc xóa tất cả.
ui-export-button = Lưu bản sao (xuất)
ui-export-done = Đã lưu bản sao vào: { $path }
ui-import-label = Khôi phục bản sao (nhập)
ui-import-preview = Trong bản sao này: { $added } mục mới, { $changed } mục đã thay đổi, { $unchanged } mục không đổi. Nếu chọn "Thay thế", { $removed } mục không có trong bản sao cũng sẽ bị xóa.
ui-import-merge = Gộp với dữ liệu hiện có
ui-import-replace = Thay thế dữ liệu hiện có
ui-import-done = Đã nhập bản sao.
ui-delete-all = Xóa toàn bộ dữ liệu
ui-delete-all-confirm = Xóa mọi thứ mà ứng dụng này lưu trên thiết bị này? Bạn sẽ không thể hoàn tác.
ui-delete-all-done = Đã xóa toàn bộ dữ liệu của bạn.

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = Cụm mật khẩu cho bản sao (không bắt buộc)
ui-export-passphrase-help = Nếu đặt cụm mật khẩu, bản sao sẽ được mã hóa (tệp .age) và chỉ mở được bằng đúng cụm mật khẩu đó. Nếu quên cụm mật khẩu, bạn sẽ không thể mở bản sao.
ui-export-plain-warning = Nếu không có cụm mật khẩu, bản sao sẽ không được mã hóa: bất kỳ ai có được tệp này đều đọc được thông tin của bạn.
ui-import-passphrase = Cụm mật khẩu của bản sao này
ui-import-encrypted = Bản sao này đã được mã hóa. Hãy nhập cụm mật khẩu của nó, rồi nhấn “Mở”.
ui-import-open = Mở
err-import-passphrase-needed = Bản sao này đã được mã hóa: hãy nhập cụm mật khẩu của nó. Chưa có gì bị thay đổi.
err-import-passphrase-wrong = Cụm mật khẩu này không mở được bản sao. Hãy kiểm tra lại rồi thử lại. Chưa có gì bị thay đổi.
err-import-encrypted-damaged = Bản sao mã hóa này bị hỏng hoặc không đầy đủ nên không thể mở. Chưa có gì bị thay đổi.
err-export-encrypt = Không thể mã hóa bản sao. Chưa có gì được lưu.
