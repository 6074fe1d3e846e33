# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.
# Filipino: CLDR "one" covers 1, 2, 3, 5, 7, 8, 10… so counts use the exact keys [0]/[1], not [one].

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = Pumunta sa lalong madaling panahon. Ang huling araw ay { $deadline }. May { $days } araw ka pa.
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = Pumunta sa lalong madaling panahon, hindi lalampas sa { $recommended }. Sarado ang mga opisina sa ika-14 na araw, kaya inililipat ng batas ang huling araw sa { $deadline }; huwag umasa rito. May { $days } araw ka pa.
# Today is the last day.
case-deadline-due-today = Ngayong araw, { $deadline }, ang huling araw para mag-apply. Kung kaya mo, pumunta sa opisina ngayon.
# The last day has passed. $days = days since it.
case-deadline-overdue = Ang deadline ay { $deadline } ({ $days ->
    [1] kahapon
   *[other] { $days } araw na ang nakalipas
}). Hindi pa huli ang lahat: mag-apply sa lalong madaling panahon, at magdala ng maikling sulat na nagpapaliwanag kung bakit ka nahuli (理由書, kahit anong format).
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = Nag-apply ka noong { $on }, sa loob ng deadline ({ $deadline }).
# Applied after the last day.
case-deadline-done-late = Nag-apply ka noong { $on }. Ang deadline ay { $deadline }; tama ang ginawa mong pag-apply.

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = Ibalik ang lumang card hanggang { $deadline }. May { $days } araw ka pa.
case-return-on-time-extended = Ibalik ang lumang card sa lalong madaling panahon, hindi lalampas sa { $recommended }. Sarado ang mga opisina sa ika-14 na araw, kaya inililipat ng batas ang huling araw sa { $deadline }. May { $days } araw ka pa.
case-return-due-today = Ngayong araw, { $deadline }, ang huling araw para ibalik ang lumang card.
case-return-overdue = Dapat sanang naibalik ang lumang card hanggang { $deadline } ({ $days ->
    [1] kahapon
   *[other] { $days } araw na ang nakalipas
}). Ibalik ito sa lalong madaling panahon.
case-return-done = Ibinalik mo ang lumang card noong { $on }, sa loob ng deadline ({ $deadline }).
case-return-done-late = Ibinalik mo ang lumang card noong { $on }. Ang deadline ay { $deadline }; salamat sa pagbabalik mo nito.

## Errors in what was entered (validate.rs)

err-case-learned-in-future = Ang araw na nalaman mo ito ({ $learned_on }) ay pagkatapos ng araw na ito ({ $today }). Pakitingnan ang petsa.
err-case-reentered-before-learned = Ang araw na bumalik ka sa Japan ({ $reentered_on }) ay bago ang araw na nalaman mo ito ({ $learned_on }). Pakitingnan ang dalawang petsa.
err-case-reentered-in-future = Ang araw na bumalik ka sa Japan ({ $reentered_on }) ay pagkatapos ng araw na ito ({ $today }). Kung nasa ibang bansa ka pa, piliin na lang ang “nasa ibang bansa pa ako”: puwede mong ilagay ang araw sa ibang pagkakataon.
err-case-birth-after-learned = Ang petsa ng kapanganakan ({ $birth_date }) ay pagkatapos ng araw na nalaman mo ito ({ $learned_on }). Pakitingnan ang mga petsa.
err-case-birth-in-future = Ang petsa ng kapanganakan ({ $birth_date }) ay pagkatapos ng araw na ito ({ $today }). Pakitingnan ang petsa.
err-case-ordered-in-future = Ang araw ng utos ng opisina ({ $ordered_on }) ay pagkatapos ng araw na ito ({ $today }). Pakitingnan ang petsa.
err-case-report-in-future = Ang araw ng report ({ $reported_on }) ay pagkatapos ng araw na ito ({ $today }). Pakitingnan ang petsa.
err-case-report-before-learned = Ang araw ng report ({ $reported_on }) ay bago ang araw na nalaman mo ito ({ $learned_on }). Pakitingnan ang dalawang petsa.
err-case-found-in-future = Ang araw na nakita mo ang card ({ $found_on }) ay pagkatapos ng araw na ito ({ $today }). Pakitingnan ang petsa.
err-case-found-before-learned = Ang araw na nakita mo ang card ({ $found_on }) ay bago ang araw na napansin mong nawala ito ({ $learned_on }). Pakitingnan ang dalawang petsa.
err-case-applied-in-future = Ang araw na nag-apply ka ({ $applied_on }) ay pagkatapos ng araw na ito ({ $today }). Pakitingnan ang petsa.
err-case-acceptance-number-empty = Pakilagay ang acceptance number (受理番号) na ibinigay sa iyo ng pulis. Kung wala kang natanggap, hingin ito sa police box o police station. Kung hindi tinanggap ng pulis ang report mo, i-tsek na lang ang kahong “Hindi tinanggap ng pulis ang report ko”.
err-case-acceptance-number-too-long = May { $chars } na character ang acceptance number na ito; hanggang { $max } lang ang character ng isang acceptance number. Pakilagay lang ang numero.
err-case-acceptance-number-control = Pakisulat ang acceptance number sa iisang linya, gaya ng pagkakalimbag nito.
err-case-card-number-length = May 12 character ang residence card number (2 letra, 8 numero, 2 letra, gaya ng AB12345678CD); { $chars } ang mayroon dito.
err-case-card-number-pattern = Ang residence card number ay 2 letra, 8 numero at 2 letra, gaya ng AB12345678CD. Pakitingnan ito.
