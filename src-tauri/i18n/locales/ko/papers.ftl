# Papers errors. `paper-field` is referenced by the messages below ($field is a field id).
# The messages write "{ paper-field } 항목" so that the particle attaches to 항목.
paper-field = { $field ->
    [nationality] 국적·지역
    [family-name] 성
    [given-name] 이름
    [name] 성명
    [kanji-name] 한자 이름
    [address] 일본 내 주소
    [card-number] 재류카드 번호
    [phone] 전화번호
    [representative-name] 법정대리인 성명
    [representative-relationship] 법정대리인과 본인의 관계
    [representative-address] 법정대리인 주소
    [representative-phone] 법정대리인 전화번호
    [agent-name] 신청 대행자(取次者) 성명
    [agent-address] 신청 대행자(取次者) 주소
    [agent-organisation] 신청 대행자(取次者) 소속 기관
    [agent-phone] 신청 대행자(取次者) 전화번호
    [loss-place-name] 카드를 잃어버린 장소
    [police-station] 경찰서
    [acceptance-number] 접수번호
    [late-detail] 늦어진 사유의 상세 내용
    [passport-detail] 여권에 관한 상세 내용
    [birth-date] 생년월일
    [activity-permit] 자격외활동허가
    [learned-on] 분실 사실을 안 날
    [loss-date] 분실한 날
    [reported-on] 경찰에 신고한 날
   *[other] { $field }
}

err-paper-missing-glyph = { paper-field } 항목의 “{ $character }”({ $codepoint }) 문자는 서류에 인쇄할 수 없습니다. 삭제하거나 다른 방식으로 적어 주세요.
err-paper-empty = { paper-field } 항목을 입력해 주세요.
err-paper-does-not-fit = { paper-field } 항목이 너무 길어서 서류에 들어가지 않습니다. 줄여 주세요.
err-paper-too-long = { paper-field } 항목이 { $len }자입니다. 서류에는 최대 { $max }자까지 들어갑니다.
err-paper-control-character = { paper-field } 항목에 줄바꿈이나 보이지 않는 문자가 들어 있습니다. 한 줄로 적어 주세요.
err-paper-not-this-procedure = 이 서류는 분실, 도난, 멸실된 카드용입니다. 훼손된 카드, 카드 교체, 다시 찾은 이전 카드에는 다른 서류를 사용합니다.
err-paper-missing-loss-statement = 카드를 언제, 어디서, 어떻게 잃어버렸는지 답해 주세요. 진술서에 필요합니다.
err-paper-missing-police-report = 먼저 경찰 신고 내용(경찰서, 신고일, 접수번호)을 입력해 주세요.
err-paper-missing-late-reasons = 기한이 지났습니다. 신청이 늦어진 이유를 선택해 주세요. 이유서(理由書)에 들어갑니다. 지금도 신청할 수 있습니다.
err-paper-missing-passport-reasons = 여권을 제시할 수 없는 이유를 선택해 주세요. 이유서(理由書)에 들어갑니다.
err-paper-inconsistent = { paper-field } 항목이 프로필과 신청 건 정보에서 서로 다릅니다. 두 곳을 모두 확인해 주세요.
err-paper-impossible-date = { paper-field } 항목의 날짜가 올바르지 않습니다. 날짜를 확인해 주세요.
err-paper-pdf = 서류를 만들 수 없었습니다({ $detail }). 앱의 오류이니 신고해 주세요.
