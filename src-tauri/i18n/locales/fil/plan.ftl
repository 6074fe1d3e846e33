# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Tumawag ngayon sa My Number hotline para ihinto ang mga My Number function ng iyong card: { $hotline } (24 oras, araw-araw), o { $hotline_foreign } para sa tulong sa ibang wika.
plan-step-police-lost = I-report ang pagkawala sa kahit anong police box (交番) o police station: mag-file ng loss report (遺失届). Isulat ang acceptance number (受理番号) na ibibigay nila.
plan-step-police-stolen = I-report ang pagnanakaw sa kahit anong police box (交番) o police station: mag-file ng theft report (盗難届). Isulat ang acceptance number (受理番号) na ibibigay nila.
plan-step-disaster-certificate = Kumuha ng disaster certificate (罹災証明書) sa fire department o sa city office. Hindi mo kailangang pumunta sa pulis para dito.
# $applicant: holder (the card holder goes) or representative (a relative aged 16+ goes for a child under 16).
plan-step-apply-immigration = { $applicant ->
    [representative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng bata ang mag-a-apply para sa kanya (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa inyong address.
   *[holder] Personal na mag-apply para sa bagong card sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
} Karaniwang ibinibigay ang bagong card sa parehong araw.
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng bata ang mag-a-apply para sa kanya (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa inyong address, dala ang sirang card.
   *[holder] Mag-apply para sa bagong card sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address, dala ang sirang card.
} Gamitin ang form para sa sira o maruming card.
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng bata ang mag-a-apply para sa palit (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa inyong address.
   *[holder] Mag-apply para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
} Dalhin ang kasalukuyan mong card.
plan-step-apply-city-office = { $applicant ->
    [representative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng bata ang mag-a-apply para sa kanya (bilang 代理人) sa inyong city o ward office.
   *[holder] Mag-apply sa iyong city o ward office (hindi sa immigration office).
}
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = Ibalik ang lumang card: sa kahit anong immigration office, o ipadala sa koreo sa { $office }, { $postcode } { $address }. Isulat ang “{ $envelope }” sa sobre.
plan-step-return-old-card-city-office = Ibalik ang lumang certificate. Itanong sa iyong city o ward office kung paano ito ibabalik.

## Documents

plan-doc-application-form = Application form para sa bagong residence card (在留カード再交付申請書, A4). Kaya itong punan ng app para sa iyo; may papel na kopya rin sa mga opisina.
plan-doc-application-form-damaged = Application form para sa bagong card kapag sira o marumi ang card (A4). May papel na kopya sa mga opisina.
# $height_mm, $width_mm, $months.
plan-doc-photo = Isang litrato, { $height_mm } mm ang taas × { $width_mm } mm ang lapad, kinunan sa loob ng huling { $months } buwan: ikaw lang, nakaharap nang diretso, walang sumbrero, plain na background, walang anino. Isulat ang pangalan mo sa likod.
plan-doc-loss-statement = Statement tungkol sa pagkawala o pagnanakaw (紛失・盗難に係る陳述書) na may acceptance number mula sa pulis. Kaya itong punan ng app para sa iyo.
plan-doc-police-certificate = Ang certificate ng pulis tungkol sa iyong report (遺失届出証明書 o 盗難届出証明書): kung hihingin lang ito ng opisina.
plan-doc-disaster-certificate = Ang disaster certificate (罹災証明書).
plan-doc-passport = Ang iyong passport (o ang iyong 在留資格証明書), para ipakita.
plan-doc-passport-reason-letter = Isang maikling sulat na nagpapaliwanag kung bakit hindi mo maipakita ang passport mo (理由書), at isa pang ID.
plan-doc-activity-permit = Ang iyong permiso na magtrabaho sa labas ng iyong status (資格外活動許可書), para ipakita.
plan-doc-late-reason-letter = Isang maikling sulat na nagpapaliwanag kung bakit ka nag-a-apply pagkatapos ng deadline (理由書, kahit anong format).
plan-doc-damaged-card = Ang card mismo.
plan-doc-old-card = Ang lumang card na nakita mo.
plan-doc-representative-id = ID ng kamag-anak na mag-a-apply para sa bata, at papel na nagpapakitang magkamag-anak kayo at magkasama kayong nakatira.

## Fee

plan-fee-free = Walang bayad: libre ang bagong card pagkatapos ng pagkawala, pagnanakaw, pagkasira o pinsala.
# $yen = the fee.
plan-fee-exchange = Ang bayad para sa palit na sarili mong kagustuhan ay ¥{ $yen }.
plan-fee-warning = Kung may humingi sa iyo ng pera para “asikasuhin” ang bagong card pagkatapos ng pagkawala, mag-ingat: babala iyon.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Hindi krimen ang mawalan ng card. Hinihiling ng batas na mag-apply ka sa loob ng deadline; ang hindi pag-apply sa tamang oras ay maaaring mauwi sa pagkakakulong nang hanggang { $years } taon o multang hanggang ¥{ $yen }. Ang mahalaga ay mag-apply, kahit huli na.
# $yen = the maximum non-criminal fine.
plan-penalty-child = Hindi krimen ang mawalan ng card. Para sa batang wala pang 16 taong gulang, ang kamag-anak na dapat mag-apply para sa kanya pero hindi nag-apply ay maaaring pagmultahin nang hanggang ¥{ $yen } (multang hindi kriminal, 過料). Ang mahalaga ay mag-apply, kahit huli na.

## Notes

# $days = days to apply after an order.
plan-note-damaged-no-deadline = Walang deadline para sa sirang card: mag-apply kapag kaya mo. Kung utusan ka ng immigration office na mag-apply, may { $days } araw ka mula noon.
plan-note-exchange-no-deadline = Walang deadline para sa palit.
plan-note-counter-hours = Karaniwang bukas ang mga counter ng immigration office tuwing weekday, 9:00–12:00 at 13:00–16:00. Tingnan ang oras ng iyong opisina bago ka pumunta.
plan-note-city-office-two-weeks = Hindi ibinibigay ang bagong certificate sa parehong araw: karaniwang mga dalawang linggo ito.
plan-note-city-office-documents = Itanong sa iyong city o ward office kung anong mga dokumento ang kailangan nila; sinusunod ng listahang ito ang mga patakaran para sa residence card.
plan-note-specified-card-unconfirmed = Hindi pa kumpirmado kung paano muling ibinibigay ang nawalang card na kasama ang My Number card. Magtanong sa immigration office o sa iyong city office.
plan-note-birth-date-unknown = Inakala naming 16 taong gulang pataas ang may-ari ng card. Kung wala pa siyang 16, ilagay ang petsa ng kapanganakan: isang kamag-anak ang mag-a-apply para sa kanya at hindi kailangan ng litrato.
# $birthday = the day the child turns 16.
plan-note-turns-16 = Magiging 16 taong gulang ang bata sa { $birthday }. Mula sa araw na iyon, personal na siyang mag-a-apply at kailangan niya ng litrato.
# $days = days to return it.
plan-note-old-card-if-found = Kung makita mo ang lumang card pagkatapos mong makuha ang bago, hindi na ito valid: ibalik ito sa loob ng { $days } araw mula nang makita mo ito.
