# The app's screens. Messages without variables are sent to the UI as they are.
# Chinese has only the CLDR plural category "other". Labels stay short (phone buttons).

ui-app-title = 在留卡助手
ui-skip = 跳到正文
ui-language = 语言
ui-back = 返回
ui-next = 下一步
ui-home = 首页
ui-loading = 正在加载…
ui-home-title = 在留卡丢了吗？
ui-home-lead = 别担心。您有14天时间申请新卡，本应用会一步一步告诉您怎么做。您的回答只保存在本设备上。
ui-start-case = 开始（只需一分钟）
ui-my-cases = 您的手续
ui-open-case = 打开
ui-today-title = 今天（日本时间）
ui-if-lost-title = 如果今天丢了卡
ui-if-lost-lead = 您最迟需要在以下日期（含当天）申请新卡

ui-triage-progress = 第{ $number }题，共{ $total }题
ui-triage-date-label = 日期
ui-triage-see-plan = 查看我的步骤

ui-case-title-lost = 在留卡丢失
ui-case-title-stolen = 在留卡被盗
ui-case-title-destroyed = 卡因灾害或火灾毁坏
ui-case-title-destroyed-by-accident = 卡因事故毁坏
ui-case-title-found-again = 您的卡找到了
ui-case-title-damaged = 卡损坏
ui-case-title-exchange = 换卡
ui-case-title-old-card = 交还旧卡

ui-deadline-title = 申请截止日
ui-legal-last-day = 法定最后一天
ui-recommended-day = 最迟请在此日期（含当天）前往
ui-days-left = { $days ->
   *[other] 还剩{ $days }天
}
ui-due-today = 今天是最后一天
ui-days-late = { $days ->
   *[other] 已超过截止日{ $days }天
}
ui-done-on = 已于{ $on }完成
ui-next-step = 下一步
ui-plan-title = 您的步骤
ui-checklist-title = 需要携带的物品
ui-only-if-asked = 仅在窗口要求时
ui-fee-title = 手续费
ui-penalty-title = 如果不申请
ui-penalty-show = 如果错过了截止日会怎样？
ui-notes-title = 须知
ui-source = 来源
ui-as-of = 截至
ui-confidence-law = 法律条文或官方网页
ui-confidence-secondary = 律师和大学引用的官方网页
ui-confidence-unconfirmed = 未确认

ui-police-card-button = 出示给警察的页面
ui-police-title = 请警察阅读
ui-police-lead = 请把这个页面给警察看。

ui-report-title = 您的警察申报
ui-report-lead = 请记下警察给您的信息。受理编号要填写在申请材料上。
ui-report-kind = 申报类型
ui-report-kind-loss = 遗失申报（遺失届）
ui-report-kind-theft = 被盗申报（盗難届）
ui-report-kind-disaster = 受灾证明（罹災証明書）
ui-report-kind-abroad = 向国外警察报案
ui-report-where = 您是在哪里报案的？
ui-report-country = 国家
ui-report-police-abroad = 警察（按材料上写的警察署或机构名称填写）
ui-report-number-abroad = 报案编号（如果材料上有）
ui-report-not-reported = 我没有向警察报案，以后也不会报案
ui-report-not-reported-help = 适用于在家中丢失的卡，或在国外丢失且没有在当地报案的情况。陈述书会写明没有报案以及原因；在窗口也请当面说明。
ui-report-station = 警察署或派出所
ui-report-date = 申报日期
ui-report-number = 受理编号（受理番号）
ui-report-not-accepted = 警察没有受理我的申报
ui-report-not-accepted-help = 如果警察不肯受理申报（例如卡是在家中丢失的），请勾选此项。请填写您是在哪里、什么时候提出的；陈述书中会写明这一点。
ui-report-save = 保存
ui-saved = 已保存。

ui-applied-button = 我已申请
ui-found-button = 我找到卡了
ui-found-undo = 其实没找到？撤销
ui-reentry-title = 回到日本了吗？
ui-reentry-offer = 您是在国外发现卡丢失的吗？
ui-reentry-lead = 请填写您回到日本的日期：14天从这一天的第二天起计算。
ui-reentry-date = 回到日本的日期
ui-reentry-save = 保存日期
ui-return-by-title = 回到日本的最后一天
ui-return-by-lead = 如果您知道，请填写再入国许可的最后一天：特别再入国许可（みなし再入国）为出境之日起一年，如果在留期间更早届满，则为在留期间届满之日（特别永住者为出境之日起两年）；再入国许可（再入国許可）则是护照上写的日期。我们会在这一天的30天前、7天前和1天前提醒您。
ui-return-by-date = 我的再入国许可的最后一天
ui-return-by-save = 保存
ui-leaving-title = 近期要出国吗？
ui-leaving-lead = 在拿到新卡之前离开日本，可能会失去在留资格。如果您打算出行，请告诉我们：步骤中会把这条警告放在最前面。
ui-leaving-set = 我打算近期离开日本
ui-leaving-unset = 我不再打算近期离开日本
ui-delete-case = 删除此手续
ui-delete-confirm = 要删除此手续及其中的所有内容吗？删除后无法恢复。

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = 打开
ui-file-share = 分享或打印
ui-open-done = 已在其他应用中打开文件。
ui-share-done = 已分享。
ui-share-cancelled = 未分享：分享窗口已关闭。
ui-share-shown = 分享窗口已打开：请选择发送到哪里，或打印文件。
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = 下载 › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = 文件 › 我的iPhone › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = 从{ $from }的第二天起算的14天（{ $from }当天不计入）；最后一天是{ $last }。
ui-cal-month = { $year }年{ $month }
ui-cal-day-n = 14天中的第{ $n }天
ui-cal-closed-weekend = 周末：政府机关不办公
ui-cal-closed-holiday = 法定节日“{ $name }”：政府机关不办公
ui-cal-closed-year-end = 年末年初休息（12月29日–1月3日）：政府机关不办公
ui-cal-legend-count-start = 起算日（这一天不计入）
ui-cal-legend-in-window = 14天中的一天
ui-cal-legend-closed = 政府机关不办公
ui-cal-legend-today = 今天
ui-cal-legend-recommended = 最晚请在这一天前往
ui-cal-legend-last-day = 法定最后一天
ui-cal-closed-title = 不办公的日子
ui-open-days-left = { $count ->
    [0] 剩下的日子里，窗口一天也不办公。
   *[other] 剩下的日子里，窗口办公的有{ $count }天（包括今天）。
}
