# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = Which office
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = Your address is in { $prefecture }. By law, this is the office of the Immigration Services Agency that covers it:
ui-office-choose = Choose the prefecture of your address: the app names the office the law gives it.
ui-office-prefecture = Prefecture of your address
ui-office-prefecture-none = Choose…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name } ({ $name_ja })
ui-office-covering = The office that covers your prefecture by law
ui-office-field-offices = Local offices (出張所) of the agency in your prefecture named in the current rules
ui-office-seat = located in
ui-office-not-every-office = Not every office handles a new residence card: some local offices work only at an airport or a seaport, and the law does not say which take it.
ui-office-check-before-going = Before you go, check the office's address, its opening hours and whether it takes a new card on the agency's list of its offices: 「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = The day at the office
office-day-same-day = The new card is normally issued the same day, at the counter.
office-day-city-office-later = The new certificate is not issued the same day: the city or ward office tells you when to come back for it.
office-day-specified-longer = A card combined with the My Number card may not be ready the same day: about ten days has been reported (not confirmed). Ask the office how long it will take.
office-day-hours = Counters are open on weekdays only, usually 9:00–12:00 and 13:00–16:00; some offices differ. Check your office's hours before you go.
office-day-early = Go early in the day: there may be a queue.
office-day-city-hours = City and ward offices are open on weekdays; check the hours of the counter that handles the certificate before you go.
office-day-bring = Bring everything on your checklist. Someone who goes for you brings their own ID too.
office-day-free = There is no fee for a new card after a loss, theft, destruction or damage.
# $yen = the fee.
office-day-fee-exchange = An exchange at your own wish costs ¥{ $yen }.

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = Protect yourself meanwhile
ui-protect-lead = Tick each one when it is done. The ticks stay on this device.
protect-bank-cards = If a bank card or credit card was lost with it, call the bank or the card company to stop it. Ask your bank what it needs from you until you have the new residence card.
protect-phone-company = Tell your mobile phone company that your residence card is lost: someone who finds it could try to open a contract in your name.
protect-phone-company-stolen = Tell your mobile phone company that your residence card was stolen: the police have reported stolen cards being used to open phone contracts in other people's names.
protect-employer-or-school = Tell your employer or school. They usually keep a copy of your card, which also shows its number if you do not know it.
protect-other-id = If your My Number card or driving licence went with it, name them in the same police report. For the My Number card, also call its hotline (see the notes).
protect-if-misused = If someone uses your card (a phone contract, a loan or charges you did not make), tell the police, with the acceptance number of your report if you have one.
protect-if-misused-stolen = A stolen card can be misused. If you see a contract, a loan or charges you did not make, tell the police at once, with the acceptance number of your report.
protect-after-the-new-card = Once the new card is issued, the old one is recorded as invalid: anyone who checks its number on the agency's card-number page sees that (the press reports that the page has not been reachable from abroad since January 2026). Then show your bank, phone company and employer the new card, so that they update their records.

## Myths and facts

ui-myths-button = Myths and facts
ui-myths-title = Myths and facts
ui-myths-lead = Things often said online, and what the law and the agency's pages say.
ui-myth-said = Often said:
ui-myth-fact = In fact:
myth-fee-said = A new card after a loss costs money.
# $yen = the fee (0).
myth-fee-fact = It is free (¥{ $yen }) after a loss, theft or destruction. Fees quoted online are for other procedures, such as renewing a period of stay.
myth-police-certificate-said = You need a certificate of your police report.
myth-police-certificate-fact = Since 3 March 2025 the office asks for a statement giving the police acceptance number (受理番号), which the app fills in. It may still ask for the certificate.
myth-fourteen-days-said = The 14 days count from the day the card was lost.
myth-fourteen-days-fact = They count from the day after you learned of the loss, or, if you learned of it abroad, the day after you came back to Japan.
myth-photo-said = The photo must have been taken within the last 3 months.
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = It must have been taken within the last { $months } months (the rule used to be 3), and nobody under { $age } needs one.
myth-embassy-said = An embassy can give you a new card or apply for you.
myth-embassy-fact = No embassy can: the application is made in Japan, in person at the immigration office (for a special permanent resident, the city or ward office), by you or by someone allowed to go for you.
myth-anyone-can-charge-said = Anyone can charge you to handle the application for you.
myth-anyone-can-charge-fact = Only a lawyer (弁護士) or a licensed 行政書士 may charge to prepare or file papers for you. Anyone else asking for money to “handle” it is a warning sign.
