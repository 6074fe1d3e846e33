# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = Ano ang nangyari sa card mo?
triage-incident-help = Piliin ang pinakamalapit na sagot. Puwede kang bumalik at palitan ito.
triage-incident-lost = Nawala ko ito, o hindi ko ito makita
triage-incident-stolen = Ninakaw ito
triage-incident-destroyed = Nasira ito nang tuluyan (sakuna, sunog, aksidente)
triage-incident-damaged = Sira o marumi ito, o hindi gumagana ang chip
triage-incident-exchange = Gusto kong papalitan ito (sarili kong kagustuhan)
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

triage-abroad-title = Nasa labas ka ba ng Japan nang mapansin mo ito?
triage-abroad-help = Kung oo, magsisimula ang 14 na araw sa araw na bumalik ka sa Japan.
triage-abroad-no = Hindi, nasa Japan ako
triage-abroad-yes = Oo, nasa ibang bansa ako

triage-birth-date-title = Kailan ipinanganak ang may-ari ng card?
triage-birth-date-help = Hindi kailangan ng litrato ang mga batang wala pang 16 taong gulang, at isang kapamilya ang mag-a-apply para sa kanila.

triage-passport-title = Maipapakita mo ba ang passport mo sa opisina?
triage-passport-help = Kung hindi, susulat ka ng maikling paliwanag (理由書) at magdadala ng ibang ID.
triage-passport-yes = Oo
triage-passport-no = Hindi, hindi ko kaya

police-phrase-lost = Nawala ko ang aking residence card. Gusto kong mag-file ng loss report.
police-phrase-stolen = Ninakaw ang aking residence card. Gusto kong mag-file ng theft report.
police-phrase-number = Kailangan ko ang acceptance number para sa aking application for reissuance sa immigration. Pakisabi po sa akin ang numero.
police-phrase-slowly = Hindi ako gaanong marunong mag-Japanese. Pakidahan-dahan po ang pagsasalita.
