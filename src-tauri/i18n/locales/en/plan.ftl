# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Call the My Number hotline now to stop the My Number functions of your card: { $hotline } (24 hours, every day), or { $hotline_foreign } for help in other languages.
# 特定在留カード, still abroad. $hotline, $hotline_foreign = the numbers in Japan; $hotline_abroad = a number for calling from abroad.
plan-step-suspend-my-number-abroad = Stop the My Number functions of your card as soon as you can. The hotline numbers { $hotline } and { $hotline_foreign } (other languages) usually cannot be dialled from abroad. An Embassy of Japan gives { $hotline_abroad } (24 hours, Japanese) for a My Number card lost abroad; it says so for Japanese citizens' cards, and we could not confirm that it serves yours. If it does not, call { $hotline_foreign } as soon as you are back in Japan.
plan-step-police-lost = Report the loss at any police box (交番) or police station: file a loss report (遺失届). Write down the acceptance number (受理番号) they give you.
plan-step-police-stolen = Report the theft at any police box (交番) or police station: file a theft report (盗難届). Write down the acceptance number (受理番号) they give you.
plan-step-disaster-certificate = Get a disaster certificate (罹災証明書) from the fire department or your city office. You do not need the police for this.
plan-step-police-lost-at-home = You can ask at a police box (交番) or police station to file a loss report (遺失届); for a card lost at home the police may not take one. If they do, write down the acceptance number (受理番号). If they do not, write down where and when you asked. You may also choose not to report it: say so below. Either way the app writes your statement to match, and you explain at the immigration office.
plan-step-police-abroad = Report the loss or theft to the police where you are, and keep the paper they give you (or a copy) and its number if it has one. You will hand it in with a Japanese translation, which you may write yourself. You cannot apply from abroad.
plan-step-police-abroad-back = Enter the report you made to the police abroad: the country, the police, the day, and its number if it has one. The statement then says where you reported it. If you did not report it there, say so below. If the card may have been lost in Japan after all, you can report it at a police box here instead.
plan-step-return-to-japan = Come back to Japan with your passport before your re-entry permission ends (see the warning above). At the airport, tell the immigration officer that you lost your residence card abroad. The airline may ask for the card: see the note on the certificate of your re-entry permission. Then enter here the day you came back: your 14 days count from the day after it.
plan-step-tell-police-found = Tell the police that you found your card (the police box or station where you reported it): the report can then be withdrawn. If you did not report it, there is nothing more to do.
plan-step-lift-my-number-suspension = If you stopped the My Number functions of your card, ask your city or ward office how to start them again. For an ordinary My Number card this is done at the city office with the card, not by phone; for a card combined with the residence card it is not confirmed.
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request), agent (a registered agent files),
# approved (someone the office agreed to) or nobody (who goes is still to be found).
plan-step-apply-immigration = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for them (as 代理人) at the immigration office that covers the address.
    [agent] The agent files the application at the immigration office that covers your address.
    [approved] The person the office agreed to applies for the card holder at the immigration office that covers the address.
    [nobody] Whoever the office agrees to applies for the card holder at the immigration office that covers the address.
   *[holder] Apply for a new card in person at the immigration office that covers your address.
} The new card is normally issued the same day.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for them (as 代理人) at the immigration office that covers the address, with the damaged card.
    [agent] The agent files the application at the immigration office that covers your address, with the damaged card.
    [approved] The person the office agreed to applies for the card holder at the immigration office that covers the address, with the damaged card.
    [nobody] Whoever the office agrees to applies for the card holder at the immigration office that covers the address, with the damaged card.
   *[holder] Apply for a new card at the immigration office that covers your address, with the damaged card.
} Use the form for damaged or soiled cards.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for the exchange (as 代理人) at the immigration office that covers the address.
    [agent] The agent files the exchange at the immigration office that covers your address.
    [approved] The person the office agreed to applies for the exchange at the immigration office that covers the address.
    [nobody] Whoever the office agrees to applies for the exchange at the immigration office that covers the address.
   *[holder] Apply for the exchange at the immigration office that covers your address.
} Bring your current card.
plan-step-apply-city-office = { $applicant ->
    [relative] A relative aged 16 or older who lives with the card holder applies for them (as 代理人) at the city or ward office.
    [agent] The agent files the application at your city or ward office.
    [approved] The person the city office agreed to applies for the card holder at the city or ward office.
    [nobody] Whoever the city office agrees to applies for the card holder at the city or ward office.
   *[holder] Apply at your city or ward office (not the immigration office).
}
# Before applying, when no relative aged 16+ lives with a holder under 16 or ill. $applicant: approved or nobody;
# $holder: child (under 16) or adult (ill); $office: immigration or city.
plan-step-ask-office-who-applies = { $applicant ->
    [nobody] Nobody can go yet. Call the { $office ->
        [city] city or ward office
       *[immigration] immigration office that covers the address
    }, say that { $holder ->
        [child] the card holder is under 16
       *[adult] the card holder is ill
    } and that no family member aged 16 or older lives with them, and ask who may apply. A parent or legal guardian who lives elsewhere, another family member, or someone who lives with them may, if the office agrees; a lawyer or 行政書士 registered as an agent (申請取次者) may apply for you, for a fee they charge.
   *[approved] Before going, ask the { $office ->
        [city] city or ward office
       *[immigration] immigration office that covers the address
    } whether it agrees to this person applying. Someone who is not a family member aged 16 or older living with the card holder (a parent or legal guardian who lives elsewhere, another family member, or someone who lives with them) may apply only if the office agrees.
} The deadline still runs: if it passes while you wait, apply anyway with a letter explaining why.
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = Return the old card: at any immigration office, or by post to { $office }, { $postcode } { $address }. Write “{ $envelope }” on the envelope.
plan-step-return-old-card-city-office = Return the old certificate. Ask your city or ward office how to return it.

## Documents

plan-doc-application-form = Application form for a new residence card (在留カード再交付申請書, A4). The app can fill it in for you; offices also have paper copies.
plan-doc-application-form-city-office = The city or ward office's own application form for a new special permanent resident certificate: the office has it (the app does not fill it in).
plan-doc-application-form-damaged = Application form for a new card when the card is damaged or soiled (A4). Offices have paper copies.
# $height_mm, $width_mm, $months.
plan-doc-photo = One photo, { $height_mm } mm high × { $width_mm } mm wide, taken within the last { $months } months: you alone, facing the front, no hat, plain background, no shadows. Write your name on the back.
plan-doc-loss-statement = Statement about the loss or theft (紛失・盗難に係る陳述書) with the police acceptance number. The app can fill it in for you.
plan-doc-loss-statement-not-accepted = Statement about the loss (紛失・盗難に係る陳述書), saying that the police did not accept your report. The app can fill it in for you; explain at the counter too.
plan-doc-loss-statement-not-reported = Statement about the loss (紛失・盗難に係る陳述書), saying that you did not report it to the police and why. The app can fill it in for you; explain at the counter too.
plan-doc-loss-statement-abroad = Statement about the loss or theft (紛失・盗難に係る陳述書), saying where you reported it abroad. The app can fill it in for you.
plan-doc-accident-statement = A statement explaining how the card was destroyed (陳述書). The app can fill it in for you.
plan-doc-card-pieces = What is left of the card, if anything: the office may then treat it as a damaged card.
plan-doc-police-report-abroad = The paper of the report you made to the police abroad (or a copy).
plan-doc-police-report-translation = A Japanese translation of that paper. Papers in another language need one; you may write it yourself.
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
plan-doc-agent-certificate = The agent brings their own certificate as a registered agent (申請等取次者証明書).
plan-doc-medical-certificate = A paper showing that you cannot come yourself, such as a doctor's certificate (診断書).
plan-doc-letter-of-authority = A letter of authority (委任状) that you sign, naming the relative who goes. The app can fill it in for you.
# $holder: child (under 16) or adult (ill).
plan-doc-approved-person-id = ID of the person who applies for { $holder ->
    [child] the child
   *[adult] you
}, and a paper showing how they are related to { $holder ->
    [child] the child (for a parent or legal guardian, a paper showing that they are)
   *[adult] you
}. Ask the office what else it needs.

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
# $yen = the maximum non-criminal fine. $holder: child (under 16) or adult (ill).
plan-penalty-relative = Losing a card is not an offence. { $holder ->
    [child] For a card holder under 16,
   *[adult] For a card holder who is ill and cannot apply,
} the family member aged 16 or older living with them must apply; one who does not can be fined up to ¥{ $yen } (a non-criminal fine, 過料). Applying, even late, is what matters.

## Notes

plan-note-counter-hours = Immigration office counters are usually open on weekdays, 9:00–12:00 and 13:00–16:00. Check your office's hours before you go.
plan-note-city-office-not-same-day = The new certificate is not issued the same day: the city or ward office tells you when to come back for it.
plan-note-city-office-documents = This list follows the rules for special permanent resident certificates. Your city or ward office may ask for more: ask them before you go.
plan-note-specified-card-unconfirmed = How a lost card combined with the My Number card is reissued is not yet confirmed, and it may not be issued the same day (about ten days has been reported). Ask the immigration office how long it takes, especially if you must travel.
plan-note-spr-show-on-request = You do not have to carry your special permanent resident certificate, but you must show it if an immigration or police officer asks for it. Until the new one is issued, keep the police acceptance number with you to explain.
plan-note-birth-date-unknown = We assumed the card holder is 16 or older. If they are under 16, enter the birth date: a relative then applies for them and no photo is needed.
# $birthday = the day the child turns 16.
plan-note-turns-16 = The child turns 16 on { $birthday }. From that day they apply in person and need a photo.
# $days = days to return it.
plan-note-old-card-if-found = If you find the old card after you get the new one, it is no longer valid: return it within { $days } days of finding it.

## Warnings, read before anything else

plan-warning-leaving-soon = Do not leave Japan without your new card. Leaving Japan without a residence card (or a re-entry permit) ends your status of residence. Apply before you travel: the new card is normally issued the same day. If you cannot wait for it, ask the immigration office for a re-entry permit (再入国許可) before you leave.
plan-warning-leaving-soon-specified = Do not leave Japan without your new card. Leaving Japan without a residence card (or a re-entry permit) ends your status of residence. A card combined with the My Number card may not be issued the same day (about ten days has been reported; not confirmed): apply as early as you can, ask the immigration office how long it will take, and, if it will not be ready before you leave, ask for a re-entry permit (再入国許可).
# Still abroad. $holder: special_permanent (2 years) or resident (1 year or the end of the period of stay).
plan-warning-return-before-permission-ends = Come back to Japan before your re-entry permission ends, or you lose your status of residence. { $holder ->
    [special_permanent] If you left on the special re-entry permission (みなし再入国), it lasts 2 years from the day you left.
   *[resident] If you left on the special re-entry permission (みなし再入国), it lasts 1 year from the day you left, or until your period of stay ends if that is sooner.
} The special re-entry permission cannot be extended from abroad. A re-entry permit (再入国許可) has its own end date, in your passport; an Embassy of Japan may extend it. Enter the last day below if you know it: we will remind you before it.
# Still abroad. $by = the last day of the re-entry permission.
plan-warning-return-by = Come back to Japan by { $by }, the last day of your re-entry permission, or you lose your status of residence. The special re-entry permission (みなし再入国) cannot be extended from abroad.
plan-warning-return-by-passed = The day you entered for the end of your re-entry permission, { $by }, has passed. Check the date in your passport. If the permission has ended, your status of residence may have ended too: contact the nearest Embassy or Consulate of Japan about what to do.

## Why there is no deadline

plan-no-deadline = The law sets no deadline for this case.
plan-no-deadline-found-again = Your card is still valid: you do not need to apply for a new one.
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = Your { $days } days have not started yet: they count from the day after you come back to Japan. Nobody can apply from abroad.
# $days = days to apply after an order.
plan-no-deadline-damaged = There is no deadline for a damaged card: apply when you can. If the immigration office orders you to apply, you then have { $days } days.
plan-no-deadline-exchange = There is no deadline for an exchange.

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = A card that turns up before a new one is issued stays valid: keep using it. Only if a new card had already been issued would the old one be void, and then it must be returned within { $days } days.
plan-note-carry-passport = Until you have the new card, carry your passport and a note or photo of the police acceptance number: you are expected to carry your residence card, and this shows why you cannot.
plan-note-accident = We found no official rule on what proves a card destroyed in an accident: you are usually not asked for a police report or a certificate. Explain in writing what happened (the app writes it), bring any pieces of the card, and ask the office if it needs more. If you still have the card, even broken, it may be handled as a damaged card.
plan-note-lost-at-home = Look once more where the card could be at home. The police may not accept a loss report for a card lost at home, and you may also decide not to report it: record what happened on this page and apply anyway. The statement says so, and you explain at the counter.
plan-note-reentry-certificate = The airline may ask for your residence card at check-in. This matters most if your nationality needs a visa for Japan, or if your passport no longer shows your re-entry permission. A family member who lives with you, or someone holding a letter of authority (委任状) you signed (sent by fax or scan), can get a certificate of your re-entry permission (再入国許可期限証明書) at an immigration office in Japan and send it to you.
plan-note-abroad-passport-gone = Your passport was lost too: contact your country's embassy or consulate first, for a new passport or a travel document. A new passport will not show your departure stamp or your re-entry permission, so the certificate of your re-entry permission (再入国許可期限証明書) matters: send the person in Japan who asks for it a letter of authority (委任状) you signed and a copy of your police report; ask the immigration office what else they need.
plan-note-who-goes-ill = The relative who goes for you brings their ID, a paper showing you are related and live together, and a doctor's certificate showing you cannot come. They write their name in the agent block (取次者) of the form.
plan-note-who-goes-request = The relative who goes for you brings their ID, a paper showing you are related and live together, and the letter of authority (委任状) you signed. The app fills in the letter: enter the relative in the agent block (取次者) of your person.
plan-note-who-goes-agent = A registered agent (申請取次者) files the application for you and receives the card. Only a lawyer or a 行政書士 may charge you for it.
plan-note-travel = Planning a trip abroad? Get the new card first. Leaving Japan without a residence card (or a re-entry permit) ends your status of residence.
plan-note-passport-gone = For your passport, contact your country's embassy or consulate. Until you have a new one, bring the letter explaining why you cannot show it (the app writes it) and another ID.
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = Were other cards lost with it? For a My Number card call { $hotline } (24 hours, every day; { $hotline_foreign } in other languages) and tell your city office. For bank and credit cards, call the bank or card company.
# Still abroad. $hotline_abroad = a number for calling from abroad.
plan-note-other-cards-abroad = Were other cards lost with it? Numbers starting with 0120 usually cannot be dialled from abroad. For a My Number card, an Embassy of Japan gives { $hotline_abroad } (24 hours, Japanese), said for Japanese citizens' cards; we could not confirm it for yours. For bank and credit cards, call the number on the card company's website for calls from abroad.
plan-note-card-number-unknown = Don't know your card number? You may leave it blank on the form; the office can usually find it (not confirmed). Bring anything that shows it: a 住民票 from your city office shows it if you ask, and your employer, school or bank may have a copy of your card.
plan-note-stay-ending = A new card does not change your period of stay. If it ends soon, apply for its renewal too: you can do both at the office.
