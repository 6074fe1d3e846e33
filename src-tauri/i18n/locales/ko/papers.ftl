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
    [agent-birth-date] 대신 가는 사람의 생년월일
    [loss-place-name] 카드를 잃어버린 장소
    [loss-how] 카드를 잃어버린 경위
    [loss-detail] 일어난 일에 관한 상세 내용
    [reentered-on] 일본에 돌아온 날
    [police-station] 경찰서
    [country] 신고한 나라
    [acceptance-number] 접수번호
    [late-detail] 늦어진 사유에 대해 직접 쓴 설명
    [late-illness-place] 병원
    [late-illness-from] 아팠거나 입원한 기간의 첫날
    [late-illness-until] 아팠거나 입원한 기간의 마지막 날
    [late-abroad-place] 머물렀던 나라
    [late-abroad-from] 해외에 있었던 첫날
    [late-abroad-until] 해외에 있었던 마지막 날
    [late-disaster] 재해
    [passport-detail] 여권에 대해 직접 쓴 설명
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
err-paper-missing-police-report = 먼저 신청 건 페이지에서 경찰 신고 내용(경찰서, 신고일, 접수번호, 또는 경찰이 신고를 받아 주지 않았다는 사실)을 입력해 주세요.
err-paper-card-found-again = 카드를 다시 찾았으므로 서류가 필요 없습니다.
err-paper-does-not-fit-case = { paper-field } 항목이 카드에 일어난 일과 맞지 않습니다. 다시 선택해 주세요.
err-paper-missing-relative = 위임장에는 대신 가는 친족의 정보가 필요합니다. 대상자 정보를 열고 신청 대행자(取次者) 칸에 체크한 뒤, 그 사람의 성명, 관계, 주소, 전화번호를 입력해 주세요.

paper-advice-abroad-reentry = “해외에 있었어요”를 선택하셨습니다. 해외에 있을 때 분실을 알아차렸다면, 14일은 일본에 돌아온 날의 다음 날부터 셉니다. 신청 건 페이지에 돌아온 날을 입력하세요. 그러면 전혀 늦지 않은 것일 수도 있습니다.
paper-advice-kanji-name = 신청서에는 한자 이름을 적는 칸이 없습니다. 카드에 한자 이름을 표기하려면 창구에서 별도의 신청서(在留カード漢字氏名表記申出書)를 제출하세요.
paper-advice-card-number-blank = 신청서의 카드 번호 칸은 비워 두었습니다. 번호를 알게 되면 직접 적어 넣으세요(요청하면 주민표 住民票에 번호를 기재해 줍니다). 보통은 창구에서 번호를 찾을 수 있습니다(확인되지 않음). 번호를 알 수 있는 것이 있으면 가져가세요.
paper-advice-relative-block = 대신 가는 친족은 신청서의 신청 대행자(取次者) 칸에 적어야 합니다. 대상자 정보를 열고 그 칸에 그 사람을 본인과의 관계와 함께 입력하세요.
err-paper-missing-late-reasons = 기한이 지났습니다. 신청이 늦어진 이유를 선택해 주세요. 이유서(理由書)에 들어갑니다. 지금도 신청할 수 있습니다.
err-paper-missing-passport-reasons = 여권을 제시할 수 없는 이유를 선택해 주세요. 이유서(理由書)에 들어갑니다.
err-paper-inconsistent = { paper-field } 항목이 프로필과 신청 건 정보에서 서로 다릅니다. 두 곳을 모두 확인해 주세요.
err-paper-impossible-date = { paper-field } 항목의 날짜가 올바르지 않습니다. 날짜를 확인해 주세요.
err-paper-pdf = 서류를 만들 수 없었습니다({ $detail }). 앱의 오류이니 신고해 주세요.
