# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
profile-field = { $field ->
    [nationality] 国籍或地区
    [birth-date] 出生日期
    [family-name] 姓
    [given-name] 名
    [kanji-name] 汉字姓名
    [address] 在日本的住址（住居地）
    [card-number] 在留卡号码
    [phone] 电话号码
    [representative-name] 法定代理人的姓名
    [representative-relationship] 法定代理人与您的关系
    [representative-address] 法定代理人的住址
    [representative-phone] 法定代理人的电话号码
    [agent-name] 申请代办人（取次者）的姓名
    [agent-address] 申请代办人（取次者）的住址
    [agent-organisation] 申请代办人（取次者）的所属机构
    [agent-phone] 申请代办人（取次者）的电话号码
    [agent-birth-date] 替您前往的人的出生日期
   *[other] { $field }
}

err-profile-empty = 请填写“{ profile-field }”。
err-profile-too-long = “{ profile-field }”有{ $len }个字符；表格上最多只能容纳{ $max }个字符。
err-profile-bad-character = “{ profile-field }”中含有不能使用的字符“{ $character }”。
err-profile-not-passport-letter = “{ profile-field }”中含有“{ $character }”。请按照护照机读区（照片页底部的两行）的写法填写姓名：只能使用字母 A–Z，不带重音符号。
err-profile-name-separator = “{ profile-field }”的开头或结尾有空格、连字符或撇号，或者有两个连在一起。
err-profile-card-number = “{ $value }”不是在留卡号码。在留卡号码共12个字符：2个字母、8个数字、2个字母，例如 AB12345678CD。
err-profile-phone = “{ profile-field }”看起来不像电话号码（应为6至15位数字）。
err-profile-birth-date-future = “{ profile-field }”（{ $date }）是将来的日期。
err-profile-birth-date-too-early = “{ profile-field }”（{ $date }）早于1900年。
