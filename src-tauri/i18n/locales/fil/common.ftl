# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = EEE, MMM d, y

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] Ene
    [feb] Peb
    [mar] Mar
    [apr] Abr
    [may] May
    [jun] Hun
    [jul] Hul
    [aug] Ago
    [sep] Set
    [oct] Okt
    [nov] Nob
   *[dec] Dis
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] Lun
    [tue] Mar
    [wed] Miy
    [thu] Huw
    [fri] Biy
    [sat] Sab
   *[sun] Lin
}

date-weekday-narrow = { $weekday ->
    [mon] L
    [tue] M
    [wed] M
    [thu] H
    [fri] B
    [sat] S
   *[sun] L
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count } araw

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] Japanese
    [ja-easy] Madaling Japanese
    [vi] Vietnamese
    [zh-Hans] Chinese (Pinasimple)
    [fil] Filipino
    [ne] Nepali
    [id] Indonesian
    [ko] Korean
    [pt-BR] Portuguese (Brazil)
   *[en] Ingles
}
