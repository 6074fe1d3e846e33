# Profile errors. `profile-field` is referenced by the messages below ($field is a field id).
# The messages write "{ profile-field } 항목" so that the particle attaches to 항목.
profile-field = { $field ->
    [nationality] 국적·지역
    [birth-date] 생년월일
    [family-name] 성
    [given-name] 이름
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
   *[other] { $field }
}

err-profile-empty = { profile-field } 항목을 입력해 주세요.
err-profile-too-long = { profile-field } 항목이 { $len }자입니다. 신청서에는 최대 { $max }자까지 들어갑니다.
err-profile-bad-character = { profile-field } 항목에는 “{ $character }” 문자를 사용할 수 없습니다.
err-profile-not-passport-letter = { profile-field } 항목에 “{ $character }” 문자가 있습니다. 여권의 기계 판독 영역(사진이 있는 면 아래쪽의 두 줄)과 같이 이름을 적어 주세요. 악센트 없이 A–Z 영문자만 사용합니다.
err-profile-name-separator = { profile-field } 항목의 처음이나 끝에 공백, 하이픈, 아포스트로피가 있거나, 이런 기호가 두 개 연달아 있습니다.
err-profile-card-number = “{ $value }” 값은 재류카드 번호가 아닙니다. 재류카드 번호는 12자입니다: 영문자 2자, 숫자 8자, 영문자 2자(예: AB12345678CD).
err-profile-phone = { profile-field } 항목이 전화번호 형식이 아닌 것 같습니다(숫자 6–15자리).
err-profile-birth-date-future = { profile-field } 항목({ $date })이 미래의 날짜입니다.
err-profile-birth-date-too-early = { profile-field } 항목({ $date })이 1900년 이전입니다.
