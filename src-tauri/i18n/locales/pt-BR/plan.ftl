# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Ligue agora para a central do My Number para suspender as funções My Number do seu cartão: { $hotline } (24 horas, todos os dias), ou { $hotline_foreign } para atendimento em outros idiomas.
plan-step-police-lost = Comunique a perda em qualquer posto policial (交番) ou delegacia: registre a ocorrência de perda (遺失届). Anote o número de protocolo (受理番号) que lhe derem.
plan-step-police-stolen = Comunique o furto ou roubo em qualquer posto policial (交番) ou delegacia: registre a ocorrência de furto (盗難届). Anote o número de protocolo (受理番号) que lhe derem.
plan-step-disaster-certificate = Peça um certificado de sinistro (罹災証明書) ao corpo de bombeiros ou à prefeitura da sua cidade. Para isso, você não precisa ir à polícia.
# $applicant: holder (the card holder goes) or representative (a relative aged 16+ goes for a child under 16).
plan-step-apply-immigration = { $applicant ->
    [representative] Um parente com 16 anos ou mais que mora com a criança faz o pedido por ela (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
   *[holder] Faça pessoalmente o pedido de um novo cartão no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
} Normalmente, o novo cartão é emitido no mesmo dia.
plan-step-apply-immigration-damaged = { $applicant ->
    [representative] Um parente com 16 anos ou mais que mora com a criança faz o pedido por ela (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo seu endereço, levando o cartão danificado.
   *[holder] Faça o pedido de um novo cartão no escritório de imigração (出入国在留管理局) responsável pelo seu endereço, levando o cartão danificado.
} Use o formulário para cartões danificados ou sujos.
plan-step-apply-immigration-exchange = { $applicant ->
    [representative] Um parente com 16 anos ou mais que mora com a criança faz o pedido de troca (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
   *[holder] Faça o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
} Leve o seu cartão atual.
plan-step-apply-city-office = { $applicant ->
    [representative] Um parente com 16 anos ou mais que mora com a criança faz o pedido por ela (como 代理人) na prefeitura ou subprefeitura (区役所) da sua cidade.
   *[holder] Faça o pedido na prefeitura ou subprefeitura (区役所) da sua cidade (não no escritório de imigração).
}
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = Devolva o cartão antigo: em qualquer escritório de imigração, ou pelo correio para { $office }, { $postcode } { $address }. Escreva “{ $envelope }” no envelope.
plan-step-return-old-card-city-office = Devolva o certificado antigo. Pergunte na prefeitura ou subprefeitura da sua cidade como devolvê-lo.

## Documents

plan-doc-application-form = Formulário de pedido de novo cartão de permanência (在留カード再交付申請書, A4). O app pode preenchê-lo para você; os escritórios também têm cópias em papel.
plan-doc-application-form-damaged = Formulário de pedido de novo cartão quando o cartão está danificado ou sujo (A4). Os escritórios têm cópias em papel.
# $height_mm, $width_mm, $months.
plan-doc-photo = Uma foto de { $height_mm } mm de altura × { $width_mm } mm de largura, tirada nos últimos { $months } meses: só você, de frente, sem chapéu, com fundo liso e sem sombras. Escreva seu nome no verso.
plan-doc-loss-statement = Declaração sobre a perda ou o furto (紛失・盗難に係る陳述書), com o número de protocolo da polícia. O app pode preenchê-la para você.
plan-doc-police-certificate = O certificado policial da sua ocorrência (遺失届出証明書 ou 盗難届出証明書): só se o escritório pedir.
plan-doc-disaster-certificate = O certificado de sinistro (罹災証明書).
plan-doc-passport = Seu passaporte (ou seu 在留資格証明書), para mostrar.
plan-doc-passport-reason-letter = Uma carta curta explicando por que você não pode mostrar o passaporte (理由書), e outro documento de identidade.
plan-doc-activity-permit = Sua permissão para trabalhar fora do seu visto (資格外活動許可書), para mostrar.
plan-doc-late-reason-letter = Uma carta curta explicando por que você está fazendo o pedido depois do prazo (理由書, em qualquer formato).
plan-doc-damaged-card = O próprio cartão.
plan-doc-old-card = O cartão antigo que você encontrou.
plan-doc-representative-id = Documento de identidade do parente que faz o pedido pela criança, e um documento que mostre que vocês são parentes e moram juntos.

## Fee

plan-fee-free = Não há taxa: o novo cartão após perda, furto, destruição ou dano é gratuito.
# $yen = the fee.
plan-fee-exchange = A taxa para a troca por vontade própria é de ¥{ $yen }.
plan-fee-warning = Se alguém lhe pedir dinheiro para “resolver” o novo cartão após uma perda, tenha cuidado: isso é um sinal de alerta.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Perder o cartão não é crime. A lei pede que você faça o pedido dentro do prazo; não fazer o pedido a tempo pode levar a até { $years ->
    [one] { $years } ano
   *[other] { $years } anos
} de prisão ou multa de até ¥{ $yen }. O importante é fazer o pedido, mesmo com atraso.
# $yen = the maximum non-criminal fine.
plan-penalty-child = Perder o cartão não é crime. No caso de uma criança com menos de 16 anos, o parente que deveria fazer o pedido por ela e não o faz pode receber uma multa administrativa (não penal, 過料) de até ¥{ $yen }. O importante é fazer o pedido, mesmo com atraso.

## Notes

# $days = days to apply after an order.
plan-note-damaged-no-deadline = Não há prazo para um cartão danificado: faça o pedido quando puder. Se o escritório de imigração mandar você fazer o pedido, a partir daí você terá { $days } dias.
plan-note-exchange-no-deadline = Não há prazo para a troca.
plan-note-counter-hours = Os guichês dos escritórios de imigração costumam abrir em dias úteis, das 9:00 às 12:00 e das 13:00 às 16:00. Confira o horário do seu escritório antes de ir.
plan-note-city-office-two-weeks = O novo certificado não é emitido no mesmo dia: costuma levar cerca de duas semanas.
plan-note-city-office-documents = Pergunte na prefeitura ou subprefeitura da sua cidade quais documentos são necessários; esta lista segue as regras do cartão de permanência.
plan-note-specified-card-unconfirmed = Ainda não está confirmado como é a reemissão de um cartão perdido que é combinado com o cartão My Number. Pergunte no escritório de imigração ou na prefeitura da sua cidade.
plan-note-birth-date-unknown = Consideramos que o titular do cartão tem 16 anos ou mais. Se tiver menos de 16, informe a data de nascimento: nesse caso, um parente faz o pedido por ele e não é preciso foto.
# $birthday = the day the child turns 16.
plan-note-turns-16 = A criança faz 16 anos em { $birthday }. A partir desse dia, ela faz o pedido pessoalmente e precisa de foto.
# $days = days to return it.
plan-note-old-card-if-found = Se você encontrar o cartão antigo depois de receber o novo, ele não vale mais: devolva-o em até { $days } dias a partir do dia em que o encontrou.
