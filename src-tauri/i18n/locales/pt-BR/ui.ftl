# The app's screens. Messages without variables are sent to the UI as they are.
# Portuguese: CLDR "one" covers 0 and 1, so counts have an explicit [0] (as in common.ftl).

ui-app-title = Ajuda com o Cartão de Permanência
ui-skip = Pular para o conteúdo
ui-language = Idioma
ui-back = Voltar
ui-next = Avançar
ui-home = Início
ui-loading = Carregando…
ui-home-title = Perdeu seu cartão de permanência?
ui-home-lead = Não se preocupe. Você tem 14 dias para fazer o pedido de um novo cartão, e este app mostra cada passo. Suas respostas ficam neste aparelho.
ui-start-case = Começar: leva só um minuto
ui-my-cases = Seus casos
ui-open-case = Abrir
ui-today-title = Hoje no Japão
ui-if-lost-title = Se você perdesse o cartão hoje
ui-if-lost-lead = teria que fazer o pedido de um novo até

ui-triage-progress = Pergunta { $number } de { $total }
ui-triage-date-label = Data
ui-triage-see-plan = Ver meu plano

ui-case-title-lost = Cartão de permanência perdido
ui-case-title-stolen = Cartão de permanência furtado
ui-case-title-destroyed = Cartão destruído num desastre ou num incêndio
ui-case-title-destroyed-by-accident = Cartão destruído num acidente
ui-case-title-found-again = Seu cartão apareceu de novo
ui-case-title-damaged = Cartão danificado
ui-case-title-exchange = Troca de cartão
ui-case-title-old-card = Cartão antigo a devolver

ui-deadline-title = Faça o pedido até
ui-legal-last-day = Último dia pela lei
ui-recommended-day = Vá no máximo até
ui-days-left = { $days ->
    [0] Hoje é o último dia
    [one] Falta { $days } dia
   *[other] Faltam { $days } dias
}
ui-due-today = Hoje é o último dia
ui-days-late = { $days ->
    [0] Hoje é o último dia
    [one] { $days } dia após o prazo
   *[other] { $days } dias após o prazo
}
ui-done-on = Concluído em { $on }
ui-next-step = Próximo passo
ui-plan-title = Seu plano
ui-checklist-title = O que levar
ui-only-if-asked = só se o escritório pedir
ui-fee-title = Taxa
ui-penalty-title = Se você não fizer o pedido
ui-penalty-show = O que acontece se eu passar do prazo?
ui-notes-title = Bom saber
ui-source = Fonte
ui-as-of = atualizado em
ui-confidence-law = texto da lei ou página oficial
ui-confidence-secondary = página oficial citada por advogados e universidades
ui-confidence-unconfirmed = não confirmado

ui-police-card-button = Mostrar à polícia
ui-police-title = Para o policial
ui-police-lead = Mostre esta tela ao policial.

ui-report-title = Sua ocorrência na polícia
ui-report-lead = Anote o que a polícia lhe deu. O número vai nos seus papéis.
ui-report-kind = Documento
ui-report-kind-loss = Ocorrência de perda (遺失届)
ui-report-kind-theft = Ocorrência de furto (盗難届)
ui-report-kind-disaster = Certificado de sinistro (罹災証明書)
ui-report-kind-abroad = Ocorrência na polícia no exterior
ui-report-where = Onde você registrou a ocorrência?
ui-report-country = País
ui-report-police-abroad = Polícia (a delegacia ou repartição, como está no papel)
ui-report-number-abroad = Número da ocorrência, se o papel tiver
ui-report-not-reported = Não registrei ocorrência na polícia, e não vou registrar
ui-report-not-reported-help = Permitido para um cartão perdido em casa, ou perdido no exterior sem ocorrência registrada lá. A declaração vai dizer que nenhuma ocorrência foi registrada e por quê; explique também no guichê.
ui-report-station = Delegacia ou repartição
ui-report-date = Data da ocorrência
ui-report-number = Número de protocolo (受理番号)
ui-report-not-accepted = A polícia não aceitou minha ocorrência
ui-report-not-accepted-help = Marque aqui se a polícia não quis registrar a ocorrência (por exemplo, para um cartão perdido em casa). Escreva onde e quando você pediu; a declaração vai dizer isso.
ui-report-save = Salvar
ui-saved = Salvo.

ui-applied-button = Já fiz o pedido
ui-found-button = Encontrei meu cartão
ui-found-undo = Afinal, não encontrou? Desfazer
ui-reentry-title = Já voltou ao Japão?
ui-reentry-offer = Você percebeu a perda quando estava no exterior?
ui-reentry-lead = Informe o dia em que você voltou: os seus 14 dias são contados a partir do dia seguinte.
ui-reentry-date = O dia em que você voltou ao Japão
ui-reentry-save = Salvar o dia
ui-return-by-title = O último dia para estar de volta ao Japão
ui-return-by-lead = Se você souber, informe o último dia da sua permissão de reentrada: para a permissão especial de reentrada (みなし再入国), um ano depois do dia em que você saiu, ou o fim do seu período de permanência, se for antes (residentes permanentes especiais: dois anos depois do dia em que saíram); para uma permissão de reentrada (再入国許可), a data no seu passaporte. Vamos lembrar você 30, 7 e 1 dia antes.
ui-return-by-date = Último dia da minha permissão de reentrada
ui-return-by-save = Salvar
ui-leaving-title = Vai viajar para o exterior em breve?
ui-leaving-lead = Sair do Japão antes de ter o novo cartão pode fazer você perder o seu status de residência (visto). Diga se pretende viajar: o plano então mostra o aviso primeiro.
ui-leaving-set = Pretendo sair do Japão em breve
ui-leaving-unset = Não pretendo mais sair do Japão em breve
ui-delete-case = Excluir este caso
ui-delete-confirm = Excluir este caso e tudo o que há nele? Isso não pode ser desfeito.

## A file the app saved (the papers, a copy of the data, the reminders): open, share, where it is

ui-file-open = Abrir
ui-file-share = Compartilhar ou imprimir
ui-open-done = O arquivo foi aberto em outro aplicativo.
ui-share-done = Compartilhado.
ui-share-cancelled = Não compartilhado: a janela de compartilhamento foi fechada.
ui-share-shown = A janela de compartilhamento está aberta: escolha para onde enviar o arquivo ou imprima-o.
# $path = where the file is, as the device shows it.
ui-place-path = { $path }
# $folder, $name = the folder under Downloads and the file's name (Android).
ui-place-android-downloads = Downloads › { $folder } › { $name }
# $name = the file's name; the rest names the Files app's places on an iPhone.
ui-place-ios-files = Arquivos › No Meu iPhone › Zairyu Card Helper › { $name }

## The 14 days on a calendar (the dashboard and the papers' summary page)

ui-cal-caption = Os 14 dias depois de { $from } (esse dia não é contado); o último dia é { $last }.
ui-cal-month = { $month } de { $year }
ui-cal-day-n = dia { $n } de 14
ui-cal-closed-weekend = fim de semana: repartições públicas fechadas
ui-cal-closed-holiday = feriado nacional { $name }: repartições públicas fechadas
ui-cal-closed-year-end = recesso de fim de ano (29/12 a 3/1): repartições públicas fechadas
ui-cal-legend-count-start = o dia a partir do qual se conta (não é contado)
ui-cal-legend-in-window = um dos 14 dias
ui-cal-legend-closed = repartições públicas fechadas
ui-cal-legend-today = hoje
ui-cal-legend-recommended = vá no máximo até este dia
ui-cal-legend-last-day = último dia pela lei
ui-cal-closed-title = Dias sem expediente
ui-open-days-left = { $count ->
    [0] O escritório de imigração não abre em nenhum dos dias que faltam.
    [one] O escritório de imigração abre em 1 dos dias que faltam (incluindo hoje).
   *[other] O escritório de imigração abre em { $count } dos dias que faltam (incluindo hoje).
}
