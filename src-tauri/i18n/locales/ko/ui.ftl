# The app's screens. Messages without variables are sent to the UI as they are.
# Korean has only the plural category "other": the day counts need no selector.

ui-app-title = 재류카드 도우미
ui-skip = 본문으로 건너뛰기
ui-language = 언어
ui-back = 뒤로
ui-next = 다음
ui-home = 홈
ui-loading = 불러오는 중…
ui-home-title = 재류카드를 잃어버리셨나요?
ui-home-lead = 걱정하지 마세요. 새 카드를 신청할 수 있는 기간은 14일이며, 이 앱이 한 단계씩 안내해 드립니다. 입력하신 답변은 이 기기에만 저장됩니다.
ui-start-case = 시작하기 (1분이면 끝나요)
ui-my-cases = 내 신청 건
ui-open-case = 열기
ui-today-title = 오늘 (일본 시간)
ui-if-lost-title = 오늘 카드를 잃어버린다면
ui-if-lost-lead = 새 카드 신청 기한:

ui-triage-progress = 질문 { $number }/{ $total }
ui-triage-date-label = 날짜
ui-triage-see-plan = 내 계획 보기

ui-case-title-lost = 재류카드 분실
ui-case-title-stolen = 재류카드 도난
ui-case-title-destroyed = 재해나 화재로 인한 카드 멸실
ui-case-title-destroyed-by-accident = 사고로 인한 카드 멸실
ui-case-title-found-again = 카드를 다시 찾았습니다
ui-case-title-damaged = 카드 훼손
ui-case-title-exchange = 카드 교체
ui-case-title-old-card = 이전 카드 반납

ui-deadline-title = 신청 기한
ui-legal-last-day = 법정 기한
ui-recommended-day = 늦어도 이날까지 가세요
ui-days-left = { $days }일 남음
ui-due-today = 오늘이 마지막 날입니다
ui-days-late = 기한이 { $days }일 지남
ui-done-on = { $on } 완료
ui-next-step = 다음 단계
ui-plan-title = 내 계획
ui-checklist-title = 준비물
ui-only-if-asked = 창구에서 요청하는 경우에만
ui-fee-title = 수수료
ui-penalty-title = 신청하지 않으면
ui-penalty-show = 기한을 놓치면 어떻게 되나요?
ui-notes-title = 알아 두세요
ui-source = 출처
ui-as-of = 기준일
ui-confidence-law = 법령 원문 또는 공식 페이지
ui-confidence-secondary = 변호사·대학이 인용한 공식 페이지
ui-confidence-unconfirmed = 확인되지 않음

ui-police-card-button = 경찰용 안내 카드 보기
ui-police-title = 경찰관께
ui-police-lead = 이 화면을 경찰관에게 보여 주세요.

ui-report-title = 경찰 신고 내용
ui-report-lead = 경찰에서 받은 내용을 적어 두세요. 접수번호는 신청 서류에 기재됩니다.
ui-report-kind = 신고 종류
ui-report-kind-loss = 분실신고(遺失届)
ui-report-kind-theft = 도난신고(盗難届)
ui-report-kind-disaster = 이재증명서(罹災証明書)
ui-report-kind-abroad = 해외 경찰에 한 신고
ui-report-where = 어디에 신고했나요?
ui-report-country = 나라
ui-report-police-abroad = 경찰(서류에 적힌 경찰서나 기관 이름)
ui-report-number-abroad = 신고 번호(서류에 있다면)
ui-report-not-reported = 경찰에 신고하지 않았고, 앞으로도 하지 않을 거예요
ui-report-not-reported-help = 집에서 잃어버린 카드, 또는 해외에서 잃어버리고 현지에서 신고하지 않은 경우에 선택할 수 있습니다. 진술서에는 신고하지 않았다는 사실과 그 이유가 기재됩니다. 창구에서도 설명해 주세요.
ui-report-station = 경찰서 또는 파출소
ui-report-date = 신고일
ui-report-number = 접수번호(受理番号)
ui-report-not-accepted = 경찰이 신고를 받아 주지 않았어요
ui-report-not-accepted-help = 경찰이 신고를 받아 주지 않은 경우(예: 집에서 잃어버린 카드) 여기에 체크하세요. 어디서, 언제 요청했는지 적어 주세요. 진술서에 그렇게 기재됩니다.
ui-report-save = 저장
ui-saved = 저장했습니다.

ui-applied-button = 신청했어요
ui-found-button = 카드를 찾았어요
ui-found-undo = 사실은 찾지 못했나요? 되돌리기
ui-reentry-title = 일본에 돌아오셨나요?
ui-reentry-offer = 해외에 있을 때 분실을 알아차렸나요?
ui-reentry-lead = 돌아온 날을 입력하세요. 14일은 돌아온 날의 다음 날부터 셉니다.
ui-reentry-date = 일본에 돌아온 날
ui-reentry-save = 날짜 저장
ui-return-by-title = 일본에 돌아와야 하는 마지막 날
ui-return-by-lead = 알고 있다면 재입국 허가의 마지막 날을 입력하세요. 특별 재입국 허가(みなし再入国)는 출국한 날부터 1년 후이며, 재류기간이 그보다 먼저 끝나면 재류기간이 끝나는 날입니다(특별영주자는 출국한 날부터 2년 후). 재입국 허가(再入国許可)는 여권에 적힌 날짜입니다. 그날의 30일 전, 7일 전, 1일 전에 알려 드립니다.
ui-return-by-date = 내 재입국 허가의 마지막 날
ui-return-by-save = 저장
ui-leaving-title = 곧 해외에 갈 예정인가요?
ui-leaving-lead = 새 카드를 받기 전에 일본을 떠나면 재류자격을 잃을 수 있습니다. 여행할 계획이 있다면 알려 주세요. 계획의 맨 앞에 경고가 표시됩니다.
ui-leaving-set = 곧 일본을 떠날 예정이에요
ui-leaving-unset = 이제 곧 떠날 예정이 없어요
ui-delete-case = 이 신청 건 삭제
ui-delete-confirm = 이 신청 건과 그 안의 모든 내용을 삭제할까요? 삭제하면 되돌릴 수 없습니다.

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = 열기
ui-file-share = 공유 또는 인쇄
ui-open-done = 다른 앱에서 파일을 열었습니다.
ui-share-done = 공유했습니다.
ui-share-cancelled = 공유하지 않았습니다: 공유 창이 닫혔습니다.
ui-share-shown = 공유 창이 열렸습니다. 파일을 보낼 곳을 고르거나 인쇄하세요.
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = 다운로드 › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = 파일 › 나의 iPhone › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = { $from } 다음 날부터 세는 14일({ $from } 당일은 세지 않음). 마지막 날은 { $last }입니다.
ui-cal-month = { $year }년 { $month }
ui-cal-day-n = 14일 중 { $n }일째
ui-cal-closed-weekend = 주말: 관공서 휴무
ui-cal-closed-holiday = 공휴일 { $name }: 관공서 휴무
ui-cal-closed-year-end = 연말연시(12월 29일~1월 3일): 관공서 휴무
ui-cal-legend-count-start = 세기 시작하는 날(이날은 세지 않음)
ui-cal-legend-in-window = 14일 중 하루
ui-cal-legend-closed = 관공서 휴무
ui-cal-legend-today = 오늘
ui-cal-legend-recommended = 늦어도 이날까지 가세요
ui-cal-legend-last-day = 법정 기한
ui-cal-closed-title = 휴무일
ui-open-days-left = { $count ->
    [0] 남은 기간에 창구가 운영되는 날이 없습니다.
   *[other] 남은 기간 중 창구가 운영되는 날은 { $count }일입니다(오늘 포함).
}
