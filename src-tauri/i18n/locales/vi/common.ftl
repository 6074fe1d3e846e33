# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = EEE, dd/MM/y

# A month's name as date-pattern's MMM shows it.
date-month = { $month ->
    [jan] thg 1
    [feb] thg 2
    [mar] thg 3
    [apr] thg 4
    [may] thg 5
    [jun] thg 6
    [jul] thg 7
    [aug] thg 8
    [sep] thg 9
    [oct] thg 10
    [nov] thg 11
   *[dec] thg 12
}

# A weekday's name as date-pattern's EEE shows it.
date-weekday = { $weekday ->
    [mon] Thứ Hai
    [tue] Thứ Ba
    [wed] Thứ Tư
    [thu] Thứ Năm
    [fri] Thứ Sáu
    [sat] Thứ Bảy
   *[sun] Chủ Nhật
}

date-weekday-narrow = { $weekday ->
    [mon] T2
    [tue] T3
    [wed] T4
    [thu] T5
    [fri] T6
    [sat] T7
   *[sun] CN
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count } ngày

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] Tiếng Nhật
    [ja-easy] Tiếng Nhật dễ hiểu
    [vi] Tiếng Việt
    [zh-Hans] Tiếng Trung (Giản thể)
    [fil] Tiếng Filipino
    [ne] Tiếng Nepal
    [id] Tiếng Indonesia
    [ko] Tiếng Hàn
    [pt-BR] Tiếng Bồ Đào Nha (Brazil)
   *[en] Tiếng Anh
}
