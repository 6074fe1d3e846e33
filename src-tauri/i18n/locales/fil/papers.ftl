# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
paper-field = { $field ->
    [nationality] nasyonalidad o rehiyon
    [family-name] apelyido
    [given-name] pangalan
    [name] pangalan
    [kanji-name] pangalan sa kanji
    [address] address sa Japan
    [card-number] residence card number
    [phone] numero ng telepono
    [representative-name] pangalan ng legal na kinatawan
    [representative-relationship] kaugnayan mo sa legal na kinatawan
    [representative-address] address ng legal na kinatawan
    [representative-phone] numero ng telepono ng legal na kinatawan
    [agent-name] pangalan ng ahente
    [agent-address] address ng ahente
    [agent-organisation] organisasyon ng ahente
    [agent-phone] numero ng telepono ng ahente
    [agent-birth-date] petsa ng kapanganakan ng taong pupunta para sa iyo
    [loss-place-name] lugar kung saan nawala ang card
    [loss-how] paraan ng pagkawala ng card
    [loss-detail] detalye tungkol sa nangyari
    [reentered-on] araw na bumalik ka sa Japan
    [police-station] police station
    [country] bansa ng report
    [acceptance-number] acceptance number
    [late-detail] sarili mong salita tungkol sa pagkaantala
    [late-illness-place] ospital
    [late-illness-from] unang araw ng sakit o ng pagkaka-ospital
    [late-illness-until] huling araw ng sakit o ng pagkaka-ospital
    [late-abroad-place] bansa kung nasaan ka noon
    [late-abroad-from] unang araw sa ibang bansa
    [late-abroad-until] huling araw ng pananatili sa ibang bansa
    [late-disaster] sakuna
    [passport-detail] sarili mong salita tungkol sa passport
    [birth-date] petsa ng kapanganakan
    [activity-permit] permiso para sa aktibidad sa labas ng status
    [learned-on] araw na nalaman mo ang pagkawala
    [loss-date] araw ng pagkawala
    [reported-on] araw ng report sa pulis
   *[other] { $field }
}

err-paper-missing-glyph = May “{ $character }” ({ $codepoint }) sa { paper-field }, na hindi mai-print sa mga papel. Pakitanggal ito o isulat sa ibang paraan.
err-paper-empty = Pakipunan ang { paper-field }.
err-paper-does-not-fit = Masyadong mahaba ang { paper-field } para magkasya sa papel. Pakiikli ito.
err-paper-too-long = May { $len } na character ang { paper-field }; hanggang { $max } lang ang kasya sa papel.
err-paper-control-character = May line break o ibang hindi nakikitang character sa { paper-field }. Pakisulat ito sa iisang linya.
err-paper-not-this-procedure = Ang mga papel na ito ay para sa card na nawala, ninakaw o nasira sa sakuna. Iba ang papel para sa sirang card, sa palit, o sa nakitang lumang card.
err-paper-missing-loss-statement = Pakisagot kung kailan, saan at paano nawala ang card: kailangan ito ng statement.
err-paper-missing-police-report = Pakilagay muna ang report sa pulis sa pahina ng iyong kaso: ang police station, ang petsa at ang acceptance number (o na hindi ito tinanggap ng pulis).
err-paper-card-found-again = Nakita na ulit ang card mo, kaya hindi na kailangan ng mga papel.
err-paper-does-not-fit-case = Hindi tugma ang { paper-field } sa nangyari sa card. Pakipili ulit.
err-paper-missing-relative = Para sa sulat ng awtorisasyon, kailangan ang detalye ng kamag-anak na pupunta para sa iyo: buksan ang tao, i-tsek ang bahagi ng ahente (取次者) at ilagay ang pangalan, kaugnayan, address at telepono niya.

paper-advice-abroad-reentry = Pinili mo ang “Nasa ibang bansa ako”. Kung napansin mo ang pagkawala habang nasa ibang bansa ka, binibilang ang 14 na araw mo simula sa araw pagkatapos ng araw na bumalik ka sa Japan: ilagay ang araw na iyon sa pahina ng iyong kaso, at baka hindi ka talaga huli.
paper-advice-kanji-name = Walang hanay sa form para sa pangalan sa kanji. Para mai-print ito sa card mo, ibigay sa opisina ang hiwalay na request form (在留カード漢字氏名表記申出書).
paper-advice-card-number-blank = Blangko ang card number sa form. Isulat ito kung makita mo (maipapakita ito ng 住民票 kapag hiniling mo). Karaniwang mahahanap ito ng opisina (hindi pa kumpirmado): magdala ng kahit anong nagpapakita nito.
paper-advice-relative-block = Dapat nakasulat ang kamag-anak na pupunta para sa iyo sa bahagi ng ahente (取次者) ng form: buksan ang tao at ilagay siya roon, kasama ang kaugnayan niya sa iyo.
err-paper-missing-late-reasons = Lumipas na ang deadline. Pakipili kung bakit nahuli ang application: isasama ito sa sulat ng paliwanag. Puwede ka pa ring mag-apply.
err-paper-missing-passport-reasons = Pakipili kung bakit hindi mo maipakita ang passport mo: isasama ito sa sulat ng paliwanag.
err-paper-inconsistent = Magkaiba ang { paper-field } sa iyong profile at sa iyong kaso. Pakitingnan ang dalawa.
err-paper-impossible-date = Hindi maaaring tama ang { paper-field }. Pakitingnan ang petsa.
err-paper-pdf = Hindi magawa ang mga papel ({ $detail }). Bug ito sa app; paki-report ito.
