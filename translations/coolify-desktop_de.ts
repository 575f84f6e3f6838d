<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>BulkPlan</name>
    <message>
        <source>Only applications can be deployed (%1 is not one).</source>
        <translation>Nur Anwendungen können bereitgestellt werden (%1 ist keine).</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Wählen Sie zuerst eine Ressource aus.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Bereitstellen</translation>
    </message>
    <message>
        <source>Redeploy Without Cache</source>
        <translation>Ohne Cache neu bereitstellen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Each application gets a new deployment of its configured branch; a deployment of the same commit that is already queued or running is not repeated.</source>
        <translation>Jede Anwendung erhält eine neue Bereitstellung ihres eingestellten Branches; eine Bereitstellung desselben Commits, die schon wartet oder läuft, wird nicht wiederholt.</translation>
    </message>
    <message>
        <source>Each application is rebuilt from scratch without the build cache and deployed; this takes longer than a normal deployment.</source>
        <translation>Jede Anwendung wird ohne Build-Cache von Grund auf neu gebaut und bereitgestellt; das dauert länger als eine normale Bereitstellung.</translation>
    </message>
    <message>
        <source>Each resource&apos;s containers are restarted; it is briefly unavailable. Applications restart without a new build.</source>
        <translation>Die Container jeder Ressource werden neu gestartet; sie ist kurz nicht erreichbar. Anwendungen starten ohne neuen Build neu.</translation>
    </message>
    <message>
        <source>Each resource&apos;s containers are stopped and removed; it stays unavailable until it is started again.</source>
        <translation>Die Container jeder Ressource werden gestoppt und entfernt; sie bleibt unerreichbar, bis sie wieder gestartet wird.</translation>
    </message>
    <message>
        <source>Each resource is started; applications start with a new deployment.</source>
        <translation>Jede Ressource wird gestartet; Anwendungen starten mit einer neuen Bereitstellung.</translation>
    </message>
    <message>
        <source>No application carries the tag “%1”.</source>
        <translation>Keine Anwendung trägt das Tag „%1“.</translation>
    </message>
</context>
<context>
    <name>CliConfig</name>
    <message>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <source>Its token is not text.</source>
        <translation>Sein Token ist kein Text.</translation>
    </message>
    <message>
        <source>No token is set for it in the CLI.</source>
        <translation>In der CLI ist dafür kein Token eingetragen.</translation>
    </message>
    <message>
        <source>The CLI&apos;s example entry (its token is the placeholder “root”).</source>
        <translation>Der Beispieleintrag der CLI (sein Token ist der Platzhalter „root“).</translation>
    </message>
    <message>
        <source>No address is set for it.</source>
        <translation>Dafür ist keine Adresse eingetragen.</translation>
    </message>
    <message>
        <source>The home directory is not known, so coolify-cli&apos;s configuration cannot be found.</source>
        <translation>Das Home-Verzeichnis ist unbekannt, daher lässt sich die Konfiguration von coolify-cli nicht finden.</translation>
    </message>
    <message>
        <source>coolify-cli&apos;s configuration was not found in %1.</source>
        <translation>Die Konfiguration von coolify-cli wurde in %1 nicht gefunden.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be coolify-cli&apos;s configuration.</source>
        <translation>%1 ist zu groß (%2 Bytes), um die Konfiguration von coolify-cli zu sein.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is too large to be coolify-cli&apos;s configuration.</source>
        <translation>Die Datei ist zu groß, um die Konfiguration von coolify-cli zu sein.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The file does not hold coolify-cli&apos;s settings (no JSON object).</source>
        <translation>Die Datei enthält keine Einstellungen von coolify-cli (kein JSON-Objekt).</translation>
    </message>
    <message>
        <source>The file&apos;s “instances” is not a list.</source>
        <translation>„instances“ ist in der Datei keine Liste.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::ApiError</name>
    <message>
        <source>This field is not accepted here.</source>
        <translation>Dieses Feld ist hier nicht zulässig.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Kein Fehler</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Ungültige Werte</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Anfragelimit erreicht</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Not an API answer</source>
        <translation>Keine API-Antwort</translation>
    </message>
    <message>
        <source>Damaged answer</source>
        <translation>Beschädigte Antwort</translation>
    </message>
    <message>
        <source>Unexpected data</source>
        <translation>Unerwartete Daten</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
    <message>
        <source>The API token was not accepted (%1). It may be wrong, revoked or expired: create a new one in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation>Das API-Token wurde nicht akzeptiert (%1). Es ist möglicherweise falsch, widerrufen oder abgelaufen: Erstellen Sie in Coolify unter Keys &amp; Tokens → API tokens ein neues.</translation>
    </message>
    <message>
        <source>The API token lacks the “%1” permission needed for this. Create a token with “%1” in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation>Dem API-Token fehlt die dafür nötige Berechtigung „%1“. Erstellen Sie in Coolify unter Keys &amp; Tokens → API tokens ein Token mit „%1“.</translation>
    </message>
    <message>
        <source>The API is disabled on this Coolify instance (it is off by default). An administrator can enable it in Coolify under Settings → Advanced → API.</source>
        <translation>Die API ist auf dieser Coolify-Instanz deaktiviert (standardmäßig ist sie aus). Ein Administrator kann sie in Coolify unter Settings → Advanced → API aktivieren.</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the instance&apos;s API allow-list (Settings → Advanced → Allowed IPs).</source>
        <translation>Die IP-Adresse dieses Computers steht nicht auf der API-Zulassungsliste der Instanz (Settings → Advanced → Allowed IPs).</translation>
    </message>
    <message>
        <source>The token&apos;s owner is not an admin or owner of its team, so the token may only read. Ask a team admin, or use a read-only token.</source>
        <translation>Der Besitzer des Tokens ist weder Administrator noch Besitzer seines Teams, daher darf das Token nur lesen. Wenden Sie sich an einen Team-Administrator oder verwenden Sie ein Nur-Lese-Token.</translation>
    </message>
    <message>
        <source>Coolify does not allow this action for this token&apos;s team.</source>
        <translation>Coolify erlaubt diese Aktion für das Team dieses Tokens nicht.</translation>
    </message>
    <message>
        <source>Coolify refused the request (403).</source>
        <translation>Coolify hat die Anfrage abgelehnt (403).</translation>
    </message>
    <message>
        <source>The server answered “404 Not Found” with a web page. Check that the address points at a Coolify instance.</source>
        <translation>Der Server antwortete „404 Not Found“ mit einer Webseite. Prüfen Sie, ob die Adresse auf eine Coolify-Instanz verweist.</translation>
    </message>
    <message>
        <source>Not found on the server (404): it may have been deleted or belong to another team.</source>
        <translation>Auf dem Server nicht gefunden (404): Möglicherweise wurde es gelöscht oder gehört zu einem anderen Team.</translation>
    </message>
    <message>
        <source>The server does not accept this request method here (405).</source>
        <translation>Der Server akzeptiert diese Anfragemethode hier nicht (405).</translation>
    </message>
    <message>
        <source>The change conflicts with existing resources (409).</source>
        <translation>Die Änderung steht im Konflikt mit vorhandenen Ressourcen (409).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server rejected some values (422).</source>
        <translation>Der Server hat einige Werte abgelehnt (422).</translation>
    </message>
    <message>
        <source>The server rejected some values (422): %1</source>
        <translation>Der Server hat einige Werte abgelehnt (422): %1</translation>
    </message>
    <message>
        <source>The server rejected the request (400): %1</source>
        <translation>Der Server hat die Anfrage abgelehnt (400): %1</translation>
    </message>
    <message>
        <source>The server rejected the request (400).</source>
        <translation>Der Server hat die Anfrage abgelehnt (400).</translation>
    </message>
    <message numerus="yes">
        <source>The deployment queue is full; try again in %n second(s).</source>
        <translation>
            <numerusform>Die Deployment-Warteschlange ist voll; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Die Deployment-Warteschlange ist voll; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment queue is full; try again when running deployments finish.</source>
        <translation>Die Deployment-Warteschlange ist voll; versuchen Sie es erneut, wenn laufende Deployments abgeschlossen sind.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to this instance; it asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen an diese Instanz; sie bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen an diese Instanz; sie bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to this instance; please wait a minute.</source>
        <translation>Zu viele Anfragen an diese Instanz; bitte warten Sie eine Minute.</translation>
    </message>
    <message>
        <source>The server or a proxy in front of it is unavailable (%1). Try again in a moment.</source>
        <translation>Der Server oder ein vorgeschalteter Proxy ist nicht verfügbar (%1). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1).</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten (%1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation>Der Server antwortete mit einem unerwarteten Status %1.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. Check that the address points at a Coolify instance and not at a login page or proxy.</source>
        <translation>Der Server antwortete mit einer Webseite statt mit API-Daten. Prüfen Sie, ob die Adresse auf eine Coolify-Instanz verweist und nicht auf eine Anmeldeseite oder einen Proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off or damaged (%1).</source>
        <translation>Die Antwort des Servers wurde abgeschnitten oder ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has data this app does not understand (%1). Is this a supported Coolify version?</source>
        <translation>Die Antwort des Servers enthält Daten, die diese App nicht versteht (%1). Ist dies eine unterstützte Coolify-Version?</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or unreachable.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Er ist möglicherweise überlastet oder nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted, so the connection was not made (%1). Fix the certificate or use an address whose certificate is valid.</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut, daher wurde keine Verbindung hergestellt (%1). Korrigieren Sie das Zertifikat oder verwenden Sie eine Adresse mit gültigem Zertifikat.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing is listening at that address and port.</source>
        <translation>Die Verbindung wurde abgelehnt: Unter dieser Adresse und diesem Port lauscht nichts.</translation>
    </message>
    <message>
        <source>The host name could not be found. Check the address and your network.</source>
        <translation>Der Hostname wurde nicht gefunden. Prüfen Sie die Adresse und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>The server closed the connection before the whole answer arrived.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die vollständige Antwort eintraf.</translation>
    </message>
    <message>
        <source>The server redirected to another address (%1). The token is not sent there; enter the final address of the instance instead.</source>
        <translation>Der Server hat auf eine andere Adresse weitergeleitet (%1). Das Token wird dorthin nicht gesendet; geben Sie stattdessen die endgültige Adresse der Instanz ein.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Ein Netzwerkfehler ist aufgetreten: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>it ends after %n byte(s) in the middle of the data</source>
        <translation>
            <numerusform>sie endet nach %n Byte mitten in den Daten</numerusform>
            <numerusform>sie endet nach %n Byte mitten in den Daten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <source>unexpected JSON structure</source>
        <translation>unerwartete JSON-Struktur</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was not read: %1.</source>
        <translation>Die Antwort des Servers war zu groß und wurde nicht gelesen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server kept sending its answer but did not finish within %n second(s), so the request was stopped. The server or the network is very slow.</source>
        <translation>
            <numerusform>Der Server sendete seine Antwort, wurde aber nicht innerhalb von %n Sekunde fertig; die Anfrage wurde abgebrochen. Der Server oder das Netzwerk ist sehr langsam.</numerusform>
            <numerusform>Der Server sendete seine Antwort, wurde aber nicht innerhalb von %n Sekunden fertig; die Anfrage wurde abgebrochen. Der Server oder das Netzwerk ist sehr langsam.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server kept redirecting the request (more than 10 times), probably in a loop. Check the instance&apos;s proxy configuration, or enter its final address.</source>
        <translation>Der Server hat die Anfrage immer wieder weitergeleitet (mehr als 10-mal), vermutlich im Kreis. Prüfen Sie die Proxy-Konfiguration der Instanz oder geben Sie ihre endgültige Adresse ein.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>sie ist größer als %1</translation>
    </message>
    <message>
        <source>it is compressed and would unpack to far more data than any API answer (a compression bomb)</source>
        <translation>sie ist komprimiert und würde zu weit mehr Daten entpacken als jede API-Antwort (eine Kompressionsbombe)</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for this instance (now SHA-256 %1). The connection was refused: someone may be intercepting it. If the certificate was renewed on purpose, check the new fingerprint with the server&apos;s administrator and trust it again.</source>
        <translation>Der Server hat ein anderes Zertifikat vorgelegt als das, dem Sie für diese Instanz vertrauen (jetzt SHA-256 %1). Die Verbindung wurde abgelehnt: Jemand könnte sie abfangen. Wurde das Zertifikat absichtlich erneuert, prüfen Sie den neuen Fingerabdruck mit der Administration des Servers und vertrauen Sie ihm erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted (%1). If this instance uses a self-signed or internal certificate, compare its fingerprint with the server&apos;s and trust exactly that certificate in the instance settings.</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut (%1). Verwendet diese Instanz ein selbstsigniertes oder internes Zertifikat, vergleichen Sie seinen Fingerabdruck mit dem des Servers und vertrauen Sie genau diesem Zertifikat in den Instanzeinstellungen.</translation>
    </message>
    <message>
        <source>The server answered this change with a redirect (to %1) that would repeat it as a different request, so it was not repeated. A proxy in front of Coolify may be rewriting API requests; check its configuration.</source>
        <translation>Der Server hat diese Änderung mit einer Weiterleitung (nach %1) beantwortet, die sie als eine andere Anfrage wiederholen würde; sie wurde daher nicht wiederholt. Ein Proxy vor Coolify schreibt API-Anfragen womöglich um; prüfen Sie seine Konfiguration.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped in the middle of its answer: nothing more came for %n second(s). It may be overloaded or the connection unreliable.</source>
        <translation>
            <numerusform>Der Server hat mitten in seiner Antwort aufgehört: %n Sekunde lang kam nichts mehr. Er ist vielleicht überlastet oder die Verbindung unzuverlässig.</numerusform>
            <numerusform>Der Server hat mitten in seiner Antwort aufgehört: %n Sekunden lang kam nichts mehr. Er ist vielleicht überlastet oder die Verbindung unzuverlässig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). It may be overloaded or unreachable.</source>
        <translation>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunde geantwortet. Er ist vielleicht überlastet oder nicht erreichbar.</numerusform>
            <numerusform>Der Server hat nicht innerhalb von %n Sekunden geantwortet. Er ist vielleicht überlastet oder nicht erreichbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Api::BaseUrl</name>
    <message>
        <source>Enter the address of your Coolify instance, e.g. https://coolify.example.com.</source>
        <translation>Geben Sie die Adresse Ihrer Coolify-Instanz ein, z. B. https://coolify.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation>„%1“ ist keine gültige Adresse: %2</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation>Nur http://- und https://-Adressen werden unterstützt, nicht %1://.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>Die Adresse „%1“ enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use an API token instead.</source>
        <translation>Geben Sie keinen Benutzernamen und kein Passwort in der Adresse an; verwenden Sie stattdessen ein API-Token.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts.</source>
        <translation>Die Adresse darf keine „?“- oder „#“-Teile enthalten.</translation>
    </message>
    <message>
        <source>The address “%1” contains a space or an invisible character; type it again without them.</source>
        <translation>Die Adresse „%1“ enthält ein Leerzeichen oder ein unsichtbares Zeichen; geben Sie sie ohne diese erneut ein.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::CertificateInfo</name>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Ausgestellt für: %1
Ausgestellt von: %2
Gültig: %3 bis %4
SHA-256: %5</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::ConnectionTester</name>
    <message>
        <source>Coolify answers at this address</source>
        <translation>Coolify antwortet unter dieser Adresse</translation>
    </message>
    <message>
        <source>API enabled and token accepted</source>
        <translation>API aktiviert und Token akzeptiert</translation>
    </message>
    <message>
        <source>Data can be read</source>
        <translation>Daten können gelesen werden</translation>
    </message>
    <message>
        <source>Token permissions</source>
        <translation>Token-Berechtigungen</translation>
    </message>
    <message>
        <source>No Coolify API at this address: %1 answered “%2” (HTTP %3). Check the address.</source>
        <translation>Keine Coolify-API unter dieser Adresse: %1 antwortete „%2“ (HTTP %3). Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Something answers at this address, but it is not Coolify: %1 did not answer “OK”.</source>
        <translation>Unter dieser Adresse antwortet etwas, aber es ist nicht Coolify: %1 antwortete nicht mit „OK“.</translation>
    </message>
    <message>
        <source>%1 answered OK.</source>
        <translation>%1 antwortete mit OK.</translation>
    </message>
    <message>
        <source>Enter an API token to test it.</source>
        <translation>Geben Sie ein API-Token ein, um es zu testen.</translation>
    </message>
    <message>
        <source>The token was accepted, but /api/v1/version answered “%1” instead of a version number.</source>
        <translation>Das Token wurde akzeptiert, aber /api/v1/version antwortete „%1“ statt einer Versionsnummer.</translation>
    </message>
    <message>
        <source>Coolify %1 is older than version 4, which this app needs.</source>
        <translation>Coolify %1 ist älter als Version 4, die diese App benötigt.</translation>
    </message>
    <message>
        <source>Coolify %1.</source>
        <translation>Coolify %1.</translation>
    </message>
    <message>
        <source>The list of projects is not a list. Is this Coolify 4?</source>
        <translation>Die Projektliste ist keine Liste. Ist das Coolify 4?</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) visible to this token&apos;s team.</source>
        <translation>
            <numerusform>%n Projekt für das Team dieses Tokens sichtbar.</numerusform>
            <numerusform>%n Projekte für das Team dieses Tokens sichtbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can: %1.</source>
        <translation>Kann: %1.</translation>
    </message>
    <message>
        <source>Cannot: %1.</source>
        <translation>Kann nicht: %1.</translation>
    </message>
    <message>
        <source>Not determined: %1.</source>
        <translation>Nicht ermittelt: %1.</translation>
    </message>
    <message>
        <source>Connected to Coolify %1. %2</source>
        <translation>Verbunden mit Coolify %1. %2</translation>
    </message>
    <message>
        <source>This address does not speak https: the server at %1 answers plain http. Use %2 instead (the token then travels unencrypted), or put TLS in front of Coolify.</source>
        <translation>Diese Adresse spricht kein https: Der Server unter %1 antwortet mit einfachem http. Verwenden Sie stattdessen %2 (das Token wird dann unverschlüsselt übertragen) oder stellen Sie TLS vor Coolify.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::Token</name>
    <message>
        <source>The token contains a line break or another control character. Copy it again from Coolify as one line.</source>
        <translation>Das Token enthält einen Zeilenumbruch oder ein anderes Steuerzeichen. Kopieren Sie es erneut aus Coolify als eine Zeile.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::TokenAbilities</name>
    <message>
        <source>The token lacks the “%1” permission.</source>
        <translation>Dem Token fehlt die Berechtigung „%1“.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BackupFollow</name>
    <message>
        <source>Backup of %1 finished: %2.</source>
        <translation>Sicherung von %1 abgeschlossen: %2.</translation>
    </message>
    <message>
        <source>Backup of %1 failed: %2</source>
        <translation>Sicherung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Coolify recorded no backup of %1 within two minutes. It records nothing when the database is not running.</source>
        <translation>Coolify hat innerhalb von zwei Minuten keine Sicherung von %1 verzeichnet. Es verzeichnet nichts, wenn die Datenbank nicht läuft.</translation>
    </message>
    <message>
        <source>The backup of %1 did not finish within two hours; look at it in Coolify.</source>
        <translation>Die Sicherung von %1 ist nicht innerhalb von zwei Stunden fertig geworden; sehen Sie in Coolify nach.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BackupRunner</name>
    <message>
        <source>The instance of %1 is no longer configured.</source>
        <translation>Die Instanz von %1 ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2.</source>
        <translation>%1 kann nicht gesichert werden: %2.</translation>
    </message>
    <message>
        <source>%1 has no enabled backup schedule.</source>
        <translation>%1 hat keinen aktiven Backup-Zeitplan.</translation>
    </message>
    <message>
        <source>%1 is not running: Coolify records no backup of a stopped database.</source>
        <translation>%1 läuft nicht: Coolify zeichnet kein Backup einer gestoppten Datenbank auf.</translation>
    </message>
    <message>
        <source>Backup of %1 started.</source>
        <translation>Backup von %1 gestartet.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: %2</source>
        <translation>Das Backup von %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>A backup of %1 is already running.</source>
        <translation>Eine Sicherung von %1 läuft bereits.</translation>
    </message>
    <message>
        <source>the instance is no longer configured</source>
        <translation>die Instanz ist nicht mehr eingerichtet</translation>
    </message>
    <message>
        <source>The backup schedule of %1 is gone.</source>
        <translation>Der Sicherungsplan von %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BackupScheduleEditor</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Diese Instanz ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Cannot change backup schedules: %1.</source>
        <translation>Sicherungspläne können nicht geändert werden: %1.</translation>
    </message>
    <message>
        <source>Coolify does not make scheduled backups of %1 databases.</source>
        <translation>Coolify erstellt keine geplanten Sicherungen von %1-Datenbanken.</translation>
    </message>
    <message>
        <source>Separate databases with |; leave out collections with db:coll1,coll2. Empty backs up every database.</source>
        <translation>Datenbanken mit | trennen; Collections mit db:coll1,coll2 auslassen. Leer sichert alle Datenbanken.</translation>
    </message>
    <message>
        <source>Separate databases with commas. Empty backs up the database Coolify created.</source>
        <translation>Datenbanken mit Kommas trennen. Leer sichert die von Coolify angelegte Datenbank.</translation>
    </message>
    <message>
        <source>The S3 storages could not be loaded: %1</source>
        <translation>Die S3-Speicher konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Name the databases to back up: Coolify fills in the default only when a schedule is created.</source>
        <translation>Geben Sie die zu sichernden Datenbanken an: Coolify setzt den Standard nur beim Anlegen eines Plans.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Das Zeitlimit muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>Choose the S3 storage to upload to.</source>
        <translation>Wählen Sie den S3-Speicher für den Upload.</translation>
    </message>
    <message>
        <source>Use 0 for no limit; it cannot be negative.</source>
        <translation>0 bedeutet keine Grenze; negative Werte sind nicht möglich.</translation>
    </message>
    <message>
        <source>%1 or this schedule no longer exists: %2</source>
        <translation>%1 oder dieser Plan existiert nicht mehr: %2</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Der Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Backup schedule for %1 created.</source>
        <translation>Sicherungsplan für %1 angelegt.</translation>
    </message>
    <message>
        <source>Backup schedule for %1 saved.</source>
        <translation>Sicherungsplan für %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 A backup is starting.</source>
        <translation>%1 Eine Sicherung startet.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BulkRun</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Nicht gesendet: der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The instance is no longer configured.</source>
        <translation>Die Instanz ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>Coolify found none of them (deleted, or another team&apos;s). The server said: “%1”</source>
        <translation>Coolify fand keine davon (gelöscht oder von einem anderen Team). Der Server sagte: „%1“</translation>
    </message>
    <message>
        <source>a deployment of this commit is already queued or running</source>
        <translation>eine Bereitstellung dieses Commits wartet oder läuft bereits</translation>
    </message>
    <message>
        <source>Coolify skipped it without a word (deleted, or another team&apos;s).</source>
        <translation>Coolify hat sie kommentarlos übergangen (gelöscht oder von einem anderen Team).</translation>
    </message>
    <message>
        <source>Not sent again: the run was cancelled.</source>
        <translation>Nicht erneut gesendet: der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 kept answering “too many requests” after %2 attempts.</source>
        <translation>%1 antwortete nach %2 Versuchen weiter „zu viele Anfragen“.</translation>
    </message>
    <message numerus="yes">
        <source>the deployment queue is full; sending again in %n s</source>
        <translation>
            <numerusform>die Bereitstellungswarteschlange ist voll; erneutes Senden in %n s</numerusform>
            <numerusform>die Bereitstellungswarteschlange ist voll; erneutes Senden in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the rate limit is reached; sending again in %n s</source>
        <translation>
            <numerusform>das Anfragelimit ist erreicht; erneutes Senden in %n s</numerusform>
            <numerusform>das Anfragelimit ist erreicht; erneutes Senden in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) started</source>
        <translation>
            <numerusform>%n Bereitstellung gestartet</numerusform>
            <numerusform>%n Bereitstellungen gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already queued</source>
        <translation>
            <numerusform>%n wartet bereits</numerusform>
            <numerusform>%n warten bereits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n started without a deployment</source>
        <translation>
            <numerusform>%n ohne Bereitstellung gestartet</numerusform>
            <numerusform>%n ohne Bereitstellung gestartet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s) requested</source>
        <translation>
            <numerusform>%n Neustart angefordert</numerusform>
            <numerusform>%n Neustarts angefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) requested</source>
        <translation>
            <numerusform>%n Stopp angefordert</numerusform>
            <numerusform>%n Stopps angefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) requested</source>
        <translation>
            <numerusform>%n Start angefordert</numerusform>
            <numerusform>%n Starts angefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in Arbeit</numerusform>
            <numerusform>%n in Arbeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent again</source>
        <translation>
            <numerusform>%n wartet auf erneutes Senden</numerusform>
            <numerusform>%n warten auf erneutes Senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled before sending</source>
        <translation>
            <numerusform>%n vor dem Senden abgebrochen</numerusform>
            <numerusform>%n vor dem Senden abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not deployed by the tag: it no longer carries “%1”.</source>
        <translation>Nicht über das Tag bereitgestellt: es trägt „%1“ nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::CliImport</name>
    <message>
        <source>Cancelled before the connection was tested.</source>
        <translation>Abgebrochen, bevor die Verbindung getestet war.</translation>
    </message>
    <message>
        <source>To trust this certificate, add the instance with Add Instance… and review it there.</source>
        <translation>Um diesem Zertifikat zu vertrauen, fügen Sie die Instanz mit „Instanz hinzufügen…“ hinzu und prüfen Sie es dort.</translation>
    </message>
    <message>
        <source>Token saved in the keychain.</source>
        <translation>Token im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No instance was imported.</source>
        <translation>Keine Instanz wurde importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) imported.</source>
        <translation>
            <numerusform>%n Instanz importiert.</numerusform>
            <numerusform>%n Instanzen importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) imported, %1 not: see the rows marked “Not imported”.</source>
        <translation>
            <numerusform>%n Instanz importiert, %1 nicht: siehe die Zeilen mit „Nicht importiert“.</numerusform>
            <numerusform>%n Instanzen importiert, %1 nicht: siehe die Zeilen mit „Nicht importiert“.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::CreateTargets</name>
    <message>
        <source>The projects could not be loaded. %1</source>
        <translation>Die Projekte konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The servers could not be loaded. %1</source>
        <translation>Die Server konnten nicht geladen werden. %1</translation>
    </message>
    <message>
        <source>The environments of this project could not be loaded. %1</source>
        <translation>Die Umgebungen dieses Projekts konnten nicht geladen werden. %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DatabaseBackups</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Diese Instanz ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>%1 no longer exists on this instance.</source>
        <translation>%1 existiert auf dieser Instanz nicht mehr.</translation>
    </message>
    <message>
        <source>The backups could not be loaded: %1</source>
        <translation>Die Backups konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No database selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <source>Coolify does not make scheduled backups of %1 databases.</source>
        <translation>Coolify erstellt keine geplanten Backups von %1-Datenbanken.</translation>
    </message>
    <message>
        <source>A backup of %1 is running.</source>
        <translation>Ein Backup von %1 läuft.</translation>
    </message>
    <message>
        <source>Cannot back up: %1.</source>
        <translation>Backup nicht möglich: %1.</translation>
    </message>
    <message>
        <source>There is no backup schedule to run.</source>
        <translation>Es gibt keinen Backup-Zeitplan zum Ausführen.</translation>
    </message>
    <message>
        <source>%1 is not running: Coolify records no backup of a stopped database.</source>
        <translation>%1 läuft nicht: Coolify zeichnet kein Backup einer gestoppten Datenbank auf.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: %2</source>
        <translation>Das Backup von %1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>Backup of %1 started.</source>
        <translation>Backup von %1 gestartet.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 is gone.</source>
        <translation>Der Backup-Zeitplan von %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot delete: %1.</source>
        <translation>Löschen nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Select a backup to delete.</source>
        <translation>Ein Backup zum Löschen auswählen.</translation>
    </message>
    <message>
        <source>This backup is still running.</source>
        <translation>Dieses Backup läuft noch.</translation>
    </message>
    <message>
        <source>Another change is being sent.</source>
        <translation>Eine andere Änderung wird gerade gesendet.</translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation>Backup %1 gelöscht.</translation>
    </message>
    <message>
        <source>Backup %1 was not deleted: %2</source>
        <translation>Backup %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>%1 has no backup schedule: it has never been backed up by Coolify. Add a schedule to have it backed up.</source>
        <translation>%1 hat keinen Sicherungsplan: Coolify hat sie nie gesichert. Legen Sie einen Plan an, um sie zu sichern.</translation>
    </message>
    <message>
        <source>Select a schedule to delete.</source>
        <translation>Wählen Sie einen Plan zum Löschen.</translation>
    </message>
    <message>
        <source>Wait until the backup or change in progress ends.</source>
        <translation>Warten Sie, bis die laufende Sicherung oder Änderung endet.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 and its backups were deleted.</source>
        <translation>Der Sicherungsplan von %1 und seine Sicherungen wurden gelöscht.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 was not deleted: %2</source>
        <translation>Der Sicherungsplan von %1 wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeployController</name>
    <message>
        <source>1 deployment queued</source>
        <translation>1 Deployment eingereiht</translation>
    </message>
    <message>
        <source>%1 deployments queued</source>
        <translation>%1 Deployments eingereiht</translation>
    </message>
    <message>
        <source>%1 already queued for the same commit</source>
        <translation>%1 bereits für denselben Commit eingereiht</translation>
    </message>
    <message>
        <source>%1 started without a deployment</source>
        <translation>%1 ohne Deployment gestartet</translation>
    </message>
    <message>
        <source>%1 not deployed</source>
        <translation>%1 nicht deployt</translation>
    </message>
    <message>
        <source>Nothing was deployed.</source>
        <translation>Es wurde nichts deployt.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1: deployment queued (%2).</source>
        <translation>%1: Deployment eingereiht (%2).</translation>
    </message>
    <message>
        <source>%1: a deployment of this commit is already queued or running, so no new one was started (use Redeploy Without Cache to force a rebuild).</source>
        <translation>%1: Ein Deployment dieses Commits ist bereits eingereiht oder läuft, daher wurde kein neues gestartet (verwenden Sie „Ohne Cache neu deployen“, um einen Neubau zu erzwingen).</translation>
    </message>
    <message>
        <source>%1: started; services and databases have no deployment to follow. The server said: “%2”</source>
        <translation>%1: gestartet; Dienste und Datenbanken haben kein Deployment, dem man folgen kann. Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>%1: not deployed. The server said: “%2”</source>
        <translation>%1: nicht deployt. Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>%1: nothing deployed; the server found none of the resources (they may have been deleted or belong to another team). The server said: “%2”</source>
        <translation>%1: nichts deployt; der Server hat keine der Ressourcen gefunden (sie wurden möglicherweise gelöscht oder gehören zu einem anderen Team). Der Server meldete: „%2“</translation>
    </message>
    <message>
        <source>%1: not deployed, the server&apos;s deployment queue is full; try again in %2 s.</source>
        <translation>%1: nicht deployt, die Deployment-Warteschlange des Servers ist voll; versuchen Sie es in %2 s erneut.</translation>
    </message>
    <message>
        <source>%1: not deployed, the server&apos;s deployment queue is full; try again when running deployments finish.</source>
        <translation>%1: nicht deployt, die Deployment-Warteschlange des Servers ist voll; versuchen Sie es erneut, wenn laufende Deployments abgeschlossen sind.</translation>
    </message>
    <message>
        <source>%1: not deployed; the API token lacks the “deploy” permission. Create a token with “deploy” in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation>%1: nicht deployt; dem API-Token fehlt die Berechtigung „deploy“. Erstellen Sie in Coolify unter Keys &amp; Tokens → API tokens ein Token mit „deploy“.</translation>
    </message>
    <message>
        <source>%1: not deployed. %2</source>
        <translation>%1: nicht deployt. %2</translation>
    </message>
    <message>
        <source>The instance is no longer configured.</source>
        <translation>Die Instanz ist nicht mehr konfiguriert.</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>Tag %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeploymentCanceller</name>
    <message>
        <source>Deployment cancelled.</source>
        <translation>Deployment abgebrochen.</translation>
    </message>
    <message>
        <source>The deployment cannot be cancelled: %1</source>
        <translation>Das Deployment kann nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <source>The deployment cannot be cancelled any more: its status is already &quot;%1&quot;.</source>
        <translation>Das Deployment kann nicht mehr abgebrochen werden: Sein Status ist bereits „%1“.</translation>
    </message>
    <message>
        <source>This token may not cancel deployments: it lacks the &quot;%1&quot; ability.</source>
        <translation>Dieses Token darf keine Deployments abbrechen: Ihm fehlt die Berechtigung „%1“.</translation>
    </message>
    <message>
        <source>You do not have permission to cancel this deployment (it does not run on one of your team&apos;s servers). The server said: %1</source>
        <translation>Sie sind nicht berechtigt, dieses Deployment abzubrechen (es läuft nicht auf einem Server Ihres Teams). Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The deployment no longer exists on the server, so it cannot be cancelled.</source>
        <translation>Das Deployment existiert auf dem Server nicht mehr und kann daher nicht abgebrochen werden.</translation>
    </message>
    <message>
        <source>Could not cancel the deployment: %1</source>
        <translation>Das Deployment konnte nicht abgebrochen werden: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeploymentHistory</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Diese Instanz ist nicht mehr konfiguriert.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Docker Compose applications cannot be rolled back: Coolify names their images per service and keeps no list of them.</source>
        <translation>Docker-Compose-Anwendungen lassen sich nicht zurücksetzen: Coolify benennt ihre Images pro Dienst und führt keine Liste davon.</translation>
    </message>
    <message>
        <source>This application runs the registry image %1: a rollback would deploy that same tag again. To go back, set an older tag in its settings and deploy.</source>
        <translation>Diese Anwendung läuft mit dem Registry-Image %1: Ein Zurücksetzen würde denselben Tag erneut deployen. Um zurückzugehen, in den Einstellungen einen älteren Tag setzen und deployen.</translation>
    </message>
    <message>
        <source>Reading the images kept on the server…</source>
        <translation>Die auf dem Server aufbewahrten Images werden gelesen …</translation>
    </message>
    <message>
        <source>The kept images could not be read: %1</source>
        <translation>Die aufbewahrten Images konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server is not reachable, so Coolify cannot list the images it keeps. Rollback is possible again once the server is back.</source>
        <translation>Der Server ist nicht erreichbar, daher kann Coolify die aufbewahrten Images nicht auflisten. Zurücksetzen ist wieder möglich, sobald der Server zurück ist.</translation>
    </message>
    <message>
        <source>The server lists no kept images. Coolify answers this way when it cannot reach the server over SSH, and when image retention is off (docker_images_to_keep is 0).</source>
        <translation>Der Server nennt keine aufbewahrten Images. So antwortet Coolify, wenn es den Server nicht per SSH erreicht und wenn keine Images aufbewahrt werden (docker_images_to_keep ist 0).</translation>
    </message>
    <message>
        <source>This application is built from a Dockerfile kept in Coolify and always runs the tag latest: there is no older image to roll back to.</source>
        <translation>Diese Anwendung wird aus einem in Coolify hinterlegten Dockerfile gebaut und läuft immer mit dem Tag latest: Es gibt kein älteres Image zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>The running image could not be told by its tag.</source>
        <translation>Das laufende Image ließ sich nicht an seinem Tag erkennen.</translation>
    </message>
    <message>
        <source>Running %1.</source>
        <translation>Es läuft %1.</translation>
    </message>
    <message>
        <source>No older image is kept on the server.</source>
        <translation>Auf dem Server ist kein älteres Image aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n older image(s) kept on the server: pick one and choose Roll Back.</source>
        <translation>
            <numerusform>%n älteres Image auf dem Server aufbewahrt: eines wählen und „Zurücksetzen“ wählen.</numerusform>
            <numerusform>%n ältere Images auf dem Server aufbewahrt: eines wählen und „Zurücksetzen“ wählen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running image is not the last successful build (%1).</source>
        <translation>Das laufende Image ist nicht der letzte erfolgreiche Build (%1).</translation>
    </message>
    <message>
        <source>No application is selected.</source>
        <translation>Keine Anwendung ausgewählt.</translation>
    </message>
    <message>
        <source>A rollback is being sent.</source>
        <translation>Ein Zurücksetzen wird gerade gesendet.</translation>
    </message>
    <message>
        <source>Cannot roll back: %1.</source>
        <translation>Zurücksetzen nicht möglich: %1.</translation>
    </message>
    <message>
        <source>A deployment of this application is queued or running; roll back when it has ended.</source>
        <translation>Ein Deployment dieser Anwendung wartet oder läuft; nach seinem Ende zurücksetzen.</translation>
    </message>
    <message>
        <source>Select a deployment whose image is kept.</source>
        <translation>Ein Deployment wählen, dessen Image aufbewahrt ist.</translation>
    </message>
    <message>
        <source>This image is running now.</source>
        <translation>Dieses Image läuft gerade.</translation>
    </message>
    <message>
        <source>Build images, previews and &quot;latest&quot; are no rollback targets.</source>
        <translation>Build-Images, Vorschauen und „latest“ sind keine Ziele zum Zurücksetzen.</translation>
    </message>
    <message>
        <source>The server keeps no image of %1.</source>
        <translation>Der Server bewahrt kein Image von %1 auf.</translation>
    </message>
    <message>
        <source>The server accepted the rollback of %1 but named no deployment to follow.</source>
        <translation>Der Server hat das Zurücksetzen von %1 angenommen, aber kein Deployment zum Verfolgen genannt.</translation>
    </message>
    <message>
        <source>Rollback of %1 to %2 queued.</source>
        <translation>Zurücksetzen von %1 auf %2 eingereiht.</translation>
    </message>
    <message>
        <source>The deployment queue of the server is full: %1 was not rolled back. Try again when running deployments have finished.</source>
        <translation>Die Deployment-Warteschlange des Servers ist voll: %1 wurde nicht zurückgesetzt. Erneut versuchen, wenn laufende Deployments beendet sind.</translation>
    </message>
    <message>
        <source>%1 no longer exists on this instance.</source>
        <translation>%1 existiert auf dieser Instanz nicht mehr.</translation>
    </message>
    <message>
        <source>The server refused to roll back to %1: %2</source>
        <translation>Der Server hat das Zurücksetzen auf %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot roll back %1: the token lacks the deploy ability.</source>
        <translation>%1 kann nicht zurückgesetzt werden: Dem Token fehlt die Berechtigung deploy.</translation>
    </message>
    <message>
        <source>Rollback of %1 failed: %2</source>
        <translation>Zurücksetzen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Coolify cannot roll back Docker Compose applications.</source>
        <translation>Coolify kann Docker-Compose-Anwendungen nicht zurücksetzen.</translation>
    </message>
    <message>
        <source>A Docker-image application always runs its configured tag: set an older tag in its settings instead.</source>
        <translation>Eine Docker-Image-Anwendung läuft immer mit dem eingestellten Tag: stattdessen in den Einstellungen einen älteren Tag setzen.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::EnvEditor</name>
    <message>
        <source>Sent, but the list could not be loaded again to check it: %1</source>
        <translation>Gesendet, aber die Liste konnte zur Prüfung nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Saved as an empty value</source>
        <translation>Als leerer Wert gespeichert</translation>
    </message>
    <message>
        <source>Saved with the outer spaces and line breaks removed</source>
        <translation>Gespeichert, ohne Leerzeichen und Zeilenumbrüche am Anfang und Ende</translation>
    </message>
    <message>
        <source>Saved; the value cannot be read back to check it</source>
        <translation>Gespeichert; der Wert kann zur Prüfung nicht zurückgelesen werden</translation>
    </message>
    <message>
        <source>Not saved: Coolify stops at the first item it refuses</source>
        <translation>Nicht gespeichert: Coolify hört beim ersten abgelehnten Eintrag auf</translation>
    </message>
    <message>
        <source>The server answered without an error, but does not have the change</source>
        <translation>Der Server hat ohne Fehler geantwortet, hat die Änderung aber nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n gespeichert</numerusform>
            <numerusform>%n gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored differently</source>
        <translation>
            <numerusform>%n anders gespeichert</numerusform>
            <numerusform>%n anders gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved but not readable</source>
        <translation>
            <numerusform>%n gespeichert, aber nicht lesbar</numerusform>
            <numerusform>%n gespeichert, aber nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <translation>
            <numerusform>%n nicht gespeichert</numerusform>
            <numerusform>%n nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nichts wurde geändert</translation>
    </message>
    <message>
        <source>Saved; Coolify kept some of its options its own way</source>
        <translation>Gespeichert; Coolify hat einige Optionen auf seine Weise übernommen</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::LifecycleController</name>
    <message>
        <source>Select a resource first.</source>
        <translation>Wählen Sie zuerst eine Ressource aus.</translation>
    </message>
    <message>
        <source>Select exactly one resource.</source>
        <translation>Wählen Sie genau eine Ressource aus.</translation>
    </message>
    <message>
        <source>The instance is gone.</source>
        <translation>Die Instanz ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Services are deleted in Coolify&apos;s web interface.</source>
        <translation>Dienste werden in der Weboberfläche von Coolify gelöscht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Start requested…</source>
        <translation>Start angefordert…</translation>
    </message>
    <message>
        <source>Stop requested…</source>
        <translation>Stopp angefordert…</translation>
    </message>
    <message>
        <source>Restart requested…</source>
        <translation>Neustart angefordert…</translation>
    </message>
    <message>
        <source>Deletion requested…</source>
        <translation>Löschen angefordert…</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation>Löschen von %1 angefordert.</translation>
    </message>
    <message>
        <source>%1 is already running: restart or redeploy it instead.</source>
        <translation>%1 läuft bereits: Starten Sie es stattdessen neu oder deployen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not running: start it instead.</source>
        <translation>%1 läuft nicht: Starten Sie es stattdessen.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::RuntimeLogs</name>
    <message>
        <source>%1 has no container logs of its own: open one of its parts.</source>
        <translation>%1 hat keine eigenen Container-Logs: Öffnen Sie einen seiner Bestandteile.</translation>
    </message>
    <message>
        <source>%1 is not running, so it has no container logs to show. Start or deploy it, then refresh.</source>
        <translation>%1 läuft nicht und hat daher keine Container-Logs. Starten oder deployen Sie es und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>The database %1 is not running, so it has no container logs to show. Start it, then refresh.</source>
        <translation>Die Datenbank %1 läuft nicht und hat daher keine Container-Logs. Starten Sie sie und aktualisieren Sie dann.</translation>
    </message>
    <message>
        <source>Could not fetch the logs: %1</source>
        <translation>Die Logs konnten nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>The container has not written any logs yet.</source>
        <translation>Der Container hat noch keine Logs geschrieben.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::ServerResources</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Diese Instanz ist nicht mehr eingerichtet.</translation>
    </message>
    <message>
        <source>The resources on this server could not be loaded: %1</source>
        <translation>Die Ressourcen auf diesem Server konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::TagCatalog</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No instance is online.</source>
        <translation>Keine Instanz ist online.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No instance has the tag “%1”.</source>
        <translation>Keine Instanz hat das Tag „%1“.</translation>
    </message>
    <message>
        <source>%1: the instance is gone.</source>
        <translation>%1: die Instanz gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::ConflictModel</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Coolify instance</source>
        <translation>Coolify-Instanz</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::DomainListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>New domain</source>
        <translation>Neue Domain</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Domain hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected domain</source>
        <translation>Ausgewählte Domain entfernen</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::ErrorMapper</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::FieldEditor</name>
    <message>
        <source>● modified</source>
        <translation>● geändert</translation>
    </message>
    <message>
        <source>%1 has unsaved changes</source>
        <translation>%1 hat ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Changed here, not saved yet</source>
        <translation>Hier geändert, noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Restore the value loaded from the server</source>
        <translation>Den vom Server geladenen Wert wiederherstellen</translation>
    </message>
    <message>
        <source>Undo changes to %1</source>
        <translation>Änderungen an %1 rückgängig machen</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>%1 (cannot be chosen here)</source>
        <translation>%1 (hier nicht auswählbar)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::Fields</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Health Check</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Ressourcenlimits</translation>
    </message>
    <message>
        <source>Deployment hooks</source>
        <translation>Deployment-Hooks</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Static site</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Shown in Coolify. HTML tags are removed on save.</source>
        <translation>Wird in Coolify angezeigt. HTML-Tags werden beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Optional. HTML tags are removed on save.</source>
        <translation>Optional. HTML-Tags werden beim Speichern entfernt.</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Full URLs such as https://app.example.com. Ignored when the server has no proxy.</source>
        <translation>Vollständige URLs wie https://app.example.com. Wird ignoriert, wenn der Server keinen Proxy hat.</translation>
    </message>
    <message>
        <source>Each domain must be a full http:// or https:// URL without spaces or shell characters.</source>
        <translation>Jede Domain muss eine vollständige http://- oder https://-URL ohne Leerzeichen oder Shell-Zeichen sein.</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git-Repository</translation>
    </message>
    <message>
        <source>Public GitHub repositories are stored as owner/repo.</source>
        <translation>Öffentliche GitHub-Repositorys werden als owner/repo gespeichert.</translation>
    </message>
    <message>
        <source>Git branch</source>
        <translation>Git-Branch</translation>
    </message>
    <message>
        <source>Letters, digits, - _ / and dots; not HEAD.</source>
        <translation>Buchstaben, Ziffern, - _ / und Punkte; nicht HEAD.</translation>
    </message>
    <message>
        <source>Use letters, digits, - _ / and dots; not HEAD, no “..” or “.lock”, not starting or ending with / or a dot.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern, - _ / und Punkte; nicht HEAD, kein „..“ oder „.lock“, nicht mit / oder einem Punkt beginnend oder endend.</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Git-Commit</translation>
    </message>
    <message>
        <source>A commit SHA, or HEAD for the latest commit.</source>
        <translation>Ein Commit-SHA oder HEAD für den neuesten Commit.</translation>
    </message>
    <message>
        <source>Start with a letter or digit; then letters, digits, . _ - and /.</source>
        <translation>Mit einem Buchstaben oder einer Ziffer beginnen; danach Buchstaben, Ziffern, . _ - und /.</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build-Pack</translation>
    </message>
    <message>
        <source>Switching away from dockerfile or dockercompose clears their settings on the server.</source>
        <translation>Beim Wechsel weg von dockerfile oder dockercompose werden deren Einstellungen auf dem Server gelöscht.</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>Installationsbefehl</translation>
    </message>
    <message>
        <source>Optional; overrides the build pack&apos;s default.</source>
        <translation>Optional; überschreibt den Standard des Build-Packs.</translation>
    </message>
    <message>
        <source>Unquoted $ ; &lt; &gt; ( ), a single &amp; or |, backticks and line breaks are not accepted.</source>
        <translation>Nicht in Anführungszeichen gesetzte $ ; &lt; &gt; ( ), ein einzelnes &amp; oder |, Backticks und Zeilenumbrüche werden nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Build-Befehl</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Startbefehl</translation>
    </message>
    <message>
        <source>Deploy automatically on git push</source>
        <translation>Bei Git-Push automatisch deployen</translation>
    </message>
    <message>
        <source>Needs a webhook or GitHub App.</source>
        <translation>Erfordert einen Webhook oder eine GitHub App.</translation>
    </message>
    <message>
        <source>Deploy right after saving</source>
        <translation>Direkt nach dem Speichern deployen</translation>
    </message>
    <message>
        <source>Queues a deployment when the changes are saved. Not stored.</source>
        <translation>Reiht beim Speichern der Änderungen ein Deployment ein. Wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation>HTTPS erzwingen</translation>
    </message>
    <message>
        <source>Redirects http:// requests to https://.</source>
        <translation>Leitet http://-Anfragen auf https:// um.</translation>
    </message>
    <message>
        <source>Base directory</source>
        <translation>Basisverzeichnis</translation>
    </message>
    <message>
        <source>Where the build runs inside the repository, e.g. /.</source>
        <translation>Wo der Build im Repository läuft, z. B. /.</translation>
    </message>
    <message>
        <source>Must start with / and use only letters, digits and . _ - / ~ @ +.</source>
        <translation>Muss mit / beginnen und darf nur Buchstaben, Ziffern und . _ - / ~ @ + enthalten.</translation>
    </message>
    <message>
        <source>Publish directory</source>
        <translation>Veröffentlichungsverzeichnis</translation>
    </message>
    <message>
        <source>Build output to serve, e.g. /dist.</source>
        <translation>Auszuliefernde Build-Ausgabe, z. B. /dist.</translation>
    </message>
    <message>
        <source>Dockerfile location</source>
        <translation>Dockerfile-Speicherort</translation>
    </message>
    <message>
        <source>Path of the Dockerfile in the repository, e.g. /Dockerfile.</source>
        <translation>Pfad des Dockerfiles im Repository, z. B. /Dockerfile.</translation>
    </message>
    <message>
        <source>Must start with / followed by letters, digits and . _ - / ~ @ +.</source>
        <translation>Muss mit / beginnen, gefolgt von Buchstaben, Ziffern und . _ - / ~ @ +.</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>Health-Check-Pfad</translation>
    </message>
    <message>
        <source>HTTP path probed, e.g. /healthz.</source>
        <translation>Abgefragter HTTP-Pfad, z. B. /healthz.</translation>
    </message>
    <message>
        <source>Use letters, digits and / - _ . ~ % , ;</source>
        <translation>Verwenden Sie Buchstaben, Ziffern und / - _ . ~ % , ;</translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation>Health-Check-Port</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>Health-Check-Intervall</translation>
    </message>
    <message>
        <source>Seconds between probes.</source>
        <translation>Sekunden zwischen den Abfragen.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Speicherlimit</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>CPU-Limit</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>CPU-Anteile</translation>
    </message>
    <message>
        <source>Relative CPU weight; Docker&apos;s default is 1024.</source>
        <translation>Relative CPU-Gewichtung; Dockers Standard ist 1024.</translation>
    </message>
    <message>
        <source>Pre-deployment command</source>
        <translation>Befehl vor dem Deployment</translation>
    </message>
    <message>
        <source>Runs in the container before the new version starts.</source>
        <translation>Läuft im Container, bevor die neue Version startet.</translation>
    </message>
    <message>
        <source>Post-deployment command</source>
        <translation>Befehl nach dem Deployment</translation>
    </message>
    <message>
        <source>Runs in the container after the new version started.</source>
        <translation>Läuft im Container, nachdem die neue Version gestartet ist.</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Only for the dockerfile build pack without a repository.</source>
        <translation>Nur für das Build-Pack dockerfile ohne Repository.</translation>
    </message>
    <message>
        <source>Coolify does not accept Dockerfile changes through the API; edit it in Coolify&apos;s web interface.</source>
        <translation>Coolify akzeptiert keine Dockerfile-Änderungen über die API; bearbeiten Sie es in der Weboberfläche von Coolify.</translation>
    </message>
    <message>
        <source>Docker Compose location</source>
        <translation>Speicherort der Docker-Compose-Datei</translation>
    </message>
    <message>
        <source>Path of the compose file in the repository.</source>
        <translation>Pfad der Compose-Datei im Repository.</translation>
    </message>
    <message>
        <source>Custom docker run options</source>
        <translation>Eigene docker-run-Optionen</translation>
    </message>
    <message>
        <source>Extra options such as --cap-add SYS_ADMIN.</source>
        <translation>Zusätzliche Optionen wie --cap-add SYS_ADMIN.</translation>
    </message>
    <message>
        <source>GitHub webhook secret</source>
        <translation>GitHub-Webhook-Secret</translation>
    </message>
    <message>
        <source>Secret of a manually configured GitHub webhook.</source>
        <translation>Secret eines manuell eingerichteten GitHub-Webhooks.</translation>
    </message>
    <message>
        <source>GitLab webhook secret</source>
        <translation>GitLab-Webhook-Secret</translation>
    </message>
    <message>
        <source>Secret token of a manually configured GitLab webhook.</source>
        <translation>Secret-Token eines manuell eingerichteten GitLab-Webhooks.</translation>
    </message>
    <message>
        <source>Serve the publish directory with a web server.</source>
        <translation>Das Veröffentlichungsverzeichnis mit einem Webserver ausliefern.</translation>
    </message>
    <message>
        <source>Single-page application</source>
        <translation>Single-Page-Application</translation>
    </message>
    <message>
        <source>Route unknown paths to index.html. Only for static sites.</source>
        <translation>Unbekannte Pfade auf index.html leiten. Nur für statische Websites.</translation>
    </message>
    <message>
        <source>www redirect</source>
        <translation>www-Weiterleitung</translation>
    </message>
    <message>
        <source>www: redirect to www; non-www: redirect away from www; both: serve both.</source>
        <translation>www: auf www umleiten; non-www: von www weg umleiten; both: beide ausliefern.</translation>
    </message>
    <message>
        <source>Port the health check probes inside the container; empty means the first exposed port.</source>
        <translation>Port, den die Zustandsprüfung im Container abfragt; leer bedeutet den ersten freigegebenen Port.</translation>
    </message>
    <message>
        <source>A size such as 512m or 2g; 0 means no limit.</source>
        <translation>Eine Größe wie 512m oder 2g; 0 bedeutet keine Begrenzung.</translation>
    </message>
    <message>
        <source>Write a number with an optional unit (b, k, m, g), such as 512m or 2g; 0 means no limit.</source>
        <translation>Geben Sie eine Zahl mit optionaler Einheit (b, k, m, g) ein, etwa 512m oder 2g; 0 bedeutet keine Begrenzung.</translation>
    </message>
    <message>
        <source>How many CPUs the container may use, such as 1.5; 0 means no limit.</source>
        <translation>Wie viele CPUs der Container nutzen darf, etwa 1.5; 0 bedeutet keine Begrenzung.</translation>
    </message>
    <message>
        <source>Write a number of CPUs such as 1 or 1.5; 0 means no limit.</source>
        <translation>Geben Sie eine Anzahl CPUs wie 1 oder 1.5 ein; 0 bedeutet keine Begrenzung.</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::PatchBuilder</name>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 benötigt eine Zahl.</translation>
    </message>
    <message>
        <source>%1 cannot be empty: Coolify turns an empty value into “no value”, which this field does not accept.</source>
        <translation>%1 darf nicht leer sein: Coolify macht aus einem leeren Wert „kein Wert“, was dieses Feld nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Use a number from %1 to %2.</source>
        <translation>Verwenden Sie eine Zahl von %1 bis %2.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Höchstens %n Zeichen.</numerusform>
            <numerusform>Höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SaveComparison</name>
    <message>
        <source>Coolify removes spaces at the start and end of values.</source>
        <translation>Coolify entfernt Leerzeichen am Anfang und Ende von Werten.</translation>
    </message>
    <message>
        <source>Coolify stores an empty value as “no value”.</source>
        <translation>Coolify speichert einen leeren Wert als „kein Wert“.</translation>
    </message>
    <message>
        <source>Coolify lower-cases the scheme and host of domains.</source>
        <translation>Coolify schreibt Schema und Host von Domains klein.</translation>
    </message>
    <message>
        <source>Coolify ignored the domains: the application&apos;s server has no proxy (or is a build server), so domains cannot be set there.</source>
        <translation>Coolify hat die Domains ignoriert: Der Server der Anwendung hat keinen Proxy (oder ist ein Build-Server), daher können dort keine Domains gesetzt werden.</translation>
    </message>
    <message>
        <source>Coolify removes HTML tags from this field.</source>
        <translation>Coolify entfernt HTML-Tags aus diesem Feld.</translation>
    </message>
    <message>
        <source>The server stored a different value; the reason is not known.</source>
        <translation>Der Server hat einen anderen Wert gespeichert; der Grund ist unbekannt.</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SettingsForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>You have changed settings that are not saved yet. Save them before leaving?</source>
        <translation>Sie haben Einstellungen geändert, die noch nicht gespeichert sind. Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Could not load the settings.</source>
        <translation>Die Einstellungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the marked fields first.</source>
        <translation>Es wurde nichts gesendet: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <source>Coolify did not save the changes: fix the marked fields and save again.</source>
        <translation>Coolify hat die Änderungen nicht gespeichert: Korrigieren Sie die markierten Felder und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>The changes were not saved; your edits are kept.</source>
        <translation>Die Änderungen wurden nicht gespeichert; Ihre Bearbeitungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Saved, but reloading the settings failed: %1 The form still shows your edits.</source>
        <translation>Gespeichert, aber das Neuladen der Einstellungen ist fehlgeschlagen: %1 Das Formular zeigt weiterhin Ihre Bearbeitungen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Conflicting domains</source>
        <translation>Domain-Konflikte</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore every field to the value loaded from the server</source>
        <translation>Jedes Feld auf den vom Server geladenen Wert zurücksetzen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Read-only: %1 Editing needs a token with the “write” permission.</source>
        <translation>Schreibgeschützt: %1 Zum Bearbeiten ist ein Token mit der Berechtigung „write“ nötig.</translation>
    </message>
    <message>
        <source>Hidden — the token lacks read:sensitive. Type a new value to replace it.</source>
        <translation>Verborgen — dem Token fehlt read:sensitive. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Hidden — the token lacks read:sensitive.</source>
        <translation>Verborgen — dem Token fehlt read:sensitive.</translation>
    </message>
    <message>
        <source>Not provided by the server. Type a new value to replace it.</source>
        <translation>Vom Server nicht bereitgestellt. Geben Sie einen neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Not provided by the server.</source>
        <translation>Vom Server nicht bereitgestellt.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Checking for changes on the server…</source>
        <translation>Änderungen auf dem Server werden geprüft…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Reloading what the server stored…</source>
        <translation>Gespeicherte Werte des Servers werden neu geladen…</translation>
    </message>
    <message>
        <source>%1 (go to %2)</source>
        <translation>%1 (gehe zu %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Coolify asks to wait %n second(s).</source>
        <translation>
            <numerusform>Coolify bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Coolify bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some domains are already used elsewhere (409). Nothing was saved. Change the domains, or save anyway to take them over.</source>
        <translation>Einige Domains werden bereits anderweitig verwendet (409). Es wurde nichts gespeichert. Ändern Sie die Domains oder speichern Sie trotzdem, um sie zu übernehmen.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <source>Edit domains</source>
        <translation>Domains bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts with %n other resource(s); see above.</source>
        <translation>
            <numerusform>Konflikt mit %n anderen Ressource; siehe oben.</numerusform>
            <numerusform>Konflikt mit %n anderen Ressourcen; siehe oben.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the fields shown here changed.</source>
        <translation>Keines der hier angezeigten Felder wurde geändert.</translation>
    </message>
    <message>
        <source>Changed there: %1.</source>
        <translation>Dort geändert: %1.</translation>
    </message>
    <message>
        <source>This application was changed on the server since you opened it. Nothing was saved. %1</source>
        <translation>Diese Anwendung wurde auf dem Server geändert, seit Sie sie geöffnet haben. Es wurde nichts gespeichert. %1</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Änderungen prüfen</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values; your edits are kept. Save when ready.</source>
        <translation>Die neueren Werte des Servers wurden geladen; Ihre Bearbeitungen bleiben erhalten. Speichern Sie, wenn Sie so weit sind.</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values; your edits are kept. These fields were changed both here and on the server — check them, then save:</source>
        <translation>Die neueren Werte des Servers wurden geladen; Ihre Bearbeitungen bleiben erhalten. Diese Felder wurden sowohl hier als auch auf dem Server geändert — prüfen Sie sie und speichern Sie dann:</translation>
    </message>
    <message>
        <source>%1: the server now has %2</source>
        <translation>%1: Der Server hat jetzt %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Saved, but Coolify stored some values differently from what you typed:</source>
        <translation>Gespeichert, aber Coolify hat einige Werte anders gespeichert als eingegeben:</translation>
    </message>
    <message>
        <source>%1: you typed %2, Coolify stored %3. %4</source>
        <translation>%1: Sie haben %2 eingegeben, Coolify hat %3 gespeichert. %4</translation>
    </message>
    <message>
        <source>Find a setting (Ctrl+F)</source>
        <translation>Einstellung suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Einstellung suchen</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Send the changed fields to Coolify (%1)</source>
        <translation>Die geänderten Felder an Coolify senden (%1)</translation>
    </message>
    <message>
        <source>No setting matches “%1”.</source>
        <translation>Keine Einstellung passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n setting(s) that the %1 build pack does not use. &lt;a href=&quot;hide&quot;&gt;Hide them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n Einstellung wird angezeigt, die das Build-Pack %1 nicht verwendet. &lt;a href=&quot;hide&quot;&gt;Ausblenden&lt;/a&gt;</numerusform>
            <numerusform>%n Einstellungen werden angezeigt, die das Build-Pack %1 nicht verwendet. &lt;a href=&quot;hide&quot;&gt;Ausblenden&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) that the %1 build pack does not use are hidden. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n Einstellung, die das Build-Pack %1 nicht verwendet, ist ausgeblendet. &lt;a href=&quot;show&quot;&gt;Anzeigen&lt;/a&gt;</numerusform>
            <numerusform>%n Einstellungen, die das Build-Pack %1 nicht verwendet, sind ausgeblendet. &lt;a href=&quot;show&quot;&gt;Anzeigen&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ActiveDeploymentsView</name>
    <message>
        <source>Active deployments</source>
        <translation>Aktive Deployments</translation>
    </message>
    <message>
        <source>Active deployments summary</source>
        <translation>Übersicht der aktiven Deployments</translation>
    </message>
    <message>
        <source>Queued and running deployments on every instance</source>
        <translation>Eingereihte und laufende Deployments auf allen Instanzen</translation>
    </message>
    <message>
        <source>No deployments are queued or running.</source>
        <translation>Es sind keine Deployments eingereiht oder laufend.</translation>
    </message>
    <message>
        <source>1 deployment queued or running</source>
        <translation>1 Deployment eingereiht oder laufend</translation>
    </message>
    <message>
        <source>%1 deployments queued or running</source>
        <translation>%1 Deployments eingereiht oder laufend</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 Instanz</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>&amp;Open Log</source>
        <translation>Log ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Cancel Deployment</source>
        <translation>Deployment &amp;abbrechen</translation>
    </message>
    <message>
        <source>Follow the selected deployment&apos;s log</source>
        <translation>Das Log des ausgewählten Deployments mitverfolgen</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Wählen Sie zuerst ein Deployment aus.</translation>
    </message>
    <message>
        <source>The instance is not loaded.</source>
        <translation>Die Instanz ist nicht geladen.</translation>
    </message>
    <message>
        <source>Stop the selected deployment</source>
        <translation>Das ausgewählte Deployment anhalten</translation>
    </message>
    <message>
        <source>Stop the selected deployment — unavailable: %1</source>
        <translation>Das ausgewählte Deployment anhalten — nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BackupScheduleDialog</name>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Run on this schedule</source>
        <translation>Nach diesem Plan ausführen</translation>
    </message>
    <message>
        <source>Dump all databases into one file</source>
        <translation>Alle Datenbanken in eine Datei sichern</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> Sicherungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Upload to S3</source>
        <translation>Nach S3 hochladen</translation>
    </message>
    <message>
        <source>Back up once right after saving</source>
        <translation>Direkt nach dem Speichern einmal sichern</translation>
    </message>
    <message>
        <source>New Backup Schedule for %1</source>
        <translation>Neuer Sicherungsplan für %1</translation>
    </message>
    <message>
        <source>Backup Schedule of %1</source>
        <translation>Sicherungsplan von %1</translation>
    </message>
    <message>
        <source>An alias (every_minute, hourly, daily, weekly, monthly, yearly, or the same with @) or a cron expression: minute hour day month weekday. Coolify runs it in the server&apos;s time zone.</source>
        <translation>Ein Alias (every_minute, hourly, daily, weekly, monthly, yearly oder dasselbe mit @) oder ein Cron-Ausdruck: Minute Stunde Tag Monat Wochentag. Coolify führt ihn in der Zeitzone des Servers aus.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>&amp;Datenbanken:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>Keep on the server</source>
        <translation>Auf dem Server behalten</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>For at most:</source>
        <translation>Höchstens:</translation>
    </message>
    <message>
        <source>Using at most:</source>
        <translation>Belegt höchstens:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <source>Older backups beyond any of these limits are deleted after each run; “All” and “No limit” keep everything.</source>
        <translation>Ältere Sicherungen jenseits einer dieser Grenzen werden nach jedem Lauf gelöscht; „Alle“ und „Keine Grenze“ behalten alles.</translation>
    </message>
    <message>
        <source>The schedule was not saved: correct the marked fields.</source>
        <translation>Der Plan wurde nicht gespeichert: Korrigieren Sie die markierten Felder.</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Der Plan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The storage set in Coolify</source>
        <translation>Der in Coolify eingestellte Speicher</translation>
    </message>
    <message>
        <source>%1 (bucket %2)</source>
        <translation>%1 (Bucket %2)</translation>
    </message>
    <message>
        <source>%1 (bucket %2) — its last connection test failed</source>
        <translation>%1 (Bucket %2) – letzter Verbindungstest fehlgeschlagen</translation>
    </message>
    <message>
        <source>Loading the S3 storages…</source>
        <translation>S3-Speicher werden geladen…</translation>
    </message>
    <message>
        <source>This instance has no S3 storage; add one in Coolify under Storages.</source>
        <translation>Diese Instanz hat keinen S3-Speicher; legen Sie einen in Coolify unter Storages an.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BackupsOverview</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Backups of every database</source>
        <translation>Backups aller Datenbanken</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtern …</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>Datenbanken filtern</translation>
    </message>
    <message>
        <source>Backup state</source>
        <translation>Backup-Zustand</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Last backup failed</source>
        <translation>Letztes Backup fehlgeschlagen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Nie gesichert</translation>
    </message>
    <message>
        <source>Backups of every database on every instance</source>
        <translation>Backups aller Datenbanken auf allen Instanzen</translation>
    </message>
    <message>
        <source>every backup is in order.</source>
        <translation>alle Backups sind in Ordnung.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention: a failed or overdue backup, or none at all.</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit: ein fehlgeschlagenes oder überfälliges Backup oder gar keines.</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit: ein fehlgeschlagenes oder überfälliges Backup oder gar keines.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the databases to back up.</source>
        <translation>Die zu sichernden Datenbanken auswählen.</translation>
    </message>
    <message>
        <source>Run each selected database&apos;s schedule now.</source>
        <translation>Den Zeitplan jeder gewählten Datenbank jetzt ausführen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>databases on instances</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n Datenbank</numerusform>
            <numerusform>%n Datenbanken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n Instanz</numerusform>
            <numerusform>%n Instanzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy %1 on %2?</source>
        <translation>%1 auf %2 bereitstellen?</translation>
    </message>
    <message>
        <source>Redeploy %1 on %2 without the build cache?</source>
        <translation>%1 auf %2 ohne Build-Cache neu bereitstellen?</translation>
    </message>
    <message>
        <source>Restart %1 on %2?</source>
        <translation>%1 auf %2 neu starten?</translation>
    </message>
    <message>
        <source>Stop %1 on %2?</source>
        <translation>%1 auf %2 stoppen?</translation>
    </message>
    <message>
        <source>Start %1 on %2?</source>
        <translation>%1 auf %2 starten?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n resource(s)</source>
        <translation>
            <numerusform>%1 — %n Ressource</numerusform>
            <numerusform>%1 — %n Ressourcen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them run(s) in production.</source>
        <translation>
            <numerusform>%n davon läuft in Produktion.</numerusform>
            <numerusform>%n davon laufen in Produktion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources this action runs on</source>
        <translation>Ressourcen, auf die diese Aktion wirkt</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation>Projekt / Umgebung</translation>
    </message>
    <message numerus="yes">
        <source>, %n in production</source>
        <translation>
            <numerusform>, %n in Produktion</numerusform>
            <numerusform>, %n in Produktion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out — %n resource(s)</source>
        <translation>
            <numerusform>Ausgelassen — %n Ressource</numerusform>
            <numerusform>Ausgelassen — %n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Number of resources to stop</source>
        <translation>Anzahl der zu stoppenden Ressourcen</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; — the number of resources — to stop them:</source>
        <translation>Geben Sie &lt;b&gt;%1&lt;/b&gt; ein — die Anzahl der Ressourcen —, um sie zu stoppen:</translation>
    </message>
    <message>
        <source>Type %1 to enable Stop, or press Esc to leave them running.</source>
        <translation>Geben Sie %1 ein, um Stoppen freizugeben, oder drücken Sie Esc, damit sie weiterlaufen.</translation>
    </message>
    <message>
        <source>Redeploy the tag “%1” without the build cache: %2 on %3?</source>
        <translation>Tag „%1“ ohne Build-Cache neu bereitstellen: %2 auf %3?</translation>
    </message>
    <message>
        <source>Deploy the tag “%1”: %2 on %3?</source>
        <translation>Tag „%1“ bereitstellen: %2 auf %3?</translation>
    </message>
    <message>
        <source>Coolify also starts the services tagged “%1”; databases are not deployed by tag.</source>
        <translation>Coolify startet auch die Dienste mit dem Tag „%1“; Datenbanken werden nicht über Tags bereitgestellt.</translation>
    </message>
    <message>
        <source>Not asked, so not included: %1.</source>
        <translation>Nicht abgefragt, daher nicht dabei: %1.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BulkProgressWindow</name>
    <message numerus="yes">
        <source>%1 — %n resource(s) — Coolify Desktop</source>
        <translation>
            <numerusform>%1 — %n Ressource — Coolify Desktop</numerusform>
            <numerusform>%1 — %n Ressourcen — Coolify Desktop</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources done</source>
        <translation>Erledigte Ressourcen</translation>
    </message>
    <message>
        <source>Select a row with a deployment to follow its log here.</source>
        <translation>Wählen Sie eine Zeile mit Bereitstellung, um hier ihr Protokoll zu verfolgen.</translation>
    </message>
    <message>
        <source>Stop &amp;Sending</source>
        <translation>&amp;Senden beenden</translation>
    </message>
    <message>
        <source>Resources not sent yet are left alone; requests already sent finish.</source>
        <translation>Noch nicht gesendete Ressourcen bleiben unberührt; bereits gesendete Anfragen laufen zu Ende.</translation>
    </message>
    <message>
        <source>%1 of %2 done — %3</source>
        <translation>%1 von %2 erledigt — %3</translation>
    </message>
    <message>
        <source>Stopped sending. %1</source>
        <translation>Senden beendet. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>Fertig. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CliImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>Import from coolify-cli</source>
        <translation>Aus coolify-cli importieren</translation>
    </message>
    <message>
        <source>Read coolify-cli&apos;s configuration from another file</source>
        <translation>Die Konfiguration von coolify-cli aus einer anderen Datei lesen</translation>
    </message>
    <message>
        <source>Instances in coolify-cli&apos;s configuration</source>
        <translation>Instanzen in der Konfiguration von coolify-cli</translation>
    </message>
    <message>
        <source>coolify-cli Configuration</source>
        <translation>Konfiguration von coolify-cli</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>coolify-cli&apos;s configuration: %1</source>
        <translation>Konfiguration von coolify-cli: %1</translation>
    </message>
    <message>
        <source>coolify-cli&apos;s configuration</source>
        <translation>Konfiguration von coolify-cli</translation>
    </message>
    <message>
        <source>If the CLI keeps it elsewhere, choose the file.</source>
        <translation>Liegt sie woanders, wählen Sie die Datei.</translation>
    </message>
    <message>
        <source>coolify-cli has no instances set up in this file.</source>
        <translation>In dieser Datei hat coolify-cli keine Instanzen eingerichtet.</translation>
    </message>
    <message>
        <source>Instances in coolify-cli&apos;s configuration, %1:</source>
        <translation>Instanzen in der Konfiguration von coolify-cli, %1:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Instance(s)</source>
        <translation>
            <numerusform>%n Instanz &amp;importieren</numerusform>
            <numerusform>%n Instanzen &amp;importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>coolify-cli keeps these tokens unencrypted in its file. Coolify Desktop tests each instance you tick, saves its token in the keychain and never changes the CLI&apos;s file. The CLI&apos;s copy stays readable to anything running as you: remove it with “coolify context delete &lt;name&gt;” once you no longer use the CLI for it.</source>
        <translation>coolify-cli bewahrt diese Tokens unverschlüsselt in seiner Datei auf. Coolify Desktop testet jede angehakte Instanz, speichert ihr Token im Schlüsselbund und ändert die Datei der CLI nie. Die Kopie der CLI bleibt für alles lesbar, was unter Ihrem Benutzer läuft: Entfernen Sie sie mit „coolify context delete &lt;Name&gt;“, sobald Sie die CLI dafür nicht mehr verwenden.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CommandPalette</name>
    <message>
        <source>%1
Unavailable: %2</source>
        <translation>%1
Nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>%1 — Applications</source>
        <translation>%1 — Anwendungen</translation>
    </message>
    <message>
        <source>%1 — Databases</source>
        <translation>%1 — Datenbanken</translation>
    </message>
    <message>
        <source>%1 — Services</source>
        <translation>%1 — Dienste</translation>
    </message>
    <message>
        <source>%1 — Projects</source>
        <translation>%1 — Projekte</translation>
    </message>
    <message>
        <source>%1 — Servers</source>
        <translation>%1 — Server</translation>
    </message>
    <message>
        <source>%1 — Deployments</source>
        <translation>%1 — Deployments</translation>
    </message>
    <message>
        <source>Project on %1</source>
        <translation>Projekt auf %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Environment on %1</source>
        <translation>Umgebung auf %1</translation>
    </message>
    <message>
        <source>%1 in %2 / %3 on %4</source>
        <translation>%1 in %2 / %3 auf %4</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Derzeit nicht verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Jump to any instance, project, resource or view, or run any action</source>
        <translation>Zu einer beliebigen Instanz, einem Projekt, einer Ressource oder Ansicht springen oder eine beliebige Aktion ausführen</translation>
    </message>
    <message>
        <source>Go to or run…</source>
        <translation>Gehe zu oder ausführen…</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Befehle durchsuchen</translation>
    </message>
    <message>
        <source>Type part of a name; Up and Down choose, Enter runs, Escape closes</source>
        <translation>Geben Sie einen Teil eines Namens ein; Auf und Ab wählen, Eingabe führt aus, Escape schließt</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Why the command is unavailable</source>
        <translation>Warum der Befehl nicht verfügbar ist</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter run · Esc close</source>
        <translation>↑ ↓ wählen · Eingabe ausführen · Esc schließen</translation>
    </message>
    <message>
        <source>%1 more — type to narrow · ↑ ↓ choose · Enter run · Esc close</source>
        <translation>%1 weitere – tippen zum Eingrenzen · ↑ ↓ wählen · Enter ausführen · Esc schließen</translation>
    </message>
    <message>
        <source>Backups of every database</source>
        <translation>Backups aller Datenbanken</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ConfirmDeleteDialog</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Name of the resource to delete</source>
        <translation>Name der zu löschenden Ressource</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Type the name exactly as shown (“%1”) to enable Delete, or press Esc to keep it.</source>
        <translation>Geben Sie den Namen genau wie angezeigt ein („%1“), um „Löschen“ zu aktivieren, oder drücken Sie Esc, um es zu behalten.</translation>
    </message>
    <message>
        <source>Its &amp;volumes — the data stored in them is lost</source>
        <translation>Seine &amp;Volumes – die darin gespeicherten Daten gehen verloren</translation>
    </message>
    <message>
        <source>Its con&amp;figuration files on the server</source>
        <translation>Seine Kon&amp;figurationsdateien auf dem Server</translation>
    </message>
    <message>
        <source>The Docker &amp;networks it is connected to</source>
        <translation>Die Docker-&amp;Netzwerke, mit denen es verbunden ist</translation>
    </message>
    <message>
        <source>Run a Docker clean-&amp;up on the server (unused images, build cache)</source>
        <translation>Auf dem Server eine Docker-Bereinig&amp;ung ausführen (ungenutzte Images, Build-Cache)</translation>
    </message>
    <message>
        <source>Delete the %1 &lt;b&gt;%2&lt;/b&gt; on the instance &lt;b&gt;%3&lt;/b&gt;?&lt;br&gt;This removes it from Coolify with its containers and cannot be undone.</source>
        <translation>%1 &lt;b&gt;%2&lt;/b&gt; auf der Instanz &lt;b&gt;%3&lt;/b&gt; löschen?&lt;br&gt;Das entfernt es samt Containern aus Coolify und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Also delete</source>
        <translation>Ebenfalls löschen</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Zum Bestätigen &lt;b&gt;%1&lt;/b&gt; eingeben:</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ConnectionUrlField</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the whole URL, password included</source>
        <translation>Die ganze URL samt Passwort kopieren</translation>
    </message>
    <message>
        <source>Copy the connection URL</source>
        <translation>Die Verbindungs-URL kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Mask the password again</source>
        <translation>Das Passwort wieder verdecken</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Das Passwort zeigen</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Das Passwort verbergen</translation>
    </message>
    <message>
        <source>Copied, with the password.</source>
        <translation>Kopiert, samt Passwort.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateApplicationDialog</name>
    <message>
        <source>New Application on %1</source>
        <translation>Neue Anwendung auf %1</translation>
    </message>
    <message>
        <source>Creates an application on “%1” from a public Git repository; Coolify clones it and builds it with the chosen build pack.</source>
        <translation>Erstellt eine Anwendung auf „%1“ aus einem öffentlichen Git-Repository; Coolify klont es und baut es mit dem gewählten Build-Pack.</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Anwendung erstellen</translation>
    </message>
    <message>
        <source>Nixpacks (detects the language)</source>
        <translation>Nixpacks (erkennt die Sprache)</translation>
    </message>
    <message>
        <source>Railpack</source>
        <translation>Railpack</translation>
    </message>
    <message>
        <source>Static site</source>
        <translation>Statische Website</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Enter the address of a public Git repository.</source>
        <translation>Geben Sie die Adresse eines öffentlichen Git-Repositorys ein.</translation>
    </message>
    <message>
        <source>Remove the spaces: a repository address cannot contain them.</source>
        <translation>Entfernen Sie die Leerzeichen: Eine Repository-Adresse darf keine enthalten.</translation>
    </message>
    <message>
        <source>Remove “%1”: shell characters are not allowed in a repository address.</source>
        <translation>Entfernen Sie „%1“: Shell-Zeichen sind in einer Repository-Adresse nicht erlaubt.</translation>
    </message>
    <message>
        <source>Write SSH addresses as git@host:owner/repository.</source>
        <translation>Schreiben Sie SSH-Adressen als git@host:owner/repository.</translation>
    </message>
    <message>
        <source>Use an https://, git:// or git@host:owner/repository address.</source>
        <translation>Verwenden Sie eine https://-, git://- oder git@host:owner/repository-Adresse.</translation>
    </message>
    <message>
        <source>Remove the query string (“?…”) from the address.</source>
        <translation>Entfernen Sie den Query-String („?…“) aus der Adresse.</translation>
    </message>
    <message>
        <source>Remove the fragment (“#…”) from the address.</source>
        <translation>Entfernen Sie das Fragment („#…“) aus der Adresse.</translation>
    </message>
    <message>
        <source>Add the owner and the repository, e.g. https://github.com/owner/repository.</source>
        <translation>Ergänzen Sie Besitzer und Repository, z. B. https://github.com/owner/repository.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Coolify does not clone from local hosts (localhost, *.local).</source>
        <translation>Coolify klont nicht von lokalen Hosts (localhost, *.local).</translation>
    </message>
    <message>
        <source>Use the repository&apos;s host name, not an IP address.</source>
        <translation>Verwenden Sie den Hostnamen des Repositorys, keine IP-Adresse.</translation>
    </message>
    <message>
        <source>Enter a branch, e.g. main.</source>
        <translation>Geben Sie einen Branch ein, z. B. main.</translation>
    </message>
    <message>
        <source>A branch name may contain letters, digits and - _ / . only.</source>
        <translation>Ein Branch-Name darf nur Buchstaben, Ziffern und - _ / . enthalten.</translation>
    </message>
    <message>
        <source>This is not a valid branch name (HEAD, “..”, “.lock” and a leading or trailing / or . are not allowed).</source>
        <translation>Dies ist kein gültiger Branch-Name (HEAD, „..“, „.lock“ sowie ein / oder . am Anfang oder Ende sind nicht erlaubt).</translation>
    </message>
    <message>
        <source>Enter the port the application listens on, e.g. 3000.</source>
        <translation>Geben Sie den Port ein, auf dem die Anwendung lauscht, z. B. 3000.</translation>
    </message>
    <message>
        <source>Use port numbers separated by commas, e.g. 3000 or 3000,8080.</source>
        <translation>Verwenden Sie durch Kommas getrennte Portnummern, z. B. 3000 oder 3000,8080.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1–65535).</source>
        <translation>%1 ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>„%1“ ist keine http://- oder https://-Adresse.</translation>
    </message>
    <message>
        <source>Coolify sets the port to 80 for Docker Compose applications; the services&apos; ports come from the compose file.</source>
        <translation>Coolify setzt den Port für Docker-Compose-Anwendungen auf 80; die Ports der Dienste stammen aus der Compose-Datei.</translation>
    </message>
    <message>
        <source>The port(s) the application listens on inside its container.</source>
        <translation>Die Ports, auf denen die Anwendung in ihrem Container lauscht.</translation>
    </message>
    <message>
        <source>Leave empty and Coolify generates one from the server&apos;s wildcard domain (or sslip.io).</source>
        <translation>Leer lassen, dann erzeugt Coolify eine aus der Wildcard-Domain des Servers (oder sslip.io).</translation>
    </message>
    <message>
        <source>Docker Compose applications get a domain per service: set them in Coolify after creating the application.</source>
        <translation>Docker-Compose-Anwendungen erhalten eine Domain pro Dienst: Legen Sie diese nach dem Erstellen der Anwendung in Coolify fest.</translation>
    </message>
    <message>
        <source>This server runs no proxy, so Coolify ignores domains there.</source>
        <translation>Auf diesem Server läuft kein Proxy, daher ignoriert Coolify dort Domains.</translation>
    </message>
    <message>
        <source>Creates the application</source>
        <translation>Erstellt die Anwendung</translation>
    </message>
    <message>
        <source>Coolify answered without the new application&apos;s id. Check in Coolify whether it was created before trying again.</source>
        <translation>Coolify hat ohne die ID der neuen Anwendung geantwortet. Prüfen Sie in Coolify, ob sie erstellt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateDatabaseDialog</name>
    <message>
        <source>New PostgreSQL Database on %1</source>
        <translation>Neue PostgreSQL-Datenbank auf %1</translation>
    </message>
    <message>
        <source>Creates a PostgreSQL database on “%1”.</source>
        <translation>Erstellt eine PostgreSQL-Datenbank auf „%1“.</translation>
    </message>
    <message>
        <source>Leave empty and Coolify generates a 64-character password. Afterwards the connection details, password included, are on the database&apos;s page in Coolify (and in its details here when the token may read sensitive data).</source>
        <translation>Leer lassen, dann erzeugt Coolify ein Passwort mit 64 Zeichen. Danach stehen die Verbindungsdaten samt Passwort auf der Seite der Datenbank in Coolify (und hier in ihren Details, wenn das Token vertrauliche Daten lesen darf).</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Datenbank erstellen</translation>
    </message>
    <message>
        <source>Use letters, digits and _ only, not starting with a digit, at most 63 characters.</source>
        <translation>Verwenden Sie nur Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend, höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <source>At most 128 characters (this one has %1).</source>
        <translation>Höchstens 128 Zeichen (dieses hat %1).</translation>
    </message>
    <message>
        <source>Spaces are not allowed. Use letters, digits and %1</source>
        <translation>Leerzeichen sind nicht erlaubt. Verwenden Sie Buchstaben, Ziffern und %1</translation>
    </message>
    <message>
        <source>Not allowed: %1 — use letters, digits and %2</source>
        <translation>Nicht erlaubt: %1 — verwenden Sie Buchstaben, Ziffern und %2</translation>
    </message>
    <message>
        <source>Enter an image reference such as postgres:16-alpine (no spaces).</source>
        <translation>Geben Sie eine Image-Referenz wie postgres:16-alpine ein (ohne Leerzeichen).</translation>
    </message>
    <message>
        <source>Enter a public port (1024–65535). Without one Coolify silently keeps the database private.</source>
        <translation>Geben Sie einen öffentlichen Port ein (1024–65535). Ohne Port hält Coolify die Datenbank stillschweigend privat.</translation>
    </message>
    <message>
        <source>Use a port from 1024 to 65535.</source>
        <translation>Verwenden Sie einen Port von 1024 bis 65535.</translation>
    </message>
    <message>
        <source>Creates the database</source>
        <translation>Erstellt die Datenbank</translation>
    </message>
    <message>
        <source>Coolify answered without the new database&apos;s id. Check in Coolify whether it was created before trying again.</source>
        <translation>Coolify hat ohne die ID der neuen Datenbank geantwortet. Prüfen Sie in Coolify, ob sie erstellt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>PostgreSQL database created on “%1”. Its connection details, password included, are on the database&apos;s page in Coolify (and in its details here when the token may read sensitive data).</source>
        <translation>PostgreSQL-Datenbank auf „%1“ erstellt. Ihre Verbindungsdaten samt Passwort stehen auf der Seite der Datenbank in Coolify (und hier in ihren Details, wenn das Token vertrauliche Daten lesen darf).</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Closes the dialog without creating anything</source>
        <translation>Schließt den Dialog, ohne etwas zu erstellen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Before Create: %1</source>
        <translation>Vor dem Erstellen: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateTargetPickers</name>
    <message>
        <source>Loading projects…</source>
        <translation>Projekte werden geladen…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>Wählen Sie zuerst ein Projekt</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>Server werden geladen…</translation>
    </message>
    <message>
        <source>Projects could not be loaded</source>
        <translation>Projekte konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Servers could not be loaded</source>
        <translation>Server konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Wählen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Wählen Sie eine Umgebung.</translation>
    </message>
    <message>
        <source>Choose a server that can host resources.</source>
        <translation>Wählen Sie einen Server, der Ressourcen hosten kann.</translation>
    </message>
    <message>
        <source>build server, cannot host resources</source>
        <translation>Build-Server, kann keine Ressourcen hosten</translation>
    </message>
    <message>
        <source>unreachable, Coolify cannot connect to it</source>
        <translation>nicht erreichbar, Coolify kann keine Verbindung herstellen</translation>
    </message>
    <message>
        <source>reachable but not usable, validate it in Coolify</source>
        <translation>erreichbar, aber nicht nutzbar, validieren Sie ihn in Coolify</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>No projects yet: create one in Coolify first</source>
        <translation>Noch keine Projekte: Erstellen Sie zuerst eines in Coolify</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No server can host new resources</source>
        <translation>Kein Server kann neue Ressourcen hosten</translation>
    </message>
    <message>
        <source>Environments could not be loaded</source>
        <translation>Umgebungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading environments…</source>
        <translation>Umgebungen werden geladen…</translation>
    </message>
    <message>
        <source>This project has no environments</source>
        <translation>Dieses Projekt hat keine Umgebungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Coolify did not accept some values; see the messages under the fields.</source>
        <translation>Coolify hat einige Werte nicht akzeptiert; siehe die Meldungen unter den Feldern.</translation>
    </message>
    <message>
        <source>Project not found.</source>
        <translation>Projekt nicht gefunden.</translation>
    </message>
    <message>
        <source>Environment not found.</source>
        <translation>Umgebung nicht gefunden.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Server nicht gefunden.</translation>
    </message>
    <message>
        <source>The server&apos;s destination was not found.</source>
        <translation>Das Ziel des Servers wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>%1 It may have been deleted meanwhile; the lists were reloaded.</source>
        <translation>%1 Möglicherweise wurde es inzwischen gelöscht; die Listen wurden neu geladen.</translation>
    </message>
    <message>
        <source>This server has several Docker destinations (or none); this dialog cannot choose one. Pick another server or create the resource in Coolify&apos;s web UI.</source>
        <translation>Dieser Server hat mehrere Docker-Ziele (oder keines); dieser Dialog kann keines auswählen. Wählen Sie einen anderen Server oder erstellen Sie die Ressource in der Weboberfläche von Coolify.</translation>
    </message>
    <message>
        <source>Coolify refused the request: %1</source>
        <translation>Coolify hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>These domains are already in use:</source>
        <translation>Diese Domains werden bereits verwendet:</translation>
    </message>
    <message>
        <source>• %1 — used by %2 “%3”</source>
        <translation>• %1 — verwendet von %2 „%3“</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>Bereits verwendet: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DatabaseBackupsView</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Open in &amp;Coolify</source>
        <translation>In &amp;Coolify öffnen</translation>
    </message>
    <message>
        <source>&amp;Delete Backup…</source>
        <translation>Backup &amp;löschen …</translation>
    </message>
    <message>
        <source>Database backups</source>
        <translation>Datenbank-Backups</translation>
    </message>
    <message>
        <source>Backup schedules</source>
        <translation>Backup-Zeitpläne</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>About these backups</source>
        <translation>Zu diesen Backups</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Ergebnis des Backups</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Backups von %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Run the selected schedule now and follow it to the end.</source>
        <translation>Den gewählten Zeitplan jetzt ausführen und bis zum Ende verfolgen.</translation>
    </message>
    <message>
        <source>Backing Up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Backup löschen</translation>
    </message>
    <message>
        <source>Delete the backup %1 of %2?</source>
        <translation>Das Backup %1 von %2 löschen?</translation>
    </message>
    <message>
        <source>Coolify deletes the file on the server and the record of this backup. This cannot be undone.</source>
        <translation>Coolify löscht die Datei auf dem Server und den Eintrag dieses Backups. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Also delete the copy in S3</source>
        <translation>Auch die Kopie in S3 löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Neuer Plan…</translation>
    </message>
    <message>
        <source>&amp;Edit Schedule…</source>
        <translation>Plan &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Delete &amp;Schedule…</source>
        <translation>Plan &amp;löschen…</translation>
    </message>
    <message>
        <source>Coolify&apos;s API cannot download or restore a backup: Open in Coolify does.</source>
        <translation>Coolifys API kann keine Sicherung herunterladen oder wiederherstellen: „In Coolify öffnen“ kann es.</translation>
    </message>
    <message>
        <source>No database selected.</source>
        <translation>Keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <source>Add a backup schedule for this database.</source>
        <translation>Einen Sicherungsplan für diese Datenbank anlegen.</translation>
    </message>
    <message>
        <source>Change the selected schedule.</source>
        <translation>Den ausgewählten Plan ändern.</translation>
    </message>
    <message>
        <source>Select a schedule to edit.</source>
        <translation>Wählen Sie einen Plan zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Delete Backup Schedule</source>
        <translation>Sicherungsplan löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 backup schedule of %2 with all %n backup(s)?</source>
        <translation>
            <numerusform>Den Sicherungsplan „%1“ von %2 mit %n Sicherung löschen?</numerusform>
            <numerusform>Den Sicherungsplan „%1“ von %2 mit allen %n Sicherungen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Coolify deletes the schedule, the record of every backup it made and their files on the server. This cannot be undone.</source>
        <translation>Coolify löscht den Plan, die Einträge aller seiner Sicherungen und deren Dateien auf dem Server. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Also delete the copies in S3</source>
        <translation>Auch die Kopien in S3 löschen</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Plan löschen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeployWebhookWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Deploy webhook</source>
        <translation>Deploy-Webhook</translation>
    </message>
    <message>
        <source>Deploy &amp;webhook:</source>
        <translation>Deploy-&amp;Webhook:</translation>
    </message>
    <message>
        <source>Deploy webhook URL</source>
        <translation>URL des Deploy-Webhooks</translation>
    </message>
    <message>
        <source>Copy the deploy webhook URL</source>
        <translation>Die URL des Deploy-Webhooks kopieren</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard (it contains no token)</source>
        <translation>Die URL in die Zwischenablage kopieren (sie enthält kein Token)</translation>
    </message>
    <message>
        <source>How to call the webhook</source>
        <translation>So rufen Sie den Webhook auf</translation>
    </message>
    <message>
        <source>Send it as a POST request with an API token that has the “deploy” permission (header “Authorization: Bearer &lt;token&gt;”). A GET request does not deploy, and there is no “/applications/&lt;uuid&gt;/deploy” address.</source>
        <translation>Senden Sie ihn als POST-Anfrage mit einem API-Token, das die Berechtigung „deploy“ hat (Header „Authorization: Bearer &lt;token&gt;“). Eine GET-Anfrage deployt nicht, und es gibt keine Adresse „/applications/&lt;uuid&gt;/deploy“.</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Ergebnis des Kopierens</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Deploy webhook label</source>
        <translation>Beschriftung des Deploy-Webhooks</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentHistoryView</name>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation>Deployment-Verlauf</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Deployments shown</source>
        <translation>Angezeigte Deployments</translation>
    </message>
    <message>
        <source>History error</source>
        <translation>Verlaufsfehler</translation>
    </message>
    <message>
        <source>Deployments of the application</source>
        <translation>Deployments der Anwendung</translation>
    </message>
    <message>
        <source>Load more deployments</source>
        <translation>Weitere Deployments laden</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Den Verlauf aktualisieren</translation>
    </message>
    <message>
        <source>Deployments of %1</source>
        <translation>Deployments von %1</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>Keine Anwendung ausgewählt.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This application has never been deployed.</source>
        <translation>Diese Anwendung wurde noch nie deployt.</translation>
    </message>
    <message>
        <source>%1 of %2 deployments</source>
        <translation>%1 von %2 Deployments</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Zurücksetzen …</translation>
    </message>
    <message>
        <source>Roll Back to This Image…</source>
        <translation>Auf dieses Image zurücksetzen …</translation>
    </message>
    <message>
        <source>Kept images</source>
        <translation>Aufbewahrte Images</translation>
    </message>
    <message>
        <source>Rollback result</source>
        <translation>Ergebnis des Zurücksetzens</translation>
    </message>
    <message>
        <source>Roll back to the selected deployment&apos;s image</source>
        <translation>Auf das Image des gewählten Deployments zurücksetzen</translation>
    </message>
    <message>
        <source>Roll back to %1.</source>
        <translation>Auf %1 zurücksetzen.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>%1 zurücksetzen</translation>
    </message>
    <message>
        <source>Roll back %1 on %2 to %3?</source>
        <translation>%1 auf %2 auf %3 zurücksetzen?</translation>
    </message>
    <message>
        <source>Running now: %1
Roll back to: %2 (deployed %3)

Coolify starts a new deployment that puts the kept image back without building it. Environment variables and settings stay as they are now.</source>
        <translation>Läuft jetzt: %1
Zurücksetzen auf: %2 (deployt %3)

Coolify startet ein neues Deployment, das das aufbewahrte Image ohne neuen Build wieder einsetzt. Umgebungsvariablen und Einstellungen bleiben, wie sie jetzt sind.</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentNotifier</name>
    <message>
        <source>&amp;Quiet Mode (No Deployment Notifications)</source>
        <translation>Ruhe&amp;modus (keine Deployment-Benachrichtigungen)</translation>
    </message>
    <message>
        <source>Do not show a notification when a deployment ends</source>
        <translation>Keine Benachrichtigung anzeigen, wenn ein Deployment endet</translation>
    </message>
    <message>
        <source>Deployment notifications</source>
        <translation>Deployment-Benachrichtigungen</translation>
    </message>
    <message>
        <source>No deployments running</source>
        <translation>Keine laufenden Deployments</translation>
    </message>
    <message>
        <source>1 deployment running</source>
        <translation>1 Deployment läuft</translation>
    </message>
    <message>
        <source>%1 deployments running</source>
        <translation>%1 Deployments laufen</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 Instanz</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 Instanzen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Coolify Desktop: %1</source>
        <translation>Coolify Desktop: %1</translation>
    </message>
    <message>
        <source>Quiet mode: no deployment notifications</source>
        <translation>Ruhemodus: keine Deployment-Benachrichtigungen</translation>
    </message>
    <message>
        <source>An application</source>
        <translation>Eine Anwendung</translation>
    </message>
    <message>
        <source>Deployment finished</source>
        <translation>Deployment abgeschlossen</translation>
    </message>
    <message>
        <source>%1 finished deploying.</source>
        <translation>%1 wurde fertig deployt.</translation>
    </message>
    <message>
        <source>%1 finished deploying in %2.</source>
        <translation>%1 wurde in %2 fertig deployt.</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Deployment fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 failed to deploy.</source>
        <translation>Das Deployment von %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1 failed to deploy after %2.</source>
        <translation>Das Deployment von %1 ist nach %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Deployment cancelled</source>
        <translation>Deployment abgebrochen</translation>
    </message>
    <message>
        <source>The deployment of %1 was cancelled.</source>
        <translation>Das Deployment von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Deployment ended</source>
        <translation>Deployment beendet</translation>
    </message>
    <message>
        <source>The deployment of %1 is no longer running; its result could not be read.</source>
        <translation>Das Deployment von %1 läuft nicht mehr; sein Ergebnis konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(commit %1)</source>
        <translation>(Commit %1)</translation>
    </message>
    <message>
        <source>Click to open the deployment.</source>
        <translation>Klicken, um das Deployment zu öffnen.</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Backup fertig</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentView</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation>Deployment-Status</translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation>Deployment-Details</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cancel result</source>
        <translation>Ergebnis des Abbruchs</translation>
    </message>
    <message>
        <source>Cancel deployment</source>
        <translation>Deployment abbrechen</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Deployment %1</translation>
    </message>
    <message>
        <source>Status icon</source>
        <translation>Statussymbol</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instanz: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>(unnamed application)</source>
        <translation>(unbenannte Anwendung)</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <translation>%1 wird deployt</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>Läuft seit %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Auslöser: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>Cannot cancel: %1.</source>
        <translation>Abbruch nicht möglich: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Stop this deployment (it is queued or in progress)</source>
        <translation>Dieses Deployment stoppen (es ist eingereiht oder läuft)</translation>
    </message>
    <message>
        <source>Deployment of %1 — %2</source>
        <translation>Deployment von %1 — %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DetailsForm</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvCompareDialog</name>
    <message>
        <source>%1 · %2 (%3) — %4</source>
        <translation>%1 · %2 (%3) — %4</translation>
    </message>
    <message>
        <source>no environment</source>
        <translation>keine Umgebung</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>Show &amp;values</source>
        <translation>&amp;Werte anzeigen</translation>
    </message>
    <message>
        <source>Copy Checked to &amp;Right →</source>
        <translation>Markierte nach &amp;rechts kopieren →</translation>
    </message>
    <message>
        <source>← Copy Checked to &amp;Left</source>
        <translation>← Markierte nach &amp;links kopieren</translation>
    </message>
    <message>
        <source>Compare Variables — %1</source>
        <translation>Variablen vergleichen — %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Choose a resource to compare with…</source>
        <translation>Ressource zum Vergleichen wählen…</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Rechts:</translation>
    </message>
    <message>
        <source>The left side could not be loaded: %1</source>
        <translation>Die linke Seite konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>An instance of this comparison was removed.</source>
        <translation>Eine Instanz dieses Vergleichs wurde entfernt.</translation>
    </message>
    <message>
        <source>The right side could not be loaded: %1</source>
        <translation>Die rechte Seite konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>•••• %1</source>
        <translation>•••• %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n unterschiedlich</numerusform>
            <numerusform>%n unterschiedlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n gleich</numerusform>
            <numerusform>%n gleich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be compared</source>
        <translation>
            <numerusform>%n nicht vergleichbar</numerusform>
            <numerusform>%n nicht vergleichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to %1: %2</source>
        <translation>Nach %1 kopiert: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvPlanDialog</name>
    <message>
        <source>Review Changes — %1</source>
        <translation>Änderungen prüfen — %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>ändert %1</translation>
    </message>
    <message>
        <source>replaces a value that cannot be read</source>
        <translation>ersetzt einen Wert, der nicht lesbar ist</translation>
    </message>
    <message>
        <source>outer spaces will be trimmed by Coolify</source>
        <translation>Coolify entfernt Leerzeichen am Anfang und Ende</translation>
    </message>
    <message>
        <source>left as it is: locked values cannot be read or compared</source>
        <translation>bleibt unverändert: gesperrte Werte sind weder lesbar noch vergleichbar</translation>
    </message>
    <message>
        <source>left as it is: its value cannot be read with this token</source>
        <translation>bleibt unverändert: der Wert ist mit diesem Token nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>Sends %n request(s). Nothing is sent before you confirm.</source>
        <translation>
            <numerusform>Sendet %n Anfrage. Vor Ihrer Bestätigung wird nichts gesendet.</numerusform>
            <numerusform>Sendet %n Anfragen. Vor Ihrer Bestätigung wird nichts gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Es gibt nichts zu senden.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Change(s)</source>
        <translation>
            <numerusform>%n Änderung &amp;speichern</numerusform>
            <numerusform>%n Änderungen &amp;speichern</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Skip (locked)</source>
        <translation>Übersprungen (gesperrt)</translation>
    </message>
    <message>
        <source>Skip (unreadable)</source>
        <translation>Übersprungen (nicht lesbar)</translation>
    </message>
    <message>
        <source>deleted, although its value cannot be read</source>
        <translation>gelöscht, obwohl der Wert nicht lesbar ist</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvVarDialog</name>
    <message>
        <source>&amp;Literal: use the value as written, without resolving {{…}} references</source>
        <translation>&amp;Literal: den Wert wie geschrieben verwenden, ohne {{…}}-Verweise aufzulösen</translation>
    </message>
    <message>
        <source>Loc&amp;k: never show the value again after it is saved</source>
        <translation>&amp;Sperren: den Wert nach dem Speichern nie wieder anzeigen</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>%1 bearbeiten — %2</translation>
    </message>
    <message>
        <source>Add Variable — %1</source>
        <translation>Variable hinzufügen — %1</translation>
    </message>
    <message>
        <source>e.g. DATABASE_URL</source>
        <translation>z. B. DATABASE_URL</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Several lines are kept as they are. Coolify removes spaces and line breaks at the start and end.</source>
        <translation>Mehrere Zeilen bleiben erhalten. Coolify entfernt Leerzeichen und Zeilenumbrüche am Anfang und Ende.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Available while &amp;running</source>
        <translation>Zur &amp;Laufzeit verfügbar</translation>
    </message>
    <message>
        <source>Available while &amp;building</source>
        <translation>Beim &amp;Bauen verfügbar</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Coolify finds a variable by its key, so a key cannot be renamed: delete the variable and add a new one.</source>
        <translation>Coolify findet eine Variable über ihren Schlüssel, daher kann ein Schlüssel nicht umbenannt werden: Löschen Sie die Variable und fügen Sie eine neue hinzu.</translation>
    </message>
    <message>
        <source>%1 Type the new value to replace it.</source>
        <translation>%1 Geben Sie den neuen Wert ein, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>Type a key.</source>
        <translation>Geben Sie einen Schlüssel ein.</translation>
    </message>
    <message>
        <source>A key has letters, digits, _ and . only, and does not start with a digit.</source>
        <translation>Ein Schlüssel besteht nur aus Buchstaben, Ziffern, _ und . und beginnt nicht mit einer Ziffer.</translation>
    </message>
    <message>
        <source>%1 exists already: edit it instead.</source>
        <translation>%1 existiert bereits: Bearbeiten Sie stattdessen die Variable.</translation>
    </message>
    <message>
        <source>Coolify clears a value that is not sent, and this one cannot be read: type the new value.</source>
        <translation>Coolify löscht einen nicht gesendeten Wert, und dieser ist nicht lesbar: Geben Sie den neuen Wert ein.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Noch nichts geändert.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and . only; not starting with a digit.</source>
        <translation>Nur Buchstaben, Ziffern, _ und .; nicht mit einer Ziffer beginnend.</translation>
    </message>
    <message>
        <source>Other changes are being saved; try again in a moment.</source>
        <translation>Andere Änderungen werden gerade gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvironmentView</name>
    <message>
        <source>The variables could not be loaded: %1</source>
        <translation>Die Variablen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Show &amp;values</source>
        <translation>&amp;Werte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Preview copies</source>
        <translation>&amp;Vorschau-Kopien</translation>
    </message>
    <message>
        <source>Coolify keeps a copy of each application variable for preview deployments (of pull requests). Show those copies instead of the variables.</source>
        <translation>Coolify hält für Vorschau-Deployments (von Pull-Requests) eine Kopie jeder Anwendungsvariable. Diese Kopien statt der Variablen anzeigen.</translation>
    </message>
    <message>
        <source>Edit as .e&amp;nv</source>
        <translation>Als .e&amp;nv bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Compare these variables with another resource&apos;s, on any instance, and copy them across</source>
        <translation>Diese Variablen mit denen einer anderen Ressource auf einer beliebigen Instanz vergleichen und hinüberkopieren</translation>
    </message>
    <message>
        <source>Load the variables again</source>
        <translation>Variablen neu laden</translation>
    </message>
    <message>
        <source>Reload variables</source>
        <translation>Variablen neu laden</translation>
    </message>
    <message>
        <source>Variables as .env text</source>
        <translation>Variablen als .env-Text</translation>
    </message>
    <message>
        <source>&amp;Review and Save…</source>
        <translation>&amp;Prüfen und speichern…</translation>
    </message>
    <message>
        <source>Disca&amp;rd Edits</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>KEY=value per line; a # comment line directly above a variable is its comment. Removing a line deletes the variable.</source>
        <translation>KEY=value pro Zeile; eine #-Kommentarzeile direkt über einer Variable ist ihr Kommentar. Eine entfernte Zeile löscht die Variable.</translation>
    </message>
    <message>
        <source>This instance&apos;s token lacks the write ability, so variables cannot be changed.</source>
        <translation>Dem Token dieser Instanz fehlt die Berechtigung write, daher können Variablen nicht geändert werden.</translation>
    </message>
    <message>
        <source>Preview copies follow their variable: add the variable instead.</source>
        <translation>Vorschau-Kopien folgen ihrer Variable: Fügen Sie stattdessen die Variable hinzu.</translation>
    </message>
    <message>
        <source>Preview copies follow their variable: edit the variable.</source>
        <translation>Vorschau-Kopien folgen ihrer Variable: Bearbeiten Sie die Variable.</translation>
    </message>
    <message>
        <source>Select one variable to edit.</source>
        <translation>Wählen Sie eine Variable zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Select the variables to delete.</source>
        <translation>Wählen Sie die zu löschenden Variablen.</translation>
    </message>
    <message>
        <source>The .env view needs the values, and this token lacks read:sensitive.</source>
        <translation>Die .env-Ansicht braucht die Werte, und diesem Token fehlt read:sensitive.</translation>
    </message>
    <message>
        <source>Edit all variables as .env text, then review the changes before saving</source>
        <translation>Alle Variablen als .env-Text bearbeiten und die Änderungen vor dem Speichern prüfen</translation>
    </message>
    <message>
        <source>Add or update variables from a .env file</source>
        <translation>Variablen aus einer .env-Datei hinzufügen oder aktualisieren</translation>
    </message>
    <message>
        <source>Save the readable variables as a .env file (locked and hidden values are left out)</source>
        <translation>Die lesbaren Variablen als .env-Datei speichern (gesperrte und verborgene Werte werden ausgelassen)</translation>
    </message>
    <message>
        <source>Locked, not shown and left as they are: %1</source>
        <translation>Gesperrt, nicht angezeigt und unverändert: %1</translation>
    </message>
    <message>
        <source>Hidden, not shown and left as they are: %1</source>
        <translation>Verborgen, nicht angezeigt und unverändert: %1</translation>
    </message>
    <message>
        <source>Values are hidden: this instance&apos;s token lacks read:sensitive. Variables can still be added, replaced and deleted.</source>
        <translation>Werte sind verborgen: Dem Token dieser Instanz fehlt read:sensitive. Variablen können trotzdem hinzugefügt, ersetzt und gelöscht werden.</translation>
    </message>
    <message>
        <source>Fix these lines first:</source>
        <translation>Korrigieren Sie zuerst diese Zeilen:</translation>
    </message>
    <message>
        <source>Other changes are still being saved; try again in a moment.</source>
        <translation>Andere Änderungen werden noch gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Saving: %1…</source>
        <translation>Wird gespeichert: %1…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Retry the &amp;Rest</source>
        <translation>&amp;Rest erneut versuchen</translation>
    </message>
    <message>
        <source>Running containers keep the old values until the application is redeployed.</source>
        <translation>Laufende Container behalten die alten Werte, bis die Anwendung neu deployt wird.</translation>
    </message>
    <message>
        <source>Running containers keep the old values until it is restarted.</source>
        <translation>Laufende Container behalten die alten Werte bis zum Neustart.</translation>
    </message>
    <message>
        <source>Re&amp;deploy</source>
        <translation>Neu &amp;deployen</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Neu &amp;starten</translation>
    </message>
    <message>
        <source>Delete Variables</source>
        <translation>Variablen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n variable(s) of %1: %2?</source>
        <translation>
            <numerusform>%n Variable von %1 löschen: %2?</numerusform>
            <numerusform>%n Variablen von %1 löschen: %2?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their preview copies are deleted with them. This cannot be undone.</source>
        <translation>Ihre Vorschau-Kopien werden mit gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Import .env File</source>
        <translation>.env-Datei importieren</translation>
    </message>
    <message>
        <source>Environment files (*.env .env*);;All files (*)</source>
        <translation>Umgebungsdateien (*.env .env*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a .env file.</source>
        <translation>%1 ist größer als 4 MiB; das ist keine .env-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%n Zeile der Datei konnte nicht gelesen werden:</numerusform>
            <numerusform>%n Zeilen der Datei konnten nicht gelesen werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read. Import the other variables?</source>
        <translation>
            <numerusform>%n Zeile der Datei konnte nicht gelesen werden. Die übrigen Variablen importieren?</numerusform>
            <numerusform>%n Zeilen der Datei konnten nicht gelesen werden. Die übrigen Variablen importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>Export .env File</source>
        <translation>.env-Datei exportieren</translation>
    </message>
    <message>
        <source>Environment files (*.env)</source>
        <translation>Umgebungsdateien (*.env)</translation>
    </message>
    <message>
        <source>Left out (their values cannot be read): %1</source>
        <translation>Ausgelassen (Werte nicht lesbar): %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) exported to %1</source>
        <translation>
            <numerusform>%n Variable nach %1 exportiert</numerusform>
            <numerusform>%n Variablen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weitere</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or Hide the Selected &amp;Values</source>
        <translation>Ausgewählte &amp;Werte zeigen oder verbergen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Add Coolify Instance</source>
        <translation>Coolify-Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Unchanged — type to replace the stored token</source>
        <translation>Unverändert — tippen, um das gespeicherte Token zu ersetzen</translation>
    </message>
    <message>
        <source>This instance lives for this session only (it came from the environment or the sandbox). Use “Save Instance” in the main window to keep it.</source>
        <translation>Diese Instanz besteht nur für diese Sitzung (sie stammt aus der Umgebung oder der Sandbox). Verwenden Sie „Instanz speichern“ im Hauptfenster, um sie zu behalten.</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Token anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>The address you open Coolify&apos;s dashboard at.</source>
        <translation>Die Adresse, unter der Sie das Coolify-Dashboard öffnen.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Instance Colour</source>
        <translation>Instanzfarbe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation>%1 — %2
%3</translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation>Geben Sie der Instanz einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API token for this instance.</source>
        <translation>Geben Sie das API-Token für diese Instanz ein.</translation>
    </message>
    <message>
        <source>The instance could not be saved: the settings file is read-only or was written by a newer version of Coolify Desktop.</source>
        <translation>Die Instanz konnte nicht gespeichert werden: Die Einstellungsdatei ist schreibgeschützt oder wurde von einer neueren Version von Coolify Desktop geschrieben.</translation>
    </message>
    <message>
        <source>%1
The token can be kept for this session only (never written to disk): press Save again.</source>
        <translation>%1
Das Token kann nur für diese Sitzung behalten werden (es wird nie auf die Festplatte geschrieben): Klicken Sie erneut auf Speichern.</translation>
    </message>
    <message>
        <source>⚠ Plain http: the token would travel unencrypted, readable by anyone on the network path. Use https unless this address is on a private network.</source>
        <translation>⚠ Einfaches http: Das Token würde unverschlüsselt übertragen und wäre für jeden auf dem Netzwerkweg lesbar. Verwenden Sie https, sofern diese Adresse nicht in einem privaten Netz liegt.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Diesem Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust the &amp;New Certificate…</source>
        <translation>Dem &amp;neuen Zertifikat vertrauen …</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate…</source>
        <translation>Diesem Zertifikat ve&amp;rtrauen …</translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation>Zertifikat vertrauen</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>Diesem Zertifikat für %1 vertrauen?</translation>
    </message>
    <message>
        <source>No certificate authority vouches for it. Compare the fingerprint with the one on the server (e.g. openssl x509 -noout -fingerprint -sha256 -in cert.pem). Only exactly this certificate will be accepted for this instance; if it ever changes, the app refuses the connection and tells you.</source>
        <translation>Keine Zertifizierungsstelle bürgt dafür. Vergleichen Sie den Fingerabdruck mit dem auf dem Server (z. B. openssl x509 -noout -fingerprint -sha256 -in cert.pem). Für diese Instanz wird nur genau dieses Zertifikat akzeptiert; ändert es sich jemals, lehnt die App die Verbindung ab und sagt es Ihnen.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Vertrauen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceOverview</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Save Instance…</source>
        <translation>Instanz &amp;speichern…</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Instanz bearbeiten</translation>
    </message>
    <message>
        <source>Reconnect to instance</source>
        <translation>Erneut mit der Instanz verbinden</translation>
    </message>
    <message>
        <source>Save this session instance</source>
        <translation>Diese Sitzungsinstanz speichern</translation>
    </message>
    <message>
        <source>Keeps this instance after the app quits; its token moves to the keychain</source>
        <translation>Behält diese Instanz nach dem Beenden der App; ihr Token wird in den Schlüsselbund verschoben</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>can %1</source>
        <translation>kann %1</translation>
    </message>
    <message>
        <source>cannot %1</source>
        <translation>kann nicht %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This instance lasts for this session only; its token is kept in memory and never written to disk.</source>
        <translation>Diese Instanz besteht nur für diese Sitzung; ihr Token wird im Arbeitsspeicher gehalten und nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>⚠ plain http: the token is sent unencrypted over the network</source>
        <translation>⚠ einfaches http: Das Token wird unverschlüsselt über das Netzwerk gesendet</translation>
    </message>
    <message>
        <source>Anyone on the network path can read this token. Use https for this instance unless it is on a private network.</source>
        <translation>Jeder auf dem Netzwerkweg kann dieses Token lesen. Verwenden Sie https für diese Instanz, sofern sie nicht in einem privaten Netz liegt.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>Applications:</source>
        <translation>Anwendungen:</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>Datenbanken:</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Dienste:</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>Braucht Aufmerksamkeit:</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <translation>Bereitstellungen:</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 laufen</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>%1 beschäftigt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n running or queued</source>
        <translation>
            <numerusform>%n läuft oder wartet</numerusform>
            <numerusform>%n laufen oder warten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 not reachable (%3)</source>
        <translation>%1 — %2 nicht erreichbar (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) whose last deployment failed</source>
        <translation>
            <numerusform>%n Anwendung, deren letzte Bereitstellung fehlschlug</numerusform>
            <numerusform>%n Anwendungen, deren letzte Bereitstellung fehlschlug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the last 24 h)</source>
        <translation>
            <numerusform>(%n in den letzten 24 h)</numerusform>
            <numerusform>(%n in den letzten 24 h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::JournalWindow</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Journal — Coolify Desktop</source>
        <translation>Journal — Coolify Desktop</translation>
    </message>
    <message>
        <source>Search instance, resource, fields, details…</source>
        <translation>Instanz, Ressource, Felder, Details durchsuchen…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Das Journal durchsuchen</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journaleinträge</translation>
    </message>
    <message>
        <source>Open the deployment or the resource of the selected entry</source>
        <translation>Das Deployment oder die Ressource des gewählten Eintrags öffnen</translation>
    </message>
    <message>
        <source>Save the listed entries as CSV or JSON</source>
        <translation>Die aufgelisteten Einträge als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the search to see older ones.</source>
        <translation>
            <numerusform>Der neueste Eintrag; grenzen Sie die Suche ein, um ältere zu sehen.</numerusform>
            <numerusform>Die neuesten %n Einträge; grenzen Sie die Suche ein, um ältere zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Journal Not Exported</source>
        <translation>Journal nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::LogLineDelegate</name>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::LogViewer</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Internal commands</source>
        <translation>Interne Befehle</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all lines</source>
        <translation>Die ausgewählten Zeilen oder alle Zeilen kopieren</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Das Log in einer Datei speichern</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Log speichern</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Logdateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Find in log (Ctrl+F)</source>
        <translation>Im Log suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Suchtreffer</translation>
    </message>
    <message>
        <source>Show internal commands</source>
        <translation>Interne Befehle anzeigen</translation>
    </message>
    <message>
        <source>Show the internal commands Coolify runs (hidden by default)</source>
        <translation>Die internen Befehle anzeigen, die Coolify ausführt (standardmäßig verborgen)</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>Log viewer message</source>
        <translation>Meldung der Log-Ansicht</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Deployment-Log</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Paused — jump to end</source>
        <translation>Angehalten — zum Ende springen</translation>
    </message>
    <message>
        <source>New lines scroll into view. Scroll up to pause.</source>
        <translation>Neue Zeilen werden eingeblendet. Nach oben scrollen, um anzuhalten.</translation>
    </message>
    <message>
        <source>Following is paused while you read. Click to jump to the newest line and follow again.</source>
        <translation>Das Mitlaufen ist angehalten, während Sie lesen. Klicken Sie, um zur neuesten Zeile zu springen und wieder mitzulaufen.</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Das Log konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Treffer: %1</translation>
    </message>
    <message>
        <source>Saved the log (%1 lines) to %2.</source>
        <translation>Das Log (%1 Zeilen) wurde in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Dropped log lines</source>
        <translation>Verworfene Logzeilen</translation>
    </message>
    <message>
        <source>Showing the newest %1 lines: %2 older lines were dropped to keep memory in bounds (Coolify&apos;s own log view keeps %1 too). The whole log stays on the server.</source>
        <translation>Es werden die neuesten %1 Zeilen gezeigt: %2 ältere Zeilen wurden verworfen, um den Speicher zu begrenzen (Coolifys eigene Log-Ansicht behält ebenfalls %1). Das vollständige Log bleibt auf dem Server.</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Im Log suchen</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::MainWindow</name>
    <message>
        <source>&amp;Add Instance…</source>
        <translation>Instanz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a Coolify instance with its address and API token</source>
        <translation>Eine Coolify-Instanz mit ihrer Adresse und ihrem API-Token hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit Instance…</source>
        <translation>Instanz &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected instance&apos;s name, address, token or colour</source>
        <translation>Name, Adresse, Token oder Farbe der ausgewählten Instanz ändern</translation>
    </message>
    <message>
        <source>&amp;Remove Instance…</source>
        <translation>Instanz &amp;entfernen…</translation>
    </message>
    <message>
        <source>Forget the selected instance and delete its token</source>
        <translation>Die ausgewählte Instanz vergessen und ihr Token löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload everything from every instance now</source>
        <translation>Jetzt alles von allen Instanzen neu laden</translation>
    </message>
    <message>
        <source>Open in &amp;Split View</source>
        <translation>In &amp;geteilter Ansicht öffnen</translation>
    </message>
    <message>
        <source>Show the selected item beside the current view</source>
        <translation>Das ausgewählte Element neben der aktuellen Ansicht anzeigen</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>In neuem &amp;Fenster öffnen</translation>
    </message>
    <message>
        <source>Show the selected item in a window of its own</source>
        <translation>Das ausgewählte Element in einem eigenen Fenster anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Coolify Desktop</source>
        <translation>Coolify Desktop</translation>
    </message>
    <message>
        <source>%1 — Coolify Desktop</source>
        <translation>%1 — Coolify Desktop</translation>
    </message>
    <message>
        <source>Refreshing every instance…</source>
        <translation>Alle Instanzen werden aktualisiert…</translation>
    </message>
    <message>
        <source>Instance added.</source>
        <translation>Instanz hinzugefügt.</translation>
    </message>
    <message>
        <source>Instance saved.</source>
        <translation>Instanz gespeichert.</translation>
    </message>
    <message>
        <source>Remove Instance</source>
        <translation>Instanz entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from Coolify Desktop?

Its API token is deleted from the keychain. Nothing changes on the Coolify server.</source>
        <translation>„%1“ (%2) aus Coolify Desktop entfernen?

Ihr API-Token wird aus dem Schlüsselbund gelöscht. Auf dem Coolify-Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>Instance saved; its token is now in the keychain.</source>
        <translation>Instanz gespeichert; ihr Token liegt jetzt im Schlüsselbund.</translation>
    </message>
    <message>
        <source>The instance was not saved: %1</source>
        <translation>Die Instanz wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Language, notifications and refresh intervals</source>
        <translation>Sprache, Benachrichtigungen und Aktualisierungsintervalle</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Edit the selected instance</source>
        <translation>Die ausgewählte Instanz bearbeiten</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>Wählen Sie zuerst eine Instanz aus.</translation>
    </message>
    <message>
        <source>Remove the selected instance</source>
        <translation>Die ausgewählte Instanz entfernen</translation>
    </message>
    <message>
        <source>Demo Not Started</source>
        <translation>Demo nicht gestartet</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app</source>
        <translation>Alle Tastenkürzel der App</translation>
    </message>
    <message>
        <source>Coolify &amp;Documentation</source>
        <translation>Coolify-&amp;Dokumentation</translation>
    </message>
    <message>
        <source>Open Coolify&apos;s documentation in the browser</source>
        <translation>Die Dokumentation von Coolify im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;About Coolify Desktop</source>
        <translation>&amp;Über Coolify Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>Selected resources</source>
        <translation>Ausgewählte Ressourcen</translation>
    </message>
    <message>
        <source>Resource tables</source>
        <translation>Ressourcentabellen</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Settings, log and detached windows</source>
        <translation>Einstellungs-, Log- und abgetrennte Fenster</translation>
    </message>
    <message>
        <source>Close the window (asks first about unsaved edits)</source>
        <translation>Das Fenster schließen (fragt bei ungespeicherten Änderungen zuerst nach)</translation>
    </message>
    <message>
        <source>About Coolify Desktop</source>
        <translation>Über Coolify Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coolify Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for several Coolify instances side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coolify Desktop %1&lt;/h3&gt;&lt;p&gt;Ein Desktop-Client für mehrere Coolify-Instanzen nebeneinander.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Works with Coolify v4 through its API v1; its behaviour was checked against Coolify 4.3.11. Tokens are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2).&lt;/p&gt;&lt;p&gt;Released under the MIT licence. &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Funktioniert mit Coolify v4 über dessen API v1; das Verhalten wurde mit Coolify 4.3.11 geprüft. Tokens werden im Schlüsselbund des Systems aufbewahrt.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 (läuft mit Qt %2).&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz. &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Instances imported from coolify-cli.</source>
        <translation>Instanzen aus coolify-cli importiert.</translation>
    </message>
    <message>
        <source>&amp;Import from coolify-cli…</source>
        <translation>Aus coolify-cli i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Add the instances set up in the official Coolify CLI, moving their tokens to the keychain</source>
        <translation>Die in der offiziellen Coolify-CLI eingerichteten Instanzen hinzufügen und ihre Tokens in den Schlüsselbund übernehmen</translation>
    </message>
    <message>
        <source>That resource is not on its instance any more.</source>
        <translation>Diese Ressource gibt es auf ihrer Instanz nicht mehr.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Every change this app made on your instances</source>
        <translation>Jede Änderung, die diese App an Ihren Instanzen vorgenommen hat</translation>
    </message>
    <message>
        <source>Deploy by &amp;Tag…</source>
        <translation>Über &amp;Tag bereitstellen…</translation>
    </message>
    <message>
        <source>Deploy every application that carries a Coolify tag, on every instance</source>
        <translation>Jede Anwendung mit einem Coolify-Tag bereitstellen, auf allen Instanzen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language is used the next time Coolify Desktop starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Coolify Desktop verwendet.</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Coolify Desktop starts.</source>
        <translation>Eine Sprachänderung wird beim nächsten Start von Coolify Desktop wirksam.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ProjectsOverview</name>
    <message>
        <source>Every project with its environments and what they hold. Enter or a double-click opens one with its resources.</source>
        <translation>Jedes Projekt mit seinen Umgebungen und dem, was sie enthalten. Eingabetaste oder Doppelklick öffnet eines mit seinen Ressourcen.</translation>
    </message>
    <message>
        <source>Projects and environments</source>
        <translation>Projekte und Umgebungen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Neu sta&amp;rten</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>&amp;Deployen</translation>
    </message>
    <message>
        <source>Redeploy &amp;Without Cache</source>
        <translation>Ohne &amp;Cache neu deployen</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Only applications can be deployed.</source>
        <translation>Nur Anwendungen können deployt werden.</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>Start the selected resources</source>
        <translation>Die ausgewählten Ressourcen starten</translation>
    </message>
    <message>
        <source>Stop the selected resources</source>
        <translation>Die ausgewählten Ressourcen stoppen</translation>
    </message>
    <message>
        <source>Restart the selected resources</source>
        <translation>Die ausgewählten Ressourcen neu starten</translation>
    </message>
    <message>
        <source>Deploy the selected applications</source>
        <translation>Die ausgewählten Anwendungen deployen</translation>
    </message>
    <message>
        <source>Rebuild and deploy the selected applications without the build cache</source>
        <translation>Die ausgewählten Anwendungen ohne Build-Cache neu bauen und deployen</translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation>Die ausgewählte Ressource löschen</translation>
    </message>
    <message>
        <source>New &amp;Application…</source>
        <translation>Neue &amp;Anwendung…</translation>
    </message>
    <message>
        <source>New &amp;PostgreSQL Database…</source>
        <translation>Neue &amp;PostgreSQL-Datenbank…</translation>
    </message>
    <message>
        <source>Select an instance (or one of its views) first.</source>
        <translation>Wählen Sie zuerst eine Instanz (oder eine ihrer Ansichten) aus.</translation>
    </message>
    <message>
        <source>Create an application from a public git repository</source>
        <translation>Eine Anwendung aus einem öffentlichen Git-Repository erstellen</translation>
    </message>
    <message>
        <source>Create a PostgreSQL database</source>
        <translation>Eine PostgreSQL-Datenbank erstellen</translation>
    </message>
    <message>
        <source>Created “%1”; loading it…</source>
        <translation>„%1“ erstellt; wird geladen …</translation>
    </message>
    <message>
        <source>Created a new database; loading it…</source>
        <translation>Neue Datenbank erstellt; wird geladen …</translation>
    </message>
    <message>
        <source>Created a new application; loading it…</source>
        <translation>Neue Anwendung erstellt; wird geladen …</translation>
    </message>
    <message>
        <source>Edit &amp;Settings…</source>
        <translation>&amp;Einstellungen bearbeiten…</translation>
    </message>
    <message>
        <source>Open in &amp;Coolify</source>
        <translation>In &amp;Coolify öffnen</translation>
    </message>
    <message>
        <source>Copy U&amp;UID</source>
        <translation>U&amp;UID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>&amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>the UUID of “%1”</source>
        <translation>die UUID von „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n UUIDs</source>
        <translation>
            <numerusform>%n UUID</numerusform>
            <numerusform>%n UUIDs</numerusform>
        </translation>
    </message>
    <message>
        <source>the address of “%1”</source>
        <translation>die Adresse von „%1“</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 kopiert.</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Wählen Sie zuerst eine Ressource aus.</translation>
    </message>
    <message>
        <source>Select a single resource.</source>
        <translation>Wählen Sie eine einzelne Ressource aus.</translation>
    </message>
    <message>
        <source>Only applications have a settings form here.</source>
        <translation>Nur Anwendungen haben hier ein Einstellungsformular.</translation>
    </message>
    <message>
        <source>Open the application&apos;s settings form</source>
        <translation>Das Einstellungsformular der Anwendung öffnen</translation>
    </message>
    <message>
        <source>The instance is not loaded.</source>
        <translation>Die Instanz ist nicht geladen.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the resource&apos;s page in Coolify&apos;s web UI</source>
        <translation>Die Seite der Ressource in der Weboberfläche von Coolify öffnen</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s UUID (for the CLI or the API)</source>
        <translation>Die UUID der Ressource kopieren (für die CLI oder die API)</translation>
    </message>
    <message>
        <source>A database has no web address.</source>
        <translation>Eine Datenbank hat keine Webadresse.</translation>
    </message>
    <message>
        <source>It has no domain.</source>
        <translation>Sie hat keine Domain.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copy the address it is served at</source>
        <translation>Die Adresse kopieren, unter der sie erreichbar ist</translation>
    </message>
    <message>
        <source>The first deployment of “%1” has not started yet; it will show under Active Deployments when it does.</source>
        <translation>Das erste Deployment von „%1“ hat noch nicht begonnen; es erscheint unter „Aktive Deployments“, sobald es startet.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceCommandSource</name>
    <message>
        <source>%1 %2 on %3</source>
        <comment>verb, resource, instance</comment>
        <translation>%1 %2 auf %3</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceDetails</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation>Wählen Sie eine Ressource aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Anwendung %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instanz:</translation>
    </message>
    <message>
        <source>Project / environment:</source>
        <translation>Projekt / Umgebung:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domains:</translation>
    </message>
    <message>
        <source>Build pack:</source>
        <translation>Build-Pack:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Repository:</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (Branch %2)</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit:</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Ports:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Webhook secrets:</source>
        <translation>Webhook-Secrets:</translation>
    </message>
    <message>
        <source>readable with this token</source>
        <translation>mit diesem Token lesbar</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <source>User / database:</source>
        <translation>Benutzer / Datenbank:</translation>
    </message>
    <message>
        <source>Public port:</source>
        <translation>Öffentlicher Port:</translation>
    </message>
    <message>
        <source>not public</source>
        <translation>nicht öffentlich</translation>
    </message>
    <message>
        <source>Internal URL:</source>
        <translation>Interne URL:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation>Compose-Datei:</translation>
    </message>
    <message>
        <source>Edit &amp;Settings…</source>
        <translation>&amp;Einstellungen bearbeiten…</translation>
    </message>
    <message>
        <source>Edit application settings</source>
        <translation>Anwendungseinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Open this application&apos;s settings form</source>
        <translation>Das Einstellungsformular dieser Anwendung öffnen</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceTableView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtern…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Zeilen filtern</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <source>Instance filter</source>
        <translation>Instanzfilter</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Beliebiger Typ</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Die Tabelle filtern</translation>
    </message>
    <message>
        <source>Edit the selected application&apos;s settings (or double-click)</source>
        <translation>Die Einstellungen der ausgewählten Anwendung bearbeiten (oder Doppelklick)</translation>
    </message>
    <message>
        <source>Last deployment failed</source>
        <translation>Letztes Deployment fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceTabs</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::RuntimeLogsView</name>
    <message>
        <source>Timestamps</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Mitlaufen</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>Logs von %1</translation>
    </message>
    <message>
        <source>Last %1 lines</source>
        <translation>Letzte %1 Zeilen</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Zeitstempel anzeigen</translation>
    </message>
    <message>
        <source>The server offers timestamps for application logs only.</source>
        <translation>Der Server bietet Zeitstempel nur für Anwendungslogs an.</translation>
    </message>
    <message>
        <source>Refresh logs</source>
        <translation>Logs aktualisieren</translation>
    </message>
    <message>
        <source>Follow logs</source>
        <translation>Logs mitverfolgen</translation>
    </message>
    <message>
        <source>Fetch the logs again every few seconds</source>
        <translation>Die Logs alle paar Sekunden erneut abrufen</translation>
    </message>
    <message>
        <source>Logs message</source>
        <translation>Log-Meldung</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Container logs</source>
        <translation>Container-Logs</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ServerDetails</name>
    <message>
        <source>Open in &amp;Coolify</source>
        <translation>In &amp;Coolify öffnen</translation>
    </message>
    <message>
        <source>Resources on this server</source>
        <translation>Ressourcen auf diesem Server</translation>
    </message>
    <message>
        <source>Open this server&apos;s page in Coolify&apos;s web interface</source>
        <translation>Die Seite dieses Servers in Coolifys Weboberfläche öffnen</translation>
    </message>
    <message>
        <source>Enter or double-click opens the resource</source>
        <translation>Eingabetaste oder Doppelklick öffnet die Ressource</translation>
    </message>
    <message>
        <source>Select a server to see its details and what runs on it.</source>
        <translation>Wählen Sie einen Server, um seine Details und das, was darauf läuft, zu sehen.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>%1@%2, SSH port %3</source>
        <translation>%1@%2, SSH-Port %3</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>hosts Coolify itself</source>
        <translation>betreibt Coolify selbst</translation>
    </message>
    <message>
        <source>build server (builds images, runs no resources)</source>
        <translation>Build-Server (baut Images, betreibt keine Ressourcen)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>runs resources</source>
        <translation>betreibt Ressourcen</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing runs on this server.</source>
        <translation>Auf diesem Server läuft nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s). Enter or a double-click opens one.</source>
        <translation>
            <numerusform>%n Ressource. Eingabetaste oder Doppelklick öffnet sie.</numerusform>
            <numerusform>%n Ressourcen. Eingabetaste oder Doppelklick öffnet eine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources on this server (%1)</source>
        <translation>Ressourcen auf diesem Server (%1)</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::SettingsWindow</name>
    <message>
        <source>%1 Settings — %2 — Coolify Desktop</source>
        <translation>%1-Einstellungen — %2 — Coolify Desktop</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::Status</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>wird geprüft…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, with limits</source>
        <translation>OK, mit Einschränkungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::TagDeployDialog</name>
    <message>
        <source>Without the build &amp;cache</source>
        <translation>Ohne Build-&amp;Cache</translation>
    </message>
    <message>
        <source>Deploy by Tag</source>
        <translation>Über Tag bereitstellen</translation>
    </message>
    <message>
        <source>Deploy every application that carries a Coolify tag, on each instance that has it. Coolify also starts the services with the tag; databases are not deployed by tag.</source>
        <translation>Jede Anwendung mit einem Coolify-Tag bereitstellen, auf jeder Instanz, die es hat. Coolify startet auch die Dienste mit dem Tag; Datenbanken werden nicht über Tags bereitgestellt.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>&amp;Weiter…</translation>
    </message>
    <message>
        <source>The token may not deploy any of them.</source>
        <translation>Das Token darf keine davon bereitstellen.</translation>
    </message>
    <message>
        <source>Reading the tags of every online instance…</source>
        <translation>Die Tags aller Instanzen, die online sind, werden gelesen…</translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — auf %2</translation>
    </message>
    <message>
        <source>No instance has tags. Tag applications in Coolify to deploy them together.</source>
        <translation>Keine Instanz hat Tags. Versehen Sie Anwendungen in Coolify mit Tags, um sie gemeinsam bereitzustellen.</translation>
    </message>
    <message>
        <source>Looking up the applications tagged “%1”…</source>
        <translation>Anwendungen mit dem Tag „%1“ werden gesucht…</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ViewPane</name>
    <message>
        <source>Open in New Window</source>
        <translation>In neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Open this view in its own window</source>
        <translation>Diese Ansicht in einem eigenen Fenster öffnen</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>In neuem Fenster öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Diesen Bereich schließen</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Bereich schließen</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>%1 — Applications</source>
        <translation>%1 — Anwendungen</translation>
    </message>
    <message>
        <source>%1 — Databases</source>
        <translation>%1 — Datenbanken</translation>
    </message>
    <message>
        <source>%1 — Services</source>
        <translation>%1 — Dienste</translation>
    </message>
    <message>
        <source>%1 — Servers</source>
        <translation>%1 — Server</translation>
    </message>
    <message>
        <source>%1 — Active deployments</source>
        <translation>%1 — Aktive Deployments</translation>
    </message>
    <message>
        <source>%1 — Projects</source>
        <translation>%1 — Projekte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 / %3</source>
        <translation>%1 — %2 / %3</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dienste</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active deployments on all instances</source>
        <translation>Aktive Deployments auf allen Instanzen</translation>
    </message>
    <message>
        <source>Active pane: the sidebar shows its items here</source>
        <translation>Aktiver Bereich: Die Seitenleiste zeigt ihre Einträge hier</translation>
    </message>
    <message>
        <source>Actions on the selected resources</source>
        <translation>Aktionen für die ausgewählten Ressourcen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>“%1” was created; this view&apos;s filter hides it.</source>
        <translation>„%1“ wurde erstellt; der Filter dieser Ansicht blendet es aus.</translation>
    </message>
    <message>
        <source>Backups on all instances</source>
        <translation>Backups auf allen Instanzen</translation>
    </message>
</context>
<context>
    <name>Coolify::Instances::InstanceManager</name>
    <message>
        <source>The instance needs a name and a valid http(s) address.</source>
        <translation>Die Instanz benötigt einen Namen und eine gültige http(s)-Adresse.</translation>
    </message>
    <message>
        <source>This instance already exists.</source>
        <translation>Diese Instanz existiert bereits.</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s API token.</source>
        <translation>Geben Sie das API-Token der Instanz ein.</translation>
    </message>
    <message>
        <source>The instance could not be saved in the settings.</source>
        <translation>Die Instanz konnte nicht in den Einstellungen gespeichert werden.</translation>
    </message>
    <message>
        <source>This instance does not exist.</source>
        <translation>Diese Instanz existiert nicht.</translation>
    </message>
    <message>
        <source>There is no token to save for this instance.</source>
        <translation>Für diese Instanz gibt es kein Token zum Speichern.</translation>
    </message>
    <message>
        <source>Set both COOLIFY_URL and COOLIFY_TOKEN to open an instance from the environment; only one of them is set.</source>
        <translation>Setzen Sie sowohl COOLIFY_URL als auch COOLIFY_TOKEN, um eine Instanz aus der Umgebung zu öffnen; nur eine der beiden ist gesetzt.</translation>
    </message>
    <message>
        <source>COOLIFY_URL cannot be used: %1</source>
        <translation>COOLIFY_URL kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>From the environment (COOLIFY_URL, COOLIFY_TOKEN)</source>
        <translation>Aus der Umgebung (COOLIFY_URL, COOLIFY_TOKEN)</translation>
    </message>
    <message>
        <source>The instance from the environment could not be added.</source>
        <translation>Die Instanz aus der Umgebung konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The instance list was saved by a newer version of Coolify Desktop and cannot be changed by this one.</source>
        <translation>Die Instanzliste wurde von einer neueren Version von Coolify Desktop gespeichert und kann von dieser nicht geändert werden.</translation>
    </message>
    <message>
        <source>COOLIFY_TOKEN cannot be used: %1</source>
        <translation>COOLIFY_TOKEN kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Instances::TokenVault</name>
    <message>
        <source>the token cannot be read from the keychain</source>
        <translation>das Token kann nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <source>the token cannot be stored in the keychain</source>
        <translation>das Token kann nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <source>the token cannot be removed from the keychain</source>
        <translation>das Token kann nicht aus dem Schlüsselbund entfernt werden</translation>
    </message>
    <message>
        <source>No token is stored for this instance.</source>
        <translation>Für diese Instanz ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>You can keep the token for this session only instead.</source>
        <translation>Sie können das Token stattdessen nur für diese Sitzung behalten.</translation>
    </message>
    <message>
        <source>The desktop session bus (D-Bus) is not reachable, so %1. Start Coolify Desktop inside a desktop session that runs a Secret Service (e.g. GNOME Keyring or KWallet).</source>
        <translation>Der Sitzungsbus des Desktops (D-Bus) ist nicht erreichbar; %1. Starten Sie Coolify Desktop in einer Desktop-Sitzung, in der ein Secret Service läuft (z. B. GNOME Keyring oder KWallet).</translation>
    </message>
    <message>
        <source>No Secret Service (e.g. GNOME Keyring or KWallet) is running, so %1. Install or start one and try again.</source>
        <translation>Es läuft kein Secret Service (z. B. GNOME Keyring oder KWallet); %1. Installieren oder starten Sie einen und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain has no default keyring (e.g. “login”), so %1. Create or set a default keyring in your keyring manager (e.g. Passwords and Keys) and try again.</source>
        <translation>Der Schlüsselbund hat keinen Standard-Schlüsselring (z. B. „login“); %1. Erstellen oder setzen Sie in Ihrer Schlüsselbundverwaltung (z. B. Passwörter und Schlüssel) einen Standard-Schlüsselring und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked, so %1. Unlock it (e.g. in Passwords and Keys, or by logging in again) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt; %1. Entsperren Sie ihn (z. B. in Passwörter und Schlüssel oder durch erneutes Anmelden) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so %1. Allow Coolify Desktop to use the keychain and try again.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert; %1. Erlauben Sie Coolify Desktop die Nutzung des Schlüsselbunds und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error, so %1: %2</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet; %1: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
</context>
<context>
    <name>Coolify::Journal::JournalModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>deployment %1</source>
        <translation>Deployment %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Coolify::Models</name>
    <message>
        <source>expected a list of applications</source>
        <translation>Liste von Anwendungen erwartet</translation>
    </message>
    <message>
        <source>expected an application with a uuid</source>
        <translation>Anwendung mit einer uuid erwartet</translation>
    </message>
    <message>
        <source>hidden — token lacks read:sensitive</source>
        <translation>verborgen — dem Token fehlt read:sensitive</translation>
    </message>
    <message>
        <source>expected a list of databases</source>
        <translation>Liste von Datenbanken erwartet</translation>
    </message>
    <message>
        <source>expected a database</source>
        <translation>Datenbank erwartet</translation>
    </message>
    <message>
        <source>expected the uuid of the new database</source>
        <translation>uuid der neuen Datenbank erwartet</translation>
    </message>
    <message>
        <source>expected a deployment with a deployment_uuid</source>
        <translation>Deployment mit einer deployment_uuid erwartet</translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation>Liste von Deployments erwartet</translation>
    </message>
    <message>
        <source>expected {&quot;count&quot;, &quot;deployments&quot;}</source>
        <translation>{&quot;count&quot;, &quot;deployments&quot;} erwartet</translation>
    </message>
    <message>
        <source>expected a deployment answer (message/deployments)</source>
        <translation>Deployment-Antwort erwartet (message/deployments)</translation>
    </message>
    <message>
        <source>expected a list of environments</source>
        <translation>Liste von Umgebungen erwartet</translation>
    </message>
    <message>
        <source>expected a list of projects</source>
        <translation>Liste von Projekten erwartet</translation>
    </message>
    <message>
        <source>expected a project</source>
        <translation>Projekt erwartet</translation>
    </message>
    <message>
        <source>expected an environment</source>
        <translation>Umgebung erwartet</translation>
    </message>
    <message>
        <source>expected a list of resources</source>
        <translation>Liste von Ressourcen erwartet</translation>
    </message>
    <message>
        <source>expected a list of servers</source>
        <translation>Liste von Servern erwartet</translation>
    </message>
    <message>
        <source>expected a list of services</source>
        <translation>Liste von Diensten erwartet</translation>
    </message>
    <message>
        <source>expected a service</source>
        <translation>Dienst erwartet</translation>
    </message>
    <message>
        <source>expected a list of environment variables</source>
        <translation>eine Liste von Umgebungsvariablen erwartet</translation>
    </message>
    <message>
        <source>expected an environment variable</source>
        <translation>eine Umgebungsvariable erwartet</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Application</name>
    <message>
        <source>hidden — token lacks read:sensitive</source>
        <translation>verborgen — dem Token fehlt read:sensitive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ApplicationsModel</name>
    <message>
        <source>Nixpacks</source>
        <translation>Nixpacks</translation>
    </message>
    <message>
        <source>Railpack</source>
        <translation>Railpack</translation>
    </message>
    <message>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation>Docker Compose</translation>
    </message>
    <message>
        <source>Docker image</source>
        <translation>Docker-Image</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build-Pack</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation>Letztes Deployment</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupConfig</name>
    <message>
        <source>expected a list of backup schedules</source>
        <translation>erwartet wurde eine Liste von Backup-Zeitplänen</translation>
    </message>
    <message>
        <source>Last backup failed</source>
        <translation>Letztes Backup fehlgeschlagen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Nie gesichert</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert …</translation>
    </message>
    <message>
        <source>Schedule disabled</source>
        <translation>Zeitplan deaktiviert</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Daily at midnight</source>
        <translation>Täglich um Mitternacht</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Daily at %1:%2</source>
        <translation>Täglich um %1:%2</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupExecution</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>expected the executions of a backup schedule</source>
        <translation>die Läufe eines Sicherungsplans erwartet</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupExecutionsModel</name>
    <message>
        <source>%1 (removed by retention)</source>
        <translation>%1 (durch Aufbewahrungsregel entfernt)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupRules</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Monatstag</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Enter how often to back up: daily, hourly, weekly, monthly, yearly, or a cron expression such as 0 3 * * *.</source>
        <translation>Geben Sie an, wie oft gesichert wird: daily, hourly, weekly, monthly, yearly oder ein Cron-Ausdruck wie 0 3 * * *.</translation>
    </message>
    <message>
        <source>Coolify does not accept %1. It knows @hourly, @daily, @weekly, @monthly and @yearly.</source>
        <translation>Coolify akzeptiert %1 nicht. Es kennt @hourly, @daily, @weekly, @monthly und @yearly.</translation>
    </message>
    <message numerus="yes">
        <source>A cron expression has five fields (minute hour day month weekday); this one has %n.</source>
        <translation>
            <numerusform>Ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag Monat Wochentag); dieser hat %n.</numerusform>
            <numerusform>Ein Cron-Ausdruck hat fünf Felder (Minute Stunde Tag Monat Wochentag); dieser hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in the %2 field is not understood: use numbers, *, lists (1,15), ranges (1-5) and steps (*/10). Coolify does not accept ?, L, W, # or names inside lists.</source>
        <translation>„%1“ im Feld %2 ist unverständlich: Verwenden Sie Zahlen, *, Listen (1,15), Bereiche (1-5) und Schritte (*/10). Coolify akzeptiert kein ?, L, W, # und keine Namen in Listen.</translation>
    </message>
    <message>
        <source>The %1 field takes %2 to %3; “%4” is outside.</source>
        <translation>Das Feld %1 nimmt %2 bis %3; „%4“ liegt außerhalb.</translation>
    </message>
    <message>
        <source>The range “%1” in the %2 field runs backwards.</source>
        <translation>Der Bereich „%1“ im Feld %2 läuft rückwärts.</translation>
    </message>
    <message>
        <source>A step of 0 in the %1 field never repeats.</source>
        <translation>Ein Schritt von 0 im Feld %1 wiederholt sich nie.</translation>
    </message>
    <message>
        <source>That date never comes: no chosen month has day %1.</source>
        <translation>Dieses Datum kommt nie: Kein gewählter Monat hat einen Tag %1.</translation>
    </message>
    <message>
        <source>“%1” may not contain %2: Coolify refuses shell characters in database and collection names.</source>
        <translation>„%1“ darf %2 nicht enthalten: Coolify lehnt Shell-Zeichen in Datenbank- und Collection-Namen ab.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupSchedulesModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Min.</numerusform>
            <numerusform>vor %n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n Std.</numerusform>
            <numerusform>vor %n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Server and S3</source>
        <translation>Server und S3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message numerus="yes">
        <source>last %n backup(s)</source>
        <translation>
            <numerusform>letztes Backup</numerusform>
            <numerusform>letzte %n Backups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letztes Backup</translation>
    </message>
    <message>
        <source>Stored on</source>
        <translation>Gespeichert auf</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Bewahrt auf</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BulkProgressModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet auf Server</translation>
    </message>
    <message>
        <source>Deployment started</source>
        <translation>Bereitstellung gestartet</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Wartet bereits</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation>Projekt / Umgebung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::CliImportModel</name>
    <message>
        <source>Already added as “%1”.</source>
        <translation>Bereits als „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Same address as “%1” above.</source>
        <translation>Gleiche Adresse wie „%1“ weiter oben.</translation>
    </message>
    <message>
        <source>Not importable</source>
        <translation>Nicht importierbar</translation>
    </message>
    <message>
        <source>Already added</source>
        <translation>Bereits hinzugefügt</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Saving token in the keychain…</source>
        <translation>Token wird im Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>%1 (CLI default)</source>
        <translation>%1 (Standard der CLI)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Database</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation>MySQL</translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation>MongoDB</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>KeyDB</source>
        <translation>KeyDB</translation>
    </message>
    <message>
        <source>Dragonfly</source>
        <translation>Dragonfly</translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DatabasesModel</name>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (unreachable)</source>
        <translation>%1 (nicht erreichbar)</translation>
    </message>
    <message>
        <source>Not publicly reachable</source>
        <translation>Nicht öffentlich erreichbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Public port</source>
        <translation>Öffentlicher Port</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Deployment</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>%1, PR #%2</source>
        <translation>%1, PR #%2</translation>
    </message>
    <message>
        <source>%1, forced rebuild</source>
        <translation>%1, erzwungener Neubau</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentFollower</name>
    <message>
        <source>The server left the deployment log out: this token lacks the read:sensitive ability. The status is still followed; use a token with read:sensitive to see the log.</source>
        <translation>Der Server hat das Deployment-Log weggelassen: Diesem Token fehlt die Berechtigung read:sensitive. Der Status wird weiter verfolgt; verwenden Sie ein Token mit read:sensitive, um das Log zu sehen.</translation>
    </message>
    <message>
        <source>Deployment %1 was not found on the server (&quot;%2&quot;). It may have been deleted, belong to another team, or never have existed: an &quot;already queued&quot; answer names a deployment that is never stored.</source>
        <translation>Deployment %1 wurde auf dem Server nicht gefunden („%2“). Möglicherweise wurde es gelöscht, gehört zu einem anderen Team oder hat nie existiert: Eine Antwort „already queued“ nennt ein Deployment, das nie gespeichert wird.</translation>
    </message>
    <message>
        <source>Deployment not found.</source>
        <translation>Deployment nicht gefunden.</translation>
    </message>
    <message>
        <source>Stopped following: %1</source>
        <translation>Mitverfolgen beendet: %1</translation>
    </message>
    <message>
        <source>Could not refresh the deployment: %1 Showing what was received before; trying again in %2 s.</source>
        <translation>Das Deployment konnte nicht aktualisiert werden: %1 Es wird angezeigt, was zuvor empfangen wurde; neuer Versuch in %2 s.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentHistoryModel</name>
    <message>
        <source>Running now</source>
        <translation>Läuft jetzt</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Aufbewahrt</translation>
    </message>
    <message>
        <source>Last good</source>
        <translation>Zuletzt gut</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The application runs the image this deployment built (%1).</source>
        <translation>Die Anwendung läuft mit dem Image, das dieses Deployment gebaut hat (%1).</translation>
    </message>
    <message>
        <source>The server still keeps the image of %1: you can roll back to it.</source>
        <translation>Der Server bewahrt das Image von %1 noch auf: Sie können darauf zurücksetzen.</translation>
    </message>
    <message>
        <source>The newest successful build; its image is no longer kept.</source>
        <translation>Der neueste erfolgreiche Build; sein Image ist nicht mehr aufbewahrt.</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentLog</name>
    <message>
        <source>The deployment log could not be read (%1 at character %2); showing what was received before.</source>
        <translation>Das Deployment-Log konnte nicht gelesen werden (%1 bei Zeichen %2); es wird angezeigt, was zuvor empfangen wurde.</translation>
    </message>
    <message>
        <source>The deployment log is not a list of entries; showing what was received before.</source>
        <translation>Das Deployment-Log ist keine Liste von Einträgen; es wird angezeigt, was zuvor empfangen wurde.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentsModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>queued for %1</source>
        <translation>seit %1 eingereiht</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>läuft seit %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DotEnv</name>
    <message>
        <source>Line %1: no “=”, so it is not KEY=value.</source>
        <translation>Zeile %1: kein „=“, also nicht KEY=value.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid variable name (letters, digits, _ and ., not starting with a digit).</source>
        <translation>Zeile %1: „%2“ ist kein gültiger Variablenname (Buchstaben, Ziffern, _ und ., nicht mit einer Ziffer beginnend).</translation>
    </message>
    <message>
        <source>Line %1: the quote opened here is never closed.</source>
        <translation>Zeile %1: das hier geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote.</source>
        <translation>Zeile %1: Text nach dem schließenden Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: %2 is defined again (first on line %3); the last one counts.</source>
        <translation>Zeile %1: %2 wird erneut definiert (zuerst in Zeile %3); die letzte Definition gilt.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvDiffRow</name>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Unterschiedlich: %1</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <source>Cannot compare: a value cannot be read</source>
        <translation>Nicht vergleichbar: ein Wert ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvPlan</name>
    <message>
        <source>literal</source>
        <translation>literal</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>build-time</source>
        <translation>Build-Zeit</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>multiline</source>
        <translation>mehrzeilig</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n entfernt</numerusform>
            <numerusform>%n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked — skipped</source>
        <translation>
            <numerusform>%n gesperrt — übersprungen</numerusform>
            <numerusform>%n gesperrt — übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable — skipped</source>
        <translation>
            <numerusform>%n nicht lesbar — übersprungen</numerusform>
            <numerusform>%n nicht lesbar — übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Nichts zu ändern</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvVarsModel</name>
    <message>
        <source>Locked: Coolify never shows this value again after it was created. It can still be replaced.</source>
        <translation>Gesperrt: Coolify zeigt diesen Wert nach dem Anlegen nie wieder an. Er kann trotzdem ersetzt werden.</translation>
    </message>
    <message>
        <source>Hidden: this instance&apos;s token lacks read:sensitive, so Coolify does not send values. They can still be written.</source>
        <translation>Verborgen: Dem Token dieser Instanz fehlt read:sensitive, daher sendet Coolify keine Werte. Sie können trotzdem geschrieben werden.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Value hidden: reveal it to see it</source>
        <translation>Wert verborgen: zum Ansehen einblenden</translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n more lines)</source>
        <translation>
            <numerusform>%1 … (%n weitere Zeile)</numerusform>
            <numerusform>%1 … (%n weitere Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — set by Coolify</source>
        <translation>%1 — von Coolify gesetzt</translation>
    </message>
    <message>
        <source>Runtime and build</source>
        <translation>Laufzeit und Build</translation>
    </message>
    <message>
        <source>Runtime only</source>
        <translation>Nur Laufzeit</translation>
    </message>
    <message>
        <source>Build only</source>
        <translation>Nur Build</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Weder noch</translation>
    </message>
    <message>
        <source>literal</source>
        <translation>literal</translation>
    </message>
    <message>
        <source>multiline</source>
        <translation>mehrzeilig</translation>
    </message>
    <message>
        <source>shared reference</source>
        <translation>gemeinsamer Verweis</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>preview copy</source>
        <translation>Vorschau-Kopie</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Available at</source>
        <translation>Verfügbar bei</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetBackupsModel</name>
    <message>
        <source>Not backed up by Coolify</source>
        <translation>Von Coolify nicht gesichert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n weiterer)</numerusform>
            <numerusform>%1 (+%n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Neuestes Backup</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetDeploymentsModel</name>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetModel</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Last known state: the instance could not be refreshed.</source>
        <translation>Letzter bekannter Zustand: Die Instanz konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>The server hosting it is unreachable.</source>
        <translation>Der Server, auf dem sie läuft, ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 — server unreachable</source>
        <translation>%1 — Server nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1 (zuletzt bekannt)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Domain / endpoint</source>
        <translation>Domain / Endpunkt</translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation>Projekt / Umgebung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation>Letztes Deployment</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::InstanceData</name>
    <message>
        <source>Could not load: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Stale since %1 — %2</source>
        <translation>Veraltet seit %1 — %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::InstanceSession</name>
    <message>
        <source>No API token is stored for this instance. Edit the instance to enter one.</source>
        <translation>Für diese Instanz ist kein API-Token gespeichert. Bearbeiten Sie die Instanz, um eines einzugeben.</translation>
    </message>
    <message>
        <source>Reading token…</source>
        <translation>Token wird gelesen…</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Online — Coolify %1</source>
        <translation>Online — Coolify %1</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Unreachable — last contact %1</source>
        <translation>Nicht erreichbar — letzter Kontakt %1</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Json</name>
    <message>
        <source>the list has %1 items; this app reads at most %2</source>
        <translation>die Liste hat %1 Einträge; diese App liest höchstens %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::NavigationModel</name>
    <message>
        <source>All Instances</source>
        <translation>Alle Instanzen</translation>
    </message>
    <message>
        <source>Every application, database and service of every instance</source>
        <translation>Alle Anwendungen, Datenbanken und Dienste aller Instanzen</translation>
    </message>
    <message>
        <source>Applications (%1)</source>
        <translation>Anwendungen (%1)</translation>
    </message>
    <message>
        <source>Databases (%1)</source>
        <translation>Datenbanken (%1)</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Dienste (%1)</translation>
    </message>
    <message>
        <source>Servers (%1)</source>
        <translation>Server (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Deployments (%n active)</source>
        <translation>
            <numerusform>Deployments (%n aktiv)</numerusform>
            <numerusform>Deployments (%n aktiv)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Deployments</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projekte (%1)</translation>
    </message>
    <message>
        <source>Active Deployments</source>
        <translation>Aktive Deployments</translation>
    </message>
    <message>
        <source>Queued and running deployments on every instance</source>
        <translation>Eingereihte und laufende Deployments auf allen Instanzen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>The newest backup of every database on every instance</source>
        <translation>Das neueste Backup jeder Datenbank auf jeder Instanz</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ProjectOverviewModel</name>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n läuft</numerusform>
            <numerusform>%n laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n gestoppt</numerusform>
            <numerusform>%n gestoppt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n sonstige</numerusform>
            <numerusform>%n sonstige</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Resource</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ResourceStatus</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (healthy)</source>
        <translation>%1 (fehlerfrei)</translation>
    </message>
    <message>
        <source>%1 (unhealthy)</source>
        <translation>%1 (fehlerhaft)</translation>
    </message>
    <message>
        <source>%1, some containers excluded</source>
        <translation>%1, einige Container ausgenommen</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::RollbackImages</name>
    <message>
        <source>expected an object with the kept images</source>
        <translation>erwartet wurde ein Objekt mit den aufbewahrten Images</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::S3Storage</name>
    <message>
        <source>expected a list of S3 storages</source>
        <translation>eine Liste von S3-Speichern erwartet</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Server</name>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Reachable, not usable</source>
        <translation>Erreichbar, nicht nutzbar</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ServerResourcesModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ServersModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>Kein Proxy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>%1 — server unreachable</source>
        <translation>%1 — Server nicht erreichbar</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>%1 (excluded from status)</source>
        <translation>%1 (vom Status ausgenommen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Tag</name>
    <message>
        <source>expected a list of tags</source>
        <translation>eine Liste von Tags erwartet</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::WebLinks</name>
    <message>
        <source>The instance has no web address.</source>
        <translation>Die Instanz hat keine Webadresse.</translation>
    </message>
    <message>
        <source>The resource is no longer listed; refresh the view.</source>
        <translation>Die Ressource wird nicht mehr aufgeführt; aktualisieren Sie die Ansicht.</translation>
    </message>
    <message>
        <source>Its project is not known yet; wait for the projects to load or refresh.</source>
        <translation>Ihr Projekt ist noch nicht bekannt; warten Sie, bis die Projekte geladen sind, oder aktualisieren Sie.</translation>
    </message>
</context>
<context>
    <name>CreateApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Creates an application from a public Git repository.</source>
        <translation>Erstellt eine Anwendung aus einem öffentlichen Git-Repository.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The Coolify project the new resource belongs to</source>
        <translation>Das Coolify-Projekt, zu dem die neue Ressource gehört</translation>
    </message>
    <message>
        <source>Project problem</source>
        <translation>Problem mit dem Projekt</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>An environment of the chosen project, such as production</source>
        <translation>Eine Umgebung des gewählten Projekts, z. B. production</translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation>Problem mit der Umgebung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The server that runs the new resource; servers that cannot host it are disabled with the reason</source>
        <translation>Der Server, auf dem die neue Ressource läuft; Server, die sie nicht hosten können, sind mit Begründung deaktiviert</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problem mit dem Server</translation>
    </message>
    <message>
        <source>Git &amp;repository:</source>
        <translation>Git-&amp;Repository:</translation>
    </message>
    <message>
        <source>https://github.com/owner/repository</source>
        <translation>https://github.com/owner/repository</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Git-Repository</translation>
    </message>
    <message>
        <source>Address of a public Git repository: https://, git:// or git@host:owner/repo</source>
        <translation>Adresse eines öffentlichen Git-Repositorys: https://, git:// oder git@host:owner/repo</translation>
    </message>
    <message>
        <source>Git repository problem</source>
        <translation>Problem mit dem Git-Repository</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branch:</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>The Git branch to build</source>
        <translation>Der zu bauende Git-Branch</translation>
    </message>
    <message>
        <source>Branch problem</source>
        <translation>Problem mit dem Branch</translation>
    </message>
    <message>
        <source>B&amp;uild pack:</source>
        <translation>Build-Pac&amp;k:</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build-Pack</translation>
    </message>
    <message>
        <source>How Coolify builds the application</source>
        <translation>Wie Coolify die Anwendung baut</translation>
    </message>
    <message>
        <source>P&amp;orts exposed:</source>
        <translation>Freigegebene P&amp;orts:</translation>
    </message>
    <message>
        <source>Ports exposed</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Comma-separated port numbers the application listens on, e.g. 3000 or 3000,8080</source>
        <translation>Durch Kommas getrennte Portnummern, auf denen die Anwendung lauscht, z. B. 3000 oder 3000,8080</translation>
    </message>
    <message>
        <source>Ports hint</source>
        <translation>Hinweis zu den Ports</translation>
    </message>
    <message>
        <source>Ports problem</source>
        <translation>Problem mit den Ports</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Derived from the repository and branch</source>
        <translation>Aus Repository und Branch abgeleitet</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Optional; Coolify derives a name from the repository and branch when empty</source>
        <translation>Optional; Coolify leitet einen Namen aus Repository und Branch ab, wenn leer</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domains:</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Optional comma-separated http:// or https:// addresses; Coolify generates one when empty</source>
        <translation>Optionale, durch Kommas getrennte http://- oder https://-Adressen; Coolify erzeugt eine, wenn leer</translation>
    </message>
    <message>
        <source>Domains hint</source>
        <translation>Hinweis zu den Domains</translation>
    </message>
    <message>
        <source>Domains problem</source>
        <translation>Problem mit den Domains</translation>
    </message>
    <message>
        <source>Deploy right after creating</source>
        <translation>Direkt nach dem Erstellen deployen</translation>
    </message>
    <message>
        <source>Queue a first deployment as soon as the application exists</source>
        <translation>Ein erstes Deployment einreihen, sobald die Anwendung existiert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Problemdetails</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>e.g. 3000 or 3000,8080</source>
        <translation>z. B. 3000 oder 3000,8080</translation>
    </message>
    <message>
        <source>e.g. https://app.example.com (optional)</source>
        <translation>z. B. https://app.example.com (optional)</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseDialog</name>
    <message>
        <source>New PostgreSQL Database</source>
        <translation>Neue PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>Creates a PostgreSQL database.</source>
        <translation>Erstellt eine PostgreSQL-Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>The Coolify project the new resource belongs to</source>
        <translation>Das Coolify-Projekt, zu dem die neue Ressource gehört</translation>
    </message>
    <message>
        <source>Project problem</source>
        <translation>Problem mit dem Projekt</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>An environment of the chosen project, such as production</source>
        <translation>Eine Umgebung des gewählten Projekts, z. B. production</translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation>Problem mit der Umgebung</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The server that runs the new resource; servers that cannot host it are disabled with the reason</source>
        <translation>Der Server, auf dem die neue Ressource läuft; Server, die sie nicht hosten können, sind mit Begründung deaktiviert</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problem mit dem Server</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>postgresql-database-…</source>
        <translation>postgresql-database-…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>Optional; Coolify names it postgresql-database-&lt;uuid&gt; when empty</source>
        <translation>Optional; Coolify nennt sie postgresql-database-&lt;uuid&gt;, wenn leer</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>postgres:16-alpine</source>
        <translation>postgres:16-alpine</translation>
    </message>
    <message>
        <source>Docker image</source>
        <translation>Docker-Image</translation>
    </message>
    <message>
        <source>The PostgreSQL Docker image and tag</source>
        <translation>Das PostgreSQL-Docker-Image und sein Tag</translation>
    </message>
    <message>
        <source>Image problem</source>
        <translation>Problem mit dem Image</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>Daten&amp;bankbenutzer:</translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation>PostgreSQL-Benutzer</translation>
    </message>
    <message>
        <source>Optional; letters, digits and underscores, postgres when empty</source>
        <translation>Optional; Buchstaben, Ziffern und Unterstriche, postgres wenn leer</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>Problem mit dem Benutzer</translation>
    </message>
    <message>
        <source>Initial &amp;database:</source>
        <translation>Initiale &amp;Datenbank:</translation>
    </message>
    <message>
        <source>Initial database</source>
        <translation>Initiale Datenbank</translation>
    </message>
    <message>
        <source>Initial database problem</source>
        <translation>Problem mit der initialen Datenbank</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Generated by Coolify when empty</source>
        <translation>Von Coolify erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Optional; leave empty and Coolify generates a strong password</source>
        <translation>Optional; leer lassen, dann erzeugt Coolify ein starkes Passwort</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Hinweis zum Passwort</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problem mit dem Passwort</translation>
    </message>
    <message>
        <source>Make it publi&amp;c (reachable from outside the server)</source>
        <translation>Öffentlich ma&amp;chen (von außerhalb des Servers erreichbar)</translation>
    </message>
    <message>
        <source>Public database</source>
        <translation>Öffentliche Datenbank</translation>
    </message>
    <message>
        <source>Publish the database on a port of the server</source>
        <translation>Die Datenbank auf einem Port des Servers veröffentlichen</translation>
    </message>
    <message>
        <source>Public p&amp;ort:</source>
        <translation>Öffentlicher P&amp;ort:</translation>
    </message>
    <message>
        <source>e.g. 5433</source>
        <translation>z. B. 5433</translation>
    </message>
    <message>
        <source>Public port</source>
        <translation>Öffentlicher Port</translation>
    </message>
    <message>
        <source>The server port the database is published on, from 1024 to 65535</source>
        <translation>Der Server-Port, auf dem die Datenbank veröffentlicht wird, von 1024 bis 65535</translation>
    </message>
    <message>
        <source>Public port problem</source>
        <translation>Problem mit dem öffentlichen Port</translation>
    </message>
    <message>
        <source>Start it right after creating</source>
        <translation>Direkt nach dem Erstellen starten</translation>
    </message>
    <message>
        <source>Start right after creating</source>
        <translation>Direkt nach dem Erstellen starten</translation>
    </message>
    <message>
        <source>Queue a start as soon as the database exists</source>
        <translation>Einen Start einreihen, sobald die Datenbank existiert</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Problemdetails</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Default: postgres</source>
        <translation>Standard: postgres</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add Coolify Instance</source>
        <translation>Coolify-Instanz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <source>A name for this Coolify instance, shown in the sidebar</source>
        <translation>Ein Name für diese Coolify-Instanz, der in der Seitenleiste angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://coolify.example.com</source>
        <translation>https://coolify.example.com</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Instanzadresse</translation>
    </message>
    <message>
        <source>The address of the Coolify dashboard; /api/v1 may be included or left out</source>
        <translation>Die Adresse des Coolify-Dashboards; /api/v1 kann angegeben oder weggelassen werden</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>12|abcdef…</source>
        <translation>12|abcdef…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The API token created in Coolify under Keys &amp; Tokens, API tokens</source>
        <translation>Das in Coolify unter Keys &amp; Tokens, API tokens erstellte API-Token</translation>
    </message>
    <message>
        <source>Create a token in Coolify under Keys &amp; Tokens → API tokens. Browsing needs “read”; actions need “deploy”, edits “write”, secrets “read:sensitive”.</source>
        <translation>Erstellen Sie ein Token in Coolify unter Keys &amp; Tokens → API tokens. Zum Durchsuchen ist „read“ nötig; Aktionen brauchen „deploy“, Bearbeitungen „write“, Secrets „read:sensitive“.</translation>
    </message>
    <message>
        <source>Keep token:</source>
        <translation>Token aufbewahren:</translation>
    </message>
    <message>
        <source>In the system &amp;keychain</source>
        <translation>Im System-&amp;Schlüsselbund</translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation>Das Token im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>For this &amp;session only (ask again next time)</source>
        <translation>Nur für diese Sitz&amp;ung (beim nächsten Mal erneut fragen)</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Das Token nur für diese Sitzung im Arbeitsspeicher behalten</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>Instance colour</source>
        <translation>Instanzfarbe</translation>
    </message>
    <message>
        <source>Choose the colour that marks this instance&apos;s resources</source>
        <translation>Wählen Sie die Farbe, mit der die Ressourcen dieser Instanz markiert werden</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;prüfen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <source>Checks the address, the token and its permissions without saving</source>
        <translation>Prüft die Adresse, das Token und seine Berechtigungen, ohne zu speichern</translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation>Schritte des Verbindungstests</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>By tag: %1</source>
        <translation>Nach Tag: %1</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Andere Änderung</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Einstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deployen</translation>
    </message>
    <message>
        <source>Redeploy without cache</source>
        <translation>Ohne Cache neu deployen</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel deployment</source>
        <translation>Deployment abbrechen</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Add environment variable</source>
        <translation>Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <source>Change environment variable</source>
        <translation>Umgebungsvariable ändern</translation>
    </message>
    <message>
        <source>Delete environment variable</source>
        <translation>Umgebungsvariable löschen</translation>
    </message>
    <message>
        <source>Save environment variables</source>
        <translation>Umgebungsvariablen speichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Create backup schedule</source>
        <translation>Sicherungsplan erstellen</translation>
    </message>
    <message>
        <source>Edit backup schedule</source>
        <translation>Sicherungsplan bearbeiten</translation>
    </message>
    <message>
        <source>Delete backup schedule</source>
        <translation>Sicherungsplan löschen</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>The journal cannot be kept: Qt&apos;s SQLite driver is not installed (on Debian and Ubuntu: libqt6sql6-sqlite).</source>
        <translation>Das Journal kann nicht geführt werden: Der SQLite-Treiber von Qt ist nicht installiert (unter Debian und Ubuntu: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The journal file was damaged and could not be replaced: %1</source>
        <translation>Die Journaldatei war beschädigt und konnte nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>The journal file was damaged; a new journal was started.</source>
        <translation>Die Journaldatei war beschädigt; ein neues Journal wurde begonnen.</translation>
    </message>
    <message>
        <source>The journal file was damaged. It was set aside as %1 and a new journal was started.</source>
        <translation>Die Journaldatei war beschädigt. Sie wurde als %1 beiseitegelegt und ein neues Journal begonnen.</translation>
    </message>
    <message>
        <source>The journal is locked by another program, so the changes of this session are not recorded. Close the other program and restart.</source>
        <translation>Das Journal ist von einem anderen Programm gesperrt, daher werden die Änderungen dieser Sitzung nicht aufgezeichnet. Schließen Sie das andere Programm und starten Sie neu.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Coolify Desktop; this version shows it but records nothing in it.</source>
        <translation>Das Journal wurde von einer neueren Version von Coolify Desktop geschrieben; diese Version zeigt es an, zeichnet aber nichts darin auf.</translation>
    </message>
    <message>
        <source>The journal is locked by another program; a change was not recorded.</source>
        <translation>Das Journal ist von einem anderen Programm gesperrt; eine Änderung wurde nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>A change could not be recorded in the journal: %1</source>
        <translation>Eine Änderung konnte nicht im Journal aufgezeichnet werden: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coolify Desktop</source>
        <translation>Coolify Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Your Coolify instances with their projects, environments, resources, servers and deployments</source>
        <translation>Ihre Coolify-Instanzen mit ihren Projekten, Umgebungen, Ressourcen, Servern und Deployments</translation>
    </message>
    <message>
        <source>No Coolify instance yet</source>
        <translation>Noch keine Coolify-Instanz</translation>
    </message>
    <message>
        <source>&amp;Add Instance…</source>
        <translation>Instanz &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>Instanz hinzufügen</translation>
    </message>
    <message>
        <source>Add an instance with its address and an API token, or look around first on a demo instance built into the app: no server and no token needed.</source>
        <translation>Fügen Sie eine Instanz mit ihrer Adresse und einem API-Token hinzu, oder sehen Sie sich zuerst auf einer in die App eingebauten Demo-Instanz um: kein Server und kein Token nötig.</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Starts a demo Coolify instance inside the app, for this session only</source>
        <translation>Startet eine Demo-Coolify-Instanz in der App, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>&amp;Import from coolify-cli…</source>
        <translation>Aus coolify-cli i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Import from coolify-cli</source>
        <translation>Aus coolify-cli importieren</translation>
    </message>
    <message>
        <source>Adds the instances set up in the official Coolify CLI, moving their tokens to the keychain</source>
        <translation>Fügt die in der offiziellen Coolify-CLI eingerichteten Instanzen hinzu und übernimmt ihre Tokens in den Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the user interface; takes effect on the next start</source>
        <translation>Die Sprache der Benutzeroberfläche; wird beim nächsten Start wirksam</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>&amp;Quiet deployment notifications</source>
        <translation>&amp;Keine Deployment-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Quiet deployment notifications</source>
        <translation>Keine Deployment-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Finished deployments are listed in the app without a desktop notification</source>
        <translation>Abgeschlossene Deployments werden in der App ohne Desktop-Benachrichtigung aufgelistet</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Aktualisierungsintervall in Sekunden</translation>
    </message>
    <message>
        <source>How often each instance is asked for news while nothing is deploying</source>
        <translation>Wie oft jede Instanz nach Neuigkeiten gefragt wird, solange nichts deployt wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While &amp;deploying:</source>
        <translation>Während &amp;Deployments:</translation>
    </message>
    <message>
        <source>Refresh interval while deploying, in seconds</source>
        <translation>Aktualisierungsintervall während Deployments, in Sekunden</translation>
    </message>
    <message>
        <source>How often an instance is asked while a deployment or restart is in progress</source>
        <translation>Wie oft eine Instanz gefragt wird, während ein Deployment oder Neustart läuft</translation>
    </message>
    <message>
        <source>When the window is &amp;hidden:</source>
        <translation>Bei &amp;verborgenem Fenster:</translation>
    </message>
    <message>
        <source>Refresh interval while hidden, in seconds</source>
        <translation>Aktualisierungsintervall bei verborgenem Fenster, in Sekunden</translation>
    </message>
    <message>
        <source>How often each instance is asked while the window is hidden or minimised</source>
        <translation>Wie oft jede Instanz gefragt wird, während das Fenster verborgen oder minimiert ist</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation>Einträge &amp;behalten:</translation>
    </message>
    <message>
        <source>Days the journal keeps its entries</source>
        <translation>Tage, die das Journal seine Einträge behält</translation>
    </message>
    <message>
        <source>Older entries of the journal of changes are deleted; 0 keeps them all</source>
        <translation>Ältere Einträge des Änderungsjournals werden gelöscht; 0 behält alle</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Für immer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the applications, databases, services and deployments of several Coolify instances.</source>
        <translation>Verwalten Sie die Anwendungen, Datenbanken, Dienste und Deployments mehrerer Coolify-Instanzen.</translation>
    </message>
    <message>
        <source>Start a local demo Coolify server and open the app on it.</source>
        <translation>Einen lokalen Coolify-Demoserver starten und die App damit öffnen.</translation>
    </message>
    <message>
        <source>Open on the instance with this name.</source>
        <translation>Mit der Instanz dieses Namens öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Environment Not Used</source>
        <translation>Umgebung nicht verwendet</translation>
    </message>
    <message>
        <source>Sandbox Not Started</source>
        <translation>Sandbox nicht gestartet</translation>
    </message>
    <message>
        <source>Sandbox (root token)</source>
        <translation>Sandbox (root-Token)</translation>
    </message>
    <message>
        <source>Sandbox (read-only token)</source>
        <translation>Sandbox (Nur-Lese-Token)</translation>
    </message>
</context>
</TS>
