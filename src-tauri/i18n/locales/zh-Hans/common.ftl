# Shared words: dates, counts, language names. Every language defines the same ids with the
# same $variables (checked by the tests and by `cargo run -p zairyu-i18n --bin i18n-check`).

## Dates

# How a date is written. Tokens: y = year, M / MM = month number (MM pads to 2 digits),
# MMM = month name (date-month), d / dd = day (dd pads), EEE = weekday name (date-weekday).
# Put other Latin letters in 'single quotes'. Digits are always 0-9.
date-pattern = y年M月d日 EEE

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
    [mon] 星期一
    [tue] 星期二
    [wed] 星期三
    [thu] 星期四
    [fri] 星期五
    [sat] 星期六
   *[sun] 星期日
}

date-weekday-narrow = { $weekday ->
    [mon] 一
    [tue] 二
    [wed] 三
    [thu] 四
    [fri] 五
    [sat] 六
   *[sun] 日
}

## Counts

# A number of days, e.g. "3 days".
common-days = { $count }天

## Languages

# A language's name in this language, for the language picker (beside its own name).
common-language = { $code ->
    [ja] 日语
    [ja-easy] 简明日语
    [vi] 越南语
    [zh-Hans] 中文（简体）
    [fil] 菲律宾语
    [ne] 尼泊尔语
    [id] 印度尼西亚语
    [ko] 韩语
    [pt-BR] 葡萄牙语（巴西）
   *[en] 英语
}
