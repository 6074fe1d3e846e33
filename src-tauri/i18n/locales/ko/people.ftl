# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = 누구의 서류인가요?
ui-people-lead = 서류는 이 정보로 작성됩니다. 재류카드와 여권에 적힌 그대로 입력해 주세요. 이 정보는 이 기기에만 저장됩니다.
ui-people-add = 사람 추가
ui-people-edit = 변경
ui-people-use = 이 신청 건에 사용
ui-people-in-use = 이 신청 건에 사용 중
ui-people-none = 아직 등록된 사람이 없습니다.
ui-person-title = 대상자 정보
ui-person-save = 저장
ui-person-delete = 이 사람 삭제
ui-person-delete-confirm = 이 사람을 삭제할까요? 이 사람의 신청 건은 대상자 없이 그대로 남습니다.
ui-person-nationality = 국적·지역(国籍・地域)
ui-person-nationality-help = 재류카드에 적힌 그대로 적어 주세요. 예: VIET NAM 또는 ベトナム
ui-person-birth-date = 생년월일(生年月日)
ui-person-family-name = 성(Family name)
ui-person-given-name = 이름(Given name)
ui-person-name-help = 여권 사진 면 아래쪽의 두 줄과 같이 A–Z 대문자로 적어 주세요.
ui-person-kanji-name = 한자 이름(漢字氏名): 카드에 한자 이름이 있는 경우
ui-person-sex = 성별(性別)
ui-person-sex-male = 남(男)
ui-person-sex-female = 여(女)
ui-person-address = 일본 내 주소(住居地)
ui-person-card-number = 재류카드 번호(在留カード番号)
ui-person-card-number-help = 12자: 영문자 2자, 숫자 8자, 영문자 2자. 모르면 비워 두세요. 시청·구청에서 발급하는 주민표(住民票)에 요청하면 번호가 기재되며, 직장이나 학교에 카드 사본이 있을 수도 있습니다.
ui-person-activity-permit = 자격외활동허가(資格外活動許可)를 받았습니다
ui-person-phone = 전화번호(電話番号)
ui-person-representative = 법정대리인(法定代理人)이 작성합니다. 예: 16세 미만 자녀의 부모
ui-person-agent = 다른 사람이 제출합니다(取次者): 변호사나 行政書士(행정서사) 같은 신청 대행자, 또는 대신 가는 가족
ui-person-rep-name = 법정대리인 성명(氏名)
ui-person-rep-relationship = 신청인과의 관계(本人との関係), 예: 父 / 아버지
ui-person-rep-address = 법정대리인 주소(住所)
ui-person-rep-phone = 법정대리인 전화번호(電話番号)
ui-person-agent-name = 그 사람의 성명(氏名)
ui-person-agent-organisation = 그 사람의 소속 기관, 가족이라면 본인과의 관계(所属機関等)
ui-person-agent-address = 그 사람의 주소(住所)
ui-person-agent-phone = 그 사람의 전화번호(電話番号)
ui-person-agent-birth-date = 그 사람의 생년월일(生年月日)
ui-person-agent-birth-date-help = 가족이 본인의 부탁으로 대신 갈 때 위임장(委任状)에 필요합니다. 신청서에는 인쇄되지 않습니다.
ui-person-saved = 저장했습니다. 서류에 이 정보가 사용됩니다.

err-app-date-invalid = 날짜를 연, 월, 일까지 모두 입력해 주세요.
err-app-choice-invalid = 선택지 중 하나를 골라 주세요.
