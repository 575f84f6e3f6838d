<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Coolify::Api::ApiError</name>
    <message>
        <source>This field is not accepted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an API answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token was not accepted (%1). It may be wrong, revoked or expired: create a new one in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token lacks the “%1” permission needed for this. Create a token with “%1” in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is disabled on this Coolify instance (it is off by default). An administrator can enable it in Coolify under Settings → Advanced → API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s IP address is not on the instance&apos;s API allow-list (Settings → Advanced → Allowed IPs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s owner is not an admin or owner of its team, so the token may only read. Ask a team admin, or use a read-only token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify does not allow this action for this token&apos;s team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify refused the request (403).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered “404 Not Found” with a web page. Check that the address points at a Coolify instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server (404): it may have been deleted or belong to another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this request method here (405).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing resources (409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected some values (422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected some values (422): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (400): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request (400).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The deployment queue is full; try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The deployment queue is full; try again when running deployments finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests to this instance; it asks to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests to this instance; please wait a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server or a proxy in front of it is unavailable (%1). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed with an internal error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an unexpected status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of API data. Check that the address points at a Coolify instance and not at a login page or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was cut off or damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer has data this app does not understand (%1). Is this a supported Coolify version?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than %1 and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. It may be overloaded or unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate is not trusted, so the connection was not made (%1). Fix the certificate or use an address whose certificate is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was refused: nothing is listening at that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be found. Check the address and your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before the whole answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address (%1). The token is not sent there; enter the final address of the instance instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network error occurred: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>it ends after %n byte(s) in the middle of the data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected JSON structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Api::BaseUrl</name>
    <message>
        <source>Enter the address of your Coolify instance, e.g. https://coolify.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only http:// and https:// addresses are supported, not %1://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put a user name or password in the address; use an API token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain “?” or “#” parts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Api::ConnectionTester</name>
    <message>
        <source>Coolify answers at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API enabled and token accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Coolify API at this address: %1 answered “%2” (HTTP %3). Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answers at this address, but it is not Coolify: %1 did not answer “OK”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an API token to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was accepted, but /api/v1/version answered “%1” instead of a version number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify %1 is older than version 4, which this app needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of projects is not a list. Is this Coolify 4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) visible to this token&apos;s team.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Can: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not determined: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Coolify %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Api::TokenAbilities</name>
    <message>
        <source>The token lacks the “%1” permission.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::ConflictModel</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::DomainListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected domain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::ErrorMapper</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::FieldEditor</name>
    <message>
        <source>● modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here, not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the value loaded from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cannot be chosen here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::Fields</name>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment hooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in Coolify. HTML tags are removed on save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. HTML tags are removed on save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full URLs such as https://app.example.com. Ignored when the server has no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each domain must be a full http:// or https:// URL without spaces or shell characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public GitHub repositories are stored as owner/repo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, - _ / and dots; not HEAD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits, - _ / and dots; not HEAD, no “..” or “.lock”, not starting or ending with / or a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A commit SHA, or HEAD for the latest commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with a letter or digit; then letters, digits, . _ - and /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching away from dockerfile or dockercompose clears their settings on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; overrides the build pack&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unquoted $ ; &lt; &gt; ( ), a single &amp; or |, backticks and line breaks are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy automatically on git push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a webhook or GitHub App.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy right after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues a deployment when the changes are saved. Not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirects http:// requests to https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the build runs inside the repository, e.g. /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must start with / and use only letters, digits and . _ - / ~ @ +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build output to serve, e.g. /dist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the Dockerfile in the repository, e.g. /Dockerfile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must start with / followed by letters, digits and . _ - / ~ @ +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP path probed, e.g. /healthz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and / - _ . ~ % , ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the first exposed port. Sent as a number, stored as text by Coolify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between probes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker notation such as 512m or 2g; 0 means unlimited. Sent as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of CPUs such as 1.5; 0 means unlimited. Sent as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative CPU weight; Docker&apos;s default is 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-deployment command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the container before the new version starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-deployment command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the container after the new version started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for the dockerfile build pack without a repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify does not accept Dockerfile changes through the API; edit it in Coolify&apos;s web interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the compose file in the repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom docker run options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra options such as --cap-add SYS_ADMIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret of a manually configured GitHub webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab webhook secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret token of a manually configured GitLab webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve the publish directory with a web server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single-page application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route unknown paths to index.html. Only for static sites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>www: redirect to www; non-www: redirect away from www; both: serve both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::PatchBuilder</name>
    <message>
        <source>%1 needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be empty: Coolify turns an empty value into “no value”, which this field does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n character(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SaveComparison</name>
    <message>
        <source>Coolify removes spaces at the start and end of values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify stores an empty value as “no value”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify lower-cases the scheme and host of domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify ignored the domains: the application&apos;s server has no proxy (or is a build server), so domains cannot be set there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify removes HTML tags from this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stored a different value; the reason is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Forms::SettingsForm</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have changed settings that are not saved yet. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: fix the marked fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify did not save the changes: fix the marked fields and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not saved; your edits are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but reloading the settings failed: %1 The form still shows your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore every field to the value loaded from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the changed fields to Coolify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1 Editing needs a token with the “write” permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden — the token lacks read:sensitive. Type a new value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden — the token lacks read:sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided by the server. Type a new value to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for changes on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reloading what the server stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (go to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coolify asks to wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Some domains are already used elsewhere (409). Nothing was saved. Change the domains, or save anyway to take them over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Conflicts with %n other resource(s); see above.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the fields shown here changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed there: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application was changed on the server since you opened it. Nothing was saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values; your edits are kept. Save when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the server&apos;s newer values; your edits are kept. These fields were changed both here and on the server — check them, then save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server now has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but Coolify stored some values differently from what you typed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: you typed %2, Coolify stored %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ConfirmDeleteDialog</name>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 &lt;b&gt;%2&lt;/b&gt; on the instance &lt;b&gt;%3&lt;/b&gt;?&lt;br&gt;This removes it from Coolify with its containers and cannot be undone.&lt;br&gt;&lt;br&gt;Type &lt;b&gt;%2&lt;/b&gt; to confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the resource to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Coolify Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged — type to replace the stored token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance lives for this session only (it came from the environment or the sandbox). Use “Save Instance” in the main window to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address you open Coolify&apos;s dashboard at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the instance a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API token for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance could not be saved: the settings file is read-only or was written by a newer version of Coolify Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
The token can be kept for this session only (never written to disk): press Save again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::InstanceOverview</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this session instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps this instance after the app quits; its token moves to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance lasts for this session only; its token is kept in memory and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::MainWindow</name>
    <message>
        <source>&amp;Add Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Coolify instance with its address and API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected instance&apos;s name, address, token or colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the selected instance and delete its token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload everything from every instance now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;Split View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected item beside the current view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in New &amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected item in a window of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Coolify Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing every instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” (%2) from Coolify Desktop?

Its API token is deleted from the keychain. Nothing changes on the Coolify server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance saved; its token is now in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceActions</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redeploy &amp;Without Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select exactly one resource.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applications can be deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services are deleted in Coolify&apos;s web interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the selected resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy the selected applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild and deploy the selected applications without the build cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment queued…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion requested…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion of %1 requested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceDetails</name>
    <message>
        <source>Select a resource to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (branch %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readable with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User / database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Containers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceTableView</name>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::Status</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK, with limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ViewPane</name>
    <message>
        <source>Open in New Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this view in its own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in new window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Active deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 / %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Instances::InstanceManager</name>
    <message>
        <source>The instance needs a name and a valid http(s) address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the instance&apos;s API token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance could not be saved in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to save for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set both COOLIFY_URL and COOLIFY_TOKEN to open an instance from the environment; only one of them is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COOLIFY_URL cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the environment (COOLIFY_URL, COOLIFY_TOKEN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance from the environment could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance list was saved by a newer version of Coolify Desktop and cannot be changed by this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Instances::TokenVault</name>
    <message>
        <source>the token cannot be read from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token cannot be stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token cannot be removed from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can keep the token for this session only instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop session bus (D-Bus) is not reachable, so %1. Start Coolify Desktop inside a desktop session that runs a Secret Service (e.g. GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Secret Service (e.g. GNOME Keyring or KWallet) is running, so %1. Install or start one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain has no default keyring (e.g. “login”), so %1. Create or set a default keyring in your keyring manager (e.g. Passwords and Keys) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked, so %1. Unlock it (e.g. in Passwords and Keys, or by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused, so %1. Allow Coolify Desktop to use the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error, so %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models</name>
    <message>
        <source>expected a list of applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an application with a uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden — token lacks read:sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the uuid of the new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a deployment with a deployment_uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {&quot;count&quot;, &quot;deployments&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a deployment answer (message/deployments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Application</name>
    <message>
        <source>hidden — token lacks read:sensitive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ApplicationsModel</name>
    <message>
        <source>Nixpacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Database</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dragonfly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ClickHouse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DatabasesModel</name>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unreachable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not publicly reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Deployment</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, PR #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, forced rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m %2s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h %2m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentsModel</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::FleetModel</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last known state: the instance could not be refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hosting it is unreachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (last known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain / endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project / environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::InstanceData</name>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale since %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::InstanceSession</name>
    <message>
        <source>No API token is stored for this instance. Edit the instance to enter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online — Coolify %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable — last contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::NavigationModel</name>
    <message>
        <source>All Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every application, database and service of every instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deployments (%n active)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ProjectsModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Resource</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ResourceStatus</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (healthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unhealthy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, some containers excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::Server</name>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable, not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ServersModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::ServicesModel</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (excluded from status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceDialog</name>
    <message>
        <source>Add Coolify Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for this Coolify instance, shown in the sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://coolify.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the Coolify dashboard; /api/v1 may be included or left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12|abcdef…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token created in Coolify under Keys &amp; Tokens, API tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a token in Coolify under Keys &amp; Tokens → API tokens. Browsing needs “read”; actions need “deploy”, edits “write”, secrets “read:sensitive”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the system &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the token in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this &amp;session only (ask again next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the token in memory for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the colour that marks this instance&apos;s resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the address, the token and its permissions without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coolify Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Coolify instances with their projects, environments, resources, servers and deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Coolify instance yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an instance with its address and an API token. To look around first, start the app with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Instance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Manage the applications, databases, services and deployments of several Coolify instances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a local demo Coolify server and open the app on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on the instance with this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment Not Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox Not Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (root token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (read-only token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
