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
    <name>Coolify::Gui::ActiveDeploymentsView</name>
    <message>
        <source>Active deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active deployments summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued and running deployments on every instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments are queued or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deployment queued or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployments queued or running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CommandPalette</name>
    <message>
        <source>%1
Unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
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
        <source>%1 — Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2 / %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to any instance, project, resource or view, or run any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to or run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name; Up and Down choose, Enter runs, Escape closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the command is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ choose · Enter run · Esc close</source>
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
    <name>Coolify::Gui::CreateApplicationDialog</name>
    <message>
        <source>New Application on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an application on “%1” from a public Git repository; Coolify clones it and builds it with the chosen build pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nixpacks (detects the language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Railpack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Static site</source>
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
        <source>Enter the address of a public Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the spaces: a repository address cannot contain them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”: shell characters are not allowed in a repository address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write SSH addresses as git@host:owner/repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an https://, git:// or git@host:owner/repository address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the query string (“?…”) from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the fragment (“#…”) from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the owner and the repository, e.g. https://github.com/owner/repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify does not clone from local hosts (localhost, *.local).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the repository&apos;s host name, not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a branch, e.g. main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A branch name may contain letters, digits and - _ / . only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid branch name (HEAD, “..”, “.lock” and a leading or trailing / or . are not allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port the application listens on, e.g. 3000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use port numbers separated by commas, e.g. 3000 or 3000,8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a port number (1–65535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an http:// or https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify sets the port to 80 for Docker Compose applications; the services&apos; ports come from the compose file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port(s) the application listens on inside its container.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty and Coolify generates one from the server&apos;s wildcard domain (or sslip.io).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker Compose applications get a domain per service: set them in Coolify after creating the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server runs no proxy, so Coolify ignores domains there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify answered without the new application&apos;s id. Check in Coolify whether it was created before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the dialog without creating anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateDatabaseDialog</name>
    <message>
        <source>New PostgreSQL Database on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a PostgreSQL database on “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty and Coolify generates a 64-character password. Afterwards the connection details, password included, are on the database&apos;s page in Coolify (and in its details here when the token may read sensitive data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and _ only, not starting with a digit, at most 63 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 128 characters (this one has %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spaces are not allowed. Use letters, digits and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1 — use letters, digits and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an image reference such as postgres:16-alpine (no spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a public port (1024–65535). Without one Coolify silently keeps the database private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a port from 1024 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify answered without the new database&apos;s id. Check in Coolify whether it was created before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL database created on “%1”. Its connection details, password included, are on the database&apos;s page in Coolify (and in its details here when the token may read sensitive data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes the dialog without creating anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::CreateTargetPickers</name>
    <message>
        <source>Loading projects…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading servers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The servers could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a server that can host resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build server, cannot host resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable, Coolify cannot connect to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable but not usable, validate it in Coolify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet: create one in Coolify first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server can host new resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environments of this project could not be loaded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading environments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify did not accept some values; see the messages under the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s destination was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 It may have been deleted meanwhile; the lists were reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has several Docker destinations (or none); this dialog cannot choose one. Pick another server or create the resource in Coolify&apos;s web UI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These domains are already in use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 — used by %2 “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeployController</name>
    <message>
        <source>1 deployment queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployments queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already queued for the same commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started without a deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deployment queued (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a deployment of this commit is already queued or running, so no new one was started (use Redeploy Without Cache to force a rebuild).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started; services and databases have no deployment to follow. The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not deployed. The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing deployed; the server found none of the resources (they may have been deleted or belong to another team). The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not deployed, the server&apos;s deployment queue is full; try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not deployed, the server&apos;s deployment queue is full; try again when running deployments finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not deployed; the API token lacks the “deploy” permission. Create a token with “deploy” in Coolify under Keys &amp; Tokens → API tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not deployed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance is no longer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeployWebhookWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy &amp;webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the deploy webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the URL to the clipboard (it contains no token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to call the webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it as a POST request with an API token that has the “deploy” permission (header “Authorization: Bearer &lt;token&gt;”). A GET request does not deploy, and there is no “/applications/&lt;uuid&gt;/deploy” address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy webhook label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentHistoryView</name>
    <message>
        <source>Load &amp;More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load more deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This instance is no longer configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application has never been deployed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 deployments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentNotifier</name>
    <message>
        <source>&amp;Quiet Mode (No Deployment Notifications)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not show a notification when a deployment ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deployments running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 deployment running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deployments running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coolify Desktop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet mode: no deployment notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished deploying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished deploying in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed to deploy after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment of %1 is no longer running; its result could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(commit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the deployment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::DeploymentView</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot cancel: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this deployment (it is queued or in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment cannot be cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment cannot be cancelled any more: its status is already &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token may not cancel deployments: it lacks the &quot;%1&quot; ability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have permission to cancel this deployment (it does not run on one of your team&apos;s servers). The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment no longer exists on the server, so it cannot be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not cancel the deployment: %1</source>
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
    <name>Coolify::Gui::LogLineDelegate</name>
    <message>
        <source>stderr</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::LogViewer</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines, or all lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the log to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show internal commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the internal commands Coolify runs (hidden by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log viewer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — jump to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New lines scroll into view. Scroll up to pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following is paused while you read. Click to jump to the newest line and follow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the log to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the log (%1 lines) to %2.</source>
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
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, notifications and refresh intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::PreferencesDialog</name>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time Coolify Desktop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change of language takes effect the next time Coolify Desktop starts.</source>
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
    <message>
        <source>New &amp;Application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;PostgreSQL Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance (or one of its views) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an application from a public git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a PostgreSQL database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1; loading it…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::ResourceCommandSource</name>
    <message>
        <source>%1 %2 on %3</source>
        <comment>verb, resource, instance</comment>
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
    <message>
        <source>Edit &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit application settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this application&apos;s settings form</source>
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
    <name>Coolify::Gui::RuntimeLogsView</name>
    <message>
        <source>Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last %1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers timestamps for application logs only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the logs again every few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not running, so it has no container logs to show. Start or deploy it, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is not running, so it has no container logs to show. Start it, then refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not fetch the logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The container has not written any logs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Gui::SettingsWindow</name>
    <message>
        <source>%1 Settings — %2 — Coolify Desktop</source>
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
    <message>
        <source>Active deployments on all instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
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
    <name>Coolify::Models::DeploymentFollower</name>
    <message>
        <source>The server left the deployment log out: this token lacks the read:sensitive ability. The status is still followed; use a token with read:sensitive to see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment %1 was not found on the server (&quot;%2&quot;). It may have been deleted, belong to another team, or never have existed: an &quot;already queued&quot; answer names a deployment that is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the deployment: %1 Showing what was received before; trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Coolify::Models::DeploymentLog</name>
    <message>
        <source>The deployment log could not be read (%1 at character %2); showing what was received before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment log is not a list of entries; showing what was received before.</source>
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
    <name>Coolify::Models::FleetDeploymentsModel</name>
    <message>
        <source>Instance</source>
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
    <message>
        <source>Active Deployments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued and running deployments on every instance</source>
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
    <name>CreateApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates an application from a public Git repository.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Coolify project the new resource belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment of the chosen project, such as production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that runs the new resource; servers that cannot host it are disabled with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git &amp;repository:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://github.com/owner/repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of a public Git repository: https://, git:// or git@host:owner/repo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Git repository problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Git branch to build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;uild pack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Coolify builds the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;orts exposed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports exposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated port numbers the application listens on, e.g. 3000 or 3000,8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derived from the repository and branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; Coolify derives a name from the repository and branch when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional comma-separated http:// or https:// addresses; Coolify generates one when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploy right after creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a first deployment as soon as the application exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDatabaseDialog</name>
    <message>
        <source>New PostgreSQL Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Coolify project the new resource belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment of the chosen project, such as production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that runs the new resource; servers that cannot host it are disabled with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgresql-database-…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; Coolify names it postgresql-database-&lt;uuid&gt; when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgres:16-alpine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL Docker image and tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; letters, digits and underscores, postgres when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial database problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by Coolify when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; leave empty and Coolify generates a strong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it publi&amp;c (reachable from outside the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the database on a port of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public p&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5433</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server port the database is published on, from 1024 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public port problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it right after creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start right after creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a start as soon as the database exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
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
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the user interface; takes effect on the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet deployment notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet deployment notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished deployments are listed in the app without a desktop notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each instance is asked for news while nothing is deploying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While &amp;deploying:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval while deploying, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often an instance is asked while a deployment or restart is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the window is &amp;hidden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh interval while hidden, in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each instance is asked while the window is hidden or minimised</source>
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
