# The papers screen: what will be printed, the answers the statement and the letter are made from,
# making the PDF, and how to print it.
# Japanese: official document names are written as they are, without a translation.

ui-papers-button = 書類を作成する（PDF）
ui-papers-title = 申請書類
ui-papers-lead = このアプリが、あなたの回答をもとに日本語の書類に記入します。書類を印刷して署名し、出入国在留管理局に持って行ってください。
ui-papers-pages = PDFに入る書類
ui-papers-page-application-form = 在留カード再交付申請書：窓口に提出する申請書です。
ui-papers-page-loss-statement = 陳述書：何があったか、いつ気づいたか、警察への届出について書いたものです。
ui-papers-page-reason-letter = 理由書：申請が遅れた理由や、旅券（パスポート）を提示できない理由を書いたものです。
ui-papers-page-letter-of-authority = 委任状：同居している親族に、あなたの代わりに申請してもらうための書類です。
ui-papers-page-summary = まとめ（1ページ、日本語と英語）：申請期限、行く場所、持ち物。
ui-papers-person = 対象者
ui-papers-person-missing = 先に、書類の対象者を追加してください。
ui-papers-choose-person = 対象者を選ぶ・追加する
ui-papers-statement-title = 何があったか（陳述書用）
ui-papers-statement-lead = 回答を選んでください。アプリがそれをもとに日本語の文章を作ります。
ui-papers-loss-date = 起きたおおよその日（わからない場合は、最後にカードを持っていた日）
ui-papers-time-of-day = だいたいの時間帯
ui-papers-place-kind = 場所
ui-papers-place-name = 場所の名前（わかる場合。例：新宿駅）
ui-papers-how = 状況
ui-papers-statement-detail = 短い補足（日本語またはローマ字、任意）。例：どのような事故だったか
ui-papers-advice-title = 印刷する前に知っておくこと
ui-papers-late-title = 申請が遅れた理由（理由書用）
ui-papers-late-lead = 期限は過ぎていますが、今からでも申請できます。理由を選ぶと、理由書で説明します。
ui-papers-passport-title = 旅券（パスポート）を提示できない理由（理由書用）
ui-papers-detail = 短い補足（日本語またはローマ字、任意）
ui-papers-save-answers = 回答を保存する
ui-papers-ready = 印刷の準備がすべてできました。
ui-papers-not-ready = 書類を作成する前に必要なこと：
ui-papers-preview = 印刷される内容
ui-papers-make = PDFを作成する
ui-papers-open = PDFを開く
ui-papers-print-title = 印刷のしかた
ui-papers-print-home = 自宅で：PDFを開き、A4の用紙に、実際のサイズ（100 %。「ページに合わせる」にはしない）で、白黒で印刷してください。
ui-papers-print-store = コンビニで：PDFを店のネットプリントサービスに登録し（例：セブン-イレブンのnetprint、ファミリーマートとローソンのネットワークプリント）、表示された番号を控えて、店のコピー機でA4に印刷してください。
ui-papers-print-after = そのあと、申請書・陳述書・理由書に手書きで署名し、日付を書いてください。申請書には写真を貼ってください：縦4 cm×横3 cm、6か月以内に撮影したもの。

ui-choice-time-of-day-morning = 朝
ui-choice-time-of-day-daytime = 昼間
ui-choice-time-of-day-evening = 夕方
ui-choice-time-of-day-night = 夜
ui-choice-time-of-day-late_night = 深夜
ui-choice-time-of-day-unknown = わからない
ui-choice-place-kind-train_or_station = 電車の中または駅
ui-choice-place-kind-street = 路上
ui-choice-place-kind-shop = 店・飲食店
ui-choice-place-kind-home = 自宅
ui-choice-place-kind-workplace = 職場・学校
ui-choice-place-kind-taxi_or_bus = タクシー・バスの中
ui-choice-place-kind-public_place = 公園などの公共の場所
ui-choice-place-kind-unknown = わからない
ui-choice-how-dropped_or_missing = 落とした、またはなくした
ui-choice-how-bag_stolen = カードが入ったかばんや財布を盗まれた
ui-choice-how-pickpocketed = すりにあった
ui-choice-how-stolen_other = ほかの方法で盗まれた（車の中や家からなど）
ui-choice-how-accident_pieces_kept = 事故で壊れた（破片は手元にある）
ui-choice-how-accident_nothing_left = 事故でなくなり、何も残っていない
ui-choice-how-left_behind = どこかに置き忘れた
ui-choice-how-unknown = わからない
ui-choice-late-illness = 病気だった、または入院していた
ui-choice-late-disaster = 災害
ui-choice-late-did_not_know_rule = 14日以内に申請するきまりを知らなかった
ui-choice-late-waited_for_police_or_card = 警察からの連絡や、カードが見つかるのを待っていた
ui-choice-late-abroad = 気づいた後、海外にいた（海外にいるときに気づいた場合は、これを選ばずに、手続きの画面で日本に戻った日を入力してください）
ui-choice-late-work_or_family_emergency = 仕事や家族の急な事情
ui-choice-late-other = その他の理由（補足に書いてください）
ui-choice-passport-lost_too = カードと一緒になくした
ui-choice-passport-at_embassy_for_renewal = 更新のため大使館に預けている
ui-choice-passport-stolen_too = カードと一緒に盗まれた
ui-choice-passport-other = その他の理由（補足に書いてください）

ui-papers-made = PDFを保存しました：{ $path }（{ $size } KB）

# $max = the longest detail accepted.
err-paper-loss-after-learned = 起きた日を、カードがないことに気づいた日より後にすることはできません。
