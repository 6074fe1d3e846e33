# The "Your data" screen: export, import with a preview, delete all.
# Korean has only the plural category "other": the counts need no selector.

ui-data-button = 내 데이터
ui-data-title = 내 데이터
ui-data-lead = 입력하신 내용은 모두 이 기기에만 저장됩니다. 사본을 저장하거나, 사본을 불러오거나, 모두 삭제할 수 있습니다.
ui-export-button = 사본 저장 (내보내기)
ui-export-done = 사본을 저장했습니다: { $path }
ui-import-label = 사본 불러오기 (가져오기)
ui-import-preview = 이 사본에는 새 항목 { $added }개, 변경된 항목 { $changed }개, 그대로인 항목 { $unchanged }개가 있습니다. '바꾸기'를 선택하면 사본에 없는 항목 { $removed }개도 삭제됩니다.
ui-import-merge = 현재 데이터와 합치기
ui-import-replace = 현재 데이터 바꾸기
ui-import-done = 사본을 가져왔습니다.
ui-delete-all = 내 데이터 모두 삭제
ui-delete-all-confirm = 이 앱이 이 기기에 저장한 모든 내용을 삭제할까요? 삭제하면 되돌릴 수 없습니다.
ui-delete-all-done = 모든 데이터를 삭제했습니다.

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = 사본 암호 문구 (선택)
ui-export-passphrase-help = 암호 문구를 정하면 사본이 암호화되며(.age 파일), 그 암호 문구로만 열 수 있습니다. 암호 문구를 잊어버리면 사본을 열 수 없습니다.
ui-export-plain-warning = 암호 문구가 없으면 사본은 암호화되지 않습니다. 이 파일을 손에 넣은 사람은 누구나 입력하신 정보를 읽을 수 있습니다.
ui-import-passphrase = 이 사본의 암호 문구
ui-import-encrypted = 이 사본은 암호화되어 있습니다. 암호 문구를 입력한 다음 “열기”를 눌러 주세요.
ui-import-open = 열기
err-import-passphrase-needed = 이 사본은 암호화되어 있습니다. 암호 문구를 입력해 주세요. 변경된 내용은 없습니다.
err-import-passphrase-wrong = 이 암호 문구로는 사본을 열 수 없습니다. 확인한 후 다시 시도해 주세요. 변경된 내용은 없습니다.
err-import-encrypted-damaged = 이 암호화된 사본은 손상되었거나 불완전하여 열 수 없습니다. 변경된 내용은 없습니다.
err-export-encrypt = 사본을 암호화할 수 없었습니다. 저장된 내용은 없습니다.
