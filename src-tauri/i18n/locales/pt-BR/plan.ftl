# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Ligue agora para a central do My Number para suspender as funções My Number do seu cartão: { $hotline } (24 horas, todos os dias), ou { $hotline_foreign } para atendimento em outros idiomas.
plan-step-police-lost = Comunique a perda em qualquer posto policial (交番) ou delegacia: registre a ocorrência de perda (遺失届). Anote o número de protocolo (受理番号) que lhe derem.
plan-step-police-stolen = Comunique o furto ou roubo em qualquer posto policial (交番) ou delegacia: registre a ocorrência de furto (盗難届). Anote o número de protocolo (受理番号) que lhe derem.
plan-step-disaster-certificate = Peça um certificado de sinistro (罹災証明書) ao corpo de bombeiros ou à prefeitura da sua cidade. Para isso, você não precisa ir à polícia.
plan-step-police-lost-at-home = Peça num posto policial (交番) ou numa delegacia para registrar uma ocorrência de perda (遺失届). Para um cartão perdido em casa, a polícia pode não aceitar a ocorrência. Se aceitar, anote o número de protocolo (受理番号). Se não aceitar, anote onde e quando você pediu: o app então escreve a sua declaração sem número, e você explica no escritório de imigração.
plan-step-police-abroad = Comunique a perda ou o furto à polícia do lugar onde você está, e guarde o documento da ocorrência ou o número dela. Não é possível fazer o pedido do exterior.
plan-step-return-to-japan = Volte ao Japão com o seu passaporte, com a permissão de reentrada com que você saiu. No aeroporto, diga ao agente de imigração que você perdeu o seu cartão de permanência no exterior. A companhia aérea pode pedir o cartão: veja a nota sobre o certificado da sua permissão de reentrada. Depois, informe aqui o dia em que você voltou.
plan-step-tell-police-found = Avise a polícia que você encontrou o seu cartão (o posto policial ou a delegacia onde você registrou a ocorrência): assim a ocorrência pode ser retirada. Se você não registrou ocorrência, não há mais nada a fazer.
plan-step-lift-my-number-suspension = Se você suspendeu as funções My Number do seu cartão, ligue para a central do My Number para reativá-las: { $hotline } (24 horas, todos os dias), ou { $hotline_foreign } para atendimento em outros idiomas.
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request) or agent (a registered agent files).
plan-step-apply-immigration = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido por ele (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
    [agent] O procurador entrega o pedido no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
   *[holder] Faça pessoalmente o pedido de um novo cartão no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
} Normalmente, o novo cartão é emitido no mesmo dia.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido por ele (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular, levando o cartão danificado.
    [agent] O procurador entrega o pedido no escritório de imigração (出入国在留管理局) responsável pelo seu endereço, levando o cartão danificado.
   *[holder] Faça o pedido de um novo cartão no escritório de imigração (出入国在留管理局) responsável pelo seu endereço, levando o cartão danificado.
} Use o formulário para cartões danificados ou sujos.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido de troca (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
    [agent] O procurador entrega o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
   *[holder] Faça o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
} Leve o seu cartão atual.
plan-step-apply-city-office = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido por ele (como 代理人) na prefeitura ou subprefeitura (区役所) da cidade do titular.
    [agent] O procurador entrega o pedido na prefeitura ou subprefeitura (区役所) da sua cidade.
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
plan-doc-loss-statement-not-accepted = Declaração sobre a perda (紛失・盗難に係る陳述書), dizendo que a polícia não aceitou a sua ocorrência. O app pode preenchê-la para você; explique também no guichê.
plan-doc-accident-statement = Uma declaração explicando como o cartão foi destruído (陳述書). O app pode preenchê-la para você.
plan-doc-card-pieces = O que sobrou do cartão, se sobrou algo: nesse caso, o escritório pode tratá-lo como um cartão danificado.
plan-doc-police-report-abroad = A ocorrência que você registrou na polícia no exterior, ou o número dela, se você tiver.
plan-doc-police-certificate = O certificado policial da sua ocorrência (遺失届出証明書 ou 盗難届出証明書): só se o escritório pedir.
plan-doc-disaster-certificate = O certificado de sinistro (罹災証明書).
plan-doc-passport = Seu passaporte (ou seu 在留資格証明書), para mostrar.
plan-doc-passport-reason-letter = Uma carta curta explicando por que você não pode mostrar o passaporte (理由書), e outro documento de identidade.
plan-doc-activity-permit = Sua permissão para trabalhar fora do seu visto (資格外活動許可書), para mostrar.
plan-doc-late-reason-letter = Uma carta curta explicando por que você está fazendo o pedido depois do prazo (理由書, em qualquer formato).
plan-doc-damaged-card = O próprio cartão.
plan-doc-old-card = O cartão antigo que você encontrou.
# $applicant: child (the relative applies for a child under 16) or adult (for an adult holder).
plan-doc-representative-id = { $applicant ->
    [child] Documento de identidade do parente que faz o pedido pela criança, e um documento que mostre que os dois são parentes e moram juntos (por exemplo, um 住民票).
   *[adult] Documento de identidade do parente que faz o pedido por você, e um documento que mostre que vocês são parentes e moram juntos (por exemplo, um 住民票).
}
plan-doc-medical-certificate = Um documento que mostre que você não pode ir pessoalmente, como um atestado médico (診断書).
plan-doc-letter-of-authority = Uma procuração (委任状) assinada por você, com o nome do parente que vai. O app pode preenchê-la para você.

## Fee

plan-fee-free = Não há taxa: o novo cartão após perda, furto, destruição ou dano é gratuito.
# $yen = the fee.
plan-fee-exchange = A taxa para a troca por vontade própria é de ¥{ $yen }.
plan-fee-warning = O escritório de imigração não cobra nada por um novo cartão após uma perda. Só um advogado habilitado ou um 行政書士 pode cobrar para preparar ou entregar papéis por você: tenha cuidado se qualquer outra pessoa pedir dinheiro para “resolver” isso.

## Penalty, stated calmly

# $years, $yen = the maximum penalty.
plan-penalty = Perder o cartão não é crime. A lei pede que você faça o pedido dentro do prazo; não fazer o pedido a tempo pode levar a até { $years ->
    [one] { $years } ano
   *[other] { $years } anos
} de prisão ou multa de até ¥{ $yen }. O importante é fazer o pedido, mesmo com atraso.
# $yen = the maximum non-criminal fine.
plan-penalty-child = Perder o cartão não é crime. No caso de uma criança com menos de 16 anos, o parente que deveria fazer o pedido por ela e não o faz pode receber uma multa administrativa (não penal, 過料) de até ¥{ $yen }. O importante é fazer o pedido, mesmo com atraso.

## Notes

plan-note-counter-hours = Os guichês dos escritórios de imigração costumam abrir em dias úteis, das 9:00 às 12:00 e das 13:00 às 16:00. Confira o horário do seu escritório antes de ir.
plan-note-city-office-weeks = O novo certificado não é emitido no mesmo dia: costuma levar de duas a três semanas.
plan-note-city-office-documents = Pergunte na prefeitura ou subprefeitura da sua cidade quais documentos são necessários; esta lista segue as regras do cartão de permanência.
plan-note-city-office-who-goes = Se você não puder ir pessoalmente, pergunte na prefeitura ou subprefeitura da sua cidade quem pode ir no seu lugar.
plan-note-specified-card-unconfirmed = Ainda não está confirmado como é a reemissão de um cartão perdido que é combinado com o cartão My Number. Pergunte no escritório de imigração ou na prefeitura da sua cidade.
plan-note-birth-date-unknown = Consideramos que o titular do cartão tem 16 anos ou mais. Se tiver menos de 16, informe a data de nascimento: nesse caso, um parente faz o pedido por ele e não é preciso foto.
# $birthday = the day the child turns 16.
plan-note-turns-16 = A criança faz 16 anos em { $birthday }. A partir desse dia, ela faz o pedido pessoalmente e precisa de foto.
# $days = days to return it.
plan-note-old-card-if-found = Se você encontrar o cartão antigo depois de receber o novo, ele não vale mais: devolva-o em até { $days } dias a partir do dia em que o encontrou.

## Warnings, read before anything else

plan-warning-leaving-soon = Não saia do Japão sem o seu novo cartão. Sair do Japão sem o cartão de permanência (ou uma permissão de reentrada) faz você perder o seu status de residência (visto). Faça o pedido antes de viajar: normalmente, o novo cartão é emitido no mesmo dia. Se não puder esperar por ele, peça uma permissão de reentrada (再入国許可) ao escritório de imigração antes de sair do Japão.

## Why there is no deadline

plan-no-deadline = A lei não define prazo para este caso.
plan-no-deadline-found-again = Seu cartão continua válido: você não precisa pedir um novo.
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = Os seus { $days } dias ainda não começaram: eles começam no dia em que você voltar ao Japão. Ninguém pode fazer o pedido do exterior.
# $days = days to apply after an order.
plan-no-deadline-damaged = Não há prazo para um cartão danificado: faça o pedido quando puder. Se o escritório de imigração mandar você fazer o pedido, a partir daí você terá { $days } dias.
plan-no-deadline-exchange = Não há prazo para a troca.

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = Um cartão que aparece antes de um novo ser emitido continua válido: continue usando-o. Só se um novo cartão já tivesse sido emitido o antigo perderia a validade, e então teria de ser devolvido em até { $days } dias.
plan-note-carry-passport = Até ter o novo cartão, leve com você o seu passaporte e uma anotação ou foto do número de protocolo da polícia: você deve andar com o seu cartão de permanência, e isso mostra por que você não pode.
plan-note-accident = Não existe ocorrência policial nem certificado para um cartão destruído num acidente: explique por escrito o que aconteceu (o app escreve). Se sobraram pedaços do cartão, leve-os.
plan-note-lost-at-home = Procure mais uma vez nos lugares da casa onde o cartão poderia estar. A polícia pode não aceitar uma ocorrência de perda para um cartão perdido em casa; se não aceitar, registre isso aqui e faça o pedido mesmo assim: a declaração diz isso.
plan-note-reentry-certificate = A companhia aérea pode pedir o seu cartão de permanência no check-in. Um familiar ou procurador no Japão pode obter um certificado da sua permissão de reentrada (再入国許可期限証明書) num escritório de imigração e enviá-lo para você.
plan-note-who-goes-ill = O parente que vai por você leva o documento de identidade dele, um documento que mostre que vocês são parentes e moram juntos, e um atestado médico que mostre que você não pode ir. Ele escreve o nome dele na parte 取次者 (quem entrega o pedido) do formulário.
plan-note-who-goes-request = O parente que vai por você leva o documento de identidade dele, um documento que mostre que vocês são parentes e moram juntos, e a procuração (委任状) que você assinou. O app preenche a procuração: informe o parente na parte 取次者 (quem entrega o pedido) dos dados da sua pessoa.
plan-note-who-goes-agent = Um procurador registrado (申請取次者) entrega o pedido por você e recebe o cartão. Só um advogado ou um 行政書士 pode cobrar de você por isso.
plan-note-travel = Vai viajar para o exterior? Pegue o novo cartão primeiro. Sair do Japão sem o cartão de permanência (ou uma permissão de reentrada) faz você perder o seu status de residência (visto).
plan-note-passport-gone = Para o passaporte, entre em contato com a embaixada ou o consulado do seu país. Até ter um novo, leve a carta que explica por que você não pode mostrá-lo (o app escreve) e outro documento de identidade.
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = Outros cartões foram perdidos junto? Para o cartão My Number, ligue para { $hotline } (24 horas, todos os dias; { $hotline_foreign } em outros idiomas) e avise a prefeitura da sua cidade. Para cartões de banco e de crédito, ligue para o banco ou a administradora do cartão.
plan-note-card-number-unknown = Não sabe o número do seu cartão? Você pode deixá-lo em branco no formulário. Um 住民票 da prefeitura da sua cidade pode mostrá-lo se você pedir, e a empresa onde você trabalha, a sua escola ou o seu banco podem ter uma cópia do seu cartão.
plan-note-stay-ending = O novo cartão tem a mesma data de validade do antigo. Se o seu período de permanência acaba em breve, peça também a renovação: você pode fazer as duas coisas no escritório.
