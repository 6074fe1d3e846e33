# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = Aling opisina
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = Nasa { $prefecture } ang address mo. Ayon sa batas, ito ang opisina ng Immigration Services Agency na sumasaklaw dito:
ui-office-choose = Piliin ang prefecture ng iyong address: sasabihin ng app ang opisinang itinakda ng batas para dito.
ui-office-prefecture = Prefecture ng iyong address
ui-office-prefecture-none = Pumili…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name } ({ $name_ja })
ui-office-covering = Ang opisinang sumasaklaw sa iyong prefecture ayon sa batas
ui-office-field-offices = Mga local office (出張所) ng agency sa iyong prefecture na nakapangalan sa kasalukuyang mga patakaran
ui-office-seat = nasa
ui-office-not-every-office = Hindi lahat ng opisina ay nag-aasikaso ng bagong residence card: may mga local office na sa airport o seaport lang nagtatrabaho, at hindi sinasabi ng batas kung alin ang tumatanggap nito.
ui-office-check-before-going = Bago ka pumunta, tingnan ang address ng opisina, ang oras nito at kung tumatanggap ito ng application para sa bagong card, sa listahan ng agency ng mga opisina nito: 「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = Ang araw sa opisina
office-day-same-day = Karaniwang ibinibigay ang bagong card sa parehong araw, sa counter.
office-day-city-office-later = Hindi ibinibigay ang bagong certificate sa parehong araw: sasabihin sa iyo ng city o ward office kung kailan ka babalik para kunin ito.
office-day-specified-longer = Baka hindi maging handa sa parehong araw ang card na kasama ang My Number card: may ulat na mga sampung araw (hindi pa kumpirmado). Itanong sa opisina kung gaano ito katagal.
office-day-hours = Bukas lang ang mga counter tuwing weekday, karaniwang 9:00–12:00 at 13:00–16:00; iba ang oras ng ilang opisina. Tingnan ang oras ng iyong opisina bago ka pumunta.
office-day-early = Pumunta nang maaga sa araw na iyon: baka may pila.
office-day-city-hours = Bukas ang mga city at ward office tuwing weekday; bago ka pumunta, tingnan ang oras ng counter na nag-aasikaso ng certificate.
office-day-bring = Dalhin ang lahat ng nasa checklist mo. Magdadala rin ng sarili niyang ID ang taong pupunta para sa iyo.
office-day-free = Walang bayad ang bagong card pagkatapos ng pagkawala, pagnanakaw, pagkasira o pinsala.
# $yen = the fee.
office-day-fee-exchange = ¥{ $yen } ang bayad sa palit na sarili mong kagustuhan.

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = Protektahan ang sarili habang naghihintay
ui-protect-lead = I-tick ang bawat isa kapag tapos na. Nananatili sa device na ito ang mga tick.
protect-bank-cards = Kung may bank card o credit card na nawala kasama nito, tawagan ang bangko o ang card company para ipa-block ito. Itanong sa iyong bangko kung ano ang kailangan nito sa iyo hangga't wala ka pang bagong residence card.
protect-phone-company = Sabihin sa iyong mobile phone company na nawala ang residence card mo: puwedeng subukan ng makakakita nito na magbukas ng kontrata sa pangalan mo.
protect-phone-company-stolen = Sabihin sa iyong mobile phone company na ninakaw ang residence card mo: iniulat ng pulis na may mga ninakaw na card na ginamit para magbukas ng phone contract sa pangalan ng ibang tao.
protect-employer-or-school = Sabihin sa iyong employer o paaralan. Karaniwang may kopya sila ng card mo, na nagpapakita rin ng numero nito kung hindi mo ito alam.
protect-other-id = Kung kasamang nawala ang iyong My Number card o driver's license, isama ang mga ito sa parehong police report. Para sa My Number card, tumawag din sa hotline nito (tingnan ang mga paalala).
protect-if-misused = Kung may gumamit ng card mo (isang phone contract, loan o mga singil na hindi ikaw ang gumawa), sabihin sa pulis, kasama ang acceptance number ng report mo kung mayroon ka nito.
protect-if-misused-stolen = Puwedeng magamit sa masama ang ninakaw na card. Kung may makita kang kontrata, loan o mga singil na hindi ikaw ang gumawa, sabihin agad sa pulis, kasama ang acceptance number ng report mo.
protect-after-the-new-card = Kapag naibigay na ang bagong card, itatala ang luma bilang invalid: makikita iyon ng sinumang magtingin ng numero nito sa card-number page ng agency (ayon sa mga balita, hindi na ito mabuksan mula sa ibang bansa mula pa noong Enero 2026). Pagkatapos, ipakita ang bagong card sa iyong bangko, phone company at employer, para ma-update nila ang kanilang mga record.

## Myths and facts

ui-myths-button = Mga maling akala at ang totoo
ui-myths-title = Mga maling akala at ang totoo
ui-myths-lead = Mga bagay na madalas sabihin online, at ang sinasabi ng batas at ng mga pahina ng agency.
ui-myth-said = Madalas sabihin:
ui-myth-fact = Ang totoo:
myth-fee-said = May bayad ang bagong card pagkatapos mawala ang luma.
# $yen = the fee (0).
myth-fee-fact = Libre ito (¥{ $yen }) pagkatapos ng pagkawala, pagnanakaw o pagkasira. Ang mga bayad na nababanggit online ay para sa ibang proseso, gaya ng pag-renew ng period of stay.
myth-police-certificate-said = Kailangan mo ng certificate ng iyong police report.
myth-police-certificate-fact = Mula Marso 3, 2025, humihingi ang opisina ng statement na may acceptance number mula sa pulis (受理番号), na pinupunan ng app. Baka hingin pa rin nito ang certificate.
myth-fourteen-days-said = Binibilang ang 14 na araw mula sa araw na nawala ang card.
myth-fourteen-days-fact = Binibilang ang mga ito simula sa araw pagkatapos mong malaman ang pagkawala, o, kung nalaman mo ito sa ibang bansa, simula sa araw pagkatapos mong bumalik sa Japan.
myth-photo-said = Dapat kinunan ang litrato sa loob ng huling 3 buwan.
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = Dapat kinunan ito sa loob ng huling { $months } buwan (3 ang dating patakaran), at walang kailangang litrato ang sinumang wala pang { $age } taong gulang.
myth-embassy-said = Kayang bigyan ka ng embassy ng bagong card o mag-apply para sa iyo.
myth-embassy-fact = Walang embassy na makakagawa nito: sa Japan ginagawa ang application, nang personal sa immigration office (para sa special permanent resident, sa city o ward office), ikaw mismo o ang taong pinapayagang pumunta para sa iyo.
myth-anyone-can-charge-said = Kahit sino ay puwedeng maningil sa iyo para asikasuhin ang application para sa iyo.
myth-anyone-can-charge-fact = Abogado (弁護士) o lisensyadong 行政書士 lang ang puwedeng maningil para maghanda o magsumite ng mga papel para sa iyo. Kung may ibang humingi ng pera para “asikasuhin” ito, babala iyon.
