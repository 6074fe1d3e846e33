# The papers screen: what will be printed, the answers the statement and the letter are made from,
# making the PDF, and how to print it.
# Chinese: official Japanese document names follow in full-width parentheses.

ui-papers-button = 填写我的材料（PDF）
ui-papers-title = 您的材料
ui-papers-lead = 本应用会根据您的回答填写日文材料。请打印出来、签名，然后带到出入国在留管理局。
ui-papers-pages = PDF包含以下内容
ui-papers-page-application-form = 在留卡补发申请书（在留カード再交付申請書）：窗口要求提交的表格。
ui-papers-page-loss-statement = 陈述书（陳述書）：发生了什么、您何时发现的，以及向警察申报的情况。
ui-papers-page-reason-letter = 理由书（理由書）：说明为什么逾期申请，或为什么无法出示护照。
ui-papers-page-letter-of-authority = 委托书（委任状）：您委托与您同住的亲属替您申请。
ui-papers-page-summary = 摘要（一页，日文和英文）：截止日、去哪里办理、需要携带什么。
ui-papers-person = 材料是为谁准备的
ui-papers-person-missing = 请先添加需要这些材料的人。
ui-papers-choose-person = 选择或添加人员
ui-papers-statement-title = 发生了什么（用于陈述书）
ui-papers-statement-lead = 请选择答案：本应用会根据答案写出日文句子。
ui-papers-loss-date = 大约什么时候发生的（如果不知道，请填您最后一次持有卡的日期）
ui-papers-time-of-day = 大约什么时候
ui-papers-place-kind = 地点
ui-papers-place-name = 地点名称（如果知道的话，例如 新宿駅）
ui-papers-how = 发生了什么
ui-papers-statement-detail = 简短说明，用日文或拉丁字母填写（可选），例如发生了什么事故
ui-papers-advice-title = 打印前须知
ui-papers-late-title = 逾期申请的原因（用于理由书）
ui-papers-late-lead = 截止日已经过了，但您仍然可以申请：请说明原因，理由书会替您解释。
ui-papers-passport-title = 无法出示护照的原因（用于理由书）
ui-papers-detail = 简短说明，用日文或拉丁字母填写（可选）
ui-papers-save-answers = 保存回答
ui-papers-ready = 一切就绪，可以打印了。
ui-papers-not-ready = 生成材料之前，还需要：
ui-papers-preview = 将要打印的内容
ui-papers-make = 生成PDF
ui-papers-open = 打开PDF
ui-papers-print-title = 如何打印
ui-papers-print-home = 在家打印：打开PDF，用A4纸按实际大小（100 %，不要选“适合页面”）黑白打印。
ui-papers-print-store = 在便利店打印：把PDF上传到便利店的网络打印服务（例如 7-Eleven 的 netprint，全家（FamilyMart）和罗森（Lawson）的 ネットワークプリント），记下系统给您的号码，然后在店里的复印机上用A4纸打印。
ui-papers-print-after = 然后，在申请书和各份书面材料上亲笔签名并写上日期，并在申请书上贴一张照片：高4 cm × 宽3 cm，最近6个月内拍摄。

ui-choice-time-of-day-morning = 早上
ui-choice-time-of-day-daytime = 白天
ui-choice-time-of-day-evening = 傍晚
ui-choice-time-of-day-night = 晚上
ui-choice-time-of-day-late_night = 深夜
ui-choice-time-of-day-unknown = 不知道
ui-choice-place-kind-train_or_station = 在电车上或车站里
ui-choice-place-kind-street = 在街上
ui-choice-place-kind-shop = 在商店或餐馆里
ui-choice-place-kind-home = 在家里
ui-choice-place-kind-workplace = 在工作单位或学校
ui-choice-place-kind-taxi_or_bus = 在出租车或公交车上
ui-choice-place-kind-public_place = 在公园或其他公共场所
ui-choice-place-kind-unknown = 不知道
ui-choice-how-dropped_or_missing = 不小心掉了或弄丢了
ui-choice-how-bag_stolen = 装着卡的包或钱包被偷了
ui-choice-how-pickpocketed = 被扒窃了
ui-choice-how-stolen_other = 以其他方式被盗（从车里、家里等）
ui-choice-how-accident_pieces_kept = 在事故中损坏了，碎片我还留着
ui-choice-how-accident_nothing_left = 在事故中毁坏了，什么也没有剩下
ui-choice-how-left_behind = 我把它落在了某个地方
ui-choice-how-unknown = 不知道
ui-choice-late-illness = 我生病了或住院了
ui-choice-late-disaster = 发生了灾害
ui-choice-late-did_not_know_rule = 我不知道14天的规定
ui-choice-late-waited_for_police_or_card = 我在等警察的消息，或等卡被找到
ui-choice-late-abroad = 发现之后我在国外（如果您是在国外时发现的，请不要选这一项，而是在手续页面填写回到日本的日期）
ui-choice-late-work_or_family_emergency = 工作或家里有急事
ui-choice-late-other = 其他原因（请写在说明中）
ui-choice-passport-lost_too = 护照和卡一起丢了
ui-choice-passport-at_embassy_for_renewal = 护照正在本国大使馆办理更新
ui-choice-passport-stolen_too = 护照和卡一起被偷了
ui-choice-passport-other = 其他原因（请写在说明中）

ui-papers-made = PDF已保存：{ $path }（{ $size } KB）。

# $max = the longest detail accepted.
err-paper-loss-after-learned = 发生的日期不能晚于您发现卡不见的日期。
