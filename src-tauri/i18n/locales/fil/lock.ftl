# The app lock: a PIN asked when the app starts and after time in the background.
# Filipino: CLDR "one" covers 1, 2, 3, 5, 7, 8, 10… so counts use the exact key [1], not [one].

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = I-lock ang app na ito gamit ang PIN?
ui-lock-offer-lead = May mga pangalan, numero ng card at address na ngayon sa app na ito. Kapag may PIN, hindi ito mababasa ng sinumang makahawak ng device na ito.
ui-lock-offer-yes = Maglagay ng PIN
ui-lock-offer-no = Mamaya na

## Setting, changing and removing the lock (settings)

ui-lock-title = Lock ng app
ui-lock-lead = Hihingi ang app ng PIN na 4 hanggang 8 numero pagbukas nito, at pagkatapos itong mapunta sa background.
# Shown before a PIN is set, every time.
ui-lock-forget-warning = Kapag nakalimutan mo ang PIN, iisa lang ang paraan para makapasok ulit: burahin ang lahat ng data sa app na ito. Mawawala ang mga kaso, tao at sagot mo. Ang kopyang na-save mo sa "Ang data mo" ay maibabalik pagkatapos.
ui-lock-pin = PIN (4 hanggang 8 numero)
ui-lock-pin-repeat = Ang parehong PIN ulit
ui-lock-after = Hingin ulit kapag nasa background ang app nang
ui-lock-after-now = Agad: sa bawat pagkakataon
ui-lock-after-minutes = { $minutes ->
    [1] 1 minuto
   *[other] { $minutes } minuto
}
ui-lock-turn-on = I-on ang lock
ui-lock-is-on = Naka-on ang lock.
ui-lock-is-off = Naka-off ang lock.
ui-lock-change-pin = Palitan ang PIN
ui-lock-turn-off = I-off ang lock
ui-lock-turn-off-lead = Ilagay ang PIN mo para i-off ang lock.
ui-lock-saved = Na-save.

## The lock screen (shows nothing personal)

ui-lock-screen-title = Naka-lock ang app na ito
ui-lock-screen-lead = Ilagay ang PIN mo para buksan ito.
ui-lock-unlock = I-unlock
ui-lock-device-unlock = I-unlock gamit ang fingerprint o mukha
ui-lock-forgot = Nakalimutan ko ang PIN
ui-lock-forgot-lead = Hindi na makukuha ang PIN: hindi ito itinatago kahit saan, kahit ng app na ito. Ang tanging paraan para makapasok ulit ay burahin ang lahat ng data sa app na ito, kasama ang lock. Pagkatapos, puwede kang magsimula ulit, o ibalik ang kopyang na-save mo sa "Ang data mo".
ui-lock-forgot-confirm = Burahin ang lahat ng data at ang lock
ui-lock-back = Bumalik
# The system's fingerprint or face prompt says this.
lock-device-reason = I-unlock ang Gabay sa Residence Card
# Under the prompt's title (Android).
lock-device-description = Mabubuksan ang app gamit ang fingerprint o mukha mo. Gumagana rin ang PIN mo.
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = Gamitin ang PIN
# The prompt's cancel button (iOS).
lock-device-cancel = Kanselahin

## Errors

err-lock-locked = Naka-lock ang app na ito. Ilagay ang PIN mo para buksan ito.
err-lock-pin-format = Ang PIN ay 4 hanggang 8 numero (0–9).
err-lock-pin-mismatch = Hindi magkapareho ang dalawang PIN. I-type ulit ang mga ito.
err-lock-wrong-pin = Mali ang PIN na iyan.
err-lock-wait-seconds = Masyadong maraming maling subok. Subukang muli pagkalipas ng { $seconds ->
    [1] 1 segundo
   *[other] { $seconds } segundo
}.
err-lock-wait-minutes = Masyadong maraming maling subok. Subukang muli pagkalipas ng { $minutes ->
    [1] 1 minuto
   *[other] { $minutes } minuto
}.
err-lock-not-set = Wala pang nakatakdang PIN.
err-lock-device-unavailable = Hindi ma-unlock ng device na ito ang app gamit ang fingerprint o mukha. Ilagay ang PIN mo.
err-lock-device-failed = Hindi tinanggap ang fingerprint o mukha. Ilagay ang PIN mo, o subukang muli.
