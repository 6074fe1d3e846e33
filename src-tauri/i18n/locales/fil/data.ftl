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
