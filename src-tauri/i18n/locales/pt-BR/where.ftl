# Where to go and what to expect (zairyu-domain offices, at_the_office, meanwhile, myths; the core's
# where_to_go view). Office names stay in Japanese, as the law writes them.

## Which office (the finder on the dashboard)

ui-office-title = Qual escritório
# $prefecture = the prefecture's Japanese name, e.g. 神奈川県.
ui-office-lead = Seu endereço fica em { $prefecture }. Por lei, este é o escritório da Agência de Serviços de Imigração responsável pela sua província:
ui-office-choose = Escolha a província do seu endereço: o app mostra o escritório que a lei define para ela.
ui-office-prefecture = Província do seu endereço
ui-office-prefecture-none = Escolha…
# One prefecture in the list. $name = its name in Latin letters (Kanagawa), $name_ja = in Japanese (神奈川県).
ui-office-prefecture-option = { $name } ({ $name_ja })
ui-office-covering = O escritório responsável pela sua província, por lei
ui-office-field-offices = Escritórios locais (出張所) da Agência na sua província citados nas regras atuais
ui-office-seat = fica em
ui-office-not-every-office = Nem todo escritório atende pedidos de novo cartão de permanência: alguns escritórios locais funcionam só num aeroporto ou num porto marítimo, e a lei não diz quais aceitam esse pedido.
ui-office-check-before-going = Antes de ir, confira o endereço do escritório, o horário de atendimento e se ele aceita pedidos de novo cartão, na lista de escritórios da Agência: 「地方出入国在留管理官署」

## The day at the office

ui-at-office-title = O dia no escritório
office-day-same-day = Normalmente, o novo cartão é emitido no mesmo dia, no guichê.
office-day-city-office-later = O novo certificado não é emitido no mesmo dia: a prefeitura ou subprefeitura diz quando você deve voltar para buscá-lo.
office-day-specified-longer = Um cartão combinado com o cartão My Number pode não ficar pronto no mesmo dia: há relatos de cerca de dez dias (não confirmado). Pergunte no escritório quanto tempo vai levar.
office-day-hours = Os guichês abrem só em dias úteis, normalmente das 9:00 às 12:00 e das 13:00 às 16:00; alguns escritórios têm outro horário. Confira o horário do seu escritório antes de ir.
office-day-early = Vá cedo: pode haver fila.
office-day-city-hours = As prefeituras e subprefeituras abrem em dias úteis; antes de ir, confira o horário do guichê que cuida do certificado.
office-day-bring = Leve tudo o que está na sua lista. Quem for por você também leva o próprio documento de identidade.
office-day-free = Não há taxa para um novo cartão após perda, furto, destruição ou dano.
# $yen = the fee.
office-day-fee-exchange = A troca por vontade própria custa ¥{ $yen }.

## Protect yourself meanwhile (a checklist on the dashboard)

ui-protect-title = Proteja-se enquanto isso
ui-protect-lead = Marque cada item quando terminar. As marcações ficam neste aparelho.
protect-bank-cards = Se um cartão de banco ou de crédito foi perdido junto, ligue para o banco ou para a administradora do cartão para bloqueá-lo. Pergunte ao seu banco o que ele precisa de você até você ter o novo cartão de permanência.
protect-phone-company = Avise a sua operadora de celular que o seu cartão de permanência foi perdido: quem o encontrar pode tentar fazer um contrato em seu nome.
protect-phone-company-stolen = Avise a sua operadora de celular que o seu cartão de permanência foi furtado: a polícia já relatou casos de cartões furtados usados para fazer contratos de telefone em nome de outras pessoas.
protect-employer-or-school = Avise a empresa onde você trabalha ou a sua escola. Normalmente eles guardam uma cópia do seu cartão, que também mostra o número dele, se você não souber.
protect-other-id = Se o seu cartão My Number ou a sua carteira de motorista foram perdidos junto, cite-os na mesma ocorrência policial. Para o cartão My Number, ligue também para a central dele (veja as notas).
protect-if-misused = Se alguém usar o seu cartão (um contrato de telefone, um empréstimo ou cobranças que você não fez), avise a polícia, informando o número de protocolo da sua ocorrência, se você tiver.
protect-if-misused-stolen = Um cartão furtado pode ser usado indevidamente. Se você vir um contrato, um empréstimo ou cobranças que você não fez, avise a polícia na hora, informando o número de protocolo da sua ocorrência.
protect-after-the-new-card = Depois que o novo cartão for emitido, o antigo fica registrado como inválido: quem consultar o número dele na página de consulta de números de cartão da Agência vê isso (segundo a imprensa, essa página não pode ser acessada do exterior desde janeiro de 2026). Depois, mostre o novo cartão ao seu banco, à operadora de celular e à empresa onde você trabalha, para que atualizem os cadastros deles.

## Myths and facts

ui-myths-button = Mitos e fatos
ui-myths-title = Mitos e fatos
ui-myths-lead = Coisas que se dizem muito na internet, e o que dizem a lei e as páginas da Agência de Serviços de Imigração.
ui-myth-said = Costuma-se dizer:
ui-myth-fact = Na verdade:
myth-fee-said = Um novo cartão após uma perda é pago.
# $yen = the fee (0).
myth-fee-fact = É gratuito (¥{ $yen }) após perda, furto ou destruição. As taxas citadas na internet são de outros procedimentos, como a renovação do período de permanência.
myth-police-certificate-said = Você precisa de um certificado da sua ocorrência policial.
myth-police-certificate-fact = Desde 3 de março de 2025, o escritório pede uma declaração com o número de protocolo da polícia (受理番号), que o app preenche. Ele ainda pode pedir o certificado.
myth-fourteen-days-said = Os 14 dias contam a partir do dia em que o cartão foi perdido.
myth-fourteen-days-fact = Eles contam a partir do dia seguinte ao dia em que você soube da perda, ou, se você soube no exterior, a partir do dia seguinte à sua volta ao Japão.
myth-photo-said = A foto precisa ter sido tirada nos últimos 3 meses.
# $months = how recent the photo must be; $age = the age from which a photo is needed.
myth-photo-fact = Ela precisa ter sido tirada nos últimos { $months } meses (antes a regra era de 3), e ninguém com menos de { $age } anos precisa de foto.
myth-embassy-said = Uma embaixada pode lhe dar um novo cartão ou fazer o pedido por você.
myth-embassy-fact = Nenhuma embaixada pode: o pedido é feito no Japão, pessoalmente, no escritório de imigração (para um residente permanente especial, na prefeitura ou subprefeitura), por você ou por alguém autorizado a ir por você.
myth-anyone-can-charge-said = Qualquer um pode cobrar para cuidar do seu pedido.
myth-anyone-can-charge-fact = Só um advogado (弁護士) ou um 行政書士 habilitado pode cobrar para preparar ou entregar papéis por você. Qualquer outra pessoa pedindo dinheiro para “resolver” isso é um sinal de alerta.
