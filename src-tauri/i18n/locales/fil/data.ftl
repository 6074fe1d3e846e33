# The "Your data" screen: export, import with a preview, delete all.
# Filipino: the counts are written as "label: number", so no plural selector is needed.

ui-data-button = Ang data mo
ui-data-title = Ang data mo
ui-data-lead = Nananatili sa device na ito ang lahat ng inilagay mo. Puwede kang mag-save ng kopya, magbalik ng kopya, o burahin ang lahat.
ui-export-button = I-save ang kopya (export)
ui-export-done = Na-save ang kopya sa: { $path }
ui-import-label = Ibalik ang kopya (import)
ui-import-preview = Sa kopyang ito — bago: { $added }, binago: { $changed }, walang pagbabago: { $unchanged }. Kapag pinili ang "Palitan", mabubura rin ang mga wala sa kopya: { $removed }.
ui-import-merge = Pagsamahin sa kasalukuyan
ui-import-replace = Palitan ang kasalukuyan
ui-import-done = Na-import na ang kopya.
ui-delete-all = Burahin ang lahat ng data ko
ui-delete-all-confirm = Burahin ang lahat ng itinatago ng app na ito sa device na ito? Hindi na ito maibabalik.
ui-delete-all-done = Nabura na ang lahat ng data mo.

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = Passphrase para sa kopya (opsyonal)
ui-export-passphrase-help = Kapag may passphrase, naka-encrypt ang kopya (isang .age file) at ang passphrase na iyon lang ang makakapagbukas nito. Kapag nakalimutan mo ito, hindi na mabubuksan ang kopya.
ui-export-plain-warning = Kapag walang passphrase, hindi naka-encrypt ang kopya: mababasa ng sinumang makakuha ng file ang iyong mga detalye.
ui-import-passphrase = Passphrase ng kopyang ito
ui-import-encrypted = Naka-encrypt ang kopyang ito. Ilagay ang passphrase nito, saka pindutin ang “Buksan”.
ui-import-open = Buksan
err-import-passphrase-needed = Naka-encrypt ang kopyang ito: ilagay ang passphrase nito. Walang binago.
err-import-passphrase-wrong = Hindi nabubuksan ng passphrase na ito ang kopya. Tingnan itong mabuti at subukang muli. Walang binago.
err-import-encrypted-damaged = Sira o kulang ang naka-encrypt na kopyang ito, kaya hindi ito mabubuksan. Walang binago.
err-export-encrypt = Hindi ma-encrypt ang kopya. Walang na-save.
