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
    [may] May
    [jun] Jun
    [jul] Jul
    [aug] Aug
    [sep] Sep
    [oct] Oct
    [nov] Nov
   *[dec] Dec
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] Mon
    [tue] Tue
    [wed] Wed
    [thu] Thu
    [fri] Fri
    [sat] Sat
   *[sun] Sun
}

# A weekday in one or two letters, for the head of a calendar's narrow columns.
date-weekday-narrow = { $weekday ->
    [mon] M
    [tue] T
    [wed] W
    [thu] T
    [fri] F
    [sat] S
   *[sun] S
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count ->
    [one] { $count } day
   *[other] { $count } days
}

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] Japanese
    [ja-easy] Easy Japanese
    [vi] Vietnamese
    [zh-Hans] Chinese (Simplified)
    [fil] Filipino
    [ne] Nepali
    [id] Indonesian
    [ko] Korean
    [pt-BR] Portuguese (Brazil)
   *[en] English
}
