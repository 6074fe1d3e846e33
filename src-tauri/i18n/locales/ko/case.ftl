# The case: its deadline and what can be wrong in it. See en/case.ftl for notes.
# Korean has only the plural category "other": the day counts need no selector.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

case-deadline-on-time = 가능한 한 빨리 신청하러 가 주세요. 마지막 날은 { $deadline }입니다. { $days }일 남았습니다.
case-deadline-on-time-extended = 가능한 한 빨리, 늦어도 { $recommended }까지 신청하러 가 주세요. 14일째 되는 날이 관공서 휴무일이어서 법에 따라 마지막 날이 { $deadline }까지 미뤄지지만, 이 날짜를 믿고 미루지는 마세요. { $days }일 남았습니다.
case-deadline-due-today = 신청 마지막 날은 오늘, { $deadline }입니다. 가능하면 오늘 창구에 가 주세요.
case-deadline-overdue = 신청 기한은 { $deadline }까지였습니다({ $days }일 전). 아직 늦지 않았습니다. 가능한 한 빨리 신청하시고, 늦어진 이유를 간단히 적은 문서(理由書 이유서, 양식 자유)를 함께 가져가 주세요.
case-deadline-done = { $on }에 신청하셨습니다. 기한인 { $deadline }까지 신청을 마치셨습니다.
case-deadline-done-late = { $on }에 신청하셨습니다. 기한은 { $deadline }까지였지만, 신청하신 것은 잘하신 일입니다.

## Returning an old card that turned up (入管法 第19条の15 第3項).

case-return-on-time = { $deadline }까지 이전 카드를 반납해 주세요. { $days }일 남았습니다.
case-return-on-time-extended = 가능한 한 빨리, 늦어도 { $recommended }까지 이전 카드를 반납해 주세요. 14일째 되는 날이 관공서 휴무일이어서 법에 따라 마지막 날이 { $deadline }까지 미뤄집니다. { $days }일 남았습니다.
case-return-due-today = 이전 카드 반납 마지막 날은 오늘, { $deadline }입니다.
case-return-overdue = 이전 카드의 반납 기한은 { $deadline }까지였습니다({ $days }일 전). 가능한 한 빨리 반납해 주세요.
case-return-done = { $on }에 이전 카드를 반납하셨습니다. 기한인 { $deadline }까지 반납을 마치셨습니다.
case-return-done-late = { $on }에 이전 카드를 반납하셨습니다. 기한은 { $deadline }까지였습니다. 반납해 주셔서 감사합니다.

## Errors in what was entered

err-case-learned-in-future = 분실 사실을 안 날이 오늘보다 뒤입니다(안 날: { $learned_on }, 오늘: { $today }). 날짜를 확인해 주세요.
err-case-reentered-before-learned = 일본에 다시 입국한 날이 분실 사실을 안 날보다 앞입니다(입국한 날: { $reentered_on }, 안 날: { $learned_on }). 두 날짜를 모두 확인해 주세요.
err-case-reentered-in-future = 일본에 다시 입국한 날이 오늘보다 뒤입니다(입국한 날: { $reentered_on }, 오늘: { $today }). 아직 해외에 있다면 대신 “지금도 해외에 있어요”를 선택해 주세요. 날짜는 나중에 입력할 수 있습니다.
err-case-birth-after-learned = 생년월일이 분실 사실을 안 날보다 뒤입니다(생년월일: { $birth_date }, 안 날: { $learned_on }). 날짜를 확인해 주세요.
err-case-birth-in-future = 생년월일이 오늘보다 뒤입니다(생년월일: { $birth_date }, 오늘: { $today }). 날짜를 확인해 주세요.
err-case-ordered-in-future = 관서로부터 신청 명령을 받은 날이 오늘보다 뒤입니다(명령을 받은 날: { $ordered_on }, 오늘: { $today }). 날짜를 확인해 주세요.
err-case-report-in-future = 경찰에 신고한 날이 오늘보다 뒤입니다(신고한 날: { $reported_on }, 오늘: { $today }). 날짜를 확인해 주세요.
err-case-report-before-learned = 경찰에 신고한 날이 분실 사실을 안 날보다 앞입니다(신고한 날: { $reported_on }, 안 날: { $learned_on }). 두 날짜를 모두 확인해 주세요.
err-case-found-in-future = 카드를 찾은 날이 오늘보다 뒤입니다(찾은 날: { $found_on }, 오늘: { $today }). 날짜를 확인해 주세요.
err-case-found-before-learned = 카드를 찾은 날이 카드가 없어진 것을 알아차린 날보다 앞입니다(찾은 날: { $found_on }, 알아차린 날: { $learned_on }). 두 날짜를 모두 확인해 주세요.
err-case-applied-in-future = 신청한 날이 오늘보다 뒤입니다(신청한 날: { $applied_on }, 오늘: { $today }). 날짜를 확인해 주세요.
err-case-acceptance-number-empty = 경찰에서 받은 접수번호(受理番号)를 입력해 주세요. 받지 못하셨다면 파출소(交番)나 경찰서에 문의해 주세요. 경찰이 신고를 받아 주지 않았다면, 번호 대신 해당 칸에 체크해 주세요.
err-case-acceptance-number-too-long = 입력하신 접수번호는 { $chars }자입니다. 접수번호는 최대 { $max }자입니다. 번호만 입력해 주세요.
err-case-acceptance-number-control = 접수번호는 인쇄된 그대로 한 줄로 적어 주세요.
err-case-card-number-length = 재류카드 번호는 12자입니다(영문자 2자, 숫자 8자, 영문자 2자, 예: AB12345678CD). 입력하신 번호는 { $chars }자입니다.
err-case-card-number-pattern = 재류카드 번호는 영문자 2자, 숫자 8자, 영문자 2자로 되어 있습니다(예: AB12345678CD). 확인해 주세요.
