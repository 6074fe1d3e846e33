# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Tumawag ngayon sa My Number hotline para ihinto ang mga My Number function ng iyong card: { $hotline } (24 oras, araw-araw), o { $hotline_foreign } para sa tulong sa ibang wika.
plan-step-police-lost = I-report ang pagkawala sa kahit anong police box (交番) o police station: mag-file ng loss report (遺失届). Isulat ang acceptance number (受理番号) na ibibigay nila.
plan-step-police-stolen = I-report ang pagnanakaw sa kahit anong police box (交番) o police station: mag-file ng theft report (盗難届). Isulat ang acceptance number (受理番号) na ibibigay nila.
plan-step-disaster-certificate = Kumuha ng disaster certificate (罹災証明書) sa fire department o sa city office. Hindi mo kailangang pumunta sa pulis para dito.
plan-step-police-lost-at-home = Pumunta sa police box (交番) o police station at hilinging mag-file ng loss report (遺失届). Para sa card na nawala sa bahay, baka hindi tumanggap ng report ang pulis. Kung tanggapin nila, isulat ang acceptance number (受理番号). Kung hindi, isulat kung saan at kailan ka nagtanong: isusulat ng app ang statement mo nang walang numero, at magpapaliwanag ka sa immigration office.
plan-step-police-abroad = I-report ang pagkawala o pagnanakaw sa pulis kung nasaan ka, at itago ang report o ang numero nito. Hindi ka puwedeng mag-apply mula sa ibang bansa.
plan-step-return-to-japan = Bumalik sa Japan dala ang passport mo, gamit ang re-entry permission na ginamit mo sa pag-alis. Sa airport, sabihin sa immigration officer na nawala mo ang residence card mo sa ibang bansa. Baka hingin ng airline ang card: tingnan ang paalala tungkol sa certificate ng iyong re-entry permit. Pagkatapos, ilagay dito ang araw na bumalik ka.
plan-step-tell-police-found = Sabihin sa pulis na nakita mo na ang card mo (sa police box o police station kung saan ka nag-report): saka puwedeng bawiin ang report. Kung hindi ka nag-report, wala ka nang kailangang gawin.
plan-step-lift-my-number-suspension = Kung inihinto mo ang mga My Number function ng card mo, tumawag sa My Number hotline para muling paganahin ang mga ito: { $hotline } (24 oras, araw-araw), o { $hotline_foreign } para sa tulong sa ibang wika.
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request) or agent (a registered agent files).
plan-step-apply-immigration = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa kanya (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa address niya.
    [agent] Ang ahente ang magsusumite ng application sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
   *[holder] Personal na mag-apply para sa bagong card sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
} Karaniwang ibinibigay ang bagong card sa parehong araw.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa kanya (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa address niya, dala ang sirang card.
    [agent] Ang ahente ang magsusumite ng application sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address, dala ang sirang card.
   *[holder] Mag-apply para sa bagong card sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address, dala ang sirang card.
} Gamitin ang form para sa sira o maruming card.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa palit (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa address niya.
    [agent] Ang ahente ang magsusumite ng application para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
   *[holder] Mag-apply para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
} Dalhin ang kasalukuyan mong card.
plan-step-apply-city-office = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa kanya (bilang 代理人) sa city o ward office.
    [agent] Ang ahente ang magsusumite ng application sa iyong city o ward office.
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
plan-doc-loss-statement-not-accepted = Statement tungkol sa pagkawala (紛失・盗難に係る陳述書), na nagsasabing hindi tinanggap ng pulis ang report mo. Kaya itong punan ng app para sa iyo; magpaliwanag ka rin sa counter.
plan-doc-accident-statement = Isang statement na nagpapaliwanag kung paano nasira nang tuluyan ang card (陳述書). Kaya itong punan ng app para sa iyo.
plan-doc-card-pieces = Ang natira sa card, kung mayroon: baka ituring ito ng opisina na sirang card.
plan-doc-police-report-abroad = Ang report na ginawa mo sa pulis sa ibang bansa, o ang numero nito, kung mayroon ka.
plan-doc-police-certificate = Ang certificate ng pulis tungkol sa iyong report (遺失届出証明書 o 盗難届出証明書): kung hihingin lang ito ng opisina.
plan-doc-disaster-certificate = Ang disaster certificate (罹災証明書).
plan-doc-passport = Ang iyong passport (o ang iyong 在留資格証明書), para ipakita.
plan-doc-passport-reason-letter = Isang maikling sulat na nagpapaliwanag kung bakit hindi mo maipakita ang passport mo (理由書), at isa pang ID.
plan-doc-activity-permit = Ang iyong permiso na magtrabaho sa labas ng iyong status (資格外活動許可書), para ipakita.
plan-doc-late-reason-letter = Isang maikling sulat na nagpapaliwanag kung bakit ka nag-a-apply pagkatapos ng deadline (理由書, kahit anong format).
plan-doc-damaged-card = Ang card mismo.
plan-doc-old-card = Ang lumang card na nakita mo.
# $applicant: child (the relative applies for a child under 16) or adult (for an adult holder).
plan-doc-representative-id = { $applicant ->
    [child] ID ng kamag-anak na mag-a-apply para sa bata, at papel na nagpapakitang magkamag-anak sila at magkasama silang nakatira (hal. 住民票).
   *[adult] ID ng kamag-anak na mag-a-apply para sa iyo, at papel na nagpapakitang magkamag-anak kayo at magkasama kayong nakatira (hal. 住民票).
}
plan-doc-medical-certificate = Papel na nagpapakitang hindi ka makakapunta nang personal, gaya ng medical certificate mula sa doktor (診断書).
plan-doc-letter-of-authority = Sulat ng awtorisasyon (委任状) na pipirmahan mo, na nakasulat ang pangalan ng kamag-anak na pupunta. Kaya itong punan ng app para sa iyo.

## Fee

plan-fee-free = Walang bayad: libre ang bagong card pagkatapos ng pagkawala, pagnanakaw, pagkasira o pinsala.
# $yen = the fee.
plan-fee-exchange = Ang bayad para sa palit na sarili mong kagustuhan ay ¥{ $yen }.
plan-fee-warning = Walang sinisingil ang immigration office para sa bagong card pagkatapos ng pagkawala. Abogadong may lisensya o 行政書士 lang ang puwedeng maningil para sa paghahanda o pagsusumite ng mga papel para sa iyo: mag-ingat kung may ibang humingi ng pera para “asikasuhin” ito.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Hindi krimen ang mawalan ng card. Hinihiling ng batas na mag-apply ka sa loob ng deadline; ang hindi pag-apply sa tamang oras ay maaaring mauwi sa pagkakakulong nang hanggang { $years } taon o multang hanggang ¥{ $yen }. Ang mahalaga ay mag-apply, kahit huli na.
# $yen = the maximum non-criminal fine.
plan-penalty-child = Hindi krimen ang mawalan ng card. Para sa batang wala pang 16 taong gulang, ang kamag-anak na dapat mag-apply para sa kanya pero hindi nag-apply ay maaaring pagmultahin nang hanggang ¥{ $yen } (multang hindi kriminal, 過料). Ang mahalaga ay mag-apply, kahit huli na.

## Notes

plan-note-counter-hours = Karaniwang bukas ang mga counter ng immigration office tuwing weekday, 9:00–12:00 at 13:00–16:00. Tingnan ang oras ng iyong opisina bago ka pumunta.
plan-note-city-office-weeks = Hindi ibinibigay ang bagong certificate sa parehong araw: karaniwang dalawa hanggang tatlong linggo ito.
plan-note-city-office-documents = Itanong sa iyong city o ward office kung anong mga dokumento ang kailangan nila; sinusunod ng listahang ito ang mga patakaran para sa residence card.
plan-note-city-office-who-goes = Kung hindi ka makakapunta mismo, itanong sa iyong city o ward office kung sino ang puwedeng pumunta para sa iyo.
plan-note-specified-card-unconfirmed = Hindi pa kumpirmado kung paano muling ibinibigay ang nawalang card na kasama ang My Number card. Magtanong sa immigration office o sa iyong city office.
plan-note-birth-date-unknown = Inakala naming 16 taong gulang pataas ang may-ari ng card. Kung wala pa siyang 16, ilagay ang petsa ng kapanganakan: isang kamag-anak ang mag-a-apply para sa kanya at hindi kailangan ng litrato.
# $birthday = the day the child turns 16.
plan-note-turns-16 = Magiging 16 taong gulang ang bata sa { $birthday }. Mula sa araw na iyon, personal na siyang mag-a-apply at kailangan niya ng litrato.
# $days = days to return it.
plan-note-old-card-if-found = Kung makita mo ang lumang card pagkatapos mong makuha ang bago, hindi na ito valid: ibalik ito sa loob ng { $days } araw mula nang makita mo ito.

## Warnings, read before anything else

plan-warning-leaving-soon = Huwag umalis ng Japan nang wala ang bago mong card. Kapag umalis ka ng Japan nang walang residence card (o re-entry permit), mawawala ang iyong status of residence. Mag-apply bago ka bumiyahe: karaniwang ibinibigay ang bagong card sa parehong araw. Kung hindi mo ito mahihintay, humingi ng re-entry permit (再入国許可) sa immigration office bago ka umalis.

## Why there is no deadline

plan-no-deadline = Walang deadline ang batas para sa kasong ito.
plan-no-deadline-found-again = Valid pa rin ang card mo: hindi mo kailangang mag-apply para sa bago.
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = Hindi pa nagsisimula ang { $days } araw mo: magsisimula ito sa araw na bumalik ka sa Japan. Walang puwedeng mag-apply mula sa ibang bansa.
# $days = days to apply after an order.
plan-no-deadline-damaged = Walang deadline para sa sirang card: mag-apply kapag kaya mo. Kung utusan ka ng immigration office na mag-apply, may { $days } araw ka mula noon.
plan-no-deadline-exchange = Walang deadline para sa palit.

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = Nananatiling valid ang card na nakita bago maibigay ang bago: patuloy mo itong gamitin. Magiging invalid lang ang luma kung naibigay na ang bagong card, at sa ganoong kaso, kailangan itong ibalik sa loob ng { $days } araw.
plan-note-carry-passport = Hangga't wala ka pang bagong card, dalhin ang passport mo at isang tala o litrato ng acceptance number mula sa pulis: inaasahang dala mo ang residence card mo, at ipinapakita nito kung bakit hindi mo ito madala.
plan-note-accident = Walang police report o certificate para sa card na nasira nang tuluyan sa aksidente: ipaliwanag nang nakasulat ang nangyari (isusulat ito ng app). Kung may natirang piraso ng card, dalhin ang mga ito.
plan-note-lost-at-home = Hanapin ulit ang card sa mga lugar sa bahay kung saan ito maaaring naroon. Baka hindi tumanggap ang pulis ng loss report para sa card na nawala sa bahay; kung hindi sila tumanggap, itala iyon dito at mag-apply pa rin: sinasabi iyon ng statement.
plan-note-reentry-certificate = Baka hingin ng airline ang residence card mo sa check-in. Puwedeng kumuha ang isang kapamilya o ahente sa Japan ng certificate ng iyong re-entry permit (再入国許可期限証明書) sa immigration office at ipadala ito sa iyo.
plan-note-who-goes-ill = Dadalhin ng kamag-anak na pupunta para sa iyo ang kanyang ID, papel na nagpapakitang magkamag-anak kayo at magkasama kayong nakatira, at medical certificate mula sa doktor na nagpapakitang hindi ka makakapunta. Isusulat niya ang pangalan niya sa bahagi ng ahente (取次者) ng form.
plan-note-who-goes-request = Dadalhin ng kamag-anak na pupunta para sa iyo ang kanyang ID, papel na nagpapakitang magkamag-anak kayo at magkasama kayong nakatira, at ang sulat ng awtorisasyon (委任状) na pinirmahan mo. Pupunan ng app ang sulat: ilagay ang kamag-anak sa bahagi ng ahente (取次者) ng iyong mga detalye.
plan-note-who-goes-agent = Isang rehistradong ahente (申請取次者) ang magsusumite ng application para sa iyo at tatanggap ng card. Abogado o 行政書士 lang ang puwedeng maningil sa iyo para dito.
plan-note-travel = May balak kang bumiyahe sa ibang bansa? Kunin muna ang bagong card. Kapag umalis ka ng Japan nang walang residence card (o re-entry permit), mawawala ang iyong status of residence.
plan-note-passport-gone = Para sa passport mo, makipag-ugnayan sa embassy o consulate ng iyong bansa. Hangga't wala ka pang bago, dalhin ang sulat na nagpapaliwanag kung bakit hindi mo ito maipakita (isinusulat ito ng app) at isa pang ID.
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = May iba pa bang card na nawala kasama nito? Para sa My Number card, tumawag sa { $hotline } (24 oras, araw-araw; { $hotline_foreign } para sa ibang wika) at sabihin sa iyong city office. Para sa bank at credit card, tumawag sa bangko o sa card company.
plan-note-card-number-unknown = Hindi mo alam ang card number mo? Puwede mo itong iwanang blangko sa form. Maipapakita ito ng 住民票 mula sa city office mo kung hihilingin mo, at baka may kopya ng card mo ang employer, paaralan o bangko mo.
plan-note-stay-ending = Pareho ang expiry date ng bagong card at ng luma. Kung malapit nang matapos ang iyong period of stay, mag-apply ka rin para sa renewal: puwede mong gawin ang dalawa sa opisina.
