## Postern — Spanish (es). A translation of the reference catalog
## i18n/en/postern.ftl: exactly the same keys, kebab-case, prefixed by screen.

app-title = Postern

## Discovery

discover-note-enable-pop = El acceso POP está desactivado hasta que lo active en la configuración web del proveedor.
discover-note-app-password = Este proveedor exige una contraseña de aplicación para los programas de correo: cree una en su configuración web y úsela en lugar de la contraseña de su cuenta.
discover-note-mail-password = Este proveedor exige una contraseña de correo aparte para los programas de correo: establézcala en su configuración web.
discover-note-oauth-required = Este proveedor quiere que inicie sesión a través de su página web (OAuth); puede que rechace la contraseña.
discover-note-no-pop3 = Este proveedor no ofrece POP3, así que Postern no puede descargar su correo.
discover-note-bridge-imap-only = Su programa Bridge solo admite IMAP, no POP3.

## Doctor

doctor-step-dns = Buscando el servidor
doctor-step-connect = Conectando
doctor-step-tls = Estableciendo el cifrado (SSL/TLS)
doctor-step-greeting = Esperando el saludo del servidor
doctor-step-capabilities = Consultando las funciones del servidor
doctor-step-starttls = Activando el cifrado (STARTTLS)
doctor-step-login = Iniciando sesión
doctor-step-mailbox = Abriendo el buzón
doctor-step-ehlo = Presentándose al servidor (EHLO)
doctor-step-auth = Autenticando
doctor-mailbox-detail = { $count ->
    [one] 1 mensaje
    [many] { $count } mensajes
   *[other] { $count } mensajes
}, { $size }
doctor-cause-server-not-found = No se encontró el nombre de servidor { $host }.
doctor-cause-connection-refused = { $host } rechazó la conexión en el puerto { $port }: no hay nada escuchando en él.
doctor-cause-timeout = { $host } no respondió a tiempo en el puerto { $port }.
doctor-cause-network-unreachable = Su red no puede llegar a { $host }.
doctor-cause-tls-on-plain-port = SSL/TLS está activado, pero el puerto { $port } funciona sin cifrado (texto sin cifrar o STARTTLS).
doctor-cause-plain-on-tls-port = SSL/TLS está desactivado, pero el puerto { $port } espera SSL/TLS desde el primer byte.
doctor-cause-starttls-not-offered = El servidor no ofrece STARTTLS, así que la conexión no puede cifrarse de este modo.
doctor-cause-starttls-refused = El servidor se negó a activar el cifrado: «{ $text }».
doctor-cause-starttls-injection = Llegaron datos antes de que empezara el cifrado, como si alguien estuviera manipulando la conexión, así que Postern se detuvo.
doctor-cause-cert-expired = El certificado del servidor ha caducado ({ $date }).
doctor-cause-cert-not-yet-valid = El certificado del servidor aún no es válido (es válido a partir de { $date }).
doctor-cause-cert-wrong-host = El certificado del servidor se emitió para otro nombre ({ $subject }).
doctor-cause-cert-self-signed = El certificado del servidor está autofirmado ({ $subject }), así que ninguna autoridad conocida lo avala.
doctor-cause-cert-unknown-issuer = El certificado del servidor lo emitió una autoridad que este equipo no conoce ({ $issuer }).
doctor-cause-cert-other = No se puede confiar en el certificado del servidor ({ $reason }).
doctor-cause-certificate-changed = El certificado del servidor ha cambiado desde que confió en él.
doctor-cause-not-pop3 = El servidor de este puerto no habla POP3; respondió «{ $excerpt }».
doctor-cause-not-smtp = El servidor de este puerto no habla SMTP; respondió «{ $excerpt }».
doctor-cause-login-refused = El servidor rechazó el nombre de usuario o la contraseña: «{ $text }».
doctor-cause-mailbox-locked = Otro programa está usando el buzón: «{ $text }».
doctor-cause-login-too-soon = El servidor solo permite iniciar sesión cada pocos minutos: «{ $text }».
doctor-cause-server-temporary = El servidor tiene un problema temporal: «{ $text }».
doctor-cause-smtp-auth-required = El servidor saliente ofrece autenticación, y la mayoría de los servidores solo envían correo de usuarios que inician sesión, pero la autenticación está desactivada en esta cuenta.
doctor-cause-smtp-auth-refused = El servidor saliente rechazó el nombre de usuario o la contraseña: «{ $text }».
doctor-cause-smtp-auth-none = El servidor saliente no ofrece ninguna forma de iniciar sesión en esta conexión.
doctor-cause-smtp-auth-unavailable = El servidor saliente no ofrece ningún método de inicio de sesión que Postern conozca (ofrece { $offered }).
doctor-cause-no-uidl = El servidor no sabe distinguir los mensajes (no admite UIDL), así que el correo que se deje en el servidor podría descargarse de nuevo.
doctor-cause-encryption-required = El servidor solo acepta contraseñas a través de una conexión cifrada: «{ $text }».
doctor-cause-stopped-answering = El servidor respondió al principio, pero dejó de responder mientras Postern iniciaba sesión o abría el buzón.
doctor-cause-plaintext-not-allowed = La conexión no está cifrada, así que la contraseña viajaría como texto sin cifrar; Postern no la envió.
doctor-cause-protocol = El servidor no respetó el protocolo: { $what }.
doctor-cause-other = Algo salió mal: { $text }.
doctor-advice-use-tls = Use el puerto { $port } con SSL/TLS: funciona.
doctor-advice-use-starttls = Use STARTTLS en el puerto { $port }: funciona.
doctor-advice-use-none = El puerto { $port } funciona sin cifrado, pero entonces su contraseña viaja como texto sin cifrar.
doctor-advice-compare-fingerprint = Antes de confiar en él, compare la huella digital { $sha256 } con la que publica su proveedor.
doctor-advice-enable-smtp-auth = Active «Mi servidor saliente (SMTP) requiere autenticación».
doctor-advice-check-host = Compruebe que el nombre del servidor no tenga errores de escritura.
doctor-advice-check-port = Compruebe el número de puerto; puede que el servidor no ofrezca este servicio en el puerto { $port }.
doctor-advice-check-online = Compruebe que está conectado a Internet; puede que el servidor no funcione o que un cortafuegos lo bloquee.
doctor-advice-tls-on-plain-port = Use el puerto SSL/TLS (995 para POP3, 465 para SMTP) o STARTTLS en el puerto { $port }.
doctor-advice-plain-on-tls-port = Active SSL/TLS para el puerto { $port }.
doctor-advice-starttls = Use en su lugar el puerto SSL/TLS (995 para POP3, 465 para SMTP) o consulte a su proveedor.
doctor-advice-injection = Use otra red o el puerto SSL/TLS, e informe a su proveedor.
doctor-advice-certificate = Pida a su proveedor el nombre de servidor correcto o compare el certificado con el que publica.
doctor-advice-check-host-port = Compruebe el nombre del servidor y el puerto.
doctor-advice-login-refused = Compruebe el nombre de usuario y la contraseña; algunos proveedores exigen una contraseña de aplicación para los programas de correo.
doctor-advice-mailbox-locked = Cierre los demás programas de correo que usen esta cuenta o espere unos minutos.
doctor-advice-login-too-soon = Espere unos minutos antes de volver a comprobar.
doctor-advice-try-later = Inténtelo de nuevo más tarde; si sigue ocurriendo, informe a su proveedor.
doctor-advice-smtp-auth-refused = Compruebe el nombre de usuario y la contraseña del servidor saliente.
doctor-advice-smtp-auth-unavailable = Use STARTTLS o SSL/TLS: muchos servidores solo permiten iniciar sesión en una conexión cifrada.
doctor-advice-no-uidl = Deje que Postern elimine los mensajes del servidor después de descargarlos o consulte a su proveedor.
doctor-advice-encryption-required = Active SSL/TLS (puerto 995) o STARTTLS (puerto 110).
doctor-advice-plaintext = Use SSL/TLS o STARTTLS, o permita expresamente las conexiones sin cifrar.

## App

app-no-display = Postern necesita una sesión gráfica (no hay DISPLAY ni WAYLAND_DISPLAY); las herramientas de línea de órdenes funcionan sin ella: postern --help
app-no-data-dir = no se encuentra un directorio de datos para este usuario: use --data-dir DIR
app-cannot-start = no se puede abrir la ventana: { $reason }
app-cannot-start-title = Postern no puede iniciarse
app-cannot-open-store = Postern no puede abrir su base de datos de correo: { $reason }
app-loading = Cargando…
app-retry = Reintentar
app-dismiss = Cerrar
app-keyring-unavailable = El llavero del sistema no está disponible, así que Postern guarda sus contraseñas solo durante esta sesión y se las volverá a pedir la próxima vez.
inbox-title = Cuentas
inbox-add-account = Añadir cuenta
inbox-settings = Configuración
inbox-get-messages = Recibir mensajes
inbox-get-account = Recibir mensajes
inbox-no-accounts = Todavía no hay cuentas. Añada una para empezar a descargar su correo.
inbox-placeholder-note = La lista de mensajes llegará en una versión posterior; mientras tanto, el correo descargado se guarda de forma segura.
inbox-error-load = Postern no puede leer las cuentas: { $reason }
inbox-counts = { $count ->
    [one] 1 mensaje
    [many] { $count } mensajes
   *[other] { $count } mensajes
} ({ $unseen } sin leer)
inbox-connecting = Conectando…
inbox-connected = { $count ->
    [one] 1 mensaje en el servidor
    [many] { $count } mensajes en el servidor
   *[other] { $count } mensajes en el servidor
}
inbox-progress = Descargando { $done } de { $total }…
inbox-deleting = { $count ->
    [one] Eliminando 1 mensaje del servidor…
    [many] Eliminando { $count } mensajes del servidor…
   *[other] Eliminando { $count } mensajes del servidor…
}
inbox-fetched = { $count ->
    [0] No hay mensajes nuevos.
    [one] 1 mensaje nuevo.
    [many] { $count } mensajes nuevos.
   *[other] { $count } mensajes nuevos.
}
inbox-password-prompt = Contraseña de { $email }:
inbox-password-submit = Recibir mensajes

## Wizard

wizard-title = Añadir una cuenta de correo
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = Sus datos
wizard-step-discovery = Buscar configuración
wizard-step-server = Servidores
wizard-step-test = Prueba
wizard-step-options = Opciones
wizard-next = Siguiente
wizard-back = Atrás
wizard-cancel = Cancelar
wizard-stop = Detener
wizard-finish = Finalizar
wizard-continue-anyway = Continuar de todos modos
wizard-identity-intro = Introduzca la dirección que ya usa. Postern busca por usted la configuración de servidor adecuada.
wizard-name-label = Su nombre
wizard-name-placeholder = María García
wizard-email-label = Dirección de correo electrónico
wizard-email-placeholder = maria@example.com
wizard-password-label = Contraseña
wizard-show-password = Mostrar contraseña
wizard-password-note = Postern guarda su contraseña en el llavero del sistema, nunca en sus archivos.
wizard-error-name-required = Introduzca su nombre tal como deben verlo los demás.
wizard-error-email-required = Introduzca su dirección de correo electrónico.
wizard-error-email-invalid = Esto no parece una dirección de correo electrónico (nombre@example.com).
wizard-error-password-required = Introduzca la contraseña.
wizard-error-host-required = Introduzca el nombre del servidor.
wizard-error-host-invalid = Un nombre de servidor no lleva espacios.
wizard-error-port = Introduzca un puerto entre 1 y 65535.
wizard-error-username-required = Introduzca el nombre de usuario.
wizard-error-plaintext = Acepte la advertencia de arriba o elija SSL/TLS o STARTTLS.
wizard-error-number = Introduzca un número entero mayor que 0.
wizard-error-duplicate = Ya existe una cuenta para { $email }.
wizard-error-save = Postern no puede guardar la cuenta: { $reason }
wizard-error-password-save = Postern no puede guardar la contraseña, así que no se ha añadido la cuenta: { $reason }
wizard-discovery-running = Buscando la configuración de { $domain }…
wizard-discovery-provider = Buscando { $domain } en la lista de proveedores
wizard-discovery-probing = Probando { $host }, puerto { $port } ({ $security })
wizard-discovery-found-server = Encontrado: { $server }
wizard-discovery-server = { $host }, puerto { $port }, { $security }
wizard-discovery-cancel-hint = Esto puede tardar unos segundos. Pulse Detener para introducir la configuración usted mismo.
wizard-discovery-from-provider = Encontrado en la lista de proveedores: { $provider }
wizard-discovery-probed = Encontrado probando { $host }
wizard-discovery-not-found = No se encontró: introduzca la configuración del servidor.
wizard-discovery-stopped = Búsqueda detenida: introduzca la configuración del servidor.
wizard-discovery-incoming = Entrante (POP3)
wizard-discovery-outgoing = Saliente (SMTP)
wizard-discovery-next-hint = Al pulsar Siguiente verá esta configuración para comprobarla o cambiarla.
wizard-server-intro = Introduzca la configuración de servidor que le dio su proveedor.
wizard-incoming-heading = Servidor entrante
wizard-outgoing-heading = Servidor saliente (SMTP)
wizard-account-type-label = Tipo de cuenta
wizard-account-type-pop3 = POP3
wizard-in-host-label = Servidor entrante
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Servidor saliente
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Déjelo vacío si solo quiere recibir correo con Postern.
wizard-port-label = Puerto
wizard-security-label = Seguridad de la conexión
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Ninguna
wizard-in-encrypted = Este servidor requiere una conexión cifrada (SSL/TLS)
wizard-out-encrypted = Este servidor requiere una conexión cifrada (SSL/TLS)
wizard-username-label = Nombre de usuario
wizard-smtp-auth = Mi servidor saliente (SMTP) requiere autenticación
wizard-smtp-same = Usar la misma configuración que mi servidor entrante
wizard-plaintext-title = Su contraseña viajaría sin cifrar
wizard-plaintext-warning = Sin SSL/TLS ni STARTTLS, cualquiera que esté en la red entre usted y el servidor puede leer su contraseña y su correo.
wizard-plaintext-accept = Lo entiendo; enviar mi contraseña sin cifrar
wizard-test-intro = Postern prueba la conexión con esta configuración. No se descarga ni se elimina nada.
wizard-test-again = Volver a probar
wizard-test-running = Probando…
wizard-test-passed = Todo funciona.
wizard-test-warnings = Funciona, pero con advertencias: léalas antes de continuar.
wizard-test-failed = La prueba ha fallado. Corrija el problema que se indica abajo o pulse Atrás para cambiar la configuración.
wizard-test-incoming = Servidor entrante (POP3)
wizard-test-outgoing = Servidor saliente (SMTP)
wizard-outcome-running = en curso
wizard-outcome-passed = correcto
wizard-outcome-warning = advertencia
wizard-outcome-failed = fallido
wizard-outcome-skipped = omitido
wizard-fix-port-security = Usar el puerto { $port } con { $security }
wizard-fix-trust = Revisar este certificado…
wizard-fix-smtp-auth = Activar la autenticación SMTP
wizard-trust-title = ¿Confiar en este certificado?
wizard-trust-explain = No se pudo verificar el certificado del servidor. Confíe en él solo si su huella digital coincide con la que publica su proveedor.
wizard-trust-subject = Emitido para
wizard-trust-issuer = Emitido por
wizard-trust-validity = Validez
wizard-trust-validity-value = desde { $from } hasta { $until }
wizard-trust-fingerprint = Huella digital SHA-256
wizard-trust-compared = He comparado la huella digital con la que publica mi proveedor y coinciden
wizard-trust-confirm = Confiar en este certificado
wizard-options-intro = Cómo descarga Postern su correo. Puede cambiarlo más tarde en Configuración.
wizard-options-leave = Dejar los mensajes en el servidor
wizard-options-delete-after = Eliminarlos del servidor pasados
wizard-options-days = días
wizard-options-delete-note = Los mensajes se eliminan del servidor en cuanto están guardados de forma segura aquí.
wizard-options-startup = Comprobar si hay correo nuevo al iniciar Postern
wizard-options-every = Comprobar si hay correo nuevo cada
wizard-options-minutes = minutos
wizard-options-limit = No descargar mensajes de más de
wizard-options-kb = KB
wizard-options-headers-only = Descargar solo sus encabezados

## Settings

settings-title = Configuración
settings-close = Cerrar
settings-accounts = Cuentas
settings-add-account = Añadir cuenta
settings-no-accounts = No hay cuentas.
settings-error-load = Postern no puede leer las cuentas: { $reason }
settings-identity = Identidad
settings-password-label = Contraseña
settings-password-unchanged = (sin cambios)
settings-error-password-needed = Introduzca la contraseña para ejecutar la prueba.
settings-test-heading = Prueba de conexión
settings-retest = Volver a probar
settings-retest-note = Prueba los valores de arriba antes de guardarlos.
settings-options-heading = Descarga
settings-save = Guardar
settings-saved = Guardado.
settings-remove = Eliminar cuenta
settings-remove-question = ¿Eliminar la cuenta { $email }?
settings-remove-explain = Postern olvidará la cuenta y su contraseña. El correo de la cuenta que está en el servidor no se toca. ¿Quiere conservar los mensajes ya descargados?
settings-remove-keep = Eliminar y conservar mensajes
settings-remove-delete = Eliminar y borrar mensajes
settings-error-remove = Postern no puede eliminar la cuenta: { $reason }

## Reader
reader-loading = Abriendo el mensaje…
reader-error-load = Postern no puede abrir este mensaje: { $reason }
reader-error-gone = El mensaje ya no está en el buzón.
reader-back = Atrás (Esc)
reader-delete = Eliminar
reader-mark-unread = Marcar como no leído
reader-mark-read = Marcar como leído
reader-view-source = Ver código fuente
reader-view-message = Ver mensaje
reader-dismiss = Cerrar
reader-no-subject = (sin asunto)
reader-from = De
reader-reply-to = Responder a
reader-to = Para
reader-cc = Cc
reader-date = Fecha
reader-no-date = (sin fecha)
reader-from-misleading = Cuidado: el nombre del remitente muestra una dirección, pero el mensaje procede en realidad de { $address }.
reader-note-unparsed = Postern no puede leer la estructura de este mensaje, así que se muestra como texto sin procesar.
reader-note-partial = Solo se descargaron los encabezados de este mensaje; el mensaje completo sigue en el servidor.
reader-note-truncated = Este mensaje es muy largo; solo se muestra el principio.
reader-note-html-fallback = La conversión del HTML de este mensaje tardó demasiado; su texto se muestra sin formato.
reader-note-html = Este mensaje se envió como HTML; se muestra como texto, sin imágenes ni contenido remoto.
reader-links = { $count ->
    [one] 1 enlace
    [many] { $count } enlaces
   *[other] { $count } enlaces
}
reader-links-note = Postern nunca abre los enlaces. Haga clic en uno para copiar su dirección real.
reader-links-more = { $count ->
    [one] Hay 1 enlace más que no se muestra.
    [many] Hay { $count } enlaces más que no se muestran.
   *[other] Hay { $count } enlaces más que no se muestran.
}
reader-link-deceptive-mark = ⚠ Engañoso
reader-link-deceptive = El texto muestra { $shown }, pero el enlace lleva a { $target }.
reader-link-copied = Copiado al portapapeles: { $target }
reader-attachments = { $count ->
    [one] 1 adjunto
    [many] { $count } adjuntos
   *[other] { $count } adjuntos
}
reader-save = Guardar…
reader-save-all = Guardar todos…
reader-save-dialog-title = Guardar adjunto
reader-save-all-dialog-title = Elija una carpeta para los adjuntos
reader-no-dialog = No hay ningún selector de archivos disponible en este sistema. ¿Guardar en su carpeta Descargas? Los archivos existentes se conservan.
reader-save-to-downloads = Guardar en Descargas
reader-no-downloads = no se encontró la carpeta Descargas ni la carpeta personal
reader-saved-one = Guardado como { $path }
reader-saved-many = { $count ->
    [one] 1 archivo guardado en { $folder }
    [many] { $count } archivos guardados en { $folder }
   *[other] { $count } archivos guardados en { $folder }
}
reader-error-attachment = Postern no puede descodificar el adjunto { $name }.
reader-error-save = Postern no puede guardar { $path }: { $reason }
reader-error-delete = Postern no puede mover el mensaje a la papelera: { $reason }
reader-error-seen = Postern no puede cambiar el estado de lectura: { $reason }
reader-size-bytes = { $count ->
    [one] 1 byte
    [many] { $count } bytes
   *[other] { $count } bytes
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday }, { $day } { $month } { $year }, { $time }
reader-weekday = { $day ->
    [0] dom
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
   *[6] sáb
}
reader-month = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}

## Inbox

inbox-all-accounts = Todas las cuentas
inbox-trash = Papelera
inbox-search-placeholder = Buscar en remitente, asunto y texto
inbox-search-clear = Borrar búsqueda
inbox-mark-read = Marcar como leído
inbox-mark-unread = Marcar como no leído
inbox-delete = Eliminar
inbox-restore = Restaurar
inbox-undo = Deshacer
inbox-column-from = De
inbox-column-subject = Asunto
inbox-column-date = Fecha
inbox-column-size = Tamaño
inbox-no-subject = (sin asunto)
inbox-empty-no-accounts = Todavía no hay cuentas. Añada una y Postern descargará su correo.
inbox-empty-no-mail = Aún no hay correo aquí. Haga clic en Recibir mensajes para descargarlo.
inbox-trash-empty = La papelera está vacía.
inbox-trash-note = Los mensajes permanecen en la papelera hasta que la vacíe.
inbox-empty-trash = Vaciar papelera
inbox-empty-trash-question = { $count ->
    [one] ¿Eliminar definitivamente el mensaje de la papelera? Esta acción no se puede deshacer.
    [many] ¿Eliminar definitivamente los { $shown } mensajes de la papelera? Esta acción no se puede deshacer.
   *[other] ¿Eliminar definitivamente los { $shown } mensajes de la papelera? Esta acción no se puede deshacer.
}
inbox-empty-trash-confirm = Eliminar definitivamente
inbox-empty-trash-cancel = Cancelar
inbox-searching = Buscando…
inbox-nothing-found = No se encontró nada para «{ $query }».
inbox-found = { $count ->
    [one] 1 mensaje encontrado
    [many] { $shown } mensajes encontrados
   *[other] { $shown } mensajes encontrados
}
inbox-message-count = { $count ->
    [one] 1 mensaje
    [many] { $shown } mensajes
   *[other] { $shown } mensajes
}
inbox-indexing = Indexando los mensajes para la búsqueda…
inbox-deleted = { $count ->
    [one] El mensaje se movió a la papelera.
    [many] Se movieron { $count } mensajes a la papelera.
   *[other] Se movieron { $count } mensajes a la papelera.
}
inbox-error-store = Postern no puede leer ni modificar su base de datos de correo: { $reason }
inbox-error-busy = Ya hay otra descarga de esta cuenta en curso (quizá «postern fetch»); Postern lo intentará de nuevo en breve.
inbox-error-closed = El servidor cerró la conexión en mitad de la descarga.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [one] Un mensaje en el servidor
    [many] { $shown } mensajes en el servidor
   *[other] { $shown } mensajes en el servidor
}
inbox-sync-nothing-new = No hay mensajes nuevos en el servidor.
inbox-sync-progress = Descargando { $done } de { $total } — { $got } de { $size }
inbox-sync-stopping = Deteniendo…
inbox-sync-cancel = Cancelar
inbox-sync-cancelled = Descarga cancelada; se conservan los mensajes ya recibidos.
inbox-sync-failed = No se puede descargar el correo de { $email }.
inbox-sync-retry-at = Postern volverá a intentarlo: { $time }.
inbox-sync-try-now = Intentar ahora
inbox-sync-retest = Volver a probar…
inbox-status-both = Última comprobación: { $last }; próxima: { $next }
inbox-status-last = Última comprobación: { $last }
inbox-status-next = Próxima comprobación: { $next }
inbox-status-never = Aún no se ha comprobado

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
settings-language-heading = Idioma
settings-language-system = Idioma del sistema
settings-language-error-save = Postern no puede guardar el idioma elegido: { $reason }

## Command line

cli-no-data-dir = no se encuentra una carpeta de datos para este usuario: use --data-dir CARPETA
cli-password-stdin-error = no se puede leer la contraseña de la entrada estándar: { $reason }
cli-password-file-error = no se puede leer el archivo de contraseña { $path }: { $reason }
cli-password-fd-error = no se puede leer la contraseña del descriptor { $fd }: { $reason }
cli-keyring-unavailable = { $reason }. Indique la contraseña con --password-stdin, --password-file, --password-fd o --password-command
cli-no-stored-password = no hay ninguna contraseña guardada para { $email }: vuelva a añadirla con --password-stdin, o indíquela con --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Sin un llavero, Postern puede ejecutar un comando para obtener la contraseña cuando la necesite: use --password-command COMANDO
cli-password-save-error = no se puede guardar la contraseña: { $reason }
cli-plaintext-needs-consent = con --pop-security none la contraseña viaja sin cifrar; añada --allow-plaintext si de verdad lo quiere así
cli-account-added = cuenta { $email } añadida (id { $id })
cli-note-no-password-saved = nota: no se guardó ninguna contraseña; désela a `postern fetch` con --password-stdin o --password-command
cli-no-accounts-yet = todavía no hay cuentas: añada una con `postern account add`
cli-mode-delete = eliminar del servidor
cli-mode-keep-days = { $count ->
    [one] conservar en el servidor { $n } día
    [many] conservar en el servidor { $n } días
   *[other] conservar en el servidor { $n } días
}
cli-mode-keep = conservar en el servidor
cli-no-such-account = no existe la cuenta «{ $email }»; vea `postern account list`
cli-keyring-remove-failed = nota: no se pudo quitar la contraseña del llavero: { $reason }
cli-keyring-none-removed = nota: { $reason }; no se quitó ninguna contraseña de un llavero
cli-account-removed = cuenta { $email } eliminada
cli-no-accounts = no hay cuentas: añada una con `postern account add`
cli-password-one-account = una contraseña indicada en la línea de comandos es para una sola cuenta: añada --account DIRECCIÓN
cli-fetch-progress = { $email }: mensaje { $done } de { $total }, { $got } de { $size }
cli-fetch-none-new = no hay mensajes nuevos
cli-fetch-new = { $count ->
    [one] { $n } mensaje nuevo ({ $size })
    [many] { $n } mensajes nuevos ({ $size })
   *[other] { $n } mensajes nuevos ({ $size })
}
cli-fetch-headers-only = { $count ->
    [one] { $n } solo con las cabeceras
    [many] { $n } solo con las cabeceras
   *[other] { $n } solo con las cabeceras
}
cli-fetch-deleted = { $count ->
    [one] { $n } eliminado del servidor
    [many] { $n } eliminados del servidor
   *[other] { $n } eliminados del servidor
}
cli-fetch-skipped = { $count ->
    [one] { $n } por encima del límite de tamaño dejado en el servidor
    [many] { $n } por encima del límite de tamaño dejados en el servidor
   *[other] { $n } por encima del límite de tamaño dejados en el servidor
}
cli-fetch-size-mismatch = { $count ->
    [one] { $n } con un tamaño incorrecto conservado en el servidor
    [many] { $n } con un tamaño incorrecto conservados en el servidor
   *[other] { $n } con un tamaño incorrecto conservados en el servidor
}
cli-fetch-cancelled = cancelado
cli-fetch-temporary = { $reason } (temporal: inténtelo de nuevo más tarde)
cli-fetch-login-refused = inicio de sesión rechazado: el servidor no aceptó el nombre de usuario o la contraseña («{ $text }»).
cli-exported = { $count ->
    [one] { $n } mensaje de { $email } exportado a { $path }
    [many] { $n } mensajes de { $email } exportados a { $path }
   *[other] { $n } mensajes de { $email } exportados a { $path }
}
cli-doctor-need-settings = indique --account DIRECCIÓN, o la configuración (--email, --pop-host ...)
cli-doctor-note-plaintext = nota: sin --allow-plaintext no se envía ninguna contraseña sin cifrar
cli-doctor-need-password = indique la contraseña con --password-stdin, --password-file, --password-fd o --password-command
cli-doctor-cause = Causa: { $text }
cli-doctor-fix = Solución: { $text }
cli-discover-not-address = «{ $address }» no es una dirección de correo electrónico
cli-discover-runtime-error = no se puede iniciar el entorno de ejecución asíncrono: { $reason }
cli-discover-json-error = no se puede escribir el JSON: { $reason }
cli-discover-looking-up = buscando { $domain } en la lista de proveedores...
cli-discover-probing = probando { $host } puerto { $port } ({ $security })...
cli-discover-found-provider = encontrado en la lista de proveedores: { $provider }
cli-discover-found-probing = encontrado probando { $host }
cli-discover-not-found = no encontrado
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), nombre de usuario { $username } — { $origin }
cli-discover-cert-warning = aviso: su certificado no superó la verificación; ejecute `postern doctor` para ver por qué
cli-discover-nothing = { $label }: no se encontró nada; introduzca la configuración a mano
cli-discover-provider = proveedor: { $provider }
cli-discover-incoming = servidor entrante (POP3)
cli-discover-outgoing = servidor saliente (SMTP)
cli-note = nota: { $text }

## Doctor details

doctor-detail-not-used = no se usa
doctor-detail-auth-offered = no se usa; el servidor ofrece AUTH { $mechanisms }
doctor-detail-no-password-sent = sin cifrar; no se envió ninguna contraseña
doctor-detail-no-smtp-password = no hay contraseña para el servidor saliente
