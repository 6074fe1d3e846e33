# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = EEE, d MMM y

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] Jan
    [feb] Feb
    [mar] Mar
    [apr] Apr
    [may] Mei
    [jun] Jun
    [jul] Jul
    [aug] Agu
    [sep] Sep
    [oct] Okt
    [nov] Nov
   *[dec] Des
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] Sen
    [tue] Sel
    [wed] Rab
    [thu] Kam
    [fri] Jum
    [sat] Sab
   *[sun] Min
}

date-weekday-narrow = { $weekday ->
    [mon] S
    [tue] S
    [wed] R
    [thu] K
    [fri] J
    [sat] S
   *[sun] M
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count } hari

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] Bahasa Jepang
    [ja-easy] Bahasa Jepang Mudah
    [vi] Bahasa Vietnam
    [zh-Hans] Bahasa Tionghoa (Sederhana)
    [fil] Bahasa Filipino
    [ne] Bahasa Nepali
    [id] Bahasa Indonesia
    [ko] Bahasa Korea
    [pt-BR] Bahasa Portugis (Brasil)
   *[en] Bahasa Inggris
}
