# The "Your data" screen: export, import with a preview, delete all.
# The counts are written as "label: number", so no plural selector is needed.

ui-data-button = Seus dados
ui-data-title = Seus dados
ui-data-lead = Tudo o que você preenche fica neste aparelho. Você pode salvar uma cópia, recuperar uma cópia ou excluir tudo.
ui-export-button = Salvar cópia (exportar)
ui-export-done = Cópia salva em: { $path }
ui-import-label = Recuperar cópia (importar)
ui-import-preview = Nesta cópia — novos: { $added }, alterados: { $changed }, sem mudança: { $unchanged }. Se você escolher "Substituir", os itens que não estão na cópia também serão removidos: { $removed }.
ui-import-merge = Juntar com o que tenho
ui-import-replace = Substituir o que tenho
ui-import-done = A cópia foi importada.
ui-delete-all = Excluir todos os meus dados
ui-delete-all-confirm = Excluir tudo o que este app guarda neste aparelho? Isso não pode ser desfeito.
ui-delete-all-done = Todos os seus dados foram excluídos.

## A copy protected by a passphrase (age encryption)

ui-export-passphrase = Frase secreta da cópia (opcional)
ui-export-passphrase-help = Com uma frase secreta, a cópia é criptografada (um arquivo .age) e só essa frase secreta consegue abri-la. Se você esquecer a frase secreta, a cópia não poderá ser aberta.
ui-export-plain-warning = Sem frase secreta, a cópia fica sem criptografia: qualquer pessoa que pegar o arquivo pode ler os seus dados.
ui-import-passphrase = Frase secreta desta cópia
ui-import-encrypted = Esta cópia está criptografada. Digite a frase secreta dela e depois aperte “Abrir”.
ui-import-open = Abrir
err-import-passphrase-needed = Esta cópia está criptografada: digite a frase secreta dela. Nada foi alterado.
err-import-passphrase-wrong = Esta frase secreta não abre a cópia. Confira e tente de novo. Nada foi alterado.
err-import-encrypted-damaged = Esta cópia criptografada está danificada ou incompleta e não pode ser aberta. Nada foi alterado.
err-export-encrypt = Não foi possível criptografar a cópia. Nada foi salvo.
