# What the device does for the app: the share sheet.

err-share-busy = A janela de compartilhamento já está aberta. Feche-a primeiro e tente de novo.
