# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = y년 M월 d일 (EEE)

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] 1월
    [feb] 2월
    [mar] 3월
    [apr] 4월
    [may] 5월
    [jun] 6월
    [jul] 7월
    [aug] 8월
    [sep] 9월
    [oct] 10월
    [nov] 11월
   *[dec] 12월
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] 월
    [tue] 화
    [wed] 수
    [thu] 목
    [fri] 금
    [sat] 토
   *[sun] 일
}

date-weekday-narrow = { $weekday ->
    [mon] 월
    [tue] 화
    [wed] 수
    [thu] 목
    [fri] 금
    [sat] 토
   *[sun] 일
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count }일

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] 일본어
    [ja-easy] 쉬운 일본어
    [vi] 베트남어
    [zh-Hans] 중국어(간체)
    [fil] 필리핀어
    [ne] 네팔어
    [id] 인도네시아어
    [ko] 한국어
    [pt-BR] 포르투갈어(브라질)
   *[en] 영어
}
