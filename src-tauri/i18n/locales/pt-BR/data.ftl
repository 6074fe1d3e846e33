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
