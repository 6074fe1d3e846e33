# Errors of the app's commands.

# $what: what is missing ("case" for now).
err-app-not-found = 此{ $what ->
    [case] 手续
   *[other] 内容
}已不存在。请返回后再试一次。
err-app-device = 本设备上出现了问题。没有做任何更改。
err-app-bad-input = 应用收到了无法使用的输入。没有做任何更改。
err-app-unknown-language = 无法使用此语言。
err-app-triage-incomplete = 请先回答所有问题。
err-app-station-empty = 请填写您申报的地点。
err-app-country-empty = 请填写您报案所在的国家。
err-app-report-date-empty = 请输入报案的日期。
err-app-report-kind-not-this-case = 这种申报类型不适用于本次手续。请重新选择。
err-app-report-needed = 在这种情况下，请先向警察报告遗失或被盗：陈述书需要用到报案信息。
# $max = the longest name accepted.
err-app-place-too-long = 地点名称太长（最多{ $max }个字符，须写在一行内）。
err-app-reentry-not-this-case = 回到日本的日期只适用于遗失、被盗或灭失的卡。
err-app-found-not-this-case = 只有遗失或被盗、且尚未补发新卡的卡，才能标记为已找到。
