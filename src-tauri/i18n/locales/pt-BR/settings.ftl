# A tela de lembretes (configurações), a permissão de notificação, a notificação de teste e o
# arquivo de calendário (.ics). $path = onde o arquivo foi salvo.

ui-settings-button = Lembretes e calendário
ui-settings-title = Lembretes
ui-settings-lead = Os lembretes aparecem neste aparelho antes do seu prazo. Nada é enviado para lugar nenhum.
ui-reminders-on = Lembrar-me antes do prazo
ui-reminder-hour = Horário (horário do Japão)
ui-settings-saved = Salvo.
ui-test-notification = Enviar uma notificação de teste
ui-test-notification-sent = A notificação de teste foi enviada. Se você não a viu, verifique as configurações de notificação do aparelho.
ui-pending-title = Próximos lembretes
ui-pending-none = Nenhum lembrete está aguardando.
ui-calendar-export = Salvar as datas em um arquivo de calendário (.ics)
ui-calendar-done = Arquivo de calendário salvo em: { $path }
ui-permission-reason = Para lembrar você antes do prazo, este app precisa de permissão para mostrar notificações.
ui-permission-allow = Permitir lembretes
ui-permission-later = Agora não
ui-permission-denied = As notificações deste app estão desativadas, então os lembretes não podem aparecer. Todo o resto funciona. Você pode ativá-las nas configurações do aparelho.

test-notification-title = Lembrete de teste
test-notification-body = Os lembretes funcionam. Você vai recebê-los antes do prazo.

cal-name = Prazos do cartão de permanência
cal-apply-deadline-title = Último dia para pedir o novo cartão de permanência (在留カード)
cal-return-deadline-title = Último dia para devolver o cartão antigo
cal-deadline-body = A lei permite até este dia. Seu plano e seus documentos estão no app.
cal-return-by-title = Último dia da sua permissão de reentrada: esteja de volta ao Japão
cal-return-by-body = Volte ao Japão até este dia, ou você perde o seu status de residência (visto). Depois, faça o pedido do seu novo cartão de permanência em até 14 dias.

err-app-reminder-hour = Escolha um horário entre 6:00 e 21:00. Nada foi alterado.
