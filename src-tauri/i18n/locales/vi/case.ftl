# The case: its deadline and what can be wrong in it. See en/case.ftl for notes.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

case-deadline-on-time = Hãy đi nộp đơn càng sớm càng tốt. Ngày cuối cùng là { $deadline }. Bạn còn { $days } ngày.
case-deadline-on-time-extended = Hãy đi nộp đơn càng sớm càng tốt, chậm nhất vào { $recommended }. Ngày thứ 14 rơi vào ngày các cơ quan nghỉ, nên theo luật, ngày cuối cùng được dời sang { $deadline }; đừng trông chờ vào ngày đó. Bạn còn { $days } ngày.
case-deadline-due-today = Hôm nay, { $deadline }, là ngày cuối cùng để nộp đơn. Nếu có thể, hãy đến nơi nộp đơn ngay trong hôm nay.
case-deadline-overdue = Thời hạn nộp đơn là { $deadline } (đã qua { $days } ngày). Vẫn chưa quá muộn: hãy nộp đơn sớm nhất có thể và mang theo một lá thư ngắn giải thích lý do nộp muộn (理由書, viết theo hình thức tự do).
case-deadline-done = Bạn đã nộp đơn vào { $on }, trong thời hạn (hạn cuối là { $deadline }).
case-deadline-done-late = Bạn đã nộp đơn vào { $on }. Thời hạn là { $deadline }; bạn đã làm đúng khi nộp đơn.

## Returning an old card that turned up (入管法 第19条の15 第3項).

case-return-on-time = Hãy trả lại thẻ cũ chậm nhất vào { $deadline }. Bạn còn { $days } ngày.
case-return-on-time-extended = Hãy trả lại thẻ cũ càng sớm càng tốt, chậm nhất vào { $recommended }. Ngày thứ 14 rơi vào ngày các cơ quan nghỉ, nên theo luật, ngày cuối cùng được dời sang { $deadline }. Bạn còn { $days } ngày.
case-return-due-today = Hôm nay, { $deadline }, là ngày cuối cùng để trả lại thẻ cũ.
case-return-overdue = Thẻ cũ lẽ ra cần được trả lại chậm nhất vào { $deadline } (đã qua { $days } ngày). Hãy trả lại sớm nhất có thể.
case-return-done = Bạn đã trả lại thẻ cũ vào { $on }, trong thời hạn (hạn cuối là { $deadline }).
case-return-done-late = Bạn đã trả lại thẻ cũ vào { $on }. Thời hạn là { $deadline }; cảm ơn bạn đã trả lại thẻ.

## Errors in what was entered

err-case-learned-in-future = Ngày bạn biết về việc mất thẻ ({ $learned_on }) lại sau ngày hôm nay ({ $today }). Vui lòng kiểm tra lại ngày.
err-case-reentered-before-learned = Ngày bạn trở lại Nhật Bản ({ $reentered_on }) lại trước ngày bạn biết về việc mất thẻ ({ $learned_on }). Vui lòng kiểm tra lại cả hai ngày.
err-case-reentered-in-future = Ngày bạn trở lại Nhật Bản ({ $reentered_on }) lại sau ngày hôm nay ({ $today }). Nếu bạn vẫn đang ở nước ngoài, hãy chọn “tôi vẫn đang ở nước ngoài”: bạn có thể nhập ngày này sau.
err-case-birth-after-learned = Ngày sinh ({ $birth_date }) lại sau ngày bạn biết về việc mất thẻ ({ $learned_on }). Vui lòng kiểm tra lại các ngày.
err-case-birth-in-future = Ngày sinh ({ $birth_date }) lại sau ngày hôm nay ({ $today }). Vui lòng kiểm tra lại ngày.
err-case-ordered-in-future = Ngày cơ quan ra yêu cầu ({ $ordered_on }) lại sau ngày hôm nay ({ $today }). Vui lòng kiểm tra lại ngày.
err-case-report-in-future = Ngày trình báo ({ $reported_on }) lại sau ngày hôm nay ({ $today }). Vui lòng kiểm tra lại ngày.
err-case-report-before-learned = Ngày trình báo ({ $reported_on }) lại trước ngày bạn biết về việc mất thẻ ({ $learned_on }). Vui lòng kiểm tra lại cả hai ngày.
err-case-found-in-future = Ngày bạn tìm thấy thẻ ({ $found_on }) lại sau ngày hôm nay ({ $today }). Vui lòng kiểm tra lại ngày.
err-case-found-before-learned = Ngày bạn tìm thấy thẻ ({ $found_on }) lại trước ngày bạn phát hiện mất thẻ ({ $learned_on }). Vui lòng kiểm tra lại cả hai ngày.
err-case-applied-in-future = Ngày bạn nộp đơn ({ $applied_on }) lại sau ngày hôm nay ({ $today }). Vui lòng kiểm tra lại ngày.
err-case-acceptance-number-empty = Vui lòng nhập số tiếp nhận (受理番号) mà cảnh sát đã cho bạn. Nếu bạn chưa nhận được, hãy hỏi chốt cảnh sát (交番) hoặc đồn cảnh sát. Nếu cảnh sát không tiếp nhận trình báo của bạn, hãy đánh dấu vào ô tương ứng thay vì nhập số.
err-case-acceptance-number-too-long = Số tiếp nhận này có { $chars } ký tự; số tiếp nhận chỉ có tối đa { $max } ký tự. Vui lòng chỉ nhập con số.
err-case-acceptance-number-control = Vui lòng ghi số tiếp nhận trên một dòng, đúng như số được in.
err-case-card-number-length = Số thẻ lưu trú có 12 ký tự (2 chữ cái, 8 chữ số, 2 chữ cái, ví dụ AB12345678CD); số này có { $chars } ký tự.
err-case-card-number-pattern = Số thẻ lưu trú gồm 2 chữ cái, 8 chữ số và 2 chữ cái, ví dụ AB12345678CD. Vui lòng kiểm tra lại.
