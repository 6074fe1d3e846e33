# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
profile-field = { $field ->
    [nationality] 国籍(こくせき)・地域(ちいき)
    [birth-date] 生年月日(せいねんがっぴ)
    [family-name] 名字(みょうじ)（姓(せい)）
    [given-name] 名前(なまえ)（名(めい)）
    [kanji-name] 漢字(かんじ)の名前(なまえ)
    [address] 日本の住所(じゅうしょ)（住居地(じゅうきょち)）
    [card-number] 在留(ざいりゅう)カードの番号(ばんごう)
    [phone] 電話番号(でんわばんごう)
    [representative-name] 法定代理人(ほうていだいりにん)の名前(なまえ)
    [representative-relationship] 法定代理人(ほうていだいりにん)とあなたの関係(かんけい)
    [representative-address] 法定代理人(ほうていだいりにん)の住所(じゅうしょ)
    [representative-phone] 法定代理人(ほうていだいりにん)の電話番号(でんわばんごう)
    [agent-name] 取次者(とりつぎしゃ)の名前(なまえ)
    [agent-address] 取次者(とりつぎしゃ)の住所(じゅうしょ)
    [agent-organisation] 取次者(とりつぎしゃ)の会社(かいしゃ)・団体(だんたい)
    [agent-phone] 取次者(とりつぎしゃ)の電話番号(でんわばんごう)
    [agent-birth-date] あなたの代(か)わりに行(い)く人(ひと)の生年月日(せいねんがっぴ)
   *[other] { $field }
}

err-profile-empty = 「{ profile-field }」を書(か)いてください。
err-profile-too-long = 「{ profile-field }」の文字(もじ)の数(かず)は{ $len }です。申請書(しんせいしょ)に入(はい)るのは{ $max }文字までです。
err-profile-bad-character = 「{ profile-field }」に「{ $character }」があります。この文字(もじ)は使(つか)えません。
err-profile-not-passport-letter = 「{ profile-field }」に「{ $character }」があります。名前(なまえ)は、パスポートと同(おな)じように書(か)いてください。写真(しゃしん)のページの下(した)にある2行(にぎょう)の書き方(かた)です。使(つか)えるのはA～Zだけです。アクセント記号(きごう)はつけません。
err-profile-name-separator = 「{ profile-field }」の最初(さいしょ)か最後(さいご)に、スペース、ハイフン（-）、アポストロフィ（'）があります。または、それが2つ続(つづ)いています。
err-profile-card-number = 「{ $value }」は在留(ざいりゅう)カードの番号(ばんごう)ではありません。番号は12文字(じゅうにもじ)です。アルファベット2つ、数字(すうじ)8つ、アルファベット2つです（例(れい)：AB12345678CD）。
err-profile-phone = 「{ profile-field }」は、電話番号(でんわばんごう)の形(かたち)ではありません。数字(すうじ)6～15けたで書(か)いてください。
err-profile-birth-date-future = 「{ profile-field }」（{ $date }）が、まだ来(き)ていない日になっています。
err-profile-birth-date-too-early = 「{ profile-field }」（{ $date }）が、1900年より前(まえ)になっています。
