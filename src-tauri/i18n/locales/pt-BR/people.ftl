# The people screen: who the papers are for, with the fields of the application form.
# Labels follow the form's order (docs/rules.md §7). Messages without variables go to the UI as they are.

ui-people-title = Para quem é?
ui-people-lead = Os papéis são preenchidos com estes dados. Escreva como está no seu cartão de permanência e no passaporte. Os dados ficam neste aparelho.
ui-people-add = Adicionar pessoa
ui-people-edit = Alterar
ui-people-use = Usar neste caso
ui-people-in-use = Usada neste caso
ui-people-none = Ninguém ainda.
ui-person-title = A pessoa
ui-person-save = Salvar
ui-person-delete = Excluir esta pessoa
ui-person-delete-confirm = Excluir esta pessoa? Os casos dela continuam, sem pessoa.
ui-person-nationality = Nacionalidade ou região (国籍・地域)
ui-person-nationality-help = Como no seu cartão de permanência, por exemplo VIET NAM ou ベトナム.
ui-person-birth-date = Data de nascimento (生年月日)
ui-person-family-name = Sobrenome (Family name)
ui-person-given-name = Nome(s) (Given name)
ui-person-name-help = Em letras maiúsculas A–Z, sem acentos, como nas duas linhas na parte de baixo da página da foto do seu passaporte.
ui-person-kanji-name = Nome em kanji, se o seu cartão tiver (漢字氏名)
ui-person-sex = Sexo (性別)
ui-person-sex-male = Masculino (男)
ui-person-sex-female = Feminino (女)
ui-person-address = Endereço no Japão (住居地)
ui-person-card-number = Número do cartão de permanência (在留カード番号)
ui-person-card-number-help = 12 caracteres: 2 letras, 8 algarismos, 2 letras. Se você não souber, deixe em branco: um 住民票 da prefeitura da sua cidade pode mostrá-lo se você pedir, e a empresa onde você trabalha ou a sua escola pode ter uma cópia do seu cartão.
ui-person-activity-permit = Tenho permissão para trabalhar fora do meu visto (資格外活動許可)
ui-person-phone = Telefone (電話番号)
ui-person-representative = Um representante legal preenche isto (法定代理人), por exemplo o pai ou a mãe de uma criança com menos de 16 anos
ui-person-agent = Outra pessoa entrega o pedido (取次者): um procurador, como um advogado ou um 行政書士, ou o familiar que vai por você
ui-person-rep-name = Nome do representante (氏名)
ui-person-rep-relationship = Parentesco com o requerente (本人との関係), por exemplo 父 / Pai
ui-person-rep-address = Endereço do representante (住所)
ui-person-rep-phone = Telefone do representante (電話番号)
ui-person-agent-name = Nome dessa pessoa (氏名)
ui-person-agent-organisation = Organização dessa pessoa ou, se for um familiar, o parentesco dele com você (所属機関等)
ui-person-agent-address = Endereço dessa pessoa (住所)
ui-person-agent-phone = Telefone dessa pessoa (電話番号)
ui-person-agent-birth-date = Data de nascimento dessa pessoa (生年月日)
ui-person-agent-birth-date-help = Necessária para a procuração (委任状) quando um familiar vai a seu pedido; não é impressa no formulário.
ui-person-saved = Salvo. Os papéis vão usar estes dados.

err-app-date-invalid = Informe a data completa (dia, mês e ano), por favor.
err-app-choice-invalid = Escolha uma das opções, por favor.
