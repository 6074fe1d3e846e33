# 提醒页面（设置）、通知权限、测试通知、日历导出（.ics）。$path = 保存位置。

ui-settings-button = 提醒和日历
ui-settings-title = 提醒
ui-settings-lead = 在期限之前，提醒会显示在这台设备上。不会发送到任何地方。
ui-reminders-on = 在期限前提醒我
ui-reminder-hour = 时间（日本时间）
ui-settings-saved = 已保存。
ui-test-notification = 发送测试通知
ui-test-notification-sent = 已发送测试通知。如果没有看到，请检查设备的通知设置。
ui-pending-title = 即将到来的提醒
ui-pending-none = 没有等待中的提醒。
ui-calendar-export = 将日期保存为日历文件（.ics）
ui-calendar-done = 日历文件已保存到：{ $path }
ui-permission-reason = 为了在期限前提醒您，本应用需要显示通知的权限。
ui-permission-allow = 允许提醒
ui-permission-later = 以后再说
ui-permission-denied = 本应用的通知已关闭，因此无法显示提醒。其他功能都可以正常使用。您可以在设备设置中开启通知。

test-notification-title = 测试提醒
test-notification-body = 提醒功能正常。您会在期限前收到提醒。

cal-name = 在留卡期限
cal-apply-deadline-title = 申请新在留卡（在留カード）的最后一天
cal-return-deadline-title = 归还旧卡的最后一天
cal-deadline-body = 法律允许的期限到这一天为止。您的计划和文件都在应用中。
cal-return-by-title = 再入国许可的最后一天：最迟在这一天回到日本
cal-return-by-body = 请最迟在这一天（含当天）回到日本，否则您将失去在留资格。回到日本后，请在14天内申请新的在留卡。

err-app-reminder-hour = 请选择 6:00 到 21:00 之间的时间。没有做任何更改。
