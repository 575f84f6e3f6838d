<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BulkPlan</name>
    <message>
        <source>Only applications can be deployed (%1 is not one).</source>
        <translation>Seules les applications peuvent être déployées (%1 n’en est pas une).</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Sélectionnez d’abord une ressource.</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déployer</translation>
    </message>
    <message>
        <source>Redeploy Without Cache</source>
        <translation>Redéployer sans cache</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Each application gets a new deployment of its configured branch; a deployment of the same commit that is already queued or running is not repeated.</source>
        <translation>Chaque application reçoit un nouveau déploiement de sa branche configurée ; un déploiement du même commit déjà en attente ou en cours n’est pas répété.</translation>
    </message>
    <message>
        <source>Each application is rebuilt from scratch without the build cache and deployed; this takes longer than a normal deployment.</source>
        <translation>Chaque application est reconstruite entièrement sans cache de build puis déployée ; c’est plus long qu’un déploiement normal.</translation>
    </message>
    <message>
        <source>Each resource&apos;s containers are restarted; it is briefly unavailable. Applications restart without a new build.</source>
        <translation>Les conteneurs de chaque ressource sont redémarrés ; elle est brièvement indisponible. Les applications redémarrent sans nouveau build.</translation>
    </message>
    <message>
        <source>Each resource&apos;s containers are stopped and removed; it stays unavailable until it is started again.</source>
        <translation>Les conteneurs de chaque ressource sont arrêtés et supprimés ; elle reste indisponible jusqu’à son prochain démarrage.</translation>
    </message>
    <message>
        <source>Each resource is started; applications start with a new deployment.</source>
        <translation>Chaque ressource est démarrée ; les applications démarrent avec un nouveau déploiement.</translation>
    </message>
    <message>
        <source>No application carries the tag “%1”.</source>
        <translation>Aucune application ne porte l’étiquette « %1 ».</translation>
    </message>
</context>
<context>
    <name>CliConfig</name>
    <message>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <source>Its token is not text.</source>
        <translation>Son jeton n’est pas du texte.</translation>
    </message>
    <message>
        <source>No token is set for it in the CLI.</source>
        <translation>Aucun jeton n’est défini pour elle dans la CLI.</translation>
    </message>
    <message>
        <source>The CLI&apos;s example entry (its token is the placeholder “root”).</source>
        <translation>L’entrée d’exemple de la CLI (son jeton est l’espace réservé «&#xa0;root&#xa0;»).</translation>
    </message>
    <message>
        <source>No address is set for it.</source>
        <translation>Aucune adresse n’est définie pour elle.</translation>
    </message>
    <message>
        <source>The home directory is not known, so coolify-cli&apos;s configuration cannot be found.</source>
        <translation>Le dossier personnel est inconnu, la configuration de coolify-cli est donc introuvable.</translation>
    </message>
    <message>
        <source>coolify-cli&apos;s configuration was not found in %1.</source>
        <translation>La configuration de coolify-cli est introuvable dans %1.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 bytes) to be coolify-cli&apos;s configuration.</source>
        <translation>%1 est trop volumineux (%2&#xa0;octets) pour être la configuration de coolify-cli.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file is too large to be coolify-cli&apos;s configuration.</source>
        <translation>Le fichier est trop volumineux pour être la configuration de coolify-cli.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>Le fichier n’est pas du JSON valide (%1 à l’octet %2).</translation>
    </message>
    <message>
        <source>The file does not hold coolify-cli&apos;s settings (no JSON object).</source>
        <translation>Le fichier ne contient pas les réglages de coolify-cli (pas d’objet JSON).</translation>
    </message>
    <message>
        <source>The file&apos;s “instances” is not a list.</source>
        <translation>«&#xa0;instances&#xa0;» n’est pas une liste dans ce fichier.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::ApiError</name>
    <message>
        <source>This field is not accepted here.</source>
        <translation>Ce champ n&apos;est pas accepté ici.</translation>
    </message>
    <message>
        <source>No error</source>
        <translation>Aucune erreur</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation>Valeurs non valides</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Limite de requêtes atteinte</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Erreur du serveur</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Réponse inattendue</translation>
    </message>
    <message>
        <source>Not an API answer</source>
        <translation>Pas une réponse de l&apos;API</translation>
    </message>
    <message>
        <source>Damaged answer</source>
        <translation>Réponse endommagée</translation>
    </message>
    <message>
        <source>Unexpected data</source>
        <translation>Données inattendues</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Réponse trop volumineuse</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Délai dépassé</translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Hôte introuvable</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>Connexion interrompue</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirection refusée</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Erreur réseau</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation>Le serveur a répondu&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The API token was not accepted (%1). It may be wrong, revoked or expired: create a new one in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation>Le jeton d&apos;API n&apos;a pas été accepté (%1). Il est peut-être erroné, révoqué ou expiré&#xa0;: créez-en un nouveau dans Coolify sous Keys &amp; Tokens → API tokens.</translation>
    </message>
    <message>
        <source>The API token lacks the “%1” permission needed for this. Create a token with “%1” in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation>Le jeton d&apos;API n&apos;a pas la permission «&#xa0;%1&#xa0;» nécessaire pour cela. Créez un jeton avec «&#xa0;%1&#xa0;» dans Coolify sous Keys &amp; Tokens → API tokens.</translation>
    </message>
    <message>
        <source>The API is disabled on this Coolify instance (it is off by default). An administrator can enable it in Coolify under Settings → Advanced → API.</source>
        <translation>L&apos;API est désactivée sur cette instance Coolify (elle l&apos;est par défaut). Un administrateur peut l&apos;activer dans Coolify sous Settings → Advanced → API.</translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the instance&apos;s API allow-list (Settings → Advanced → Allowed IPs).</source>
        <translation>L&apos;adresse IP de cet ordinateur ne figure pas dans la liste des adresses autorisées de l&apos;API de l&apos;instance (Settings → Advanced → Allowed IPs).</translation>
    </message>
    <message>
        <source>The token&apos;s owner is not an admin or owner of its team, so the token may only read. Ask a team admin, or use a read-only token.</source>
        <translation>Le propriétaire du jeton n&apos;est ni administrateur ni propriétaire de son équipe&#xa0;: le jeton ne peut donc que lire. Adressez-vous à un administrateur de l&apos;équipe ou utilisez un jeton en lecture seule.</translation>
    </message>
    <message>
        <source>Coolify does not allow this action for this token&apos;s team.</source>
        <translation>Coolify n&apos;autorise pas cette action pour l&apos;équipe de ce jeton.</translation>
    </message>
    <message>
        <source>Coolify refused the request (403).</source>
        <translation>Coolify a refusé la requête (403).</translation>
    </message>
    <message>
        <source>The server answered “404 Not Found” with a web page. Check that the address points at a Coolify instance.</source>
        <translation>Le serveur a répondu «&#xa0;404 Not Found&#xa0;» avec une page web. Vérifiez que l&apos;adresse pointe vers une instance Coolify.</translation>
    </message>
    <message>
        <source>Not found on the server (404): it may have been deleted or belong to another team.</source>
        <translation>Introuvable sur le serveur (404)&#xa0;: l&apos;élément a peut-être été supprimé ou appartient à une autre équipe.</translation>
    </message>
    <message>
        <source>The server does not accept this request method here (405).</source>
        <translation>Le serveur n&apos;accepte pas cette méthode de requête ici (405).</translation>
    </message>
    <message>
        <source>The change conflicts with existing resources (409).</source>
        <translation>La modification entre en conflit avec des ressources existantes (409).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server rejected some values (422).</source>
        <translation>Le serveur a rejeté certaines valeurs (422).</translation>
    </message>
    <message>
        <source>The server rejected some values (422): %1</source>
        <translation>Le serveur a rejeté certaines valeurs (422)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected the request (400): %1</source>
        <translation>Le serveur a rejeté la requête (400)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server rejected the request (400).</source>
        <translation>Le serveur a rejeté la requête (400).</translation>
    </message>
    <message numerus="yes">
        <source>The deployment queue is full; try again in %n second(s).</source>
        <translation>
            <numerusform>La file d&apos;attente des déploiements est pleine&#xa0;; réessayez dans %n seconde.</numerusform>
            <numerusform>La file d&apos;attente des déploiements est pleine&#xa0;; réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment queue is full; try again when running deployments finish.</source>
        <translation>La file d&apos;attente des déploiements est pleine&#xa0;; réessayez lorsque les déploiements en cours seront terminés.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to this instance; it asks to wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes vers cette instance&#xa0;; elle demande d&apos;attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes vers cette instance&#xa0;; elle demande d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to this instance; please wait a minute.</source>
        <translation>Trop de requêtes vers cette instance&#xa0;; veuillez patienter une minute.</translation>
    </message>
    <message>
        <source>The server or a proxy in front of it is unavailable (%1). Try again in a moment.</source>
        <translation>Le serveur ou un proxy placé devant lui est indisponible (%1). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1).</source>
        <translation>Le serveur a échoué avec une erreur interne (%1).</translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation>Le serveur a répondu avec un statut inattendu %1.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. Check that the address points at a Coolify instance and not at a login page or proxy.</source>
        <translation>Le serveur a répondu avec une page web au lieu de données de l&apos;API. Vérifiez que l&apos;adresse pointe vers une instance Coolify et non vers une page de connexion ou un proxy.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off or damaged (%1).</source>
        <translation>La réponse du serveur a été tronquée ou endommagée (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has data this app does not understand (%1). Is this a supported Coolify version?</source>
        <translation>La réponse du serveur contient des données que cette application ne comprend pas (%1). S&apos;agit-il d&apos;une version de Coolify prise en charge&#xa0;?</translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or unreachable.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Il est peut-être surchargé ou injoignable.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted, so the connection was not made (%1). Fix the certificate or use an address whose certificate is valid.</source>
        <translation>Le certificat TLS du serveur n&apos;est pas approuvé&#xa0;: la connexion n&apos;a donc pas été établie (%1). Corrigez le certificat ou utilisez une adresse dont le certificat est valide.</translation>
    </message>
    <message>
        <source>The connection was refused: nothing is listening at that address and port.</source>
        <translation>La connexion a été refusée&#xa0;: rien n&apos;écoute à cette adresse et sur ce port.</translation>
    </message>
    <message>
        <source>The host name could not be found. Check the address and your network.</source>
        <translation>Le nom d&apos;hôte est introuvable. Vérifiez l&apos;adresse et votre réseau.</translation>
    </message>
    <message>
        <source>The server closed the connection before the whole answer arrived.</source>
        <translation>Le serveur a fermé la connexion avant que la réponse complète n&apos;arrive.</translation>
    </message>
    <message>
        <source>The server redirected to another address (%1). The token is not sent there; enter the final address of the instance instead.</source>
        <translation>Le serveur a redirigé vers une autre adresse (%1). Le jeton n&apos;y est pas envoyé&#xa0;; saisissez plutôt l&apos;adresse finale de l&apos;instance.</translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation>Une erreur réseau s&apos;est produite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>it ends after %n byte(s) in the middle of the data</source>
        <translation>
            <numerusform>elle s&apos;arrête après %n octet au milieu des données</numerusform>
            <numerusform>elle s&apos;arrête après %n octets au milieu des données</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 à l&apos;octet %2</translation>
    </message>
    <message>
        <source>unexpected JSON structure</source>
        <translation>structure JSON inattendue</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Trop de redirections</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was not read: %1.</source>
        <translation>La réponse du serveur était trop volumineuse et n’a pas été lue : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The server kept sending its answer but did not finish within %n second(s), so the request was stopped. The server or the network is very slow.</source>
        <translation>
            <numerusform>Le serveur envoyait sa réponse mais ne l’a pas terminée en %n seconde ; la requête a été arrêtée. Le serveur ou le réseau est très lent.</numerusform>
            <numerusform>Le serveur envoyait sa réponse mais ne l’a pas terminée en %n secondes ; la requête a été arrêtée. Le serveur ou le réseau est très lent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server kept redirecting the request (more than 10 times), probably in a loop. Check the instance&apos;s proxy configuration, or enter its final address.</source>
        <translation>Le serveur a redirigé la requête sans fin (plus de 10 fois), sans doute en boucle. Vérifiez la configuration du proxy de l’instance, ou saisissez son adresse finale.</translation>
    </message>
    <message>
        <source>it is larger than %1</source>
        <translation>elle dépasse %1</translation>
    </message>
    <message>
        <source>it is compressed and would unpack to far more data than any API answer (a compression bomb)</source>
        <translation>elle est compressée et se décompresserait en bien plus de données qu’aucune réponse d’API (une bombe de décompression)</translation>
    </message>
    <message>
        <source>The server presented a different certificate than the one you trusted for this instance (now SHA-256 %1). The connection was refused: someone may be intercepting it. If the certificate was renewed on purpose, check the new fingerprint with the server&apos;s administrator and trust it again.</source>
        <translation>Le serveur a présenté un certificat différent de celui auquel vous faites confiance pour cette instance (désormais SHA-256 %1). La connexion a été refusée : quelqu’un l’intercepte peut-être. Si le certificat a été renouvelé volontairement, vérifiez la nouvelle empreinte auprès de l’administrateur du serveur et faites-lui confiance à nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted (%1). If this instance uses a self-signed or internal certificate, compare its fingerprint with the server&apos;s and trust exactly that certificate in the instance settings.</source>
        <translation>Le certificat TLS du serveur n’est pas reconnu (%1). Si cette instance utilise un certificat auto-signé ou interne, comparez son empreinte avec celle du serveur et faites confiance à exactement ce certificat dans les réglages de l’instance.</translation>
    </message>
    <message>
        <source>The server answered this change with a redirect (to %1) that would repeat it as a different request, so it was not repeated. A proxy in front of Coolify may be rewriting API requests; check its configuration.</source>
        <translation>Le serveur a répondu à cette modification par une redirection (vers %1) qui la répéterait sous la forme d’une autre requête ; elle n’a donc pas été répétée. Un proxy devant Coolify réécrit peut-être les requêtes d’API ; vérifiez sa configuration.</translation>
    </message>
    <message numerus="yes">
        <source>The server stopped in the middle of its answer: nothing more came for %n second(s). It may be overloaded or the connection unreliable.</source>
        <translation>
            <numerusform>Le serveur s’est arrêté au milieu de sa réponse : plus rien n’est venu pendant %n seconde. Il est peut-être surchargé ou la connexion instable.</numerusform>
            <numerusform>Le serveur s’est arrêté au milieu de sa réponse : plus rien n’est venu pendant %n secondes. Il est peut-être surchargé ou la connexion instable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). It may be overloaded or unreachable.</source>
        <translation>
            <numerusform>Le serveur n’a pas répondu en %n seconde. Il est peut-être surchargé ou injoignable.</numerusform>
            <numerusform>Le serveur n’a pas répondu en %n secondes. Il est peut-être surchargé ou injoignable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Api::BaseUrl</name>
    <message>
        <source>Enter the address of your Coolify instance, e.g. https://coolify.example.com.</source>
        <translation>Saisissez l&apos;adresse de votre instance Coolify, par ex. https://coolify.example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse valide&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation>Seules les adresses http:// et https:// sont prises en charge, pas %1://.</translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» ne contient pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use an API token instead.</source>
        <translation>N&apos;indiquez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse&#xa0;; utilisez plutôt un jeton d&apos;API.</translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts.</source>
        <translation>L&apos;adresse ne doit pas contenir de partie «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;».</translation>
    </message>
    <message>
        <source>The address “%1” contains a space or an invisible character; type it again without them.</source>
        <translation>L’adresse « %1 » contient une espace ou un caractère invisible ; saisissez-la de nouveau sans eux.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::CertificateInfo</name>
    <message>
        <source>Issued to: %1
Issued by: %2
Valid: %3 to %4
SHA-256: %5</source>
        <translation>Délivré à : %1
Délivré par : %2
Valide : du %3 au %4
SHA-256 : %5</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::ConnectionTester</name>
    <message>
        <source>Coolify answers at this address</source>
        <translation>Coolify répond à cette adresse</translation>
    </message>
    <message>
        <source>API enabled and token accepted</source>
        <translation>API activée et jeton accepté</translation>
    </message>
    <message>
        <source>Data can be read</source>
        <translation>Les données peuvent être lues</translation>
    </message>
    <message>
        <source>Token permissions</source>
        <translation>Permissions du jeton</translation>
    </message>
    <message>
        <source>No Coolify API at this address: %1 answered “%2” (HTTP %3). Check the address.</source>
        <translation>Aucune API Coolify à cette adresse&#xa0;: %1 a répondu «&#xa0;%2&#xa0;» (HTTP %3). Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Something answers at this address, but it is not Coolify: %1 did not answer “OK”.</source>
        <translation>Quelque chose répond à cette adresse, mais ce n&apos;est pas Coolify&#xa0;: %1 n&apos;a pas répondu «&#xa0;OK&#xa0;».</translation>
    </message>
    <message>
        <source>%1 answered OK.</source>
        <translation>%1 a répondu OK.</translation>
    </message>
    <message>
        <source>Enter an API token to test it.</source>
        <translation>Saisissez un jeton d&apos;API pour le tester.</translation>
    </message>
    <message>
        <source>The token was accepted, but /api/v1/version answered “%1” instead of a version number.</source>
        <translation>Le jeton a été accepté, mais /api/v1/version a répondu «&#xa0;%1&#xa0;» au lieu d&apos;un numéro de version.</translation>
    </message>
    <message>
        <source>Coolify %1 is older than version 4, which this app needs.</source>
        <translation>Coolify %1 est antérieur à la version 4, requise par cette application.</translation>
    </message>
    <message>
        <source>Coolify %1.</source>
        <translation>Coolify %1.</translation>
    </message>
    <message>
        <source>The list of projects is not a list. Is this Coolify 4?</source>
        <translation>La liste des projets n&apos;est pas une liste. S&apos;agit-il de Coolify 4&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) visible to this token&apos;s team.</source>
        <translation>
            <numerusform>%n projet visible pour l&apos;équipe de ce jeton.</numerusform>
            <numerusform>%n projets visibles pour l&apos;équipe de ce jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Can: %1.</source>
        <translation>Peut&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cannot: %1.</source>
        <translation>Ne peut pas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Not determined: %1.</source>
        <translation>Non déterminé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Connected to Coolify %1. %2</source>
        <translation>Connecté à Coolify %1. %2</translation>
    </message>
    <message>
        <source>This address does not speak https: the server at %1 answers plain http. Use %2 instead (the token then travels unencrypted), or put TLS in front of Coolify.</source>
        <translation>Cette adresse ne parle pas https : le serveur à %1 répond en http simple. Utilisez plutôt %2 (le jeton circule alors en clair), ou placez TLS devant Coolify.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::Token</name>
    <message>
        <source>The token contains a line break or another control character. Copy it again from Coolify as one line.</source>
        <translation>Le jeton contient un saut de ligne ou un autre caractère de contrôle. Copiez-le à nouveau depuis Coolify sur une seule ligne.</translation>
    </message>
</context>
<context>
    <name>Coolify::Api::TokenAbilities</name>
    <message>
        <source>The token lacks the “%1” permission.</source>
        <translation>Le jeton n&apos;a pas la permission «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BackupFollow</name>
    <message>
        <source>Backup of %1 finished: %2.</source>
        <translation>Sauvegarde de %1 terminée&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Backup of %1 failed: %2</source>
        <translation>Échec de la sauvegarde de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Coolify recorded no backup of %1 within two minutes. It records nothing when the database is not running.</source>
        <translation>Coolify n’a enregistré aucune sauvegarde de %1 en deux minutes. Il n’enregistre rien quand la base ne tourne pas.</translation>
    </message>
    <message>
        <source>The backup of %1 did not finish within two hours; look at it in Coolify.</source>
        <translation>La sauvegarde de %1 ne s’est pas terminée en deux heures&#xa0;; consultez-la dans Coolify.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BackupRunner</name>
    <message>
        <source>The instance of %1 is no longer configured.</source>
        <translation>L&apos;instance de %1 n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2.</source>
        <translation>Impossible de sauvegarder %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has no enabled backup schedule.</source>
        <translation>%1 n&apos;a aucune planification de sauvegarde active.</translation>
    </message>
    <message>
        <source>%1 is not running: Coolify records no backup of a stopped database.</source>
        <translation>%1 n&apos;est pas démarrée&#xa0;: Coolify n&apos;enregistre aucune sauvegarde d&apos;une base arrêtée.</translation>
    </message>
    <message>
        <source>Backup of %1 started.</source>
        <translation>Sauvegarde de %1 lancée.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: %2</source>
        <translation>La sauvegarde de %1 n&apos;a pas été lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>A backup of %1 is already running.</source>
        <translation>Une sauvegarde de %1 est déjà en cours.</translation>
    </message>
    <message>
        <source>the instance is no longer configured</source>
        <translation>l’instance n’est plus configurée</translation>
    </message>
    <message>
        <source>The backup schedule of %1 is gone.</source>
        <translation>Le planning de sauvegarde de %1 n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BackupScheduleEditor</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Cette instance n’est plus configurée.</translation>
    </message>
    <message>
        <source>Cannot change backup schedules: %1.</source>
        <translation>Impossible de modifier les plannings de sauvegarde&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Coolify does not make scheduled backups of %1 databases.</source>
        <translation>Coolify ne fait pas de sauvegardes planifiées des bases %1.</translation>
    </message>
    <message>
        <source>Separate databases with |; leave out collections with db:coll1,coll2. Empty backs up every database.</source>
        <translation>Séparez les bases par |&#xa0;; excluez des collections avec db:coll1,coll2. Vide sauvegarde toutes les bases.</translation>
    </message>
    <message>
        <source>Separate databases with commas. Empty backs up the database Coolify created.</source>
        <translation>Séparez les bases par des virgules. Vide sauvegarde la base créée par Coolify.</translation>
    </message>
    <message>
        <source>The S3 storages could not be loaded: %1</source>
        <translation>Les stockages S3 n’ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name the databases to back up: Coolify fills in the default only when a schedule is created.</source>
        <translation>Indiquez les bases à sauvegarder&#xa0;: Coolify ne met la valeur par défaut qu’à la création d’un planning.</translation>
    </message>
    <message>
        <source>The timeout must be between %1 and %2 seconds.</source>
        <translation>Le délai doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>Choose the S3 storage to upload to.</source>
        <translation>Choisissez le stockage S3 de destination.</translation>
    </message>
    <message>
        <source>Use 0 for no limit; it cannot be negative.</source>
        <translation>0 signifie aucune limite&#xa0;; une valeur négative est impossible.</translation>
    </message>
    <message>
        <source>%1 or this schedule no longer exists: %2</source>
        <translation>%1 ou ce planning n’existe plus&#xa0;: %2</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Le planning n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup schedule for %1 created.</source>
        <translation>Planning de sauvegarde de %1 créé.</translation>
    </message>
    <message>
        <source>Backup schedule for %1 saved.</source>
        <translation>Planning de sauvegarde de %1 enregistré.</translation>
    </message>
    <message>
        <source>%1 A backup is starting.</source>
        <translation>%1 Une sauvegarde démarre.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::BulkRun</name>
    <message>
        <source>Not sent: the run was cancelled.</source>
        <translation>Non envoyé : l’exécution a été annulée.</translation>
    </message>
    <message>
        <source>The instance is no longer configured.</source>
        <translation>L’instance n’est plus configurée.</translation>
    </message>
    <message>
        <source>Coolify found none of them (deleted, or another team&apos;s). The server said: “%1”</source>
        <translation>Coolify n’en a trouvé aucune (supprimées ou d’une autre équipe). Le serveur a répondu : « %1 »</translation>
    </message>
    <message>
        <source>a deployment of this commit is already queued or running</source>
        <translation>un déploiement de ce commit est déjà en attente ou en cours</translation>
    </message>
    <message>
        <source>Coolify skipped it without a word (deleted, or another team&apos;s).</source>
        <translation>Coolify l’a ignorée sans explication (supprimée ou d’une autre équipe).</translation>
    </message>
    <message>
        <source>Not sent again: the run was cancelled.</source>
        <translation>Non renvoyé : l’exécution a été annulée.</translation>
    </message>
    <message>
        <source>%1 kept answering “too many requests” after %2 attempts.</source>
        <translation>%1 répond toujours « trop de requêtes » après %2 tentatives.</translation>
    </message>
    <message numerus="yes">
        <source>the deployment queue is full; sending again in %n s</source>
        <translation>
            <numerusform>la file de déploiement est pleine ; nouvel envoi dans %n s</numerusform>
            <numerusform>la file de déploiement est pleine ; nouvel envoi dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the rate limit is reached; sending again in %n s</source>
        <translation>
            <numerusform>la limite de requêtes est atteinte ; nouvel envoi dans %n s</numerusform>
            <numerusform>la limite de requêtes est atteinte ; nouvel envoi dans %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deployment(s) started</source>
        <translation>
            <numerusform>%n déploiement lancé</numerusform>
            <numerusform>%n déploiements lancés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already queued</source>
        <translation>
            <numerusform>%n déjà en attente</numerusform>
            <numerusform>%n déjà en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n started without a deployment</source>
        <translation>
            <numerusform>%n démarrée sans déploiement</numerusform>
            <numerusform>%n démarrées sans déploiement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s) requested</source>
        <translation>
            <numerusform>%n redémarrage demandé</numerusform>
            <numerusform>%n redémarrages demandés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stop(s) requested</source>
        <translation>
            <numerusform>%n arrêt demandé</numerusform>
            <numerusform>%n arrêts demandés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n start(s) requested</source>
        <translation>
            <numerusform>%n démarrage demandé</numerusform>
            <numerusform>%n démarrages demandés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n en cours</numerusform>
            <numerusform>%n en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting to be sent again</source>
        <translation>
            <numerusform>%n en attente de renvoi</numerusform>
            <numerusform>%n en attente de renvoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled before sending</source>
        <translation>
            <numerusform>%n annulée avant envoi</numerusform>
            <numerusform>%n annulées avant envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorée</numerusform>
            <numerusform>%n ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
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
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Not deployed by the tag: it no longer carries “%1”.</source>
        <translation>Non déployée par l’étiquette : elle ne porte plus « %1 ».</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::CliImport</name>
    <message>
        <source>Cancelled before the connection was tested.</source>
        <translation>Annulé avant que la connexion soit testée.</translation>
    </message>
    <message>
        <source>To trust this certificate, add the instance with Add Instance… and review it there.</source>
        <translation>Pour faire confiance à ce certificat, ajoutez l’instance avec «&#xa0;Ajouter une instance…&#xa0;» et examinez-le là.</translation>
    </message>
    <message>
        <source>Token saved in the keychain.</source>
        <translation>Jeton enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>No instance was imported.</source>
        <translation>Aucune instance n’a été importée.</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) imported.</source>
        <translation>
            <numerusform>%n instance importée.</numerusform>
            <numerusform>%n instances importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) imported, %1 not: see the rows marked “Not imported”.</source>
        <translation>
            <numerusform>%n instance importée, %1 non&#xa0;: voir les lignes «&#xa0;Non importée&#xa0;».</numerusform>
            <numerusform>%n instances importées, %1 non&#xa0;: voir les lignes «&#xa0;Non importée&#xa0;».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::CreateTargets</name>
    <message>
        <source>The projects could not be loaded. %1</source>
        <translation>Impossible de charger les projets. %1</translation>
    </message>
    <message>
        <source>The servers could not be loaded. %1</source>
        <translation>Impossible de charger les serveurs. %1</translation>
    </message>
    <message>
        <source>The environments of this project could not be loaded. %1</source>
        <translation>Impossible de charger les environnements de ce projet. %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DatabaseBackups</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Cette instance n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>%1 no longer exists on this instance.</source>
        <translation>%1 n&apos;existe plus sur cette instance.</translation>
    </message>
    <message>
        <source>The backups could not be loaded: %1</source>
        <translation>Les sauvegardes n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>No database selected.</source>
        <translation>Aucune base de données sélectionnée.</translation>
    </message>
    <message>
        <source>Coolify does not make scheduled backups of %1 databases.</source>
        <translation>Coolify ne fait pas de sauvegardes planifiées des bases %1.</translation>
    </message>
    <message>
        <source>A backup of %1 is running.</source>
        <translation>Une sauvegarde de %1 est en cours.</translation>
    </message>
    <message>
        <source>Cannot back up: %1.</source>
        <translation>Sauvegarde impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is no backup schedule to run.</source>
        <translation>Il n&apos;y a aucune planification de sauvegarde à lancer.</translation>
    </message>
    <message>
        <source>%1 is not running: Coolify records no backup of a stopped database.</source>
        <translation>%1 n&apos;est pas démarrée&#xa0;: Coolify n&apos;enregistre aucune sauvegarde d&apos;une base arrêtée.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: %2</source>
        <translation>La sauvegarde de %1 n&apos;a pas été lancée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Backup of %1 started.</source>
        <translation>Sauvegarde de %1 lancée.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 is gone.</source>
        <translation>La planification de sauvegarde de %1 n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Cannot delete: %1.</source>
        <translation>Suppression impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Select a backup to delete.</source>
        <translation>Sélectionnez une sauvegarde à supprimer.</translation>
    </message>
    <message>
        <source>This backup is still running.</source>
        <translation>Cette sauvegarde est encore en cours.</translation>
    </message>
    <message>
        <source>Another change is being sent.</source>
        <translation>Une autre modification est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation>Sauvegarde %1 supprimée.</translation>
    </message>
    <message>
        <source>Backup %1 was not deleted: %2</source>
        <translation>La sauvegarde %1 n&apos;a pas été supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has no backup schedule: it has never been backed up by Coolify. Add a schedule to have it backed up.</source>
        <translation>%1 n’a pas de planning de sauvegarde&#xa0;: Coolify ne l’a jamais sauvegardée. Ajoutez un planning pour la sauvegarder.</translation>
    </message>
    <message>
        <source>Select a schedule to delete.</source>
        <translation>Sélectionnez un planning à supprimer.</translation>
    </message>
    <message>
        <source>Wait until the backup or change in progress ends.</source>
        <translation>Attendez la fin de la sauvegarde ou de la modification en cours.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 and its backups were deleted.</source>
        <translation>Le planning de sauvegarde de %1 et ses sauvegardes ont été supprimés.</translation>
    </message>
    <message>
        <source>The backup schedule of %1 was not deleted: %2</source>
        <translation>Le planning de sauvegarde de %1 n’a pas été supprimé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeployController</name>
    <message>
        <source>1 deployment queued</source>
        <translation>1 déploiement en file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 deployments queued</source>
        <translation>%1 déploiements en file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 already queued for the same commit</source>
        <translation>%1 déjà en file d&apos;attente pour le même commit</translation>
    </message>
    <message>
        <source>%1 started without a deployment</source>
        <translation>%1 démarré(s) sans déploiement</translation>
    </message>
    <message>
        <source>%1 not deployed</source>
        <translation>%1 non déployé(s)</translation>
    </message>
    <message>
        <source>Nothing was deployed.</source>
        <translation>Rien n&apos;a été déployé.</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1: deployment queued (%2).</source>
        <translation>%1&#xa0;: déploiement en file d&apos;attente (%2).</translation>
    </message>
    <message>
        <source>%1: a deployment of this commit is already queued or running, so no new one was started (use Redeploy Without Cache to force a rebuild).</source>
        <translation>%1&#xa0;: un déploiement de ce commit est déjà en file d&apos;attente ou en cours, aucun nouveau n&apos;a donc été lancé (utilisez «&#xa0;Redéployer sans cache&#xa0;» pour forcer une reconstruction).</translation>
    </message>
    <message>
        <source>%1: started; services and databases have no deployment to follow. The server said: “%2”</source>
        <translation>%1&#xa0;: démarré&#xa0;; les services et les bases de données n&apos;ont pas de déploiement à suivre. Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not deployed. The server said: “%2”</source>
        <translation>%1&#xa0;: non déployé. Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: nothing deployed; the server found none of the resources (they may have been deleted or belong to another team). The server said: “%2”</source>
        <translation>%1&#xa0;: rien n&apos;a été déployé&#xa0;; le serveur n&apos;a trouvé aucune des ressources (elles ont peut-être été supprimées ou appartiennent à une autre équipe). Le serveur a répondu&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1: not deployed, the server&apos;s deployment queue is full; try again in %2 s.</source>
        <translation>%1&#xa0;: non déployé, la file d&apos;attente des déploiements du serveur est pleine&#xa0;; réessayez dans %2 s.</translation>
    </message>
    <message>
        <source>%1: not deployed, the server&apos;s deployment queue is full; try again when running deployments finish.</source>
        <translation>%1&#xa0;: non déployé, la file d&apos;attente des déploiements du serveur est pleine&#xa0;; réessayez lorsque les déploiements en cours seront terminés.</translation>
    </message>
    <message>
        <source>%1: not deployed; the API token lacks the “deploy” permission. Create a token with “deploy” in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation>%1&#xa0;: non déployé&#xa0;; le jeton d&apos;API n&apos;a pas la permission «&#xa0;deploy&#xa0;». Créez un jeton avec «&#xa0;deploy&#xa0;» dans Coolify sous Keys &amp; Tokens → API tokens.</translation>
    </message>
    <message>
        <source>%1: not deployed. %2</source>
        <translation>%1&#xa0;: non déployé. %2</translation>
    </message>
    <message>
        <source>The instance is no longer configured.</source>
        <translation>L&apos;instance n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>tag %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeploymentCanceller</name>
    <message>
        <source>Deployment cancelled.</source>
        <translation>Déploiement annulé.</translation>
    </message>
    <message>
        <source>The deployment cannot be cancelled: %1</source>
        <translation>Le déploiement ne peut pas être annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The deployment cannot be cancelled any more: its status is already &quot;%1&quot;.</source>
        <translation>Le déploiement ne peut plus être annulé&#xa0;: son statut est déjà «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This token may not cancel deployments: it lacks the &quot;%1&quot; ability.</source>
        <translation>Ce jeton ne peut pas annuler de déploiements&#xa0;: il n&apos;a pas la permission «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>You do not have permission to cancel this deployment (it does not run on one of your team&apos;s servers). The server said: %1</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation d&apos;annuler ce déploiement (il ne s&apos;exécute pas sur l&apos;un des serveurs de votre équipe). Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The deployment no longer exists on the server, so it cannot be cancelled.</source>
        <translation>Le déploiement n&apos;existe plus sur le serveur&#xa0;: il ne peut donc pas être annulé.</translation>
    </message>
    <message>
        <source>Could not cancel the deployment: %1</source>
        <translation>Impossible d&apos;annuler le déploiement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::DeploymentHistory</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Cette instance n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;historique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Docker Compose applications cannot be rolled back: Coolify names their images per service and keeps no list of them.</source>
        <translation>Les applications Docker Compose ne peuvent pas être restaurées&#xa0;: Coolify nomme leurs images par service et n&apos;en tient aucune liste.</translation>
    </message>
    <message>
        <source>This application runs the registry image %1: a rollback would deploy that same tag again. To go back, set an older tag in its settings and deploy.</source>
        <translation>Cette application exécute l&apos;image de registre %1&#xa0;: une restauration redéploierait le même tag. Pour revenir en arrière, indiquez un tag plus ancien dans ses paramètres et déployez.</translation>
    </message>
    <message>
        <source>Reading the images kept on the server…</source>
        <translation>Lecture des images conservées sur le serveur…</translation>
    </message>
    <message>
        <source>The kept images could not be read: %1</source>
        <translation>Les images conservées n&apos;ont pas pu être lues&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server is not reachable, so Coolify cannot list the images it keeps. Rollback is possible again once the server is back.</source>
        <translation>Le serveur est injoignable, Coolify ne peut donc pas lister les images conservées. La restauration redeviendra possible quand le serveur sera de retour.</translation>
    </message>
    <message>
        <source>The server lists no kept images. Coolify answers this way when it cannot reach the server over SSH, and when image retention is off (docker_images_to_keep is 0).</source>
        <translation>Le serveur n&apos;indique aucune image conservée. Coolify répond ainsi quand il ne joint pas le serveur en SSH, et quand la conservation des images est désactivée (docker_images_to_keep vaut 0).</translation>
    </message>
    <message>
        <source>This application is built from a Dockerfile kept in Coolify and always runs the tag latest: there is no older image to roll back to.</source>
        <translation>Cette application est construite depuis un Dockerfile enregistré dans Coolify et exécute toujours le tag latest&#xa0;: il n&apos;y a pas d&apos;image plus ancienne à restaurer.</translation>
    </message>
    <message>
        <source>The running image could not be told by its tag.</source>
        <translation>L&apos;image en cours n&apos;a pas pu être identifiée par son tag.</translation>
    </message>
    <message>
        <source>Running %1.</source>
        <translation>En cours&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No older image is kept on the server.</source>
        <translation>Aucune image plus ancienne n&apos;est conservée sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n older image(s) kept on the server: pick one and choose Roll Back.</source>
        <translation>
            <numerusform>%n image plus ancienne conservée sur le serveur&#xa0;: choisissez-la puis Restaurer.</numerusform>
            <numerusform>%n images plus anciennes conservées sur le serveur&#xa0;: choisissez-en une puis Restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The running image is not the last successful build (%1).</source>
        <translation>L&apos;image en cours n&apos;est pas la dernière construction réussie (%1).</translation>
    </message>
    <message>
        <source>No application is selected.</source>
        <translation>Aucune application n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>A rollback is being sent.</source>
        <translation>Une restauration est en cours d&apos;envoi.</translation>
    </message>
    <message>
        <source>Cannot roll back: %1.</source>
        <translation>Restauration impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A deployment of this application is queued or running; roll back when it has ended.</source>
        <translation>Un déploiement de cette application est en attente ou en cours&#xa0;; restaurez quand il sera terminé.</translation>
    </message>
    <message>
        <source>Select a deployment whose image is kept.</source>
        <translation>Sélectionnez un déploiement dont l&apos;image est conservée.</translation>
    </message>
    <message>
        <source>This image is running now.</source>
        <translation>Cette image est en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Build images, previews and &quot;latest&quot; are no rollback targets.</source>
        <translation>Les images de construction, les aperçus et «&#xa0;latest&#xa0;» ne sont pas des cibles de restauration.</translation>
    </message>
    <message>
        <source>The server keeps no image of %1.</source>
        <translation>Le serveur ne conserve aucune image de %1.</translation>
    </message>
    <message>
        <source>The server accepted the rollback of %1 but named no deployment to follow.</source>
        <translation>Le serveur a accepté la restauration de %1 mais n&apos;a indiqué aucun déploiement à suivre.</translation>
    </message>
    <message>
        <source>Rollback of %1 to %2 queued.</source>
        <translation>Restauration de %1 vers %2 mise en file.</translation>
    </message>
    <message>
        <source>The deployment queue of the server is full: %1 was not rolled back. Try again when running deployments have finished.</source>
        <translation>La file de déploiement du serveur est pleine&#xa0;: %1 n&apos;a pas été restaurée. Réessayez quand les déploiements en cours seront terminés.</translation>
    </message>
    <message>
        <source>%1 no longer exists on this instance.</source>
        <translation>%1 n&apos;existe plus sur cette instance.</translation>
    </message>
    <message>
        <source>The server refused to roll back to %1: %2</source>
        <translation>Le serveur a refusé la restauration vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot roll back %1: the token lacks the deploy ability.</source>
        <translation>Impossible de restaurer %1&#xa0;: le jeton n&apos;a pas le droit deploy.</translation>
    </message>
    <message>
        <source>Rollback of %1 failed: %2</source>
        <translation>La restauration de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Coolify cannot roll back Docker Compose applications.</source>
        <translation>Coolify ne peut pas restaurer les applications Docker Compose.</translation>
    </message>
    <message>
        <source>A Docker-image application always runs its configured tag: set an older tag in its settings instead.</source>
        <translation>Une application à image Docker exécute toujours le tag configuré&#xa0;: indiquez plutôt un tag plus ancien dans ses paramètres.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::EnvEditor</name>
    <message>
        <source>Sent, but the list could not be loaded again to check it: %1</source>
        <translation>Envoyé, mais la liste n’a pas pu être rechargée pour vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as an empty value</source>
        <translation>Enregistré comme valeur vide</translation>
    </message>
    <message>
        <source>Saved with the outer spaces and line breaks removed</source>
        <translation>Enregistré sans les espaces et sauts de ligne du début et de la fin</translation>
    </message>
    <message>
        <source>Saved; the value cannot be read back to check it</source>
        <translation>Enregistré&#xa0;; la valeur ne peut pas être relue pour vérifier</translation>
    </message>
    <message>
        <source>Not saved: Coolify stops at the first item it refuses</source>
        <translation>Non enregistré&#xa0;: Coolify s’arrête au premier élément refusé</translation>
    </message>
    <message>
        <source>The server answered without an error, but does not have the change</source>
        <translation>Le serveur a répondu sans erreur, mais n’a pas la modification</translation>
    </message>
    <message numerus="yes">
        <source>%n saved</source>
        <translation>
            <numerusform>%n enregistrée</numerusform>
            <numerusform>%n enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stored differently</source>
        <translation>
            <numerusform>%n enregistrée autrement</numerusform>
            <numerusform>%n enregistrées autrement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved but not readable</source>
        <translation>
            <numerusform>%n enregistrée mais illisible</numerusform>
            <numerusform>%n enregistrées mais illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not saved</source>
        <translation>
            <numerusform>%n non enregistrée</numerusform>
            <numerusform>%n non enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Rien n’a été modifié</translation>
    </message>
    <message>
        <source>Saved; Coolify kept some of its options its own way</source>
        <translation>Enregistrée&#xa0;; Coolify a gardé certaines options à sa façon</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::LifecycleController</name>
    <message>
        <source>Select a resource first.</source>
        <translation>Sélectionnez d&apos;abord une ressource.</translation>
    </message>
    <message>
        <source>Select exactly one resource.</source>
        <translation>Sélectionnez exactement une ressource.</translation>
    </message>
    <message>
        <source>The instance is gone.</source>
        <translation>L&apos;instance n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Services are deleted in Coolify&apos;s web interface.</source>
        <translation>Les services se suppriment dans l&apos;interface web de Coolify.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start requested…</source>
        <translation>Démarrage demandé…</translation>
    </message>
    <message>
        <source>Stop requested…</source>
        <translation>Arrêt demandé…</translation>
    </message>
    <message>
        <source>Restart requested…</source>
        <translation>Redémarrage demandé…</translation>
    </message>
    <message>
        <source>Deletion requested…</source>
        <translation>Suppression demandée…</translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation>%1 n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation>Suppression de %1 demandée.</translation>
    </message>
    <message>
        <source>%1 is already running: restart or redeploy it instead.</source>
        <translation>%1 est déjà en cours d&apos;exécution&#xa0;: redémarrez-le ou redéployez-le plutôt.</translation>
    </message>
    <message>
        <source>%1 is not running: start it instead.</source>
        <translation>%1 n&apos;est pas en cours d&apos;exécution&#xa0;: démarrez-le plutôt.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::RuntimeLogs</name>
    <message>
        <source>%1 has no container logs of its own: open one of its parts.</source>
        <translation>%1 n&apos;a pas de journaux de conteneur à lui&#xa0;: ouvrez l&apos;une de ses parties.</translation>
    </message>
    <message>
        <source>%1 is not running, so it has no container logs to show. Start or deploy it, then refresh.</source>
        <translation>%1 n&apos;est pas en cours d&apos;exécution et n&apos;a donc aucun journal de conteneur à afficher. Démarrez-le ou déployez-le, puis actualisez.</translation>
    </message>
    <message>
        <source>The database %1 is not running, so it has no container logs to show. Start it, then refresh.</source>
        <translation>La base de données %1 n&apos;est pas en cours d&apos;exécution et n&apos;a donc aucun journal de conteneur à afficher. Démarrez-la, puis actualisez.</translation>
    </message>
    <message>
        <source>Could not fetch the logs: %1</source>
        <translation>Impossible de récupérer les journaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The container has not written any logs yet.</source>
        <translation>Le conteneur n&apos;a encore écrit aucun journal.</translation>
    </message>
</context>
<context>
    <name>Coolify::Controllers::ServerResources</name>
    <message>
        <source>This instance is no longer configured.</source>
        <translation>Cette instance n&apos;est plus configurée.</translation>
    </message>
    <message>
        <source>The resources on this server could not be loaded: %1</source>
        <translation>Les ressources de ce serveur n&apos;ont pas pu être chargées&#xa0;: %1</translation>
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
        <translation>Aucune instance n’est en ligne.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No instance has the tag “%1”.</source>
        <translation>Aucune instance n’a l’étiquette « %1 ».</translation>
    </message>
    <message>
        <source>%1: the instance is gone.</source>
        <translation>%1 : l’instance n’existe plus.</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::ConflictModel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Coolify instance</source>
        <translation>Instance Coolify</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Utilisé par</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::DomainListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation>https://app.example.com</translation>
    </message>
    <message>
        <source>New domain</source>
        <translation>Nouveau domaine</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <source>Remove selected domain</source>
        <translation>Retirer le domaine sélectionné</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::ErrorMapper</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::FieldEditor</name>
    <message>
        <source>● modified</source>
        <translation>● modifié</translation>
    </message>
    <message>
        <source>%1 has unsaved changes</source>
        <translation>%1 a des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Changed here, not saved yet</source>
        <translation>Modifié ici, pas encore enregistré</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restore the value loaded from the server</source>
        <translation>Rétablir la valeur chargée depuis le serveur</translation>
    </message>
    <message>
        <source>Undo changes to %1</source>
        <translation>Annuler les modifications de %1</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>%1 (cannot be chosen here)</source>
        <translation>%1 (ne peut pas être choisi ici)</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::Fields</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Chemins</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>Contrôle de santé</translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation>Limites de ressources</translation>
    </message>
    <message>
        <source>Deployment hooks</source>
        <translation>Hooks de déploiement</translation>
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
        <translation>Site statique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Shown in Coolify. HTML tags are removed on save.</source>
        <translation>Affiché dans Coolify. Les balises HTML sont supprimées à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Optional. HTML tags are removed on save.</source>
        <translation>Facultatif. Les balises HTML sont supprimées à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Full URLs such as https://app.example.com. Ignored when the server has no proxy.</source>
        <translation>URL complètes comme https://app.example.com. Ignoré si le serveur n&apos;a pas de proxy.</translation>
    </message>
    <message>
        <source>Each domain must be a full http:// or https:// URL without spaces or shell characters.</source>
        <translation>Chaque domaine doit être une URL http:// ou https:// complète, sans espaces ni caractères de shell.</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Dépôt Git</translation>
    </message>
    <message>
        <source>Public GitHub repositories are stored as owner/repo.</source>
        <translation>Les dépôts GitHub publics sont enregistrés sous la forme owner/repo.</translation>
    </message>
    <message>
        <source>Git branch</source>
        <translation>Branche Git</translation>
    </message>
    <message>
        <source>Letters, digits, - _ / and dots; not HEAD.</source>
        <translation>Lettres, chiffres, - _ / et points&#xa0;; pas HEAD.</translation>
    </message>
    <message>
        <source>Use letters, digits, - _ / and dots; not HEAD, no “..” or “.lock”, not starting or ending with / or a dot.</source>
        <translation>Utilisez des lettres, des chiffres, - _ / et des points&#xa0;; pas HEAD, ni «&#xa0;..&#xa0;» ni «&#xa0;.lock&#xa0;», sans commencer ni finir par / ou un point.</translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation>Commit Git</translation>
    </message>
    <message>
        <source>A commit SHA, or HEAD for the latest commit.</source>
        <translation>Un SHA de commit, ou HEAD pour le dernier commit.</translation>
    </message>
    <message>
        <source>Start with a letter or digit; then letters, digits, . _ - and /.</source>
        <translation>Commencez par une lettre ou un chiffre, puis des lettres, des chiffres, . _ - et /.</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build pack</translation>
    </message>
    <message>
        <source>Switching away from dockerfile or dockercompose clears their settings on the server.</source>
        <translation>Quitter dockerfile ou dockercompose efface leurs paramètres sur le serveur.</translation>
    </message>
    <message>
        <source>Install command</source>
        <translation>Commande d&apos;installation</translation>
    </message>
    <message>
        <source>Optional; overrides the build pack&apos;s default.</source>
        <translation>Facultatif&#xa0;; remplace la valeur par défaut du build pack.</translation>
    </message>
    <message>
        <source>Unquoted $ ; &lt; &gt; ( ), a single &amp; or |, backticks and line breaks are not accepted.</source>
        <translation>Les caractères $&#xa0;; &lt; &gt; ( ) hors guillemets, un &amp; ou | isolé, les accents graves et les sauts de ligne ne sont pas acceptés.</translation>
    </message>
    <message>
        <source>Build command</source>
        <translation>Commande de build</translation>
    </message>
    <message>
        <source>Start command</source>
        <translation>Commande de démarrage</translation>
    </message>
    <message>
        <source>Deploy automatically on git push</source>
        <translation>Déployer automatiquement lors d&apos;un git push</translation>
    </message>
    <message>
        <source>Needs a webhook or GitHub App.</source>
        <translation>Nécessite un webhook ou une GitHub App.</translation>
    </message>
    <message>
        <source>Deploy right after saving</source>
        <translation>Déployer juste après l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Queues a deployment when the changes are saved. Not stored.</source>
        <translation>Met un déploiement en file d&apos;attente à l&apos;enregistrement des modifications. Non mémorisé.</translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation>Forcer HTTPS</translation>
    </message>
    <message>
        <source>Redirects http:// requests to https://.</source>
        <translation>Redirige les requêtes http:// vers https://.</translation>
    </message>
    <message>
        <source>Base directory</source>
        <translation>Répertoire de base</translation>
    </message>
    <message>
        <source>Where the build runs inside the repository, e.g. /.</source>
        <translation>Emplacement du build dans le dépôt, par ex. /.</translation>
    </message>
    <message>
        <source>Must start with / and use only letters, digits and . _ - / ~ @ +.</source>
        <translation>Doit commencer par / et n&apos;utiliser que des lettres, des chiffres et . _ - / ~ @ +.</translation>
    </message>
    <message>
        <source>Publish directory</source>
        <translation>Répertoire de publication</translation>
    </message>
    <message>
        <source>Build output to serve, e.g. /dist.</source>
        <translation>Résultat du build à servir, par ex. /dist.</translation>
    </message>
    <message>
        <source>Dockerfile location</source>
        <translation>Emplacement du Dockerfile</translation>
    </message>
    <message>
        <source>Path of the Dockerfile in the repository, e.g. /Dockerfile.</source>
        <translation>Chemin du Dockerfile dans le dépôt, par ex. /Dockerfile.</translation>
    </message>
    <message>
        <source>Must start with / followed by letters, digits and . _ - / ~ @ +.</source>
        <translation>Doit commencer par / suivi de lettres, de chiffres et de . _ - / ~ @ +.</translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation>Chemin du contrôle de santé</translation>
    </message>
    <message>
        <source>HTTP path probed, e.g. /healthz.</source>
        <translation>Chemin HTTP sondé, par ex. /healthz.</translation>
    </message>
    <message>
        <source>Use letters, digits and / - _ . ~ % , ;</source>
        <translation>Utilisez des lettres, des chiffres et / - _ . ~ % ,&#xa0;;</translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation>Port du contrôle de santé</translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation>Intervalle du contrôle de santé</translation>
    </message>
    <message>
        <source>Seconds between probes.</source>
        <translation>Secondes entre deux sondages.</translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation>Limite de mémoire</translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation>Limite de CPU</translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation>Parts de CPU</translation>
    </message>
    <message>
        <source>Relative CPU weight; Docker&apos;s default is 1024.</source>
        <translation>Poids CPU relatif&#xa0;; la valeur par défaut de Docker est 1024.</translation>
    </message>
    <message>
        <source>Pre-deployment command</source>
        <translation>Commande avant déploiement</translation>
    </message>
    <message>
        <source>Runs in the container before the new version starts.</source>
        <translation>S&apos;exécute dans le conteneur avant le démarrage de la nouvelle version.</translation>
    </message>
    <message>
        <source>Post-deployment command</source>
        <translation>Commande après déploiement</translation>
    </message>
    <message>
        <source>Runs in the container after the new version started.</source>
        <translation>S&apos;exécute dans le conteneur après le démarrage de la nouvelle version.</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>Only for the dockerfile build pack without a repository.</source>
        <translation>Uniquement pour le build pack dockerfile sans dépôt.</translation>
    </message>
    <message>
        <source>Coolify does not accept Dockerfile changes through the API; edit it in Coolify&apos;s web interface.</source>
        <translation>Coolify n&apos;accepte pas les modifications du Dockerfile via l&apos;API&#xa0;; modifiez-le dans l&apos;interface web de Coolify.</translation>
    </message>
    <message>
        <source>Docker Compose location</source>
        <translation>Emplacement du fichier Docker Compose</translation>
    </message>
    <message>
        <source>Path of the compose file in the repository.</source>
        <translation>Chemin du fichier compose dans le dépôt.</translation>
    </message>
    <message>
        <source>Custom docker run options</source>
        <translation>Options docker run personnalisées</translation>
    </message>
    <message>
        <source>Extra options such as --cap-add SYS_ADMIN.</source>
        <translation>Options supplémentaires comme --cap-add SYS_ADMIN.</translation>
    </message>
    <message>
        <source>GitHub webhook secret</source>
        <translation>Secret du webhook GitHub</translation>
    </message>
    <message>
        <source>Secret of a manually configured GitHub webhook.</source>
        <translation>Secret d&apos;un webhook GitHub configuré manuellement.</translation>
    </message>
    <message>
        <source>GitLab webhook secret</source>
        <translation>Secret du webhook GitLab</translation>
    </message>
    <message>
        <source>Secret token of a manually configured GitLab webhook.</source>
        <translation>Jeton secret d&apos;un webhook GitLab configuré manuellement.</translation>
    </message>
    <message>
        <source>Serve the publish directory with a web server.</source>
        <translation>Servir le répertoire de publication avec un serveur web.</translation>
    </message>
    <message>
        <source>Single-page application</source>
        <translation>Application monopage</translation>
    </message>
    <message>
        <source>Route unknown paths to index.html. Only for static sites.</source>
        <translation>Rediriger les chemins inconnus vers index.html. Uniquement pour les sites statiques.</translation>
    </message>
    <message>
        <source>www redirect</source>
        <translation>Redirection www</translation>
    </message>
    <message>
        <source>www: redirect to www; non-www: redirect away from www; both: serve both.</source>
        <translation>www&#xa0;: rediriger vers www&#xa0;; non-www&#xa0;: rediriger hors de www&#xa0;; both&#xa0;: servir les deux.</translation>
    </message>
    <message>
        <source>Port the health check probes inside the container; empty means the first exposed port.</source>
        <translation>Port interrogé par le contrôle de santé dans le conteneur ; vide signifie le premier port exposé.</translation>
    </message>
    <message>
        <source>A size such as 512m or 2g; 0 means no limit.</source>
        <translation>Une taille comme 512m ou 2g ; 0 signifie aucune limite.</translation>
    </message>
    <message>
        <source>Write a number with an optional unit (b, k, m, g), such as 512m or 2g; 0 means no limit.</source>
        <translation>Saisissez un nombre avec une unité facultative (b, k, m, g), par exemple 512m ou 2g ; 0 signifie aucune limite.</translation>
    </message>
    <message>
        <source>How many CPUs the container may use, such as 1.5; 0 means no limit.</source>
        <translation>Nombre de CPU que le conteneur peut utiliser, par exemple 1.5 ; 0 signifie aucune limite.</translation>
    </message>
    <message>
        <source>Write a number of CPUs such as 1 or 1.5; 0 means no limit.</source>
        <translation>Saisissez un nombre de CPU comme 1 ou 1.5 ; 0 signifie aucune limite.</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::PatchBuilder</name>
    <message>
        <source>%1 needs a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 cannot be empty: Coolify turns an empty value into “no value”, which this field does not accept.</source>
        <translation>%1 ne peut pas être vide&#xa0;: Coolify transforme une valeur vide en «&#xa0;aucune valeur&#xa0;», ce que ce champ n&apos;accepte pas.</translation>
    </message>
    <message>
        <source>Use a number from %1 to %2.</source>
        <translation>Utilisez un nombre de %1 à %2.</translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation>
            <numerusform>Au plus %n caractère.</numerusform>
            <numerusform>Au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SaveComparison</name>
    <message>
        <source>Coolify removes spaces at the start and end of values.</source>
        <translation>Coolify supprime les espaces au début et à la fin des valeurs.</translation>
    </message>
    <message>
        <source>Coolify stores an empty value as “no value”.</source>
        <translation>Coolify enregistre une valeur vide comme «&#xa0;aucune valeur&#xa0;».</translation>
    </message>
    <message>
        <source>Coolify lower-cases the scheme and host of domains.</source>
        <translation>Coolify met en minuscules le schéma et l&apos;hôte des domaines.</translation>
    </message>
    <message>
        <source>Coolify ignored the domains: the application&apos;s server has no proxy (or is a build server), so domains cannot be set there.</source>
        <translation>Coolify a ignoré les domaines&#xa0;: le serveur de l&apos;application n&apos;a pas de proxy (ou est un serveur de build), les domaines ne peuvent donc pas y être définis.</translation>
    </message>
    <message>
        <source>Coolify removes HTML tags from this field.</source>
        <translation>Coolify supprime les balises HTML de ce champ.</translation>
    </message>
    <message>
        <source>The server stored a different value; the reason is not known.</source>
        <translation>Le serveur a enregistré une valeur différente&#xa0;; la raison est inconnue.</translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SettingsForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changed settings that are not saved yet. Save them before leaving?</source>
        <translation>Vous avez modifié des paramètres qui ne sont pas encore enregistrés. Les enregistrer avant de quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Could not load the settings.</source>
        <translation>Impossible de charger les paramètres.</translation>
    </message>
    <message>
        <source>Nothing was sent: fix the marked fields first.</source>
        <translation>Rien n&apos;a été envoyé&#xa0;: corrigez d&apos;abord les champs signalés.</translation>
    </message>
    <message>
        <source>Coolify did not save the changes: fix the marked fields and save again.</source>
        <translation>Coolify n&apos;a pas enregistré les modifications&#xa0;: corrigez les champs signalés et enregistrez à nouveau.</translation>
    </message>
    <message>
        <source>The changes were not saved; your edits are kept.</source>
        <translation>Les modifications n&apos;ont pas été enregistrées&#xa0;; vos saisies sont conservées.</translation>
    </message>
    <message>
        <source>Saved, but reloading the settings failed: %1 The form still shows your edits.</source>
        <translation>Enregistré, mais le rechargement des paramètres a échoué&#xa0;: %1 Le formulaire affiche toujours vos saisies.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Conflicting domains</source>
        <translation>Domaines en conflit</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Restore every field to the value loaded from the server</source>
        <translation>Rétablir chaque champ à la valeur chargée depuis le serveur</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Read-only: %1 Editing needs a token with the “write” permission.</source>
        <translation>Lecture seule&#xa0;: %1 La modification nécessite un jeton avec la permission «&#xa0;write&#xa0;».</translation>
    </message>
    <message>
        <source>Hidden — the token lacks read:sensitive. Type a new value to replace it.</source>
        <translation>Masqué — le jeton n&apos;a pas read:sensitive. Saisissez une nouvelle valeur pour la remplacer.</translation>
    </message>
    <message>
        <source>Hidden — the token lacks read:sensitive.</source>
        <translation>Masqué — le jeton n&apos;a pas read:sensitive.</translation>
    </message>
    <message>
        <source>Not provided by the server. Type a new value to replace it.</source>
        <translation>Non fourni par le serveur. Saisissez une nouvelle valeur pour la remplacer.</translation>
    </message>
    <message>
        <source>Not provided by the server.</source>
        <translation>Non fourni par le serveur.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Checking for changes on the server…</source>
        <translation>Recherche de modifications sur le serveur…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Reloading what the server stored…</source>
        <translation>Rechargement des valeurs enregistrées par le serveur…</translation>
    </message>
    <message>
        <source>%1 (go to %2)</source>
        <translation>%1 (aller à %2)</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message numerus="yes">
        <source>Coolify asks to wait %n second(s).</source>
        <translation>
            <numerusform>Coolify demande d&apos;attendre %n seconde.</numerusform>
            <numerusform>Coolify demande d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some domains are already used elsewhere (409). Nothing was saved. Change the domains, or save anyway to take them over.</source>
        <translation>Certains domaines sont déjà utilisés ailleurs (409). Rien n&apos;a été enregistré. Modifiez les domaines ou enregistrez quand même pour les reprendre.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Edit domains</source>
        <translation>Modifier les domaines</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts with %n other resource(s); see above.</source>
        <translation>
            <numerusform>En conflit avec %n autre ressource&#xa0;; voir ci-dessus.</numerusform>
            <numerusform>En conflit avec %n autres ressources&#xa0;; voir ci-dessus.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the fields shown here changed.</source>
        <translation>Aucun des champs affichés ici n&apos;a changé.</translation>
    </message>
    <message>
        <source>Changed there: %1.</source>
        <translation>Modifié là-bas&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This application was changed on the server since you opened it. Nothing was saved. %1</source>
        <translation>Cette application a été modifiée sur le serveur depuis que vous l&apos;avez ouverte. Rien n&apos;a été enregistré. %1</translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation>Examiner les modifications</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values; your edits are kept. Save when ready.</source>
        <translation>Les valeurs plus récentes du serveur ont été chargées&#xa0;; vos saisies sont conservées. Enregistrez quand vous êtes prêt.</translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values; your edits are kept. These fields were changed both here and on the server — check them, then save:</source>
        <translation>Les valeurs plus récentes du serveur ont été chargées&#xa0;; vos saisies sont conservées. Ces champs ont été modifiés à la fois ici et sur le serveur — vérifiez-les, puis enregistrez&#xa0;:</translation>
    </message>
    <message>
        <source>%1: the server now has %2</source>
        <translation>%1&#xa0;: le serveur a maintenant %2</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Saved, but Coolify stored some values differently from what you typed:</source>
        <translation>Enregistré, mais Coolify a enregistré certaines valeurs différemment de votre saisie&#xa0;:</translation>
    </message>
    <message>
        <source>%1: you typed %2, Coolify stored %3. %4</source>
        <translation>%1&#xa0;: vous avez saisi %2, Coolify a enregistré %3. %4</translation>
    </message>
    <message>
        <source>Find a setting (Ctrl+F)</source>
        <translation>Rechercher un réglage (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Rechercher un réglage</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Send the changed fields to Coolify (%1)</source>
        <translation>Envoyer les champs modifiés à Coolify (%1)</translation>
    </message>
    <message>
        <source>No setting matches “%1”.</source>
        <translation>Aucun réglage ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n setting(s) that the %1 build pack does not use. &lt;a href=&quot;hide&quot;&gt;Hide them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n réglage inutilisé par le build pack %1 est affiché. &lt;a href=&quot;hide&quot;&gt;Le masquer&lt;/a&gt;</numerusform>
            <numerusform>%n réglages inutilisés par le build pack %1 sont affichés. &lt;a href=&quot;hide&quot;&gt;Les masquer&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) that the %1 build pack does not use are hidden. &lt;a href=&quot;show&quot;&gt;Show them&lt;/a&gt;</source>
        <translation>
            <numerusform>%n réglage inutilisé par le build pack %1 est masqué. &lt;a href=&quot;show&quot;&gt;L’afficher&lt;/a&gt;</numerusform>
            <numerusform>%n réglages inutilisés par le build pack %1 sont masqués. &lt;a href=&quot;show&quot;&gt;Les afficher&lt;/a&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ActiveDeploymentsView</name>
    <message>
        <source>Active deployments</source>
        <translation>Déploiements actifs</translation>
    </message>
    <message>
        <source>Active deployments summary</source>
        <translation>Résumé des déploiements actifs</translation>
    </message>
    <message>
        <source>Queued and running deployments on every instance</source>
        <translation>Déploiements en file d&apos;attente et en cours sur toutes les instances</translation>
    </message>
    <message>
        <source>No deployments are queued or running.</source>
        <translation>Aucun déploiement n&apos;est en file d&apos;attente ou en cours.</translation>
    </message>
    <message>
        <source>1 deployment queued or running</source>
        <translation>1 déploiement en file d&apos;attente ou en cours</translation>
    </message>
    <message>
        <source>%1 deployments queued or running</source>
        <translation>%1 déploiements en file d&apos;attente ou en cours</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 instance</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 instances</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Open Log</source>
        <translation>&amp;Ouvrir le journal</translation>
    </message>
    <message>
        <source>&amp;Cancel Deployment</source>
        <translation>&amp;Annuler le déploiement</translation>
    </message>
    <message>
        <source>Follow the selected deployment&apos;s log</source>
        <translation>Suivre le journal du déploiement sélectionné</translation>
    </message>
    <message>
        <source>Select a deployment first.</source>
        <translation>Sélectionnez d’abord un déploiement.</translation>
    </message>
    <message>
        <source>The instance is not loaded.</source>
        <translation>L’instance n’est pas chargée.</translation>
    </message>
    <message>
        <source>Stop the selected deployment</source>
        <translation>Arrêter le déploiement sélectionné</translation>
    </message>
    <message>
        <source>Stop the selected deployment — unavailable: %1</source>
        <translation>Arrêter le déploiement sélectionné — indisponible : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BackupScheduleDialog</name>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <source>Run on this schedule</source>
        <translation>Exécuter selon ce planning</translation>
    </message>
    <message>
        <source>Dump all databases into one file</source>
        <translation>Sauvegarder toutes les bases dans un seul fichier</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Upload to S3</source>
        <translation>Envoyer vers S3</translation>
    </message>
    <message>
        <source>Back up once right after saving</source>
        <translation>Sauvegarder une fois juste après l’enregistrement</translation>
    </message>
    <message>
        <source>New Backup Schedule for %1</source>
        <translation>Nouveau planning de sauvegarde pour %1</translation>
    </message>
    <message>
        <source>Backup Schedule of %1</source>
        <translation>Planning de sauvegarde de %1</translation>
    </message>
    <message>
        <source>An alias (every_minute, hourly, daily, weekly, monthly, yearly, or the same with @) or a cron expression: minute hour day month weekday. Coolify runs it in the server&apos;s time zone.</source>
        <translation>Un alias (every_minute, hourly, daily, weekly, monthly, yearly, ou les mêmes avec @) ou une expression cron&#xa0;: minute heure jour mois jour-de-semaine. Coolify l’exécute dans le fuseau horaire du serveur.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Frequency:</source>
        <translation>&amp;Fréquence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Databases:</source>
        <translation>&amp;Bases de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai&#xa0;:</translation>
    </message>
    <message>
        <source>Keep on the server</source>
        <translation>Conserver sur le serveur</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Conserver&#xa0;:</translation>
    </message>
    <message>
        <source>For at most:</source>
        <translation>Au plus pendant&#xa0;:</translation>
    </message>
    <message>
        <source>Using at most:</source>
        <translation>En occupant au plus&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Storage:</source>
        <translation>&amp;Stockage&#xa0;:</translation>
    </message>
    <message>
        <source>Older backups beyond any of these limits are deleted after each run; “All” and “No limit” keep everything.</source>
        <translation>Les sauvegardes plus anciennes au-delà de l’une de ces limites sont supprimées après chaque exécution&#xa0;; «&#xa0;Toutes&#xa0;» et «&#xa0;Sans limite&#xa0;» gardent tout.</translation>
    </message>
    <message>
        <source>The schedule was not saved: correct the marked fields.</source>
        <translation>Le planning n’a pas été enregistré&#xa0;: corrigez les champs signalés.</translation>
    </message>
    <message>
        <source>The schedule was not saved: %1</source>
        <translation>Le planning n’a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>The storage set in Coolify</source>
        <translation>Le stockage défini dans Coolify</translation>
    </message>
    <message>
        <source>%1 (bucket %2)</source>
        <translation>%1 (bucket %2)</translation>
    </message>
    <message>
        <source>%1 (bucket %2) — its last connection test failed</source>
        <translation>%1 (bucket %2) — son dernier test de connexion a échoué</translation>
    </message>
    <message>
        <source>Loading the S3 storages…</source>
        <translation>Chargement des stockages S3…</translation>
    </message>
    <message>
        <source>This instance has no S3 storage; add one in Coolify under Storages.</source>
        <translation>Cette instance n’a aucun stockage S3&#xa0;; ajoutez-en un dans Coolify sous Storages.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BackupsOverview</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Backups of every database</source>
        <translation>Sauvegardes de toutes les bases</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter databases</source>
        <translation>Filtrer les bases de données</translation>
    </message>
    <message>
        <source>Backup state</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>Last backup failed</source>
        <translation>Dernière sauvegarde en échec</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Jamais sauvegardée</translation>
    </message>
    <message>
        <source>Backups of every database on every instance</source>
        <translation>Sauvegardes de toutes les bases sur toutes les instances</translation>
    </message>
    <message>
        <source>every backup is in order.</source>
        <translation>toutes les sauvegardes sont en ordre.</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention: a failed or overdue backup, or none at all.</source>
        <translation>
            <numerusform>%n à surveiller&#xa0;: une sauvegarde en échec ou en retard, ou aucune.</numerusform>
            <numerusform>%n à surveiller&#xa0;: une sauvegarde en échec ou en retard, ou aucune.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the databases to back up.</source>
        <translation>Sélectionnez les bases à sauvegarder.</translation>
    </message>
    <message>
        <source>Run each selected database&apos;s schedule now.</source>
        <translation>Lancer maintenant la planification de chaque base sélectionnée.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>databases on instances</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n database(s)</source>
        <translation>
            <numerusform>%n base de données</numerusform>
            <numerusform>%n bases de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BulkConfirmDialog</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Deploy %1 on %2?</source>
        <translation>Déployer %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Redeploy %1 on %2 without the build cache?</source>
        <translation>Redéployer %1 sur %2 sans cache de build ?</translation>
    </message>
    <message>
        <source>Restart %1 on %2?</source>
        <translation>Redémarrer %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Stop %1 on %2?</source>
        <translation>Arrêter %1 sur %2 ?</translation>
    </message>
    <message>
        <source>Start %1 on %2?</source>
        <translation>Démarrer %1 sur %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n resource(s)</source>
        <translation>
            <numerusform>%1 — %n ressource</numerusform>
            <numerusform>%1 — %n ressources</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them run(s) in production.</source>
        <translation>
            <numerusform>%n d’entre elles tourne en production.</numerusform>
            <numerusform>%n d’entre elles tournent en production.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources this action runs on</source>
        <translation>Ressources concernées par cette action</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation>Projet / environnement</translation>
    </message>
    <message numerus="yes">
        <source>, %n in production</source>
        <translation>
            <numerusform>, %n en production</numerusform>
            <numerusform>, %n en production</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out — %n resource(s)</source>
        <translation>
            <numerusform>Exclue — %n ressource</numerusform>
            <numerusform>Exclues — %n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Number of resources to stop</source>
        <translation>Nombre de ressources à arrêter</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; — the number of resources — to stop them:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; — le nombre de ressources — pour les arrêter :</translation>
    </message>
    <message>
        <source>Type %1 to enable Stop, or press Esc to leave them running.</source>
        <translation>Saisissez %1 pour activer Arrêter, ou appuyez sur Échap pour les laisser tourner.</translation>
    </message>
    <message>
        <source>Redeploy the tag “%1” without the build cache: %2 on %3?</source>
        <translation>Redéployer l’étiquette « %1 » sans cache de build : %2 sur %3 ?</translation>
    </message>
    <message>
        <source>Deploy the tag “%1”: %2 on %3?</source>
        <translation>Déployer l’étiquette « %1 » : %2 sur %3 ?</translation>
    </message>
    <message>
        <source>Coolify also starts the services tagged “%1”; databases are not deployed by tag.</source>
        <translation>Coolify démarre aussi les services étiquetés « %1 » ; les bases de données ne sont pas déployées par étiquette.</translation>
    </message>
    <message>
        <source>Not asked, so not included: %1.</source>
        <translation>Non interrogée, donc non incluse : %1.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::BulkProgressWindow</name>
    <message numerus="yes">
        <source>%1 — %n resource(s) — Coolify Desktop</source>
        <translation>
            <numerusform>%1 — %n ressource — Coolify Desktop</numerusform>
            <numerusform>%1 — %n ressources — Coolify Desktop</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources done</source>
        <translation>Ressources traitées</translation>
    </message>
    <message>
        <source>Select a row with a deployment to follow its log here.</source>
        <translation>Sélectionnez une ligne avec un déploiement pour suivre son journal ici.</translation>
    </message>
    <message>
        <source>Stop &amp;Sending</source>
        <translation>&amp;Arrêter l’envoi</translation>
    </message>
    <message>
        <source>Resources not sent yet are left alone; requests already sent finish.</source>
        <translation>Les ressources pas encore envoyées ne sont pas touchées ; les requêtes déjà envoyées se terminent.</translation>
    </message>
    <message>
        <source>%1 of %2 done — %3</source>
        <translation>%1 sur %2 traitées — %3</translation>
    </message>
    <message>
        <source>Stopped sending. %1</source>
        <translation>Envoi arrêté. %1</translation>
    </message>
    <message>
        <source>Finished. %1</source>
        <translation>Terminé. %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1 : %2 — %3</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CliImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Import from coolify-cli</source>
        <translation>Importer depuis coolify-cli</translation>
    </message>
    <message>
        <source>Read coolify-cli&apos;s configuration from another file</source>
        <translation>Lire la configuration de coolify-cli depuis un autre fichier</translation>
    </message>
    <message>
        <source>Instances in coolify-cli&apos;s configuration</source>
        <translation>Instances de la configuration de coolify-cli</translation>
    </message>
    <message>
        <source>coolify-cli Configuration</source>
        <translation>Configuration de coolify-cli</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>coolify-cli&apos;s configuration: %1</source>
        <translation>Configuration de coolify-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>coolify-cli&apos;s configuration</source>
        <translation>Configuration de coolify-cli</translation>
    </message>
    <message>
        <source>If the CLI keeps it elsewhere, choose the file.</source>
        <translation>Si la CLI la garde ailleurs, choisissez le fichier.</translation>
    </message>
    <message>
        <source>coolify-cli has no instances set up in this file.</source>
        <translation>coolify-cli n’a aucune instance configurée dans ce fichier.</translation>
    </message>
    <message>
        <source>Instances in coolify-cli&apos;s configuration, %1:</source>
        <translation>Instances de la configuration de coolify-cli, %1&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n Instance(s)</source>
        <translation>
            <numerusform>&amp;Importer %n instance</numerusform>
            <numerusform>&amp;Importer %n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>coolify-cli keeps these tokens unencrypted in its file. Coolify Desktop tests each instance you tick, saves its token in the keychain and never changes the CLI&apos;s file. The CLI&apos;s copy stays readable to anything running as you: remove it with “coolify context delete &lt;name&gt;” once you no longer use the CLI for it.</source>
        <translation>coolify-cli conserve ces jetons en clair dans son fichier. Coolify Desktop teste chaque instance cochée, enregistre son jeton dans le trousseau et ne modifie jamais le fichier de la CLI. La copie de la CLI reste lisible par tout ce qui s’exécute sous votre compte&#xa0;: supprimez-la avec «&#xa0;coolify context delete &lt;nom&gt;&#xa0;» dès que vous n’utilisez plus la CLI pour cette instance.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CommandPalette</name>
    <message>
        <source>%1
Unavailable: %2</source>
        <translation>%1
Indisponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Indisponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>%1 — Applications</source>
        <translation>%1 — Applications</translation>
    </message>
    <message>
        <source>%1 — Databases</source>
        <translation>%1 — Bases de données</translation>
    </message>
    <message>
        <source>%1 — Services</source>
        <translation>%1 — Services</translation>
    </message>
    <message>
        <source>%1 — Projects</source>
        <translation>%1 — Projets</translation>
    </message>
    <message>
        <source>%1 — Servers</source>
        <translation>%1 — Serveurs</translation>
    </message>
    <message>
        <source>%1 — Deployments</source>
        <translation>%1 — Déploiements</translation>
    </message>
    <message>
        <source>Project on %1</source>
        <translation>Projet sur %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Environment on %1</source>
        <translation>Environnement sur %1</translation>
    </message>
    <message>
        <source>%1 in %2 / %3 on %4</source>
        <translation>%1 dans %2 / %3 sur %4</translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation>Indisponible pour le moment.</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Palette de &amp;commandes…</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Jump to any instance, project, resource or view, or run any action</source>
        <translation>Accéder à n&apos;importe quelle instance, projet, ressource ou vue, ou exécuter n&apos;importe quelle action</translation>
    </message>
    <message>
        <source>Go to or run…</source>
        <translation>Aller à ou exécuter…</translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Type part of a name; Up and Down choose, Enter runs, Escape closes</source>
        <translation>Saisissez une partie d&apos;un nom&#xa0;; Haut et Bas pour choisir, Entrée pour exécuter, Échap pour fermer</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Commandes correspondantes</translation>
    </message>
    <message>
        <source>Why the command is unavailable</source>
        <translation>Pourquoi la commande est indisponible</translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter run · Esc close</source>
        <translation>↑ ↓ choisir · Entrée exécuter · Échap fermer</translation>
    </message>
    <message>
        <source>%1 more — type to narrow · ↑ ↓ choose · Enter run · Esc close</source>
        <translation>%1 de plus — tapez pour affiner · ↑ ↓ choisir · Entrée exécuter · Échap fermer</translation>
    </message>
    <message>
        <source>Backups of every database</source>
        <translation>Sauvegardes de toutes les bases</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ConfirmDeleteDialog</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Name of the resource to delete</source>
        <translation>Nom de la ressource à supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Type the name exactly as shown (“%1”) to enable Delete, or press Esc to keep it.</source>
        <translation>Saisissez le nom exactement comme indiqué («&#xa0;%1&#xa0;») pour activer Supprimer, ou appuyez sur Échap pour le conserver.</translation>
    </message>
    <message>
        <source>Its &amp;volumes — the data stored in them is lost</source>
        <translation>Ses &amp;volumes — les données qu’ils contiennent sont perdues</translation>
    </message>
    <message>
        <source>Its con&amp;figuration files on the server</source>
        <translation>Ses &amp;fichiers de configuration sur le serveur</translation>
    </message>
    <message>
        <source>The Docker &amp;networks it is connected to</source>
        <translation>Les &amp;réseaux Docker auxquels il est connecté</translation>
    </message>
    <message>
        <source>Run a Docker clean-&amp;up on the server (unused images, build cache)</source>
        <translation>Lancer un n&amp;ettoyage Docker sur le serveur (images inutilisées, cache de build)</translation>
    </message>
    <message>
        <source>Delete the %1 &lt;b&gt;%2&lt;/b&gt; on the instance &lt;b&gt;%3&lt;/b&gt;?&lt;br&gt;This removes it from Coolify with its containers and cannot be undone.</source>
        <translation>Supprimer %1 &lt;b&gt;%2&lt;/b&gt; de l’instance &lt;b&gt;%3&lt;/b&gt; ?&lt;br&gt;Cela le retire de Coolify avec ses conteneurs, sans retour possible.</translation>
    </message>
    <message>
        <source>Also delete</source>
        <translation>Supprimer aussi</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Tapez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ConnectionUrlField</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the whole URL, password included</source>
        <translation>Copier l’URL entière, mot de passe compris</translation>
    </message>
    <message>
        <source>Copy the connection URL</source>
        <translation>Copier l’URL de connexion</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Mask the password again</source>
        <translation>Masquer à nouveau le mot de passe</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide the password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
    <message>
        <source>Copied, with the password.</source>
        <translation>Copiée, mot de passe compris.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateApplicationDialog</name>
    <message>
        <source>New Application on %1</source>
        <translation>Nouvelle application sur %1</translation>
    </message>
    <message>
        <source>Creates an application on “%1” from a public Git repository; Coolify clones it and builds it with the chosen build pack.</source>
        <translation>Crée une application sur «&#xa0;%1&#xa0;» à partir d&apos;un dépôt Git public&#xa0;; Coolify le clone et le construit avec le build pack choisi.</translation>
    </message>
    <message>
        <source>Create application</source>
        <translation>Créer l&apos;application</translation>
    </message>
    <message>
        <source>Nixpacks (detects the language)</source>
        <translation>Nixpacks (détecte le langage)</translation>
    </message>
    <message>
        <source>Railpack</source>
        <translation>Railpack</translation>
    </message>
    <message>
        <source>Static site</source>
        <translation>Site statique</translation>
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
        <translation>Saisissez l&apos;adresse d&apos;un dépôt Git public.</translation>
    </message>
    <message>
        <source>Remove the spaces: a repository address cannot contain them.</source>
        <translation>Supprimez les espaces&#xa0;: une adresse de dépôt ne peut pas en contenir.</translation>
    </message>
    <message>
        <source>Remove “%1”: shell characters are not allowed in a repository address.</source>
        <translation>Supprimez «&#xa0;%1&#xa0;»&#xa0;: les caractères de shell ne sont pas autorisés dans une adresse de dépôt.</translation>
    </message>
    <message>
        <source>Write SSH addresses as git@host:owner/repository.</source>
        <translation>Écrivez les adresses SSH sous la forme git@host:owner/repository.</translation>
    </message>
    <message>
        <source>Use an https://, git:// or git@host:owner/repository address.</source>
        <translation>Utilisez une adresse https://, git:// ou git@host:owner/repository.</translation>
    </message>
    <message>
        <source>Remove the query string (“?…”) from the address.</source>
        <translation>Supprimez la chaîne de requête («&#xa0;?…&#xa0;») de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Remove the fragment (“#…”) from the address.</source>
        <translation>Supprimez le fragment («&#xa0;#…&#xa0;») de l&apos;adresse.</translation>
    </message>
    <message>
        <source>Add the owner and the repository, e.g. https://github.com/owner/repository.</source>
        <translation>Ajoutez le propriétaire et le dépôt, par ex. https://github.com/owner/repository.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>L&apos;adresse ne contient pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>Coolify does not clone from local hosts (localhost, *.local).</source>
        <translation>Coolify ne clone pas depuis des hôtes locaux (localhost, *.local).</translation>
    </message>
    <message>
        <source>Use the repository&apos;s host name, not an IP address.</source>
        <translation>Utilisez le nom d&apos;hôte du dépôt, pas une adresse IP.</translation>
    </message>
    <message>
        <source>Enter a branch, e.g. main.</source>
        <translation>Saisissez une branche, par ex. main.</translation>
    </message>
    <message>
        <source>A branch name may contain letters, digits and - _ / . only.</source>
        <translation>Un nom de branche ne peut contenir que des lettres, des chiffres et - _ / .</translation>
    </message>
    <message>
        <source>This is not a valid branch name (HEAD, “..”, “.lock” and a leading or trailing / or . are not allowed).</source>
        <translation>Ce n&apos;est pas un nom de branche valide (HEAD, «&#xa0;..&#xa0;», «&#xa0;.lock&#xa0;» et un / ou un . au début ou à la fin ne sont pas autorisés).</translation>
    </message>
    <message>
        <source>Enter the port the application listens on, e.g. 3000.</source>
        <translation>Saisissez le port sur lequel l&apos;application écoute, par ex. 3000.</translation>
    </message>
    <message>
        <source>Use port numbers separated by commas, e.g. 3000 or 3000,8080.</source>
        <translation>Utilisez des numéros de port séparés par des virgules, par ex. 3000 ou 3000,8080.</translation>
    </message>
    <message>
        <source>%1 is not a port number (1–65535).</source>
        <translation>%1 n&apos;est pas un numéro de port (1–65535).</translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse http:// ou https://.</translation>
    </message>
    <message>
        <source>Coolify sets the port to 80 for Docker Compose applications; the services&apos; ports come from the compose file.</source>
        <translation>Coolify fixe le port à 80 pour les applications Docker Compose&#xa0;; les ports des services proviennent du fichier compose.</translation>
    </message>
    <message>
        <source>The port(s) the application listens on inside its container.</source>
        <translation>Le ou les ports sur lesquels l&apos;application écoute dans son conteneur.</translation>
    </message>
    <message>
        <source>Leave empty and Coolify generates one from the server&apos;s wildcard domain (or sslip.io).</source>
        <translation>Laissez vide et Coolify en génère un à partir du domaine générique du serveur (ou de sslip.io).</translation>
    </message>
    <message>
        <source>Docker Compose applications get a domain per service: set them in Coolify after creating the application.</source>
        <translation>Les applications Docker Compose reçoivent un domaine par service&#xa0;: définissez-les dans Coolify après la création de l&apos;application.</translation>
    </message>
    <message>
        <source>This server runs no proxy, so Coolify ignores domains there.</source>
        <translation>Ce serveur n&apos;exécute pas de proxy&#xa0;: Coolify y ignore donc les domaines.</translation>
    </message>
    <message>
        <source>Creates the application</source>
        <translation>Crée l&apos;application</translation>
    </message>
    <message>
        <source>Coolify answered without the new application&apos;s id. Check in Coolify whether it was created before trying again.</source>
        <translation>Coolify a répondu sans l&apos;identifiant de la nouvelle application. Vérifiez dans Coolify si elle a été créée avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateDatabaseDialog</name>
    <message>
        <source>New PostgreSQL Database on %1</source>
        <translation>Nouvelle base de données PostgreSQL sur %1</translation>
    </message>
    <message>
        <source>Creates a PostgreSQL database on “%1”.</source>
        <translation>Crée une base de données PostgreSQL sur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Leave empty and Coolify generates a 64-character password. Afterwards the connection details, password included, are on the database&apos;s page in Coolify (and in its details here when the token may read sensitive data).</source>
        <translation>Laissez vide et Coolify génère un mot de passe de 64 caractères. Les informations de connexion, mot de passe compris, figurent ensuite sur la page de la base de données dans Coolify (et dans ses détails ici si le jeton peut lire les données sensibles).</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Créer la base de données</translation>
    </message>
    <message>
        <source>Use letters, digits and _ only, not starting with a digit, at most 63 characters.</source>
        <translation>Utilisez uniquement des lettres, des chiffres et _, sans commencer par un chiffre, 63 caractères au plus.</translation>
    </message>
    <message>
        <source>At most 128 characters (this one has %1).</source>
        <translation>128 caractères au plus (celui-ci en a %1).</translation>
    </message>
    <message>
        <source>Spaces are not allowed. Use letters, digits and %1</source>
        <translation>Les espaces ne sont pas autorisées. Utilisez des lettres, des chiffres et %1</translation>
    </message>
    <message>
        <source>Not allowed: %1 — use letters, digits and %2</source>
        <translation>Non autorisé&#xa0;: %1 — utilisez des lettres, des chiffres et %2</translation>
    </message>
    <message>
        <source>Enter an image reference such as postgres:16-alpine (no spaces).</source>
        <translation>Saisissez une référence d&apos;image comme postgres:16-alpine (sans espaces).</translation>
    </message>
    <message>
        <source>Enter a public port (1024–65535). Without one Coolify silently keeps the database private.</source>
        <translation>Saisissez un port public (1024–65535). Sans port, Coolify garde la base de données privée sans le signaler.</translation>
    </message>
    <message>
        <source>Use a port from 1024 to 65535.</source>
        <translation>Utilisez un port de 1024 à 65535.</translation>
    </message>
    <message>
        <source>Creates the database</source>
        <translation>Crée la base de données</translation>
    </message>
    <message>
        <source>Coolify answered without the new database&apos;s id. Check in Coolify whether it was created before trying again.</source>
        <translation>Coolify a répondu sans l&apos;identifiant de la nouvelle base de données. Vérifiez dans Coolify si elle a été créée avant de réessayer.</translation>
    </message>
    <message>
        <source>PostgreSQL database created on “%1”. Its connection details, password included, are on the database&apos;s page in Coolify (and in its details here when the token may read sensitive data).</source>
        <translation>Base de données PostgreSQL créée sur «&#xa0;%1&#xa0;». Ses informations de connexion, mot de passe compris, figurent sur la page de la base de données dans Coolify (et dans ses détails ici si le jeton peut lire les données sensibles).</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Closes the dialog without creating anything</source>
        <translation>Ferme la boîte de dialogue sans rien créer</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Création…</translation>
    </message>
    <message>
        <source>Before Create: %1</source>
        <translation>Avant de créer : %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateTargetPickers</name>
    <message>
        <source>Loading projects…</source>
        <translation>Chargement des projets…</translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation>Choisissez d&apos;abord un projet</translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation>Chargement des serveurs…</translation>
    </message>
    <message>
        <source>Projects could not be loaded</source>
        <translation>Impossible de charger les projets</translation>
    </message>
    <message>
        <source>Servers could not be loaded</source>
        <translation>Impossible de charger les serveurs</translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation>Choisissez un projet.</translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation>Choisissez un environnement.</translation>
    </message>
    <message>
        <source>Choose a server that can host resources.</source>
        <translation>Choisissez un serveur capable d&apos;héberger des ressources.</translation>
    </message>
    <message>
        <source>build server, cannot host resources</source>
        <translation>serveur de build, ne peut pas héberger de ressources</translation>
    </message>
    <message>
        <source>unreachable, Coolify cannot connect to it</source>
        <translation>injoignable, Coolify ne peut pas s&apos;y connecter</translation>
    </message>
    <message>
        <source>reachable but not usable, validate it in Coolify</source>
        <translation>joignable mais inutilisable, validez-le dans Coolify</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>No projects yet: create one in Coolify first</source>
        <translation>Aucun projet pour l&apos;instant&#xa0;: créez-en d&apos;abord un dans Coolify</translation>
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
        <translation>Aucun serveur ne peut héberger de nouvelles ressources</translation>
    </message>
    <message>
        <source>Environments could not be loaded</source>
        <translation>Impossible de charger les environnements</translation>
    </message>
    <message>
        <source>Loading environments…</source>
        <translation>Chargement des environnements…</translation>
    </message>
    <message>
        <source>This project has no environments</source>
        <translation>Ce projet n&apos;a aucun environnement</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Coolify did not accept some values; see the messages under the fields.</source>
        <translation>Coolify n&apos;a pas accepté certaines valeurs&#xa0;; voir les messages sous les champs.</translation>
    </message>
    <message>
        <source>Project not found.</source>
        <translation>Projet introuvable.</translation>
    </message>
    <message>
        <source>Environment not found.</source>
        <translation>Environnement introuvable.</translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation>Serveur introuvable.</translation>
    </message>
    <message>
        <source>The server&apos;s destination was not found.</source>
        <translation>La destination du serveur est introuvable.</translation>
    </message>
    <message>
        <source>%1 It may have been deleted meanwhile; the lists were reloaded.</source>
        <translation>%1 L&apos;élément a peut-être été supprimé entre-temps&#xa0;; les listes ont été rechargées.</translation>
    </message>
    <message>
        <source>This server has several Docker destinations (or none); this dialog cannot choose one. Pick another server or create the resource in Coolify&apos;s web UI.</source>
        <translation>Ce serveur a plusieurs destinations Docker (ou aucune)&#xa0;; cette boîte de dialogue ne peut pas en choisir une. Choisissez un autre serveur ou créez la ressource dans l&apos;interface web de Coolify.</translation>
    </message>
    <message>
        <source>Coolify refused the request: %1</source>
        <translation>Coolify a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>These domains are already in use:</source>
        <translation>Ces domaines sont déjà utilisés&#xa0;:</translation>
    </message>
    <message>
        <source>• %1 — used by %2 “%3”</source>
        <translation>• %1 — utilisé par %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation>Déjà utilisé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DatabaseBackupsView</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Open in &amp;Coolify</source>
        <translation>Ouvrir dans &amp;Coolify</translation>
    </message>
    <message>
        <source>&amp;Delete Backup…</source>
        <translation>Supprimer la sauve&amp;garde…</translation>
    </message>
    <message>
        <source>Database backups</source>
        <translation>Sauvegardes de la base</translation>
    </message>
    <message>
        <source>Backup schedules</source>
        <translation>Planifications de sauvegarde</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>About these backups</source>
        <translation>À propos de ces sauvegardes</translation>
    </message>
    <message>
        <source>Backup result</source>
        <translation>Résultat de la sauvegarde</translation>
    </message>
    <message>
        <source>Backups of %1</source>
        <translation>Sauvegardes de %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Run the selected schedule now and follow it to the end.</source>
        <translation>Lancer maintenant la planification sélectionnée et la suivre jusqu&apos;au bout.</translation>
    </message>
    <message>
        <source>Backing Up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Delete the backup %1 of %2?</source>
        <translation>Supprimer la sauvegarde %1 de %2&#xa0;?</translation>
    </message>
    <message>
        <source>Coolify deletes the file on the server and the record of this backup. This cannot be undone.</source>
        <translation>Coolify supprime le fichier sur le serveur et l&apos;enregistrement de cette sauvegarde. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Also delete the copy in S3</source>
        <translation>Supprimer aussi la copie dans S3</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Nouveau planning…</translation>
    </message>
    <message>
        <source>&amp;Edit Schedule…</source>
        <translation>&amp;Modifier le planning…</translation>
    </message>
    <message>
        <source>Delete &amp;Schedule…</source>
        <translation>&amp;Supprimer le planning…</translation>
    </message>
    <message>
        <source>Coolify&apos;s API cannot download or restore a backup: Open in Coolify does.</source>
        <translation>L’API de Coolify ne peut ni télécharger ni restaurer une sauvegarde&#xa0;: «&#xa0;Ouvrir dans Coolify&#xa0;» le peut.</translation>
    </message>
    <message>
        <source>No database selected.</source>
        <translation>Aucune base sélectionnée.</translation>
    </message>
    <message>
        <source>Add a backup schedule for this database.</source>
        <translation>Ajouter un planning de sauvegarde pour cette base.</translation>
    </message>
    <message>
        <source>Change the selected schedule.</source>
        <translation>Modifier le planning sélectionné.</translation>
    </message>
    <message>
        <source>Select a schedule to edit.</source>
        <translation>Sélectionnez un planning à modifier.</translation>
    </message>
    <message>
        <source>Delete Backup Schedule</source>
        <translation>Supprimer le planning de sauvegarde</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %1 backup schedule of %2 with all %n backup(s)?</source>
        <translation>
            <numerusform>Supprimer le planning «&#xa0;%1&#xa0;» de %2 avec sa %n sauvegarde&#xa0;?</numerusform>
            <numerusform>Supprimer le planning «&#xa0;%1&#xa0;» de %2 avec ses %n sauvegardes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Coolify deletes the schedule, the record of every backup it made and their files on the server. This cannot be undone.</source>
        <translation>Coolify supprime le planning, l’historique de toutes ses sauvegardes et leurs fichiers sur le serveur. C’est irréversible.</translation>
    </message>
    <message>
        <source>Also delete the copies in S3</source>
        <translation>Supprimer aussi les copies dans S3</translation>
    </message>
    <message>
        <source>Delete Schedule</source>
        <translation>Supprimer le planning</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeployWebhookWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Deploy webhook</source>
        <translation>Webhook de déploiement</translation>
    </message>
    <message>
        <source>Deploy &amp;webhook:</source>
        <translation>&amp;Webhook de déploiement&#xa0;:</translation>
    </message>
    <message>
        <source>Deploy webhook URL</source>
        <translation>URL du webhook de déploiement</translation>
    </message>
    <message>
        <source>Copy the deploy webhook URL</source>
        <translation>Copier l&apos;URL du webhook de déploiement</translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard (it contains no token)</source>
        <translation>Copier l&apos;URL dans le presse-papiers (elle ne contient aucun jeton)</translation>
    </message>
    <message>
        <source>How to call the webhook</source>
        <translation>Comment appeler le webhook</translation>
    </message>
    <message>
        <source>Send it as a POST request with an API token that has the “deploy” permission (header “Authorization: Bearer &lt;token&gt;”). A GET request does not deploy, and there is no “/applications/&lt;uuid&gt;/deploy” address.</source>
        <translation>Envoyez-le sous forme de requête POST avec un jeton d&apos;API disposant de la permission «&#xa0;deploy&#xa0;» (en-tête «&#xa0;Authorization: Bearer &lt;token&gt;&#xa0;»). Une requête GET ne déploie pas, et il n&apos;existe pas d&apos;adresse «&#xa0;/applications/&lt;uuid&gt;/deploy&#xa0;».</translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation>Résultat de la copie</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Deploy webhook label</source>
        <translation>Libellé du webhook de déploiement</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentHistoryView</name>
    <message>
        <source>Load &amp;More</source>
        <translation>Charger &amp;plus</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation>Historique des déploiements</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Deployments shown</source>
        <translation>Déploiements affichés</translation>
    </message>
    <message>
        <source>History error</source>
        <translation>Erreur d&apos;historique</translation>
    </message>
    <message>
        <source>Deployments of the application</source>
        <translation>Déploiements de l&apos;application</translation>
    </message>
    <message>
        <source>Load more deployments</source>
        <translation>Charger plus de déploiements</translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation>Actualiser l&apos;historique</translation>
    </message>
    <message>
        <source>Deployments of %1</source>
        <translation>Déploiements de %1</translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation>Aucune application sélectionnée.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This application has never been deployed.</source>
        <translation>Cette application n&apos;a jamais été déployée.</translation>
    </message>
    <message>
        <source>%1 of %2 deployments</source>
        <translation>%1 déploiements sur %2</translation>
    </message>
    <message>
        <source>Roll &amp;Back…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Roll Back to This Image…</source>
        <translation>Restaurer cette image…</translation>
    </message>
    <message>
        <source>Kept images</source>
        <translation>Images conservées</translation>
    </message>
    <message>
        <source>Rollback result</source>
        <translation>Résultat de la restauration</translation>
    </message>
    <message>
        <source>Roll back to the selected deployment&apos;s image</source>
        <translation>Restaurer l&apos;image du déploiement sélectionné</translation>
    </message>
    <message>
        <source>Roll back to %1.</source>
        <translation>Restaurer %1.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Roll Back %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Roll back %1 on %2 to %3?</source>
        <translation>Restaurer %1 sur %2 vers %3&#xa0;?</translation>
    </message>
    <message>
        <source>Running now: %1
Roll back to: %2 (deployed %3)

Coolify starts a new deployment that puts the kept image back without building it. Environment variables and settings stay as they are now.</source>
        <translation>En cours&#xa0;: %1
Restaurer vers&#xa0;: %2 (déployé le %3)

Coolify lance un nouveau déploiement qui remet l&apos;image conservée sans la reconstruire. Les variables d&apos;environnement et les paramètres restent tels qu&apos;ils sont.</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentNotifier</name>
    <message>
        <source>&amp;Quiet Mode (No Deployment Notifications)</source>
        <translation>Mode &amp;silencieux (aucune notification de déploiement)</translation>
    </message>
    <message>
        <source>Do not show a notification when a deployment ends</source>
        <translation>Ne pas afficher de notification à la fin d&apos;un déploiement</translation>
    </message>
    <message>
        <source>Deployment notifications</source>
        <translation>Notifications de déploiement</translation>
    </message>
    <message>
        <source>No deployments running</source>
        <translation>Aucun déploiement en cours</translation>
    </message>
    <message>
        <source>1 deployment running</source>
        <translation>1 déploiement en cours</translation>
    </message>
    <message>
        <source>%1 deployments running</source>
        <translation>%1 déploiements en cours</translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation>1 instance</translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation>%1 instances</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Coolify Desktop: %1</source>
        <translation>Coolify Desktop&#xa0;: %1</translation>
    </message>
    <message>
        <source>Quiet mode: no deployment notifications</source>
        <translation>Mode silencieux&#xa0;: aucune notification de déploiement</translation>
    </message>
    <message>
        <source>An application</source>
        <translation>Une application</translation>
    </message>
    <message>
        <source>Deployment finished</source>
        <translation>Déploiement terminé</translation>
    </message>
    <message>
        <source>%1 finished deploying.</source>
        <translation>Le déploiement de %1 est terminé.</translation>
    </message>
    <message>
        <source>%1 finished deploying in %2.</source>
        <translation>Le déploiement de %1 s&apos;est terminé en %2.</translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation>Échec du déploiement</translation>
    </message>
    <message>
        <source>%1 failed to deploy.</source>
        <translation>Le déploiement de %1 a échoué.</translation>
    </message>
    <message>
        <source>%1 failed to deploy after %2.</source>
        <translation>Le déploiement de %1 a échoué après %2.</translation>
    </message>
    <message>
        <source>Deployment cancelled</source>
        <translation>Déploiement annulé</translation>
    </message>
    <message>
        <source>The deployment of %1 was cancelled.</source>
        <translation>Le déploiement de %1 a été annulé.</translation>
    </message>
    <message>
        <source>Deployment ended</source>
        <translation>Déploiement arrêté</translation>
    </message>
    <message>
        <source>The deployment of %1 is no longer running; its result could not be read.</source>
        <translation>Le déploiement de %1 n&apos;est plus en cours&#xa0;; son résultat n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>(commit %1)</source>
        <translation>(commit %1)</translation>
    </message>
    <message>
        <source>Click to open the deployment.</source>
        <translation>Cliquez pour ouvrir le déploiement.</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Sauvegarde terminée</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentView</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation>État du déploiement</translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation>Détails du déploiement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Cancel result</source>
        <translation>Résultat de l&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel deployment</source>
        <translation>Annuler le déploiement</translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation>Déploiement %1</translation>
    </message>
    <message>
        <source>Status icon</source>
        <translation>Icône d&apos;état</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation>Instance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>(unnamed application)</source>
        <translation>(application sans nom)</translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <translation>Déploiement de %1</translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation>Commit&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Démarré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation>En cours depuis %1</translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation>Déclencheur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot cancel: %1.</source>
        <translation>Annulation impossible&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Stop this deployment (it is queued or in progress)</source>
        <translation>Arrêter ce déploiement (il est en file d&apos;attente ou en cours)</translation>
    </message>
    <message>
        <source>Deployment of %1 — %2</source>
        <translation>Déploiement de %1 — %2</translation>
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
        <translation>aucun environnement</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>&amp;Différences seulement</translation>
    </message>
    <message>
        <source>Show &amp;values</source>
        <translation>Afficher les &amp;valeurs</translation>
    </message>
    <message>
        <source>Copy Checked to &amp;Right →</source>
        <translation>Copier la sélection à &amp;droite →</translation>
    </message>
    <message>
        <source>← Copy Checked to &amp;Left</source>
        <translation>← Copier la sélection à &amp;gauche</translation>
    </message>
    <message>
        <source>Compare Variables — %1</source>
        <translation>Comparer les variables — %1</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Choose a resource to compare with…</source>
        <translation>Choisir une ressource à comparer…</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Gauche&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>&amp;Droite&#xa0;:</translation>
    </message>
    <message>
        <source>The left side could not be loaded: %1</source>
        <translation>Le côté gauche n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>An instance of this comparison was removed.</source>
        <translation>Une instance de cette comparaison a été supprimée.</translation>
    </message>
    <message>
        <source>The right side could not be loaded: %1</source>
        <translation>Le côté droit n’a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>•••• %1</source>
        <translation>•••• %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%n differ</source>
        <translation>
            <numerusform>%n différente</numerusform>
            <numerusform>%n différentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n same</source>
        <translation>
            <numerusform>%n identique</numerusform>
            <numerusform>%n identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cannot be compared</source>
        <translation>
            <numerusform>%n non comparable</numerusform>
            <numerusform>%n non comparables</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to %1: %2</source>
        <translation>Copié vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvPlanDialog</name>
    <message>
        <source>Review Changes — %1</source>
        <translation>Vérifier les modifications — %1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>changes %1</source>
        <translation>modifie %1</translation>
    </message>
    <message>
        <source>replaces a value that cannot be read</source>
        <translation>remplace une valeur illisible</translation>
    </message>
    <message>
        <source>outer spaces will be trimmed by Coolify</source>
        <translation>Coolify supprimera les espaces du début et de la fin</translation>
    </message>
    <message>
        <source>left as it is: locked values cannot be read or compared</source>
        <translation>laissée telle quelle&#xa0;: les valeurs verrouillées ne peuvent être ni lues ni comparées</translation>
    </message>
    <message>
        <source>left as it is: its value cannot be read with this token</source>
        <translation>laissée telle quelle&#xa0;: sa valeur est illisible avec ce jeton</translation>
    </message>
    <message numerus="yes">
        <source>Sends %n request(s). Nothing is sent before you confirm.</source>
        <translation>
            <numerusform>Envoie %n requête. Rien n’est envoyé avant votre confirmation.</numerusform>
            <numerusform>Envoie %n requêtes. Rien n’est envoyé avant votre confirmation.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to send.</source>
        <translation>Il n’y a rien à envoyer.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Save %n Change(s)</source>
        <translation>
            <numerusform>&amp;Enregistrer %n modification</numerusform>
            <numerusform>&amp;Enregistrer %n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangée</translation>
    </message>
    <message>
        <source>Skip (locked)</source>
        <translation>Ignorée (verrouillée)</translation>
    </message>
    <message>
        <source>Skip (unreadable)</source>
        <translation>Ignorée (illisible)</translation>
    </message>
    <message>
        <source>deleted, although its value cannot be read</source>
        <translation>supprimée, bien que sa valeur soit illisible</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>supprimée</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvVarDialog</name>
    <message>
        <source>&amp;Literal: use the value as written, without resolving {{…}} references</source>
        <translation>&amp;Littérale&#xa0;: utiliser la valeur telle quelle, sans résoudre les références {{…}}</translation>
    </message>
    <message>
        <source>Loc&amp;k: never show the value again after it is saved</source>
        <translation>&amp;Verrouiller&#xa0;: ne plus jamais afficher la valeur après l’enregistrement</translation>
    </message>
    <message>
        <source>Edit %1 — %2</source>
        <translation>Modifier %1 — %2</translation>
    </message>
    <message>
        <source>Add Variable — %1</source>
        <translation>Ajouter une variable — %1</translation>
    </message>
    <message>
        <source>e.g. DATABASE_URL</source>
        <translation>p. ex. DATABASE_URL</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Several lines are kept as they are. Coolify removes spaces and line breaks at the start and end.</source>
        <translation>Plusieurs lignes sont conservées telles quelles. Coolify supprime les espaces et sauts de ligne du début et de la fin.</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>C&amp;ommentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Available while &amp;running</source>
        <translation>Disponible à l’e&amp;xécution</translation>
    </message>
    <message>
        <source>Available while &amp;building</source>
        <translation>Disponible à la &amp;construction</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Coolify finds a variable by its key, so a key cannot be renamed: delete the variable and add a new one.</source>
        <translation>Coolify retrouve une variable par sa clé&#xa0;; une clé ne peut donc pas être renommée&#xa0;: supprimez la variable et ajoutez-en une nouvelle.</translation>
    </message>
    <message>
        <source>%1 Type the new value to replace it.</source>
        <translation>%1 Saisissez la nouvelle valeur pour la remplacer.</translation>
    </message>
    <message>
        <source>Type a key.</source>
        <translation>Saisissez une clé.</translation>
    </message>
    <message>
        <source>A key has letters, digits, _ and . only, and does not start with a digit.</source>
        <translation>Une clé ne contient que des lettres, des chiffres, _ et ., et ne commence pas par un chiffre.</translation>
    </message>
    <message>
        <source>%1 exists already: edit it instead.</source>
        <translation>%1 existe déjà&#xa0;: modifiez-la plutôt.</translation>
    </message>
    <message>
        <source>Coolify clears a value that is not sent, and this one cannot be read: type the new value.</source>
        <translation>Coolify efface une valeur qui n’est pas envoyée, et celle-ci est illisible&#xa0;: saisissez la nouvelle valeur.</translation>
    </message>
    <message>
        <source>Nothing changed yet.</source>
        <translation>Rien de modifié pour l’instant.</translation>
    </message>
    <message>
        <source>Letters, digits, _ and . only; not starting with a digit.</source>
        <translation>Lettres, chiffres, _ et . uniquement&#xa0;; sans chiffre au début.</translation>
    </message>
    <message>
        <source>Other changes are being saved; try again in a moment.</source>
        <translation>D’autres modifications sont en cours d’enregistrement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::EnvironmentView</name>
    <message>
        <source>The variables could not be loaded: %1</source>
        <translation>Les variables n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Show &amp;values</source>
        <translation>Afficher les &amp;valeurs</translation>
    </message>
    <message>
        <source>&amp;Preview copies</source>
        <translation>Copies d’a&amp;perçu</translation>
    </message>
    <message>
        <source>Coolify keeps a copy of each application variable for preview deployments (of pull requests). Show those copies instead of the variables.</source>
        <translation>Coolify garde une copie de chaque variable d’application pour les déploiements d’aperçu (des pull requests). Afficher ces copies au lieu des variables.</translation>
    </message>
    <message>
        <source>Edit as .e&amp;nv</source>
        <translation>Modifier en .e&amp;nv</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>Compare these variables with another resource&apos;s, on any instance, and copy them across</source>
        <translation>Comparer ces variables avec celles d’une autre ressource, sur n’importe quelle instance, et les copier</translation>
    </message>
    <message>
        <source>Load the variables again</source>
        <translation>Recharger les variables</translation>
    </message>
    <message>
        <source>Reload variables</source>
        <translation>Recharger les variables</translation>
    </message>
    <message>
        <source>Variables as .env text</source>
        <translation>Variables en texte .env</translation>
    </message>
    <message>
        <source>&amp;Review and Save…</source>
        <translation>&amp;Vérifier et enregistrer…</translation>
    </message>
    <message>
        <source>Disca&amp;rd Edits</source>
        <translation>A&amp;bandonner les modifications</translation>
    </message>
    <message>
        <source>KEY=value per line; a # comment line directly above a variable is its comment. Removing a line deletes the variable.</source>
        <translation>KEY=value par ligne&#xa0;; une ligne de commentaire # juste au-dessus d’une variable est son commentaire. Supprimer une ligne supprime la variable.</translation>
    </message>
    <message>
        <source>This instance&apos;s token lacks the write ability, so variables cannot be changed.</source>
        <translation>Le jeton de cette instance n’a pas la permission write&#xa0;: les variables ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <source>Preview copies follow their variable: add the variable instead.</source>
        <translation>Les copies d’aperçu suivent leur variable&#xa0;: ajoutez plutôt la variable.</translation>
    </message>
    <message>
        <source>Preview copies follow their variable: edit the variable.</source>
        <translation>Les copies d’aperçu suivent leur variable&#xa0;: modifiez la variable.</translation>
    </message>
    <message>
        <source>Select one variable to edit.</source>
        <translation>Sélectionnez une variable à modifier.</translation>
    </message>
    <message>
        <source>Select the variables to delete.</source>
        <translation>Sélectionnez les variables à supprimer.</translation>
    </message>
    <message>
        <source>The .env view needs the values, and this token lacks read:sensitive.</source>
        <translation>La vue .env a besoin des valeurs, et ce jeton n’a pas read:sensitive.</translation>
    </message>
    <message>
        <source>Edit all variables as .env text, then review the changes before saving</source>
        <translation>Modifier toutes les variables en texte .env, puis vérifier les modifications avant d’enregistrer</translation>
    </message>
    <message>
        <source>Add or update variables from a .env file</source>
        <translation>Ajouter ou mettre à jour des variables depuis un fichier .env</translation>
    </message>
    <message>
        <source>Save the readable variables as a .env file (locked and hidden values are left out)</source>
        <translation>Enregistrer les variables lisibles dans un fichier .env (les valeurs verrouillées et masquées sont omises)</translation>
    </message>
    <message>
        <source>Locked, not shown and left as they are: %1</source>
        <translation>Verrouillées, non affichées et laissées telles quelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden, not shown and left as they are: %1</source>
        <translation>Masquées, non affichées et laissées telles quelles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Values are hidden: this instance&apos;s token lacks read:sensitive. Variables can still be added, replaced and deleted.</source>
        <translation>Les valeurs sont masquées&#xa0;: le jeton de cette instance n’a pas read:sensitive. Les variables peuvent tout de même être ajoutées, remplacées et supprimées.</translation>
    </message>
    <message>
        <source>Fix these lines first:</source>
        <translation>Corrigez d’abord ces lignes&#xa0;:</translation>
    </message>
    <message>
        <source>Other changes are still being saved; try again in a moment.</source>
        <translation>D’autres modifications sont encore en cours d’enregistrement&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Saving: %1…</source>
        <translation>Enregistrement&#xa0;: %1…</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Retry the &amp;Rest</source>
        <translation>&amp;Réessayer le reste</translation>
    </message>
    <message>
        <source>Running containers keep the old values until the application is redeployed.</source>
        <translation>Les conteneurs en cours gardent les anciennes valeurs jusqu’au redéploiement de l’application.</translation>
    </message>
    <message>
        <source>Running containers keep the old values until it is restarted.</source>
        <translation>Les conteneurs en cours gardent les anciennes valeurs jusqu’au redémarrage.</translation>
    </message>
    <message>
        <source>Re&amp;deploy</source>
        <translation>Re&amp;déployer</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>Red&amp;émarrer</translation>
    </message>
    <message>
        <source>Delete Variables</source>
        <translation>Supprimer des variables</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n variable(s) of %1: %2?</source>
        <translation>
            <numerusform>Supprimer %n variable de %1&#xa0;: %2&#xa0;?</numerusform>
            <numerusform>Supprimer %n variables de %1&#xa0;: %2&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Their preview copies are deleted with them. This cannot be undone.</source>
        <translation>Leurs copies d’aperçu sont supprimées avec elles. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Import .env File</source>
        <translation>Importer un fichier .env</translation>
    </message>
    <message>
        <source>Environment files (*.env .env*);;All files (*)</source>
        <translation>Fichiers d’environnement (*.env .env*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a .env file.</source>
        <translation>%1 dépasse 4 Mio&#xa0;; ce n’est pas un fichier .env.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read:</source>
        <translation>
            <numerusform>%n ligne du fichier n’a pas pu être lue&#xa0;:</numerusform>
            <numerusform>%n lignes du fichier n’ont pas pu être lues&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the file could not be read. Import the other variables?</source>
        <translation>
            <numerusform>%n ligne du fichier n’a pas pu être lue. Importer les autres variables&#xa0;?</numerusform>
            <numerusform>%n lignes du fichier n’ont pas pu être lues. Importer les autres variables&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>Export .env File</source>
        <translation>Exporter un fichier .env</translation>
    </message>
    <message>
        <source>Environment files (*.env)</source>
        <translation>Fichiers d’environnement (*.env)</translation>
    </message>
    <message>
        <source>Left out (their values cannot be read): %1</source>
        <translation>Omises (valeurs illisibles)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n variable(s) exported to %1</source>
        <translation>
            <numerusform>%n variable exportée vers %1</numerusform>
            <numerusform>%n variables exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n de plus</numerusform>
            <numerusform>… et %n de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or Hide the Selected &amp;Values</source>
        <translation>Afficher ou masquer les &amp;valeurs sélectionnées</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Coolify Instance</source>
        <translation>Ajouter une instance Coolify</translation>
    </message>
    <message>
        <source>Unchanged — type to replace the stored token</source>
        <translation>Inchangé — saisissez pour remplacer le jeton enregistré</translation>
    </message>
    <message>
        <source>This instance lives for this session only (it came from the environment or the sandbox). Use “Save Instance” in the main window to keep it.</source>
        <translation>Cette instance n&apos;existe que pour cette session (elle provient de l&apos;environnement ou du bac à sable). Utilisez «&#xa0;Enregistrer l&apos;instance&#xa0;» dans la fenêtre principale pour la conserver.</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Afficher ou masquer le jeton</translation>
    </message>
    <message>
        <source>The address you open Coolify&apos;s dashboard at.</source>
        <translation>L&apos;adresse à laquelle vous ouvrez le tableau de bord de Coolify.</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API&#xa0;: %1</translation>
    </message>
    <message>
        <source>Instance Colour</source>
        <translation>Couleur de l&apos;instance</translation>
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
        <translation>Donnez un nom à l&apos;instance.</translation>
    </message>
    <message>
        <source>Enter the API token for this instance.</source>
        <translation>Saisissez le jeton d&apos;API de cette instance.</translation>
    </message>
    <message>
        <source>The instance could not be saved: the settings file is read-only or was written by a newer version of Coolify Desktop.</source>
        <translation>Impossible d&apos;enregistrer l&apos;instance&#xa0;: le fichier de paramètres est en lecture seule ou a été écrit par une version plus récente de Coolify Desktop.</translation>
    </message>
    <message>
        <source>%1
The token can be kept for this session only (never written to disk): press Save again.</source>
        <translation>%1
Le jeton peut être conservé pour cette session uniquement (il n&apos;est jamais écrit sur le disque)&#xa0;: cliquez à nouveau sur Enregistrer.</translation>
    </message>
    <message>
        <source>⚠ Plain http: the token would travel unencrypted, readable by anyone on the network path. Use https unless this address is on a private network.</source>
        <translation>⚠ http simple : le jeton circulerait en clair, lisible par quiconque sur le chemin réseau. Utilisez https, sauf si cette adresse est sur un réseau privé.</translation>
    </message>
    <message>
        <source>Trust this certificate</source>
        <translation>Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>Trust the &amp;New Certificate…</source>
        <translation>Faire confiance au &amp;nouveau certificat…</translation>
    </message>
    <message>
        <source>T&amp;rust This Certificate…</source>
        <translation>Faire confiance à ce ce&amp;rtificat…</translation>
    </message>
    <message>
        <source>Trust Certificate</source>
        <translation>Faire confiance au certificat</translation>
    </message>
    <message>
        <source>Trust this certificate for %1?</source>
        <translation>Faire confiance à ce certificat pour %1 ?</translation>
    </message>
    <message>
        <source>No certificate authority vouches for it. Compare the fingerprint with the one on the server (e.g. openssl x509 -noout -fingerprint -sha256 -in cert.pem). Only exactly this certificate will be accepted for this instance; if it ever changes, the app refuses the connection and tells you.</source>
        <translation>Aucune autorité de certification ne le garantit. Comparez l’empreinte avec celle du serveur (par ex. openssl x509 -noout -fingerprint -sha256 -in cert.pem). Seul exactement ce certificat sera accepté pour cette instance ; s’il change un jour, l’application refuse la connexion et vous le signale.</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Faire confiance</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceOverview</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Save Instance…</source>
        <translation>&amp;Enregistrer l&apos;instance…</translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation>Modifier l&apos;instance</translation>
    </message>
    <message>
        <source>Reconnect to instance</source>
        <translation>Se reconnecter à l&apos;instance</translation>
    </message>
    <message>
        <source>Save this session instance</source>
        <translation>Enregistrer cette instance de session</translation>
    </message>
    <message>
        <source>Keeps this instance after the app quits; its token moves to the keychain</source>
        <translation>Conserve cette instance après la fermeture de l&apos;application&#xa0;; son jeton est déplacé dans le trousseau</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>can %1</source>
        <translation>peut %1</translation>
    </message>
    <message>
        <source>cannot %1</source>
        <translation>ne peut pas %1</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>This instance lasts for this session only; its token is kept in memory and never written to disk.</source>
        <translation>Cette instance n&apos;existe que pour cette session&#xa0;; son jeton est gardé en mémoire et n&apos;est jamais écrit sur le disque.</translation>
    </message>
    <message>
        <source>⚠ plain http: the token is sent unencrypted over the network</source>
        <translation>⚠ http simple : le jeton est envoyé en clair sur le réseau</translation>
    </message>
    <message>
        <source>Anyone on the network path can read this token. Use https for this instance unless it is on a private network.</source>
        <translation>Quiconque sur le chemin réseau peut lire ce jeton. Utilisez https pour cette instance, sauf si elle est sur un réseau privé.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>En un coup d’œil</translation>
    </message>
    <message>
        <source>Applications:</source>
        <translation>Applications :</translation>
    </message>
    <message>
        <source>Databases:</source>
        <translation>Bases de données :</translation>
    </message>
    <message>
        <source>Services:</source>
        <translation>Services :</translation>
    </message>
    <message>
        <source>Needs attention:</source>
        <translation>À surveiller :</translation>
    </message>
    <message>
        <source>Deployments:</source>
        <translation>Déploiements :</translation>
    </message>
    <message>
        <source>Servers:</source>
        <translation>Serveurs :</translation>
    </message>
    <message>
        <source>%1 running</source>
        <translation>%1 en marche</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 arrêtées</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n à surveiller</numerusform>
            <numerusform>%n à surveiller</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 busy</source>
        <translation>%1 occupées</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>%n running or queued</source>
        <translation>
            <numerusform>%n en cours ou en attente</numerusform>
            <numerusform>%n en cours ou en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2 not reachable (%3)</source>
        <translation>%1 — %2 injoignables (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) whose last deployment failed</source>
        <translation>
            <numerusform>%n application dont le dernier déploiement a échoué</numerusform>
            <numerusform>%n applications dont le dernier déploiement a échoué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n in the last 24 h)</source>
        <translation>
            <numerusform>(%n ces dernières 24 h)</numerusform>
            <numerusform>(%n ces dernières 24 h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::JournalWindow</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Journal — Coolify Desktop</source>
        <translation>Journal — Coolify Desktop</translation>
    </message>
    <message>
        <source>Search instance, resource, fields, details…</source>
        <translation>Rechercher instance, ressource, champs, détails…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Open the deployment or the resource of the selected entry</source>
        <translation>Ouvrir le déploiement ou la ressource de l’entrée choisie</translation>
    </message>
    <message>
        <source>Save the listed entries as CSV or JSON</source>
        <translation>Enregistrer les entrées listées en CSV ou en JSON</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n entries; narrow the search to see older ones.</source>
        <translation>
            <numerusform>La plus récente entrée&#xa0;; affinez la recherche pour voir les plus anciennes.</numerusform>
            <numerusform>Les %n entrées les plus récentes&#xa0;; affinez la recherche pour voir les plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Journal Not Exported</source>
        <translation>Journal non exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
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
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Internal commands</source>
        <translation>Commandes internes</translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation>Horodatages</translation>
    </message>
    <message>
        <source>Following</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all lines</source>
        <translation>Copier les lignes sélectionnées, ou toutes les lignes</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation>Enregistrer le journal dans un fichier</translation>
    </message>
    <message>
        <source>Save log</source>
        <translation>Enregistrer le journal</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Find in log (Ctrl+F)</source>
        <translation>Rechercher dans le journal (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Show internal commands</source>
        <translation>Afficher les commandes internes</translation>
    </message>
    <message>
        <source>Show the internal commands Coolify runs (hidden by default)</source>
        <translation>Afficher les commandes internes exécutées par Coolify (masquées par défaut)</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Afficher les horodatages</translation>
    </message>
    <message>
        <source>Log viewer message</source>
        <translation>Message de la visionneuse de journal</translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation>Journal de déploiement</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Paused — jump to end</source>
        <translation>En pause — aller à la fin</translation>
    </message>
    <message>
        <source>New lines scroll into view. Scroll up to pause.</source>
        <translation>Les nouvelles lignes défilent à l&apos;écran. Faites défiler vers le haut pour mettre en pause.</translation>
    </message>
    <message>
        <source>Following is paused while you read. Click to jump to the newest line and follow again.</source>
        <translation>Le suivi est en pause pendant votre lecture. Cliquez pour aller à la ligne la plus récente et reprendre le suivi.</translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation>Impossible d&apos;enregistrer le journal dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation>Résultats&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the log (%1 lines) to %2.</source>
        <translation>Journal (%1 lignes) enregistré dans %2.</translation>
    </message>
    <message>
        <source>Dropped log lines</source>
        <translation>Lignes de journal abandonnées</translation>
    </message>
    <message>
        <source>Showing the newest %1 lines: %2 older lines were dropped to keep memory in bounds (Coolify&apos;s own log view keeps %1 too). The whole log stays on the server.</source>
        <translation>Affichage des %1 lignes les plus récentes : %2 lignes plus anciennes ont été abandonnées pour limiter la mémoire (la vue des journaux de Coolify en garde aussi %1). Le journal complet reste sur le serveur.</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Copy the selected lines</source>
        <translation>Copier les lignes sélectionnées</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::MainWindow</name>
    <message>
        <source>&amp;Add Instance…</source>
        <translation>&amp;Ajouter une instance…</translation>
    </message>
    <message>
        <source>Add a Coolify instance with its address and API token</source>
        <translation>Ajouter une instance Coolify avec son adresse et son jeton d&apos;API</translation>
    </message>
    <message>
        <source>&amp;Edit Instance…</source>
        <translation>&amp;Modifier l&apos;instance…</translation>
    </message>
    <message>
        <source>Change the selected instance&apos;s name, address, token or colour</source>
        <translation>Modifier le nom, l&apos;adresse, le jeton ou la couleur de l&apos;instance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Remove Instance…</source>
        <translation>&amp;Retirer l&apos;instance…</translation>
    </message>
    <message>
        <source>Forget the selected instance and delete its token</source>
        <translation>Oublier l&apos;instance sélectionnée et supprimer son jeton</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualiser</translation>
    </message>
    <message>
        <source>Reload everything from every instance now</source>
        <translation>Tout recharger maintenant depuis toutes les instances</translation>
    </message>
    <message>
        <source>Open in &amp;Split View</source>
        <translation>Ouvrir en &amp;vue partagée</translation>
    </message>
    <message>
        <source>Show the selected item beside the current view</source>
        <translation>Afficher l&apos;élément sélectionné à côté de la vue actuelle</translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation>Ouvrir dans une nouvelle &amp;fenêtre</translation>
    </message>
    <message>
        <source>Show the selected item in a window of its own</source>
        <translation>Afficher l&apos;élément sélectionné dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation>&amp;Instance</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
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
        <translation>Actualisation de toutes les instances…</translation>
    </message>
    <message>
        <source>Instance added.</source>
        <translation>Instance ajoutée.</translation>
    </message>
    <message>
        <source>Instance saved.</source>
        <translation>Instance enregistrée.</translation>
    </message>
    <message>
        <source>Remove Instance</source>
        <translation>Retirer l&apos;instance</translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from Coolify Desktop?

Its API token is deleted from the keychain. Nothing changes on the Coolify server.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» (%2) de Coolify Desktop&#xa0;?

Son jeton d&apos;API est supprimé du trousseau. Rien ne change sur le serveur Coolify.</translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» retirée.</translation>
    </message>
    <message>
        <source>Instance saved; its token is now in the keychain.</source>
        <translation>Instance enregistrée&#xa0;; son jeton est maintenant dans le trousseau.</translation>
    </message>
    <message>
        <source>The instance was not saved: %1</source>
        <translation>L&apos;instance n&apos;a pas été enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Language, notifications and refresh intervals</source>
        <translation>Langue, notifications et intervalles d&apos;actualisation</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Edit the selected instance</source>
        <translation>Modifier l&apos;instance sélectionnée</translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation>Sélectionnez d&apos;abord une instance.</translation>
    </message>
    <message>
        <source>Remove the selected instance</source>
        <translation>Retirer l&apos;instance sélectionnée</translation>
    </message>
    <message>
        <source>Demo Not Started</source>
        <translation>Démo non démarrée</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every keyboard shortcut of the app</source>
        <translation>Tous les raccourcis clavier de l’application</translation>
    </message>
    <message>
        <source>Coolify &amp;Documentation</source>
        <translation>&amp;Documentation de Coolify</translation>
    </message>
    <message>
        <source>Open Coolify&apos;s documentation in the browser</source>
        <translation>Ouvrir la documentation de Coolify dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;About Coolify Desktop</source>
        <translation>À &amp;propos de Coolify Desktop</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>Selected resources</source>
        <translation>Ressources sélectionnées</translation>
    </message>
    <message>
        <source>Resource tables</source>
        <translation>Tableaux de ressources</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Settings, log and detached windows</source>
        <translation>Fenêtres de paramètres, de journal et détachées</translation>
    </message>
    <message>
        <source>Close the window (asks first about unsaved edits)</source>
        <translation>Fermer la fenêtre (demande d’abord en cas de modifications non enregistrées)</translation>
    </message>
    <message>
        <source>About Coolify Desktop</source>
        <translation>À propos de Coolify Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Coolify Desktop %1&lt;/h3&gt;&lt;p&gt;A desktop client for several Coolify instances side by side.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Coolify Desktop %1&lt;/h3&gt;&lt;p&gt;Un client de bureau pour plusieurs instances Coolify côte à côte.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Works with Coolify v4 through its API v1; its behaviour was checked against Coolify 4.3.11. Tokens are kept in the system keychain.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (running on Qt %2).&lt;/p&gt;&lt;p&gt;Released under the MIT licence. &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fonctionne avec Coolify v4 via son API v1 ; son comportement a été vérifié avec Coolify 4.3.11. Les jetons sont conservés dans le trousseau du système.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %1 (exécuté avec Qt %2).&lt;/p&gt;&lt;p&gt;Publié sous licence MIT. &lt;a href=&quot;%3&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Instances imported from coolify-cli.</source>
        <translation>Instances importées depuis coolify-cli.</translation>
    </message>
    <message>
        <source>&amp;Import from coolify-cli…</source>
        <translation>I&amp;mporter depuis coolify-cli…</translation>
    </message>
    <message>
        <source>Add the instances set up in the official Coolify CLI, moving their tokens to the keychain</source>
        <translation>Ajouter les instances configurées dans la CLI officielle de Coolify, en transférant leurs jetons dans le trousseau</translation>
    </message>
    <message>
        <source>That resource is not on its instance any more.</source>
        <translation>Cette ressource n’existe plus sur son instance.</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Every change this app made on your instances</source>
        <translation>Chaque modification que cette application a faite sur vos instances</translation>
    </message>
    <message>
        <source>Deploy by &amp;Tag…</source>
        <translation>Déployer par é&amp;tiquette…</translation>
    </message>
    <message>
        <source>Deploy every application that carries a Coolify tag, on every instance</source>
        <translation>Déployer chaque application portant une étiquette Coolify, sur toutes les instances</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>The new language is used the next time Coolify Desktop starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Coolify Desktop.</translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Coolify Desktop starts.</source>
        <translation>Un changement de langue prend effet au prochain démarrage de Coolify Desktop.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ProjectsOverview</name>
    <message>
        <source>Every project with its environments and what they hold. Enter or a double-click opens one with its resources.</source>
        <translation>Chaque projet avec ses environnements et ce qu&apos;ils contiennent. Entrée ou un double-clic en ouvre un avec ses ressources.</translation>
    </message>
    <message>
        <source>Projects and environments</source>
        <translation>Projets et environnements</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceActions</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>Redé&amp;marrer</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Dé&amp;ployer</translation>
    </message>
    <message>
        <source>Redeploy &amp;Without Cache</source>
        <translation>Redéployer &amp;sans cache</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <source>Only applications can be deployed.</source>
        <translation>Seules les applications peuvent être déployées.</translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation>%1 — indisponible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Start the selected resources</source>
        <translation>Démarrer les ressources sélectionnées</translation>
    </message>
    <message>
        <source>Stop the selected resources</source>
        <translation>Arrêter les ressources sélectionnées</translation>
    </message>
    <message>
        <source>Restart the selected resources</source>
        <translation>Redémarrer les ressources sélectionnées</translation>
    </message>
    <message>
        <source>Deploy the selected applications</source>
        <translation>Déployer les applications sélectionnées</translation>
    </message>
    <message>
        <source>Rebuild and deploy the selected applications without the build cache</source>
        <translation>Reconstruire et déployer les applications sélectionnées sans le cache de build</translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation>Supprimer la ressource sélectionnée</translation>
    </message>
    <message>
        <source>New &amp;Application…</source>
        <translation>Nouvelle &amp;application…</translation>
    </message>
    <message>
        <source>New &amp;PostgreSQL Database…</source>
        <translation>Nouvelle base de données Post&amp;greSQL…</translation>
    </message>
    <message>
        <source>Select an instance (or one of its views) first.</source>
        <translation>Sélectionnez d&apos;abord une instance (ou l&apos;une de ses vues).</translation>
    </message>
    <message>
        <source>Create an application from a public git repository</source>
        <translation>Créer une application à partir d&apos;un dépôt Git public</translation>
    </message>
    <message>
        <source>Create a PostgreSQL database</source>
        <translation>Créer une base de données PostgreSQL</translation>
    </message>
    <message>
        <source>Created “%1”; loading it…</source>
        <translation>« %1 » créé ; chargement…</translation>
    </message>
    <message>
        <source>Created a new database; loading it…</source>
        <translation>Nouvelle base de données créée ; chargement…</translation>
    </message>
    <message>
        <source>Created a new application; loading it…</source>
        <translation>Nouvelle application créée ; chargement…</translation>
    </message>
    <message>
        <source>Edit &amp;Settings…</source>
        <translation>Modifier les &amp;paramètres…</translation>
    </message>
    <message>
        <source>Open in &amp;Coolify</source>
        <translation>Ouvrir dans &amp;Coolify</translation>
    </message>
    <message>
        <source>Copy U&amp;UID</source>
        <translation>Copier l’U&amp;UID</translation>
    </message>
    <message>
        <source>Copy &amp;Address</source>
        <translation>Copier l’&amp;adresse</translation>
    </message>
    <message>
        <source>the UUID of “%1”</source>
        <translation>l’UUID de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%n UUIDs</source>
        <translation>
            <numerusform>%n UUID</numerusform>
            <numerusform>%n UUID</numerusform>
        </translation>
    </message>
    <message>
        <source>the address of “%1”</source>
        <translation>l’adresse de « %1 »</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copié : %1.</translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation>Sélectionnez d’abord une ressource.</translation>
    </message>
    <message>
        <source>Select a single resource.</source>
        <translation>Sélectionnez une seule ressource.</translation>
    </message>
    <message>
        <source>Only applications have a settings form here.</source>
        <translation>Seules les applications ont ici un formulaire de paramètres.</translation>
    </message>
    <message>
        <source>Open the application&apos;s settings form</source>
        <translation>Ouvrir le formulaire de paramètres de l’application</translation>
    </message>
    <message>
        <source>The instance is not loaded.</source>
        <translation>L’instance n’est pas chargée.</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
    <message>
        <source>Open the resource&apos;s page in Coolify&apos;s web UI</source>
        <translation>Ouvrir la page de la ressource dans l’interface web de Coolify</translation>
    </message>
    <message>
        <source>Copy the resource&apos;s UUID (for the CLI or the API)</source>
        <translation>Copier l’UUID de la ressource (pour la CLI ou l’API)</translation>
    </message>
    <message>
        <source>A database has no web address.</source>
        <translation>Une base de données n’a pas d’adresse web.</translation>
    </message>
    <message>
        <source>It has no domain.</source>
        <translation>Elle n’a pas de domaine.</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy the address it is served at</source>
        <translation>Copier l’adresse à laquelle elle est servie</translation>
    </message>
    <message>
        <source>The first deployment of “%1” has not started yet; it will show under Active Deployments when it does.</source>
        <translation>Le premier déploiement de « %1 » n’a pas encore commencé ; il apparaîtra dans Déploiements actifs dès qu’il démarrera.</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceCommandSource</name>
    <message>
        <source>%1 %2 on %3</source>
        <comment>verb, resource, instance</comment>
        <translation>%1 %2 sur %3</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceDetails</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation>Sélectionnez une ressource pour afficher ses détails.</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>Instance&#xa0;:</translation>
    </message>
    <message>
        <source>Project / environment:</source>
        <translation>Projet / environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation>Domaines&#xa0;:</translation>
    </message>
    <message>
        <source>Build pack:</source>
        <translation>Build pack&#xa0;:</translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation>Dépôt&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation>%1 (branche %2)</translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation>Commit&#xa0;:</translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation>Ports&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook secrets:</source>
        <translation>Secrets des webhooks&#xa0;:</translation>
    </message>
    <message>
        <source>readable with this token</source>
        <translation>lisibles avec ce jeton</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Base de données %1</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Image:</source>
        <translation>Image&#xa0;:</translation>
    </message>
    <message>
        <source>User / database:</source>
        <translation>Utilisateur / base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Public port:</source>
        <translation>Port public&#xa0;:</translation>
    </message>
    <message>
        <source>not public</source>
        <translation>non public</translation>
    </message>
    <message>
        <source>Internal URL:</source>
        <translation>URL interne&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Démarré&#xa0;:</translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation>Service %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation>Conteneurs&#xa0;:</translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation>Fichier compose&#xa0;:</translation>
    </message>
    <message>
        <source>Edit &amp;Settings…</source>
        <translation>Modifier les &amp;paramètres…</translation>
    </message>
    <message>
        <source>Edit application settings</source>
        <translation>Modifier les paramètres de l&apos;application</translation>
    </message>
    <message>
        <source>Open this application&apos;s settings form</source>
        <translation>Ouvrir le formulaire de paramètres de cette application</translation>
    </message>
    <message>
        <source>Public URL:</source>
        <translation>URL publique :</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceTableView</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation>Filtrer les lignes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation>Filtre de type</translation>
    </message>
    <message>
        <source>Instance filter</source>
        <translation>Filtre d&apos;instance</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Tout type</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Filter the table</source>
        <translation>Filtrer le tableau</translation>
    </message>
    <message>
        <source>Edit the selected application&apos;s settings (or double-click)</source>
        <translation>Modifier les paramètres de l’application sélectionnée (ou double-clic)</translation>
    </message>
    <message>
        <source>Last deployment failed</source>
        <translation>Dernier déploiement en échec</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceTabs</name>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::RuntimeLogsView</name>
    <message>
        <source>Timestamps</source>
        <translation>Horodatages</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation>Journaux de %1</translation>
    </message>
    <message>
        <source>Last %1 lines</source>
        <translation>%1 dernières lignes</translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation>Afficher les horodatages</translation>
    </message>
    <message>
        <source>The server offers timestamps for application logs only.</source>
        <translation>Le serveur ne fournit des horodatages que pour les journaux d&apos;application.</translation>
    </message>
    <message>
        <source>Refresh logs</source>
        <translation>Actualiser les journaux</translation>
    </message>
    <message>
        <source>Follow logs</source>
        <translation>Suivre les journaux</translation>
    </message>
    <message>
        <source>Fetch the logs again every few seconds</source>
        <translation>Récupérer à nouveau les journaux toutes les quelques secondes</translation>
    </message>
    <message>
        <source>Logs message</source>
        <translation>Message des journaux</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Container logs</source>
        <translation>Journaux du conteneur</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mis à jour %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ServerDetails</name>
    <message>
        <source>Open in &amp;Coolify</source>
        <translation>Ouvrir dans &amp;Coolify</translation>
    </message>
    <message>
        <source>Resources on this server</source>
        <translation>Ressources sur ce serveur</translation>
    </message>
    <message>
        <source>Open this server&apos;s page in Coolify&apos;s web interface</source>
        <translation>Ouvrir la page de ce serveur dans l&apos;interface web de Coolify</translation>
    </message>
    <message>
        <source>Enter or double-click opens the resource</source>
        <translation>Entrée ou un double-clic ouvre la ressource</translation>
    </message>
    <message>
        <source>Select a server to see its details and what runs on it.</source>
        <translation>Sélectionnez un serveur pour voir ses détails et ce qui y tourne.</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>%1@%2, SSH port %3</source>
        <translation>%1@%2, port SSH %3</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Proxy:</source>
        <translation>Proxy&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>hosts Coolify itself</source>
        <translation>héberge Coolify lui-même</translation>
    </message>
    <message>
        <source>build server (builds images, runs no resources)</source>
        <translation>serveur de build (construit les images, n&apos;exécute aucune ressource)</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>runs resources</source>
        <translation>exécute des ressources</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing runs on this server.</source>
        <translation>Rien ne tourne sur ce serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s). Enter or a double-click opens one.</source>
        <translation>
            <numerusform>%n ressource. Entrée ou un double-clic l&apos;ouvre.</numerusform>
            <numerusform>%n ressources. Entrée ou un double-clic en ouvre une.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resources on this server (%1)</source>
        <translation>Ressources sur ce serveur (%1)</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::SettingsWindow</name>
    <message>
        <source>%1 Settings — %2 — Coolify Desktop</source>
        <translation>Paramètres de %1 — %2 — Coolify Desktop</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::Status</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK, with limits</source>
        <translation>OK, avec des limites</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::TagDeployDialog</name>
    <message>
        <source>Without the build &amp;cache</source>
        <translation>Sans le &amp;cache de build</translation>
    </message>
    <message>
        <source>Deploy by Tag</source>
        <translation>Déployer par étiquette</translation>
    </message>
    <message>
        <source>Deploy every application that carries a Coolify tag, on each instance that has it. Coolify also starts the services with the tag; databases are not deployed by tag.</source>
        <translation>Déployer chaque application portant une étiquette Coolify, sur chaque instance qui l’a. Coolify démarre aussi les services portant l’étiquette ; les bases de données ne sont pas déployées par étiquette.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>C&amp;ontinue…</source>
        <translation>C&amp;ontinuer…</translation>
    </message>
    <message>
        <source>The token may not deploy any of them.</source>
        <translation>Le jeton ne peut déployer aucune d’entre elles.</translation>
    </message>
    <message>
        <source>Reading the tags of every online instance…</source>
        <translation>Lecture des étiquettes de chaque instance en ligne…</translation>
    </message>
    <message>
        <source>%1 — on %2</source>
        <translation>%1 — sur %2</translation>
    </message>
    <message>
        <source>No instance has tags. Tag applications in Coolify to deploy them together.</source>
        <translation>Aucune instance n’a d’étiquettes. Étiquetez des applications dans Coolify pour les déployer ensemble.</translation>
    </message>
    <message>
        <source>Looking up the applications tagged “%1”…</source>
        <translation>Recherche des applications étiquetées « %1 »…</translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ViewPane</name>
    <message>
        <source>Open in New Window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Open this view in its own window</source>
        <translation>Ouvrir cette vue dans sa propre fenêtre</translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation>Ouvrir dans une nouvelle fenêtre</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation>Fermer ce volet</translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation>Fermer le volet</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>%1 — Applications</source>
        <translation>%1 — Applications</translation>
    </message>
    <message>
        <source>%1 — Databases</source>
        <translation>%1 — Bases de données</translation>
    </message>
    <message>
        <source>%1 — Services</source>
        <translation>%1 — Services</translation>
    </message>
    <message>
        <source>%1 — Servers</source>
        <translation>%1 — Serveurs</translation>
    </message>
    <message>
        <source>%1 — Active deployments</source>
        <translation>%1 — Déploiements actifs</translation>
    </message>
    <message>
        <source>%1 — Projects</source>
        <translation>%1 — Projets</translation>
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
        <translation>Applications</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Active deployments on all instances</source>
        <translation>Déploiements actifs sur toutes les instances</translation>
    </message>
    <message>
        <source>Active pane: the sidebar shows its items here</source>
        <translation>Volet actif : la barre latérale affiche ses éléments ici</translation>
    </message>
    <message>
        <source>Actions on the selected resources</source>
        <translation>Actions sur les ressources sélectionnées</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
    <message>
        <source>“%1” was created; this view&apos;s filter hides it.</source>
        <translation>«&#xa0;%1&#xa0;» a été créé&#xa0;; le filtre de cette vue le masque.</translation>
    </message>
    <message>
        <source>Backups on all instances</source>
        <translation>Sauvegardes sur toutes les instances</translation>
    </message>
</context>
<context>
    <name>Coolify::Instances::InstanceManager</name>
    <message>
        <source>The instance needs a name and a valid http(s) address.</source>
        <translation>L&apos;instance a besoin d&apos;un nom et d&apos;une adresse http(s) valide.</translation>
    </message>
    <message>
        <source>This instance already exists.</source>
        <translation>Cette instance existe déjà.</translation>
    </message>
    <message>
        <source>Enter the instance&apos;s API token.</source>
        <translation>Saisissez le jeton d&apos;API de l&apos;instance.</translation>
    </message>
    <message>
        <source>The instance could not be saved in the settings.</source>
        <translation>Impossible d&apos;enregistrer l&apos;instance dans les paramètres.</translation>
    </message>
    <message>
        <source>This instance does not exist.</source>
        <translation>Cette instance n&apos;existe pas.</translation>
    </message>
    <message>
        <source>There is no token to save for this instance.</source>
        <translation>Il n&apos;y a aucun jeton à enregistrer pour cette instance.</translation>
    </message>
    <message>
        <source>Set both COOLIFY_URL and COOLIFY_TOKEN to open an instance from the environment; only one of them is set.</source>
        <translation>Définissez à la fois COOLIFY_URL et COOLIFY_TOKEN pour ouvrir une instance depuis l&apos;environnement&#xa0;; une seule des deux est définie.</translation>
    </message>
    <message>
        <source>COOLIFY_URL cannot be used: %1</source>
        <translation>COOLIFY_URL ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the environment (COOLIFY_URL, COOLIFY_TOKEN)</source>
        <translation>Depuis l&apos;environnement (COOLIFY_URL, COOLIFY_TOKEN)</translation>
    </message>
    <message>
        <source>The instance from the environment could not be added.</source>
        <translation>Impossible d&apos;ajouter l&apos;instance de l&apos;environnement.</translation>
    </message>
    <message>
        <source>The instance list was saved by a newer version of Coolify Desktop and cannot be changed by this one.</source>
        <translation>La liste des instances a été enregistrée par une version plus récente de Coolify Desktop et ne peut pas être modifiée par celle-ci.</translation>
    </message>
    <message>
        <source>COOLIFY_TOKEN cannot be used: %1</source>
        <translation>COOLIFY_TOKEN est inutilisable&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Instances::TokenVault</name>
    <message>
        <source>the token cannot be read from the keychain</source>
        <translation>le jeton ne peut pas être lu depuis le trousseau</translation>
    </message>
    <message>
        <source>the token cannot be stored in the keychain</source>
        <translation>le jeton ne peut pas être enregistré dans le trousseau</translation>
    </message>
    <message>
        <source>the token cannot be removed from the keychain</source>
        <translation>le jeton ne peut pas être retiré du trousseau</translation>
    </message>
    <message>
        <source>No token is stored for this instance.</source>
        <translation>Aucun jeton n&apos;est enregistré pour cette instance.</translation>
    </message>
    <message>
        <source>You can keep the token for this session only instead.</source>
        <translation>Vous pouvez plutôt conserver le jeton pour cette session uniquement.</translation>
    </message>
    <message>
        <source>The desktop session bus (D-Bus) is not reachable, so %1. Start Coolify Desktop inside a desktop session that runs a Secret Service (e.g. GNOME Keyring or KWallet).</source>
        <translation>Le bus de session du bureau (D-Bus) est injoignable&#xa0;: %1. Lancez Coolify Desktop dans une session de bureau qui exécute un Secret Service (par ex. GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>No Secret Service (e.g. GNOME Keyring or KWallet) is running, so %1. Install or start one and try again.</source>
        <translation>Aucun Secret Service (par ex. GNOME Keyring ou KWallet) n&apos;est en cours d&apos;exécution&#xa0;: %1. Installez-en ou démarrez-en un, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain has no default keyring (e.g. “login”), so %1. Create or set a default keyring in your keyring manager (e.g. Passwords and Keys) and try again.</source>
        <translation>Le trousseau n&apos;a pas de trousseau par défaut (par ex. «&#xa0;login&#xa0;»)&#xa0;: %1. Créez ou définissez un trousseau par défaut dans votre gestionnaire de trousseaux (par ex. Mots de passe et clés), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked, so %1. Unlock it (e.g. in Passwords and Keys, or by logging in again) and try again.</source>
        <translation>Le trousseau est verrouillé&#xa0;: %1. Déverrouillez-le (par ex. dans Mots de passe et clés, ou en vous reconnectant), puis réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so %1. Allow Coolify Desktop to use the keychain and try again.</source>
        <translation>L&apos;accès au trousseau a été refusé&#xa0;: %1. Autorisez Coolify Desktop à utiliser le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error, so %1: %2</source>
        <translation>Le trousseau a signalé une erreur&#xa0;; %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
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
        <translation>déploiement %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>Coolify::Models</name>
    <message>
        <source>expected a list of applications</source>
        <translation>liste d&apos;applications attendue</translation>
    </message>
    <message>
        <source>expected an application with a uuid</source>
        <translation>application avec un uuid attendue</translation>
    </message>
    <message>
        <source>hidden — token lacks read:sensitive</source>
        <translation>masqué — le jeton n&apos;a pas read:sensitive</translation>
    </message>
    <message>
        <source>expected a list of databases</source>
        <translation>liste de bases de données attendue</translation>
    </message>
    <message>
        <source>expected a database</source>
        <translation>base de données attendue</translation>
    </message>
    <message>
        <source>expected the uuid of the new database</source>
        <translation>uuid de la nouvelle base de données attendu</translation>
    </message>
    <message>
        <source>expected a deployment with a deployment_uuid</source>
        <translation>déploiement avec un deployment_uuid attendu</translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation>liste de déploiements attendue</translation>
    </message>
    <message>
        <source>expected {&quot;count&quot;, &quot;deployments&quot;}</source>
        <translation>{&quot;count&quot;, &quot;deployments&quot;} attendu</translation>
    </message>
    <message>
        <source>expected a deployment answer (message/deployments)</source>
        <translation>réponse de déploiement attendue (message/deployments)</translation>
    </message>
    <message>
        <source>expected a list of environments</source>
        <translation>liste d&apos;environnements attendue</translation>
    </message>
    <message>
        <source>expected a list of projects</source>
        <translation>liste de projets attendue</translation>
    </message>
    <message>
        <source>expected a project</source>
        <translation>projet attendu</translation>
    </message>
    <message>
        <source>expected an environment</source>
        <translation>environnement attendu</translation>
    </message>
    <message>
        <source>expected a list of resources</source>
        <translation>liste de ressources attendue</translation>
    </message>
    <message>
        <source>expected a list of servers</source>
        <translation>liste de serveurs attendue</translation>
    </message>
    <message>
        <source>expected a list of services</source>
        <translation>liste de services attendue</translation>
    </message>
    <message>
        <source>expected a service</source>
        <translation>service attendu</translation>
    </message>
    <message>
        <source>expected a list of environment variables</source>
        <translation>une liste de variables d’environnement était attendue</translation>
    </message>
    <message>
        <source>expected an environment variable</source>
        <translation>une variable d’environnement était attendue</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Application</name>
    <message>
        <source>hidden — token lacks read:sensitive</source>
        <translation>masqué — le jeton n&apos;a pas read:sensitive</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
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
        <translation>Statique</translation>
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
        <translation>Image Docker</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build pack</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation>Dernier déploiement</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupConfig</name>
    <message>
        <source>expected a list of backup schedules</source>
        <translation>une liste de planifications de sauvegarde était attendue</translation>
    </message>
    <message>
        <source>Last backup failed</source>
        <translation>Dernière sauvegarde en échec</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>Jamais sauvegardée</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Schedule disabled</source>
        <translation>Planification désactivée</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Every minute</source>
        <translation>Chaque minute</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Toutes les heures</translation>
    </message>
    <message>
        <source>Daily at midnight</source>
        <translation>Chaque jour à minuit</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Chaque mois</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Chaque année</translation>
    </message>
    <message>
        <source>Daily at %1:%2</source>
        <translation>Chaque jour à %1:%2</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupExecution</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>expected the executions of a backup schedule</source>
        <translation>les exécutions d’un planning de sauvegarde étaient attendues</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupExecutionsModel</name>
    <message>
        <source>%1 (removed by retention)</source>
        <translation>%1 (supprimé par la rétention)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupRules</name>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>Enter how often to back up: daily, hourly, weekly, monthly, yearly, or a cron expression such as 0 3 * * *.</source>
        <translation>Indiquez la fréquence&#xa0;: daily, hourly, weekly, monthly, yearly, ou une expression cron comme 0 3 * * *.</translation>
    </message>
    <message>
        <source>Coolify does not accept %1. It knows @hourly, @daily, @weekly, @monthly and @yearly.</source>
        <translation>Coolify n’accepte pas %1. Il connaît @hourly, @daily, @weekly, @monthly et @yearly.</translation>
    </message>
    <message numerus="yes">
        <source>A cron expression has five fields (minute hour day month weekday); this one has %n.</source>
        <translation>
            <numerusform>Une expression cron a cinq champs (minute heure jour mois jour-de-semaine)&#xa0;; celle-ci en a %n.</numerusform>
            <numerusform>Une expression cron a cinq champs (minute heure jour mois jour-de-semaine)&#xa0;; celle-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” in the %2 field is not understood: use numbers, *, lists (1,15), ranges (1-5) and steps (*/10). Coolify does not accept ?, L, W, # or names inside lists.</source>
        <translation>«&#xa0;%1&#xa0;» dans le champ %2 n’est pas compris&#xa0;: utilisez des nombres, *, des listes (1,15), des plages (1-5) et des pas (*/10). Coolify n’accepte ni ?, L, W, #, ni de noms dans les listes.</translation>
    </message>
    <message>
        <source>The %1 field takes %2 to %3; “%4” is outside.</source>
        <translation>Le champ %1 va de %2 à %3&#xa0;; «&#xa0;%4&#xa0;» est en dehors.</translation>
    </message>
    <message>
        <source>The range “%1” in the %2 field runs backwards.</source>
        <translation>La plage «&#xa0;%1&#xa0;» du champ %2 est à l’envers.</translation>
    </message>
    <message>
        <source>A step of 0 in the %1 field never repeats.</source>
        <translation>Un pas de 0 dans le champ %1 ne se répète jamais.</translation>
    </message>
    <message>
        <source>That date never comes: no chosen month has day %1.</source>
        <translation>Cette date n’arrive jamais&#xa0;: aucun mois choisi n’a de jour %1.</translation>
    </message>
    <message>
        <source>“%1” may not contain %2: Coolify refuses shell characters in database and collection names.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas contenir %2&#xa0;: Coolify refuse les caractères shell dans les noms de bases et de collections.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BackupSchedulesModel</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;min</numerusform>
            <numerusform>il y a %n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;h</numerusform>
            <numerusform>il y a %n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d ago</source>
        <translation>
            <numerusform>il y a %n&#xa0;jour</numerusform>
            <numerusform>il y a %n&#xa0;jours</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Server and S3</source>
        <translation>Serveur et S3</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message numerus="yes">
        <source>last %n backup(s)</source>
        <translation>
            <numerusform>la dernière sauvegarde</numerusform>
            <numerusform>les %n dernières sauvegardes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n&#xa0;jour</numerusform>
            <numerusform>%n&#xa0;jours</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Stored on</source>
        <translation>Stockée sur</translation>
    </message>
    <message>
        <source>Keeps</source>
        <translation>Conserve</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::BulkProgressModel</name>
    <message>
        <source>Queued</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attend le serveur</translation>
    </message>
    <message>
        <source>Deployment started</source>
        <translation>Déploiement lancé</translation>
    </message>
    <message>
        <source>Already queued</source>
        <translation>Déjà en attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation>Projet / environnement</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::CliImportModel</name>
    <message>
        <source>Already added as “%1”.</source>
        <translation>Déjà ajoutée sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Same address as “%1” above.</source>
        <translation>Même adresse que «&#xa0;%1&#xa0;» plus haut.</translation>
    </message>
    <message>
        <source>Not importable</source>
        <translation>Non importable</translation>
    </message>
    <message>
        <source>Already added</source>
        <translation>Déjà ajoutée</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Testing connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Saving token in the keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
    <message>
        <source>%1 (CLI default)</source>
        <translation>%1 (par défaut dans la CLI)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Database</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>Joignable</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>%1 (unreachable)</source>
        <translation>%1 (injoignable)</translation>
    </message>
    <message>
        <source>Not publicly reachable</source>
        <translation>Non joignable publiquement</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Public port</source>
        <translation>Port public</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Deployment</name>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
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
        <translation>Manuel</translation>
    </message>
    <message>
        <source>%1, PR #%2</source>
        <translation>%1, PR n° %2</translation>
    </message>
    <message>
        <source>%1, forced rebuild</source>
        <translation>%1, reconstruction forcée</translation>
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
        <translation>Le serveur a omis le journal de déploiement&#xa0;: ce jeton n&apos;a pas la permission read:sensitive. L&apos;état reste suivi&#xa0;; utilisez un jeton avec read:sensitive pour voir le journal.</translation>
    </message>
    <message>
        <source>Deployment %1 was not found on the server (&quot;%2&quot;). It may have been deleted, belong to another team, or never have existed: an &quot;already queued&quot; answer names a deployment that is never stored.</source>
        <translation>Le déploiement %1 est introuvable sur le serveur («&#xa0;%2&#xa0;»). Il a peut-être été supprimé, appartient à une autre équipe ou n&apos;a jamais existé&#xa0;: une réponse «&#xa0;already queued&#xa0;» désigne un déploiement qui n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Deployment not found.</source>
        <translation>Déploiement introuvable.</translation>
    </message>
    <message>
        <source>Stopped following: %1</source>
        <translation>Suivi arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not refresh the deployment: %1 Showing what was received before; trying again in %2 s.</source>
        <translation>Impossible d&apos;actualiser le déploiement&#xa0;: %1 Affichage de ce qui a été reçu auparavant&#xa0;; nouvelle tentative dans %2 s.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentHistoryModel</name>
    <message>
        <source>Running now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
    </message>
    <message>
        <source>Last good</source>
        <translation>Dernière réussie</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>The application runs the image this deployment built (%1).</source>
        <translation>L&apos;application exécute l&apos;image construite par ce déploiement (%1).</translation>
    </message>
    <message>
        <source>The server still keeps the image of %1: you can roll back to it.</source>
        <translation>Le serveur conserve encore l&apos;image de %1&#xa0;: vous pouvez la restaurer.</translation>
    </message>
    <message>
        <source>The newest successful build; its image is no longer kept.</source>
        <translation>La construction réussie la plus récente&#xa0;; son image n&apos;est plus conservée.</translation>
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
        <translation>Le journal de déploiement n&apos;a pas pu être lu (%1 au caractère %2)&#xa0;; affichage de ce qui a été reçu auparavant.</translation>
    </message>
    <message>
        <source>The deployment log is not a list of entries; showing what was received before.</source>
        <translation>Le journal de déploiement n&apos;est pas une liste d&apos;entrées&#xa0;; affichage de ce qui a été reçu auparavant.</translation>
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
        <translation>en cours</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d’attente</translation>
    </message>
    <message>
        <source>queued for %1</source>
        <translation>en file d’attente depuis %1</translation>
    </message>
    <message>
        <source>running for %1</source>
        <translation>en cours depuis %1</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DotEnv</name>
    <message>
        <source>Line %1: no “=”, so it is not KEY=value.</source>
        <translation>Ligne %1&#xa0;: pas de «&#xa0;=&#xa0;», ce n’est donc pas KEY=value.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid variable name (letters, digits, _ and ., not starting with a digit).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas un nom de variable valide (lettres, chiffres, _ et ., sans chiffre au début).</translation>
    </message>
    <message>
        <source>Line %1: the quote opened here is never closed.</source>
        <translation>Ligne %1&#xa0;: le guillemet ouvert ici n’est jamais fermé.</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote.</source>
        <translation>Ligne %1&#xa0;: du texte suit le guillemet fermant.</translation>
    </message>
    <message>
        <source>Line %1: %2 is defined again (first on line %3); the last one counts.</source>
        <translation>Ligne %1&#xa0;: %2 est redéfinie (d’abord à la ligne %3)&#xa0;; la dernière définition compte.</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvDiffRow</name>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>Seulement à gauche</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>Seulement à droite</translation>
    </message>
    <message>
        <source>Different: %1</source>
        <translation>Différente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Same</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Cannot compare: a value cannot be read</source>
        <translation>Comparaison impossible&#xa0;: une valeur est illisible</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvPlan</name>
    <message>
        <source>literal</source>
        <translation>littérale</translation>
    </message>
    <message>
        <source>runtime</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>build-time</source>
        <translation>construction</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>multiline</source>
        <translation>multiligne</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajoutée</numerusform>
            <numerusform>%n ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangée</numerusform>
            <numerusform>%n inchangées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked — skipped</source>
        <translation>
            <numerusform>%n verrouillée — ignorée</numerusform>
            <numerusform>%n verrouillées — ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unreadable — skipped</source>
        <translation>
            <numerusform>%n illisible — ignorée</numerusform>
            <numerusform>%n illisibles — ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to change</source>
        <translation>Rien à modifier</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::EnvVarsModel</name>
    <message>
        <source>Locked: Coolify never shows this value again after it was created. It can still be replaced.</source>
        <translation>Verrouillée&#xa0;: Coolify n’affiche plus jamais cette valeur après sa création. Elle peut tout de même être remplacée.</translation>
    </message>
    <message>
        <source>Hidden: this instance&apos;s token lacks read:sensitive, so Coolify does not send values. They can still be written.</source>
        <translation>Masquée&#xa0;: le jeton de cette instance n’a pas read:sensitive, Coolify n’envoie donc pas les valeurs. Elles peuvent tout de même être écrites.</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Value hidden: reveal it to see it</source>
        <translation>Valeur masquée&#xa0;: affichez-la pour la voir</translation>
    </message>
    <message numerus="yes">
        <source>%1 … (%n more lines)</source>
        <translation>
            <numerusform>%1 … (%n ligne de plus)</numerusform>
            <numerusform>%1 … (%n lignes de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — set by Coolify</source>
        <translation>%1 — définie par Coolify</translation>
    </message>
    <message>
        <source>Runtime and build</source>
        <translation>Exécution et construction</translation>
    </message>
    <message>
        <source>Runtime only</source>
        <translation>Exécution seulement</translation>
    </message>
    <message>
        <source>Build only</source>
        <translation>Construction seulement</translation>
    </message>
    <message>
        <source>Neither</source>
        <translation>Aucun des deux</translation>
    </message>
    <message>
        <source>literal</source>
        <translation>littérale</translation>
    </message>
    <message>
        <source>multiline</source>
        <translation>multiligne</translation>
    </message>
    <message>
        <source>shared reference</source>
        <translation>référence partagée</translation>
    </message>
    <message>
        <source>required</source>
        <translation>requise</translation>
    </message>
    <message>
        <source>preview copy</source>
        <translation>copie d’aperçu</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Available at</source>
        <translation>Disponible à</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetBackupsModel</name>
    <message>
        <source>Not backed up by Coolify</source>
        <translation>Non sauvegardée par Coolify</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%n more)</source>
        <translation>
            <numerusform>%1 (+%n autre)</numerusform>
            <numerusform>%1 (+%n autres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Newest backup</source>
        <translation>Sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetDeploymentsModel</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetModel</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Last known state: the instance could not be refreshed.</source>
        <translation>Dernier état connu&#xa0;: l&apos;instance n&apos;a pas pu être actualisée.</translation>
    </message>
    <message>
        <source>The server hosting it is unreachable.</source>
        <translation>Le serveur qui l&apos;héberge est injoignable.</translation>
    </message>
    <message>
        <source>%1 — server unreachable</source>
        <translation>%1 — serveur injoignable</translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation>%1 (dernier connu)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Domain / endpoint</source>
        <translation>Domaine / point d&apos;accès</translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation>Projet / environnement</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation>Dernier déploiement</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::InstanceData</name>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stale since %1 — %2</source>
        <translation>Obsolète depuis %1 — %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::InstanceSession</name>
    <message>
        <source>No API token is stored for this instance. Edit the instance to enter one.</source>
        <translation>Aucun jeton d&apos;API n&apos;est enregistré pour cette instance. Modifiez l&apos;instance pour en saisir un.</translation>
    </message>
    <message>
        <source>Reading token…</source>
        <translation>Lecture du jeton…</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Online — Coolify %1</source>
        <translation>En ligne — Coolify %1</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Unreachable — last contact %1</source>
        <translation>Injoignable — dernier contact %1</translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation>Accès refusé</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Json</name>
    <message>
        <source>the list has %1 items; this app reads at most %2</source>
        <translation>la liste compte %1 éléments ; cette application en lit au plus %2</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::NavigationModel</name>
    <message>
        <source>All Instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Every application, database and service of every instance</source>
        <translation>Toutes les applications, bases de données et services de toutes les instances</translation>
    </message>
    <message>
        <source>Applications (%1)</source>
        <translation>Applications (%1)</translation>
    </message>
    <message>
        <source>Databases (%1)</source>
        <translation>Bases de données (%1)</translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation>Services (%1)</translation>
    </message>
    <message>
        <source>Servers (%1)</source>
        <translation>Serveurs (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Deployments (%n active)</source>
        <translation>
            <numerusform>Déploiements (%n actif)</numerusform>
            <numerusform>Déploiements (%n actifs)</numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation>Projets (%1)</translation>
    </message>
    <message>
        <source>Active Deployments</source>
        <translation>Déploiements actifs</translation>
    </message>
    <message>
        <source>Queued and running deployments on every instance</source>
        <translation>Déploiements en file d&apos;attente et en cours sur toutes les instances</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The newest backup of every database on every instance</source>
        <translation>La sauvegarde la plus récente de chaque base sur chaque instance</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ProjectOverviewModel</name>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n en marche</numerusform>
            <numerusform>%n en marche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n demande de l&apos;attention</numerusform>
            <numerusform>%n demandent de l&apos;attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped</source>
        <translation>
            <numerusform>%n arrêtée</numerusform>
            <numerusform>%n arrêtées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
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
        <translation>Ressources</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Resource</name>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ResourceStatus</name>
    <message>
        <source>Running</source>
        <translation>En cours d&apos;exécution</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (healthy)</source>
        <translation>%1 (sain)</translation>
    </message>
    <message>
        <source>%1 (unhealthy)</source>
        <translation>%1 (défaillant)</translation>
    </message>
    <message>
        <source>%1, some containers excluded</source>
        <translation>%1, certains conteneurs exclus</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::RollbackImages</name>
    <message>
        <source>expected an object with the kept images</source>
        <translation>un objet avec les images conservées était attendu</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::S3Storage</name>
    <message>
        <source>expected a list of S3 storages</source>
        <translation>une liste de stockages S3 était attendue</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Server</name>
    <message>
        <source>Unreachable</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Reachable, not usable</source>
        <translation>Joignable, inutilisable</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Joignable</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
        <translation>Aucun proxy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>%1 — server unreachable</source>
        <translation>%1 — serveur injoignable</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>%1 (excluded from status)</source>
        <translation>%1 (exclu de l&apos;état)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
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
        <translation>une liste d’étiquettes était attendue</translation>
    </message>
</context>
<context>
    <name>Coolify::Models::WebLinks</name>
    <message>
        <source>The instance has no web address.</source>
        <translation>L’instance n’a pas d’adresse web.</translation>
    </message>
    <message>
        <source>The resource is no longer listed; refresh the view.</source>
        <translation>La ressource n’est plus listée ; actualisez la vue.</translation>
    </message>
    <message>
        <source>Its project is not known yet; wait for the projects to load or refresh.</source>
        <translation>Son projet n’est pas encore connu ; attendez le chargement des projets ou actualisez.</translation>
    </message>
</context>
<context>
    <name>CreateApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Creates an application from a public Git repository.</source>
        <translation>Crée une application à partir d&apos;un dépôt Git public.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>The Coolify project the new resource belongs to</source>
        <translation>Le projet Coolify auquel appartient la nouvelle ressource</translation>
    </message>
    <message>
        <source>Project problem</source>
        <translation>Problème de projet</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>An environment of the chosen project, such as production</source>
        <translation>Un environnement du projet choisi, par ex. production</translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation>Problème d&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The server that runs the new resource; servers that cannot host it are disabled with the reason</source>
        <translation>Le serveur qui exécute la nouvelle ressource&#xa0;; les serveurs qui ne peuvent pas l&apos;héberger sont désactivés avec la raison</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <source>Git &amp;repository:</source>
        <translation>Dépôt &amp;Git&#xa0;:</translation>
    </message>
    <message>
        <source>https://github.com/owner/repository</source>
        <translation>https://github.com/owner/repository</translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation>Dépôt Git</translation>
    </message>
    <message>
        <source>Address of a public Git repository: https://, git:// or git@host:owner/repo</source>
        <translation>Adresse d&apos;un dépôt Git public&#xa0;: https://, git:// ou git@host:owner/repo</translation>
    </message>
    <message>
        <source>Git repository problem</source>
        <translation>Problème de dépôt Git</translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation>&amp;Branche&#xa0;:</translation>
    </message>
    <message>
        <source>main</source>
        <translation>main</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>The Git branch to build</source>
        <translation>La branche Git à construire</translation>
    </message>
    <message>
        <source>Branch problem</source>
        <translation>Problème de branche</translation>
    </message>
    <message>
        <source>B&amp;uild pack:</source>
        <translation>Build pac&amp;k&#xa0;:</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Build pack</translation>
    </message>
    <message>
        <source>How Coolify builds the application</source>
        <translation>Comment Coolify construit l&apos;application</translation>
    </message>
    <message>
        <source>P&amp;orts exposed:</source>
        <translation>P&amp;orts exposés&#xa0;:</translation>
    </message>
    <message>
        <source>Ports exposed</source>
        <translation>Ports exposés</translation>
    </message>
    <message>
        <source>Comma-separated port numbers the application listens on, e.g. 3000 or 3000,8080</source>
        <translation>Numéros de port séparés par des virgules sur lesquels l&apos;application écoute, par ex. 3000 ou 3000,8080</translation>
    </message>
    <message>
        <source>Ports hint</source>
        <translation>Indication sur les ports</translation>
    </message>
    <message>
        <source>Ports problem</source>
        <translation>Problème de ports</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Derived from the repository and branch</source>
        <translation>Dérivé du dépôt et de la branche</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Nom de l&apos;application</translation>
    </message>
    <message>
        <source>Optional; Coolify derives a name from the repository and branch when empty</source>
        <translation>Facultatif&#xa0;; si vide, Coolify dérive un nom du dépôt et de la branche</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domaines&#xa0;:</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Optional comma-separated http:// or https:// addresses; Coolify generates one when empty</source>
        <translation>Adresses http:// ou https:// facultatives séparées par des virgules&#xa0;; si vide, Coolify en génère une</translation>
    </message>
    <message>
        <source>Domains hint</source>
        <translation>Indication sur les domaines</translation>
    </message>
    <message>
        <source>Domains problem</source>
        <translation>Problème de domaines</translation>
    </message>
    <message>
        <source>Deploy right after creating</source>
        <translation>Déployer juste après la création</translation>
    </message>
    <message>
        <source>Queue a first deployment as soon as the application exists</source>
        <translation>Mettre un premier déploiement en file d&apos;attente dès que l&apos;application existe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Détails du problème</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>e.g. 3000 or 3000,8080</source>
        <translation>p. ex. 3000 ou 3000,8080</translation>
    </message>
    <message>
        <source>e.g. https://app.example.com (optional)</source>
        <translation>p. ex. https://app.example.com (facultatif)</translation>
    </message>
</context>
<context>
    <name>CreateDatabaseDialog</name>
    <message>
        <source>New PostgreSQL Database</source>
        <translation>Nouvelle base de données PostgreSQL</translation>
    </message>
    <message>
        <source>Creates a PostgreSQL database.</source>
        <translation>Crée une base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>The Coolify project the new resource belongs to</source>
        <translation>Le projet Coolify auquel appartient la nouvelle ressource</translation>
    </message>
    <message>
        <source>Project problem</source>
        <translation>Problème de projet</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>An environment of the chosen project, such as production</source>
        <translation>Un environnement du projet choisi, par ex. production</translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation>Problème d&apos;environnement</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>The server that runs the new resource; servers that cannot host it are disabled with the reason</source>
        <translation>Le serveur qui exécute la nouvelle ressource&#xa0;; les serveurs qui ne peuvent pas l&apos;héberger sont désactivés avec la raison</translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation>Problème de serveur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>postgresql-database-…</source>
        <translation>postgresql-database-…</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <source>Optional; Coolify names it postgresql-database-&lt;uuid&gt; when empty</source>
        <translation>Facultatif&#xa0;; si vide, Coolify la nomme postgresql-database-&lt;uuid&gt;</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problème de nom</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image&#xa0;:</translation>
    </message>
    <message>
        <source>postgres:16-alpine</source>
        <translation>postgres:16-alpine</translation>
    </message>
    <message>
        <source>Docker image</source>
        <translation>Image Docker</translation>
    </message>
    <message>
        <source>The PostgreSQL Docker image and tag</source>
        <translation>L&apos;image Docker PostgreSQL et son tag</translation>
    </message>
    <message>
        <source>Image problem</source>
        <translation>Problème d&apos;image</translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation>&amp;Utilisateur de la base&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation>Utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>Optional; letters, digits and underscores, postgres when empty</source>
        <translation>Facultatif&#xa0;; lettres, chiffres et tirets bas, postgres si vide</translation>
    </message>
    <message>
        <source>User problem</source>
        <translation>Problème d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Initial &amp;database:</source>
        <translation>Base de &amp;données initiale&#xa0;:</translation>
    </message>
    <message>
        <source>Initial database</source>
        <translation>Base de données initiale</translation>
    </message>
    <message>
        <source>Initial database problem</source>
        <translation>Problème de base de données initiale</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Generated by Coolify when empty</source>
        <translation>Généré par Coolify si vide</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Optional; leave empty and Coolify generates a strong password</source>
        <translation>Facultatif&#xa0;; laissez vide et Coolify génère un mot de passe robuste</translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation>Indication sur le mot de passe</translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation>Problème de mot de passe</translation>
    </message>
    <message>
        <source>Make it publi&amp;c (reachable from outside the server)</source>
        <translation>Rendre publi&amp;que (joignable depuis l&apos;extérieur du serveur)</translation>
    </message>
    <message>
        <source>Public database</source>
        <translation>Base de données publique</translation>
    </message>
    <message>
        <source>Publish the database on a port of the server</source>
        <translation>Publier la base de données sur un port du serveur</translation>
    </message>
    <message>
        <source>Public p&amp;ort:</source>
        <translation>P&amp;ort public&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 5433</source>
        <translation>par ex. 5433</translation>
    </message>
    <message>
        <source>Public port</source>
        <translation>Port public</translation>
    </message>
    <message>
        <source>The server port the database is published on, from 1024 to 65535</source>
        <translation>Le port du serveur sur lequel la base de données est publiée, de 1024 à 65535</translation>
    </message>
    <message>
        <source>Public port problem</source>
        <translation>Problème de port public</translation>
    </message>
    <message>
        <source>Start it right after creating</source>
        <translation>La démarrer juste après la création</translation>
    </message>
    <message>
        <source>Start right after creating</source>
        <translation>Démarrer juste après la création</translation>
    </message>
    <message>
        <source>Queue a start as soon as the database exists</source>
        <translation>Mettre un démarrage en file d&apos;attente dès que la base de données existe</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation>Détails du problème</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Default: postgres</source>
        <translation>Par défaut : postgres</translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add Coolify Instance</source>
        <translation>Ajouter une instance Coolify</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>par ex. Production</translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation>Nom de l&apos;instance</translation>
    </message>
    <message>
        <source>A name for this Coolify instance, shown in the sidebar</source>
        <translation>Un nom pour cette instance Coolify, affiché dans la barre latérale</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>https://coolify.example.com</source>
        <translation>https://coolify.example.com</translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation>Adresse de l&apos;instance</translation>
    </message>
    <message>
        <source>The address of the Coolify dashboard; /api/v1 may be included or left out</source>
        <translation>L&apos;adresse du tableau de bord Coolify&#xa0;; /api/v1 peut être inclus ou omis</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>12|abcdef…</source>
        <translation>12|abcdef…</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <source>The API token created in Coolify under Keys &amp; Tokens, API tokens</source>
        <translation>Le jeton d&apos;API créé dans Coolify sous Keys &amp; Tokens, API tokens</translation>
    </message>
    <message>
        <source>Create a token in Coolify under Keys &amp; Tokens → API tokens. Browsing needs “read”; actions need “deploy”, edits “write”, secrets “read:sensitive”.</source>
        <translation>Créez un jeton dans Coolify sous Keys &amp; Tokens → API tokens. La consultation nécessite «&#xa0;read&#xa0;»&#xa0;; les actions nécessitent «&#xa0;deploy&#xa0;», les modifications «&#xa0;write&#xa0;», les secrets «&#xa0;read:sensitive&#xa0;».</translation>
    </message>
    <message>
        <source>Keep token:</source>
        <translation>Conserver le jeton&#xa0;:</translation>
    </message>
    <message>
        <source>In the system &amp;keychain</source>
        <translation>Dans le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation>Enregistrer le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>For this &amp;session only (ask again next time)</source>
        <translation>Pour cette &amp;session uniquement (redemander la prochaine fois)</translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation>Garder le jeton en mémoire pour cette session uniquement</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur&#xa0;:</translation>
    </message>
    <message>
        <source>Instance colour</source>
        <translation>Couleur de l&apos;instance</translation>
    </message>
    <message>
        <source>Choose the colour that marks this instance&apos;s resources</source>
        <translation>Choisissez la couleur qui marque les ressources de cette instance</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Tester la conne&amp;xion</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Checks the address, the token and its permissions without saving</source>
        <translation>Vérifie l&apos;adresse, le jeton et ses permissions sans enregistrer</translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation>Étapes du test de connexion</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>By tag: %1</source>
        <translation>Par étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Variable %1</source>
        <translation>Variable %1</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Autre modification</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Edit settings</source>
        <translation>Modification des réglages</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Redeploy without cache</source>
        <translation>Redéploiement sans cache</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Cancel deployment</source>
        <translation>Annulation du déploiement</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Retour arrière</translation>
    </message>
    <message>
        <source>Add environment variable</source>
        <translation>Ajout d’une variable d’environnement</translation>
    </message>
    <message>
        <source>Change environment variable</source>
        <translation>Modification d’une variable d’environnement</translation>
    </message>
    <message>
        <source>Delete environment variable</source>
        <translation>Suppression d’une variable d’environnement</translation>
    </message>
    <message>
        <source>Save environment variables</source>
        <translation>Enregistrement des variables d’environnement</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarde immédiate</translation>
    </message>
    <message>
        <source>Create backup schedule</source>
        <translation>Création d’une planification de sauvegarde</translation>
    </message>
    <message>
        <source>Edit backup schedule</source>
        <translation>Modification d’une planification de sauvegarde</translation>
    </message>
    <message>
        <source>Delete backup schedule</source>
        <translation>Suppression d’une planification de sauvegarde</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Suppression d’une sauvegarde</translation>
    </message>
    <message>
        <source>The journal cannot be kept: Qt&apos;s SQLite driver is not installed (on Debian and Ubuntu: libqt6sql6-sqlite).</source>
        <translation>Le journal ne peut pas être tenu&#xa0;: le pilote SQLite de Qt n’est pas installé (sous Debian et Ubuntu&#xa0;: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>The journal file was damaged and could not be replaced: %1</source>
        <translation>Le fichier du journal était endommagé et n’a pas pu être remplacé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal file was damaged; a new journal was started.</source>
        <translation>Le fichier du journal était endommagé&#xa0;; un nouveau journal a été commencé.</translation>
    </message>
    <message>
        <source>The journal file was damaged. It was set aside as %1 and a new journal was started.</source>
        <translation>Le fichier du journal était endommagé. Il a été mis de côté sous %1 et un nouveau journal a été commencé.</translation>
    </message>
    <message>
        <source>The journal is locked by another program, so the changes of this session are not recorded. Close the other program and restart.</source>
        <translation>Le journal est verrouillé par un autre programme, les modifications de cette session ne sont donc pas enregistrées. Fermez l’autre programme et redémarrez.</translation>
    </message>
    <message>
        <source>The journal cannot be opened: %1</source>
        <translation>Impossible d’ouvrir le journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>The journal was written by a newer version of Coolify Desktop; this version shows it but records nothing in it.</source>
        <translation>Le journal a été écrit par une version plus récente de Coolify Desktop&#xa0;; cette version l’affiche mais n’y enregistre rien.</translation>
    </message>
    <message>
        <source>The journal is locked by another program; a change was not recorded.</source>
        <translation>Le journal est verrouillé par un autre programme&#xa0;; une modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A change could not be recorded in the journal: %1</source>
        <translation>Une modification n’a pas pu être enregistrée dans le journal&#xa0;: %1</translation>
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
        <translation>Vos instances Coolify avec leurs projets, environnements, ressources, serveurs et déploiements</translation>
    </message>
    <message>
        <source>No Coolify instance yet</source>
        <translation>Aucune instance Coolify pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Add Instance…</source>
        <translation>&amp;Ajouter une instance…</translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation>Ajouter une instance</translation>
    </message>
    <message>
        <source>Add an instance with its address and an API token, or look around first on a demo instance built into the app: no server and no token needed.</source>
        <translation>Ajoutez une instance avec son adresse et un jeton d’API, ou découvrez d’abord l’application sur une instance de démonstration intégrée : ni serveur ni jeton nécessaires.</translation>
    </message>
    <message>
        <source>Try the &amp;Demo</source>
        <translation>Essayer la &amp;démo</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Essayer la démo</translation>
    </message>
    <message>
        <source>Starts a demo Coolify instance inside the app, for this session only</source>
        <translation>Démarre une instance Coolify de démonstration dans l’application, pour cette session seulement</translation>
    </message>
    <message>
        <source>&amp;Import from coolify-cli…</source>
        <translation>I&amp;mporter depuis coolify-cli…</translation>
    </message>
    <message>
        <source>Import from coolify-cli</source>
        <translation>Importer depuis coolify-cli</translation>
    </message>
    <message>
        <source>Adds the instances set up in the official Coolify CLI, moving their tokens to the keychain</source>
        <translation>Ajoute les instances configurées dans la CLI officielle de Coolify, en transférant leurs jetons dans le trousseau</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the user interface; takes effect on the next start</source>
        <translation>La langue de l&apos;interface&#xa0;; prend effet au prochain démarrage</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Quiet deployment notifications</source>
        <translation>Notifications de déploiement &amp;silencieuses</translation>
    </message>
    <message>
        <source>Quiet deployment notifications</source>
        <translation>Notifications de déploiement silencieuses</translation>
    </message>
    <message>
        <source>Finished deployments are listed in the app without a desktop notification</source>
        <translation>Les déploiements terminés sont listés dans l&apos;application sans notification de bureau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation>Intervalle d&apos;actualisation en secondes</translation>
    </message>
    <message>
        <source>How often each instance is asked for news while nothing is deploying</source>
        <translation>Fréquence à laquelle chaque instance est interrogée quand aucun déploiement n&apos;est en cours</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>While &amp;deploying:</source>
        <translation>Pendant les &amp;déploiements&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval while deploying, in seconds</source>
        <translation>Intervalle d&apos;actualisation pendant les déploiements, en secondes</translation>
    </message>
    <message>
        <source>How often an instance is asked while a deployment or restart is in progress</source>
        <translation>Fréquence à laquelle une instance est interrogée pendant un déploiement ou un redémarrage</translation>
    </message>
    <message>
        <source>When the window is &amp;hidden:</source>
        <translation>Quand la fenêtre est &amp;masquée&#xa0;:</translation>
    </message>
    <message>
        <source>Refresh interval while hidden, in seconds</source>
        <translation>Intervalle d&apos;actualisation quand la fenêtre est masquée, en secondes</translation>
    </message>
    <message>
        <source>How often each instance is asked while the window is hidden or minimised</source>
        <translation>Fréquence à laquelle chaque instance est interrogée quand la fenêtre est masquée ou réduite</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Keep entries for:</source>
        <translation>&amp;Conserver les entrées&#xa0;:</translation>
    </message>
    <message>
        <source>Days the journal keeps its entries</source>
        <translation>Jours pendant lesquels le journal conserve ses entrées</translation>
    </message>
    <message>
        <source>Older entries of the journal of changes are deleted; 0 keeps them all</source>
        <translation>Les entrées plus anciennes du journal des modifications sont supprimées&#xa0;; 0 les conserve toutes</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation>Pour toujours</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the applications, databases, services and deployments of several Coolify instances.</source>
        <translation>Gérez les applications, bases de données, services et déploiements de plusieurs instances Coolify.</translation>
    </message>
    <message>
        <source>Start a local demo Coolify server and open the app on it.</source>
        <translation>Démarrer un serveur Coolify de démonstration local et y ouvrir l&apos;application.</translation>
    </message>
    <message>
        <source>Open on the instance with this name.</source>
        <translation>Ouvrir sur l&apos;instance portant ce nom.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Environment Not Used</source>
        <translation>Environnement non utilisé</translation>
    </message>
    <message>
        <source>Sandbox Not Started</source>
        <translation>Bac à sable non démarré</translation>
    </message>
    <message>
        <source>Sandbox (root token)</source>
        <translation>Bac à sable (jeton root)</translation>
    </message>
    <message>
        <source>Sandbox (read-only token)</source>
        <translation>Bac à sable (jeton en lecture seule)</translation>
    </message>
</context>
</TS>
