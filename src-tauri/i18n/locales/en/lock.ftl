# The app lock: a PIN asked when the app starts and after time in the background.

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = Lock this app with a PIN?
ui-lock-offer-lead = This app now keeps names, card numbers and addresses. With a PIN, someone who picks up this device cannot read them.
ui-lock-offer-yes = Set a PIN
ui-lock-offer-no = Not now

## Setting, changing and removing the lock (settings)

ui-lock-title = App lock
ui-lock-lead = The app asks for a PIN of 4 to 8 digits when it starts and after it has been in the background.
# Shown before a PIN is set, every time.
ui-lock-forget-warning = If you forget the PIN, there is only one way back in: delete all data in this app. Your cases, people and answers would be gone. A copy you saved with "Your data" can be brought back afterwards.
ui-lock-pin = PIN (4 to 8 digits)
ui-lock-pin-repeat = The same PIN again
ui-lock-after = Ask again after the app was in the background for
ui-lock-after-now = No time: every time
ui-lock-after-minutes = { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}
ui-lock-turn-on = Turn the lock on
ui-lock-is-on = The lock is on.
ui-lock-is-off = The lock is off.
ui-lock-change-pin = Change the PIN
ui-lock-turn-off = Turn the lock off
ui-lock-turn-off-lead = Enter your PIN to turn the lock off.
ui-lock-saved = Saved.

## The lock screen (shows nothing personal)

ui-lock-screen-title = This app is locked
ui-lock-screen-lead = Enter your PIN to open it.
ui-lock-unlock = Unlock
ui-lock-device-unlock = Unlock with fingerprint or face
ui-lock-forgot = I forgot the PIN
ui-lock-forgot-lead = The PIN cannot be recovered: it is not kept anywhere, not even by this app. The only way back in is to delete all data in this app, with the lock. Then you can start again, or bring back a copy you saved with "Your data".
ui-lock-forgot-confirm = Delete all data and the lock
ui-lock-back = Back
# The system's fingerprint or face prompt says this.
lock-device-reason = Unlock Zairyu Card Helper
# Under the prompt's title (Android).
lock-device-description = Your fingerprint or face opens the app. Your PIN works too.
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = Use PIN
# The prompt's cancel button (iOS).
lock-device-cancel = Cancel

## Errors

err-lock-locked = This app is locked. Enter your PIN to open it.
err-lock-pin-format = A PIN is 4 to 8 digits (0–9).
err-lock-pin-mismatch = The two PINs are not the same. Type them again.
err-lock-wrong-pin = That PIN is not right.
err-lock-wait-seconds = Too many wrong tries. Try again in { $seconds ->
    [one] 1 second
   *[other] { $seconds } seconds
}.
err-lock-wait-minutes = Too many wrong tries. Try again in { $minutes ->
    [one] 1 minute
   *[other] { $minutes } minutes
}.
err-lock-not-set = No PIN is set.
err-lock-device-unavailable = This device cannot unlock with a fingerprint or face here. Enter your PIN.
err-lock-device-failed = The fingerprint or face was not accepted. Enter your PIN, or try again.
