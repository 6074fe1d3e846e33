# The case: its deadline (zairyu-domain deadline.rs) and what can be wrong in it (validate.rs).
# Ids are stable. Dates ($deadline, $recommended, $on, …) are formatted by the catalog.
# Portuguese: CLDR "one" covers 0 and 1, so counts have an explicit [0] (as in common.ftl).

## Deadline to apply (入管法 第19条の12). $deadline = the legal last day.

# Before the last day. $days = days left (1 or more).
case-deadline-on-time = Vá o quanto antes. O último dia é { $deadline }. { $days ->
    [0] Hoje é o último dia.
    [one] Ainda falta { $days } dia.
   *[other] Ainda faltam { $days } dias.
}
# Before the last day, when day 14 fell on a day offices are closed and the law moved the
# deadline. $recommended = the last open day up to day 14 (day 14 itself is closed).
case-deadline-on-time-extended = Vá o quanto antes, no máximo até { $recommended }. O 14º dia cai num dia em que as repartições estão fechadas, então a lei passa o último dia para { $deadline }; não conte com isso. { $days ->
    [0] Hoje é o último dia.
    [one] Ainda falta { $days } dia.
   *[other] Ainda faltam { $days } dias.
}
# Today is the last day.
case-deadline-due-today = Hoje, { $deadline }, é o último dia para fazer o pedido. Se puder, vá ao escritório hoje.
# The last day has passed. $days = days since it.
case-deadline-overdue = O prazo era { $deadline } ({ $days ->
    [0] hoje
    [one] há { $days } dia
   *[other] há { $days } dias
}). Ainda dá tempo: faça o pedido o quanto antes e leve uma carta curta explicando o motivo do atraso (理由書, em qualquer formato).
# Applied on or before the last day. $on = the day of the application.
case-deadline-done = Você fez o pedido em { $on }, dentro do prazo ({ $deadline }).
# Applied after the last day.
case-deadline-done-late = Você fez o pedido em { $on }. O prazo era { $deadline }; você fez a coisa certa ao fazer o pedido.

## Returning an old card that turned up (入管法 第19条の15 第3項). Same arguments as above.

case-return-on-time = Devolva o cartão antigo até { $deadline }. { $days ->
    [0] Hoje é o último dia.
    [one] Ainda falta { $days } dia.
   *[other] Ainda faltam { $days } dias.
}
case-return-on-time-extended = Devolva o cartão antigo o quanto antes, no máximo até { $recommended }. O 14º dia cai num dia em que as repartições estão fechadas, então a lei passa o último dia para { $deadline }. { $days ->
    [0] Hoje é o último dia.
    [one] Ainda falta { $days } dia.
   *[other] Ainda faltam { $days } dias.
}
case-return-due-today = Hoje, { $deadline }, é o último dia para devolver o cartão antigo.
case-return-overdue = O cartão antigo deveria ter sido devolvido até { $deadline } ({ $days ->
    [0] hoje
    [one] há { $days } dia
   *[other] há { $days } dias
}). Devolva-o o quanto antes.
case-return-done = Você devolveu o cartão antigo em { $on }, dentro do prazo ({ $deadline }).
case-return-done-late = Você devolveu o cartão antigo em { $on }. O prazo era { $deadline }; obrigado por devolvê-lo.

## Errors in what was entered (validate.rs)

err-case-learned-in-future = O dia em que você soube do ocorrido ({ $learned_on }) é depois de hoje ({ $today }). Verifique a data, por favor.
err-case-reentered-before-learned = O dia em que você voltou ao Japão ({ $reentered_on }) é antes do dia em que você soube do ocorrido ({ $learned_on }). Verifique as duas datas, por favor.
err-case-reentered-in-future = O dia em que você voltou ao Japão ({ $reentered_on }) é depois de hoje ({ $today }). Se você ainda está no exterior, escolha “ainda estou no exterior” em vez disso: você pode informar o dia mais tarde.
err-case-birth-after-learned = A data de nascimento ({ $birth_date }) é depois do dia em que você soube do ocorrido ({ $learned_on }). Verifique as datas, por favor.
err-case-birth-in-future = A data de nascimento ({ $birth_date }) é depois de hoje ({ $today }). Verifique a data, por favor.
err-case-ordered-in-future = O dia da ordem do escritório ({ $ordered_on }) é depois de hoje ({ $today }). Verifique a data, por favor.
err-case-report-in-future = O dia da ocorrência na polícia ({ $reported_on }) é depois de hoje ({ $today }). Verifique a data, por favor.
err-case-report-before-learned = O dia da ocorrência na polícia ({ $reported_on }) é antes do dia em que você soube do ocorrido ({ $learned_on }). Verifique as duas datas, por favor.
err-case-found-in-future = O dia em que você encontrou o cartão ({ $found_on }) é depois de hoje ({ $today }). Verifique a data, por favor.
err-case-found-before-learned = O dia em que você encontrou o cartão ({ $found_on }) é antes do dia em que você percebeu que ele tinha sumido ({ $learned_on }). Verifique as duas datas, por favor.
err-case-applied-in-future = O dia em que você fez o pedido ({ $applied_on }) é depois de hoje ({ $today }). Verifique a data, por favor.
err-case-acceptance-number-empty = Digite o número de protocolo (受理番号) que a polícia lhe deu. Se você não recebeu um, peça no posto policial (交番) ou na delegacia. Se a polícia não aceitou a sua ocorrência, marque em vez disso a caixa “A polícia não aceitou minha ocorrência”.
err-case-acceptance-number-too-long = Este número de protocolo tem { $chars } caracteres; um número de protocolo tem no máximo { $max }. Digite só o número, por favor.
err-case-acceptance-number-control = Escreva o número de protocolo numa linha só, como está impresso, por favor.
err-case-card-number-length = O número do cartão de permanência tem 12 caracteres (2 letras, 8 algarismos, 2 letras, como AB12345678CD); este tem { $chars }.
err-case-card-number-pattern = O número do cartão de permanência tem 2 letras, 8 algarismos e 2 letras, como AB12345678CD. Verifique, por favor.
