# The app's screens. Messages without variables are sent to the UI as they are.
# Filipino: CLDR "one" covers 1, 2, 3, 5, 7, 8, 10… so counts use the exact keys [0]/[1], not [one].

ui-app-title = Gabay sa Residence Card
ui-skip = Lumaktaw sa nilalaman
ui-language = Wika
ui-back = Bumalik
ui-next = Susunod
ui-home = Home
ui-loading = Naglo-load…
ui-home-title = Nawala ang residence card mo?
ui-home-lead = Huwag mag-alala. May 14 na araw ka para mag-apply para sa bagong card, at ipinapakita ng app na ito ang bawat hakbang. Nananatili sa device na ito ang iyong mga sagot.
ui-start-case = Magsimula: isang minuto lang
ui-my-cases = Mga kaso mo
ui-open-case = Buksan
ui-today-title = Ngayong araw sa Japan
ui-if-lost-title = Kung mawala ang card mo ngayon
ui-if-lost-lead = kailangan mong mag-apply para sa bago hanggang

ui-triage-progress = Tanong { $number } sa { $total }
ui-triage-date-label = Petsa
ui-triage-see-plan = Ipakita ang plano ko

ui-case-title-lost = Nawalang residence card
ui-case-title-stolen = Ninakaw na residence card
ui-case-title-destroyed = Card na nasira nang tuluyan sa sakuna o sunog
ui-case-title-destroyed-by-accident = Card na nasira nang tuluyan sa aksidente
ui-case-title-found-again = Nakita na ulit ang card mo
ui-case-title-damaged = Sirang card
ui-case-title-exchange = Palit ng card
ui-case-title-old-card = Lumang card na ibabalik

ui-deadline-title = Mag-apply hanggang
ui-legal-last-day = Huling araw ayon sa batas
ui-recommended-day = Pumunta nang hindi lalampas sa araw na ito
ui-days-left = { $days ->
    [1] 1 araw na lang
   *[other] { $days } araw na lang
}
ui-due-today = Ngayon ang huling araw
ui-days-late = { $days ->
    [1] 1 araw nang lampas sa deadline
   *[other] { $days } araw nang lampas sa deadline
}
ui-done-on = Tapos noong { $on }
ui-next-step = Susunod na hakbang
ui-plan-title = Ang plano mo
ui-checklist-title = Mga dadalhin
ui-only-if-asked = kung hihingin lang ng opisina
ui-fee-title = Bayad
ui-penalty-title = Kung hindi ka mag-apply
ui-penalty-show = Ano ang mangyayari kung lumampas ako sa deadline?
ui-notes-title = Mabuting malaman
ui-source = Pinagmulan
ui-as-of = noong
ui-confidence-law = teksto ng batas o opisyal na pahina
ui-confidence-secondary = opisyal na pahina ayon sa pagsipi ng mga abogado at unibersidad
ui-confidence-unconfirmed = hindi pa kumpirmado

ui-police-card-button = Ipakita sa pulis
ui-police-title = Para sa pulis
ui-police-lead = Ipakita ang screen na ito sa pulis.

ui-report-title = Ang report mo sa pulis
ui-report-lead = Isulat ang ibinigay sa iyo ng pulis. Ilalagay ang numero sa mga papel mo.
ui-report-kind = Uri ng report
ui-report-kind-loss = Loss report (遺失届)
ui-report-kind-theft = Theft report (盗難届)
ui-report-kind-disaster = Disaster certificate (罹災証明書)
ui-report-kind-abroad = Report sa pulis sa ibang bansa
ui-report-where = Saan ka nag-report?
ui-report-country = Bansa
ui-report-police-abroad = Pulis (ang istasyon o opisina, gaya ng nakasulat sa papel)
ui-report-number-abroad = Report number, kung mayroon sa papel
ui-report-not-reported = Hindi ako nag-report sa pulis, at hindi ako magre-report
ui-report-not-reported-help = Puwede ito para sa card na nawala sa bahay, o nawala sa ibang bansa at hindi nai-report doon. Sasabihin ng statement na walang ginawang report at kung bakit; magpaliwanag ka rin sa counter.
ui-report-station = Police station o opisina
ui-report-date = Petsa ng report
ui-report-number = Acceptance number (受理番号)
ui-report-not-accepted = Hindi tinanggap ng pulis ang report ko
ui-report-not-accepted-help = I-tsek ito kung ayaw tumanggap ng report ng pulis (halimbawa, para sa card na nawala sa bahay). Isulat kung saan at kailan ka nagtanong; sasabihin iyon ng statement.
ui-report-save = I-save ang report
ui-saved = Na-save.

ui-applied-button = Nakapag-apply na ako
ui-found-button = Nakita ko ang card ko
ui-found-undo = Hindi pala nakita? I-undo
ui-reentry-title = Nakabalik ka na sa Japan?
ui-reentry-offer = Napansin mo ba ang pagkawala habang nasa ibang bansa ka?
ui-reentry-lead = Ilagay ang araw na bumalik ka: binibilang ang 14 na araw mo simula sa araw pagkatapos nito.
ui-reentry-date = Ang araw na bumalik ka sa Japan
ui-reentry-save = I-save ang araw
ui-return-by-title = Ang huling araw para makabalik sa Japan
ui-return-by-lead = Kung alam mo, ilagay ang huling araw ng iyong re-entry permission: para sa special re-entry permission (みなし再入国), isang taon pagkatapos ng araw na umalis ka, o ang katapusan ng iyong period of stay kung mas maaga iyon (special permanent resident: dalawang taon pagkatapos ng araw na umalis sila); para sa re-entry permit (再入国許可), ang petsang nasa passport mo. Paaalalahanan ka namin 30, 7 at 1 araw bago nito.
ui-return-by-date = Huling araw ng aking re-entry permission
ui-return-by-save = I-save
ui-leaving-title = Malapit ka na bang bumiyahe sa ibang bansa?
ui-leaving-lead = Kapag umalis ka ng Japan bago mo makuha ang bagong card, maaaring mawala ang iyong status of residence. Sabihin sa amin kung may balak kang bumiyahe: ilalagay ng plano ang babala sa pinakauna.
ui-leaving-set = Balak kong umalis ng Japan sa malapit na panahon
ui-leaving-unset = Hindi ko na balak umalis ng Japan sa malapit na panahon
ui-delete-case = Burahin ang kaso
ui-delete-confirm = Burahin ang kasong ito at lahat ng laman nito? Hindi na ito maibabalik.

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = Buksan
ui-file-share = Ibahagi o i-print
ui-open-done = Nabuksan ang file sa ibang app.
ui-share-done = Naibahagi na.
ui-share-cancelled = Hindi naibahagi: naisara ang share sheet.
ui-share-shown = Bukas ang share sheet: piliin kung saan ipapadala ang file, o i-print ito.
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = Downloads › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = Files › On My iPhone › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = Ang 14 na araw pagkatapos ng { $from } (hindi binibilang ang mismong araw na iyon); ang huling araw ay { $last }.
ui-cal-month = { $month } { $year }
ui-cal-day-n = araw { $n } sa 14
ui-cal-closed-weekend = weekend: sarado ang mga opisina ng gobyerno
ui-cal-closed-holiday = pambansang holiday { $name }: sarado ang mga opisina ng gobyerno
ui-cal-closed-year-end = bakasyon sa katapusan at simula ng taon (Dis 29 – Ene 3): sarado ang mga opisina ng gobyerno
ui-cal-legend-count-start = ang araw na pinagsisimulan ng bilang (hindi ito binibilang)
ui-cal-legend-in-window = isa sa 14 na araw
ui-cal-legend-closed = sarado ang mga opisina ng gobyerno
ui-cal-legend-today = ngayong araw
ui-cal-legend-recommended = pumunta nang hindi lalampas sa araw na ito
ui-cal-legend-last-day = huling araw ayon sa batas
ui-cal-closed-title = Mga araw na sarado
ui-open-days-left = { $count ->
    [0] Hindi bukas ang immigration office sa alinman sa natitirang mga araw.
    [1] Bukas ang immigration office sa 1 sa natitirang mga araw (kasama ngayong araw).
   *[other] Bukas ang immigration office sa { $count } sa natitirang mga araw (kasama ngayong araw).
}
