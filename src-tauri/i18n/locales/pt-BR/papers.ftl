# Papers errors (zairyu_domain::papers::PaperError::text). $field is a field id.
# `paper-field` is referenced by the messages below and resolves with their arguments ($field).
# Portuguese: the field name is quoted after "o campo", so its gender does not matter.
paper-field = { $field ->
    [nationality] nacionalidade ou região
    [family-name] sobrenome
    [given-name] nome
    [name] nome
    [kanji-name] nome em kanji
    [address] endereço no Japão
    [card-number] número do cartão de permanência
    [phone] telefone
    [representative-name] nome do representante legal
    [representative-relationship] parentesco do representante legal com você
    [representative-address] endereço do representante legal
    [representative-phone] telefone do representante legal
    [agent-name] nome do procurador (取次者)
    [agent-address] endereço do procurador (取次者)
    [agent-organisation] organização do procurador (取次者)
    [agent-phone] telefone do procurador (取次者)
    [agent-birth-date] data de nascimento da pessoa que vai por você
    [loss-place-name] local onde o cartão foi perdido
    [loss-how] como o cartão foi perdido
    [loss-detail] detalhe sobre o que aconteceu
    [reentered-on] dia em que você voltou ao Japão
    [police-station] delegacia
    [country] país da ocorrência
    [acceptance-number] número de protocolo
    [late-detail] suas próprias palavras sobre o atraso
    [late-illness-place] hospital
    [late-illness-from] primeiro dia da doença ou da internação
    [late-illness-until] último dia da doença ou da internação
    [late-abroad-place] país onde você estava
    [late-abroad-from] primeiro dia no exterior
    [late-abroad-until] último dia da estadia no exterior
    [late-disaster] desastre
    [passport-detail] suas próprias palavras sobre o passaporte
    [birth-date] data de nascimento
    [activity-permit] permissão para atividade fora do visto
    [learned-on] dia em que você soube da perda
    [loss-date] dia da perda
    [reported-on] dia da ocorrência na polícia
   *[other] { $field }
}

err-paper-missing-glyph = O campo “{ paper-field }” contém “{ $character }” ({ $codepoint }), que não pode ser impresso nos papéis. Remova esse caractere ou escreva de outro jeito, por favor.
err-paper-empty = Preencha o campo “{ paper-field }”, por favor.
err-paper-does-not-fit = O campo “{ paper-field }” é longo demais para caber no papel. Encurte-o, por favor.
err-paper-too-long = O campo “{ paper-field }” tem { $len } caracteres; cabem no máximo { $max } no papel.
err-paper-control-character = O campo “{ paper-field }” contém uma quebra de linha ou outro caractere invisível. Escreva tudo numa linha só, por favor.
err-paper-not-this-procedure = Estes papéis são para um cartão perdido, furtado ou destruído. Cartão danificado, troca ou cartão antigo encontrado usam outros papéis.
err-paper-missing-loss-statement = Responda quando, onde e como o cartão foi perdido, por favor: a declaração precisa disso.
err-paper-missing-police-report = Primeiro, informe a ocorrência na polícia na página do seu caso: a delegacia, a data e o número de protocolo (ou que a polícia não a aceitou).
err-paper-card-found-again = Seu cartão apareceu de novo, então não é preciso nenhum papel.
err-paper-does-not-fit-case = O campo “{ paper-field }” não combina com o que aconteceu com o cartão. Escolha de novo, por favor.
err-paper-missing-relative = A procuração precisa do parente que vai por você: abra os dados da pessoa, marque a parte 取次者 (quem entrega o pedido) e informe o nome, o parentesco, o endereço e o telefone dele.

paper-advice-abroad-reentry = Você escolheu “Eu estava no exterior”. Se você percebeu a perda quando estava no exterior, os seus 14 dias são contados a partir do dia seguinte ao dia em que você voltou ao Japão: informe esse dia na página do seu caso, e talvez você nem esteja atrasado.
paper-advice-kanji-name = O formulário não tem uma linha para o nome em kanji. Para que ele seja impresso no seu cartão, entregue no escritório o formulário de solicitação separado (在留カード漢字氏名表記申出書).
paper-advice-card-number-blank = O número do cartão fica em branco no formulário. Escreva-o se você o encontrar (um 住民票 pode mostrá-lo, se você pedir). Normalmente, o escritório consegue encontrá-lo (não confirmado): leve qualquer coisa que mostre o número.
paper-advice-relative-block = O parente que vai por você deve ser escrito na parte 取次者 (quem entrega o pedido) do formulário: abra os dados da pessoa e informe o parente ali, com o parentesco dele com você.
err-paper-missing-late-reasons = O prazo já passou. Escolha por que o pedido está atrasado: isso entra na carta de justificativa. Você ainda pode fazer o pedido.
err-paper-missing-passport-reasons = Escolha por que você não pode mostrar o passaporte: isso entra na carta de justificativa.
err-paper-inconsistent = O campo “{ paper-field }” está diferente no seu perfil e no seu caso. Confira os dois, por favor.
err-paper-impossible-date = O campo “{ paper-field }” não pode estar certo. Confira a data, por favor.
err-paper-pdf = Não foi possível gerar os papéis ({ $detail }). Isso é um erro do app; por favor, relate-o.
