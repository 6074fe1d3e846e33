# The app lock: a PIN asked when the app starts and after time in the background.
# Chinese has only the CLDR plural category "other". Labels stay short (phone buttons).

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = 要用 PIN 码锁定本应用吗？
ui-lock-offer-lead = 本应用现在保存着姓名、卡号和地址。设置 PIN 码后，即使有人拿到这台设备，也无法查看这些内容。
ui-lock-offer-yes = 设置 PIN 码
ui-lock-offer-no = 以后再说

## Setting, changing and removing the lock (settings)

ui-lock-title = 应用锁
ui-lock-lead = 本应用在启动时，以及从后台回来后，会要求输入4至8位数字的 PIN 码。
# Shown before a PIN is set, every time.
ui-lock-forget-warning = 如果忘记 PIN 码，只有一个办法能重新进入：删除本应用中的所有数据。您的手续、人员信息和回答都会被删除。之后，您可以恢复用“我的数据”保存的副本。
ui-lock-pin = PIN 码（4至8位数字）
ui-lock-pin-repeat = 再次输入同一个 PIN 码
ui-lock-after = 应用在后台超过以下时间后，再次要求输入
ui-lock-after-now = 立即：每次都要求
ui-lock-after-minutes = { $minutes ->
   *[other] { $minutes }分钟
}
ui-lock-turn-on = 开启应用锁
ui-lock-is-on = 应用锁已开启。
ui-lock-is-off = 应用锁已关闭。
ui-lock-change-pin = 更改 PIN 码
ui-lock-turn-off = 关闭应用锁
ui-lock-turn-off-lead = 请输入 PIN 码以关闭应用锁。
ui-lock-saved = 已保存。

## The lock screen (shows nothing personal)

ui-lock-screen-title = 本应用已锁定
ui-lock-screen-lead = 请输入 PIN 码打开本应用。
ui-lock-unlock = 解锁
ui-lock-device-unlock = 用指纹或面容解锁
ui-lock-forgot = 我忘记了 PIN 码
ui-lock-forgot-lead = PIN 码无法找回：它没有保存在任何地方，本应用也没有保存。唯一能重新进入的办法，是删除本应用中的所有数据以及应用锁。之后，您可以重新开始，或恢复用“我的数据”保存的副本。
ui-lock-forgot-confirm = 删除所有数据和应用锁
ui-lock-back = 返回
# The system's fingerprint or face prompt says this.
lock-device-reason = 解锁在留卡助手
# Under the prompt's title (Android).
lock-device-description = 用指纹或面容即可打开本应用。也可以使用 PIN 码。
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = 使用 PIN 码
# The prompt's cancel button (iOS).
lock-device-cancel = 取消

## Errors

err-lock-locked = 本应用已锁定。请输入 PIN 码打开本应用。
err-lock-pin-format = PIN 码是4至8位数字（0–9）。
err-lock-pin-mismatch = 两次输入的 PIN 码不一致。请重新输入。
err-lock-wrong-pin = PIN 码不正确。
err-lock-wait-seconds = 错误次数太多。请在{ $seconds ->
   *[other] { $seconds }秒
}后再试。
err-lock-wait-minutes = 错误次数太多。请在{ $minutes ->
   *[other] { $minutes }分钟
}后再试。
err-lock-not-set = 尚未设置 PIN 码。
err-lock-device-unavailable = 这台设备无法用指纹或面容解锁本应用。请输入 PIN 码。
err-lock-device-failed = 指纹或面容未通过验证。请输入 PIN 码，或再试一次。
