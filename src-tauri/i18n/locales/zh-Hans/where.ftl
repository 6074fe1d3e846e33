# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = 去哪个机构
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = 您的住址在{ $prefecture }。根据法律，管辖该地的出入国在留管理厅机构如下：
ui-office-choose = 请选择您住址所在的都道府县：本应用会列出法律规定管辖该地的机构。
ui-office-prefecture = 住址所在的都道府县
ui-office-prefecture-none = 请选择…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name_ja }（{ $name }）
ui-office-covering = 依法管辖您所在都道府县的机构
ui-office-field-offices = 现行规定中列出的、位于您所在都道府县的出入国在留管理厅派出机构（出張所）
ui-office-seat = 位于
ui-office-not-every-office = 并非每个机构都办理新的在留卡：有些派出机构（出張所）只在机场或港口办公，而法律没有规定哪些机构受理。
ui-office-check-before-going = 去之前，请在出入国在留管理厅的机构一览中，确认该机构的地址、办公时间，以及是否受理新卡：「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = 去窗口办理的那天
office-day-same-day = 新卡通常当天在窗口发放。
office-day-city-office-later = 新的证明书不会当天发放：市区町村政府会告诉您什么时候来领取。
office-day-specified-longer = 与个人编号卡合为一体的卡可能无法当天办好：有报告称大约需要十天（未确认）。请向出入国在留管理局询问需要多长时间。
office-day-hours = 窗口只在工作日办公，通常为9:00–12:00和13:00–16:00；有些机构的时间不同。去之前，请先确认您要去的机构的办公时间。
office-day-early = 请在一天中早一点去：可能需要排队。
office-day-city-hours = 市区町村政府在工作日办公；去之前，请确认办理证明书的窗口的办公时间。
office-day-bring = 请带齐清单上的所有物品。替您前往的人也要带上自己的身份证件。
office-day-free = 因遗失、被盗、灭失或损坏而补发新卡，不收手续费。
# $yen = the fee.
office-day-fee-exchange = 因本人意愿换卡的手续费为{ $yen }日元。

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = 在拿到新卡之前保护好自己
ui-protect-lead = 每完成一项，就勾选一项。勾选记录只保存在本设备上。
protect-bank-cards = 如果有银行卡或信用卡一起丢失，请致电银行或信用卡公司，把卡停用。请向您的银行询问，在您拿到新的在留卡之前，银行需要您提供什么。
protect-phone-company = 请告诉您的手机运营商，您的在留卡丢了：捡到卡的人可能会试图用您的名义签订合约。
protect-phone-company-stolen = 请告诉您的手机运营商，您的在留卡被盗了：警方曾通报，被盗的在留卡被用来以他人名义办理手机合约。
protect-employer-or-school = 请告诉您的工作单位或学校。他们通常保存着您的卡的复印件；如果您不知道卡号，复印件上也能看到。
protect-other-id = 如果个人编号卡（マイナンバーカード）或驾驶证也一起丢了，请在同一份警察申报中一并写明。个人编号卡还要拨打其专用热线（见“须知”）。
protect-if-misused = 如果有人冒用您的卡（出现并非您本人所为的手机合约、贷款或消费），请告诉警察；如果您有报案的受理编号，请一并提供。
protect-if-misused-stolen = 被盗的卡可能会被冒用。如果发现并非您本人所为的合约、贷款或消费，请立即告诉警察，并提供您报案的受理编号。
protect-after-the-new-card = 新卡发放后，旧卡会被登记为失效：任何人在出入国在留管理厅的卡号查询页面上查询这个号码，都会看到这一点（据媒体报道，自2026年1月起，该页面一直无法从国外访问）。之后，请向您的银行、手机运营商和工作单位出示新卡，让他们更新记录。

## Myths and facts

ui-myths-button = 常见误区与事实
ui-myths-title = 常见误区与事实
ui-myths-lead = 网上常见的说法，以及法律和出入国在留管理厅网页上是怎么说的。
ui-myth-said = 常见说法：
ui-myth-fact = 事实上：
myth-fee-said = 丢失后补办新卡要花钱。
# $yen = the fee (0).
myth-fee-fact = 因遗失、被盗或灭失补发新卡是免费的（{ $yen }日元）。网上提到的费用是其他手续的费用，例如更新在留期间。
myth-police-certificate-said = 需要警察出具的报案证明。
myth-police-certificate-fact = 自2025年3月3日起，窗口要求提交写有警察受理编号（受理番号）的陈述书，本应用会帮您填写。窗口仍有可能要求提供证明。
myth-fourteen-days-said = 14天从丢卡那天起计算。
myth-fourteen-days-fact = 从您得知丢失那天的第二天起计算；如果您是在国外得知的，则从回到日本那天的第二天起计算。
myth-photo-said = 照片必须是最近3个月内拍摄的。
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = 照片必须是最近{ $months }个月内拍摄的（以前的规定是3个月）；未满{ $age }岁的人不需要照片。
myth-embassy-said = 大使馆可以给您补发新卡，或替您申请。
myth-embassy-fact = 任何大使馆都不能：申请要在日本国内，亲自到出入国在留管理局（特别永住者则是市区町村政府）办理，由您本人或获准替您前往的人提出。
myth-anyone-can-charge-said = 任何人都可以收费替您办理申请。
myth-anyone-can-charge-fact = 只有律师（弁護士）或持有执照的行政书士（行政書士）才可以收费为您准备或提交材料。其他人以“代办”为由向您要钱，就是一个危险信号。
