# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.
# Chinese has only the CLDR plural category "other"; the exact [0] and [1] variants are kept.

## Applying for a new card

rem-apply-opened-title = 新在留卡：您的申请截止日
rem-apply-opened-body = 请最迟于{ $deadline }（含当天）申请，{ $days ->
    [0] 今天就是最后一天
   *[other] 还剩{ $days }天
}。办理步骤可以在应用中查看。
rem-apply-opened-late-body = 截止日是{ $deadline }（{ $days }天前）。现在申请也不晚：请尽快申请，并附上一份说明迟延原因的简短书面材料。
rem-apply-before-title = 距离申请截止还剩{ $days }天
rem-apply-before-body = 请最迟于{ $deadline }（{ $days ->
    [1] 明天
   *[other] { $days }天后
}，含当天）申请新的在留卡。请在应用中检查您的材料。
rem-apply-last-day-title = 今天是申请的最后一天
rem-apply-last-day-body = 今天（{ $deadline }）是申请新在留卡的最后一天。

## Returning an old card

rem-return-opened-title = 请交还旧卡
rem-return-opened-body = 请最迟于{ $deadline }（含当天）交还旧卡，{ $days ->
    [0] 今天就是最后一天
   *[other] 还剩{ $days }天
}。
rem-return-opened-late-body = 旧卡的交还截止日是{ $deadline }（{ $days }天前）。请尽快交还。
rem-return-before-title = 距离交还旧卡截止还剩{ $days }天
rem-return-before-body = 请最迟于{ $deadline }（{ $days ->
    [1] 明天
   *[other] { $days }天后
}，含当天）交还旧卡。
rem-return-last-day-title = 今天是交还旧卡的最后一天
rem-return-last-day-body = 今天（{ $deadline }）是交还旧卡的最后一天。

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = 最迟于{ $by }（含当天）回到日本
# $days = days left before it.
rem-return-by-body = 您的再入国许可到{ $by }为止（{ $days }天后）。请最迟在这一天回到日本，否则您将失去在留资格。回到日本后，请在14天内申请新卡。

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = 为了省电，Android 会自行决定具体的分钟：每条提醒会在当天 { $from } 至 { $to } 之间送达（只有在省电模式拦住时才会更晚）。
reminders-test-failed = 无法显示测试通知。请在设备的设置中确认本应用可以发送通知。
