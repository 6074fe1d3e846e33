# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = y MMM d, EEE

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] जनवरी
    [feb] फेब्रुअरी
    [mar] मार्च
    [apr] अप्रिल
    [may] मे
    [jun] जुन
    [jul] जुलाई
    [aug] अगस्ट
    [sep] सेप्टेम्बर
    [oct] अक्टोबर
    [nov] नोभेम्बर
   *[dec] डिसेम्बर
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] सोम
    [tue] मङ्गल
    [wed] बुध
    [thu] बिहि
    [fri] शुक्र
    [sat] शनि
   *[sun] आइत
}

date-weekday-narrow = { $weekday ->
    [mon] सो
    [tue] मं
    [wed] बु
    [thu] बि
    [fri] शु
    [sat] श
   *[sun] आ
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count } दिन

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] जापानी
    [ja-easy] सजिलो जापानी
    [vi] भियतनामी
    [zh-Hans] चिनियाँ (सरलीकृत)
    [fil] फिलिपिनो
    [ne] नेपाली
    [id] इन्डोनेसियाली
    [ko] कोरियाली
    [pt-BR] पोर्तुगाली (ब्राजिल)
   *[en] अङ्ग्रेजी
}
