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
