# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Japanese has only the CLDR plural category "other".

## The new card, on the case's page once the application is made

ui-new-card-title = 新しいカード
ui-new-card-lead = 新しいカードを受け取ったら、カードに書かれている内容を入力してください（どれも任意です）。入力すると、カードの期限が切れる前にアプリがお知らせします。また、次に作る書類には新しい番号が使われます。
ui-new-card-picture = カードのどこに書かれているか（このアプリで描いた図で、実際のカードではありません）：
ui-new-card-number = ① 在留カード番号（右上）
ui-new-card-holding = カードの種類
ui-new-card-stay = ② 在留期間が終わる日：中ほどの「在留期間（満了日）」のあと、かっこの中の日付
ui-new-card-expires = ③ カードの有効期間が終わる日：いちばん下の「このカードは…まで有効です」の日付
ui-new-card-save = 新しいカードを保存する
ui-new-card-no-person = 先に、書類の画面でカードの持ち主の情報を追加してください。新しいカードは、その情報に記録されます。
ui-new-card-replaced = 以前の番号（この手続きに残しますが、新しい書類には使いません）
ui-card-holding-residence-card = 在留期間のある在留カード
ui-card-holding-permanent-resident = 永住者の在留カード（または高度専門職2号）
ui-card-holding-special-permanent = 特別永住者証明書
ui-renewals-title = これからの更新
ui-person-card = 今持っているカード（更新のお知らせ用）
ui-person-card-help = どれも任意です。入力すると、在留期間やカードの期限が切れる前にアプリがお知らせします。
err-app-new-card-not-yet = 新しいカードは、申請した後に記録できます。
err-app-new-card-no-person = 先に、カードの持ち主の情報を追加してください（書類の画面）。新しいカードは、その情報に記録されます。

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] { $opens }から、遅くとも{ $last }までに、出入国在留管理局で在留期間の更新を申請してください（6か月以上の在留期間の場合、申請は満了日のおおむね3か月前から受け付けられます）。
    [card] { $opens }から、遅くとも{ $last }までに、出入国在留管理局で在留カードの有効期間の更新を申請してください。
   *[spr] { $opens }から、遅くとも{ $last }までに、お住まいの市区町村役場で証明書の更新を申請してください。
}
ui-next-dates-title = カードを有効に保つために
ui-next-date-opens = { $renewal ->
    [stay] この日から、在留期間の更新を申請できます。
    [card] この日から、在留カードの更新を申請できます。
   *[spr] この日から、証明書の更新を申請できます。
}
ui-next-date-last-day = { $renewal ->
    [stay] 在留期間の更新を申請できる最終日です。
    [card] 在留カードの更新を申請できる最終日です。
   *[spr] 証明書の更新を申請できる最終日です。
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] 在留期間の満了日は{ $last }でした。その日までに更新を申請していれば、結果が出るまで在留できます（最長で、その日から2か月後まで）。申請していなかった場合は、すぐに出入国在留管理局に行って、事情を説明してください。
    [card] 在留カードの有効期限は{ $last }でした。期限内に更新しないと、罰せられることがあります。すぐに出入国在留管理局で更新して、遅れた理由を説明してください。
   *[spr] 証明書の有効期限は{ $last }でした。期限内に更新しないと、罰せられることがあります。すぐに、お住まいの市区町村役場で更新して、遅れた理由を説明してください。
}
ui-next-date-invite = この人のカードに書かれている日付を入力してください。在留期間やカードの期限が切れる前に、アプリがお知らせします。
ui-next-date-add = カードの日付を入力する

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] 在留期間の更新を申請できるようになりました
    [card] 在留カードの更新を申請できるようになりました
   *[spr] 特別永住者証明書の更新を申請できるようになりました
}
# $days = days left to the last day.
rem-renew-before-title = { $days ->
   *[other] 残り{ $days }日
}：{ $renewal ->
    [stay] 在留期間の更新を申請してください
    [card] 在留カードを更新してください
   *[spr] 証明書を更新してください
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] { $last }までに、住所地を管轄する出入国在留管理局で、在留期間の更新を申請してください。旅券（パスポート）、在留カード、写真1枚と、あなたの在留資格で求められる書類を持って行ってください。
    [card] { $last }までに、住所地を管轄する出入国在留管理局で、在留カードの有効期間の更新を申請してください。カード、旅券（パスポート）、写真1枚を持って行ってください。手数料はかかりません。
   *[spr] { $last }までに、お住まいの市区町村役場で、特別永住者証明書の更新を申請してください。証明書、旅券（パスポート。持っている場合）、写真1枚を持って行ってください。
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] 在留期間の更新申請の最終日
    [card] 在留カードの更新の最終日
   *[spr] 証明書の更新の最終日
}
