# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
paper-field = { $field ->
    [nationality] 国籍・地域
    [family-name] 姓
    [given-name] 名
    [name] 氏名
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
    [loss-place-name] カードをなくした場所
    [loss-how] カードをなくした状況
    [loss-detail] 何があったかの詳細
    [reentered-on] 日本に戻った日
    [police-station] 警察署
    [country] 届け出た国
    [acceptance-number] 受理番号
    [late-detail] 遅れた理由についての、あなた自身の言葉での説明
    [late-illness-place] 病院
    [late-illness-from] 病気・入院の最初の日
    [late-illness-until] 病気・入院の最後の日
    [late-abroad-place] 滞在していた国
    [late-abroad-from] 海外にいた最初の日
    [late-abroad-until] 海外にいた最後の日
    [late-disaster] 災害
    [passport-detail] 旅券（パスポート）についての、あなた自身の言葉での説明
    [birth-date] 生年月日
    [activity-permit] 資格外活動許可
    [learned-on] 紛失などを知った日
    [loss-date] カードをなくした日
    [reported-on] 警察に届け出た日
   *[other] { $field }
}

err-paper-missing-glyph = 「{ paper-field }」に、書類に印刷できない文字「{ $character }」（{ $codepoint }）が含まれています。その文字を消すか、別の書き方にしてください。
err-paper-empty = 「{ paper-field }」を入力してください。
err-paper-does-not-fit = 「{ paper-field }」が長すぎて、書類に収まりません。短くしてください。
err-paper-too-long = 「{ paper-field }」は{ $len }文字あります。書類に入るのは最大{ $max }文字です。
err-paper-control-character = 「{ paper-field }」に改行などの見えない文字が含まれています。1行で書いてください。
err-paper-not-this-procedure = この書類は、紛失・盗難・滅失したカードのためのものです。カードの損傷、交換、見つかった古いカードの場合は、別の書類を使います。
err-paper-missing-loss-statement = カードをなくした日時、場所、状況を入力してください。陳述書に必要です。
err-paper-missing-police-report = 先に、手続きの画面で警察への届出（警察署、届け出た日、受理番号。または、受理されなかったこと）を入力してください。
err-paper-card-found-again = カードが見つかったので、書類は必要ありません。
err-paper-does-not-fit-case = 「{ paper-field }」が、カードに起きたことと合っていません。選び直してください。
err-paper-missing-relative = 委任状には、あなたの代わりに行く親族の情報が必要です。人の情報を開き、「取次者」にチェックを入れて、その親族の氏名、あなたとの関係、住所、電話番号を入力してください。

paper-advice-abroad-reentry = 「気づいた後、海外にいた」を選びました。海外にいるときに紛失に気づいた場合は、14日間は日本に戻った日の翌日から数えます。手続きの画面で、日本に戻った日を入力してください。期限に遅れていないかもしれません。
paper-advice-kanji-name = 申請書には、漢字の氏名を書く欄がありません。カードに漢字の氏名を表記してほしい場合は、別の申出書（在留カード漢字氏名表記申出書）を窓口に提出してください。
paper-advice-card-number-blank = 申請書の在留カード番号の欄は空欄になっています。番号がわかったら書き込んでください（住民票を取るときに頼めば、番号を記載してもらえます）。通常は窓口で番号を調べてもらえます（未確認）。番号がわかるものがあれば持って行ってください。
paper-advice-relative-block = あなたの代わりに行く親族は、申請書の取次者の欄に記入します。人の情報を開いて、取次者の欄にその親族を、あなたとの関係とあわせて入力してください。
err-paper-missing-late-reasons = 申請の期限が過ぎています。申請が遅れた理由を選んでください。理由書に記載されます。申請は今からでもできます。
err-paper-missing-passport-reasons = 旅券（パスポート）を見せられない理由を選んでください。理由書に記載されます。
err-paper-inconsistent = 「{ paper-field }」が、プロフィールと今回の手続きの情報とで違っています。両方を確認してください。
err-paper-impossible-date = 「{ paper-field }」の日付が正しくないようです。日付を確認してください。
err-paper-pdf = 書類を作成できませんでした（{ $detail }）。アプリの不具合です。お手数ですが、報告してください。
