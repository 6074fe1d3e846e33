# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = Wala pang naka-save na record. Lahat ng ilalagay mo ay itatago sa device na ito.
# The records were opened normally.
store-load-loaded = Nabuksan ang iyong mga record.
# The records were saved by an older version of the app and were updated.
store-load-migrated = Nabuksan ang iyong mga record at na-update para sa bersyong ito ng app.
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = Nawawala ang file ng iyong mga record, kaya ang naunang naka-save na bersyon ang binuksan. Baka wala ang pinakahuli mong pagbabago: pakitingnan ito.
# The records file could not be read; the previous saved version was used.
store-load-recovered = Hindi mabasa ang file ng iyong mga record, kaya ang naunang naka-save na bersyon ang binuksan. Baka wala ang pinakahuli mong pagbabago: pakitingnan ito. Itinago ang hindi mabasang file, hindi binura.
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = Na-save ang iyong mga record ng mas bagong bersyon ng app na ito, na hindi kayang buksan ng bersyong ito. Ang naunang naka-save na bersyon ang binuksan sa halip. Pakiupdate ang app; itinago ang mas bagong file, hindi binura.
# Neither the records file nor the previous version could be read.
store-load-started-empty = Hindi mabasa ang iyong mga naka-save na record, kaya nagsimulang walang laman ang app. Itinago ang mga hindi mabasang file, hindi binura.
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = Na-save ang iyong mga record ng mas bagong bersyon ng app na ito, na hindi kayang buksan ng bersyong ito, kaya nagsimulang walang laman ang app. Pakiupdate ang app; itinago ang iyong mga record, hindi binura.

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = Ang { $file } ay ginawa ng mas bagong bersyon ng app. Itinago ito bilang { $kept_as } sa quarantine folder.
store-set-aside-empty = Walang laman ang { $file }. Itinago ito bilang { $kept_as } sa quarantine folder.
store-set-aside-truncated = Naputol ang { $file }, malamang dahil naantala ang pag-save. Itinago ito bilang { $kept_as } sa quarantine folder.
store-set-aside-too-large = Masyadong malaki ang { $file } para mabuksan nang ligtas. Itinago ito bilang { $kept_as } sa quarantine folder.
store-set-aside-damaged = Sira ang { $file }. Itinago ito bilang { $kept_as } sa quarantine folder.

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = Hindi magamit ng app ang { $file } sa device na ito.
# $file: the file or folder name.
err-store-io-permission = Walang pahintulot ang app na gamitin ang { $file } sa device na ito.
# $file: the file or folder name.
err-store-io-full = Kulang ang bakanteng espasyo sa device na ito para i-save ang { $file }.
# $file: the file or folder name.
err-store-io-read-only = Hindi mababago ang { $file }: read-only ang storage.
# $file: the file or folder name.
err-store-io-not-found = Hindi nakita ang { $file }.
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = Masyadong malaki ang { $file } ({ $size } bytes; ang limit ay { $limit } bytes).
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = Internal error: ang “{ $name }” ay hindi valid na pangalan ng file para sa mga record.
err-store-encode = Hindi ma-save ang iyong mga record sa anyong mababasa ulit. Walang binago.
err-store-not-an-export = Ang file na ito ay hindi export ng app na ito.
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = Ginawa ang export na ito ng mas bagong bersyon ng app. Pakiupdate ang app para ma-import ito.
err-store-import-damaged = Sira ang export file na ito at hindi ma-import.
err-store-held-elsewhere = Bukas ang iyong mga record sa isa pang window ng app na ito, at iyon lang ang makakapagbago sa mga ito. Gamitin ang window na iyon, o isara ang dalawa at buksan muli ang app. Walang binago rito.
