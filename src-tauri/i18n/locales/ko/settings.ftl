# 알림 화면(설정), 알림 권한, 테스트 알림, 캘린더 내보내기(.ics). $path = 저장한 위치.

ui-settings-button = 알림과 캘린더
ui-settings-title = 알림
ui-settings-lead = 기한 전에 이 기기에 알림이 표시됩니다. 어디로도 전송되지 않습니다.
ui-reminders-on = 기한 전에 알려 주기
ui-reminder-hour = 시간 (일본 시간)
ui-settings-saved = 저장했습니다.
ui-test-notification = 테스트 알림 보내기
ui-test-notification-sent = 테스트 알림을 보냈습니다. 보이지 않으면 기기의 알림 설정을 확인해 주세요.
ui-pending-title = 예정된 알림
ui-pending-none = 대기 중인 알림이 없습니다.
ui-calendar-export = 날짜를 캘린더 파일(.ics)로 저장
ui-calendar-done = 캘린더 파일을 저장했습니다: { $path }
ui-permission-reason = 기한 전에 알려 드리려면 이 앱에 알림 표시 권한이 필요합니다.
ui-permission-allow = 알림 허용
ui-permission-later = 나중에
ui-permission-denied = 이 앱의 알림이 꺼져 있어 알림이 표시되지 않습니다. 다른 기능은 모두 사용할 수 있습니다. 기기 설정에서 알림을 켤 수 있습니다.

test-notification-title = 테스트 알림
test-notification-body = 알림이 잘 작동합니다. 기한 전에 알림을 받게 됩니다.

cal-name = 재류카드 기한
cal-apply-deadline-title = 새 재류카드(在留カード) 신청 마지막 날
cal-return-deadline-title = 옛 카드 반납 마지막 날
cal-deadline-body = 법으로 허용되는 기한은 이날까지입니다. 계획과 서류는 앱에 있습니다.
cal-return-by-title = 재입국 허가 마지막 날: 이날까지 일본에 돌아오기
cal-return-by-body = 이날까지 일본에 돌아오세요. 그렇지 않으면 재류자격을 잃게 됩니다. 돌아온 뒤 14일 이내에 새 재류카드를 신청하세요.

err-app-reminder-hour = 6:00부터 21:00 사이의 시간을 선택해 주세요. 아무것도 바뀌지 않았습니다.
