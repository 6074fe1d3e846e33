# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = O que aconteceu com o seu cartão?
triage-incident-help = Escolha a resposta mais próxima. Você pode voltar e mudá-la.
triage-incident-lost = Perdi, ou não consigo encontrá-lo
triage-incident-stolen = Foi furtado ou roubado
triage-incident-destroyed = Foi destruído (desastre, incêndio, acidente)
triage-incident-damaged = Está danificado ou sujo, ou o chip não funciona
triage-incident-exchange = Quero trocá-lo (por vontade própria)
triage-incident-old-card-found = Encontrei o cartão antigo depois de receber um novo

triage-card-title = Qual é o cartão?
triage-card-help = A maioria das pessoas tem o cartão de permanência (在留カード).
triage-card-residence-card = Cartão de permanência (在留カード)
triage-card-special-permanent = Certificado de residente permanente especial (特別永住者証明書)
triage-card-specified = Cartão de permanência com My Number (特定在留カード)

triage-learned-on-title = Quando você percebeu que o cartão tinha sumido?
triage-learned-on-help = Os 14 dias são contados a partir do dia seguinte a esta data.
triage-found-on-title = Quando você encontrou o cartão antigo?
triage-found-on-help = Você deve devolvê-lo em até 14 dias a partir do dia em que o encontrou.

triage-abroad-title = Você estava fora do Japão quando percebeu?
triage-abroad-help = Se sim, os 14 dias começam quando você voltou ao Japão.
triage-abroad-no = Não, eu estava no Japão
triage-abroad-yes = Sim, eu estava no exterior

triage-birth-date-title = Quando o titular do cartão nasceu?
triage-birth-date-help = Crianças com menos de 16 anos não precisam de foto, e um familiar faz o pedido por elas.

triage-passport-title = Você pode mostrar seu passaporte no escritório?
triage-passport-help = Se não puder, escreva uma justificativa curta (理由書) e leve outro documento de identidade.
triage-passport-yes = Sim
triage-passport-no = Não, não posso

police-phrase-lost = Perdi meu cartão de permanência. Quero registrar uma ocorrência de perda.
police-phrase-stolen = Meu cartão de permanência foi roubado. Quero registrar uma ocorrência de furto.
police-phrase-number = Preciso do número de protocolo para o pedido de reemissão na imigração. Por favor, me informe o número.
police-phrase-slowly = Não falo muito japonês. Por favor, fale devagar.
