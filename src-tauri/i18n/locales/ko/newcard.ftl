# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Korean has only the plural category "other".

## The new card, on the case's page once the application is made

ui-new-card-title = 새 카드
ui-new-card-lead = 새 카드를 받으면 카드에 인쇄된 내용을 입력하세요(모두 선택 사항입니다). 그러면 카드 기한이 끝나기 전에 앱이 알려 드리고, 다음 서류에는 새 번호가 사용됩니다.
ui-new-card-picture = 카드에서 각 항목이 인쇄된 위치(실제 카드가 아니라 앱에서 직접 그린 그림입니다):
ui-new-card-number = ① 재류카드 번호(在留カード番号), 오른쪽 위
ui-new-card-holding = 카드 종류
ui-new-card-stay = ② 재류기간 만료일: 가운데, 在留期間（満了日） 다음 괄호 안의 날짜
ui-new-card-expires = ③ 유효기한: 맨 아래, このカードは…まで有効です 안의 날짜
ui-new-card-save = 새 카드 저장
ui-new-card-no-person = 먼저 서류 화면에서 카드 소지자 정보를 추가하세요. 새 카드는 그 정보에 기록됩니다.
ui-new-card-replaced = 이전 번호(이 신청 건에 보관되며, 새 서류에는 사용되지 않습니다)
ui-card-holding-residence-card = 재류기간이 있는 재류카드
ui-card-holding-permanent-resident = 영주자의 재류카드(또는 고도전문직 2호)
ui-card-holding-special-permanent = 특별영주자증명서
ui-renewals-title = 다가오는 갱신
ui-person-card = 지금 가지고 있는 카드(갱신 알림용)
ui-person-card-help = 모두 선택 사항입니다. 입력하면 재류기간이나 카드 기한이 끝나기 전에 앱이 알려 드립니다.
err-app-new-card-not-yet = 새 카드는 신청한 뒤에 기록할 수 있습니다.
err-app-new-card-no-person = 먼저 (서류 화면에서) 카드 소지자 정보를 추가하세요. 새 카드는 그 정보에 기록됩니다.

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] { $opens }부터, 늦어도 { $last }까지 출입국재류관리국에서 재류기간 갱신을 신청하세요(재류기간이 6개월 이상이면 만료 약 3개월 전부터 신청을 받습니다).
    [card] { $opens }부터, 늦어도 { $last }까지 출입국재류관리국에서 재류카드를 갱신하세요.
   *[spr] { $opens }부터, 늦어도 { $last }까지 거주지 시청·구청에서 증명서를 갱신하세요.
}
ui-next-dates-title = 카드를 유효하게 유지하기
ui-next-date-opens = { $renewal ->
    [stay] 이날부터 재류기간 갱신을 신청할 수 있습니다.
    [card] 이날부터 재류카드를 갱신할 수 있습니다.
   *[spr] 이날부터 증명서를 갱신할 수 있습니다.
}
ui-next-date-last-day = { $renewal ->
    [stay] 재류기간 갱신을 신청할 수 있는 마지막 날입니다.
    [card] 재류카드를 갱신할 수 있는 마지막 날입니다.
   *[spr] 증명서를 갱신할 수 있는 마지막 날입니다.
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] 재류기간이 { $last }에 끝났습니다. 그날까지 갱신을 신청했다면, 결과가 나올 때까지 일본에 머물 수 있습니다(최대 그날부터 2개월 후까지). 신청하지 않았다면 바로 출입국재류관리국에 가서 사정을 설명하세요.
    [card] 재류카드의 유효기간이 { $last }에 끝났습니다. 기한 내에 갱신하지 않으면 처벌받을 수 있습니다. 바로 출입국재류관리국에서 갱신하고, 늦어진 이유를 설명하세요.
   *[spr] 증명서의 유효기간이 { $last }에 끝났습니다. 기한 내에 갱신하지 않으면 처벌받을 수 있습니다. 바로 거주지 시청·구청에서 갱신하고, 늦어진 이유를 설명하세요.
}
ui-next-date-invite = 이 사람의 카드에 인쇄된 날짜를 입력하세요. 그러면 재류기간이나 카드 기한이 끝나기 전에 앱이 알려 드립니다.
ui-next-date-add = 카드 날짜 입력

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] 이제 재류기간 갱신을 신청할 수 있습니다
    [card] 이제 재류카드를 갱신할 수 있습니다
   *[spr] 이제 특별영주자증명서를 갱신할 수 있습니다
}
# $days = days left to the last day.
rem-renew-before-title = { $days ->
   *[other] { $days }일 남음
}: { $renewal ->
    [stay] 재류기간 갱신을 신청하세요
    [card] 재류카드를 갱신하세요
   *[spr] 증명서를 갱신하세요
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] { $last }까지 거주지를 관할하는 출입국재류관리국에서 재류기간 갱신을 신청하세요. 여권, 재류카드, 사진 1장, 그리고 재류자격에 따라 요구되는 서류를 가져가세요.
    [card] { $last }까지 거주지를 관할하는 출입국재류관리국에서 재류카드를 갱신하세요. 카드, 여권, 사진 1장을 가져가세요. 수수료는 없습니다.
   *[spr] { $last }까지 거주지 시청·구청에서 특별영주자증명서를 갱신하세요. 증명서, 여권(있는 경우), 사진 1장을 가져가세요.
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] 재류기간 갱신 신청 마지막 날
    [card] 재류카드 갱신 마지막 날
   *[spr] 증명서 갱신 마지막 날
}
