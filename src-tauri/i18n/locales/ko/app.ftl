# Errors of the app's commands.

err-app-not-found = { $what ->
    [case] 이 신청 건은
   *[other] 이 항목은
} 더 이상 존재하지 않습니다. 돌아가서 다시 시도해 주세요.
err-app-device = 이 기기에서 문제가 발생했습니다. 변경된 내용은 없습니다.
err-app-bad-input = 앱이 사용할 수 없는 입력을 받았습니다. 변경된 내용은 없습니다.
err-app-unknown-language = 이 언어는 지원되지 않습니다.
err-app-triage-incomplete = 먼저 모든 질문에 답해 주세요.
err-app-station-empty = 신고한 장소를 입력해 주세요.
err-app-country-empty = 신고한 나라를 입력해 주세요.
err-app-report-date-empty = 신고한 날짜를 입력해 주세요.
err-app-report-kind-not-this-case = 이 신고 종류는 이 신청 건에 맞지 않습니다. 다시 선택해 주세요.
err-app-report-needed = 이 경우에는 먼저 경찰에 분실 또는 도난 신고를 해 주세요. 진술서에 신고 내용이 필요합니다.
err-app-place-too-long = 장소 이름이 너무 깁니다(한 줄로 최대 { $max }자).
err-app-reentry-not-this-case = 일본에 돌아온 날은 분실, 도난, 멸실된 카드의 경우에만 적용됩니다.
err-app-found-not-this-case = 찾았다고 표시할 수 있는 것은 아직 새 카드가 발급되지 않은 분실 또는 도난 카드뿐입니다.
