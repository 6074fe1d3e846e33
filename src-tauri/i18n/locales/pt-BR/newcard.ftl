# After the new card: recording it, and the dates that keep it valid (zairyu-domain validity.rs,
# the core's new_card.rs; docs/rules.md §15). $renewal: stay (the period of stay), card (a
# permanent resident's card, or a card ending before the 16th birthday) or spr (a special
# permanent resident's certificate).
# Portuguese: CLDR "one" covers 0 and 1, so counts have an explicit [0] (as in common.ftl).

## The new card, on the case's page once the application is made

ui-new-card-title = Seu novo cartão
ui-new-card-lead = Quando tiver o novo cartão, informe o que está impresso nele (cada item é opcional). O app então lembra você antes de ele vencer, e os seus próximos papéis usam o novo número.
ui-new-card-picture = Onde estes dados ficam impressos no cartão (um desenho nosso, não o cartão de verdade):
ui-new-card-number = ① Número do cartão (在留カード番号), no canto superior direito
ui-new-card-holding = Tipo de cartão
ui-new-card-stay = ② Fim do período de permanência: a data entre parênteses depois de 在留期間（満了日）, no meio
ui-new-card-expires = ③ Válido até: a data em このカードは…まで有効です, na parte de baixo
ui-new-card-save = Salvar o novo cartão
ui-new-card-no-person = Primeiro, adicione os dados do titular do cartão na tela dos papéis: o novo cartão é registrado neles.
ui-new-card-replaced = Número antigo (guardado com este caso, não usado nos novos papéis)
ui-card-holding-residence-card = Um cartão de permanência com período de permanência
ui-card-holding-permanent-resident = Um cartão de residente permanente (ou de profissional altamente qualificado (ii))
ui-card-holding-special-permanent = Um certificado de residente permanente especial
ui-renewals-title = Próximas renovações
ui-person-card = O cartão atual (para os lembretes de renovação)
ui-person-card-help = Cada item é opcional. Com eles, o app lembra você antes de vencer o período de permanência ou o cartão.
err-app-new-card-not-yet = O novo cartão pode ser registrado depois que você fizer o pedido.
err-app-new-card-no-person = Primeiro, adicione os dados do titular do cartão (na tela dos papéis): o novo cartão é registrado neles.

## The renewals, on the case's page and at home

# $opens = the first day to apply (the first open day), $last = the last day to apply (the last
# day the offices are open on or before the printed date).
ui-renewal-window = { $renewal ->
    [stay] Peça a renovação do seu período de permanência a partir de { $opens }, no máximo até { $last }, no escritório de imigração (para uma permanência de seis meses ou mais, os pedidos são aceitos a partir de cerca de três meses antes do fim).
    [card] Renove o seu cartão de permanência a partir de { $opens }, no máximo até { $last }, no escritório de imigração.
   *[spr] Renove o seu certificado a partir de { $opens }, no máximo até { $last }, na prefeitura ou subprefeitura da sua cidade.
}
ui-next-dates-title = Para manter o seu cartão válido
ui-next-date-opens = { $renewal ->
    [stay] A partir deste dia, você pode pedir a renovação do seu período de permanência.
    [card] A partir deste dia, você pode renovar o seu cartão de permanência.
   *[spr] A partir deste dia, você pode renovar o seu certificado.
}
ui-next-date-last-day = { $renewal ->
    [stay] O último dia para pedir a renovação do seu período de permanência.
    [card] O último dia para renovar o seu cartão de permanência.
   *[spr] O último dia para renovar o seu certificado.
}
# Only once the last day has passed. $last = that day.
ui-next-date-past = { $renewal ->
    [stay] O seu período de permanência terminou em { $last }. Se você pediu a renovação até esse dia, pode permanecer enquanto o pedido é decidido (no máximo até dois meses depois desse dia). Se não pediu, vá ao escritório de imigração imediatamente e explique.
    [card] A validade do seu cartão de permanência terminou em { $last }. Não renovar a tempo pode ser punido: renove-o imediatamente no escritório de imigração e explique o motivo do atraso.
   *[spr] A validade do seu certificado terminou em { $last }. Não renovar a tempo pode ser punido: renove-o imediatamente na prefeitura ou subprefeitura da sua cidade e explique o motivo do atraso.
}
ui-next-date-invite = Adicione as datas impressas no cartão desta pessoa: o app então lembra você antes de vencer o período de permanência ou o cartão.
ui-next-date-add = Adicionar as datas do cartão

## Reminders and the calendar file

rem-renew-opens-title = { $renewal ->
    [stay] Você já pode pedir a renovação do seu período de permanência
    [card] Você já pode renovar o seu cartão de permanência
   *[spr] Você já pode renovar o seu certificado de residente permanente especial
}
# $days = days left to the last day.
rem-renew-before-title = { $days ->
    [0] Hoje é o último dia
    [one] Falta { $days } dia
   *[other] Faltam { $days } dias
}: { $renewal ->
    [stay] peça a renovação do seu período de permanência
    [card] renove o seu cartão de permanência
   *[spr] renove o seu certificado
}
# $last = the last day.
rem-renew-body = { $renewal ->
    [stay] Peça a renovação do seu período de permanência até { $last }, no escritório de imigração responsável pelo seu endereço. Leve o seu passaporte, o seu cartão de permanência, uma foto e os documentos que o seu status de residência (visto) exige.
    [card] Renove o seu cartão de permanência até { $last }, no escritório de imigração responsável pelo seu endereço. Leve o cartão, o seu passaporte e uma foto. Não há taxa.
   *[spr] Renove o seu certificado de residente permanente especial até { $last }, na prefeitura ou subprefeitura da sua cidade. Leve o certificado, o seu passaporte, se tiver um, e uma foto.
}
# On the last day the offices are open before the printed date.
cal-renewal-last-day-title = { $renewal ->
    [stay] Último dia para pedir a renovação do seu período de permanência
    [card] Último dia para renovar o seu cartão de permanência
   *[spr] Último dia para renovar o seu certificado
}
