# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = Ano ang nangyari sa card mo?
triage-incident-help = Piliin ang pinakamalapit na sagot. Puwede kang bumalik at palitan ito.
triage-incident-lost = Nawala ko ito sa labas, o hindi ko alam kung saan
triage-incident-lost-at-home = Nawawala ito sa kung saan sa bahay
triage-incident-stolen = Ninakaw ito
triage-incident-destroyed = Nasira ito nang tuluyan sa sakuna o sunog (nasunog)
triage-incident-destroyed-by-accident = Nasira ito nang tuluyan sa aksidente (nalabhan, nabali): wala na ito o piraso-piraso na lang. Kung hawak mo pa ang card, piliin ang “sira”
triage-incident-damaged = Sira o marumi ito, o hindi gumagana ang chip
triage-incident-exchange = Gusto kong papalitan ito (sarili kong kagustuhan)
triage-incident-found-again = Nakita ko ulit ang card ko (wala pa akong bagong card)
triage-incident-old-card-found = Nakita ko ang lumang card ko pagkatapos kong makakuha ng bago

triage-card-title = Anong card ito?
triage-card-help = Karamihan ng tao ay may residence card (在留カード).
triage-card-residence-card = Residence card (在留カード)
triage-card-special-permanent = Special permanent resident certificate (特別永住者証明書)
triage-card-specified = Residence card na may My Number (特定在留カード)

triage-learned-on-title = Kailan mo napansin na nawala ito?
triage-learned-on-help = Binibilang ang 14 na araw simula sa araw pagkatapos ng araw na ito.
triage-found-on-title = Kailan mo nakita ang lumang card?
triage-found-on-help = Kailangan mo itong ibalik sa loob ng 14 na araw mula nang makita mo ito.
triage-found-again-help = Valid pa rin ang card mo. Sasabihin namin ang isa o dalawang bagay na kailangan pang gawin.

triage-birth-date-title = Kailan ipinanganak ang may-ari ng card?
triage-birth-date-help = Hindi kailangan ng litrato ang mga batang wala pang 16 taong gulang, at isang kapamilya ang mag-a-apply para sa kanila.

triage-passport-title = Maipapakita mo ba ang passport mo sa opisina?
triage-passport-help = Kung hindi, susulat ka ng maikling paliwanag (理由書) at magdadala ng ibang ID.
triage-passport-yes = Oo
triage-passport-gone-too = Hindi, nawala o ninakaw ito kasama ng card
triage-passport-no = Hindi, dahil sa ibang dahilan (hal. nasa embassy ko ito)

police-phrase-lost = Nawala ko ang aking residence card. Gusto kong mag-file ng loss report.
police-phrase-stolen = Ninakaw ang aking residence card. Gusto kong mag-file ng theft report.
police-phrase-number = Kailangan ko ang acceptance number para sa aking application for reissuance sa immigration. Pakisabi po sa akin ang numero.
police-phrase-slowly = Hindi ako gaanong marunong mag-Japanese. Pakidahan-dahan po ang pagsasalita.

triage-whereabouts-title = Nasaan ka nang mapansin mo ito, at nasaan ka ngayon?
triage-whereabouts-help = Nagsisimula ang 14 na araw sa isang araw na nasa Japan ka. Kapag umalis ka ng Japan nang walang residence card, maaaring mawala ang iyong status of residence, kaya sabihin sa amin kung may balak kang bumiyahe.
triage-whereabouts-in-japan = Nasa Japan ako noon, at mananatili ako sa Japan
triage-whereabouts-leaving-soon = Nasa Japan ako noon, pero balak kong umalis ng Japan sa susunod na ilang linggo
triage-whereabouts-back-in-japan = Napansin ko ito sa ibang bansa, at nakabalik na ako sa Japan
triage-whereabouts-return-date = Ang araw na bumalik ka sa Japan
triage-whereabouts-abroad-now = Napansin ko ito sa ibang bansa, at nasa ibang bansa pa ako

triage-applicant-title = Sino ang pupunta sa immigration office?
triage-applicant-help = Karaniwan, ikaw mismo ang pupunta. Puwedeng pumunta para sa iyo ang kapamilyang kasama mong nakatira kung may sakit ka, o kung hihilingin mo sa kanya.
triage-applicant-holder = Ako mismo ang pupunta
triage-applicant-relative-ill = Kapamilyang kasama kong nakatira (may sakit ako o nasa ospital)
triage-applicant-relative-request = Kapamilyang kasama kong nakatira, dahil hinihiling ko sa kanya
triage-applicant-agent = Abogado, 行政書士 o ibang rehistradong ahente (申請取次者)
triage-applicant-ill-other = May sakit ako o nasa ospital, at walang kapamilyang kasama kong nakatira: ibang tao (kailangang pumayag ang opisina)
triage-applicant-ill-no-one = May sakit ako o nasa ospital, at wala pang makakapunta para sa akin
triage-applicant-child-title = Sino ang pupunta sa opisina para sa bata?
triage-applicant-child-help = Hindi personal na nag-a-apply ang batang wala pang 16 taong gulang. Isang kapamilyang 16 taong gulang pataas na nakatira kasama ng bata ang dapat mag-apply para sa kanya.
triage-applicant-child-relative = Kapamilyang 16 taong gulang pataas na nakatira kasama ng bata
triage-applicant-child-other = Ibang tao: magulang o legal guardian na nakatira sa ibang lugar, ibang kapamilya, o taong kasama ng bata sa bahay (kailangang pumayag ang opisina)
triage-applicant-child-no-one = Wala pa sa mga ito
