# The plan for a case: steps, documents, fee, penalty and notes. See en/plan.ftl for notes.

## Steps

plan-step-suspend-my-number = 지금 바로 마이넘버 콜센터에 전화하여 카드의 마이넘버 기능을 정지해 주세요: { $hotline }(24시간, 연중무휴). 외국어 상담은 { $hotline_foreign }입니다.
plan-step-police-lost = 가까운 파출소(交番)나 경찰서 어디에서든 분실신고(遺失届)를 해 주세요. 경찰이 알려 주는 접수번호(受理番号)를 꼭 적어 두세요.
plan-step-police-stolen = 가까운 파출소(交番)나 경찰서 어디에서든 도난신고(盗難届)를 해 주세요. 경찰이 알려 주는 접수번호(受理番号)를 꼭 적어 두세요.
plan-step-disaster-certificate = 소방서나 시청·구청에서 이재증명서(罹災証明書)를 발급받으세요. 이 경우에는 경찰에 갈 필요가 없습니다.
plan-step-apply-immigration = { $applicant ->
    [representative] 자녀와 함께 사는 16세 이상의 친족이 대리인(代理人)으로서, 거주지를 관할하는 출입국재류관리국(出入国在留管理局)에서 자녀 대신 신청합니다.
   *[holder] 거주지를 관할하는 출입국재류관리국(出入国在留管理局)에 본인이 직접 가서 새 카드를 신청하세요.
} 새 카드는 보통 당일에 발급됩니다.
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] 자녀와 함께 사는 16세 이상의 친족이 대리인(代理人)으로서, 손상된 카드를 가지고 거주지를 관할하는 출입국재류관리국(出入国在留管理局)에서 자녀 대신 신청합니다.
   *[holder] 손상된 카드를 가지고 거주지를 관할하는 출입국재류관리국(出入国在留管理局)에서 새 카드를 신청하세요.
} 훼손·오손된 카드용 신청서를 사용하세요.
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] 자녀와 함께 사는 16세 이상의 친족이 대리인(代理人)으로서, 거주지를 관할하는 출입국재류관리국(出入国在留管理局)에서 자녀 대신 카드 교체를 신청합니다.
   *[holder] 거주지를 관할하는 출입국재류관리국(出入国在留管理局)에서 카드 교체를 신청하세요.
} 현재 카드를 가져가세요.
plan-step-apply-city-office = { $applicant ->
    [representative] 자녀와 함께 사는 16세 이상의 친족이 대리인(代理人)으로서, 거주지 시청·구청(市区役所)에서 자녀 대신 신청합니다.
   *[holder] 거주지 시청·구청(市区役所)에서 신청하세요(출입국재류관리국이 아닙니다).
}
plan-step-return-old-card = 이전 카드를 반납하세요. 가까운 출입국재류관리국에 직접 내거나, 다음 주소로 우편으로 보내 주세요: { $office }, { $postcode } { $address }. 봉투에 “{ $envelope }”라고 적어 주세요.
plan-step-return-old-card-city-office = 이전 증명서를 반납하세요. 반납 방법은 거주지 시청·구청에 문의해 주세요.

## Documents

plan-doc-application-form = 재류카드 재교부 신청서(在留カード再交付申請書, A4). 앱에서 대신 작성해 드릴 수 있으며, 창구에도 종이 신청서가 있습니다.
plan-doc-application-form-damaged = 카드가 훼손되거나 더러워진 경우의 새 카드 신청서(A4). 창구에 종이 신청서가 있습니다.
plan-doc-photo = 사진 1장: 세로 { $height_mm } mm × 가로 { $width_mm } mm, 최근 { $months }개월 이내에 촬영, 본인만, 정면, 모자 없이, 무늬 없는 배경, 그림자 없이. 사진 뒷면에 이름을 적어 주세요.
plan-doc-loss-statement = 분실·도난 진술서(紛失・盗難に係る陳述書), 경찰 접수번호 기재. 앱에서 대신 작성해 드릴 수 있습니다.
plan-doc-police-certificate = 경찰의 신고 증명서(遺失届出証明書 또는 盗難届出証明書): 창구에서 요청하는 경우에만 필요합니다.
plan-doc-disaster-certificate = 이재증명서(罹災証明書).
plan-doc-passport = 여권(또는 재류자격증명서 在留資格証明書): 제시용.
plan-doc-passport-reason-letter = 여권을 제시할 수 없는 이유를 간단히 적은 문서(理由書 이유서)와 다른 신분증.
plan-doc-activity-permit = 자격외활동허가서(資格外活動許可書): 제시용.
plan-doc-late-reason-letter = 기한이 지난 후에 신청하는 이유를 간단히 적은 문서(理由書 이유서, 양식 자유).
plan-doc-damaged-card = 해당 카드 실물.
plan-doc-old-card = 찾은 이전 카드.
plan-doc-representative-id = 자녀 대신 신청하는 친족의 신분증, 그리고 친족 관계와 함께 살고 있음을 증명하는 서류.

## Fee

plan-fee-free = 수수료는 없습니다. 분실, 도난, 멸실, 훼손 후의 새 카드 발급은 무료입니다.
plan-fee-exchange = 본인 희망에 의한 교체 수수료는 ¥{ $yen }입니다.
plan-fee-warning = 분실 후 새 카드 발급을 “처리해 주겠다”며 돈을 요구하는 사람이 있다면 주의하세요. 위험 신호입니다.

## Penalty, stated calmly

plan-penalty = 카드를 잃어버린 것 자체는 위법이 아닙니다. 법은 기한 내에 신청하도록 정하고 있으며, 기한 내에 신청하지 않으면 최대 { $years }년의 구금형(拘禁刑) 또는 최대 ¥{ $yen }의 벌금이 부과될 수 있습니다. 늦더라도 신청하는 것이 가장 중요합니다.
plan-penalty-child = 카드를 잃어버린 것 자체는 위법이 아닙니다. 16세 미만 자녀의 경우, 자녀 대신 신청해야 하는 친족이 신청하지 않으면 최대 ¥{ $yen }의 과태료(過料, 형사처벌이 아님)가 부과될 수 있습니다. 늦더라도 신청하는 것이 가장 중요합니다.

## Notes

plan-note-damaged-no-deadline = 훼손된 카드는 신청 기한이 없으니 가능할 때 신청하세요. 출입국재류관리국으로부터 신청 명령을 받은 경우에는 그때부터 { $days }일 이내에 신청해야 합니다.
plan-note-exchange-no-deadline = 카드 교체에는 기한이 없습니다.
plan-note-counter-hours = 출입국재류관리국 창구는 보통 평일 9:00–12:00, 13:00–16:00에 운영합니다. 가시기 전에 해당 관서의 접수 시간을 확인해 주세요.
plan-note-city-office-two-weeks = 새 증명서는 당일에 발급되지 않으며, 보통 2주 정도 걸립니다.
plan-note-city-office-documents = 필요한 서류는 거주지 시청·구청에 문의해 주세요. 이 목록은 재류카드 규정을 기준으로 합니다.
plan-note-specified-card-unconfirmed = 마이넘버카드와 일체화된 재류카드(特定在留カード)를 분실했을 때의 재교부 방법은 아직 확인되지 않았습니다. 출입국재류관리국이나 시청·구청에 문의해 주세요.
plan-note-birth-date-unknown = 카드 소지자가 16세 이상이라고 가정했습니다. 16세 미만이라면 생년월일을 입력해 주세요. 그 경우 친족이 대신 신청하며 사진은 필요 없습니다.
plan-note-turns-16 = 자녀는 { $birthday }에 16세가 됩니다. 그날부터는 본인이 직접 신청하며 사진이 필요합니다.
plan-note-old-card-if-found = 새 카드를 받은 후에 이전 카드를 찾았다면, 이전 카드는 더 이상 유효하지 않습니다. 찾은 날로부터 { $days }일 이내에 반납해 주세요.
