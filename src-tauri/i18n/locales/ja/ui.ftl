# The app's screens. Messages without variables are sent to the UI as they are.
# Japanese has only the CLDR plural category "other". Labels stay short (phone buttons).

ui-app-title = 在留カードヘルパー
ui-skip = 本文へスキップ
ui-language = 言語
ui-back = 戻る
ui-next = 次へ
ui-home = ホーム
ui-loading = 読み込み中…
ui-home-title = 在留カードをなくしましたか？
ui-home-lead = 心配しないでください。新しいカードの申請には14日間あります。このアプリが手順を一つずつ案内します。回答はこの端末の中だけに保存されます。
ui-start-case = はじめる（約1分）
ui-my-cases = あなたの手続き
ui-open-case = 開く
ui-today-title = 今日（日本時間）
ui-if-lost-title = 今日カードをなくした場合
ui-if-lost-lead = 新しいカードは、この日までに申請する必要があります

ui-triage-progress = 質問 { $number }/{ $total }
ui-triage-date-label = 日付
ui-triage-see-plan = 手順を見る

ui-case-title-lost = 在留カードの紛失
ui-case-title-stolen = 在留カードの盗難
ui-case-title-destroyed = 災害・火事によるカードの滅失
ui-case-title-destroyed-by-accident = 事故によるカードの滅失
ui-case-title-found-again = カードが見つかりました
ui-case-title-damaged = カードの損傷・汚れ
ui-case-title-exchange = カードの交換
ui-case-title-old-card = 古いカードの返納

ui-deadline-title = 申請期限
ui-legal-last-day = 法律上の最終日
ui-recommended-day = 遅くともこの日までに行ってください
ui-days-left = { $days ->
   *[other] 残り{ $days }日
}
ui-due-today = 今日が最終日です
ui-days-late = { $days ->
   *[other] 期限から{ $days }日過ぎています
}
ui-done-on = { $on }に完了
ui-next-step = 次にすること
ui-plan-title = あなたの手順
ui-checklist-title = 持ち物
ui-only-if-asked = 窓口で求められた場合のみ
ui-fee-title = 手数料
ui-penalty-title = 申請しない場合
ui-penalty-show = 期限に間に合わなかったらどうなりますか？
ui-notes-title = 知っておくこと
ui-source = 出典
# Shown before a date ("as of"): a label, so it reads well in either order.
ui-as-of = 確認日
ui-confidence-law = 法令または公式ページ
ui-confidence-secondary = 弁護士や大学が引用した公式ページ
ui-confidence-unconfirmed = 未確認

ui-police-card-button = 交番で見せる画面
ui-police-title = 警察官の方へ
ui-police-lead = この画面を警察官に見せてください。

ui-report-title = 警察への届出
ui-report-lead = 警察から伝えられた内容を記録してください。受理番号は申請の書類に記入します。
ui-report-kind = 届出の種類
ui-report-kind-loss = 遺失届
ui-report-kind-theft = 盗難届
ui-report-kind-disaster = 罹災証明書
ui-report-kind-abroad = 海外の警察への届出
ui-report-where = どこに届け出ましたか？
ui-report-country = 国
ui-report-police-abroad = 警察（書類に書かれている警察署や機関の名前）
ui-report-number-abroad = 届出の番号（書類に番号がある場合）
ui-report-not-reported = 警察に届け出ていない（これからも届け出ない）
ui-report-not-reported-help = 家の中でなくしたカードの場合や、海外でなくして現地で届け出なかった場合に選べます。陳述書には、届出をしなかったことと、その理由が書かれます。窓口でも説明してください。
ui-report-station = 警察署・交番
ui-report-date = 届出日
ui-report-number = 受理番号
ui-report-not-accepted = 警察に届出を受理してもらえなかった
ui-report-not-accepted-help = 警察が届出を受け付けなかった場合（家の中でなくしたカードの場合など）は、ここにチェックを入れてください。どこで、いつ頼んだかを入力してください。陳述書にそのことが書かれます。
ui-report-save = 保存する
ui-saved = 保存しました。

ui-applied-button = 申請しました
ui-found-button = カードが見つかった
ui-found-undo = やはり見つかっていない？元に戻す
ui-reentry-title = 日本に戻りましたか？
ui-reentry-offer = 海外で紛失に気づきましたか？
ui-reentry-lead = 日本に戻った日を入力してください。14日間は、その翌日から数えます。
ui-reentry-date = 日本に戻った日
ui-reentry-save = この日を保存する
ui-return-by-title = 日本に戻らなければならない最終日
ui-return-by-lead = わかる場合は、再入国の許可の最終日を入力してください。みなし再入国許可の場合は、出国した日から1年後、または在留期間が終わる日の、どちらか早い日です（特別永住者は、出国した日から2年後）。再入国許可の場合は、旅券（パスポート）に記載されている日付です。その日の30日前、7日前、1日前にお知らせします。
ui-return-by-date = 再入国の許可の最終日
ui-return-by-save = 保存する
ui-leaving-title = もうすぐ海外に行きますか？
ui-leaving-lead = 新しいカードを受け取る前に出国すると、在留資格がなくなることがあります。旅行の予定がある場合は教えてください。手順のいちばん上に注意が表示されます。
ui-leaving-set = もうすぐ出国する予定がある
ui-leaving-unset = もうすぐ出国する予定はなくなった
ui-delete-case = この手続きを削除
ui-delete-confirm = この手続きと、その中の内容をすべて削除しますか？元に戻すことはできません。

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = 開く
ui-file-share = 共有・印刷
ui-open-done = ほかのアプリでファイルを開きました。
ui-share-done = 共有しました。
ui-share-cancelled = 共有しませんでした（共有の画面が閉じられました）。
ui-share-shown = 共有の画面を開きました。送り先を選ぶか、印刷してください。
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = ダウンロード › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = ファイル › このiPhone内 › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = { $from }の翌日からの14日間（{ $from }当日は数えません）。最終日は{ $last }です。
ui-cal-month = { $year }年{ $month }
ui-cal-day-n = 14日のうち{ $n }日目
ui-cal-closed-weekend = 土日：役所は休み
ui-cal-closed-holiday = 祝日「{ $name }」：役所は休み
ui-cal-closed-year-end = 年末年始（12月29日～1月3日）：役所は休み
ui-cal-legend-count-start = 数え始める日（この日は数えません）
ui-cal-legend-in-window = 14日間の1日
ui-cal-legend-closed = 役所は休み
ui-cal-legend-today = 今日
ui-cal-legend-recommended = この日までに行きましょう
ui-cal-legend-last-day = 法律上の最終日
ui-cal-closed-title = 休みの日
ui-open-days-left = { $count ->
    [0] この期間に窓口が開いている日はありません。
   *[other] このうち窓口が開いているのは{ $count }日です（今日を含む）。
}
