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
