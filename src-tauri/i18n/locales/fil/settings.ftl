# Ang screen ng mga paalala (settings), pahintulot sa notification, test notification, at calendar
# file (.ics). $path = kung saan na-save.

ui-settings-button = Mga paalala at kalendaryo
ui-settings-title = Mga paalala
ui-settings-lead = Lalabas ang mga paalala sa device na ito bago ang iyong deadline. Walang ipinapadala kahit saan.
ui-reminders-on = Paalalahanan ako bago ang deadline
ui-reminder-hour = Oras (oras sa Japan)
ui-settings-saved = Na-save na.
ui-test-notification = Magpadala ng test notification
ui-test-notification-sent = Naipadala ang test notification. Kung hindi mo ito nakita, tingnan ang notification settings ng iyong device.
ui-pending-title = Mga darating na paalala
ui-pending-none = Walang naghihintay na paalala.
ui-calendar-export = I-save ang mga petsa bilang calendar file (.ics)
ui-calendar-done = Na-save ang calendar file sa: { $path }
ui-permission-reason = Para mapaalalahanan ka bago ang deadline, kailangan ng app na ito ng pahintulot na magpakita ng notification.
ui-permission-allow = Payagan ang mga paalala
ui-permission-later = Mamaya na
ui-permission-denied = Naka-off ang notifications ng app na ito, kaya hindi lalabas ang mga paalala. Gumagana pa rin ang lahat ng iba pa. Maaari mo itong i-on sa settings ng iyong device.

test-notification-title = Test na paalala
test-notification-body = Gumagana ang mga paalala. Matatanggap mo ang mga ito bago ang deadline.

cal-name = Mga deadline ng residence card
cal-apply-deadline-title = Huling araw para mag-apply ng bagong residence card (在留カード)
cal-return-deadline-title = Huling araw para ibalik ang lumang card
cal-deadline-body = Hanggang sa araw na ito ang pinapayagan ng batas. Nasa app ang iyong plano at mga papeles.
cal-return-by-title = Huling araw ng iyong re-entry permission: dapat nakabalik ka na sa Japan
cal-return-by-body = Bumalik sa Japan nang hindi lalampas sa araw na ito, kung hindi ay mawawala ang iyong status of residence. Pagkatapos, mag-apply para sa bago mong residence card sa loob ng 14 na araw.

err-app-reminder-hour = Pumili ng oras mula 6:00 hanggang 21:00. Walang binago.
