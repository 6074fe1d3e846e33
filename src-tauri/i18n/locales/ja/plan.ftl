# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = 今すぐマイナンバー総合フリーダイヤルに電話して、カードのマイナンバー機能を止めてください：{ $hotline }（24時間・毎日）。外国語での案内は{ $hotline_foreign }です。
plan-step-police-lost = どこの交番または警察署でもよいので、紛失を届け出てください（遺失届）。そのときに伝えられる受理番号を必ず書き留めてください。
plan-step-police-stolen = どこの交番または警察署でもよいので、盗難を届け出てください（盗難届）。そのときに伝えられる受理番号を必ず書き留めてください。
plan-step-disaster-certificate = 消防署または市区町村役場で罹災証明書をもらってください。この場合、警察に届け出る必要はありません。
# $applicant: holder (the card holder goes) or representative (a relative aged 16+ goes for a child under 16).
plan-step-apply-immigration = { $applicant ->
    [representative] 子どもと同居している16歳以上の親族が、代理人として、住所地を管轄する出入国在留管理局で子どもの代わりに申請します。
   *[holder] 住所地を管轄する出入国在留管理局で、本人が新しいカードを申請してください。
}新しいカードは通常、その日のうちに交付されます。
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] 子どもと同居している16歳以上の親族が、代理人として、住所地を管轄する出入国在留管理局で、傷んだカードを持って子どもの代わりに申請します。
   *[holder] 傷んだカードを持って、住所地を管轄する出入国在留管理局で新しいカードを申請してください。
}申請書は、汚損・毀損用のもの（毀損や汚損による在留カード再交付申請書）を使います。
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] 子どもと同居している16歳以上の親族が、代理人として、住所地を管轄する出入国在留管理局で交換を申請します。
   *[holder] 住所地を管轄する出入国在留管理局で、交換を申請してください。
}今のカードを持って行ってください。
plan-step-apply-city-office = { $applicant ->
    [representative] 子どもと同居している16歳以上の親族が、代理人として、お住まいの市区町村役場で子どもの代わりに申請します。
   *[holder] お住まいの市区町村役場で申請してください（出入国在留管理局ではありません）。
}
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = 古いカードを返納してください。どこの出入国在留管理局でも返納できます。郵送の場合は「{ $postcode } { $address } { $office }」あてに送ってください。封筒に「{ $envelope }」と書いてください。
plan-step-return-old-card-city-office = 古い証明書（特別永住者証明書）を返納してください。返納のしかたは、お住まいの市区町村役場に確認してください。

## Documents

plan-doc-application-form = 在留カード再交付申請書（A4）。このアプリで記入できます。窓口にも用紙があります。
plan-doc-application-form-damaged = カードが傷んだり汚れたりした場合の申請書（毀損や汚損による在留カード再交付申請書、A4）。窓口に用紙があります。
# $height_mm, $width_mm, $months.
plan-doc-photo = 写真1枚（縦{ $height_mm }mm×横{ $width_mm }mm、{ $months }か月以内に撮影したもの）：本人だけが写り、正面を向き、帽子をかぶらず、背景がなく、影のないもの。裏に名前を書いてください。
plan-doc-loss-statement = 紛失・盗難に係る陳述書（警察の受理番号を書いたもの）。このアプリで記入できます。
plan-doc-police-certificate = 警察の届出証明書（遺失届出証明書または盗難届出証明書）：窓口で求められた場合だけ必要です。
plan-doc-disaster-certificate = 罹災証明書。
plan-doc-passport = 旅券（パスポート）または在留資格証明書（窓口で見せます）。
plan-doc-passport-reason-letter = 旅券を見せられない理由を書いた短い文書（理由書）と、ほかの身分証明書。
plan-doc-activity-permit = 資格外活動許可書（窓口で見せます）。
plan-doc-late-reason-letter = 期限後に申請する理由を書いた短い文書（理由書、書式自由）。
plan-doc-damaged-card = 傷んだカードそのもの。
plan-doc-old-card = 見つかった古いカード。
plan-doc-representative-id = 子どもの代わりに申請する親族の身分証明書と、親族であることおよび同居していることがわかる書類。

## Fee

plan-fee-free = 手数料はかかりません。紛失、盗難、滅失、損傷による再交付は無料です。
# $yen = the fee.
plan-fee-exchange = 本人の希望による交換の手数料は{ $yen }円です。
plan-fee-warning = 紛失後の再交付を「代わりに手続きする」と言ってお金を求める人がいたら、注意してください。それは危険なサインです。

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = 在留カードをなくすこと自体は違反ではありません。法律では期限内の申請が求められており、期限内に申請しないと、{ $years }年以下の拘禁刑または{ $yen }円以下の罰金となる場合があります。遅れても申請することが大切です。
# $yen = the maximum non-criminal fine.
plan-penalty-child = 在留カードをなくすこと自体は違反ではありません。16歳未満の子どもの場合、代わりに申請すべき親族が申請しないと、{ $yen }円以下の過料（刑罰ではない行政上の罰）となる場合があります。遅れても申請することが大切です。

## Notes

# $days = days to apply after an order.
plan-note-damaged-no-deadline = 傷んだカードの再交付申請には期限がありません。都合のよいときに申請してください。出入国在留管理局から申請を命じられた場合は、命じられた日から{ $days }日以内に申請します。
plan-note-exchange-no-deadline = 交換の申請には期限がありません。
plan-note-counter-hours = 出入国在留管理局の窓口は、通常、平日の9:00～12:00と13:00～16:00に開いています。行く前に、その窓口の受付時間を確認してください。
plan-note-city-office-two-weeks = 新しい証明書はその日には交付されません。通常2週間ほどかかります。
plan-note-city-office-documents = 必要な書類は市区町村役場に確認してください。この一覧は在留カードの決まりに基づいています。
plan-note-specified-card-unconfirmed = マイナンバーカードと一体化した在留カード（特定在留カード）をなくした場合の再交付方法は、まだ確認できていません。出入国在留管理局または市区町村役場に問い合わせてください。
plan-note-birth-date-unknown = カードの持ち主は16歳以上として案内しています。16歳未満の場合は、生年月日を入力してください。その場合は親族が代わりに申請し、写真は不要です。
# $birthday = the day the child turns 16.
plan-note-turns-16 = お子さんは{ $birthday }に16歳になります。その日からは本人が申請し、写真が必要です。
# $days = days to return it.
plan-note-old-card-if-found = 新しいカードを受け取った後に古いカードが見つかった場合、古いカードはもう使えません。見つけた日から{ $days }日以内に返納してください。
