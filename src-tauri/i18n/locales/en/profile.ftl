# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
profile-field = { $field ->
    [nationality] nationality or region
    [birth-date] date of birth
    [family-name] family name
    [given-name] given name
    [kanji-name] name in kanji
    [address] address in Japan
    [card-number] residence card number
    [phone] phone number
    [representative-name] legal representative's name
    [representative-relationship] legal representative's relationship to you
    [representative-address] legal representative's address
    [representative-phone] legal representative's phone number
    [agent-name] agent's name
    [agent-address] agent's address
    [agent-organisation] agent's organisation
    [agent-phone] agent's phone number
    [agent-birth-date] date of birth of the person who goes for you
   *[other] { $field }
}

err-profile-empty = Please fill in the { profile-field }.
err-profile-too-long = The { profile-field } is { $len } characters long; at most { $max } fit on the form.
err-profile-bad-character = The { profile-field } contains “{ $character }”, which it cannot contain.
err-profile-not-passport-letter = The { profile-field } contains “{ $character }”. Write your name as in your passport's machine-readable zone (the two lines at the bottom of the photo page): the letters A–Z only, without accents.
err-profile-name-separator = The { profile-field } has a space, hyphen or apostrophe at its start or end, or two together.
err-profile-card-number = “{ $value }” is not a residence card number. It has 12 characters: 2 letters, 8 digits, 2 letters, e.g. AB12345678CD.
err-profile-phone = The { profile-field } does not look like a phone number (6 to 15 digits).
err-profile-birth-date-future = The { profile-field } ({ $date }) is in the future.
err-profile-birth-date-too-early = The { profile-field } ({ $date }) is before 1900.
