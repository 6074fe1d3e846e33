# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.
# Chinese: the form's Japanese labels follow in full-width parentheses.

ui-people-title = 为谁办理？
ui-people-lead = 材料会根据这些信息填写。请按照在留卡和护照上的写法填写。这些信息只保存在本设备上。
ui-people-add = 添加人员
ui-people-edit = 修改
ui-people-use = 用于此手续
ui-people-in-use = 已用于此手续
ui-people-none = 还没有添加任何人。
ui-person-title = 本人信息
ui-person-save = 保存
ui-person-delete = 删除此人
ui-person-delete-confirm = 要删除此人吗？此人的手续会保留，但不再关联任何人。
ui-person-nationality = 国籍或地区（国籍・地域）
ui-person-nationality-help = 按在留卡上的写法填写，例如 VIET NAM 或 ベトナム。
ui-person-birth-date = 出生日期（生年月日）
ui-person-family-name = 姓（Family name）
ui-person-given-name = 名（Given name）
ui-person-name-help = 请用大写字母 A–Z 填写，与护照照片页底部两行的写法相同。
ui-person-kanji-name = 汉字姓名（漢字氏名），仅在卡上印有汉字姓名时填写
ui-person-sex = 性别（性別）
ui-person-sex-male = 男
ui-person-sex-female = 女
ui-person-address = 在日本的住址（住居地）
ui-person-card-number = 在留卡号码（在留カード番号）
ui-person-card-number-help = 共12个字符：2个字母、8个数字、2个字母。如果不知道，请留空：在市区町村政府办理住民票时提出要求，住民票上可以显示该号码；您的工作单位或学校也可能有您的卡的复印件。
ui-person-activity-permit = 我持有资格外活动许可（資格外活動許可）
ui-person-phone = 电话号码（電話番号）
ui-person-representative = 由法定代理人填写，例如未满16岁孩子的父母
ui-person-agent = 由其他人提交（取次者）：律师或行政书士（行政書士）等代办人，或者替您前往的家人
ui-person-rep-name = 法定代理人的姓名（氏名）
ui-person-rep-relationship = 与申请人的关系（本人との関係），例如 父 / 父亲
ui-person-rep-address = 法定代理人的住址（住所）
ui-person-rep-phone = 法定代理人的电话号码（電話番号）
ui-person-agent-name = 此人的姓名（氏名）
ui-person-agent-organisation = 此人的所属机构；如果是家人，则填写与您的关系（所属機関等）
ui-person-agent-address = 此人的住址（住所）
ui-person-agent-phone = 此人的电话号码（電話番号）
ui-person-agent-birth-date = 此人的出生日期（生年月日）
ui-person-agent-birth-date-help = 家人应您的请求替您前往时，委托书（委任状）上需要写明。不会印在申请书上。
ui-person-saved = 已保存。材料将使用这些信息。

err-app-date-invalid = 请输入完整的日期（年、月、日）。
err-app-choice-invalid = 请从选项中选择一项。
