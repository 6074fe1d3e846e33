# Profile errors (zairyu_domain::profile::ProfileError::text). $field is a field id.
# `profile-field` is referenced by the messages below and resolves with their arguments ($field).
# Portuguese: the field name is quoted after "o campo", so its gender does not matter.
profile-field = { $field ->
    [nationality] nacionalidade ou região
    [birth-date] data de nascimento
    [family-name] sobrenome
    [given-name] nome
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
   *[other] { $field }
}

err-profile-empty = Preencha o campo “{ profile-field }”, por favor.
err-profile-too-long = O campo “{ profile-field }” tem { $len } caracteres; cabem no máximo { $max } no formulário.
err-profile-bad-character = O campo “{ profile-field }” contém “{ $character }”, que não é permitido nele.
err-profile-not-passport-letter = O campo “{ profile-field }” contém “{ $character }”. Escreva seu nome como na zona de leitura mecânica do passaporte (as duas linhas na parte de baixo da página da foto): só as letras A–Z, sem acentos.
err-profile-name-separator = O campo “{ profile-field }” tem um espaço, hífen ou apóstrofo no início ou no fim, ou dois juntos.
err-profile-card-number = “{ $value }” não é um número de cartão de permanência. Ele tem 12 caracteres: 2 letras, 8 algarismos, 2 letras, por exemplo AB12345678CD.
err-profile-phone = O campo “{ profile-field }” não parece um número de telefone (de 6 a 15 algarismos).
err-profile-birth-date-future = A data do campo “{ profile-field }” ({ $date }) está no futuro.
err-profile-birth-date-too-early = A data do campo “{ profile-field }” ({ $date }) é anterior a 1900.
