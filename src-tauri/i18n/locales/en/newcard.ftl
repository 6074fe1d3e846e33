# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's or highly skilled professional (ii)'s card, or a card ending before the
# 16th birthday) or spr (a special permanent resident's certificate).

## The new card, on the case's page once the application is made

ui-new-card-title = Your new card
ui-new-card-lead = When you have the new card, enter what is printed on it (each is optional). The app then reminds you before it runs out, and your next papers use the new number.
ui-new-card-picture = Where these are printed on the card (our own drawing, not the real card):
ui-new-card-number = ① Card number (在留カード番号), at the top right
ui-new-card-holding = What the card is
ui-new-card-stay = ② End of the period of stay: the date in brackets after 在留期間（満了日）, in the middle
ui-new-card-expires = ③ Valid until: the date in このカードは…まで有効です, at the bottom
ui-new-card-save = Save the new card
ui-new-card-no-person = Add the card holder's details on the papers screen first: the new card is recorded on them.
ui-new-card-replaced = Old number (kept with this case, not used on new papers)
ui-card-holding-residence-card = A residence card with a period of stay
ui-card-holding-permanent-resident = A permanent resident's card (or highly skilled professional (ii))
ui-card-holding-special-permanent = A special permanent resident certificate
ui-renewals-title = Renewals ahead
ui-person-card = The card held now (for renewal reminders)
ui-person-card-help = Each is optional. With them the app reminds you before the period of stay or the card runs out.
err-app-new-card-not-yet = The new card can be recorded once you have applied.
err-app-new-card-no-person = Add the card holder's details first (on the papers screen): the new card is recorded on them.

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] Apply to renew your period of stay from { $opens }, at the latest by { $last }, at the immigration office (for a stay of six months or more, applications are accepted from about three months before it ends).
    [card] Renew your residence card from { $opens }, at the latest by { $last }, at the immigration office.
   *[spr] Renew your certificate from { $opens }, at the latest by { $last }, at your city or ward office.
}
ui-next-dates-title = Keeping your card valid
ui-next-date-opens = { $renewal ->
    [stay] From this day you can apply to renew your period of stay.
    [card] From this day you can renew your residence card.
   *[spr] From this day you can renew your certificate.
}
ui-next-date-last-day = { $renewal ->
    [stay] The last day to apply to renew your period of stay.
    [card] The last day to renew your residence card.
   *[spr] The last day to renew your certificate.
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] Your period of stay ended on { $last }. If you applied to renew it by then, you may stay while it is decided (at most two months after that day). If you did not, go to the immigration office at once and explain.
    [card] Your residence card's validity ended on { $last }. Not renewing it in time can be punished: renew it at the immigration office at once and explain why it is late.
   *[spr] Your certificate's validity ended on { $last }. Not renewing it in time can be punished: renew it at your city or ward office at once and explain why it is late.
}
ui-next-date-invite = Add the dates printed on this person's card: the app then reminds you before the period of stay or the card runs out.
ui-next-date-add = Add the card's dates

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] You can now apply to renew your period of stay
    [card] You can now renew your residence card
   *[spr] You can now renew your special permanent resident certificate
}
# $days = days left to the last day.
rem-renew-before-title = { $days ->
    [one] 1 day left
   *[other] { $days } days left
}: { $renewal ->
    [stay] apply to renew your period of stay
    [card] renew your residence card
   *[spr] renew your certificate
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] Apply to renew your period of stay by { $last }, at the immigration office that covers your address. Bring your passport, your residence card, one photo and the papers your status of residence asks for.
    [card] Renew your residence card by { $last }, at the immigration office that covers your address. Bring the card, your passport and one photo. There is no fee.
   *[spr] Renew your special permanent resident certificate by { $last }, at your city or ward office. Bring the certificate, your passport if you have one, and one photo.
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] Last day to apply to renew your period of stay
    [card] Last day to renew your residence card
   *[spr] Last day to renew your certificate
}
