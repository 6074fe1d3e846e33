# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Filipino: CLDR "one" covers 1, 2, 3, 5, 7, 8, 10… so counts use the exact keys [0]/[1], not [one].

## The new card, on the case's page once the application is made

ui-new-card-title = Ang bago mong card
ui-new-card-lead = Kapag nasa iyo na ang bagong card, ilagay ang nakalimbag dito (opsyonal ang bawat isa). Pagkatapos, paaalalahanan ka ng app bago ito mag-expire, at gagamitin ng mga susunod mong papel ang bagong numero.
ui-new-card-picture = Kung saan nakalimbag ang mga ito sa card (sarili naming drawing, hindi ang totoong card):
ui-new-card-number = ① Card number (在留カード番号), sa kanang itaas
ui-new-card-holding = Uri ng card
ui-new-card-stay = ② Katapusan ng period of stay: ang petsang nasa loob ng panaklong pagkatapos ng 在留期間（満了日）, sa gitna
ui-new-card-expires = ③ Valid hanggang: ang petsa sa このカードは…まで有効です, sa ibaba
ui-new-card-save = I-save ang bagong card
ui-new-card-no-person = Idagdag muna ang mga detalye ng may-ari ng card sa screen ng mga papel: sa mga ito itinatala ang bagong card.
ui-new-card-replaced = Lumang numero (itinatago kasama ng kasong ito, hindi ginagamit sa mga bagong papel)
ui-card-holding-residence-card = Residence card na may period of stay
ui-card-holding-permanent-resident = Card ng permanent resident (o ng highly skilled professional (ii))
ui-card-holding-special-permanent = Special permanent resident certificate
ui-renewals-title = Mga darating na renewal
ui-person-card = Ang card na hawak ngayon (para sa mga paalala ng renewal)
ui-person-card-help = Opsyonal ang bawat isa. Kapag nakalagay ang mga ito, paaalalahanan ka ng app bago matapos ang period of stay o ang card.
err-app-new-card-not-yet = Maitatala ang bagong card kapag nakapag-apply ka na.
err-app-new-card-no-person = Idagdag muna ang mga detalye ng may-ari ng card (sa screen ng mga papel): sa mga ito itinatala ang bagong card.

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] Mag-apply para i-renew ang iyong period of stay simula { $opens }, nang hindi lalampas sa { $last }, sa immigration office (para sa stay na anim na buwan o higit pa, tinatanggap ang application simula mga tatlong buwan bago ito matapos).
    [card] I-renew ang iyong residence card simula { $opens }, nang hindi lalampas sa { $last }, sa immigration office.
   *[spr] I-renew ang iyong certificate simula { $opens }, nang hindi lalampas sa { $last }, sa iyong city o ward office.
}
ui-next-dates-title = Para manatiling valid ang card mo
ui-next-date-opens = { $renewal ->
    [stay] Simula sa petsang ito, puwede ka nang mag-apply para i-renew ang iyong period of stay.
    [card] Simula sa petsang ito, puwede mo nang i-renew ang iyong residence card.
   *[spr] Simula sa petsang ito, puwede mo nang i-renew ang iyong certificate.
}
ui-next-date-last-day = { $renewal ->
    [stay] Ang huling araw para mag-apply para i-renew ang iyong period of stay.
    [card] Ang huling araw para i-renew ang iyong residence card.
   *[spr] Ang huling araw para i-renew ang iyong certificate.
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] Natapos ang iyong period of stay noong { $last }. Kung nag-apply ka para i-renew ito nang hindi lumampas sa araw na iyon, maaari kang manatili habang hinihintay ang desisyon (hanggang dalawang buwan lang pagkatapos ng araw na iyon). Kung hindi, pumunta agad sa immigration office at magpaliwanag.
    [card] Natapos ang validity ng iyong residence card noong { $last }. Ang hindi pag-renew nito sa tamang oras ay maaaring parusahan: i-renew ito agad sa immigration office at ipaliwanag kung bakit ito nahuli.
   *[spr] Natapos ang validity ng iyong certificate noong { $last }. Ang hindi pag-renew nito sa tamang oras ay maaaring parusahan: i-renew ito agad sa iyong city o ward office at ipaliwanag kung bakit ito nahuli.
}
ui-next-date-invite = Idagdag ang mga petsang nakalimbag sa card ng taong ito: pagkatapos, paaalalahanan ka ng app bago matapos ang period of stay o ang card.
ui-next-date-add = Idagdag ang mga petsa ng card

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] Puwede ka nang mag-apply para i-renew ang iyong period of stay
    [card] Puwede mo nang i-renew ang iyong residence card
   *[spr] Puwede mo nang i-renew ang iyong special permanent resident certificate
}
# $days = days left to the last day.
rem-renew-before-title = { $days ->
    [1] 1 araw na lang
   *[other] { $days } araw na lang
}: { $renewal ->
    [stay] mag-apply para i-renew ang iyong period of stay
    [card] i-renew ang iyong residence card
   *[spr] i-renew ang iyong certificate
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] Mag-apply para i-renew ang iyong period of stay nang hindi lalampas sa { $last }, sa immigration office na sumasaklaw sa iyong address. Dalhin ang iyong passport, ang iyong residence card, isang litrato at ang mga papel na hinihingi para sa iyong status of residence.
    [card] I-renew ang iyong residence card nang hindi lalampas sa { $last }, sa immigration office na sumasaklaw sa iyong address. Dalhin ang card, ang iyong passport at isang litrato. Walang bayad.
   *[spr] I-renew ang iyong special permanent resident certificate nang hindi lalampas sa { $last }, sa iyong city o ward office. Dalhin ang certificate, ang iyong passport kung mayroon ka, at isang litrato.
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] Huling araw para mag-apply para i-renew ang iyong period of stay
    [card] Huling araw para i-renew ang iyong residence card
   *[spr] Huling araw para i-renew ang iyong certificate
}
