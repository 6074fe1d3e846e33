# The records store (crate zairyu-store): what happened when the records were opened, and its
# errors. Ids are stable: they come from LoadReport::message_id, SetAside::message_id and
# StoreError::message_id.

## Opening the records (LoadReport)

# First start: nothing saved yet.
store-load-fresh-start = Ainda não há registros salvos. Tudo o que você inserir fica guardado neste aparelho.
# The records were opened normally.
store-load-loaded = Seus registros foram abertos.
# The records were saved by an older version of the app and were updated.
store-load-migrated = Seus registros foram abertos e atualizados para esta versão do app.
# The records file was missing; the previous saved version was used.
store-load-recovered-missing = O arquivo dos seus registros não foi encontrado, então foi aberta a versão salva anterior. Sua alteração mais recente pode estar faltando: confira, por favor.
# The records file could not be read; the previous saved version was used.
store-load-recovered = Não foi possível ler o arquivo dos seus registros, então foi aberta a versão salva anterior. Sua alteração mais recente pode estar faltando: confira, por favor. O arquivo ilegível foi guardado, não apagado.
# The records file was made by a newer version of the app; the previous saved version was used.
store-load-recovered-newer = Seus registros foram salvos por uma versão mais nova deste app, que esta versão não consegue abrir. Em vez disso, foi aberta a versão salva anterior. Atualize o app, por favor; o arquivo mais novo foi guardado, não apagado.
# Neither the records file nor the previous version could be read.
store-load-started-empty = Não foi possível ler seus registros salvos, então o app começou vazio. Os arquivos ilegíveis foram guardados, não apagados.
# The saved records were made by a newer version of the app and there is nothing older to open.
store-load-started-empty-newer = Seus registros foram salvos por uma versão mais nova deste app, que esta versão não consegue abrir, então o app começou vazio. Atualize o app, por favor; seus registros foram guardados, não apagados.

## One file set aside (SetAside). Variables: $file (its name), $kept_as (its name in the
## "quarantine" folder next to it).

store-set-aside-newer = { $file } foi criado por uma versão mais nova do app. Foi guardado como { $kept_as } na pasta quarantine.
store-set-aside-empty = { $file } estava vazio. Foi guardado como { $kept_as } na pasta quarantine.
store-set-aside-truncated = { $file } estava incompleto, provavelmente por um salvamento interrompido. Foi guardado como { $kept_as } na pasta quarantine.
store-set-aside-too-large = { $file } era grande demais para abrir com segurança. Foi guardado como { $kept_as } na pasta quarantine.
store-set-aside-damaged = { $file } estava danificado. Foi guardado como { $kept_as } na pasta quarantine.

## Errors (StoreError). Variables as named below.

# $file: the file or folder name.
err-store-io = O app não conseguiu usar { $file } neste aparelho.
# $file: the file or folder name.
err-store-io-permission = O app não tem permissão para usar { $file } neste aparelho.
# $file: the file or folder name.
err-store-io-full = Não há espaço livre suficiente neste aparelho para salvar { $file }.
# $file: the file or folder name.
err-store-io-read-only = Não é possível alterar { $file }: o armazenamento é somente leitura.
# $file: the file or folder name.
err-store-io-not-found = { $file } não foi encontrado.
# $file: the file name; $size and $limit: sizes in bytes.
err-store-too-large = { $file } é grande demais ({ $size } bytes; o limite é { $limit } bytes).
# $name: the rejected name (a programming error, not the user's).
err-store-invalid-file-name = Erro interno: “{ $name }” não é um nome de arquivo válido para os registros.
err-store-encode = Não foi possível salvar seus registros num formato que possa ser lido de volta. Nada foi alterado.
err-store-not-an-export = Este arquivo não é uma exportação deste app.
# Variables available (unused in English): $found, the export's format version; $known, the newest this app knows.
err-store-export-newer = Esta exportação foi feita por uma versão mais nova do app. Atualize o app para importá-la, por favor.
err-store-import-damaged = Este arquivo de exportação está danificado e não pode ser importado.
err-store-held-elsewhere = Seus registros estão abertos em outra janela deste app, e só essa janela pode alterá-los. Use essa janela ou feche as duas e abra o app de novo. Nada foi alterado aqui.
