# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Call the My Number hotline now to stop the My Number functions of your card: { $hotline } (24 hours, every day), or { $hotline_foreign } for help in other languages.
plan-step-police-lost = Report the loss at any police box (交番) or police station: file a loss report (遺失届). Write down the acceptance number (受理番号) they give you.
plan-step-police-stolen = Report the theft at any police box (交番) or police station: file a theft report (盗難届). Write down the acceptance number (受理番号) they give you.
plan-step-disaster-certificate = Get a disaster certificate (罹災証明書) from the fire department or your city office. You do not need the police for this.
plan-step-police-lost-at-home = Ask at a police box (交番) or police station to file a loss report (遺失届). For a card lost at home the police may not accept a report. If they do, write down the acceptance number (受理番号). If they do not, write down where and when you asked: the app then writes your statement without a number, and you explain at the immigration office.
plan-step-police-abroad = Report the loss or theft to the police where you are, and keep the report or its number. You cannot apply from abroad.
plan-step-return-to-japan = Come back to Japan with your passport, on the re-entry permission you left with. At the airport, tell the immigration officer that you lost your residence card abroad. The airline may ask for the card: see the note on the certificate of your re-entry permit. Then enter here the day you came back.
plan-step-tell-police-found = Tell the police that you found your card (the police box or station where you reported it): the report can then be withdrawn. If you did not report it, there is nothing more to do.
plan-step-lift-my-number-suspension = If you stopped the My Number functions of your card, call the My Number hotline to start them again: { $hotline } (24 hours, every day), or { $hotline_foreign } for help in other languages.
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request) or agent (a registered agent files).
plan-step-apply-immigration = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for them (as 代理人) at the immigration office that covers the address.
    [agent] The agent files the application at the immigration office that covers your address.
   *[holder] Apply for a new card in person at the immigration office that covers your address.
} The new card is normally issued the same day.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for them (as 代理人) at the immigration office that covers the address, with the damaged card.
    [agent] The agent files the application at the immigration office that covers your address, with the damaged card.
   *[holder] Apply for a new card at the immigration office that covers your address, with the damaged card.
} Use the form for damaged or soiled cards.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for the exchange (as 代理人) at the immigration office that covers the address.
    [agent] The agent files the exchange at the immigration office that covers your address.
   *[holder] Apply for the exchange at the immigration office that covers your address.
} Bring your current card.
plan-step-apply-city-office = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for them (as 代理人) at the city or ward office.
    [agent] The agent files the application at your city or ward office.
   *[holder] Apply at your city or ward office (not the immigration office).
}
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = Return the old card: at any immigration office, or by post to { $office }, { $postcode } { $address }. Write “{ $envelope }” on the envelope.
plan-step-return-old-card-city-office = Return the old certificate. Ask your city or ward office how to return it.

## Documents

plan-doc-application-form = Application form for a new residence card (在留カード再交付申請書, A4). The app can fill it in for you; offices also have paper copies.
plan-doc-application-form-damaged = Application form for a new card when the card is damaged or soiled (A4). Offices have paper copies.
# $height_mm, $width_mm, $months.
plan-doc-photo = One photo, { $height_mm } mm high × { $width_mm } mm wide, taken within the last { $months } months: you alone, facing the front, no hat, plain background, no shadows. Write your name on the back.
plan-doc-loss-statement = Statement about the loss or theft (紛失・盗難に係る陳述書) with the police acceptance number. The app can fill it in for you.
plan-doc-loss-statement-not-accepted = Statement about the loss (紛失・盗難に係る陳述書), saying that the police did not accept your report. The app can fill it in for you; explain at the counter too.
plan-doc-accident-statement = A statement explaining how the card was destroyed (陳述書). The app can fill it in for you.
plan-doc-card-pieces = What is left of the card, if anything: the office may then treat it as a damaged card.
plan-doc-police-report-abroad = The report you made to the police abroad, or its number, if you have one.
plan-doc-police-certificate = The police certificate of your report (遺失届出証明書 or 盗難届出証明書): only if the office asks for it.
plan-doc-disaster-certificate = The disaster certificate (罹災証明書).
plan-doc-passport = Your passport (or your 在留資格証明書), to show.
plan-doc-passport-reason-letter = A short letter explaining why you cannot show your passport (理由書), and another ID.
plan-doc-activity-permit = Your permission to work outside your status (資格外活動許可書), to show.
plan-doc-late-reason-letter = A short letter explaining why you are applying after the deadline (理由書, any format).
plan-doc-damaged-card = The card itself.
plan-doc-old-card = The old card you found.
# $applicant: child (the relative applies for a child under 16) or adult (for an adult holder).
plan-doc-representative-id = { $applicant ->
    [child] ID of the relative who applies for the child, and a paper showing that they are related and live together (for example a 住民票).
   *[adult] ID of the relative who applies for you, and a paper showing that you are related and live together (for example a 住民票).
}
plan-doc-medical-certificate = A paper showing that you cannot come yourself, such as a doctor's certificate (診断書).
plan-doc-letter-of-authority = A letter of authority (委任状) that you sign, naming the relative who goes. The app can fill it in for you.

## Fee

plan-fee-free = There is no fee: a new card after a loss, theft, destruction or damage is free.
# $yen = the fee.
plan-fee-exchange = The fee for an exchange at your own wish is ¥{ $yen }.
plan-fee-warning = The immigration office charges nothing for a new card after a loss. Only a licensed lawyer or a 行政書士 may charge a fee for preparing or filing papers for you: be careful if anyone else asks for money to “handle” it.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Losing a card is not an offence. The law asks you to apply within the deadline; not applying in time can lead to up to { $years ->
    [one] 1 year
   *[other] { $years } years
} of imprisonment or a fine of up to ¥{ $yen }. Applying, even late, is what matters.
# $yen = the maximum non-criminal fine.
plan-penalty-child = Losing a card is not an offence. For a child under 16, the relative who should apply for them and does not can be fined up to ¥{ $yen } (a non-criminal fine, 過料). Applying, even late, is what matters.

## Notes

plan-note-counter-hours = Immigration office counters are usually open on weekdays, 9:00–12:00 and 13:00–16:00. Check your office's hours before you go.
plan-note-city-office-weeks = The new certificate is not issued the same day: it usually takes two to three weeks.
plan-note-city-office-documents = Ask your city or ward office which documents it needs; this list follows the residence card rules.
plan-note-city-office-who-goes = If you cannot go yourself, ask your city or ward office who may go for you.
plan-note-specified-card-unconfirmed = How a lost card combined with the My Number card is reissued is not yet confirmed. Ask the immigration office or your city office.
plan-note-birth-date-unknown = We assumed the card holder is 16 or older. If they are under 16, enter the birth date: a relative then applies for them and no photo is needed.
# $birthday = the day the child turns 16.
plan-note-turns-16 = The child turns 16 on { $birthday }. From that day they apply in person and need a photo.
# $days = days to return it.
plan-note-old-card-if-found = If you find the old card after you get the new one, it is no longer valid: return it within { $days } days of finding it.

## Warnings, read before anything else

plan-warning-leaving-soon = Do not leave Japan without your new card. Leaving Japan without a residence card (or a re-entry permit) ends your status of residence. Apply before you travel: the new card is normally issued the same day. If you cannot wait for it, ask the immigration office for a re-entry permit (再入国許可) before you leave.

## Why there is no deadline

plan-no-deadline = The law sets no deadline for this case.
plan-no-deadline-found-again = Your card is still valid: you do not need to apply for a new one.
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = Your { $days } days have not started yet: they start on the day you come back to Japan. Nobody can apply from abroad.
# $days = days to apply after an order.
plan-no-deadline-damaged = There is no deadline for a damaged card: apply when you can. If the immigration office orders you to apply, you then have { $days } days.
plan-no-deadline-exchange = There is no deadline for an exchange.

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = A card that turns up before a new one is issued stays valid: keep using it. Only if a new card had already been issued would the old one be void, and then it must be returned within { $days } days.
plan-note-carry-passport = Until you have the new card, carry your passport and a note or photo of the police acceptance number: you are expected to carry your residence card, and this shows why you cannot.
plan-note-accident = No police report or certificate exists for a card destroyed in an accident: explain in writing what happened (the app writes it). If pieces of the card are left, bring them.
plan-note-lost-at-home = Look once more where the card could be at home. The police may not accept a loss report for a card lost at home; if they do not, record that here and apply anyway: the statement says so.
plan-note-reentry-certificate = The airline may ask for your residence card at check-in. A family member or agent in Japan can get a certificate of your re-entry permit (再入国許可期限証明書) at an immigration office and send it to you.
plan-note-who-goes-ill = The relative who goes for you brings their ID, a paper showing you are related and live together, and a doctor's certificate showing you cannot come. They write their name in the agent block (取次者) of the form.
plan-note-who-goes-request = The relative who goes for you brings their ID, a paper showing you are related and live together, and the letter of authority (委任状) you signed. The app fills in the letter: enter the relative in the agent block (取次者) of your person.
plan-note-who-goes-agent = A registered agent (申請取次者) files the application for you and receives the card. Only a lawyer or a 行政書士 may charge you for it.
plan-note-travel = Planning a trip abroad? Get the new card first. Leaving Japan without a residence card (or a re-entry permit) ends your status of residence.
plan-note-passport-gone = For your passport, contact your country's embassy or consulate. Until you have a new one, bring the letter explaining why you cannot show it (the app writes it) and another ID.
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = Were other cards lost with it? For a My Number card call { $hotline } (24 hours, every day; { $hotline_foreign } in other languages) and tell your city office. For bank and credit cards, call the bank or card company.
plan-note-card-number-unknown = Don't know your card number? You may leave it blank on the form. A 住民票 from your city office can show it if you ask, and your employer, school or bank may have a copy of your card.
plan-note-stay-ending = The new card has the same expiry date as the old one. If your period of stay ends soon, apply for the renewal too: you can do both at the office.
