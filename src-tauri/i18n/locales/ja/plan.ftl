# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = 今すぐマイナンバー総合フリーダイヤルに電話して、カードのマイナンバー機能を止めてください：{ $hotline }（24時間・毎日）。外国語での案内は{ $hotline_foreign }です。
plan-step-police-lost = どこの交番または警察署でもよいので、紛失を届け出てください（遺失届）。そのときに伝えられる受理番号を必ず書き留めてください。
plan-step-police-stolen = どこの交番または警察署でもよいので、盗難を届け出てください（盗難届）。そのときに伝えられる受理番号を必ず書き留めてください。
plan-step-disaster-certificate = 消防署または市区町村役場で罹災証明書をもらってください。この場合、警察に届け出る必要はありません。
plan-step-police-lost-at-home = 交番または警察署で、遺失届を出したいと伝えてください。家の中でなくしたカードの場合、警察が届出を受理しないことがあります。受理された場合は、受理番号を書き留めてください。受理されなかった場合は、どこで、いつ頼んだかを書き留めてください。その場合、アプリは受理番号なしで陳述書を作成します。出入国在留管理局で、そのことを説明してください。
plan-step-police-abroad = 今いる国の警察に紛失または盗難を届け出て、届出の書類かその番号を保管してください。海外からは申請できません。
plan-step-return-to-japan = 旅券（パスポート）を持って、出国したときの再入国の許可で日本に戻ってください。空港では、入国審査官に、海外で在留カードをなくしたことを伝えてください。航空会社からカードの提示を求められることがあります。再入国許可期限証明書についての説明を見てください。そのあと、日本に戻った日をここに入力してください。
plan-step-tell-police-found = カードが見つかったことを、警察（届け出た交番または警察署）に伝えてください。そうすれば、届出を取り下げることができます。届け出ていなかった場合は、ほかにすることはありません。
plan-step-lift-my-number-suspension = カードのマイナンバー機能を止めた場合は、マイナンバー総合フリーダイヤルに電話して、再開してもらってください：{ $hotline }（24時間・毎日）。外国語での案内は{ $hotline_foreign }です。
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request) or agent (a registered agent files).
plan-step-apply-immigration = { $applicant ->
    [relative] カードの持ち主と同居している16歳以上の親族が、代理人として、住所地を管轄する出入国在留管理局で本人の代わりに申請します。
    [agent] 申請取次者が、住所地を管轄する出入国在留管理局で申請します。
   *[holder] 住所地を管轄する出入国在留管理局で、本人が新しいカードを申請してください。
}新しいカードは通常、その日のうちに交付されます。
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] カードの持ち主と同居している16歳以上の親族が、代理人として、住所地を管轄する出入国在留管理局で、傷んだカードを持って本人の代わりに申請します。
    [agent] 申請取次者が、傷んだカードを持って、住所地を管轄する出入国在留管理局で申請します。
   *[holder] 傷んだカードを持って、住所地を管轄する出入国在留管理局で新しいカードを申請してください。
}申請書は、汚損・毀損用のもの（毀損や汚損による在留カード再交付申請書）を使います。
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] カードの持ち主と同居している16歳以上の親族が、代理人として、住所地を管轄する出入国在留管理局で交換を申請します。
    [agent] 申請取次者が、住所地を管轄する出入国在留管理局で交換を申請します。
   *[holder] 住所地を管轄する出入国在留管理局で、交換を申請してください。
}今のカードを持って行ってください。
plan-step-apply-city-office = { $applicant ->
    [relative] カードの持ち主と同居している16歳以上の親族が、代理人として、本人が住む市区町村の役場で本人の代わりに申請します。
    [agent] 申請取次者が、お住まいの市区町村役場で申請します。
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
plan-doc-loss-statement-not-accepted = 紛失・盗難に係る陳述書（警察に届出を受理してもらえなかったことを書いたもの）。このアプリで記入できます。窓口でも説明してください。
plan-doc-accident-statement = カードがどのようにしてなくなったかを説明する陳述書。このアプリで記入できます。
plan-doc-card-pieces = カードの残っている部分（ある場合）。その場合、窓口で損傷したカードとして扱われることがあります。
plan-doc-police-report-abroad = 海外の警察に届け出たときの書類、またはその番号（ある場合）。
plan-doc-police-certificate = 警察の届出証明書（遺失届出証明書または盗難届出証明書）：窓口で求められた場合だけ必要です。
plan-doc-disaster-certificate = 罹災証明書。
plan-doc-passport = 旅券（パスポート）または在留資格証明書（窓口で見せます）。
plan-doc-passport-reason-letter = 旅券を見せられない理由を書いた短い文書（理由書）と、ほかの身分証明書。
plan-doc-activity-permit = 資格外活動許可書（窓口で見せます）。
plan-doc-late-reason-letter = 期限後に申請する理由を書いた短い文書（理由書、書式自由）。
plan-doc-damaged-card = 傷んだカードそのもの。
plan-doc-old-card = 見つかった古いカード。
# $applicant: child (the relative applies for a child under 16) or adult (for an adult holder).
plan-doc-representative-id = { $applicant ->
    [child] 子どもの代わりに申請する親族の身分証明書と、親族であることおよび同居していることがわかる書類（例：住民票）。
   *[adult] あなたの代わりに申請する親族の身分証明書と、あなたと親族であることおよび同居していることがわかる書類（例：住民票）。
}
plan-doc-medical-certificate = 本人が窓口に来られないことがわかる書類（診断書など）。
plan-doc-letter-of-authority = あなたが署名する委任状（代わりに行く親族の名前を書いたもの）。このアプリで記入できます。

## Fee

plan-fee-free = 手数料はかかりません。紛失、盗難、滅失、損傷による再交付は無料です。
# $yen = the fee.
plan-fee-exchange = 本人の希望による交換の手数料は{ $yen }円です。
plan-fee-warning = 紛失後の新しいカードについて、出入国在留管理局は手数料を取りません。書類の作成や提出を代わりに行って報酬を受け取ることができるのは、資格のある弁護士と行政書士だけです。それ以外の人が「手続きを代わりにする」と言ってお金を求めてきたら、注意してください。

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = 在留カードをなくすこと自体は違反ではありません。法律では期限内の申請が求められており、期限内に申請しないと、{ $years }年以下の拘禁刑または{ $yen }円以下の罰金となる場合があります。遅れても申請することが大切です。
# $yen = the maximum non-criminal fine.
plan-penalty-child = 在留カードをなくすこと自体は違反ではありません。16歳未満の子どもの場合、代わりに申請すべき親族が申請しないと、{ $yen }円以下の過料（刑罰ではない行政上の罰）となる場合があります。遅れても申請することが大切です。

## Notes

plan-note-counter-hours = 出入国在留管理局の窓口は、通常、平日の9:00～12:00と13:00～16:00に開いています。行く前に、その窓口の受付時間を確認してください。
plan-note-city-office-weeks = 新しい証明書はその日には交付されません。通常2～3週間かかります。
plan-note-city-office-documents = 必要な書類は市区町村役場に確認してください。この一覧は在留カードの決まりに基づいています。
plan-note-city-office-who-goes = ご本人が行けない場合は、代わりに誰が申請できるかを市区町村役場に確認してください。
plan-note-specified-card-unconfirmed = マイナンバーカードと一体化した在留カード（特定在留カード）をなくした場合の再交付方法は、まだ確認できていません。出入国在留管理局または市区町村役場に問い合わせてください。
plan-note-birth-date-unknown = カードの持ち主は16歳以上として案内しています。16歳未満の場合は、生年月日を入力してください。その場合は親族が代わりに申請し、写真は不要です。
# $birthday = the day the child turns 16.
plan-note-turns-16 = お子さんは{ $birthday }に16歳になります。その日からは本人が申請し、写真が必要です。
# $days = days to return it.
plan-note-old-card-if-found = 新しいカードを受け取った後に古いカードが見つかった場合、古いカードはもう使えません。見つけた日から{ $days }日以内に返納してください。

## Warnings, read before anything else

plan-warning-leaving-soon = 新しいカードを受け取らないまま日本を出国しないでください。在留カード（または再入国許可）を持たずに出国すると、在留資格がなくなります。旅行の前に申請してください。新しいカードは通常、その日のうちに交付されます。交付を待てない場合は、出国する前に、出入国在留管理局で再入国許可を申請してください。

## Why there is no deadline

plan-no-deadline = この場合、法律上の期限はありません。
plan-no-deadline-found-again = あなたのカードは今も有効です。新しいカードを申請する必要はありません。
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = { $days }日間の期限は、まだ始まっていません。日本に戻った日から始まります。海外からは、だれも申請できません。
# $days = days to apply after an order.
plan-no-deadline-damaged = 傷んだカードの再交付申請には期限がありません。都合のよいときに申請してください。出入国在留管理局から申請を命じられた場合は、命じられた日から{ $days }日以内に申請します。
plan-no-deadline-exchange = 交換の申請には期限がありません。

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = 新しいカードが交付される前に見つかったカードは、そのまま有効です。引き続き使ってください。古いカードが無効になるのは、すでに新しいカードが交付されていた場合だけです。その場合は、{ $days }日以内に返納しなければなりません。
plan-note-carry-passport = 新しいカードを受け取るまでは、旅券（パスポート）と、警察の受理番号のメモまたは写真を持ち歩いてください。在留カードは持ち歩くことになっているため、これが持っていない理由を示すものになります。
plan-note-accident = 事故でなくなったカードについては、警察への届出も証明書もありません。何があったかを書面で説明してください（このアプリが作成します）。カードの破片が残っている場合は、持って行ってください。
plan-note-lost-at-home = 家の中で、カードがありそうな場所をもう一度探してください。家の中でなくしたカードの場合、警察が遺失届を受理しないことがあります。受理されなかった場合は、そのことをここに記録して、それでも申請してください。陳述書にそのことが書かれます。
plan-note-reentry-certificate = チェックインのときに、航空会社から在留カードの提示を求められることがあります。日本にいる家族や代理人が、出入国在留管理局で再入国許可期限証明書を取得して、あなたに送ることができます。
plan-note-who-goes-ill = あなたの代わりに行く親族は、自分の身分証明書、あなたと親族であり同居していることがわかる書類、あなたが来られないことがわかる診断書を持って行きます。申請書の取次者の欄には、その親族が自分の氏名を書きます。
plan-note-who-goes-request = あなたの代わりに行く親族は、自分の身分証明書、あなたと親族であり同居していることがわかる書類、あなたが署名した委任状を持って行きます。委任状はこのアプリが記入します。人の情報の取次者の欄に、その親族を入力してください。
plan-note-who-goes-agent = 申請取次者が、あなたの代わりに申請し、カードを受け取ります。これについて報酬を請求できるのは、弁護士と行政書士だけです。
plan-note-travel = 海外へ行く予定がありますか？先に新しいカードを受け取ってください。在留カード（または再入国許可）を持たずに出国すると、在留資格がなくなります。
plan-note-passport-gone = 旅券（パスポート）については、あなたの国の大使館または領事館に連絡してください。新しい旅券を受け取るまでは、旅券を見せられない理由を書いた文書（このアプリが作成します）と、ほかの身分証明書を持って行ってください。
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = ほかのカードも一緒になくしましたか？マイナンバーカードの場合は、{ $hotline }（24時間・毎日。外国語は{ $hotline_foreign }）に電話し、市区町村役場にも伝えてください。銀行のカードやクレジットカードは、銀行やカード会社に電話してください。
plan-note-card-number-unknown = 在留カード番号がわかりませんか？申請書では空欄のままでもかまいません。市区町村役場で住民票を取るときに頼めば、番号を記載してもらえます。また、勤務先、学校、銀行がカードのコピーを持っているかもしれません。
plan-note-stay-ending = 新しいカードの有効期間の満了日は、古いカードと同じです。在留期間がもうすぐ終わる場合は、更新の申請もしてください。窓口で両方の手続きができます。
