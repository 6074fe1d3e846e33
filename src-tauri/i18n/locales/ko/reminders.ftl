# Notifications. $deadline = the legal last day, $days = a number of days.
# Korean has only the plural category "other"; [0] and [1] are exact numbers.

## Applying for a new card

rem-apply-opened-title = 새 재류카드: 신청 기한
rem-apply-opened-body = { $deadline }까지 신청해 주세요({ $days ->
    [0] 오늘
   *[other] { $days }일 남음
}). 앱에서 계획을 확인할 수 있습니다.
rem-apply-opened-late-body = 신청 기한은 { $deadline }까지였습니다({ $days }일 전). 아직 늦지 않았습니다. 늦어진 이유를 간단히 적은 문서와 함께 가능한 한 빨리 신청해 주세요.
rem-apply-before-title = 신청 기한까지 { $days }일 남았습니다
rem-apply-before-body = { $deadline }까지 새 재류카드를 신청해 주세요({ $days ->
    [1] 내일
   *[other] { $days }일 후
}). 앱에서 서류를 확인해 주세요.
rem-apply-last-day-title = 오늘이 신청 마지막 날입니다
rem-apply-last-day-body = 새 재류카드 신청 마지막 날은 오늘, { $deadline }입니다.

## Returning an old card

rem-return-opened-title = 이전 카드를 반납해 주세요
rem-return-opened-body = { $deadline }까지 이전 카드를 반납해 주세요({ $days ->
    [0] 오늘
   *[other] { $days }일 남음
}).
rem-return-opened-late-body = 이전 카드의 반납 기한은 { $deadline }까지였습니다({ $days }일 전). 가능한 한 빨리 반납해 주세요.
rem-return-before-title = 이전 카드 반납 기한까지 { $days }일 남았습니다
rem-return-before-body = { $deadline }까지 이전 카드를 반납해 주세요({ $days ->
    [1] 내일
   *[other] { $days }일 후
}).
rem-return-last-day-title = 오늘이 이전 카드 반납 마지막 날입니다
rem-return-last-day-body = 이전 카드 반납 마지막 날은 오늘, { $deadline }입니다.

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = { $by }까지 일본에 돌아오세요
rem-return-by-body = 재입국 허가 기한은 { $by }까지입니다({ $days }일 후). 그때까지 일본에 돌아오세요. 그렇지 않으면 재류자격을 잃게 됩니다. 돌아온 뒤 14일 이내에 새 카드를 신청하세요.

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Android는 배터리를 아끼기 위해 정확한 분을 스스로 정합니다. 각 알림은 그날 { $from }~{ $to } 사이에 옵니다(절전 모드가 붙잡고 있을 때만 더 늦어집니다).
reminders-test-failed = 테스트 알림을 표시하지 못했습니다. 기기 설정에서 이 앱이 알림을 보낼 수 있는지 확인해 주세요.
