# The triage questions and the police-box phrases.

triage-incident-title = 카드에 무슨 일이 있었나요?
triage-incident-help = 가장 가까운 답을 골라 주세요. 나중에 돌아가서 바꿀 수 있습니다.
triage-incident-lost = 밖에서 잃어버렸거나, 어디서 잃어버렸는지 몰라요
triage-incident-lost-at-home = 집 안 어딘가에서 없어졌어요
triage-incident-stolen = 도난당했어요
triage-incident-destroyed = 재해나 화재로 없어졌어요(불에 탐)
triage-incident-destroyed-by-accident = 사고로 못 쓰게 되었어요(세탁, 파손): 카드가 없어졌거나 조각났어요. 카드가 아직 있다면 “훼손되었거나 더러워졌어요”를 선택하세요
triage-incident-damaged = 훼손되었거나 더러워졌어요, 또는 IC칩이 작동하지 않아요
triage-incident-exchange = 교체하고 싶어요(본인 희망)
triage-incident-found-again = 카드를 다시 찾았어요(아직 새 카드는 받지 않았어요)
triage-incident-old-card-found = 새 카드를 받은 후에 이전 카드를 찾았어요

triage-card-title = 어떤 카드인가요?
triage-card-help = 대부분의 분은 재류카드(在留カード)를 가지고 있습니다.
triage-card-residence-card = 재류카드(在留カード)
triage-card-special-permanent = 특별영주자증명서(特別永住者証明書)
triage-card-specified = 마이넘버 일체형 재류카드(特定在留カード)

triage-learned-on-title = 카드가 없어진 것을 언제 알았나요?
triage-learned-on-help = 14일은 이날의 다음 날부터 셉니다.
triage-found-on-title = 이전 카드를 언제 찾았나요?
triage-found-on-help = 찾은 날로부터 14일 이내에 반납해야 합니다.
triage-found-again-help = 카드는 여전히 유효합니다. 남은 한두 가지 할 일을 알려 드리겠습니다.

triage-birth-date-title = 카드 소지자는 언제 태어났나요?
triage-birth-date-help = 16세 미만 자녀는 사진이 필요 없으며, 가족이 대신 신청합니다.

triage-passport-title = 창구에서 여권을 제시할 수 있나요?
triage-passport-help = 제시할 수 없다면 간단한 이유서(理由書)를 작성하고 다른 신분증을 가져가세요.
triage-passport-yes = 네
triage-passport-gone-too = 아니요, 카드와 함께 잃어버렸거나 도난당했어요
triage-passport-no = 아니요, 다른 이유가 있어요(예: 본국 대사관에 있어요)

police-phrase-lost = 재류카드를 잃어버렸습니다. 분실신고를 하고 싶습니다.
police-phrase-stolen = 재류카드를 도난당했습니다. 도난신고를 하고 싶습니다.
police-phrase-number = 출입국재류관리국에서 재교부 신청을 할 때 접수번호가 필요합니다. 번호를 알려 주세요.
police-phrase-slowly = 일본어를 잘 못합니다. 천천히 말씀해 주세요.

triage-whereabouts-title = 알아차렸을 때 어디에 있었고, 지금은 어디에 있나요?
triage-whereabouts-help = 14일은 일본에 있는 날부터 시작됩니다. 재류카드 없이 일본을 떠나면 재류자격을 잃을 수 있으니, 여행할 계획이 있다면 알려 주세요.
triage-whereabouts-in-japan = 일본에 있었고, 계속 일본에 있을 거예요
triage-whereabouts-leaving-soon = 일본에 있었지만, 앞으로 몇 주 안에 일본을 떠날 예정이에요
triage-whereabouts-back-in-japan = 해외에서 알았고, 지금은 일본에 돌아왔어요
triage-whereabouts-return-date = 일본에 돌아온 날
triage-whereabouts-abroad-now = 해외에서 알았고, 지금도 해외에 있어요

triage-applicant-title = 누가 출입국재류관리국에 가나요?
triage-applicant-help = 보통은 본인이 직접 갑니다. 본인이 아프거나 부탁하는 경우에는 함께 사는 가족이 대신 갈 수 있습니다.
triage-applicant-holder = 제가 직접 갈게요
triage-applicant-relative-ill = 함께 사는 가족(제가 아프거나 입원 중이에요)
triage-applicant-relative-request = 함께 사는 가족(제가 부탁해서)
triage-applicant-agent = 변호사, 行政書士(행정서사) 또는 그 밖의 등록된 신청 대행자(申請取次者)
triage-applicant-ill-other = 제가 아프거나 입원 중이고, 함께 사는 가족이 없어요: 다른 사람(관서의 동의가 필요해요)
triage-applicant-ill-no-one = 제가 아프거나 입원 중이고, 아직 대신 갈 사람이 없어요
triage-applicant-child-title = 누가 자녀 대신 관서에 가나요?
triage-applicant-child-help = 16세 미만 자녀는 직접 신청하지 않습니다. 자녀와 함께 사는 16세 이상의 가족이 대신 신청해야 합니다.
triage-applicant-child-relative = 자녀와 함께 사는 16세 이상의 가족
triage-applicant-child-other = 다른 사람: 따로 사는 부모나 법정 후견인, 다른 가족, 또는 자녀와 함께 사는 사람(관서의 동의가 필요해요)
triage-applicant-child-no-one = 아직 이 중에 해당하는 사람이 없어요
