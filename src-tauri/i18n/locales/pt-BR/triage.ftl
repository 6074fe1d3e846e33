# The triage questions (domain: triage.rs) and the police-box phrases (domain: police_phrases.rs).

triage-incident-title = O que aconteceu com o seu cartão?
triage-incident-help = Escolha a resposta mais próxima. Você pode voltar e mudá-la.
triage-incident-lost = Perdi fora de casa, ou não sei onde
triage-incident-lost-at-home = Está perdido em algum lugar da minha casa
triage-incident-stolen = Foi furtado ou roubado
triage-incident-destroyed = Foi destruído num desastre ou num incêndio (queimado)
triage-incident-destroyed-by-accident = Foi destruído num acidente (lavado, quebrado): sumiu ou está em pedaços. Se você ainda tem o cartão, escolha “danificado”
triage-incident-damaged = Está danificado ou sujo, ou o chip não funciona
triage-incident-exchange = Quero trocá-lo (por vontade própria)
triage-incident-found-again = Encontrei meu cartão de novo (ainda não tenho um cartão novo)
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
triage-found-again-help = Seu cartão continua válido. Vamos dizer o que ainda falta fazer (uma ou duas coisas).

triage-birth-date-title = Quando o titular do cartão nasceu?
triage-birth-date-help = Crianças com menos de 16 anos não precisam de foto, e um familiar faz o pedido por elas.

triage-passport-title = Você pode mostrar seu passaporte no escritório?
triage-passport-help = Se não puder, escreva uma justificativa curta (理由書) e leve outro documento de identidade.
triage-passport-yes = Sim
triage-passport-gone-too = Não, ele foi perdido ou furtado junto com o cartão
triage-passport-no = Não, por outro motivo (por exemplo, está na embaixada do meu país)

police-phrase-lost = Perdi meu cartão de permanência. Quero registrar uma ocorrência de perda.
police-phrase-stolen = Meu cartão de permanência foi roubado. Quero registrar uma ocorrência de furto.
police-phrase-number = Preciso do número de protocolo para o pedido de reemissão na imigração. Por favor, me informe o número.
police-phrase-slowly = Não falo muito japonês. Por favor, fale devagar.

triage-whereabouts-title = Onde você estava quando percebeu, e onde está agora?
triage-whereabouts-help = Os 14 dias começam num dia em que você está no Japão. Sair do Japão sem o cartão de permanência pode fazer você perder o seu status de residência (visto), então nos diga se pretende viajar.
triage-whereabouts-in-japan = Eu estava no Japão e continuo no Japão
triage-whereabouts-leaving-soon = Eu estava no Japão, mas pretendo sair do Japão nas próximas semanas
triage-whereabouts-back-in-japan = Percebi no exterior e já voltei ao Japão
triage-whereabouts-return-date = O dia em que você voltou ao Japão
triage-whereabouts-abroad-now = Percebi no exterior e ainda estou no exterior

triage-applicant-title = Quem vai ao escritório de imigração?
triage-applicant-help = Normalmente, você vai pessoalmente. Um familiar que mora com você pode ir por você se você estiver doente, ou se você pedir.
triage-applicant-holder = Vou pessoalmente
triage-applicant-relative-ill = Um familiar que mora comigo (estou doente ou internado)
triage-applicant-relative-request = Um familiar que mora comigo, porque eu peço
triage-applicant-agent = Um advogado, um 行政書士 ou outro procurador registrado (申請取次者)
triage-applicant-ill-other = Estou doente ou internado, e nenhum familiar mora comigo: outra pessoa (o escritório precisa concordar)
triage-applicant-ill-no-one = Estou doente ou internado, e ainda não há ninguém que possa ir por mim
triage-applicant-child-title = Quem vai ao escritório pela criança?
triage-applicant-child-help = Uma criança com menos de 16 anos não faz o pedido pessoalmente. Um familiar com 16 anos ou mais que mora com a criança deve fazer o pedido por ela.
triage-applicant-child-relative = Um familiar com 16 anos ou mais que mora com a criança
triage-applicant-child-other = Outra pessoa: pai, mãe ou responsável legal que mora em outro lugar, outro familiar, ou alguém com quem a criança mora (o escritório precisa concordar)
triage-applicant-child-no-one = Por enquanto, nenhuma dessas pessoas
