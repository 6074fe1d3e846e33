# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.
# Japanese: the form's own Japanese labels are used as they are; "Family name" / "Given name" stay
# in parentheses as on the form.

ui-people-title = どなたの書類ですか？
ui-people-lead = 書類はこの情報をもとに記入されます。在留カードと旅券（パスポート）に書かれているとおりに入力してください。この情報はこの端末の中だけに保存されます。
ui-people-add = 人を追加する
ui-people-edit = 変更
ui-people-use = この手続きに使う
ui-people-in-use = この手続きに使用中
ui-people-none = まだ登録されていません。
ui-person-title = 本人の情報
ui-person-save = 保存する
ui-person-delete = この人を削除
ui-person-delete-confirm = この人を削除しますか？この人の手続きは、人の情報がないまま残ります。
ui-person-nationality = 国籍・地域
ui-person-nationality-help = 在留カードのとおりに入力してください。例：VIET NAM、ベトナム
ui-person-birth-date = 生年月日
ui-person-family-name = 姓（Family name）
ui-person-given-name = 名（Given name）
ui-person-name-help = 旅券（パスポート）の顔写真のページの下にある2行と同じように、A～Zの大文字で入力してください。
ui-person-kanji-name = 漢字氏名（カードに漢字の氏名がある場合）
ui-person-sex = 性別
ui-person-sex-male = 男
ui-person-sex-female = 女
ui-person-address = 住居地（日本の住所）
ui-person-card-number = 在留カード番号
ui-person-card-number-help = 12文字です（英字2文字・数字8文字・英字2文字）。わからない場合は空欄のままにしてください。市区町村役場で住民票を取るときに頼めば、番号を記載してもらえます。また、勤務先や学校がカードのコピーを持っているかもしれません。
ui-person-activity-permit = 資格外活動許可を受けている
ui-person-phone = 電話番号
ui-person-representative = 法定代理人が記入する（例：16歳未満の子どもの親）
ui-person-agent = 本人以外の人が提出する（取次者）：弁護士や行政書士などの取次者、またはあなたの代わりに行く家族
ui-person-rep-name = 法定代理人の氏名
ui-person-rep-relationship = 本人との関係（例：父）
ui-person-rep-address = 法定代理人の住所
ui-person-rep-phone = 法定代理人の電話番号
ui-person-agent-name = その人の氏名
ui-person-agent-organisation = 所属機関等（家族の場合は、あなたとの関係）
ui-person-agent-address = その人の住所
ui-person-agent-phone = その人の電話番号
ui-person-agent-birth-date = その人の生年月日
ui-person-agent-birth-date-help = 家族があなたに頼まれて代わりに行く場合の委任状に必要です。申請書には印刷されません。
ui-person-saved = 保存しました。書類にはこの情報が使われます。

err-app-date-invalid = 日付を年・月・日まですべて入力してください。
err-app-choice-invalid = 選択肢から一つ選んでください。
