# Errors of the app's commands.
# $what is an id from the app ("case"), translated here.

err-app-not-found = { $what ->
    [case] Este caso
   *[other] Este item ({ $what })
} não existe mais. Volte e tente de novo, por favor.
err-app-device = Algo neste aparelho não funcionou. Nada foi alterado.
err-app-bad-input = O app recebeu dados que não consegue usar. Nada foi alterado.
err-app-unknown-language = Este idioma não está disponível.
err-app-triage-incomplete = Responda a todas as perguntas primeiro, por favor.
err-app-station-empty = Escreva onde você registrou a ocorrência, por favor.
err-app-country-empty = Escreva o país onde você registrou a ocorrência, por favor.
err-app-report-date-empty = Informe o dia da ocorrência, por favor.
err-app-report-kind-not-this-case = Este tipo de ocorrência não se aplica a este caso. Escolha de novo, por favor.
err-app-report-needed = Neste caso, registre primeiro a perda ou o furto na polícia, por favor: a declaração precisa da ocorrência.
# $max = the longest name accepted.
err-app-place-too-long = O nome do local é longo demais (no máximo { $max } caracteres, numa linha só).
err-app-reentry-not-this-case = Um dia de volta ao Japão só conta para um cartão perdido, furtado ou destruído.
err-app-found-not-this-case = Só um cartão perdido ou furtado que ainda não foi substituído pode ser marcado como encontrado.
