# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
profile-field = { $field ->
    [nationality] nasyonalidad o rehiyon
    [birth-date] petsa ng kapanganakan
    [family-name] apelyido
    [given-name] pangalan
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
   *[other] { $field }
}

err-profile-empty = Pakipunan ang { profile-field }.
err-profile-too-long = May { $len } na character ang { profile-field }; hanggang { $max } lang ang kasya sa form.
err-profile-bad-character = May “{ $character }” sa { profile-field }, na hindi puwedeng ilagay dito.
err-profile-not-passport-letter = May “{ $character }” sa { profile-field }. Isulat ang pangalan mo gaya ng nasa machine-readable zone ng passport mo (ang dalawang linya sa ibaba ng pahinang may litrato): mga letrang A–Z lang, walang accent.
err-profile-name-separator = May espasyo, gitling o apostrophe sa simula o dulo ng { profile-field }, o dalawang magkasunod.
err-profile-card-number = Ang “{ $value }” ay hindi residence card number. May 12 character ito: 2 letra, 8 numero, 2 letra, hal. AB12345678CD.
err-profile-phone = Mukhang hindi numero ng telepono ang { profile-field } (6 hanggang 15 numero).
err-profile-birth-date-future = Nasa hinaharap ang { profile-field } ({ $date }).
err-profile-birth-date-too-early = Bago ang 1900 ang { profile-field } ({ $date }).
