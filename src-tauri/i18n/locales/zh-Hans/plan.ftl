# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = 请立即拨打个人编号综合免费热线（マイナンバー総合フリーダイヤル），停止您卡上的个人编号（My Number）功能：{ $hotline }（24小时，全年无休）；如需外语服务，请拨打{ $hotline_foreign }。
# 特定在留カード, still abroad. $hotline, $hotline_foreign = the numbers in Japan; $hotline_abroad = a number for calling from abroad.
plan-step-suspend-my-number-abroad = 请尽快停止您卡上的个人编号（My Number）功能。热线号码{ $hotline }和{ $hotline_foreign }（外语）通常无法从国外拨打。日本驻外大使馆针对在国外丢失的个人编号卡提供了{ $hotline_abroad }（24小时，日语）；这是针对日本公民的卡说明的，我们无法确认它是否也受理您的卡。如果不受理，请在回到日本后立即拨打{ $hotline_foreign }。
plan-step-police-lost = 请到任何一个派出所（交番）或警察署报失：提交遗失申报（遺失届）。请记下警察告诉您的受理编号（受理番号）。
plan-step-police-stolen = 请到任何一个派出所（交番）或警察署报案：提交被盗申报（盗難届）。请记下警察告诉您的受理编号（受理番号）。
plan-step-disaster-certificate = 请到消防署或市区町村政府办理受灾证明（罹災証明書）。这种情况不需要去警察那里。
plan-step-police-lost-at-home = 您可以到派出所（交番）或警察署，要求提交遗失申报（遺失届）；在家中丢失的卡，警察可能不予受理。如果受理了，请记下受理编号（受理番号）。如果不受理，请记下您是在哪里、什么时候提出的。您也可以选择不报案：请在下方注明。无论哪种情况，本应用都会写出相应的陈述书，您再到出入国在留管理局说明情况。
plan-step-police-abroad = 请向您所在地的警察报告遗失或被盗，并保留警察给您的材料（或其复印件），如果材料上有编号，也请保留。提交时需要附上日文译文，译文可以自己写。在国外无法申请。
plan-step-police-abroad-back = 请填写您在国外向警察报案的信息：国家、警察机构、日期，如有编号也请填写。这样陈述书会写明您是在哪里报案的。如果您没有在国外报案，请在下方注明。如果卡其实可能是在日本丢失的，您也可以改为在日本的派出所（交番）报案。
plan-step-return-to-japan = 请在再入国许可有效期内，携带护照回到日本（请参阅上方的警告）。在机场，请告诉入境审查官您在国外丢失了在留卡。航空公司可能会要求出示在留卡：请参阅关于再入国许可期限证明书的说明。然后在这里填写您回到日本的日期：14天从这一天的第二天起计算。
plan-step-tell-police-found = 请告诉警察您已经找到了卡（到您报案的派出所或警察署）：这样就可以撤回申报。如果您没有报案，就不需要再做什么了。
plan-step-lift-my-number-suspension = 如果您停止了卡上的个人编号（My Number）功能，请向您所在的市区町村政府询问如何恢复。普通的个人编号卡需要带着卡到市区町村政府办理，不能通过电话恢复；与在留卡合为一体的卡如何办理，目前尚未确认。
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request), agent (a registered agent files),
# approved (someone the office agreed to) or nobody (who goes is still to be found).
plan-step-apply-immigration = { $applicant ->
    [relative] 由与持卡人同住的16岁以上亲属作为代理人，到管辖该住址的出入国在留管理局替持卡人申请。
    [agent] 由代办人到管辖您住址的出入国在留管理局提交申请。
    [approved] 由出入国在留管理局已经同意的人，到管辖该住址的出入国在留管理局替持卡人申请。
    [nobody] 由出入国在留管理局同意的人，到管辖该住址的出入国在留管理局替持卡人申请。
   *[holder] 请本人到管辖您住址的出入国在留管理局申请新卡。
}新卡通常当天发放。
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] 由与持卡人同住的16岁以上亲属作为代理人，带着损坏的卡，到管辖该住址的出入国在留管理局替持卡人申请。
    [agent] 由代办人带着损坏的卡，到管辖您住址的出入国在留管理局提交申请。
    [approved] 由出入国在留管理局已经同意的人，带着损坏的卡，到管辖该住址的出入国在留管理局替持卡人申请。
    [nobody] 由出入国在留管理局同意的人，带着损坏的卡，到管辖该住址的出入国在留管理局替持卡人申请。
   *[holder] 请带着损坏的卡，到管辖您住址的出入国在留管理局申请新卡。
}请使用卡片损坏或污损时专用的申请书（毀損や汚損による在留カード再交付申請書）。
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] 由与持卡人同住的16岁以上亲属作为代理人，到管辖该住址的出入国在留管理局申请换卡。
    [agent] 由代办人到管辖您住址的出入国在留管理局申请换卡。
    [approved] 由出入国在留管理局已经同意的人，到管辖该住址的出入国在留管理局申请换卡。
    [nobody] 由出入国在留管理局同意的人，到管辖该住址的出入国在留管理局申请换卡。
   *[holder] 请到管辖您住址的出入国在留管理局申请换卡。
}请带上您现在的卡。
plan-step-apply-city-office = { $applicant ->
    [relative] 由与持卡人同住的16岁以上亲属作为代理人，到市区町村政府（市役所・区役所）替持卡人申请。
    [agent] 由代办人到您所在的市区町村政府（市役所・区役所）提交申请。
    [approved] 由市区町村政府已经同意的人，到市区町村政府（市役所・区役所）替持卡人申请。
    [nobody] 由市区町村政府同意的人，到市区町村政府（市役所・区役所）替持卡人申请。
   *[holder] 请到您所在的市区町村政府（市役所・区役所）申请（不是出入国在留管理局）。
}
# Before applying, when no relative aged 16+ lives with a holder under 16 or ill. $applicant: approved or nobody;
# $holder: child (under 16) or adult (ill); $office: immigration or city.
plan-step-ask-office-who-applies = { $applicant ->
    [nobody] 目前还没有人能去。请打电话给{ $office ->
        [city] 市区町村政府（市役所・区役所）
       *[immigration] 管辖该住址的出入国在留管理局
    }，说明{ $holder ->
        [child] 持卡人未满16岁
       *[adult] 持卡人生病了
    }，并且没有16岁以上的家人与其同住，然后询问谁可以申请。不住在一起的父母或法定监护人、其他家人，或与持卡人同住的人，经窗口同意后可以申请；登记为申请代办人（申請取次者）的律师或行政书士（行政書士）可以收费代为申请。
   *[approved] 去之前，请先向{ $office ->
        [city] 市区町村政府（市役所・区役所）
       *[immigration] 管辖该住址的出入国在留管理局
    }确认是否同意由这个人申请。不是与持卡人同住的16岁以上家人的人（不住在一起的父母或法定监护人、其他家人，或与持卡人同住的人），只有在窗口同意的情况下才能申请。
}等待期间，期限照常计算：如果在等待时已经过了截止日，也请照样申请，并附上一份说明原因的书面材料。
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = 请交还旧卡：可以交到任何一个出入国在留管理局，也可以邮寄到：{ $postcode } { $address } { $office }。请在信封上写“{ $envelope }”。
plan-step-return-old-card-city-office = 请交还旧的证明书（特別永住者証明書）。交还方法请向您所在的市区町村政府询问。

## Documents

plan-doc-application-form = 在留卡补发申请书（在留カード再交付申請書，A4）。本应用可以帮您填写；窗口也备有纸质申请书。
plan-doc-application-form-city-office = 市区町村政府自己的特别永住者证明书补发申请书：由窗口提供（本应用不填写这份申请书）。
plan-doc-application-form-damaged = 卡片损坏或污损时使用的补发申请书（毀損や汚損による在留カード再交付申請書，A4）。窗口备有纸质申请书。
# $height_mm, $width_mm, $months.
plan-doc-photo = 照片1张，高{ $height_mm }毫米×宽{ $width_mm }毫米，最近{ $months }个月内拍摄：仅本人、正面、不戴帽子、无背景、无阴影。请在照片背面写上姓名。
plan-doc-loss-statement = 关于遗失或被盗的陈述书（紛失・盗難に係る陳述書），需写上警察的受理编号（受理番号）。本应用可以帮您填写。
plan-doc-loss-statement-not-accepted = 关于遗失的陈述书（紛失・盗難に係る陳述書），写明警察没有受理您的申报。本应用可以帮您填写；在窗口也请当面说明。
plan-doc-loss-statement-not-reported = 关于遗失的陈述书（紛失・盗難に係る陳述書），写明您没有向警察报案以及原因。本应用可以帮您填写；在窗口也请当面说明。
plan-doc-loss-statement-abroad = 关于遗失或被盗的陈述书（紛失・盗難に係る陳述書），写明您在国外的什么地方报的案。本应用可以帮您填写。
plan-doc-accident-statement = 一份说明卡是如何毁坏的陈述书（陳述書）。本应用可以帮您填写。
plan-doc-card-pieces = 卡的残余部分（如果还有的话）：窗口可能会把它当作损坏的卡来处理。
plan-doc-police-report-abroad = 您在国外向警察报案的材料（或其复印件）。
plan-doc-police-report-translation = 这份材料的日文译文。其他语言的材料需要附上日文译文；译文可以自己写。
plan-doc-police-certificate = 警察出具的申报证明（遺失届出証明書 或 盗難届出証明書）：仅在窗口要求时提交。
plan-doc-disaster-certificate = 受灾证明（罹災証明書）。
plan-doc-passport = 您的护照（或在留资格证明书／在留資格証明書），用于出示。
plan-doc-passport-reason-letter = 一份说明无法出示护照原因的简短书面材料（理由書），以及其他身份证件。
plan-doc-activity-permit = 您的资格外活动许可书（資格外活動許可書），用于出示。
plan-doc-late-reason-letter = 一份说明为何在截止日之后申请的简短书面材料（理由書，格式不限）。
plan-doc-damaged-card = 损坏的卡本身。
plan-doc-old-card = 您找到的旧卡。
# $applicant: child (the relative applies for a child under 16) or adult (for an adult holder).
plan-doc-representative-id = { $applicant ->
    [child] 替孩子申请的亲属的身份证件，以及能证明双方是亲属且共同居住的文件（例如住民票）。
   *[adult] 替您申请的亲属的身份证件，以及能证明您与该亲属是亲属关系且共同居住的文件（例如住民票）。
}
plan-doc-agent-certificate = 申请代办人会带上自己作为登记代办人的证明书（申請等取次者証明書）。
plan-doc-medical-certificate = 证明您本人无法前来的材料，例如医生的诊断书（診断書）。
plan-doc-letter-of-authority = 由您签名的委托书（委任状），写明前往办理的亲属。本应用可以帮您填写。
# $holder: child (under 16) or adult (ill).
plan-doc-approved-person-id = 替{ $holder ->
    [child] 孩子
   *[adult] 您
}申请的人的身份证件，以及能证明此人与{ $holder ->
    [child] 孩子之间关系的文件（如果是父母或法定监护人，需要能证明这一身份的文件）
   *[adult] 您之间关系的文件
}。其他还需要什么，请向窗口询问。

## Fee

plan-fee-free = 不收手续费：因遗失、被盗、灭失或损坏而补发新卡是免费的。
# $yen = the fee.
plan-fee-exchange = 因本人意愿换卡的手续费为{ $yen }日元。
plan-fee-warning = 遗失后补发新卡，出入国在留管理局不收取任何费用。只有持有执照的律师或行政书士（行政書士）才可以为您准备或提交材料并收取费用：如果其他人以“代办”为由向您要钱，请务必小心。

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = 丢失在留卡本身并不违法。法律要求在期限内申请；未按时申请的，可能被处以最高{ $years }年的监禁（拘禁刑）或最高{ $yen }日元的罚金。最重要的是提出申请，即使晚了也要申请。
# $yen = the maximum non-criminal fine. $holder: child (under 16) or adult (ill).
plan-penalty-relative = 丢失在留卡本身并不违法。{ $holder ->
    [child] 持卡人未满16岁时，
   *[adult] 持卡人生病无法申请时，
}与其同住的16岁以上家人必须代为申请；不申请的家人可能被处以最高{ $yen }日元的行政罚款（過料，不是刑事处罚）。最重要的是提出申请，即使晚了也要申请。

## Notes

plan-note-counter-hours = 出入国在留管理局的窗口通常在工作日9:00–12:00和13:00–16:00办公。去之前请先确认该窗口的办公时间。
plan-note-city-office-not-same-day = 新的证明书不会当天发放：市区町村政府会告诉您什么时候来领取。
plan-note-city-office-documents = 本清单是按照特别永住者证明书的规定列出的。您所在的市区町村政府可能还会要求其他材料：去之前请先询问。
plan-note-specified-card-unconfirmed = 与个人编号卡（マイナンバーカード）合为一体的在留卡（特定在留カード）丢失后如何补发，目前尚未确认，而且可能不会当天发放（有报告称大约需要十天）。请向出入国在留管理局询问需要多长时间，尤其是在您必须出行的情况下。
plan-note-spr-show-on-request = 您不必随身携带特别永住者证明书，但如果入管职员或警察要求出示，您必须出示。在新证明书发放之前，请随身携带警察的受理编号，以便说明情况。
plan-note-birth-date-unknown = 我们假设持卡人已满16岁。如果未满16岁，请输入出生日期：这样将由亲属代为申请，并且不需要照片。
# $birthday = the day the child turns 16.
plan-note-turns-16 = 孩子将于{ $birthday }年满16岁。从那天起，需要本人亲自申请，并需要照片。
# $days = days to return it.
plan-note-old-card-if-found = 如果在领到新卡后找到了旧卡，旧卡已经失效：请在找到之日起{ $days }天内交还。

## Warnings, read before anything else

plan-warning-leaving-soon = 在拿到新卡之前，请不要离开日本。没有在留卡（或再入国许可）就离开日本，您的在留资格将会终止。请在出行前申请：新卡通常当天发放。如果等不及，请在离开前向出入国在留管理局申请再入国许可（再入国許可）。
plan-warning-leaving-soon-specified = 在拿到新卡之前，请不要离开日本。没有在留卡（或再入国许可）就离开日本，您的在留资格将会终止。与个人编号卡合为一体的在留卡可能不会当天发放（有报告称大约需要十天；未确认）：请尽早申请，并向出入国在留管理局询问需要多长时间；如果在您离开日本时还来不及拿到，请申请再入国许可（再入国許可）。
# Still abroad. $holder: special_permanent (2 years) or resident (1 year or the end of the period of stay).
plan-warning-return-before-permission-ends = 请在再入国许可有效期内回到日本，否则您将失去在留资格。{ $holder ->
    [special_permanent] 如果您是凭特别再入国许可（みなし再入国）出境的，其有效期为出境之日起2年。
   *[resident] 如果您是凭特别再入国许可（みなし再入国）出境的，其有效期为出境之日起1年；如果您的在留期间更早届满，则到在留期间届满为止。
}特别再入国许可无法在国外延期。再入国许可（再入国許可）有自己的有效期限，写在您的护照上；日本驻外大使馆有可能为其办理延期。如果知道最后一天，请在下方填写：我们会在这一天到来之前提醒您。
# Still abroad. $by = the last day of the re-entry permission.
plan-warning-return-by = 请最迟于{ $by }（含当天）回到日本，这一天是您再入国许可的最后一天，否则您将失去在留资格。特别再入国许可（みなし再入国）无法在国外延期。
plan-warning-return-by-passed = 您填写的再入国许可最后一天（{ $by }）已经过了。请核对护照上的日期。如果许可已经失效，您的在留资格可能也已终止：请联系最近的日本大使馆或领事馆，询问该怎么办。

## Why there is no deadline

plan-no-deadline = 这种情况法律没有规定截止日。
plan-no-deadline-found-again = 您的卡仍然有效：不需要申请新卡。
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = 您的{ $days }天期限还没有开始：从您回到日本那一天的第二天起计算。任何人都无法在国外申请。
# $days = days to apply after an order.
plan-no-deadline-damaged = 损坏的卡没有申请期限：方便时申请即可。如果出入国在留管理局命令您申请，则需在{ $days }天内申请。
plan-no-deadline-exchange = 换卡没有期限。

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = 在新卡发放之前找到的卡仍然有效：请继续使用。只有在新卡已经发放的情况下，旧卡才会失效，届时必须在{ $days }天内交还。
plan-note-carry-passport = 在拿到新卡之前，请随身携带护照，以及写有警察受理编号的字条或其照片：您本应随身携带在留卡，这些可以说明您为什么无法携带。
plan-note-accident = 关于用什么来证明卡在事故中毁坏，我们没有找到官方规定：通常不会要求提供警察申报或证明。请用书面形式说明发生了什么（本应用会帮您写），带上卡的所有残片，并询问窗口是否还需要其他材料。如果卡还在您手上，即使已经破损，也可能按损坏的卡来处理。
plan-note-lost-at-home = 请在家里可能放卡的地方再找一次。在家中丢失的卡，警察可能不受理遗失申报，您也可以决定不报案：请在本页面记录实际情况，并照样申请。陈述书会写明这一点，您也要在窗口说明。
plan-note-reentry-certificate = 办理登机手续时，航空公司可能会要求出示在留卡。如果您的国籍前往日本需要签证，或者您的护照上已经看不到再入国许可，这一点尤其重要。与您同住的家人，或持有您签名的委托书（委任状，可用传真或扫描件发送）的人，可以到日本的出入国在留管理局领取再入国许可期限证明书（再入国許可期限証明書），并寄给您。
plan-note-abroad-passport-gone = 您的护照也丢了：请先联系您本国的大使馆或领事馆，办理新护照或旅行证件。新护照上不会有您的出境印章或再入国许可，因此再入国许可期限证明书（再入国許可期限証明書）很重要：请把您签名的委托书（委任状）和警察报案材料的复印件寄给在日本替您申请该证明书的人；其他还需要什么，请向出入国在留管理局询问。
plan-note-who-goes-ill = 替您前往的亲属需带上本人的身份证件、证明您与该亲属是亲属关系且共同居住的文件，以及证明您无法前来的医生诊断书（診断書）。该亲属要在申请书的申请代办人（取次者）栏中写上自己的姓名。
plan-note-who-goes-request = 替您前往的亲属需带上本人的身份证件、证明您与该亲属是亲属关系且共同居住的文件，以及您签了名的委托书（委任状）。委托书由本应用填写：请在您的人员信息的申请代办人（取次者）栏中填写这位亲属。
plan-note-who-goes-agent = 经登记的申请代办人（申請取次者）会替您提交申请并领取新卡。只有律师或行政书士（行政書士）可以为此向您收费。
plan-note-travel = 打算出国吗？请先拿到新卡。没有在留卡（或再入国许可）就离开日本，您的在留资格将会终止。
plan-note-passport-gone = 关于护照，请联系您本国的大使馆或领事馆。在拿到新护照之前，请带上说明无法出示护照原因的书面材料（本应用会帮您写）以及其他身份证件。
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = 还有其他卡一起丢失了吗？个人编号卡（マイナンバーカード）请拨打{ $hotline }（24小时，全年无休；外语服务请拨打{ $hotline_foreign }），并告知您所在的市区町村政府。银行卡和信用卡请致电银行或发卡公司。
# Still abroad. $hotline_abroad = a number for calling from abroad.
plan-note-other-cards-abroad = 还有其他卡一起丢失了吗？以0120开头的号码通常无法从国外拨打。个人编号卡（マイナンバーカード）方面，日本驻外大使馆提供了{ $hotline_abroad }（24小时，日语），这是针对日本公民的卡说明的；我们无法确认它是否也适用于您的卡。银行卡和信用卡，请拨打发卡公司网站上供国外拨打的电话号码。
plan-note-card-number-unknown = 不知道卡号？申请书上可以留空；窗口通常可以查到（未确认）。请带上任何能显示卡号的东西：在市区町村政府办理住民票时提出要求，住民票上会显示该号码；您的工作单位、学校或银行也可能有您的卡的复印件。
plan-note-stay-ending = 补发新卡不会改变您的在留期间。如果在留期间即将届满，请同时申请更新：两项手续可以在窗口一并办理。
