## Postern — Brazilian Portuguese (pt-BR). A translation of the reference
## catalog i18n/en/postern.ftl: exactly the same keys, kebab-case, prefixed by
## screen. In Portuguese the plural category "one" covers 0 as well as 1, so
## messages whose "one" text says "1" also have an exact [0] variant first.

app-title = Postern

## Discovery

discover-note-enable-pop = O acesso POP fica desativado até você ativá-lo nas configurações do provedor na web.
discover-note-app-password = Este provedor exige uma senha de app para programas de email: crie uma nas configurações dele na web e use-a no lugar da senha da sua conta.
discover-note-mail-password = Este provedor exige uma senha de email separada para programas de email: defina uma nas configurações dele na web.
discover-note-oauth-required = Este provedor quer que você entre pela página web dele (OAuth); ele pode recusar uma senha.
discover-note-no-pop3 = Este provedor não oferece POP3, então o Postern não pode baixar os emails dele.
discover-note-bridge-imap-only = O programa Bridge dele só funciona com IMAP, não com POP3.

## Doctor

doctor-step-dns = Procurando o servidor
doctor-step-connect = Conectando
doctor-step-tls = Configurando a criptografia (SSL/TLS)
doctor-step-greeting = Aguardando a saudação do servidor
doctor-step-capabilities = Consultando os recursos do servidor
doctor-step-starttls = Ativando a criptografia (STARTTLS)
doctor-step-login = Fazendo login
doctor-step-mailbox = Abrindo a caixa postal
doctor-step-ehlo = Apresentando-se ao servidor (EHLO)
doctor-step-auth = Autenticando
doctor-mailbox-detail = { $count ->
    [0] 0 mensagens
    [one] 1 mensagem
    [many] { $count } mensagens
   *[other] { $count } mensagens
}, { $size }
doctor-cause-server-not-found = O nome do servidor { $host } não foi encontrado.
doctor-cause-connection-refused = { $host } recusou a conexão na porta { $port }: nada está escutando nela.
doctor-cause-timeout = { $host } não respondeu a tempo na porta { $port }.
doctor-cause-network-unreachable = Sua rede não consegue alcançar { $host }.
doctor-cause-tls-on-plain-port = O SSL/TLS está ativado, mas a porta { $port } funciona sem criptografia (texto simples ou STARTTLS).
doctor-cause-plain-on-tls-port = O SSL/TLS está desativado, mas a porta { $port } espera SSL/TLS desde o primeiro byte.
doctor-cause-starttls-not-offered = O servidor não oferece STARTTLS, então a conexão não pode ser criptografada dessa forma.
doctor-cause-starttls-refused = O servidor se recusou a ativar a criptografia: “{ $text }”.
doctor-cause-starttls-injection = Chegaram dados antes do início da criptografia, como se alguém estivesse adulterando a conexão, então o Postern parou.
doctor-cause-cert-expired = O certificado do servidor expirou ({ $date }).
doctor-cause-cert-not-yet-valid = O certificado do servidor ainda não é válido (válido a partir de { $date }).
doctor-cause-cert-wrong-host = O certificado do servidor foi emitido para outro nome ({ $subject }).
doctor-cause-cert-self-signed = O certificado do servidor é autoassinado ({ $subject }), então nenhuma autoridade conhecida garante a autenticidade dele.
doctor-cause-cert-unknown-issuer = O certificado do servidor foi emitido por uma autoridade que este computador não conhece ({ $issuer }).
doctor-cause-cert-other = O certificado do servidor não é confiável ({ $reason }).
doctor-cause-certificate-changed = O certificado do servidor mudou desde que você confiou nele.
doctor-cause-not-pop3 = O servidor nesta porta não fala POP3; ele respondeu “{ $excerpt }”.
doctor-cause-not-smtp = O servidor nesta porta não fala SMTP; ele respondeu “{ $excerpt }”.
doctor-cause-login-refused = O servidor recusou o nome de usuário ou a senha: “{ $text }”.
doctor-cause-mailbox-locked = A caixa postal está sendo usada por outro programa: “{ $text }”.
doctor-cause-login-too-soon = O servidor só permite fazer login a cada poucos minutos: “{ $text }”.
doctor-cause-server-temporary = O servidor está com um problema temporário: “{ $text }”.
doctor-cause-smtp-auth-required = O servidor de saída oferece autenticação, e a maioria dos servidores só envia emails de usuários que fazem login, mas a autenticação está desativada nesta conta.
doctor-cause-smtp-auth-refused = O servidor de saída recusou o nome de usuário ou a senha: “{ $text }”.
doctor-cause-smtp-auth-none = O servidor de saída não oferece nenhuma forma de fazer login nesta conexão.
doctor-cause-smtp-auth-unavailable = O servidor de saída não oferece nenhum método de login que o Postern conheça (ele oferece { $offered }).
doctor-cause-no-uidl = O servidor não consegue distinguir as mensagens (sem UIDL), então os emails deixados no servidor podem ser baixados de novo.
doctor-cause-encryption-required = O servidor só aceita senhas por uma conexão criptografada: “{ $text }”.
doctor-cause-stopped-answering = O servidor respondeu no início, mas parou de responder enquanto o Postern fazia login ou abria a caixa postal.
doctor-cause-plaintext-not-allowed = A conexão não é criptografada, então a senha trafegaria como texto simples; o Postern não a enviou.
doctor-cause-protocol = O servidor não seguiu o protocolo: { $what }.
doctor-cause-other = Algo deu errado: { $text }.
doctor-advice-use-tls = Use a porta { $port } com SSL/TLS: funciona.
doctor-advice-use-starttls = Use STARTTLS na porta { $port }: funciona.
doctor-advice-use-none = A porta { $port } funciona sem criptografia, mas assim sua senha trafega como texto simples.
doctor-advice-compare-fingerprint = Antes de confiar nele, compare a impressão digital { $sha256 } com a que o seu provedor publica.
doctor-advice-enable-smtp-auth = Ative “Meu servidor de saída (SMTP) exige autenticação”.
doctor-advice-check-host = Verifique se o nome do servidor tem erros de digitação.
doctor-advice-check-port = Verifique o número da porta; o servidor pode não oferecer este serviço na porta { $port }.
doctor-advice-check-online = Verifique se você está conectado à internet; o servidor pode estar fora do ar ou um firewall pode estar bloqueando-o.
doctor-advice-tls-on-plain-port = Use a porta SSL/TLS (995 para POP3, 465 para SMTP) ou STARTTLS na porta { $port }.
doctor-advice-plain-on-tls-port = Ative o SSL/TLS na porta { $port }.
doctor-advice-starttls = Use a porta SSL/TLS em vez disso (995 para POP3, 465 para SMTP) ou consulte seu provedor.
doctor-advice-injection = Use outra rede ou a porta SSL/TLS, e avise seu provedor.
doctor-advice-certificate = Peça ao seu provedor o nome correto do servidor ou compare o certificado com o que ele publica.
doctor-advice-check-host-port = Verifique o nome do servidor e a porta.
doctor-advice-login-refused = Verifique o nome de usuário e a senha; alguns provedores exigem uma senha de app para programas de email.
doctor-advice-mailbox-locked = Feche outros programas de email que usam esta conta ou aguarde alguns minutos.
doctor-advice-login-too-soon = Aguarde alguns minutos antes de verificar de novo.
doctor-advice-try-later = Tente novamente mais tarde; se continuar acontecendo, avise seu provedor.
doctor-advice-smtp-auth-refused = Verifique o nome de usuário e a senha do servidor de saída.
doctor-advice-smtp-auth-unavailable = Use STARTTLS ou SSL/TLS: muitos servidores só oferecem login em uma conexão criptografada.
doctor-advice-no-uidl = Deixe o Postern excluir as mensagens do servidor depois de baixá-las ou consulte seu provedor.
doctor-advice-encryption-required = Ative SSL/TLS (porta 995) ou STARTTLS (porta 110).
doctor-advice-plaintext = Use SSL/TLS ou STARTTLS, ou permita explicitamente conexões sem criptografia.

## App

app-no-display = O Postern precisa de uma sessão gráfica (sem DISPLAY nem WAYLAND_DISPLAY); as ferramentas de linha de comando funcionam sem ela: postern --help
app-no-data-dir = não foi possível encontrar uma pasta de dados para este usuário: use --data-dir DIR
app-cannot-start = não foi possível abrir a janela: { $reason }
app-cannot-start-title = Não foi possível iniciar o Postern
app-cannot-open-store = O Postern não consegue abrir o banco de dados de emails dele: { $reason }
app-loading = Carregando…
app-retry = Tentar novamente
app-dismiss = Fechar
app-keyring-unavailable = O chaveiro do sistema não está disponível, então o Postern guarda suas senhas só durante esta sessão e vai pedi-las de novo na próxima vez.
inbox-title = Contas
inbox-add-account = Adicionar conta
inbox-settings = Configurações
inbox-get-messages = Receber mensagens
inbox-get-account = Receber mensagens
inbox-no-accounts = Ainda não há contas. Adicione uma para começar a baixar seus emails.
inbox-placeholder-note = A lista de mensagens virá em uma versão futura; enquanto isso, os emails baixados ficam guardados com segurança.
inbox-error-load = O Postern não consegue ler as contas: { $reason }
inbox-counts = { $count ->
    [0] 0 mensagens
    [one] 1 mensagem
    [many] { $count } mensagens
   *[other] { $count } mensagens
} ({ $unseen } não lidas)
inbox-connecting = Conectando…
inbox-connected = { $count ->
    [0] 0 mensagens no servidor
    [one] 1 mensagem no servidor
    [many] { $count } mensagens no servidor
   *[other] { $count } mensagens no servidor
}
inbox-progress = Baixando { $done } de { $total }…
inbox-deleting = { $count ->
    [0] Excluindo 0 mensagens do servidor…
    [one] Excluindo 1 mensagem do servidor…
    [many] Excluindo { $count } mensagens do servidor…
   *[other] Excluindo { $count } mensagens do servidor…
}
inbox-fetched = { $count ->
    [0] Nenhuma mensagem nova.
    [one] 1 mensagem nova.
    [many] { $count } mensagens novas.
   *[other] { $count } mensagens novas.
}
inbox-password-prompt = Senha de { $email }:
inbox-password-submit = Receber mensagens

## Wizard

wizard-title = Adicionar uma conta de email
wizard-step-numbered = { $number }. { $label }
wizard-step-identity = Seus dados
wizard-step-discovery = Busca de configurações
wizard-step-server = Servidores
wizard-step-test = Teste
wizard-step-options = Opções
wizard-next = Avançar
wizard-back = Voltar
wizard-cancel = Cancelar
wizard-stop = Parar
wizard-finish = Concluir
wizard-continue-anyway = Continuar mesmo assim
wizard-identity-intro = Digite o endereço que você já usa. O Postern procura para você as configurações de servidor certas.
wizard-name-label = Seu nome
wizard-name-placeholder = Maria da Silva
wizard-email-label = Endereço de email
wizard-email-placeholder = maria@example.com
wizard-password-label = Senha
wizard-show-password = Mostrar senha
wizard-password-note = O Postern guarda sua senha no chaveiro do sistema, nunca nos arquivos dele.
wizard-error-name-required = Digite seu nome como os outros devem vê-lo.
wizard-error-email-required = Digite seu endereço de email.
wizard-error-email-invalid = Isto não parece um endereço de email (nome@example.com).
wizard-error-password-required = Digite a senha.
wizard-error-host-required = Digite o nome do servidor.
wizard-error-host-invalid = Um nome de servidor não tem espaços.
wizard-error-port = Digite uma porta entre 1 e 65535.
wizard-error-username-required = Digite o nome de usuário.
wizard-error-plaintext = Aceite o aviso acima ou escolha SSL/TLS ou STARTTLS.
wizard-error-number = Digite um número inteiro maior que 0.
wizard-error-duplicate = Já existe uma conta para { $email }.
wizard-error-save = O Postern não consegue salvar a conta: { $reason }
wizard-error-password-save = O Postern não consegue salvar a senha, então a conta não foi adicionada: { $reason }
wizard-discovery-running = Procurando as configurações de { $domain }…
wizard-discovery-provider = Procurando { $domain } na lista de provedores
wizard-discovery-probing = Testando { $host }, porta { $port } ({ $security })
wizard-discovery-found-server = Encontrado: { $server }
wizard-discovery-server = { $host }, porta { $port }, { $security }
wizard-discovery-cancel-hint = Isso pode levar alguns segundos. Clique em Parar para digitar as configurações você mesmo.
wizard-discovery-from-provider = Encontrado na lista de provedores: { $provider }
wizard-discovery-probed = Encontrado testando { $host }
wizard-discovery-not-found = Não encontrado: digite as configurações do servidor.
wizard-discovery-stopped = Busca interrompida: digite as configurações do servidor.
wizard-discovery-incoming = Entrada (POP3)
wizard-discovery-outgoing = Saída (SMTP)
wizard-discovery-next-hint = Ao clicar em Avançar, você verá essas configurações para conferir ou alterar.
wizard-server-intro = Digite as configurações de servidor que seu provedor forneceu.
wizard-incoming-heading = Servidor de entrada
wizard-outgoing-heading = Servidor de saída (SMTP)
wizard-account-type-label = Tipo de conta
wizard-account-type-pop3 = POP3
wizard-in-host-label = Servidor de entrada
wizard-in-host-placeholder = pop.example.com
wizard-out-host-label = Servidor de saída
wizard-out-host-placeholder = smtp.example.com
wizard-outgoing-optional = Deixe em branco se você só quer receber emails com o Postern.
wizard-port-label = Porta
wizard-security-label = Segurança da conexão
wizard-security-tls = SSL/TLS
wizard-security-starttls = STARTTLS
wizard-security-none = Nenhuma
wizard-in-encrypted = Este servidor exige uma conexão criptografada (SSL/TLS)
wizard-out-encrypted = Este servidor exige uma conexão criptografada (SSL/TLS)
wizard-username-label = Nome de usuário
wizard-smtp-auth = Meu servidor de saída (SMTP) exige autenticação
wizard-smtp-same = Usar as mesmas configurações do meu servidor de entrada
wizard-plaintext-title = Sua senha trafegaria sem criptografia
wizard-plaintext-warning = Sem SSL/TLS ou STARTTLS, qualquer pessoa na rede entre você e o servidor pode ler sua senha e seus emails.
wizard-plaintext-accept = Entendo; enviar minha senha sem criptografia
wizard-test-intro = O Postern testa a conexão com essas configurações. Nada é baixado nem excluído.
wizard-test-again = Testar novamente
wizard-test-running = Testando…
wizard-test-passed = Tudo funciona.
wizard-test-warnings = Funciona, mas com avisos: leia-os antes de continuar.
wizard-test-failed = O teste falhou. Corrija o problema abaixo ou clique em Voltar para alterar as configurações.
wizard-test-incoming = Servidor de entrada (POP3)
wizard-test-outgoing = Servidor de saída (SMTP)
wizard-outcome-running = em andamento
wizard-outcome-passed = aprovado
wizard-outcome-warning = aviso
wizard-outcome-failed = falhou
wizard-outcome-skipped = ignorado
wizard-fix-port-security = Usar a porta { $port } com { $security }
wizard-fix-trust = Verificar este certificado…
wizard-fix-smtp-auth = Ativar a autenticação SMTP
wizard-trust-title = Confiar neste certificado?
wizard-trust-explain = Não foi possível verificar o certificado do servidor. Só confie nele se a impressão digital corresponder à que seu provedor publica.
wizard-trust-subject = Emitido para
wizard-trust-issuer = Emitido por
wizard-trust-validity = Validade
wizard-trust-validity-value = de { $from } até { $until }
wizard-trust-fingerprint = Impressão digital SHA-256
wizard-trust-compared = Comparei a impressão digital com a que meu provedor publicou, e elas são iguais
wizard-trust-confirm = Confiar neste certificado
wizard-options-intro = Como o Postern baixa seus emails. Você pode alterar isso depois em Configurações.
wizard-options-leave = Deixar as mensagens no servidor
wizard-options-delete-after = Excluí-las do servidor após
wizard-options-days = dias
wizard-options-delete-note = As mensagens são excluídas do servidor assim que estiverem guardadas com segurança aqui.
wizard-options-startup = Verificar novas mensagens ao iniciar o Postern
wizard-options-every = Verificar novas mensagens a cada
wizard-options-minutes = minutos
wizard-options-limit = Não baixar mensagens maiores que
wizard-options-kb = KB
wizard-options-headers-only = Baixar só os cabeçalhos delas

## Settings

settings-title = Configurações
settings-close = Fechar
settings-accounts = Contas
settings-add-account = Adicionar conta
settings-no-accounts = Nenhuma conta.
settings-error-load = O Postern não consegue ler as contas: { $reason }
settings-identity = Identidade
settings-password-label = Senha
settings-password-unchanged = (inalterada)
settings-error-password-needed = Digite a senha para executar o teste.
settings-test-heading = Teste de conexão
settings-retest = Testar novamente
settings-retest-note = Testa os valores acima antes de você salvá-los.
settings-options-heading = Download
settings-save = Salvar
settings-saved = Salvo.
settings-remove = Remover conta
settings-remove-question = Remover a conta { $email }?
settings-remove-explain = O Postern esquece a conta e a senha dela. Os emails dela no servidor não são alterados. Deseja manter as mensagens já baixadas?
settings-remove-keep = Remover e manter mensagens
settings-remove-delete = Remover e excluir mensagens
settings-error-remove = O Postern não consegue remover a conta: { $reason }

## Reader
reader-loading = Abrindo a mensagem…
reader-error-load = O Postern não consegue abrir esta mensagem: { $reason }
reader-error-gone = A mensagem não está mais na caixa postal.
reader-back = Voltar (Esc)
reader-delete = Excluir
reader-mark-unread = Marcar como não lida
reader-mark-read = Marcar como lida
reader-view-source = Ver código-fonte
reader-view-message = Ver mensagem
reader-dismiss = Fechar
reader-no-subject = (sem assunto)
reader-from = De
reader-reply-to = Responder para
reader-to = Para
reader-cc = Cc
reader-date = Data
reader-no-date = (sem data)
reader-from-misleading = Cuidado: o nome do remetente mostra um endereço, mas na verdade a mensagem vem de { $address }.
reader-note-unparsed = O Postern não consegue ler a estrutura desta mensagem, então ela é exibida como texto bruto.
reader-note-partial = Só os cabeçalhos desta mensagem foram baixados; a mensagem completa ainda está no servidor.
reader-note-truncated = Esta mensagem é muito longa; só o início dela é exibido.
reader-note-html-fallback = A conversão do HTML desta mensagem demorou demais; o texto é exibido sem formatação.
reader-note-html = Esta mensagem foi enviada em HTML; ela é exibida como texto, sem imagens nem conteúdo remoto.
reader-links = { $count ->
    [0] 0 links
    [one] 1 link
    [many] { $count } links
   *[other] { $count } links
}
reader-links-note = O Postern nunca abre links. Clique em um deles para copiar o endereço real.
reader-links-more = { $count ->
    [0] Nenhum link oculto.
    [one] Mais 1 link não é exibido.
    [many] Mais { $count } links não são exibidos.
   *[other] Mais { $count } links não são exibidos.
}
reader-link-deceptive-mark = ⚠ Enganoso
reader-link-deceptive = O texto mostra { $shown }, mas o link leva a { $target }.
reader-link-copied = Copiado para a área de transferência: { $target }
reader-attachments = { $count ->
    [0] 0 anexos
    [one] 1 anexo
    [many] { $count } anexos
   *[other] { $count } anexos
}
reader-save = Salvar…
reader-save-all = Salvar todos…
reader-save-dialog-title = Salvar anexo
reader-save-all-dialog-title = Escolha uma pasta para os anexos
reader-no-dialog = Nenhum seletor de arquivos está disponível neste sistema. Salvar na sua pasta Downloads? Os arquivos existentes são mantidos.
reader-save-to-downloads = Salvar em Downloads
reader-no-downloads = não foi encontrada nenhuma pasta Downloads nem pasta pessoal
reader-saved-one = Salvo como { $path }
reader-saved-many = { $count ->
    [0] 0 arquivos salvos em { $folder }
    [one] 1 arquivo salvo em { $folder }
    [many] { $count } arquivos salvos em { $folder }
   *[other] { $count } arquivos salvos em { $folder }
}
reader-error-attachment = O Postern não consegue decodificar o anexo { $name }.
reader-error-save = O Postern não consegue salvar { $path }: { $reason }
reader-error-delete = O Postern não consegue mover a mensagem para a lixeira: { $reason }
reader-error-seen = O Postern não consegue alterar o status de leitura: { $reason }
reader-size-bytes = { $count ->
    [0] 0 bytes
    [one] 1 byte
    [many] { $count } bytes
   *[other] { $count } bytes
}
reader-size-kb = { $size } KB
reader-size-mb = { $size } MB
reader-date-format = { $weekday }, { $day } de { $month } de { $year }, { $time }
reader-weekday = { $day ->
    [0] dom.
    [1] seg.
    [2] ter.
    [3] qua.
    [4] qui.
    [5] sex.
   *[6] sáb.
}
reader-month = { $month ->
    [1] jan.
    [2] fev.
    [3] mar.
    [4] abr.
    [5] mai.
    [6] jun.
    [7] jul.
    [8] ago.
    [9] set.
    [10] out.
    [11] nov.
   *[12] dez.
}

## Inbox

inbox-all-accounts = Todas as contas
inbox-trash = Lixeira
inbox-search-placeholder = Pesquisar remetente, assunto e texto
inbox-search-clear = Limpar pesquisa
inbox-mark-read = Marcar como lida
inbox-mark-unread = Marcar como não lida
inbox-delete = Excluir
inbox-restore = Restaurar
inbox-undo = Desfazer
inbox-column-from = De
inbox-column-subject = Assunto
inbox-column-date = Data
inbox-column-size = Tamanho
inbox-no-subject = (sem assunto)
inbox-empty-no-accounts = Ainda não há contas. Adicione uma e o Postern vai baixar seus emails.
inbox-empty-no-mail = Ainda não há emails aqui. Clique em Receber mensagens para baixá-los.
inbox-trash-empty = A lixeira está vazia.
inbox-trash-note = As mensagens ficam na lixeira até você esvaziá-la.
inbox-empty-trash = Esvaziar lixeira
inbox-empty-trash-question = { $count ->
    [0] Excluir definitivamente as { $shown } mensagens da lixeira? Isso não pode ser desfeito.
    [one] Excluir definitivamente a mensagem da lixeira? Isso não pode ser desfeito.
    [many] Excluir definitivamente as { $shown } mensagens da lixeira? Isso não pode ser desfeito.
   *[other] Excluir definitivamente as { $shown } mensagens da lixeira? Isso não pode ser desfeito.
}
inbox-empty-trash-confirm = Excluir definitivamente
inbox-empty-trash-cancel = Cancelar
inbox-searching = Pesquisando…
inbox-nothing-found = Nada encontrado para “{ $query }”.
inbox-found = { $count ->
    [0] { $shown } mensagens encontradas
    [one] 1 mensagem encontrada
    [many] { $shown } mensagens encontradas
   *[other] { $shown } mensagens encontradas
}
inbox-message-count = { $count ->
    [0] { $shown } mensagens
    [one] 1 mensagem
    [many] { $shown } mensagens
   *[other] { $shown } mensagens
}
inbox-indexing = Indexando mensagens para a pesquisa…
inbox-deleted = { $count ->
    [0] Nenhuma mensagem foi movida para a lixeira.
    [one] A mensagem foi movida para a lixeira.
    [many] { $count } mensagens foram movidas para a lixeira.
   *[other] { $count } mensagens foram movidas para a lixeira.
}
inbox-error-store = O Postern não consegue ler nem alterar o banco de dados de emails dele: { $reason }
inbox-error-busy = Outro download desta conta está em andamento (talvez “postern fetch”); o Postern vai tentar de novo em breve.
inbox-error-closed = O servidor fechou a conexão no meio do download.
inbox-sync-account = { $email }: { $status }
inbox-sync-connected = { $count ->
    [0] Nenhuma mensagem no servidor
    [one] Uma mensagem no servidor
    [many] { $shown } mensagens no servidor
   *[other] { $shown } mensagens no servidor
}
inbox-sync-nothing-new = Nenhuma mensagem nova no servidor.
inbox-sync-progress = Baixando { $done } de { $total } — { $got } de { $size }
inbox-sync-stopping = Parando…
inbox-sync-cancel = Cancelar
inbox-sync-cancelled = Download cancelado; as mensagens já recebidas foram mantidas.
inbox-sync-failed = Não foi possível baixar os emails de { $email }.
inbox-sync-retry-at = O Postern tentará de novo: { $time }.
inbox-sync-try-now = Tentar agora
inbox-sync-retest = Testar novamente…
inbox-status-both = Última verificação: { $last }; próxima: { $next }
inbox-status-last = Última verificação: { $last }
inbox-status-next = Próxima verificação: { $next }
inbox-status-never = Ainda não verificado

## Preferences

size-bytes = { $value } B
size-kb = { $value } KB
size-mb = { $value } MB
size-gb = { $value } GB
date-month-short = { $month ->
    [1] jan
    [2] fev
    [3] mar
    [4] abr
    [5] mai
    [6] jun
    [7] jul
    [8] ago
    [9] set
    [10] out
    [11] nov
   *[12] dez
}
settings-language-heading = Idioma
settings-language-system = Idioma do sistema
settings-language-error-save = O Postern não consegue salvar o idioma escolhido: { $reason }

## Command line

cli-no-data-dir = não foi possível encontrar uma pasta de dados para este usuário: use --data-dir PASTA
cli-password-stdin-error = não foi possível ler a senha da entrada padrão: { $reason }
cli-password-file-error = não foi possível ler o arquivo de senha { $path }: { $reason }
cli-password-fd-error = não foi possível ler a senha do descritor { $fd }: { $reason }
cli-keyring-unavailable = { $reason }. Informe a senha com --password-stdin, --password-file, --password-fd ou --password-command
cli-no-stored-password = nenhuma senha está salva para { $email }: adicione-a de novo com --password-stdin, ou informe-a com --password-stdin / --password-command
cli-keyring-unavailable-add = { $reason }. Sem um chaveiro, o Postern pode executar um comando para obter a senha quando precisar: use --password-command COMANDO
cli-password-save-error = não foi possível salvar a senha: { $reason }
cli-plaintext-needs-consent = com --pop-security none a senha trafega sem criptografia; adicione --allow-plaintext se você realmente quiser isso
cli-account-added = conta { $email } adicionada (id { $id })
cli-note-no-password-saved = observação: nenhuma senha foi salva; informe uma ao `postern fetch` com --password-stdin ou --password-command
cli-no-accounts-yet = ainda não há contas: adicione uma com `postern account add`
cli-mode-delete = excluir do servidor
cli-mode-keep-days = { $count ->
    [0] manter no servidor por { $n } dias
    [one] manter no servidor por { $n } dia
    [many] manter no servidor por { $n } dias
   *[other] manter no servidor por { $n } dias
}
cli-mode-keep = manter no servidor
cli-no-such-account = não existe a conta “{ $email }”; veja `postern account list`
cli-keyring-remove-failed = observação: não foi possível remover a senha do chaveiro: { $reason }
cli-keyring-none-removed = observação: { $reason }; nenhuma senha foi removida de um chaveiro
cli-account-removed = conta { $email } removida
cli-no-accounts = não há contas: adicione uma com `postern account add`
cli-password-one-account = uma senha informada na linha de comando vale para uma só conta: adicione --account ENDEREÇO
cli-fetch-progress = { $email }: mensagem { $done } de { $total }, { $got } de { $size }
cli-fetch-none-new = nenhuma mensagem nova
cli-fetch-new = { $count ->
    [0] { $n } mensagens novas ({ $size })
    [one] { $n } mensagem nova ({ $size })
    [many] { $n } mensagens novas ({ $size })
   *[other] { $n } mensagens novas ({ $size })
}
cli-fetch-headers-only = { $count ->
    [0] { $n } só com os cabeçalhos
    [one] { $n } só com os cabeçalhos
    [many] { $n } só com os cabeçalhos
   *[other] { $n } só com os cabeçalhos
}
cli-fetch-deleted = { $count ->
    [0] { $n } excluídas do servidor
    [one] { $n } excluída do servidor
    [many] { $n } excluídas do servidor
   *[other] { $n } excluídas do servidor
}
cli-fetch-skipped = { $count ->
    [0] { $n } acima do limite de tamanho deixadas no servidor
    [one] { $n } acima do limite de tamanho deixada no servidor
    [many] { $n } acima do limite de tamanho deixadas no servidor
   *[other] { $n } acima do limite de tamanho deixadas no servidor
}
cli-fetch-size-mismatch = { $count ->
    [0] { $n } com tamanho incorreto mantidas no servidor
    [one] { $n } com tamanho incorreto mantida no servidor
    [many] { $n } com tamanho incorreto mantidas no servidor
   *[other] { $n } com tamanho incorreto mantidas no servidor
}
cli-fetch-cancelled = cancelado
cli-fetch-temporary = { $reason } (temporário: tente de novo mais tarde)
cli-fetch-login-refused = login recusado: o servidor não aceitou o nome de usuário ou a senha (“{ $text }”).
cli-exported = { $count ->
    [0] { $n } mensagens de { $email } exportadas para { $path }
    [one] { $n } mensagem de { $email } exportada para { $path }
    [many] { $n } mensagens de { $email } exportadas para { $path }
   *[other] { $n } mensagens de { $email } exportadas para { $path }
}
cli-doctor-need-settings = informe --account ENDEREÇO, ou as configurações (--email, --pop-host ...)
cli-doctor-note-plaintext = observação: sem --allow-plaintext nenhuma senha é enviada sem criptografia
cli-doctor-need-password = informe a senha com --password-stdin, --password-file, --password-fd ou --password-command
cli-doctor-cause = Causa: { $text }
cli-doctor-fix = Solução: { $text }
cli-discover-not-address = “{ $address }” não é um endereço de email
cli-discover-runtime-error = não foi possível iniciar o ambiente de execução assíncrono: { $reason }
cli-discover-json-error = não foi possível escrever o JSON: { $reason }
cli-discover-looking-up = procurando { $domain } na lista de provedores...
cli-discover-probing = testando { $host } porta { $port } ({ $security })...
cli-discover-found-provider = encontrado na lista de provedores: { $provider }
cli-discover-found-probing = encontrado testando { $host }
cli-discover-not-found = não encontrado
cli-discover-server = { $label }: { $host }:{ $port } ({ $security }), nome de usuário { $username } — { $origin }
cli-discover-cert-warning = aviso: o certificado dele não passou na verificação; execute `postern doctor` para ver o motivo
cli-discover-nothing = { $label }: nada encontrado; insira as configurações manualmente
cli-discover-provider = provedor: { $provider }
cli-discover-incoming = servidor de entrada (POP3)
cli-discover-outgoing = servidor de saída (SMTP)
cli-note = observação: { $text }

## Doctor details

doctor-detail-not-used = não usada
doctor-detail-auth-offered = não usada; o servidor oferece AUTH { $mechanisms }
doctor-detail-no-password-sent = sem criptografia; nenhuma senha enviada
doctor-detail-no-smtp-password = nenhuma senha para o servidor de saída
