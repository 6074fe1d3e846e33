# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.

## Applying for a new card

rem-apply-opened-title = Your new residence card: your deadline
rem-apply-opened-body = Apply by { $deadline } ({ $days ->
    [0] today
    [one] 1 day left
   *[other] { $days } days left
}). Your plan is in the app.
rem-apply-opened-late-body = The deadline was { $deadline } ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}). It is not too late: apply as soon as you can, with a short letter explaining the delay.
rem-apply-before-title = { $days ->
    [one] 1 day left to apply
   *[other] { $days } days left to apply
}
rem-apply-before-body = Apply for your new residence card by { $deadline } ({ $days ->
    [one] tomorrow
   *[other] in { $days } days
}). Check your documents in the app.
rem-apply-last-day-title = Today is the last day to apply
rem-apply-last-day-body = Today, { $deadline }, is the last day to apply for your new residence card.

## Returning an old card

rem-return-opened-title = Return your old card
rem-return-opened-body = Return the old card by { $deadline } ({ $days ->
    [0] today
    [one] 1 day left
   *[other] { $days } days left
}).
rem-return-opened-late-body = The old card should have been returned by { $deadline } ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}). Return it as soon as you can.
rem-return-before-title = { $days ->
    [one] 1 day left to return your old card
   *[other] { $days } days left to return your old card
}
rem-return-before-body = Return your old card by { $deadline } ({ $days ->
    [one] tomorrow
   *[other] in { $days } days
}).
rem-return-last-day-title = Today is the last day to return your old card
rem-return-last-day-body = Today, { $deadline }, is the last day to return your old card.

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = Back in Japan by { $by }
# $days = days left before it.
rem-return-by-body = Your re-entry permission ends on { $by } ({ $days ->
    [one] in 1 day
   *[other] in { $days } days
}). Come back to Japan by then, or you lose your status of residence. Then apply for your new card within 14 days.

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = Android chooses the exact minute to save battery: each reminder comes between { $from } and { $to } on its day (later only while battery saver holds it back).
reminders-test-failed = The test notification could not be shown. Check in your device's settings that this app may send notifications.
