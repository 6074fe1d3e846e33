# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Chinese has only the CLDR plural category "other". The card's Japanese labels follow in
# full-width parentheses.

## The new card, on the case's page once the application is made

ui-new-card-title = 您的新卡
ui-new-card-lead = 拿到新卡后，请填写卡上印的内容（每一项都可以不填）。这样，本应用会在卡到期前提醒您，您以后的材料也会使用新号码。
ui-new-card-picture = 这些内容印在卡上的位置（这是我们自己画的示意图，不是真实的卡）：
ui-new-card-number = ① 在留卡号码（在留カード番号），位于右上角
ui-new-card-holding = 卡的种类
ui-new-card-stay = ② 在留期间届满日：位于中间，“在留期間（満了日）”之后括号内的日期
ui-new-card-expires = ③ 有效至：位于最下方，“このカードは…まで有効です”中的日期
ui-new-card-save = 保存新卡
ui-new-card-no-person = 请先在材料页面添加持卡人的信息：新卡会记录在这些信息中。
ui-new-card-replaced = 旧号码（保留在此手续中，新材料不再使用）
ui-card-holding-residence-card = 有在留期间的在留卡
ui-card-holding-permanent-resident = 永住者的在留卡（或高度专门职2号（高度専門職2号））
ui-card-holding-special-permanent = 特别永住者证明书
ui-renewals-title = 即将到来的更新
ui-person-card = 目前持有的卡（用于更新提醒）
ui-person-card-help = 每一项都可以不填。填写后，本应用会在在留期间或卡到期前提醒您。
err-app-new-card-not-yet = 提出申请后才能记录新卡。
err-app-new-card-no-person = 请先（在材料页面）添加持卡人的信息：新卡会记录在这些信息中。

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] 请从{ $opens }起，最迟于{ $last }（含当天），到出入国在留管理局申请更新在留期间（在留期间为6个月以上的，大约从届满前3个月起受理申请）。
    [card] 请从{ $opens }起，最迟于{ $last }（含当天），到出入国在留管理局更新在留卡。
   *[spr] 请从{ $opens }起，最迟于{ $last }（含当天），到您所在的市区町村政府更新证明书。
}
ui-next-dates-title = 让您的卡保持有效
ui-next-date-opens = { $renewal ->
    [stay] 从这一天起，您可以申请更新在留期间。
    [card] 从这一天起，您可以更新在留卡。
   *[spr] 从这一天起，您可以更新证明书。
}
ui-next-date-last-day = { $renewal ->
    [stay] 申请更新在留期间的最后一天。
    [card] 更新在留卡的最后一天。
   *[spr] 更新证明书的最后一天。
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] 您的在留期间已于{ $last }届满。如果您在那天（含当天）之前申请了更新，在结果出来之前可以继续留在日本（最长到那天之后的两个月为止）。如果没有申请，请立即前往出入国在留管理局说明情况。
    [card] 您的在留卡的有效期已于{ $last }届满。未按时更新的，可能受到处罚：请立即到出入国在留管理局更新，并说明迟延的理由。
   *[spr] 您的证明书的有效期已于{ $last }届满。未按时更新的，可能受到处罚：请立即到您所在的市区町村政府更新，并说明迟延的理由。
}
ui-next-date-invite = 请填写此人卡上印的日期：这样，本应用会在在留期间或卡到期前提醒您。
ui-next-date-add = 填写卡上的日期

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] 现在可以申请更新在留期间了
    [card] 现在可以更新在留卡了
   *[spr] 现在可以更新特别永住者证明书了
}
# $days = days left to the last day.
rem-renew-before-title = { $days ->
   *[other] 还剩{ $days }天
}：{ $renewal ->
    [stay] 请申请更新在留期间
    [card] 请更新在留卡
   *[spr] 请更新证明书
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] 请最迟于{ $last }（含当天），到管辖您住址的出入国在留管理局申请更新在留期间。请携带护照、在留卡、照片1张，以及您的在留资格所要求的材料。
    [card] 请最迟于{ $last }（含当天），到管辖您住址的出入国在留管理局更新在留卡。请携带在留卡、护照和照片1张。不收取手续费。
   *[spr] 请最迟于{ $last }（含当天），到您所在的市区町村政府更新特别永住者证明书。请携带证明书、护照（如果有）和照片1张。
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] 申请更新在留期间的最后一天
    [card] 更新在留卡的最后一天
   *[spr] 更新证明书的最后一天
}
