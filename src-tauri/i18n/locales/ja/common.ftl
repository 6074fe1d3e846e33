# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = y年M月d日(EEE)

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] 1月
    [feb] 2月
    [mar] 3月
    [apr] 4月
    [may] 5月
    [jun] 6月
    [jul] 7月
    [aug] 8月
    [sep] 9月
    [oct] 10月
    [nov] 11月
   *[dec] 12月
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] 月
    [tue] 火
    [wed] 水
    [thu] 木
    [fri] 金
    [sat] 土
   *[sun] 日
}

date-weekday-narrow = { $weekday ->
    [mon] 月
    [tue] 火
    [wed] 水
    [thu] 木
    [fri] 金
    [sat] 土
   *[sun] 日
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count }日

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] 日本語
    [ja-easy] やさしい日本語
    [vi] ベトナム語
    [zh-Hans] 中国語（簡体字）
    [fil] フィリピノ語
    [ne] ネパール語
    [id] インドネシア語
    [ko] 韓国語
    [pt-BR] ポルトガル語（ブラジル）
   *[en] 英語
}
