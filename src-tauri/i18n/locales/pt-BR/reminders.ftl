# Notifications (zairyu-domain reminders.rs). Ids are stable. $deadline = the legal last day,
# $days = a number of days.
# Portuguese: CLDR "one" covers 0 and 1, so counts have an explicit [0] (as in common.ftl).

## Applying for a new card

rem-apply-opened-title = Seu novo cartão de permanência: o seu prazo
rem-apply-opened-body = Faça o pedido até { $deadline } ({ $days ->
    [0] hoje
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}). Seu plano está no app.
rem-apply-opened-late-body = O prazo era { $deadline } ({ $days ->
    [0] hoje
    [one] há { $days } dia
   *[other] há { $days } dias
}). Ainda dá tempo: faça o pedido o quanto antes, com uma carta curta explicando o atraso.
rem-apply-before-title = { $days ->
    [0] Hoje é o último dia para fazer o pedido
    [one] Falta { $days } dia para fazer o pedido
   *[other] Faltam { $days } dias para fazer o pedido
}
rem-apply-before-body = Faça o pedido do seu novo cartão de permanência até { $deadline } ({ $days ->
    [0] hoje
    [one] amanhã
   *[other] em { $days } dias
}). Confira seus documentos no app.
rem-apply-last-day-title = Hoje é o último dia para fazer o pedido
rem-apply-last-day-body = Hoje, { $deadline }, é o último dia para fazer o pedido do seu novo cartão de permanência.

## Returning an old card

rem-return-opened-title = Devolva o seu cartão antigo
rem-return-opened-body = Devolva o cartão antigo até { $deadline } ({ $days ->
    [0] hoje
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}).
rem-return-opened-late-body = O cartão antigo deveria ter sido devolvido até { $deadline } ({ $days ->
    [0] hoje
    [one] há { $days } dia
   *[other] há { $days } dias
}). Devolva-o o quanto antes.
rem-return-before-title = { $days ->
    [0] Hoje é o último dia para devolver o seu cartão antigo
    [one] Falta { $days } dia para devolver o seu cartão antigo
   *[other] Faltam { $days } dias para devolver o seu cartão antigo
}
rem-return-before-body = Devolva o seu cartão antigo até { $deadline } ({ $days ->
    [0] hoje
    [one] amanhã
   *[other] em { $days } dias
}).
rem-return-last-day-title = Hoje é o último dia para devolver o seu cartão antigo
rem-return-last-day-body = Hoje, { $deadline }, é o último dia para devolver o seu cartão antigo.

## Still abroad: back before the re-entry permission ends (入管法 第26条の2). $by = its last day.

rem-return-by-title = De volta ao Japão até { $by }
# $days = days left before it.
rem-return-by-body = Sua permissão de reentrada vale até { $by } ({ $days ->
    [0] hoje
    [one] falta { $days } dia
   *[other] faltam { $days } dias
}). Volte ao Japão até essa data, ou você perde o seu status de residência (visto). Depois, faça o pedido do seu novo cartão em até 14 dias.

## How this device delivers them (the reminders screen)

# Android without exact alarms: each reminder is handed over an hour early. $from, $to = "08:00", "09:00".
reminders-android-window = O Android escolhe o minuto exato para economizar bateria: cada lembrete chega entre { $from } e { $to } no seu dia (mais tarde só se a economia de bateria o segurar).
reminders-test-failed = Não foi possível mostrar a notificação de teste. Verifique nas configurações do aparelho se este app pode enviar notificações.
