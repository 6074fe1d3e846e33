# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = 请立即拨打个人编号综合免费热线（マイナンバー総合フリーダイヤル），停止您卡上的个人编号（My Number）功能：{ $hotline }（24小时，全年无休）；如需外语服务，请拨打{ $hotline_foreign }。
plan-step-police-lost = 请到任何一个派出所（交番）或警察署报失：提交遗失申报（遺失届）。请记下警察告诉您的受理编号（受理番号）。
plan-step-police-stolen = 请到任何一个派出所（交番）或警察署报案：提交被盗申报（盗難届）。请记下警察告诉您的受理编号（受理番号）。
plan-step-disaster-certificate = 请到消防署或市区町村政府办理受灾证明（罹災証明書）。这种情况不需要去警察那里。
# $applicant: holder (the card holder goes) or representative (a relative aged 16+ goes for a child under 16).
plan-step-apply-immigration = { $applicant ->
    [representative] 由与孩子同住的16岁以上亲属作为代理人，到管辖您住址的出入国在留管理局替孩子申请。
   *[holder] 请本人到管辖您住址的出入国在留管理局申请新卡。
}新卡通常当天发放。
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] 由与孩子同住的16岁以上亲属作为代理人，带着损坏的卡，到管辖您住址的出入国在留管理局替孩子申请。
   *[holder] 请带着损坏的卡，到管辖您住址的出入国在留管理局申请新卡。
}请使用卡片损坏或污损时专用的申请书（毀損や汚損による在留カード再交付申請書）。
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] 由与孩子同住的16岁以上亲属作为代理人，到管辖您住址的出入国在留管理局申请换卡。
   *[holder] 请到管辖您住址的出入国在留管理局申请换卡。
}请带上您现在的卡。
plan-step-apply-city-office = { $applicant ->
    [representative] 由与孩子同住的16岁以上亲属作为代理人，到您所在的市区町村政府（市役所・区役所）替孩子申请。
   *[holder] 请到您所在的市区町村政府（市役所・区役所）申请（不是出入国在留管理局）。
}
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = 请交还旧卡：可以交到任何一个出入国在留管理局，也可以邮寄到：{ $postcode } { $address } { $office }。请在信封上写“{ $envelope }”。
plan-step-return-old-card-city-office = 请交还旧的证明书（特別永住者証明書）。交还方法请向您所在的市区町村政府询问。

## Documents

plan-doc-application-form = 在留卡补发申请书（在留カード再交付申請書，A4）。本应用可以帮您填写；窗口也备有纸质申请书。
plan-doc-application-form-damaged = 卡片损坏或污损时使用的补发申请书（毀損や汚損による在留カード再交付申請書，A4）。窗口备有纸质申请书。
# $height_mm, $width_mm, $months.
plan-doc-photo = 照片1张，高{ $height_mm }毫米×宽{ $width_mm }毫米，最近{ $months }个月内拍摄：仅本人、正面、不戴帽子、无背景、无阴影。请在照片背面写上姓名。
plan-doc-loss-statement = 关于遗失或被盗的陈述书（紛失・盗難に係る陳述書），需写上警察的受理编号（受理番号）。本应用可以帮您填写。
plan-doc-police-certificate = 警察出具的申报证明（遺失届出証明書 或 盗難届出証明書）：仅在窗口要求时提交。
plan-doc-disaster-certificate = 受灾证明（罹災証明書）。
plan-doc-passport = 您的护照（或在留资格证明书／在留資格証明書），用于出示。
plan-doc-passport-reason-letter = 一份说明无法出示护照原因的简短书面材料（理由書），以及其他身份证件。
plan-doc-activity-permit = 您的资格外活动许可书（資格外活動許可書），用于出示。
plan-doc-late-reason-letter = 一份说明为何在截止日之后申请的简短书面材料（理由書，格式不限）。
plan-doc-damaged-card = 损坏的卡本身。
plan-doc-old-card = 您找到的旧卡。
plan-doc-representative-id = 替孩子申请的亲属的身份证件，以及能证明亲属关系和共同居住的文件。

## Fee

plan-fee-free = 不收手续费：因遗失、被盗、灭失或损坏而补发新卡是免费的。
# $yen = the fee.
plan-fee-exchange = 因本人意愿换卡的手续费为{ $yen }日元。
plan-fee-warning = 如果有人以“代办”遗失补卡为由向您要钱，请务必小心：这是一个危险信号。

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = 丢失在留卡本身并不违法。法律要求在期限内申请；未按时申请的，可能被处以最高{ $years }年的监禁（拘禁刑）或最高{ $yen }日元的罚金。最重要的是提出申请，即使晚了也要申请。
# $yen = the maximum non-criminal fine.
plan-penalty-child = 丢失在留卡本身并不违法。对于未满16岁的孩子，应当替孩子申请却没有申请的亲属，可能被处以最高{ $yen }日元的行政罚款（過料，不是刑事处罚）。最重要的是提出申请，即使晚了也要申请。

## Notes

# $days = days to apply after an order.
plan-note-damaged-no-deadline = 损坏的卡没有申请期限：方便时申请即可。如果出入国在留管理局命令您申请，则需在{ $days }天内申请。
plan-note-exchange-no-deadline = 换卡没有期限。
plan-note-counter-hours = 出入国在留管理局的窗口通常在工作日9:00–12:00和13:00–16:00办公。去之前请先确认该窗口的办公时间。
plan-note-city-office-two-weeks = 新的证明书不会当天发放，通常需要两周左右。
plan-note-city-office-documents = 需要哪些材料，请向您所在的市区町村政府询问；本清单是按照在留卡的规定列出的。
plan-note-specified-card-unconfirmed = 与个人编号卡（マイナンバーカード）合为一体的在留卡（特定在留カード）丢失后如何补发，目前尚未确认。请向出入国在留管理局或市区町村政府咨询。
plan-note-birth-date-unknown = 我们假设持卡人已满16岁。如果未满16岁，请输入出生日期：这样将由亲属代为申请，并且不需要照片。
# $birthday = the day the child turns 16.
plan-note-turns-16 = 孩子将于{ $birthday }年满16岁。从那天起，需要本人亲自申请，并需要照片。
# $days = days to return it.
plan-note-old-card-if-found = 如果在领到新卡后找到了旧卡，旧卡已经失效：请在找到之日起{ $days }天内交还。
