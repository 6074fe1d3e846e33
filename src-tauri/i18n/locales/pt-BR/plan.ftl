# The plan for a case (zairyu-domain plan/): steps, documents, fee, penalty and notes. Ids are stable.

## Steps

# 特定在留カード only. $hotline, $hotline_foreign = phone numbers.
plan-step-suspend-my-number = Ligue agora para a central do My Number para suspender as funções My Number do seu cartão: { $hotline } (24 horas, todos os dias), ou { $hotline_foreign } para atendimento em outros idiomas.
# 特定在留カード, still abroad. $hotline, $hotline_foreign = the numbers in Japan; $hotline_abroad = a number for calling from abroad.
plan-step-suspend-my-number-abroad = Suspenda as funções My Number do seu cartão o quanto antes. Os números da central, { $hotline } e { $hotline_foreign } (outros idiomas), normalmente não podem ser discados do exterior. Uma Embaixada do Japão informa o número { $hotline_abroad } (24 horas, em japonês) para cartões My Number perdidos no exterior; ela diz isso para os cartões de cidadãos japoneses, e não conseguimos confirmar que ele atende o seu. Se não atender, ligue para { $hotline_foreign } assim que voltar ao Japão.
plan-step-police-lost = Comunique a perda em qualquer posto policial (交番) ou delegacia: registre a ocorrência de perda (遺失届). Anote o número de protocolo (受理番号) que lhe derem.
plan-step-police-stolen = Comunique o furto ou roubo em qualquer posto policial (交番) ou delegacia: registre a ocorrência de furto (盗難届). Anote o número de protocolo (受理番号) que lhe derem.
plan-step-disaster-certificate = Peça um certificado de sinistro (罹災証明書) ao corpo de bombeiros ou à prefeitura da sua cidade. Para isso, você não precisa ir à polícia.
plan-step-police-lost-at-home = Você pode pedir num posto policial (交番) ou numa delegacia para registrar uma ocorrência de perda (遺失届); para um cartão perdido em casa, a polícia pode não aceitar. Se aceitar, anote o número de protocolo (受理番号). Se não aceitar, anote onde e quando você pediu. Você também pode escolher não registrar ocorrência: diga isso abaixo. Em qualquer caso, o app escreve a sua declaração de acordo, e você explica no escritório de imigração.
plan-step-police-abroad = Comunique a perda ou o furto à polícia do lugar onde você está, e guarde o papel que lhe derem (ou uma cópia) e o número dele, se tiver. Você vai entregá-lo com uma tradução para o japonês, que você mesmo pode fazer. Não é possível fazer o pedido do exterior.
plan-step-police-abroad-back = Informe a ocorrência que você registrou na polícia no exterior: o país, a polícia, o dia e o número, se tiver. A declaração então diz onde você registrou a ocorrência. Se você não registrou ocorrência lá, diga isso abaixo. Se o cartão pode ter sido perdido no Japão, afinal, você pode registrar a ocorrência num posto policial daqui.
plan-step-return-to-japan = Volte ao Japão com o seu passaporte antes que a sua permissão de reentrada termine (veja o aviso acima). No aeroporto, diga ao agente de imigração que você perdeu o seu cartão de permanência no exterior. A companhia aérea pode pedir o cartão: veja a nota sobre o certificado da sua permissão de reentrada. Depois, informe aqui o dia em que você voltou: os seus 14 dias são contados a partir do dia seguinte.
plan-step-tell-police-found = Avise a polícia que você encontrou o seu cartão (o posto policial ou a delegacia onde você registrou a ocorrência): assim a ocorrência pode ser retirada. Se você não registrou ocorrência, não há mais nada a fazer.
plan-step-lift-my-number-suspension = Se você suspendeu as funções My Number do seu cartão, pergunte na prefeitura ou subprefeitura da sua cidade como reativá-las. Para um cartão My Number comum, isso é feito na prefeitura, com o cartão, e não por telefone; para um cartão combinado com o cartão de permanência, isso não está confirmado.
# $applicant: holder (the card holder goes), relative (a relative aged 16+ who lives with the
# holder goes: for a child, for an ill holder, or at the holder's request), agent (a registered agent files),
# approved (someone the office agreed to) or nobody (who goes is still to be found).
plan-step-apply-immigration = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido por ele (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
    [agent] O procurador entrega o pedido no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
    [approved] A pessoa aceita pelo escritório faz o pedido pelo titular do cartão no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
    [nobody] Quem o escritório aceitar faz o pedido pelo titular do cartão no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
   *[holder] Faça pessoalmente o pedido de um novo cartão no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
} Normalmente, o novo cartão é emitido no mesmo dia.
plan-step-apply-immigration-damaged = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido por ele (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular, levando o cartão danificado.
    [agent] O procurador entrega o pedido no escritório de imigração (出入国在留管理局) responsável pelo seu endereço, levando o cartão danificado.
    [approved] A pessoa aceita pelo escritório faz o pedido pelo titular do cartão no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular, levando o cartão danificado.
    [nobody] Quem o escritório aceitar faz o pedido pelo titular do cartão no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular, levando o cartão danificado.
   *[holder] Faça o pedido de um novo cartão no escritório de imigração (出入国在留管理局) responsável pelo seu endereço, levando o cartão danificado.
} Use o formulário para cartões danificados ou sujos.
plan-step-apply-immigration-exchange = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido de troca (como 代理人) no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
    [agent] O procurador entrega o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
    [approved] A pessoa aceita pelo escritório faz o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
    [nobody] Quem o escritório aceitar faz o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo endereço do titular.
   *[holder] Faça o pedido de troca no escritório de imigração (出入国在留管理局) responsável pelo seu endereço.
} Leve o seu cartão atual.
plan-step-apply-city-office = { $applicant ->
    [relative] Um parente com 16 anos ou mais que mora com o titular do cartão faz o pedido por ele (como 代理人) na prefeitura ou subprefeitura (区役所) da cidade do titular.
    [agent] O procurador entrega o pedido na prefeitura ou subprefeitura (区役所) da sua cidade.
    [approved] A pessoa aceita pela prefeitura faz o pedido pelo titular do cartão na prefeitura ou subprefeitura (区役所) da cidade do titular.
    [nobody] Quem a prefeitura aceitar faz o pedido pelo titular do cartão na prefeitura ou subprefeitura (区役所) da cidade do titular.
   *[holder] Faça o pedido na prefeitura ou subprefeitura (区役所) da sua cidade (não no escritório de imigração).
}
# Before applying, when no relative aged 16+ lives with a holder under 16 or ill. $applicant: approved or nobody;
# $holder: child (under 16) or adult (ill); $office: immigration or city.
plan-step-ask-office-who-applies = { $applicant ->
    [nobody] Ainda não há ninguém que possa ir. Ligue para { $office ->
        [city] a prefeitura ou subprefeitura
       *[immigration] o escritório de imigração responsável pelo endereço
    }, diga que { $holder ->
        [child] o titular do cartão tem menos de 16 anos
       *[adult] o titular do cartão está doente
    } e que nenhum familiar com 16 anos ou mais mora com ele, e pergunte quem pode fazer o pedido. Pai, mãe ou responsável legal que mora em outro lugar, outro familiar, ou alguém que mora com o titular pode fazê-lo, se a repartição concordar; um advogado ou 行政書士 registrado como procurador (申請取次者) pode fazer o pedido por você, cobrando uma taxa.
   *[approved] Antes de ir, pergunte { $office ->
        [city] à prefeitura ou subprefeitura
       *[immigration] ao escritório de imigração responsável pelo endereço
    } se concorda que essa pessoa faça o pedido. Quem não é um familiar com 16 anos ou mais que mora com o titular do cartão (pai, mãe ou responsável legal que mora em outro lugar, outro familiar, ou alguém que mora com o titular) só pode fazer o pedido se a repartição concordar.
} O prazo continua correndo: se ele passar enquanto você espera, faça o pedido mesmo assim, com uma carta explicando o motivo.
# $office, $postcode, $address, $envelope: the postal return address and what to write on the envelope (Japanese).
plan-step-return-old-card = Devolva o cartão antigo: em qualquer escritório de imigração, ou pelo correio para { $office }, { $postcode } { $address }. Escreva “{ $envelope }” no envelope.
plan-step-return-old-card-city-office = Devolva o certificado antigo. Pergunte na prefeitura ou subprefeitura da sua cidade como devolvê-lo.

## Documents

plan-doc-application-form = Formulário de pedido de novo cartão de permanência (在留カード再交付申請書, A4). O app pode preenchê-lo para você; os escritórios também têm cópias em papel.
plan-doc-application-form-city-office = O formulário próprio da prefeitura ou subprefeitura para pedir um novo certificado de residente permanente especial: a prefeitura tem o formulário (o app não o preenche).
plan-doc-application-form-damaged = Formulário de pedido de novo cartão quando o cartão está danificado ou sujo (A4). Os escritórios têm cópias em papel.
# $height_mm, $width_mm, $months.
plan-doc-photo = Uma foto de { $height_mm } mm de altura × { $width_mm } mm de largura, tirada nos últimos { $months } meses: só você, de frente, sem chapéu, com fundo liso e sem sombras. Escreva seu nome no verso.
plan-doc-loss-statement = Declaração sobre a perda ou o furto (紛失・盗難に係る陳述書), com o número de protocolo da polícia. O app pode preenchê-la para você.
plan-doc-loss-statement-not-accepted = Declaração sobre a perda (紛失・盗難に係る陳述書), dizendo que a polícia não aceitou a sua ocorrência. O app pode preenchê-la para você; explique também no guichê.
plan-doc-loss-statement-not-reported = Declaração sobre a perda (紛失・盗難に係る陳述書), dizendo que você não registrou ocorrência na polícia e por quê. O app pode preenchê-la para você; explique também no guichê.
plan-doc-loss-statement-abroad = Declaração sobre a perda ou o furto (紛失・盗難に係る陳述書), dizendo onde você registrou a ocorrência no exterior. O app pode preenchê-la para você.
plan-doc-accident-statement = Uma declaração explicando como o cartão foi destruído (陳述書). O app pode preenchê-la para você.
plan-doc-card-pieces = O que sobrou do cartão, se sobrou algo: nesse caso, o escritório pode tratá-lo como um cartão danificado.
plan-doc-police-report-abroad = O papel da ocorrência que você registrou na polícia no exterior (ou uma cópia).
plan-doc-police-report-translation = Uma tradução para o japonês desse papel. Papéis em outro idioma precisam de tradução; você mesmo pode fazê-la.
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
plan-doc-agent-certificate = O procurador leva o próprio certificado de procurador registrado (申請等取次者証明書).
plan-doc-medical-certificate = Um documento que mostre que você não pode ir pessoalmente, como um atestado médico (診断書).
plan-doc-letter-of-authority = Uma procuração (委任状) assinada por você, com o nome do parente que vai. O app pode preenchê-la para você.
# $holder: child (under 16) or adult (ill).
plan-doc-approved-person-id = Documento de identidade da pessoa que faz o pedido { $holder ->
    [child] pela criança
   *[adult] por você
}, e um documento que mostre a relação dela com { $holder ->
    [child] a criança (para pai, mãe ou responsável legal, um documento que mostre isso)
   *[adult] você
}. Pergunte no escritório o que mais é preciso.

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
# $yen = the maximum non-criminal fine. $holder: child (under 16) or adult (ill).
plan-penalty-relative = Perder o cartão não é crime. { $holder ->
    [child] No caso de um titular com menos de 16 anos,
   *[adult] No caso de um titular doente que não pode fazer o pedido,
} o familiar com 16 anos ou mais que mora com ele deve fazer o pedido; quem não o fizer pode receber uma multa administrativa (não penal, 過料) de até ¥{ $yen }. O importante é fazer o pedido, mesmo com atraso.

## Notes

plan-note-counter-hours = Os guichês dos escritórios de imigração costumam abrir em dias úteis, das 9:00 às 12:00 e das 13:00 às 16:00. Confira o horário do seu escritório antes de ir.
plan-note-city-office-not-same-day = O novo certificado não é emitido no mesmo dia: a prefeitura ou subprefeitura diz quando você deve voltar para buscá-lo.
plan-note-city-office-documents = Esta lista segue as regras do certificado de residente permanente especial. A prefeitura ou subprefeitura da sua cidade pode pedir mais documentos: pergunte lá antes de ir.
plan-note-specified-card-unconfirmed = Ainda não está confirmado como é a reemissão de um cartão perdido que é combinado com o cartão My Number, e ele pode não ser emitido no mesmo dia (há relatos de cerca de dez dias). Pergunte no escritório de imigração quanto tempo leva, principalmente se você precisar viajar.
plan-note-spr-show-on-request = Você não é obrigado a andar com o seu certificado de residente permanente especial, mas deve mostrá-lo se um agente de imigração ou um policial pedir. Até o novo ser emitido, leve com você o número de protocolo da polícia para explicar.
plan-note-birth-date-unknown = Consideramos que o titular do cartão tem 16 anos ou mais. Se tiver menos de 16, informe a data de nascimento: nesse caso, um parente faz o pedido por ele e não é preciso foto.
# $birthday = the day the child turns 16.
plan-note-turns-16 = A criança faz 16 anos em { $birthday }. A partir desse dia, ela faz o pedido pessoalmente e precisa de foto.
# $days = days to return it.
plan-note-old-card-if-found = Se você encontrar o cartão antigo depois de receber o novo, ele não vale mais: devolva-o em até { $days } dias a partir do dia em que o encontrou.

## Warnings, read before anything else

plan-warning-leaving-soon = Não saia do Japão sem o seu novo cartão. Sair do Japão sem o cartão de permanência (ou uma permissão de reentrada) faz você perder o seu status de residência (visto). Faça o pedido antes de viajar: normalmente, o novo cartão é emitido no mesmo dia. Se não puder esperar por ele, peça uma permissão de reentrada (再入国許可) ao escritório de imigração antes de sair do Japão.
plan-warning-leaving-soon-specified = Não saia do Japão sem o seu novo cartão. Sair do Japão sem o cartão de permanência (ou uma permissão de reentrada) faz você perder o seu status de residência (visto). Um cartão combinado com o cartão My Number pode não ser emitido no mesmo dia (há relatos de cerca de dez dias; não confirmado): faça o pedido o quanto antes, pergunte no escritório de imigração quanto tempo vai levar e, se ele não ficar pronto antes da sua saída, peça uma permissão de reentrada (再入国許可).
# Still abroad. $holder: special_permanent (2 years) or resident (1 year or the end of the period of stay).
plan-warning-return-before-permission-ends = Volte ao Japão antes que a sua permissão de reentrada termine, ou você perde o seu status de residência (visto). { $holder ->
    [special_permanent] Se você saiu com a permissão especial de reentrada (みなし再入国), ela vale por 2 anos a partir do dia em que você saiu.
   *[resident] Se você saiu com a permissão especial de reentrada (みなし再入国), ela vale por 1 ano a partir do dia em que você saiu, ou até o fim do seu período de permanência, se isso for antes.
} A permissão especial de reentrada não pode ser prorrogada do exterior. Uma permissão de reentrada (再入国許可) tem a sua própria data final, que está no seu passaporte; uma Embaixada do Japão pode prorrogá-la. Informe o último dia abaixo, se você souber: vamos lembrar você antes dele.
# Still abroad. $by = the last day of the re-entry permission.
plan-warning-return-by = Volte ao Japão até { $by }, o último dia da sua permissão de reentrada, ou você perde o seu status de residência (visto). A permissão especial de reentrada (みなし再入国) não pode ser prorrogada do exterior.
plan-warning-return-by-passed = O dia que você informou como o último da sua permissão de reentrada, { $by }, já passou. Confira a data no seu passaporte. Se a permissão terminou, o seu status de residência também pode ter terminado: entre em contato com a Embaixada ou o Consulado do Japão mais próximo para saber o que fazer.

## Why there is no deadline

plan-no-deadline = A lei não define prazo para este caso.
plan-no-deadline-found-again = Seu cartão continua válido: você não precisa pedir um novo.
# $days = the days allowed after re-entry.
plan-no-deadline-abroad-now = Os seus { $days } dias ainda não começaram: eles são contados a partir do dia seguinte ao dia em que você voltar ao Japão. Ninguém pode fazer o pedido do exterior.
# $days = days to apply after an order.
plan-no-deadline-damaged = Não há prazo para um cartão danificado: faça o pedido quando puder. Se o escritório de imigração mandar você fazer o pedido, a partir daí você terá { $days } dias.
plan-no-deadline-exchange = Não há prazo para a troca.

## Notes on the situation

# $days = days to return an old card.
plan-note-found-still-valid = Um cartão que aparece antes de um novo ser emitido continua válido: continue usando-o. Só se um novo cartão já tivesse sido emitido o antigo perderia a validade, e então teria de ser devolvido em até { $days } dias.
plan-note-carry-passport = Até ter o novo cartão, leve com você o seu passaporte e uma anotação ou foto do número de protocolo da polícia: você deve andar com o seu cartão de permanência, e isso mostra por que você não pode.
plan-note-accident = Não encontramos nenhuma regra oficial sobre o que comprova que um cartão foi destruído num acidente: normalmente não pedem ocorrência policial nem certificado. Explique por escrito o que aconteceu (o app escreve), leve os pedaços do cartão que tiver e pergunte no escritório se precisa de mais alguma coisa. Se você ainda tem o cartão, mesmo quebrado, ele pode ser tratado como um cartão danificado.
plan-note-lost-at-home = Procure mais uma vez nos lugares da casa onde o cartão poderia estar. A polícia pode não aceitar uma ocorrência de perda para um cartão perdido em casa, e você também pode decidir não registrar ocorrência: anote nesta página o que aconteceu e faça o pedido mesmo assim. A declaração diz isso, e você explica no guichê.
plan-note-reentry-certificate = A companhia aérea pode pedir o seu cartão de permanência no check-in. Isso importa mais se a sua nacionalidade precisa de visto para o Japão, ou se o seu passaporte não mostra mais a sua permissão de reentrada. Um familiar que mora com você, ou alguém com uma procuração (委任状) assinada por você (enviada por fax ou digitalizada), pode obter um certificado da sua permissão de reentrada (再入国許可期限証明書) num escritório de imigração no Japão e enviá-lo para você.
plan-note-abroad-passport-gone = Seu passaporte também foi perdido: entre em contato primeiro com a embaixada ou o consulado do seu país, para um novo passaporte ou um documento de viagem. Um passaporte novo não vai mostrar o carimbo de saída nem a sua permissão de reentrada, por isso o certificado da sua permissão de reentrada (再入国許可期限証明書) é importante: envie à pessoa no Japão que vai pedi-lo uma procuração (委任状) assinada por você e uma cópia da sua ocorrência policial; pergunte no escritório de imigração o que mais é preciso.
plan-note-who-goes-ill = O parente que vai por você leva o documento de identidade dele, um documento que mostre que vocês são parentes e moram juntos, e um atestado médico que mostre que você não pode ir. Ele escreve o nome dele na parte 取次者 (quem entrega o pedido) do formulário.
plan-note-who-goes-request = O parente que vai por você leva o documento de identidade dele, um documento que mostre que vocês são parentes e moram juntos, e a procuração (委任状) que você assinou. O app preenche a procuração: informe o parente na parte 取次者 (quem entrega o pedido) dos dados da sua pessoa.
plan-note-who-goes-agent = Um procurador registrado (申請取次者) entrega o pedido por você e recebe o cartão. Só um advogado ou um 行政書士 pode cobrar de você por isso.
plan-note-travel = Vai viajar para o exterior? Pegue o novo cartão primeiro. Sair do Japão sem o cartão de permanência (ou uma permissão de reentrada) faz você perder o seu status de residência (visto).
plan-note-passport-gone = Para o passaporte, entre em contato com a embaixada ou o consulado do seu país. Até ter um novo, leve a carta que explica por que você não pode mostrá-lo (o app escreve) e outro documento de identidade.
# $hotline, $hotline_foreign = phone numbers.
plan-note-other-cards = Outros cartões foram perdidos junto? Para o cartão My Number, ligue para { $hotline } (24 horas, todos os dias; { $hotline_foreign } em outros idiomas) e avise a prefeitura da sua cidade. Para cartões de banco e de crédito, ligue para o banco ou a administradora do cartão.
# Still abroad. $hotline_abroad = a number for calling from abroad.
plan-note-other-cards-abroad = Outros cartões foram perdidos junto? Números que começam com 0120 normalmente não podem ser discados do exterior. Para o cartão My Number, uma Embaixada do Japão informa o número { $hotline_abroad } (24 horas, em japonês), dito para cartões de cidadãos japoneses; não conseguimos confirmar isso para o seu. Para cartões de banco e de crédito, ligue para o número para chamadas do exterior que está no site da administradora do cartão.
plan-note-card-number-unknown = Não sabe o número do seu cartão? Você pode deixá-lo em branco no formulário; normalmente, o escritório consegue encontrá-lo (não confirmado). Leve qualquer coisa que mostre o número: um 住民票 da prefeitura da sua cidade mostra o número se você pedir, e a empresa onde você trabalha, a sua escola ou o seu banco podem ter uma cópia do seu cartão.
plan-note-stay-ending = Um novo cartão não muda o seu período de permanência. Se ele acaba em breve, peça também a renovação: você pode fazer as duas coisas no escritório.
