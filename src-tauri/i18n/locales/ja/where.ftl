# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = 申請先の官署
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = あなたの住所は{ $prefecture }にあります。法律上、ここを管轄する出入国在留管理庁の官署は次のとおりです：
ui-office-choose = 住所のある都道府県を選んでください。法律でその都道府県を管轄すると定められている官署を、アプリが示します。
ui-office-prefecture = 住所のある都道府県
ui-office-prefecture-none = 選んでください…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name_ja }（{ $name }）
ui-office-covering = 法律上、あなたの都道府県を管轄する官署
ui-office-field-offices = あなたの都道府県にある出入国在留管理庁の出張所（現在の規則に名前があるもの）
ui-office-seat = 所在地：
ui-office-not-every-office = すべての官署で新しい在留カードの手続きができるわけではありません。空港や港だけで業務をしている出張所もあり、どの官署が受け付けるかは法律に書かれていません。
ui-office-check-before-going = 行く前に、出入国在留管理庁の官署の一覧で、その官署の住所、受付時間、新しいカードの手続きを受け付けているかを確認してください：「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = 窓口に行く日
office-day-same-day = 新しいカードは通常、その日のうちに窓口で交付されます。
office-day-city-office-later = 新しい証明書は、その日のうちには交付されません。いつ受け取りに来ればよいかは、市区町村役場から案内があります。
office-day-specified-longer = マイナンバーカードと一体化したカードは、その日のうちに用意できないことがあります。約10日かかったという報告があります（未確認）。どのくらいかかるかを、出入国在留管理局に確認してください。
office-day-hours = 窓口が開いているのは平日だけで、通常は9:00～12:00と13:00～16:00です。これと異なる官署もあります。行く前に、その官署の受付時間を確認してください。
office-day-early = 早い時間に行ってください。順番を待つことがあります。
office-day-city-hours = 市区町村役場の窓口は平日に開いています。行く前に、証明書の手続きを扱う窓口の受付時間を確認してください。
office-day-bring = 持ち物の一覧にあるものを、すべて持って行ってください。あなたの代わりに行く人は、自分の身分証明書も持って行きます。
office-day-free = 紛失、盗難、滅失、損傷による新しいカードの交付に、手数料はかかりません。
# $yen = the fee.
office-day-fee-exchange = 本人の希望による交換の手数料は{ $yen }円です。

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = 新しいカードを受け取るまでの被害の防ぎ方
ui-protect-lead = 終わったものにチェックを入れてください。チェックはこの端末の中だけに保存されます。
protect-bank-cards = キャッシュカードやクレジットカードも一緒になくした場合は、銀行やカード会社に電話して、カードを止めてもらってください。新しい在留カードを受け取るまでの間、何が必要かを、利用している銀行に聞いてください。
protect-phone-company = 携帯電話会社に、在留カードをなくしたことを伝えてください。拾った人が、あなたの名前で契約をしようとするおそれがあります。
protect-phone-company-stolen = 携帯電話会社に、在留カードが盗まれたことを伝えてください。盗まれた在留カードが、他人の名前で携帯電話の契約をするために使われていたことを、警察が報告しています。
protect-employer-or-school = 勤務先や学校に伝えてください。通常、勤務先や学校はあなたのカードのコピーを持っています。カードの番号がわからない場合も、そのコピーで番号がわかります。
protect-other-id = マイナンバーカードや運転免許証も一緒になくした場合は、同じ警察への届出の中で、それらのことも届け出てください。マイナンバーカードについては、専用の電話窓口にも電話してください（「知っておくこと」を見てください）。
protect-if-misused = だれかがあなたのカードを使った場合（身に覚えのない携帯電話の契約、借入れ、請求）は、警察に知らせてください。届出の受理番号があれば、それも伝えてください。
protect-if-misused-stolen = 盗まれたカードは悪用されることがあります。身に覚えのない契約、借入れ、請求に気づいたら、すぐに、届出の受理番号を伝えて警察に知らせてください。
protect-after-the-new-card = 新しいカードが交付されると、古いカードは無効として記録されます。出入国在留管理庁のカード番号の照会ページでその番号を調べれば、だれでもそのことがわかります（報道によると、このページには2026年1月から、海外から接続できない状態が続いています）。そのあと、銀行、携帯電話会社、勤務先に新しいカードを提示して、登録内容を更新してもらってください。

## Myths and facts

ui-myths-button = よくある誤解と事実
ui-myths-title = よくある誤解と事実
ui-myths-lead = インターネットでよく言われていることと、法律や出入国在留管理庁のページに書かれていること。
ui-myth-said = よく言われること：
ui-myth-fact = 実際は：
myth-fee-said = 紛失後の新しいカードには、お金がかかる。
# $yen = the fee (0).
myth-fee-fact = 紛失、盗難、滅失の後は無料です（{ $yen }円）。インターネットに書かれている手数料は、在留期間の更新など、ほかの手続きのものです。
myth-police-certificate-said = 警察の届出証明書が必要だ。
myth-police-certificate-fact = 2025年3月3日から、窓口では、警察の受理番号を書いた陳述書が求められています。陳述書はこのアプリで記入できます。ただし、証明書も求められることがあります。
myth-fourteen-days-said = 14日間は、カードをなくした日から数える。
myth-fourteen-days-fact = 紛失を知った日の翌日から数えます。海外で知った場合は、日本に戻った日の翌日から数えます。
myth-photo-said = 写真は3か月以内に撮影したものでなければならない。
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = { $months }か月以内に撮影したものが必要です（以前の決まりは3か月でした）。{ $age }歳未満の人は、写真は必要ありません。
myth-embassy-said = 大使館で新しいカードをもらえる、または大使館が代わりに申請してくれる。
myth-embassy-fact = どの大使館もできません。申請は日本国内で、出入国在留管理局（特別永住者の場合は市区町村役場）の窓口に直接行って行います。申請するのは、本人か、代わりに行くことが認められている人です。
myth-anyone-can-charge-said = だれでも、お金を取って申請を代わりにすることができる。
myth-anyone-can-charge-fact = 書類の作成や提出を代わりに行って報酬を受け取ることができるのは、弁護士または資格のある行政書士だけです。それ以外の人が「手続きを代わりにする」と言ってお金を求めてくるのは、注意すべきサインです。
