# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.
# Filipino: CLDR "one" covers 1, 2, 3, 5, 7, 8, 10… so counts use the exact keys [0]/[1], not [one].

## Applying for a new card

rem-apply-opened-title = Ang bago mong residence card: ang iyong deadline
rem-apply-opened-body = Mag-apply hanggang { $deadline } ({ $days ->
    [0] ngayong araw
   *[other] { $days } araw pa
}). Nasa app ang iyong plano.
rem-apply-opened-late-body = Ang deadline ay { $deadline } ({ $days ->
    [1] kahapon
   *[other] { $days } araw na ang nakalipas
}). Hindi pa huli ang lahat: mag-apply sa lalong madaling panahon, kasama ang maikling sulat na nagpapaliwanag ng pagkaantala.
rem-apply-before-title = { $days ->
    [1] 1 araw na lang para mag-apply
   *[other] { $days } araw na lang para mag-apply
}
rem-apply-before-body = Mag-apply para sa bago mong residence card hanggang { $deadline } ({ $days ->
    [1] bukas
   *[other] sa loob ng { $days } araw
}). Tingnan ang iyong mga dokumento sa app.
rem-apply-last-day-title = Ngayon ang huling araw para mag-apply
rem-apply-last-day-body = Ngayong araw, { $deadline }, ang huling araw para mag-apply para sa bago mong residence card.

## Returning an old card

rem-return-opened-title = Ibalik ang lumang card mo
rem-return-opened-body = Ibalik ang lumang card hanggang { $deadline } ({ $days ->
    [0] ngayong araw
   *[other] { $days } araw pa
}).
rem-return-opened-late-body = Dapat sanang naibalik ang lumang card hanggang { $deadline } ({ $days ->
    [1] kahapon
   *[other] { $days } araw na ang nakalipas
}). Ibalik ito sa lalong madaling panahon.
rem-return-before-title = { $days ->
    [1] 1 araw na lang para ibalik ang lumang card mo
   *[other] { $days } araw na lang para ibalik ang lumang card mo
}
rem-return-before-body = Ibalik ang lumang card mo hanggang { $deadline } ({ $days ->
    [1] bukas
   *[other] sa loob ng { $days } araw
}).
rem-return-last-day-title = Ngayon ang huling araw para ibalik ang lumang card mo
rem-return-last-day-body = Ngayong araw, { $deadline }, ang huling araw para ibalik ang lumang card mo.

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = Bumalik sa Japan nang hindi lalampas sa { $by }
# $days = days left before it.
rem-return-by-body = Ang huling araw ng iyong re-entry permission ay { $by } ({ $days ->
    [1] 1 araw na lang
   *[other] { $days } araw na lang
}). Bumalik sa Japan nang hindi lalampas sa araw na iyon, kung hindi ay mawawala ang iyong status of residence. Pagkatapos, mag-apply para sa bago mong card sa loob ng 14 na araw.

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Ang Android ang pumipili ng eksaktong minuto para makatipid ng baterya: darating ang bawat paalala sa pagitan ng { $from } at { $to } sa araw nito (mahuhuli lang kung pinipigilan ito ng battery saver).
reminders-test-failed = Hindi maipakita ang test notification. Tingnan sa settings ng iyong device kung pinapayagang magpadala ng notification ang app na ito.
