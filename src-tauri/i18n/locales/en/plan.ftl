# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Call the My Number hotline now to stop the My Number functions of your card: { $hotline } (24 hours, every day), or { $hotline_foreign } for help in other languages.
plan-step-police-lost = Report the loss at any police box (交番) or police station: file a loss report (遺失届). Write down the acceptance number (受理番号) they give you.
plan-step-police-stolen = Report the theft at any police box (交番) or police station: file a theft report (盗難届). Write down the acceptance number (受理番号) they give you.
plan-step-disaster-certificate = Get a disaster certificate (罹災証明書) from the fire department or your city office. You do not need the police for this.
# $applicant: holder (the card holder goes) or representative (a relative aged 16+ goes for a child under 16).
plan-step-apply-immigration = { $applicant ->
    [representative] A relative aged 16 or older who lives with the child applies for them (as 代理人) at the immigration office that covers your address.
   *[holder] Apply for a new card in person at the immigration office that covers your address.
} The new card is normally issued the same day.
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] A relative aged 16 or older who lives with the child applies for them (as 代理人) at the immigration office that covers your address, with the damaged card.
   *[holder] Apply for a new card at the immigration office that covers your address, with the damaged card.
} Use the form for damaged or soiled cards.
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] A relative aged 16 or older who lives with the child applies for the exchange (as 代理人) at the immigration office that covers your address.
   *[holder] Apply for the exchange at the immigration office that covers your address.
} Bring your current card.
plan-step-apply-city-office = { $applicant ->
    [representative] A relative aged 16 or older who lives with the child applies for them (as 代理人) at your city or ward office.
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
plan-doc-police-certificate = The police certificate of your report (遺失届出証明書 or 盗難届出証明書): only if the office asks for it.
plan-doc-disaster-certificate = The disaster certificate (罹災証明書).
plan-doc-passport = Your passport (or your 在留資格証明書), to show.
plan-doc-passport-reason-letter = A short letter explaining why you cannot show your passport (理由書), and another ID.
plan-doc-activity-permit = Your permission to work outside your status (資格外活動許可書), to show.
plan-doc-late-reason-letter = A short letter explaining why you are applying after the deadline (理由書, any format).
plan-doc-damaged-card = The card itself.
plan-doc-old-card = The old card you found.
plan-doc-representative-id = ID of the relative who applies for the child, and a paper showing that you are related and live together.

## Fee

plan-fee-free = There is no fee: a new card after a loss, theft, destruction or damage is free.
# $yen = the fee.
plan-fee-exchange = The fee for an exchange at your own wish is ¥{ $yen }.
plan-fee-warning = If anyone asks you for money to “handle” a new card after a loss, be careful: that is a warning sign.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Losing a card is not an offence. The law asks you to apply within the deadline; not applying in time can lead to up to { $years ->
    [one] 1 year
   *[other] { $years } years
} of imprisonment or a fine of up to ¥{ $yen }. Applying, even late, is what matters.
# $yen = the maximum non-criminal fine.
plan-penalty-child = Losing a card is not an offence. For a child under 16, the relative who should apply for them and does not can be fined up to ¥{ $yen } (a non-criminal fine, 過料). Applying, even late, is what matters.

## Notes

# $days = days to apply after an order.
plan-note-damaged-no-deadline = There is no deadline for a damaged card: apply when you can. If the immigration office orders you to apply, you then have { $days } days.
plan-note-exchange-no-deadline = There is no deadline for an exchange.
plan-note-counter-hours = Immigration office counters are usually open on weekdays, 9:00–12:00 and 13:00–16:00. Check your office's hours before you go.
plan-note-city-office-two-weeks = The new certificate is not issued the same day: it usually takes about two weeks.
plan-note-city-office-documents = Ask your city or ward office which documents it needs; this list follows the residence card rules.
plan-note-specified-card-unconfirmed = How a lost card combined with the My Number card is reissued is not yet confirmed. Ask the immigration office or your city office.
plan-note-birth-date-unknown = We assumed the card holder is 16 or older. If they are under 16, enter the birth date: a relative then applies for them and no photo is needed.
# $birthday = the day the child turns 16.
plan-note-turns-16 = The child turns 16 on { $birthday }. From that day they apply in person and need a photo.
# $days = days to return it.
plan-note-old-card-if-found = If you find the old card after you get the new one, it is no longer valid: return it within { $days } days of finding it.
