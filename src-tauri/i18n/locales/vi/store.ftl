# The records store: what happened when the records were opened, and its errors.

## Opening the records (LoadReport)

store-load-fresh-start = Chưa có dữ liệu nào được lưu. Mọi thông tin bạn nhập đều được lưu trên thiết bị này.
store-load-loaded = Dữ liệu của bạn đã được mở.
store-load-migrated = Dữ liệu của bạn đã được mở và cập nhật cho phiên bản ứng dụng này.
store-load-recovered-missing = Không tìm thấy tệp dữ liệu của bạn, nên bản lưu trước đó đã được mở. Thay đổi gần nhất của bạn có thể bị thiếu: vui lòng kiểm tra lại.
store-load-recovered = Không thể đọc tệp dữ liệu của bạn, nên bản lưu trước đó đã được mở. Thay đổi gần nhất của bạn có thể bị thiếu: vui lòng kiểm tra lại. Tệp không đọc được vẫn được giữ lại, không bị xóa.
store-load-recovered-newer = Dữ liệu của bạn được lưu bởi một phiên bản mới hơn của ứng dụng, mà phiên bản này không mở được. Bản lưu trước đó đã được mở thay thế. Vui lòng cập nhật ứng dụng; tệp mới hơn vẫn được giữ lại, không bị xóa.
store-load-started-empty = Không thể đọc dữ liệu đã lưu của bạn, nên ứng dụng bắt đầu với dữ liệu trống. Các tệp không đọc được vẫn được giữ lại, không bị xóa.
store-load-started-empty-newer = Dữ liệu của bạn được lưu bởi một phiên bản mới hơn của ứng dụng, mà phiên bản này không mở được, nên ứng dụng bắt đầu với dữ liệu trống. Vui lòng cập nhật ứng dụng; dữ liệu của bạn vẫn được giữ lại, không bị xóa.

## One file set aside (SetAside). $file (its name), $kept_as (its name in the quarantine folder).

store-set-aside-newer = { $file } được tạo bởi một phiên bản mới hơn của ứng dụng. Tệp đã được giữ lại với tên { $kept_as } trong thư mục cách ly (quarantine).
store-set-aside-empty = { $file } bị trống. Tệp đã được giữ lại với tên { $kept_as } trong thư mục cách ly (quarantine).
store-set-aside-truncated = { $file } bị cắt ngắn, có thể do việc lưu bị gián đoạn. Tệp đã được giữ lại với tên { $kept_as } trong thư mục cách ly (quarantine).
store-set-aside-too-large = { $file } quá lớn để mở một cách an toàn. Tệp đã được giữ lại với tên { $kept_as } trong thư mục cách ly (quarantine).
store-set-aside-damaged = { $file } bị hỏng. Tệp đã được giữ lại với tên { $kept_as } trong thư mục cách ly (quarantine).

## Errors (StoreError)

err-store-io = Ứng dụng không thể sử dụng { $file } trên thiết bị này.
err-store-io-permission = Ứng dụng không được phép sử dụng { $file } trên thiết bị này.
err-store-io-full = Thiết bị này không còn đủ dung lượng trống để lưu { $file }.
err-store-io-read-only = Không thể thay đổi { $file }: bộ nhớ chỉ cho phép đọc.
err-store-io-not-found = Không tìm thấy { $file }.
err-store-too-large = { $file } quá lớn ({ $size } byte; giới hạn là { $limit } byte).
err-store-invalid-file-name = Lỗi nội bộ: “{ $name }” không phải là tên tệp hợp lệ cho dữ liệu.
err-store-encode = Không thể lưu dữ liệu của bạn ở dạng có thể đọc lại được. Không có gì bị thay đổi.
err-store-not-an-export = Tệp này không phải là tệp xuất từ ứng dụng này.
err-store-export-newer = Tệp xuất này được tạo bởi một phiên bản mới hơn của ứng dụng. Vui lòng cập nhật ứng dụng để nhập tệp này.
err-store-import-damaged = Tệp xuất này bị hỏng và không thể nhập.
err-store-held-elsewhere = Dữ liệu của bạn đang được mở trong một cửa sổ khác của ứng dụng này, và chỉ cửa sổ đó mới thay đổi được. Hãy dùng cửa sổ đó, hoặc đóng cả hai rồi mở lại ứng dụng. Ở đây chưa có gì bị thay đổi.
