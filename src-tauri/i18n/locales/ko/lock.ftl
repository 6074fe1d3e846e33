# The app lock: a PIN asked when the app starts and after time in the background.
# Korean has only the plural category "other": the counts need no selector.

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = PIN 번호로 이 앱을 잠글까요?
ui-lock-offer-lead = 이제 이 앱에는 이름, 카드 번호, 주소가 저장되어 있습니다. PIN 번호를 설정하면 다른 사람이 이 기기를 손에 넣어도 그 내용을 볼 수 없습니다.
ui-lock-offer-yes = PIN 번호 설정
ui-lock-offer-no = 나중에

## Setting, changing and removing the lock (settings)

ui-lock-title = 앱 잠금
ui-lock-lead = 앱을 시작할 때와 백그라운드에 있다가 돌아올 때 4~8자리 PIN 번호를 묻습니다.
# Shown before a PIN is set, every time.
ui-lock-forget-warning = PIN 번호를 잊어버리면 다시 들어갈 방법은 하나뿐입니다. 이 앱의 모든 데이터를 삭제하는 것입니다. 내 신청 건, 사람 정보, 답변이 모두 사라집니다. “내 데이터”에서 저장한 사본은 그 후에 다시 불러올 수 있습니다.
ui-lock-pin = PIN 번호 (4~8자리)
ui-lock-pin-repeat = 같은 PIN 번호 한 번 더
ui-lock-after = 앱이 백그라운드에 이 시간 동안 있으면 다시 묻기
ui-lock-after-now = 바로: 매번
ui-lock-after-minutes = { $minutes }분
ui-lock-turn-on = 잠금 켜기
ui-lock-is-on = 잠금이 켜져 있습니다.
ui-lock-is-off = 잠금이 꺼져 있습니다.
ui-lock-change-pin = PIN 번호 변경
ui-lock-turn-off = 잠금 끄기
ui-lock-turn-off-lead = 잠금을 끄려면 PIN 번호를 입력해 주세요.
ui-lock-saved = 저장했습니다.

## The lock screen (shows nothing personal)

ui-lock-screen-title = 이 앱은 잠겨 있습니다
ui-lock-screen-lead = 열려면 PIN 번호를 입력해 주세요.
ui-lock-unlock = 잠금 해제
ui-lock-device-unlock = 지문 또는 얼굴로 잠금 해제
ui-lock-forgot = PIN 번호를 잊어버렸어요
ui-lock-forgot-lead = PIN 번호는 되찾을 수 없습니다. 어디에도, 이 앱에도 보관되어 있지 않기 때문입니다. 다시 들어갈 방법은 이 앱의 모든 데이터를 잠금과 함께 삭제하는 것뿐입니다. 그다음 처음부터 다시 시작하거나, “내 데이터”에서 저장한 사본을 불러올 수 있습니다.
ui-lock-forgot-confirm = 모든 데이터와 잠금 삭제
ui-lock-back = 뒤로
# The system's fingerprint or face prompt says this.
lock-device-reason = 재류카드 도우미 잠금 해제
# Under the prompt's title (Android).
lock-device-description = 지문이나 얼굴로 앱을 열 수 있습니다. PIN 번호로도 열 수 있습니다.
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = PIN 번호 사용
# The prompt's cancel button (iOS).
lock-device-cancel = 취소

## Errors

err-lock-locked = 이 앱은 잠겨 있습니다. 열려면 PIN 번호를 입력해 주세요.
err-lock-pin-format = PIN 번호는 4~8자리 숫자(0~9)입니다.
err-lock-pin-mismatch = 두 PIN 번호가 같지 않습니다. 다시 입력해 주세요.
err-lock-wrong-pin = PIN 번호가 맞지 않습니다.
err-lock-wait-seconds = 틀린 횟수가 너무 많습니다. { $seconds }초 후에 다시 시도해 주세요.
err-lock-wait-minutes = 틀린 횟수가 너무 많습니다. { $minutes }분 후에 다시 시도해 주세요.
err-lock-not-set = 설정된 PIN 번호가 없습니다.
err-lock-device-unavailable = 이 기기에서는 이 앱의 잠금을 지문이나 얼굴로 해제할 수 없습니다. PIN 번호를 입력해 주세요.
err-lock-device-failed = 지문 또는 얼굴이 확인되지 않았습니다. PIN 번호를 입력하거나 다시 시도해 주세요.
