# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
profile-field = { $field ->
    [nationality] 国籍・地域
    [birth-date] 生年月日
    [family-name] 姓
    [given-name] 名
    [kanji-name] 漢字の氏名
    [address] 住居地（日本の住所）
    [card-number] 在留カード番号
    [phone] 電話番号
    [representative-name] 法定代理人の氏名
    [representative-relationship] 法定代理人とあなたとの関係
    [representative-address] 法定代理人の住所
    [representative-phone] 法定代理人の電話番号
    [agent-name] 取次者の氏名
    [agent-address] 取次者の住所
    [agent-organisation] 取次者の所属機関
    [agent-phone] 取次者の電話番号
    [agent-birth-date] あなたの代わりに行く人の生年月日
   *[other] { $field }
}

err-profile-empty = 「{ profile-field }」を入力してください。
err-profile-too-long = 「{ profile-field }」は{ $len }文字あります。申請書に入るのは最大{ $max }文字です。
err-profile-bad-character = 「{ profile-field }」に、使えない文字「{ $character }」が含まれています。
err-profile-not-passport-letter = 「{ profile-field }」に「{ $character }」が含まれています。名前は、旅券（パスポート）の機械読取部分（顔写真のページの下にある2行）と同じように書いてください。使えるのはA～Zの文字だけで、アクセント記号は付けません。
err-profile-name-separator = 「{ profile-field }」の最初か最後にスペース、ハイフン、アポストロフィがあるか、それらが2つ続いています。
err-profile-card-number = 「{ $value }」は在留カード番号ではありません。在留カード番号は12文字です（英字2文字・数字8文字・英字2文字。例：AB12345678CD）。
err-profile-phone = 「{ profile-field }」が電話番号の形になっていません（6～15桁の数字）。
err-profile-birth-date-future = 「{ profile-field }」（{ $date }）が未来の日付になっています。
err-profile-birth-date-too-early = 「{ profile-field }」（{ $date }）が1900年より前になっています。
