# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Tumawag ngayon sa My Number hotline para ihinto ang mga My Number function ng iyong card: { $hotline } (24 oras, araw-araw), o { $hotline_foreign } para sa tulong sa ibang wika.
# 特定在留カード, still abroad. $hotline, $hotline_foreign = the numbers in Japan; $hotline_abroad = a number for calling from abroad.
plan-step-suspend-my-number-abroad = Ihinto ang mga My Number function ng iyong card sa lalong madaling panahon. Karaniwang hindi matatawagan mula sa ibang bansa ang mga hotline number na { $hotline } at { $hotline_foreign } (ibang wika). Nagbibigay ang isang Embassy of Japan ng { $hotline_abroad } (24 oras, Japanese) para sa My Number card na nawala sa ibang bansa; sinasabi nito iyon para sa card ng mga Japanese citizen, at hindi namin makumpirma na para rin ito sa card mo. Kung hindi, tumawag sa { $hotline_foreign } sa sandaling makabalik ka sa Japan.
plan-step-police-lost = I-report ang pagkawala sa kahit anong police box (交番) o police station: mag-file ng loss report (遺失届). Isulat ang acceptance number (受理番号) na ibibigay nila.
plan-step-police-stolen = I-report ang pagnanakaw sa kahit anong police box (交番) o police station: mag-file ng theft report (盗難届). Isulat ang acceptance number (受理番号) na ibibigay nila.
plan-step-disaster-certificate = Kumuha ng disaster certificate (罹災証明書) sa fire department o sa city office. Hindi mo kailangang pumunta sa pulis para dito.
plan-step-police-lost-at-home = Puwede kang pumunta sa police box (交番) o police station para hilinging mag-file ng loss report (遺失届); para sa card na nawala sa bahay, baka hindi tumanggap ng report ang pulis. Kung tanggapin nila, isulat ang acceptance number (受理番号). Kung hindi, isulat kung saan at kailan ka nagtanong. Puwede mo ring piliing hindi ito i-report: sabihin iyon sa ibaba. Alinman dito, isusulat ng app ang statement mo nang naaayon, at magpapaliwanag ka sa immigration office.
plan-step-police-abroad = I-report ang pagkawala o pagnanakaw sa pulis kung nasaan ka, at itago ang papel na ibibigay nila (o kopya nito) at ang numero nito kung mayroon. Ibibigay mo ito kasama ng Japanese na salin, na puwede mong isulat mismo. Hindi ka puwedeng mag-apply mula sa ibang bansa.
plan-step-police-abroad-back = Ilagay ang report na ginawa mo sa pulis sa ibang bansa: ang bansa, ang pulis, ang araw, at ang numero nito kung mayroon. Sasabihin noon ng statement kung saan mo ito ini-report. Kung hindi mo ito ini-report doon, sabihin iyon sa ibaba. Kung posibleng sa Japan pala nawala ang card, puwede mo itong i-report sa police box dito sa halip.
plan-step-return-to-japan = Bumalik sa Japan dala ang passport mo bago matapos ang iyong re-entry permission (tingnan ang babala sa itaas). Sa airport, sabihin sa immigration officer na nawala mo ang residence card mo sa ibang bansa. Baka hingin ng airline ang card: tingnan ang paalala tungkol sa certificate ng iyong re-entry permission. Pagkatapos, ilagay dito ang araw na bumalik ka: binibilang ang 14 na araw mo simula sa araw pagkatapos nito.
plan-step-tell-police-found = Sabihin sa pulis na nakita mo na ang card mo (sa police box o police station kung saan ka nag-report): saka puwedeng bawiin ang report. Kung hindi ka nag-report, wala ka nang kailangang gawin.
plan-step-lift-my-number-suspension = Kung inihinto mo ang mga My Number function ng card mo, itanong sa iyong city o ward office kung paano muling paganahin ang mga ito. Para sa karaniwang My Number card, ginagawa ito sa city office dala ang card, hindi sa telepono; para sa card na kasama ang residence card, hindi pa ito kumpirmado.
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request), agent (a registered agent files),
# approved (someone the office agreed to) or nobody (who goes is still to be found).
plan-step-apply-immigration = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa kanya (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa address niya.
    [agent] Ang ahente ang magsusumite ng application sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
    [approved] Ang taong pinayagan ng opisina ang mag-a-apply para sa may-ari ng card sa immigration office (出入国在留管理局) na sumasaklaw sa address niya.
    [nobody] Kung sinuman ang payagan ng opisina ang mag-a-apply para sa may-ari ng card sa immigration office (出入国在留管理局) na sumasaklaw sa address niya.
   *[holder] Personal na mag-apply para sa bagong card sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
} Karaniwang ibinibigay ang bagong card sa parehong araw.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa kanya (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa address niya, dala ang sirang card.
    [agent] Ang ahente ang magsusumite ng application sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address, dala ang sirang card.
    [approved] Ang taong pinayagan ng opisina ang mag-a-apply para sa may-ari ng card sa immigration office (出入国在留管理局) na sumasaklaw sa address niya, dala ang sirang card.
    [nobody] Kung sinuman ang payagan ng opisina ang mag-a-apply para sa may-ari ng card sa immigration office (出入国在留管理局) na sumasaklaw sa address niya, dala ang sirang card.
   *[holder] Mag-apply para sa bagong card sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address, dala ang sirang card.
} Gamitin ang form para sa sira o maruming card.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa palit (bilang 代理人) sa immigration office (出入国在留管理局) na sumasaklaw sa address niya.
    [agent] Ang ahente ang magsusumite ng application para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
    [approved] Ang taong pinayagan ng opisina ang mag-a-apply para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa address ng may-ari ng card.
    [nobody] Kung sinuman ang payagan ng opisina ang mag-a-apply para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa address ng may-ari ng card.
   *[holder] Mag-apply para sa palit sa immigration office (出入国在留管理局) na sumasaklaw sa iyong address.
} Dalhin ang kasalukuyan mong card.
plan-step-apply-city-office = { $applicant ->
    [relative] Isang kamag-anak na 16 taong gulang pataas na nakatira kasama ng may-ari ng card ang mag-a-apply para sa kanya (bilang 代理人) sa city o ward office.
    [agent] Ang ahente ang magsusumite ng application sa iyong city o ward office.
    [approved] Ang taong pinayagan ng city office ang mag-a-apply para sa may-ari ng card sa city o ward office.
    [nobody] Kung sinuman ang payagan ng city office ang mag-a-apply para sa may-ari ng card sa city o ward office.
   *[holder] Mag-apply sa iyong city o ward office (hindi sa immigration office).
}
# Before applying, when no relative aged 16+ lives with a holder under 16 or ill. $applicant: approved or nobody;
# $holder: child (under 16) or adult (ill); $office: immigration or city.
plan-step-ask-office-who-applies = { $applicant ->
    [nobody] Wala pang makakapunta. Tumawag sa { $office ->
        [city] city o ward office
       *[immigration] immigration office na sumasaklaw sa address
    }, sabihing { $holder ->
        [child] wala pang 16 taong gulang ang may-ari ng card
       *[adult] may sakit ang may-ari ng card
    } at walang kapamilyang 16 taong gulang pataas na nakatira kasama niya, at itanong kung sino ang puwedeng mag-apply. Puwedeng mag-apply ang magulang o legal guardian na nakatira sa ibang lugar, ibang kapamilya, o taong kasama niyang nakatira, kung papayag ang opisina; puwedeng mag-apply para sa iyo ang abogado o 行政書士 na rehistradong ahente (申請取次者), sa bayad na sinisingil nila.
   *[approved] Bago pumunta, itanong sa { $office ->
        [city] city o ward office
       *[immigration] immigration office na sumasaklaw sa address
    } kung pumapayag ito na mag-apply ang taong ito. Ang hindi kapamilyang 16 taong gulang pataas na nakatira kasama ng may-ari ng card (magulang o legal guardian na nakatira sa ibang lugar, ibang kapamilya, o taong kasama niyang nakatira) ay puwedeng mag-apply kung papayag lang ang opisina.
} Tumatakbo pa rin ang deadline: kung lumampas ito habang naghihintay ka, mag-apply pa rin kasama ang sulat na nagpapaliwanag kung bakit.
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = Ibalik ang lumang card: sa kahit anong immigration office, o ipadala sa koreo sa { $office }, { $postcode } { $address }. Isulat ang “{ $envelope }” sa sobre.
plan-step-return-old-card-city-office = Ibalik ang lumang certificate. Itanong sa iyong city o ward office kung paano ito ibabalik.

## Documents

plan-doc-application-form = Application form para sa bagong residence card (在留カード再交付申請書, A4). Kaya itong punan ng app para sa iyo; may papel na kopya rin sa mga opisina.
plan-doc-application-form-city-office = Ang sariling application form ng city o ward office para sa bagong special permanent resident certificate: nasa opisina ito (hindi ito pinupunan ng app).
plan-doc-application-form-damaged = Application form para sa bagong card kapag sira o marumi ang card (A4). May papel na kopya sa mga opisina.
# $height_mm, $width_mm, $months.
plan-doc-photo = Isang litrato, { $height_mm } mm ang taas × { $width_mm } mm ang lapad, kinunan sa loob ng huling { $months } buwan: ikaw lang, nakaharap nang diretso, walang sumbrero, plain na background, walang anino. Isulat ang pangalan mo sa likod.
plan-doc-loss-statement = Statement tungkol sa pagkawala o pagnanakaw (紛失・盗難に係る陳述書) na may acceptance number mula sa pulis. Kaya itong punan ng app para sa iyo.
plan-doc-loss-statement-not-accepted = Statement tungkol sa pagkawala (紛失・盗難に係る陳述書), na nagsasabing hindi tinanggap ng pulis ang report mo. Kaya itong punan ng app para sa iyo; magpaliwanag ka rin sa counter.
plan-doc-loss-statement-not-reported = Statement tungkol sa pagkawala (紛失・盗難に係る陳述書), na nagsasabing hindi mo ito ini-report sa pulis at kung bakit. Kaya itong punan ng app para sa iyo; magpaliwanag ka rin sa counter.
plan-doc-loss-statement-abroad = Statement tungkol sa pagkawala o pagnanakaw (紛失・盗難に係る陳述書), na nagsasabi kung saan mo ito ini-report sa ibang bansa. Kaya itong punan ng app para sa iyo.
plan-doc-accident-statement = Isang statement na nagpapaliwanag kung paano nasira nang tuluyan ang card (陳述書). Kaya itong punan ng app para sa iyo.
plan-doc-card-pieces = Ang natira sa card, kung mayroon: baka ituring ito ng opisina na sirang card.
plan-doc-police-report-abroad = Ang papel ng report na ginawa mo sa pulis sa ibang bansa (o kopya nito).
plan-doc-police-report-translation = Japanese na salin ng papel na iyon. Kailangan ito ng mga papel na nasa ibang wika; puwede mo itong isulat mismo.
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
plan-doc-agent-certificate = Dadalhin ng ahente ang sarili niyang certificate bilang rehistradong ahente (申請等取次者証明書).
plan-doc-medical-certificate = Papel na nagpapakitang hindi ka makakapunta nang personal, gaya ng medical certificate mula sa doktor (診断書).
plan-doc-letter-of-authority = Sulat ng awtorisasyon (委任状) na pipirmahan mo, na nakasulat ang pangalan ng kamag-anak na pupunta. Kaya itong punan ng app para sa iyo.
# $holder: child (under 16) or adult (ill).
plan-doc-approved-person-id = ID ng taong mag-a-apply para sa { $holder ->
    [child] bata
   *[adult] iyo
}, at papel na nagpapakita kung ano ang kaugnayan niya sa { $holder ->
    [child] bata (para sa magulang o legal guardian, papel na nagpapakitang siya nga iyon)
   *[adult] iyo
}. Itanong sa opisina kung ano pa ang kailangan nito.

## Fee

plan-fee-free = Walang bayad: libre ang bagong card pagkatapos ng pagkawala, pagnanakaw, pagkasira o pinsala.
# $yen = the fee.
plan-fee-exchange = Ang bayad para sa palit na sarili mong kagustuhan ay ¥{ $yen }.
plan-fee-warning = Walang sinisingil ang immigration office para sa bagong card pagkatapos ng pagkawala. Abogadong may lisensya o 行政書士 lang ang puwedeng maningil para sa paghahanda o pagsusumite ng mga papel para sa iyo: mag-ingat kung may ibang humingi ng pera para “asikasuhin” ito.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Hindi krimen ang mawalan ng card. Hinihiling ng batas na mag-apply ka sa loob ng deadline; ang hindi pag-apply sa tamang oras ay maaaring mauwi sa pagkakakulong nang hanggang { $years } taon o multang hanggang ¥{ $yen }. Ang mahalaga ay mag-apply, kahit huli na.
# $yen = the maximum non-criminal fine. $holder: child (under 16) or adult (ill).
plan-penalty-relative = Hindi krimen ang mawalan ng card. { $holder ->
    [child] Para sa may-ari ng card na wala pang 16 taong gulang,
   *[adult] Para sa may-ari ng card na may sakit at hindi makapag-apply,
} dapat mag-apply ang kapamilyang 16 taong gulang pataas na nakatira kasama niya; ang hindi mag-apply ay maaaring pagmultahin nang hanggang ¥{ $yen } (multang hindi kriminal, 過料). Ang mahalaga ay mag-apply, kahit huli na.

## Notes

plan-note-counter-hours = Karaniwang bukas ang mga counter ng immigration office tuwing weekday, 9:00–12:00 at 13:00–16:00. Tingnan ang oras ng iyong opisina bago ka pumunta.
plan-note-city-office-not-same-day = Hindi ibinibigay ang bagong certificate sa parehong araw: sasabihin sa iyo ng city o ward office kung kailan ka babalik para kunin ito.
plan-note-city-office-documents = Sinusunod ng listahang ito ang mga patakaran para sa special permanent resident certificate. Baka humingi pa ng iba ang iyong city o ward office: magtanong sa kanila bago ka pumunta.
plan-note-specified-card-unconfirmed = Hindi pa kumpirmado kung paano muling ibinibigay ang nawalang card na kasama ang My Number card, at baka hindi ito maibigay sa parehong araw (may ulat na mga sampung araw). Itanong sa immigration office kung gaano ito katagal, lalo na kung kailangan mong bumiyahe.
plan-note-spr-show-on-request = Hindi mo kailangang laging dalhin ang iyong special permanent resident certificate, pero kailangan mo itong ipakita kung hingin ng immigration officer o ng pulis. Hangga't hindi pa naibibigay ang bago, dalhin ang acceptance number mula sa pulis para makapagpaliwanag.
plan-note-birth-date-unknown = Inakala naming 16 taong gulang pataas ang may-ari ng card. Kung wala pa siyang 16, ilagay ang petsa ng kapanganakan: isang kamag-anak ang mag-a-apply para sa kanya at hindi kailangan ng litrato.
# $birthday = the day the child turns 16.
plan-note-turns-16 = Magiging 16 taong gulang ang bata sa { $birthday }. Mula sa araw na iyon, personal na siyang mag-a-apply at kailangan niya ng litrato.
# $days = days to return it.
plan-note-old-card-if-found = Kung makita mo ang lumang card pagkatapos mong makuha ang bago, hindi na ito valid: ibalik ito sa loob ng { $days } araw mula nang makita mo ito.

## Warnings, read before anything else

plan-warning-leaving-soon = Huwag umalis ng Japan nang wala ang bago mong card. Kapag umalis ka ng Japan nang walang residence card (o re-entry permit), mawawala ang iyong status of residence. Mag-apply bago ka bumiyahe: karaniwang ibinibigay ang bagong card sa parehong araw. Kung hindi mo ito mahihintay, humingi ng re-entry permit (再入国許可) sa immigration office bago ka umalis.
plan-warning-leaving-soon-specified = Huwag umalis ng Japan nang wala ang bago mong card. Kapag umalis ka ng Japan nang walang residence card (o re-entry permit), mawawala ang iyong status of residence. Baka hindi maibigay sa parehong araw ang card na kasama ang My Number card (may ulat na mga sampung araw; hindi pa kumpirmado): mag-apply nang maaga hangga't maaari, itanong sa immigration office kung gaano ito katagal, at kung hindi ito magiging handa bago ka umalis, humingi ng re-entry permit (再入国許可).
# Still abroad. $holder: special_permanent (2 years) or resident (1 year or the end of the period of stay).
plan-warning-return-before-permission-ends = Bumalik sa Japan bago matapos ang iyong re-entry permission, kung hindi ay mawawala ang iyong status of residence. { $holder ->
    [special_permanent] Kung umalis ka gamit ang special re-entry permission (みなし再入国), tumatagal ito nang 2 taon mula sa araw na umalis ka.
   *[resident] Kung umalis ka gamit ang special re-entry permission (みなし再入国), tumatagal ito nang 1 taon mula sa araw na umalis ka, o hanggang matapos ang iyong period of stay kung mas maaga iyon.
} Hindi mapapahaba mula sa ibang bansa ang special re-entry permission. May sariling petsa ng pagtatapos ang re-entry permit (再入国許可), na nasa passport mo; maaari itong pahabain ng isang Embassy of Japan. Ilagay sa ibaba ang huling araw kung alam mo: paaalalahanan ka namin bago iyon.
# Still abroad. $by = the last day of the re-entry permission.
plan-warning-return-by = Bumalik sa Japan nang hindi lalampas sa { $by }, ang huling araw ng iyong re-entry permission, kung hindi ay mawawala ang iyong status of residence. Hindi mapapahaba mula sa ibang bansa ang special re-entry permission (みなし再入国).
plan-warning-return-by-passed = Lumipas na ang araw na inilagay mo bilang katapusan ng iyong re-entry permission, { $by }. Tingnan ang petsa sa passport mo. Kung natapos na ang permission, baka natapos na rin ang iyong status of residence: makipag-ugnayan sa pinakamalapit na Embassy o Consulate of Japan tungkol sa dapat gawin.

## Why there is no deadline

plan-no-deadline = Walang deadline ang batas para sa kasong ito.
plan-no-deadline-found-again = Valid pa rin ang card mo: hindi mo kailangang mag-apply para sa bago.
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = Hindi pa nagsisimula ang { $days } araw mo: binibilang ito simula sa araw pagkatapos ng araw na bumalik ka sa Japan. Walang puwedeng mag-apply mula sa ibang bansa.
# $days = days to apply after an order.
plan-no-deadline-damaged = Walang deadline para sa sirang card: mag-apply kapag kaya mo. Kung utusan ka ng immigration office na mag-apply, may { $days } araw ka mula noon.
plan-no-deadline-exchange = Walang deadline para sa palit.

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = Nananatiling valid ang card na nakita bago maibigay ang bago: patuloy mo itong gamitin. Magiging invalid lang ang luma kung naibigay na ang bagong card, at sa ganoong kaso, kailangan itong ibalik sa loob ng { $days } araw.
plan-note-carry-passport = Hangga't wala ka pang bagong card, dalhin ang passport mo at isang tala o litrato ng acceptance number mula sa pulis: inaasahang dala mo ang residence card mo, at ipinapakita nito kung bakit hindi mo ito madala.
plan-note-accident = Wala kaming nakitang opisyal na patakaran kung ano ang nagpapatunay na nasira nang tuluyan ang card sa aksidente: karaniwang hindi ka hinihingan ng police report o certificate. Ipaliwanag nang nakasulat ang nangyari (isusulat ito ng app), dalhin ang anumang piraso ng card, at itanong sa opisina kung may kailangan pa ito. Kung hawak mo pa ang card, kahit bali na, baka ituring itong sirang card.
plan-note-lost-at-home = Hanapin ulit ang card sa mga lugar sa bahay kung saan ito maaaring naroon. Baka hindi tumanggap ang pulis ng loss report para sa card na nawala sa bahay, at puwede ka ring magpasyang hindi ito i-report: itala ang nangyari sa pahinang ito at mag-apply pa rin. Sinasabi iyon ng statement, at magpapaliwanag ka sa counter.
plan-note-reentry-certificate = Baka hingin ng airline ang residence card mo sa check-in. Pinakamahalaga ito kung kailangan ng visa papuntang Japan para sa iyong nasyonalidad, o kung hindi na ipinapakita ng passport mo ang iyong re-entry permission. Ang kapamilyang kasama mong nakatira, o taong may hawak ng sulat ng awtorisasyon (委任状) na pinirmahan mo (ipinadala sa fax o scan), ay puwedeng kumuha ng certificate ng iyong re-entry permission (再入国許可期限証明書) sa immigration office sa Japan at ipadala ito sa iyo.
plan-note-abroad-passport-gone = Nawala rin ang passport mo: makipag-ugnayan muna sa embassy o consulate ng iyong bansa para sa bagong passport o travel document. Hindi ipapakita ng bagong passport ang iyong departure stamp o ang iyong re-entry permission, kaya mahalaga ang certificate ng iyong re-entry permission (再入国許可期限証明書): padalhan ang taong hihingi nito sa Japan ng sulat ng awtorisasyon (委任状) na pinirmahan mo at kopya ng iyong police report; itanong sa immigration office kung ano pa ang kailangan nila.
plan-note-who-goes-ill = Dadalhin ng kamag-anak na pupunta para sa iyo ang kanyang ID, papel na nagpapakitang magkamag-anak kayo at magkasama kayong nakatira, at medical certificate mula sa doktor na nagpapakitang hindi ka makakapunta. Isusulat niya ang pangalan niya sa bahagi ng ahente (取次者) ng form.
plan-note-who-goes-request = Dadalhin ng kamag-anak na pupunta para sa iyo ang kanyang ID, papel na nagpapakitang magkamag-anak kayo at magkasama kayong nakatira, at ang sulat ng awtorisasyon (委任状) na pinirmahan mo. Pupunan ng app ang sulat: ilagay ang kamag-anak sa bahagi ng ahente (取次者) ng iyong mga detalye.
plan-note-who-goes-agent = Isang rehistradong ahente (申請取次者) ang magsusumite ng application para sa iyo at tatanggap ng card. Abogado o 行政書士 lang ang puwedeng maningil sa iyo para dito.
plan-note-travel = May balak kang bumiyahe sa ibang bansa? Kunin muna ang bagong card. Kapag umalis ka ng Japan nang walang residence card (o re-entry permit), mawawala ang iyong status of residence.
plan-note-passport-gone = Para sa passport mo, makipag-ugnayan sa embassy o consulate ng iyong bansa. Hangga't wala ka pang bago, dalhin ang sulat na nagpapaliwanag kung bakit hindi mo ito maipakita (isinusulat ito ng app) at isa pang ID.
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = May iba pa bang card na nawala kasama nito? Para sa My Number card, tumawag sa { $hotline } (24 oras, araw-araw; { $hotline_foreign } para sa ibang wika) at sabihin sa iyong city office. Para sa bank at credit card, tumawag sa bangko o sa card company.
# Still abroad. $hotline_abroad = a number for calling from abroad.
plan-note-other-cards-abroad = May iba pa bang card na nawala kasama nito? Karaniwang hindi matatawagan mula sa ibang bansa ang mga numerong nagsisimula sa 0120. Para sa My Number card, nagbibigay ang isang Embassy of Japan ng { $hotline_abroad } (24 oras, Japanese), na sinabi para sa card ng mga Japanese citizen; hindi namin ito makumpirma para sa card mo. Para sa bank at credit card, tawagan ang numero para sa tawag mula sa ibang bansa na nasa website ng card company.
plan-note-card-number-unknown = Hindi mo alam ang card number mo? Puwede mo itong iwanang blangko sa form; karaniwang mahahanap ito ng opisina (hindi pa kumpirmado). Magdala ng kahit anong nagpapakita nito: ipinapakita ito ng 住民票 mula sa city office mo kung hihilingin mo, at baka may kopya ng card mo ang employer, paaralan o bangko mo.
plan-note-stay-ending = Hindi binabago ng bagong card ang iyong period of stay. Kung malapit na itong matapos, mag-apply ka rin para sa renewal nito: puwede mong gawin ang dalawa sa opisina.
