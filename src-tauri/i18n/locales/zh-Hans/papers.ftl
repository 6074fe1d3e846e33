# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
paper-field = { $field ->
    [nationality] 国籍或地区
    [family-name] 姓
    [given-name] 名
    [name] 姓名
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
    [loss-place-name] 卡片遗失的地点
    [loss-how] 卡片遗失的方式
    [loss-detail] 关于经过的详细说明
    [reentered-on] 回到日本的日期
    [police-station] 警察署
    [country] 报案所在的国家
    [acceptance-number] 受理编号（受理番号）
    [late-detail] 您用自己的话写的关于迟延的说明
    [late-illness-place] 医院
    [late-illness-from] 生病或住院的第一天
    [late-illness-until] 生病或住院的最后一天
    [late-abroad-place] 您当时所在的国家
    [late-abroad-from] 在国外的第一天
    [late-abroad-until] 在国外的最后一天
    [late-disaster] 灾害
    [passport-detail] 您用自己的话写的关于护照的说明
    [birth-date] 出生日期
    [activity-permit] 资格外活动许可
    [learned-on] 得知遗失等情况的日期
    [loss-date] 遗失的日期
    [reported-on] 向警察申报的日期
   *[other] { $field }
}

err-paper-missing-glyph = “{ paper-field }”中含有无法打印在文件上的字符“{ $character }”（{ $codepoint }）。请删除该字符，或换一种写法。
err-paper-empty = 请填写“{ paper-field }”。
err-paper-does-not-fit = “{ paper-field }”太长，文件上放不下。请缩短。
err-paper-too-long = “{ paper-field }”有{ $len }个字符；文件上最多只能容纳{ $max }个字符。
err-paper-control-character = “{ paper-field }”中含有换行符或其他不可见字符。请写在一行内。
err-paper-not-this-procedure = 这些文件适用于遗失、被盗或灭失的卡。卡片损坏、换卡或找到旧卡的情况需要使用其他文件。
err-paper-missing-loss-statement = 请回答卡是在何时、何地、如何遗失的：陈述书（陳述書）需要这些信息。
err-paper-missing-police-report = 请先在手续页面输入向警察申报的信息：警察署、日期和受理编号（受理番号）（或者警察没有受理申报）。
err-paper-card-found-again = 您的卡已经找到了，所以不需要任何材料。
err-paper-does-not-fit-case = “{ paper-field }”与卡的实际情况不符。请重新选择。
err-paper-missing-relative = 委托书需要写明替您前往的亲属：请打开人员信息，勾选申请代办人（取次者）一项，并填写其姓名、与您的关系、住址和电话号码。

paper-advice-abroad-reentry = 您选择了“发现之后我在国外”。如果您是在国外时发现卡丢失的，14天从您回到日本那一天的第二天起计算：请在手续页面填写您回到日本的日期，这样您可能根本没有逾期。
paper-advice-kanji-name = 申请书上没有填写汉字姓名的栏目。如果希望卡上印有汉字姓名，请在窗口另外提交申请表（在留カード漢字氏名表記申出書）。
paper-advice-card-number-blank = 申请书上的在留卡号码一栏是空的。如果您找到了号码，请填上（办理住民票时提出要求，住民票上可以显示该号码）。窗口通常可以查到号码（未确认）：请带上任何能显示号码的东西。
paper-advice-relative-block = 替您前往的亲属应写在申请书的申请代办人（取次者）栏中：请打开人员信息，在那里填写这位亲属及其与您的关系。
err-paper-missing-late-reasons = 截止日已经过了。请选择申请迟延的原因：它会写入理由书（理由書）。您仍然可以申请。
err-paper-missing-passport-reasons = 请选择无法出示护照的原因：它会写入理由书（理由書）。
err-paper-inconsistent = “{ paper-field }”在您的个人资料和本次办理信息中不一致。请检查这两处。
err-paper-impossible-date = “{ paper-field }”的日期有误。请检查日期。
err-paper-pdf = 无法生成文件（{ $detail }）。这是应用的错误，请向我们报告。
