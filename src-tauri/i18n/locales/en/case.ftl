# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = Go as soon as you can. The last day is { $deadline }. { $days ->
    [one] You have 1 day left.
   *[other] You have { $days } days left.
}
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = Go as soon as you can, at the latest by { $recommended }. Day 14 falls on a day offices are closed, so the law moves the last day to { $deadline }; do not count on it. { $days ->
    [one] You have 1 day left.
   *[other] You have { $days } days left.
}
# Today is the last day.
case-deadline-due-today = Today, { $deadline }, is the last day to apply. Go to the office today if you can.
# The last day has passed. $days = days since it.
case-deadline-overdue = The deadline was { $deadline } ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}). It is not too late: apply as soon as you can, and bring a short letter explaining why you are late (理由書, any format).
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = You applied on { $on }, within the deadline ({ $deadline }).
# Applied after the last day.
case-deadline-done-late = You applied on { $on }. The deadline was { $deadline }; you did the right thing by applying.

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = Return the old card by { $deadline }. { $days ->
    [one] You have 1 day left.
   *[other] You have { $days } days left.
}
case-return-on-time-extended = Return it as soon as you can, at the latest by { $recommended }. Day 14 falls on a day offices are closed, so the law moves the last day to { $deadline }. { $days ->
    [one] You have 1 day left.
   *[other] You have { $days } days left.
}
case-return-due-today = Today, { $deadline }, is the last day to return the old card.
case-return-overdue = The old card should have been returned by { $deadline } ({ $days ->
    [one] 1 day ago
   *[other] { $days } days ago
}). Return it as soon as you can.
case-return-done = You returned the old card on { $on }, within the deadline ({ $deadline }).
case-return-done-late = You returned the old card on { $on }. The deadline was { $deadline }; thank you for returning it.

## Errors in what was entered (validate.rs)

err-case-learned-in-future = The day you learned of it ({ $learned_on }) is after today ({ $today }). Please check the date.
err-case-reentered-before-learned = The day you came back to Japan ({ $reentered_on }) is before the day you learned of it ({ $learned_on }). Please check both dates.
err-case-reentered-in-future = The day you came back to Japan ({ $reentered_on }) is after today ({ $today }). If you are still abroad, choose “I am still abroad” instead: you can enter the day later.
err-case-birth-after-learned = The birth date ({ $birth_date }) is after the day you learned of it ({ $learned_on }). Please check the dates.
err-case-birth-in-future = The birth date ({ $birth_date }) is after today ({ $today }). Please check the date.
err-case-ordered-in-future = The day of the office's order ({ $ordered_on }) is after today ({ $today }). Please check the date.
err-case-report-in-future = The day of the report ({ $reported_on }) is after today ({ $today }). Please check the date.
err-case-report-before-learned = The day of the report ({ $reported_on }) is before the day you learned of it ({ $learned_on }). Please check both dates.
err-case-found-in-future = The day you found the card ({ $found_on }) is after today ({ $today }). Please check the date.
err-case-found-before-learned = The day you found the card ({ $found_on }) is before the day you noticed it was gone ({ $learned_on }). Please check both dates.
err-case-applied-in-future = The day you applied ({ $applied_on }) is after today ({ $today }). Please check the date.
err-case-acceptance-number-empty = Please enter the acceptance number (受理番号) the police gave you. If you did not get one, ask the police box or station for it. If the police did not accept your report, tick that box instead.
err-case-acceptance-number-too-long = This acceptance number has { $chars } characters; an acceptance number has at most { $max }. Please enter only the number.
err-case-acceptance-number-control = Please write the acceptance number on one line, as it is printed.
err-case-card-number-length = A residence card number has 12 characters (2 letters, 8 digits, 2 letters, like AB12345678CD); this one has { $chars }.
err-case-card-number-pattern = A residence card number is 2 letters, 8 digits and 2 letters, like AB12345678CD. Please check it.
