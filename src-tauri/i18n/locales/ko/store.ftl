# The records store: what happened when the records were opened, and its errors.

## Opening the records (LoadReport)

store-load-fresh-start = 아직 저장된 기록이 없습니다. 입력하신 내용은 모두 이 기기에 저장됩니다.
store-load-loaded = 기록을 열었습니다.
store-load-migrated = 기록을 열고 현재 버전의 앱에 맞게 업데이트했습니다.
store-load-recovered-missing = 기록 파일이 없어서 이전에 저장된 버전을 열었습니다. 가장 최근에 변경한 내용이 빠져 있을 수 있으니 확인해 주세요.
store-load-recovered = 기록 파일을 읽을 수 없어서 이전에 저장된 버전을 열었습니다. 가장 최근에 변경한 내용이 빠져 있을 수 있으니 확인해 주세요. 읽을 수 없는 파일은 삭제하지 않고 보관했습니다.
store-load-recovered-newer = 기록이 이 앱의 더 새로운 버전에서 저장되어 현재 버전에서는 열 수 없습니다. 대신 이전에 저장된 버전을 열었습니다. 앱을 업데이트해 주세요. 더 새로운 버전의 파일은 삭제하지 않고 보관했습니다.
store-load-started-empty = 저장된 기록을 읽을 수 없어서 앱이 빈 상태로 시작되었습니다. 읽을 수 없는 파일은 삭제하지 않고 보관했습니다.
store-load-started-empty-newer = 기록이 이 앱의 더 새로운 버전에서 저장되어 현재 버전에서는 열 수 없으므로, 앱이 빈 상태로 시작되었습니다. 앱을 업데이트해 주세요. 기록은 삭제하지 않고 보관했습니다.

## One file set aside (SetAside). $file (its name), $kept_as (its name in the quarantine folder).

store-set-aside-newer = { $file } 파일은 더 새로운 버전의 앱에서 만들어졌습니다. 격리(quarantine) 폴더에 { $kept_as } 이름으로 보관했습니다.
store-set-aside-empty = { $file } 파일이 비어 있었습니다. 격리(quarantine) 폴더에 { $kept_as } 이름으로 보관했습니다.
store-set-aside-truncated = { $file } 파일이 중간에 잘려 있었습니다. 저장이 중단되었기 때문일 수 있습니다. 격리(quarantine) 폴더에 { $kept_as } 이름으로 보관했습니다.
store-set-aside-too-large = { $file } 파일이 너무 커서 안전하게 열 수 없었습니다. 격리(quarantine) 폴더에 { $kept_as } 이름으로 보관했습니다.
store-set-aside-damaged = { $file } 파일이 손상되어 있었습니다. 격리(quarantine) 폴더에 { $kept_as } 이름으로 보관했습니다.

## Errors (StoreError)

err-store-io = 앱이 이 기기에서 다음 항목을 사용할 수 없었습니다: { $file }
err-store-io-permission = 앱에 이 기기의 다음 항목을 사용할 권한이 없습니다: { $file }
err-store-io-full = 이 기기에 다음 항목을 저장할 여유 공간이 부족합니다: { $file }
err-store-io-read-only = 저장소가 읽기 전용이어서 다음 항목을 변경할 수 없습니다: { $file }
err-store-io-not-found = 다음 항목을 찾을 수 없습니다: { $file }
err-store-too-large = { $file } 파일이 너무 큽니다({ $size }바이트, 제한은 { $limit }바이트).
err-store-invalid-file-name = 내부 오류: “{ $name }”은(는) 기록에 쓸 수 있는 올바른 파일 이름이 아닙니다.
err-store-encode = 기록을 다시 읽을 수 있는 형식으로 저장할 수 없었습니다. 아무것도 변경되지 않았습니다.
err-store-not-an-export = 이 파일은 이 앱에서 내보낸 파일이 아닙니다.
err-store-export-newer = 이 내보내기 파일은 더 새로운 버전의 앱에서 만들어졌습니다. 가져오려면 앱을 업데이트해 주세요.
err-store-import-damaged = 이 내보내기 파일은 손상되어 가져올 수 없습니다.
err-store-held-elsewhere = 기록이 이 앱의 다른 창에서 열려 있으며, 그 창에서만 바꿀 수 있습니다. 그 창을 사용하거나, 두 창을 모두 닫고 앱을 다시 열어 주세요. 여기서는 아무것도 바뀌지 않았습니다.
