# The app lock: a PIN asked when the app starts and after time in the background.
# Portuguese: CLDR "one" covers 0 and 1, so the [one] variants print the number itself.

## The offer (home and papers screens, once a person's data is saved)

ui-lock-offer-title = Bloquear este app com um PIN?
ui-lock-offer-lead = Agora este app guarda nomes, números de cartão e endereços. Com um PIN, quem pegar este aparelho não consegue lê-los.
ui-lock-offer-yes = Criar um PIN
ui-lock-offer-no = Agora não

## Setting, changing and removing the lock (settings)

ui-lock-title = Bloqueio do app
ui-lock-lead = O app pede um PIN de 4 a 8 algarismos ao ser aberto e depois de ficar em segundo plano.
# Shown before a PIN is set, every time.
ui-lock-forget-warning = Se você esquecer o PIN, só há um jeito de entrar de novo: excluir todos os dados deste app. Seus casos, pessoas e respostas seriam apagados. Uma cópia que você salvou em "Seus dados" pode ser recuperada depois.
ui-lock-pin = PIN (4 a 8 algarismos)
ui-lock-pin-repeat = O mesmo PIN de novo
ui-lock-after = Pedir de novo depois de o app ficar em segundo plano por
ui-lock-after-now = Sem espera: toda vez
ui-lock-after-minutes = { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}
ui-lock-turn-on = Ativar o bloqueio
ui-lock-is-on = O bloqueio está ativado.
ui-lock-is-off = O bloqueio está desativado.
ui-lock-change-pin = Trocar o PIN
ui-lock-turn-off = Desativar o bloqueio
ui-lock-turn-off-lead = Digite seu PIN para desativar o bloqueio.
ui-lock-saved = Salvo.

## The lock screen (shows nothing personal)

ui-lock-screen-title = Este app está bloqueado
ui-lock-screen-lead = Digite seu PIN para abri-lo.
ui-lock-unlock = Desbloquear
ui-lock-device-unlock = Desbloquear com digital ou rosto
ui-lock-forgot = Esqueci o PIN
ui-lock-forgot-lead = O PIN não pode ser recuperado: ele não fica guardado em lugar nenhum, nem mesmo neste app. O único jeito de entrar de novo é excluir todos os dados deste app, junto com o bloqueio. Depois, você pode começar de novo ou recuperar uma cópia que salvou em "Seus dados".
ui-lock-forgot-confirm = Excluir todos os dados e o bloqueio
ui-lock-back = Voltar
# The system's fingerprint or face prompt says this.
lock-device-reason = Desbloquear Ajuda com o Cartão de Permanência
# Under the prompt's title (Android).
lock-device-description = Sua digital ou seu rosto abre o app. Seu PIN também funciona.
# The prompt's button back to the app's PIN field (Android's one button, iOS's fallback).
lock-device-use-pin = Usar PIN
# The prompt's cancel button (iOS).
lock-device-cancel = Cancelar

## Errors

err-lock-locked = Este app está bloqueado. Digite seu PIN para abri-lo.
err-lock-pin-format = Um PIN tem de 4 a 8 algarismos (0–9).
err-lock-pin-mismatch = Os dois PINs não são iguais. Digite-os de novo.
err-lock-wrong-pin = Esse PIN não está certo.
err-lock-wait-seconds = Tentativas erradas demais. Tente de novo em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
err-lock-wait-minutes = Tentativas erradas demais. Tente de novo em { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
err-lock-not-set = Nenhum PIN foi criado.
err-lock-device-unavailable = Neste aparelho, não é possível desbloquear o app com digital ou rosto. Digite seu PIN.
err-lock-device-failed = A digital ou o rosto não foi aceito. Digite seu PIN ou tente de novo.
