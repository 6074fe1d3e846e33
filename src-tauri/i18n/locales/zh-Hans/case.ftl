# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.
# Chinese has only the CLDR plural category "other": number selectors collapse to one form.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = 请尽快去申请。最后一天是{ $deadline }。还剩{ $days }天。
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = 请尽快去申请，最迟于{ $recommended }（含当天）前往。第14天正好是政府机关休息日，所以法律把最后一天顺延到{ $deadline }；请不要指望这一天。还剩{ $days }天。
# Today is the last day.
case-deadline-due-today = 今天（{ $deadline }）是申请的最后一天。如果可以，请今天就去窗口办理。
# The last day has passed. $days = days since it.
case-deadline-overdue = 申请截止日是{ $deadline }（{ $days }天前）。现在申请也不晚：请尽快申请，并带上一份说明迟延原因的简短书面材料（理由书／理由書，格式不限）。
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = 您已于{ $on }提出申请，在截止日（{ $deadline }）之内。
# Applied after the last day.
case-deadline-done-late = 您已于{ $on }提出申请。截止日是{ $deadline }；您提出了申请，这样做是对的。

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = 请最迟于{ $deadline }（含当天）交还旧卡。还剩{ $days }天。
case-return-on-time-extended = 请尽快交还旧卡，最迟于{ $recommended }（含当天）交还。第14天正好是政府机关休息日，所以法律把最后一天顺延到{ $deadline }。还剩{ $days }天。
case-return-due-today = 今天（{ $deadline }）是交还旧卡的最后一天。
case-return-overdue = 旧卡的交还截止日是{ $deadline }（{ $days }天前）。请尽快交还。
case-return-done = 您已于{ $on }交还旧卡，在截止日（{ $deadline }）之内。
case-return-done-late = 您已于{ $on }交还旧卡。截止日是{ $deadline }；感谢您交还旧卡。

## Errors in what was entered (validate.rs)

err-case-learned-in-future = 您得知遗失等情况的日期（{ $learned_on }）晚于今天（{ $today }）。请检查日期。
err-case-reentered-before-learned = 您回到日本的日期（{ $reentered_on }）早于您得知遗失等情况的日期（{ $learned_on }）。请检查这两个日期。
err-case-reentered-in-future = 您回到日本的日期（{ $reentered_on }）晚于今天（{ $today }）。如果您还在国外，请改选“现在仍在国外”：回到日本的日期可以以后再填写。
err-case-birth-after-learned = 出生日期（{ $birth_date }）晚于您得知遗失等情况的日期（{ $learned_on }）。请检查日期。
err-case-birth-in-future = 出生日期（{ $birth_date }）晚于今天（{ $today }）。请检查日期。
err-case-ordered-in-future = 出入国在留管理局命令您申请的日期（{ $ordered_on }）晚于今天（{ $today }）。请检查日期。
err-case-report-in-future = 向警察申报的日期（{ $reported_on }）晚于今天（{ $today }）。请检查日期。
err-case-report-before-learned = 向警察申报的日期（{ $reported_on }）早于您得知遗失等情况的日期（{ $learned_on }）。请检查这两个日期。
err-case-found-in-future = 您找到卡的日期（{ $found_on }）晚于今天（{ $today }）。请检查日期。
err-case-found-before-learned = 您找到卡的日期（{ $found_on }）早于您发现卡不见的日期（{ $learned_on }）。请检查这两个日期。
err-case-applied-in-future = 申请日期（{ $applied_on }）晚于今天（{ $today }）。请检查日期。
err-case-acceptance-number-empty = 请输入警察给您的受理编号（受理番号）。如果没有拿到，请向派出所（交番）或警察署询问。如果警察没有受理您的申报，请改为勾选“警察没有受理我的申报”。
err-case-acceptance-number-too-long = 这个受理编号有{ $chars }个字符，而受理编号最多只有{ $max }个字符。请只输入编号本身。
err-case-acceptance-number-control = 请按照印出来的原样，在一行内填写受理编号。
err-case-card-number-length = 在留卡号码共12个字符（2个字母、8个数字、2个字母，例如 AB12345678CD）；您输入的有{ $chars }个字符。
err-case-card-number-pattern = 在留卡号码由2个字母、8个数字和2个字母组成，例如 AB12345678CD。请检查。
