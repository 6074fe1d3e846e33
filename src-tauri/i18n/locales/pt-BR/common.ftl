# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = EEE, dd/MM/y

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] jan.
    [feb] fev.
    [mar] mar.
    [apr] abr.
    [may] mai.
    [jun] jun.
    [jul] jul.
    [aug] ago.
    [sep] set.
    [oct] out.
    [nov] nov.
   *[dec] dez.
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] seg.
    [tue] ter.
    [wed] qua.
    [thu] qui.
    [fri] sex.
    [sat] sáb.
   *[sun] dom.
}

date-weekday-narrow = { $weekday ->
    [mon] S
    [tue] T
    [wed] Q
    [thu] Q
    [fri] S
    [sat] S
   *[sun] D
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count ->
    [0] { $count } dias
    [one] { $count } dia
   *[other] { $count } dias
}

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] Japonês
    [ja-easy] Japonês fácil
    [vi] Vietnamita
    [zh-Hans] Chinês (simplificado)
    [fil] Filipino
    [ne] Nepalês
    [id] Indonésio
    [ko] Coreano
    [pt-BR] Português (Brasil)
   *[en] Inglês
}
