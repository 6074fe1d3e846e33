# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = 가야 할 관서
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = 주소지는 { $prefecture }에 있습니다. 법에 따라 이 지역을 관할하는 출입국재류관리청(出入国在留管理庁) 관서는 다음과 같습니다:
ui-office-choose = 주소지의 도도부현(都道府県)을 선택하세요. 법에 따라 그 지역을 관할하는 관서를 앱이 알려 드립니다.
ui-office-prefecture = 주소지의 도도부현
ui-office-prefecture-none = 선택하세요…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name } ({ $name_ja })
ui-office-covering = 법에 따라 내 도도부현을 관할하는 관서
ui-office-field-offices = 현행 규정에 이름이 있는, 내 도도부현의 출입국재류관리청 출장소(出張所)
ui-office-seat = 소재지:
ui-office-not-every-office = 모든 관서에서 새 재류카드를 처리하는 것은 아닙니다. 공항이나 항만에서만 업무를 보는 출장소도 있으며, 어느 관서가 접수하는지는 법에 정해져 있지 않습니다.
ui-office-check-before-going = 가기 전에 출입국재류관리청의 관서 목록에서 해당 관서의 주소, 운영 시간, 새 카드 신청을 접수하는지를 확인하세요: 「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = 관서에 가는 날
office-day-same-day = 새 카드는 보통 당일에 창구에서 발급됩니다.
office-day-city-office-later = 새 증명서는 당일에 발급되지 않습니다. 언제 받으러 오면 되는지 시청·구청에서 알려 줍니다.
office-day-specified-longer = 마이넘버카드와 일체화된 카드는 당일에 준비되지 않을 수도 있습니다. 약 10일 걸렸다는 보고가 있습니다(확인되지 않음). 얼마나 걸리는지 관서에 문의하세요.
office-day-hours = 창구는 평일에만 운영하며, 보통 9:00–12:00, 13:00–16:00입니다. 시간이 다른 관서도 있습니다. 가기 전에 해당 관서의 운영 시간을 확인하세요.
office-day-early = 되도록 이른 시간에 가세요. 줄을 서야 할 수도 있습니다.
office-day-city-hours = 시청·구청은 평일에 운영합니다. 가기 전에 증명서 업무를 담당하는 창구의 운영 시간을 확인하세요.
office-day-bring = 준비물 목록에 있는 것을 모두 가져가세요. 대신 가는 사람은 자신의 신분증도 가져갑니다.
office-day-free = 분실, 도난, 멸실, 훼손 후의 새 카드 발급에는 수수료가 없습니다.
# $yen = the fee.
office-day-fee-exchange = 본인 희망에 의한 교체 수수료는 ¥{ $yen }입니다.

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = 새 카드를 받을 때까지 피해 예방하기
ui-protect-lead = 마친 항목에 체크하세요. 체크한 내용은 이 기기에만 저장됩니다.
protect-bank-cards = 은행 카드나 신용카드도 함께 잃어버렸다면 은행이나 카드 회사에 전화해 카드 이용을 정지해 달라고 하세요. 새 재류카드를 받을 때까지 본인이 무엇을 해야 하는지 거래 은행에 물어보세요.
protect-phone-company = 휴대전화 회사에 재류카드를 잃어버렸다고 알리세요. 카드를 주운 사람이 본인 명의로 계약을 하려고 할 수도 있습니다.
protect-phone-company-stolen = 휴대전화 회사에 재류카드를 도난당했다고 알리세요. 도난당한 카드가 다른 사람 명의로 휴대전화를 계약하는 데 쓰였다고 경찰이 발표한 바 있습니다.
protect-employer-or-school = 직장이나 학교에 알리세요. 직장이나 학교는 보통 카드 사본을 보관하고 있으며, 카드 번호를 모를 때 그 사본에서 번호를 확인할 수도 있습니다.
protect-other-id = 마이넘버카드나 운전면허증도 함께 잃어버렸다면, 같은 경찰 신고에 함께 포함하세요. 마이넘버카드는 전용 콜센터에도 전화하세요('알아 두세요' 참조).
protect-if-misused = 누군가 본인의 카드를 사용했다면(본인이 하지 않은 휴대전화 계약, 대출, 결제), 경찰에 알리세요. 신고 접수번호가 있다면 함께 알리세요.
protect-if-misused-stolen = 도난당한 카드는 악용될 수 있습니다. 본인이 하지 않은 계약, 대출, 결제를 발견하면 신고 접수번호를 가지고 바로 경찰에 알리세요.
protect-after-the-new-card = 새 카드가 발급되면 이전 카드는 무효로 기록됩니다. 출입국재류관리청의 카드 번호 조회 페이지에서 그 번호를 조회하는 사람은 누구나 이를 알 수 있습니다(언론 보도에 따르면 이 페이지는 2026년 1월부터 해외에서 접속되지 않고 있습니다). 그다음 은행, 휴대전화 회사, 직장에 새 카드를 제시해 등록 정보를 갱신하도록 하세요.

## Myths and facts

ui-myths-button = 오해와 사실
ui-myths-title = 오해와 사실
ui-myths-lead = 인터넷에서 흔히 하는 이야기와, 법과 출입국재류관리청 페이지에 나와 있는 내용입니다.
ui-myth-said = 흔히 하는 말:
ui-myth-fact = 사실은:
myth-fee-said = 분실 후 새 카드를 받으려면 돈이 든다.
# $yen = the fee (0).
myth-fee-fact = 분실, 도난, 멸실 후에는 무료입니다(¥{ $yen }). 인터넷에 나오는 수수료는 재류기간 갱신 같은 다른 절차의 수수료입니다.
myth-police-certificate-said = 경찰 신고 증명서가 필요하다.
myth-police-certificate-fact = 2025년 3월 3일부터 관서에서는 경찰 접수번호(受理番号)를 적은 진술서를 요구하며, 이 진술서는 앱이 작성해 줍니다. 그래도 증명서를 요구할 수 있습니다.
myth-fourteen-days-said = 14일은 카드를 잃어버린 날부터 센다.
myth-fourteen-days-fact = 분실 사실을 안 날의 다음 날부터 셉니다. 해외에서 알았다면 일본에 돌아온 날의 다음 날부터 셉니다.
myth-photo-said = 사진은 최근 3개월 이내에 찍은 것이어야 한다.
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = 최근 { $months }개월 이내에 찍은 사진이어야 합니다(예전 규정은 3개월이었습니다). { $age }세 미만은 사진이 필요 없습니다.
myth-embassy-said = 대사관에서 새 카드를 주거나 대신 신청해 줄 수 있다.
myth-embassy-fact = 어느 대사관도 할 수 없습니다. 신청은 일본 안에서, 출입국재류관리국(특별영주자는 시청·구청)에 직접 가서 하며, 본인 또는 대신 가도록 허용된 사람이 합니다.
myth-anyone-can-charge-said = 누구든 돈을 받고 신청을 대신 처리해 줄 수 있다.
myth-anyone-can-charge-fact = 서류 작성이나 제출을 대신하고 돈을 받을 수 있는 것은 변호사(弁護士)나 자격이 있는 行政書士(행정서사)뿐입니다. 그 밖의 사람이 “처리해 주겠다”며 돈을 요구한다면 경고 신호입니다.
