# The reminders screen (settings), the notification permission, the test notification and the
# calendar export (.ics). $path = where a file was saved.

ui-settings-button = Reminders and calendar
ui-settings-title = Reminders
ui-settings-lead = Reminders appear on this device before your deadline. Nothing is sent anywhere.
ui-reminders-on = Remind me before my deadline
ui-reminder-hour = Time of day (Japan time)
ui-settings-saved = Saved.
ui-test-notification = Send a test notification
ui-test-notification-sent = A test notification was sent. If you do not see it, check the notification settings of your device.
ui-pending-title = Coming reminders
ui-pending-none = No reminders are waiting.
ui-calendar-export = Save the dates as a calendar file (.ics)
ui-calendar-done = Saved the calendar file to: { $path }
ui-permission-reason = To remind you before your deadline, this app needs permission to show notifications.
ui-permission-allow = Allow reminders
ui-permission-later = Not now
ui-permission-denied = Notifications are off for this app, so reminders cannot appear. Everything else works. You can turn them on in your device settings.

test-notification-title = Test reminder
test-notification-body = Reminders work. You will get them before your deadline.

cal-name = Residence card deadlines
cal-apply-deadline-title = Last day to apply for your new residence card (在留カード)
cal-return-deadline-title = Last day to return your old card
cal-deadline-body = The law allows until this day. Your plan and papers are in the app.
cal-return-by-title = Last day of your re-entry permission: be back in Japan
cal-return-by-body = Come back to Japan by this day, or you lose your status of residence. Then apply for your new residence card within 14 days.

err-app-reminder-hour = Choose a time between 6:00 and 21:00. Nothing was changed.
