<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountMatch</name>
    <message>
        <source>%1 is in the directory and enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1 in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled or locked in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the directory under another mobile (%2, the platform says %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console and authorize need %1, which is missing. Reinstall AuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for %2 (kept in your keychain):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authdesk: the store saved in Settings &gt; Store cannot be used (%1); this time your own file %2 is opened. Choose the store again in Settings &gt; Store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthBrowser</name>
    <message>
        <source>The authorization page appears here when a run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2. AuthDesk never accepts an invalid certificate on an authorization page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif;padding:32px;color:#333&quot;&gt;&lt;h2 style=&quot;color:#1a73e8&quot;&gt;Stopped at the redirect&lt;/h2&gt;&lt;p&gt;AuthDesk handed &lt;code&gt;%1&lt;/code&gt; to the run instead of loading it.&lt;/p&gt;&lt;p&gt;The timeline on the right shows what came of it.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked a request to the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page asked for %1 (an image, a script&apos;s fetch or a frame); the redirect target never loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a look-alike of the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carries user info before the host; it was neither loaded nor taken as the redirect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>The embedded browser could not be loaded (%1). Reinstall AuthDesk, or paste the redirect URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tenant a PEM file of your certificate authority (Edit tenant, or --ca-bundle FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks, such as your CA&apos;s ca.pem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDecryptDialog</name>
    <message>
        <source>WeCom callback decryptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the corpid or suite id the callback must be for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The POST body, &lt;xml&gt;…&lt;Encrypt&gt;…&lt;/Encrypt&gt;…&lt;/xml&gt;; empty for URL verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify and decrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg_signature verified. URL verification for %1: answer this body, as it is, within 1 s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg_signature verified. Event for %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackDelivery</name>
    <message>
        <source>Listening for the callback on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s admin must have set this address (as reachable from %1) as the app&apos;s callbackUrl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not this run&apos;s (or its callback already came); answered 403 and ignored. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries no %1; answered 400. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser reached the redirect URL; waiting for %1&apos;s callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not reach the redirect URL; the callback is enough</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback listener is reachable from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it speaks plain HTTP on %1: put an HTTPS front (a reverse proxy) before it and let only %2&apos;s servers reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same callback again; answered 200</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackListener</name>
    <message>
        <source>The callback listen address &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:0 for any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the platform&apos;s callback on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n mapping(s) written to %1.</source>
        <translation>
            <numerusform>%n mapping written to %1.</numerusform>
            <numerusform>%n mappings written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant named &quot;%1&quot;. Run &quot;authdesk tenant list&quot; to see the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass --secret-stdin and write the secret to standard input; AuthDesk never takes a secret from the command line, where other users and the shell history can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; already exists. Remove it first or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint takes KEY=URL, e.g. api=https://qyapi.example.com (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret on standard input. Pipe it in, e.g. authdesk tenant add … --secret-stdin &lt; secret.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants yet. Add one with &quot;authdesk tenant add&quot;, or run &quot;authdesk --demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no %1 for this tenant; add the tenant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk — authorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the redirect to %2. The page last showed &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass --secret-stdin and write the secretAccessKey to standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date takes the request time as yyyyMMddTHHmmssZ in UTC, e.g. 20150830T123600Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url must be an absolute URL, e.g. https://api2.77hub.com/v1/code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos; (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretAccessKey: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secretAccessKey on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>departments %1/%2, member listings %3, requests %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tenant &quot;%1&quot; has %n mapping(s). Say what becomes of them: add --keep-mappings or --delete-mappings.</source>
        <translation>
            <numerusform>Tenant &quot;%1&quot; has %n mapping. Say what becomes of it: add --keep-mappings or --delete-mappings.</numerusform>
            <numerusform>Tenant &quot;%1&quot; has %n mappings. Say what becomes of them: add --keep-mappings or --delete-mappings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is now &quot;%2&quot;; its secrets and mappings went with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method takes an HTTP method such as GET or POST (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim does not apply to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim takes FIELD=CLAIM with FIELD one of %1 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin does not apply: a public client (--client-auth none) has no secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run &quot;%1&quot;. &quot;authdesk runs list NAME&quot; lists a tenant&apos;s runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs of &quot;%1&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 of %2 (%3), %4, %5 ms: %6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization URL: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s local account is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; the password is in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook is a file: add --output FILE.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column takes FIELD=COLUMN, FIELD one of local_account, external_id, mobile, email, name (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 → &quot;%3&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict %1: has &quot;%2&quot;, the file says &quot;%3&quot; (left alone)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to set, %2 conflicts, %3 unchanged, %4 rows match nobody, %5 match several%6
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; nothing written: add --apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rotation-days takes a number of days (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter takes FIELD=FILTER with FIELD one of %1 (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bind password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local account(s) set.</source>
        <translation>
            <numerusform>%n local account set.</numerusform>
            <numerusform>%n local accounts set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local account(s) would be set: add --apply.</source>
        <translation>
            <numerusform>%n local account would be set: add --apply.</numerusform>
            <numerusform>%n local accounts would be set: add --apply.</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EncodingAESKey: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg_signature verified; for %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2 (valid for %3 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grant is code, device or client_credentials (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--browser is embedded or system (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the authorization page in your browser; if it did not open, open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the browser to come back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of %1 at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk — log out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the provider to come back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--secret-stdin does not apply: AuthDesk makes this client&apos;s key pair; register its public key (authdesk tenant jwks NAME) at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk made its key pair and kept the private key in the keychain; register the public key at the provider: authdesk tenant jwks %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--which is access, refresh or previous (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suite_ticket has been kept for %1 yet.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest suite_ticket kept %1 (%2).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite_ticket: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for WeCom&apos;s next suite_ticket at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suite_ticket arrived within %1 s. WeCom pushes one every 10 minutes; 刷新Ticket in the service-provider console pushes one at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not installed in any corp yet: authdesk suite install NAME
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs its %2: pass --%3 and write it on a line of standard input after the secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 on standard input: write each of the other secrets on a line of its own after the secret, in the order &quot;authdesk tenant add --help&quot; lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a member the app can see
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1 (&quot;authdesk %2 --help&quot; shows every form)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyableTableView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>AuthDesk left the file untouched. Move it aside (or restore a backup) and start AuthDesk again to create a fresh one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the database %1: this build&apos;s SQLite driver is not the system SQLite. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an AuthDesk database (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network filesystem (%2): AuthDesk keeps SQLite&apos;s rollback journal there, which is slower, and SQLite files on shared folders break when several computers write. For a team, use the PostgreSQL store (Settings &gt; Store, or --store postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for the password of user %2, and neither your keychain nor ~/.pgpass (PGPASSFILE) holds it. Enter it once: &quot;authdesk store login&quot; (Settings → Store… in the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the password of user %2. Enter it again: &quot;authdesk store login&quot; (Settings → Store… in the console), or correct ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused user %2: %3. Check the server&apos;s pg_hba.conf for how this user signs in (peer, a client certificate: sslcert and sslkey).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Create it (createdb -O %3 %1, see the README&apos;s &quot;Sharing with a team&quot;) or correct the store URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). With sslmode=verify-full the server must offer TLS and its certificate must name %3 and chain to the CA in sslrootcert (by default ~/.postgresql/root.crt); sslmode=disable is only for a server on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is in no service file: add it to ~/.pg_service.conf (or the file PGSERVICEFILE names), or name the server in the store URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server listens on %1 (%2). Check that it runs on this computer, and the socket directory (host=…) and port of the store URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1 (%2). Check that it runs and accepts connections from this computer (listen_addresses, pg_hba.conf, a firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the connection: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This AuthDesk cannot talk to PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be prepared: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceCodePage</name>
    <message>
        <source>Copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and enter this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or scan this with a phone&apos;s camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a phone or another computer, open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to open %1 with the code filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1:%2. Waiting for the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DingTalkProvider</name>
    <message>
        <source>%1: DingTalk blocked this computer&apos;s IP address for calling too often (status %2). Wait 5 minutes before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, code %3: %4 (requestid %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk did not accept the token: run the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authCode was already used, expired or belongs to another app: run the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Client ID and copy the client_secret again from the app&apos;s credentials page in the DingTalk developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topapi/user/getbyunionid answered without a numeric errcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>topapi/user/getbyunionid answered errcode 0 without a userid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App token rejected, fetching a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise userid unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk (钉钉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID (AppKey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned corpId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: copy it from the DingTalk developer console (letters, digits, _ and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk refused the authorization (error &quot;%1&quot;); the user may have declined. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries an authCode and a code with different values: it was tampered with or is not DingTalk&apos;s, so nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries no authCode. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member of this enterprise has that unionId: the user signed in with an account outside the app&apos;s enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app may not look up members: grant it the permission qyapi_get_member (通讯录个人信息读权限) in the DingTalk developer console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DingTalk&apos;s call-frequency limit for this API was reached; wait and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app&apos;s monthly call quota is used up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see DingTalk&apos;s error code reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errcode %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2/accessToken answered without accessToken or expireIn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth2/userAccessToken answered without an accessToken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user signed in to corpId &quot;%1&quot;, but this tenant is pinned to &quot;%2&quot;: another enterprise signed in, so the identity was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact/users/me answered without a unionId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client_secret works: DingTalk issued an app token valid for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token is kept for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token that was used already or is older than 30 days cannot be used again: run the authorization again with &quot;keep tokens&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed token belongs to unionId %1, not to the one that signed in (%2): it is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new user token, and the refresh token rotated; users/me with the new token answers the same unionId.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new user token; users/me with it answers the same unionId.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message numerus="yes">
        <source>%n department(s) listed</source>
        <translation>
            <numerusform>%n department listed</numerusform>
            <numerusform>%n departments listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory sync is not available for &quot;%1&quot;: %2 offers no directory to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming the interrupted sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 departments were already done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 request(s) under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform keeps refusing with its rate limit (%1). The progress is kept: run the sync again later to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited (%1): pausing %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department %1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 departments. Run the sync again to resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 departments; some could not be listed, so nobody was marked as gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 departments (%2 listings); %3 member(s) no longer in the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listing starts again from its first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing each department (user/list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tenant holds no contacts-sync secret, so members are listed a department at a time. Apps created after 2022-06-20 receive no mobile or email from WeCom here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing every member by page (user/list_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with the contacts-sync secret, up to 10,000 members a page. This listing gives userids and departments only: names come from a run or an earlier department listing, and no mobile or email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is syncing the directory of &quot;%2&quot; right now; wait until that sync ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not answer: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s address (Edit tenant &gt; Endpoints), the DNS, and any proxy or firewall between this computer and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every endpoint&apos;s host answers (%n host(s)).</source>
        <translation>
            <numerusform>Every endpoint&apos;s host answers (%n host).</numerusform>
            <numerusform>Every endpoint&apos;s host answers (%n hosts).</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it has expired, whoever runs %1 must renew it. If your company&apos;s own certificate authority issued it, give the tenant that CA&apos;s bundle (Edit tenant &gt; CA bundle, or --ca-bundle FILE); AuthDesk never skips the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No endpoint of this tenant uses https (plain http is allowed on this computer only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate of %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>The TLS certificate of %1 expires in %n day, on %2.</numerusform>
            <numerusform>The TLS certificate of %1 expires in %n days, on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever runs %1 must renew it before then; logins stop when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificates are trusted; the first to expire, %1&apos;s, in %n day(s).</source>
        <translation>
            <numerusform>The TLS certificates are trusted; the first to expire, %1&apos;s, in %n day.</numerusform>
            <numerusform>The TLS certificates are trusted; the first to expire, %1&apos;s, in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoint address is known before calling (discovery finds them).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeLog</name>
    <message>
        <source>Masked (%1) because they carry credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → HTTP %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → no answer (%2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeishuProvider</name>
    <message>
        <source>%1 answered HTTP %2 without a numeric code: the answer is malformed. Check the &quot;open&quot; endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu rate limit (99991400)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 s as x-ogw-ratelimit-reset says, then retrying %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Feishu&apos;s rate limit refused the call (99991400); it resets in %2 s. Wait that long and run the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu server error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu / Lark (飞书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes (space-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned tenant_key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The App ID &quot;%1&quot; is not valid: it starts with &quot;cli_&quot;, as shown under Credentials &amp; Basic Info (凭证与基础信息) in the Feishu developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu accepts at most 50 scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user refused the authorization on Feishu&apos;s page (access_denied). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu refused the authorization (error &quot;%1&quot;). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code was not found: run the authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code expired (5 minutes): run the authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code was already used: run the authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE verification failed: the code_verifier does not match the challenge; run the authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app_secret is wrong: copy it again from Credentials &amp; Basic Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is not installed in this enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such app: check the App ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect_uri does not match: add it exactly to the app&apos;s redirect URL list (安全设置 → 重定向 URL) and use the same one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scope was requested twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a requested scope is not granted to the app: enable it under Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s status does not allow sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user may not use this app: add them to the app&apos;s availability range (可用范围)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has resigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is frozen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user is not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user access token is invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code belongs to another app (client_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is missing a field or malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both a Basic header and client_secret were sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu server error; still failing after 3 retries, try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see Feishu&apos;s error code reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/token answered code 0 without an access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authen/user_info answered code 0 without an open_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user belongs to tenant_key &quot;%1&quot;, but this tenant is pinned to &quot;%2&quot;: another enterprise signed in, so the identity was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email from enterprise_email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user has no email; the enterprise mailbox is shown instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app_secret works: Feishu issued a tenant_access_token valid for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token is invalid or was used already (each is good once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu issued no refresh token to this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu issues one only with the offline_access scope: add it to the tenant&apos;s scopes, then run the authorization again with &quot;keep tokens&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feishu&apos;s refresh tokens are good once: run the authorization again with &quot;keep tokens&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed token belongs to open_id %1, not to the one that signed in (%2): it is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new user token, and the refresh token rotated; user_info with the new token answers the same open_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new user token; user_info with it answers the same open_id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowRun</name>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call under way was aborted; no further call was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot; for %2; use one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL built (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization error page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State mismatch: the redirect carries %1=&quot;%2&quot; but this run issued &quot;%3&quot;. It was not produced by this run (or is a replay), so nothing was exchanged. Start the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not issued by this run; the openid is taken as the callback says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted URL does not lead to this tenant&apos;s redirect URI %1 (scheme, host, port and path must be equal). Paste the whole address the browser was sent to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URL pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; was not issued by this run; the code is exchanged without that protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the %1 from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization page refused the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no end_session_endpoint: it offers no logout for a client to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout URL built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;AuthDesk&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;AuthDesk has the answer of the sign-in. You can close this tab.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for the redirect on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system browser signs in; a port chosen for this run (RFC 8252 §7.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access, refresh and ID tokens of this sign-in, under the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it came back to %1 with this run&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no device sign-in (RFC 8628).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, under the tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthHistory</name>
    <message>
        <source>Keeping the health checks failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Check &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this &amp;tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant / check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention.</source>
        <translation>
            <numerusform>%n check needs attention.</numerusform>
            <numerusform>%n checks need attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failing · %2 with warnings · %3 not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a check to see what was found and what to do.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select one of its checks for the details.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Check this tenant to see its health.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results could not be kept in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the tenant under check…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is JSON but not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s (timeout). Check the endpoint address and the network, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes and was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not accepted (%1). If your company&apos;s own certificate authority issued it, give the tenant that CA&apos;s bundle (Edit tenant &gt; CA bundle, or --ca-bundle FILE); AuthDesk never skips the check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No identity yet: run an authorization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — pasted URL with a state we did not issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 &lt;code&gt;%3&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token Introspect and Revoke act on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import local accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match people by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to set, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left alone, </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows matching nobody: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows matching several people: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company&apos;s list: CSV (UTF-8) or an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or Excel workbook (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jose</name>
    <message>
        <source>the token is not a compact JWS: it has %1 parts separated by dots, not 3 (an encrypted token has 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not a compact JWS: a part is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token is not a compact JWS: its header or payload is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is of type %2, which cannot check %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is on curve %2; ES256 needs P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is for &quot;%2&quot;, not for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is for %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the algorithm %1 is not one of RS256, PS256 and ES256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ES256 signature is %1 bytes, not 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 signature does not verify with the key &quot;%2&quot;: the token was altered or signed by another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key has no valid n or e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the P-256 key&apos;s x and y are not 32 bytes each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL does not accept the key (not a valid %1 public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the algorithm %1 is not one of HS256, HS384 and HS512</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no client secret to check the %1 signature with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenSSL could not compute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 signature does not verify with the client secret: the token was altered or keyed with another secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kept private key is not an EC or RSA key in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdapDirectory</name>
    <message>
        <source>The directory URL %1 cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bind as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refers the search under %1 to %2; AuthDesk does not follow referrals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the directory URL at the server that holds %1, or choose a base DN this server holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search %1 found more than %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the match field&apos;s filter or the base DN so that it finds one person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory&apos;s TLS certificate is not trusted: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the directory the CA bundle that issued %1&apos;s certificate (--ca-bundle FILE); AuthDesk never skips the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): its certificate is not trusted, or it does not speak TLS on that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory at %1 cannot be reached: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the server runs and that this computer may reach %1 (DNS, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory refused %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bind DN and enter its password again (authdesk directory ldap set … --password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bound to %1 as %2 over %3; the base %4 is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (ldaps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store has no directory yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it: authdesk directory ldap set --url … --bind-dn … --base … --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain holds no bind password for the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it again: authdesk directory ldap set … --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory client could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall AuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LdapSettings</name>
    <message>
        <source>The directory URL must be ldap://HOST[:PORT] (with StartTLS) or ldaps://HOST[:PORT] (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory needs a base DN, such as ou=people,dc=example,dc=com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory flavor is openldap or ad (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 filter must contain {value} (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalAccountRule</name>
    <message>
        <source>Same as the external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local part of the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template needs at least one placeholder, e.g. {userid}@corp.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}; use {external_id} (or {userid}), {name}, {mobile}, {email} or {email_local}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the built-in sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport mappings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sandbox with &amp;demo tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature inspector (SigV4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest &amp;local accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run succeeded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a WeCom tenant first: directory sync reads WeCom&apos;s department and member lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing departments of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments %1 of %2 · %3 member listings · %4 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tenant &quot;%1&quot; and its secrets from the keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk %1 — third-party login console for WeCom, 勤策, 企企, Feishu and DingTalk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of tenant &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove tenant &quot;%1&quot; and its secrets from the keychain?

It has %n mapping(s). Kept mappings stay in the Mappings page and exports under this name, apart from any later tenant of the same name.</source>
        <translation>
            <numerusform>Remove tenant &quot;%1&quot; and its secrets from the keychain?

It has %n mapping. A kept mapping stays in the Mappings page and exports under this name, apart from any later tenant of the same name.</numerusform>
            <numerusform>Remove tenant &quot;%1&quot; and its secrets from the keychain?

It has %n mappings. Kept mappings stay in the Mappings page and exports under this name, apart from any later tenant of the same name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove, keep mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove, delete mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the sandbox first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1 answers with &quot;%2&quot; until Sandbox → Faults → Reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: every fault is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A directory sync is under way. Quit anyway? It is cancelled, and the next sync resumes where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authorization is under way. Quit anyway? It is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk runs the real WeCom, 勤策, 企企, Feishu or DingTalk login for each of your tenants in an embedded browser, captures the redirect, performs the token and user-info calls, and shows every step.

No credentials yet? The built-in sandbox stands in for the platform on this computer, with demo tenants you can run at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all tenants every N hours while the console is open, and notify when one fails (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk: %1 fails its health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open AuthDesk&apos;s Health page for what failed and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;WeCom callback decryptor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1 done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingExport</name>
    <message>
        <source>Writing failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingImport</name>
    <message>
        <source>%1 has no rows under its header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (its columns: %3). Name the column that holds the %4 with --column %4=COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names %2 &quot;%3&quot; twice (rows %4 and %5); nothing is imported. Keep one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no — left the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (state not verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directory sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other IDs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Recording the identity in the mappings failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording directory members failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the local account failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mapping no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the local accounts failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting mappings failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the mappings failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this mapping since you loaded it: its local account is now &quot;%1&quot; (you entered &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation type="unfinished">
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message>
        <source>filled from the local-account rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping %1 changed since the preview; nothing was written. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingsView</name>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n mapping</numerusform>
            <numerusform>%n mappings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)? Their local accounts are lost too.</source>
        <translation>
            <numerusform>Delete %n mapping? Their local accounts are lost too.</numerusform>
            <numerusform>Delete %n mappings? Their local accounts are lost too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) written to %1.</source>
        <translation>
            <numerusform>%n mapping written to %1.</numerusform>
            <numerusform>%n mappings written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: any column, e.g. 张三, @example.com, userid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest local accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a local account to edit it. Grey rows are members a directory sync no longer found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local account changed meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else set this local account to &quot;%1&quot; after this page loaded it. You entered &quot;%2&quot;. Which one should it be?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use mine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected person in the company directory, beside what the platform says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one person first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody in the directory has %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people in the directory have %1 %2.</source>
        <translation>
            <numerusform>%n person in the directory has %1 %2.</numerusform>
            <numerusform>%n people in the directory have %1 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled or locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>its schema step %1 is not the one this AuthDesk has (the step&apos;s checksum differs): the store was prepared by another build of AuthDesk. Open it with the AuthDesk that prepared it, and tell the AuthDesk team: a released step must never change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OidcProvider</name>
    <message>
        <source>The JWKS answered HTTP %1 without a &quot;keys&quot; array: check the jwks_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The JWKS was fetched %2 s ago and is fetched again at most once every %3 s, so the token is refused; if the provider has just rotated its keys, run the authorization again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kid &quot;%1&quot; is not in the cached JWKS; fetching it once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes (space-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment; an issuer is a plain https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;, or the provider issues no ID token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document names the issuer &quot;%1&quot;, not &quot;%2&quot;. They must be equal character for character (OpenID Connect Discovery §4.3): copy the issuer from the document into the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256 (code_challenge_methods_supported: %1). AuthDesk never sends the verifier in the clear (plain); enable S256 on the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discovery document&apos;s %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider names no %1 endpoint: set it with --endpoint %1=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery at %1 failed: %2. Check the issuer (the URL before /.well-known/openid-configuration), or set every endpoint with --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: issuer matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization %1, token %2, userinfo %3, jwks %4; ID token algorithms: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user refused, or the provider denied the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client authentication failed: check the client secret and the client authentication method registered for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this client may not use the authorization code flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a requested scope is unknown or not allowed for this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is missing or repeats a parameter (a provider that requires PKCE says this when it is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider needs the user to sign in or consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider failed; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the provider&apos;s documentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries both a code and an error; a genuine provider sends one or the other, so nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response names the issuer &quot;%1&quot;, not this tenant&apos;s &quot;%2&quot;: it came from another provider (a mix-up attack, RFC 9207), so nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has no iss parameter, but the provider promises one on every response (authorization_response_iss_parameter_supported): it may come from another provider, so nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user refused the authorization on the provider&apos;s page (access_denied%1). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the authorization: %1. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused to redirect to %1: it is not among the client&apos;s registered redirect URIs (%2). Register it exactly, scheme, host, port and path, for client &quot;%3&quot; on the provider, or use one that is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider showed an error page instead of the sign-in: %1. It does not redirect back, so the run ends here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is unsigned (alg &quot;none&quot;): anyone could have written it, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s algorithm &quot;%1&quot; is not one of RS256, PS256 and ES256, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is signed with %1, which the provider does not advertise (%2), so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s key does not fit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID token names no key (kid) and the JWKS has %n keys for its algorithm.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The ID token was signed with key &quot;%1&quot;, which is not in the provider&apos;s JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s issuer is &quot;%1&quot;, not this tenant&apos;s &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s audience is %1, not this tenant&apos;s client id &quot;%2&quot;: it was issued to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has several audiences (%1) but no azp naming the client it was issued to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued to &quot;%1&quot; (azp), not this tenant&apos;s client id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token lacks a numeric exp or iat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token expired at %1 (now %2, 60 s of clock skew allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued in the future (%1; now %2, 60 s of clock skew allowed): check the clocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token carries no nonce, so it cannot be tied to this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce is not this run&apos;s: it was issued for another authorization (a replay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no sub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot;, configured as the external id, is in neither the ID token nor userinfo: request the scope that carries it, or pick another claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss, aud, azp, exp, iat and nonce hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer has no id_token: the provider treated this as plain OAuth 2.0. Check that &quot;openid&quot; is among the scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userinfo describes sub &quot;%1&quot;, but the ID token is for &quot;%2&quot;: the answer is about someone else, so it is discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery works: the issuer matches. Endpoints: authorization %1, token %2, userinfo %3, jwks %4. ID token algorithms: %5. Keys: %6. The client secret is checked at the first run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWKS expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its cache lifetime is over: fetched again before any key is believed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token&apos;s header names critical extensions (crit: %1) that AuthDesk does not implement, so it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the client secret (allow_hs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with key &quot;%2&quot; (%3) from the provider&apos;s JWKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID tokens keyed with the client secret (HS256/384/512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow_hs accepts ID tokens keyed with the client secret, but a public client (client authentication &quot;none&quot;) has none: use a confidential client, or set allow_hs to no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider signs ID tokens only with %1; AuthDesk accepts RS256, PS256 and ES256 (and HS256, HS384 and HS512 when the tenant sets allow_hs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token is signed with %1, a shared-secret algorithm; AuthDesk accepts only RS256, PS256 and ES256 (an HS256 token keyed with the provider&apos;s public key is a known forgery), so it is refused. If this provider signs ID tokens with the client secret on purpose, set allow_hs to yes (--allow-hs yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepts the client&apos;s credentials: a code that cannot be valid was refused as invalid_grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the client&apos;s credentials (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id, the client secret and the client authentication method the provider expects (Edit tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered a code that cannot be valid with HTTP %1 %2; it does not say whether the client&apos;s credentials are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public client (client authentication none) cannot use the client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a confidential client of the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the client credentials grant (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider must allow the client_credentials grant for this client (a service account or machine-to-machine client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider issued a %1 access token (%2), valid for %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPoP nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked for its nonce in the proof: sent again with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair (private_key_jwt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pushed authorization requests (PAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender-constrained tokens (DPoP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allow_hs accepts ID tokens keyed with the client secret, but a private_key_jwt client has a key pair instead: set allow_hs to no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider names no pushed_authorization_request_endpoint (RFC 9126).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pushed requests to when_required, or --endpoint par=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pushed authorization request was refused (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no request_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code or refresh token is used, expired, revoked or not this client&apos;s, or the code_verifier or redirect_uri does not match: run the authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server wants its nonce in the DPoP proof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iss, aud, azp, exp and iat hold (this grant sends no nonce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider offers DPoP: if this client requires DPoP-bound tokens, set DPoP to yes (--dpop).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered the DPoP proof with a %1 token, not a DPoP-bound one: anyone who holds it can use it. Enable DPoP for this client on the provider, or set dpop to no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>untyped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is bound to the key %1 (cnf.jkt, %2), not to this run&apos;s DPoP key %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPoP binding verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token_type DPoP; cnf.jkt %1 is this run&apos;s key (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the JWT access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPoP binding not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token is opaque and the provider offers no introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as introspection says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider offers no device authorization grant: its discovery document names no device_authorization_endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the device flow for this client on the provider, or set --endpoint device_authorization=URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device authorization request failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer lacks device_code, user_code or verification_uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User code issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2; polling every %3 s for %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slow_down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider asked for slower polling: every %1 s from now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user refused the sign-in on the verification page (access_denied). Nothing was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device code expired before anyone signed in with the user code (expired_token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the device sign-in again and enter the new code within its lifetime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the device code was exchanged for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is kept for this tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the authorization again with &quot;keep tokens&quot; (--keep-tokens); a refresh token is issued only when the provider allows it for this client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider names no revocation_endpoint (RFC 7009).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revocation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider accepted the revocation of the %1 (HTTP 200); it offers no introspection to confirm it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered the revocation with HTTP 200, but introspection still says the %1 is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is revoked: introspection confirms it is no longer active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider names no introspection_endpoint (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The introspection failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no boolean &quot;active&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not active: revoked, expired or unknown to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is active: client %1, subject %2, scope &quot;%3&quot;, expires %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is kept for this tenant: the provider issued none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the refresh_token grant for this client on the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous refresh token no longer works, as a rotated token must not (RFC 9700 §4.14.2): %1. A provider that detects the reuse may have revoked the whole grant: refresh to see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token that was revoked, rotated away or expired cannot be used again: run the authorization again with &quot;keep tokens&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous refresh token still works: the provider does not enforce rotation (RFC 9700 §4.14.2 asks that it should). A new access token was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new access token, and the refresh token rotated (the previous one is kept to try with --which previous).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: a new access token; the refresh token did not rotate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed ID token&apos;s %1 is not the first one&apos;s: OpenID Connect Core §12.2 says it must stay the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new ID token is verified and keeps iss, sub and aud.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the DPoP proof was refused: its signature, htm, htu, iat, jti or nonce does not hold, or the key is not the one the token is bound to. htu is the URL AuthDesk called: an endpoint override or a proxy that names the endpoint otherwise than the provider does breaks it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform showed its error page %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required (--%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown endpoint key &quot;%1&quot;; %2 knows: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an OpenID Connect tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant&apos;s secret is one the platform issued: there is no public key to register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tenants keep no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QinceProvider</name>
    <message>
        <source>return_code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qince (勤策)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use the value 勤策 issued (letters, digits, _ and -).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries %1=&quot;%2&quot; but this tenant&apos;s %1 is &quot;%3&quot;: it belongs to another enterprise or app, so nothing was exchanged. Check the tenant&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was malformed (请求错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app may not use the authorization link: check app_id and tenant_id (访问未授权链接)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access was denied: the user refused or may not use this app (服务器拒绝访问)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response type is not supported (不支持响应类型)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested scope was refused (请求授权信息失败)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勤策 had a server error; try again later (服务器错误)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error 勤策 does not document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>勤策 refused the authorization with error &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/token answered HTTP %1; expected 200. Check the &quot;api&quot; endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/token refused the credentials (%1). Check app_id, tenant_id and the app_secret 勤策 issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/token answered return_code 0 without access_token or expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token reused from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/userinfo answered HTTP %1; expected 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cached token refused, fetching a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/userinfo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oauth/userinfo answered return_code 0 without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user (用户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer (客户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer contact (客户联系人)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal (正常)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled (停用)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (销户)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a numeric return_code: the answer is malformed. Check the &quot;api&quot; endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app_secret works for tenant_id %1: oauth/token issued a token valid for %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QiqiProvider</name>
    <message>
        <source>Qiqi (企企)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessKeyId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback listen address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code exchange path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SigV4 service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessKeyId &quot;%1&quot; is not valid: it is letters and digits, as 企企&apos;s admin sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback listen address must be IP:PORT, e.g. 127.0.0.1:0 (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code exchange path must start with /, e.g. /v1/code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SigV4 %1 must be lowercase letters, digits and dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user did not authorize (error &quot;%1&quot;). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request signed (SigV4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope %1, signed headers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1/code failed (HTTP %1, code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>77hub rejected the signature: check the secretAccessKey, this computer&apos;s clock, and the SigV4 region and service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v1/code succeeded but carries no openid, neither at the top level nor under data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>企企</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback carries no openid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>77hub rejected the signature (HTTP 403): %1 Check the secretAccessKey, the SigV4 region and service, and this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature was accepted: 77hub answered HTTP %1 to a made-up code, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback path must start with /, e.g. /openid: the path of the app&apos;s callbackUrl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunCompareDialog</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare runs of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two runs show the same identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <source># AuthDesk run %1 of %2 (%3, %4). Fill in the placeholders before running:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1 (HTTP %2 in the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># signed with SigV4: sign it again (authdesk sign) with the same headers before sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
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
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk run %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant settings (no secrets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by AuthDesk %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Keeping the run in the history failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select two runs to compare them field by field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Start authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste redirect URL…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which authorization page to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange a redirect URL copied from a phone or an in-client link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an exchange to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in as %1 (%2 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste redirect URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full address the platform redirected to (with code and state), or for 企企&apos;s normal mode the callback URL your server received (with openid and requestId):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run: the page stops loading, the call under way is aborted, and nothing further is called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls (or the selected one) as curl commands; secrets are placeholders such as ${CORPSECRET} to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run as a HAR file (browser dev tools) or an HTML report for a ticket, without secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl commands are on the clipboard; fill in the placeholders before running them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2): signed in as %3 (%4 %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2): cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing further was called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider for its endpoints and keys (discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the authorization page (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the user to sign in and be redirected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging — calling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
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
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no run to export yet: start one, or open one from the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR for browser dev tools (*.har);;HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain holds no %1 for this tenant: the store keeps the configuration, each admin&apos;s keychain the secrets. Enter it to run the tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization page appears here when a run starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the user signs in: on the authorization page, or with a code on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the authorization page opens: here, or in your own browser (for passkeys, device compliance or your session at the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the access, refresh and ID tokens in the keychain, for Refresh, Introspect, Revoke and Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed out at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the user to enter the code on another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider for a token for the client itself…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization page opened in your browser. Waiting for it to come back to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Installed in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1 unchanged ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same as the previous run of this tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 CHANGED since the previous run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was %1, now %2. If the same person signed in, the platform broke its promise that this id is stable: every mapping built on it is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 in the mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state was not issued by this run: the mapping is marked unverified, its last verification is not stamped, and the id does not become the baseline of the next run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1:%1. Is another program using that port?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Sandbox listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox tenants ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox tenants ready, but for %1: a tenant of yours has that name, so it was left as it is. Rename it to get the demo tenant too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxModule</name>
    <message>
        <source>The sandbox could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall AuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). AuthDesk keeps secrets only in the keychain, so nothing was stored. Install and start a Secret Service such as GNOME Keyring (Debian: apt install gnome-keyring) or KWallet, unlock it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read back a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk&apos;s keychain module could not be loaded (%1), so no secret was read or stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall AuthDesk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) this can read. Save it again from Excel or as CSV (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither CSV nor an Excel workbook (.xlsx). Save the sheet as one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: no such file, or not yours to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as CSV UTF-8 and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid CSV: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignatureInspector</name>
    <message>
        <source>Signature inspector (SigV4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One header per line, Name: value. Host comes from the URL unless given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body (empty for none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretAccessKey (kept in memory only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (X-Amz-Date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accessKeyId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secretAccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canonical request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed headers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 header is empty: it is signed as an empty value, and the platform will compute another signature if it expects one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accessKeyId is empty: the credential names no key, which the platform refuses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secretAccessKey is empty: the signature is computed with an empty key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>✓ ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The target store refused a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 to %2 failed, so nothing was copied: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target store could not commit the copy, so nothing was copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mappings of both stores are the same (checksum %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target holds other mappings too (its checksum differs).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants, mappings, local-account rules, sync progress, run history and the audit trail live in the store. sqlite:PATH is this computer&apos;s file; postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full is a database the team shares. Secrets and tokens stay in each admin&apos;s own keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected: the store holds %n tenant(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. AuthDesk opens %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>The store &quot;%1&quot; names no file: write sqlite:/path/to/authdesk.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; is neither sqlite:PATH nor postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full|require|disable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode must be verify-full, require or disable (got &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=require encrypts the connection to %1 but checks no certificate: anyone on the way can pose as the server and read the password and every mapping. Use sslmode=verify-full with the server&apos;s CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(libpq&apos;s default directory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL carries a password, which would end up in shell histories and settings. Leave it out and run &quot;authdesk store login&quot; (the password goes to your keychain), or put it in ~/.pgpass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL&apos;s parameter &quot;%1&quot; is not one AuthDesk passes on; it takes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL&apos;s %1 contains &quot;;&quot;, which libpq&apos;s connection string cannot carry: rename the file or directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store URL&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; names the database &quot;%2&quot;, which has a &quot;/&quot;: postgresql://USER@HOST[:PORT]/DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=disable sends the password and every mapping in the clear: it is allowed only on this computer (loopback or a Unix socket), not to %1. Use verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Suggest local accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested local account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapping(s) without a local account would get one; %2 have nothing the rule can use and stay empty. Nothing is written until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the company directory, by mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the company directory, by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the company directory, by employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the people up in the company directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled or locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mapping(s) without a local account would get one: exactly one enabled person in the directory has their details. Nothing is written until you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company directory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteCorps</name>
    <message>
        <source>Writing the service-provider app&apos;s corps failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteCorpsView</name>
    <message>
        <source>Corp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CorpID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install into a corp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check corps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens WeCom&apos;s install page for this app; the corp&apos;s permanent code goes to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks WeCom (get_auth_info) whether each corp&apos;s authorization still holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a callback URL on your own server: the suite_ticket it received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events received at the callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk listens at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback URL: paste the tickets your own server receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s secrets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suite_ticket yet: WeCom pushes one to the callback URL every 10 minutes (刷新Ticket in the service-provider console pushes one at once). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest suite_ticket received %1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ secret reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (third-party app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking each corp with get_auth_info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n corp(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Paste suite_ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest suite_ticket your callback server received for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert userids…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected corp&apos;s own userids, as its admin console shows them, as this provider&apos;s open_userid (batch/userid_to_openuserid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert userids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corp&apos;s own userids, separated by spaces or commas:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the app in a corp and select it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a member the app can see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuiteSession</name>
    <message>
        <source>&quot;%1&quot; is not a WeCom service-provider app (its provider is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no callback URL to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set its Callback URL (e.g. http://127.0.0.1:8790/wecom/suite), or paste the tickets your own server receives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening for WeCom&apos;s callbacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiveid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event of another suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for suite %2 (receiveid %3), not this tenant&apos;s %4: it is not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed from WeCom (create_auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret reset in WeCom (reset_permanent_code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanging the auth_code for the corp&apos;s permanent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancel_auth received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corp cancelled the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization cancelled (cancel_auth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corp changed the authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suite_ticket is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest suite_ticket kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install named no corp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in %1 (%2); its permanent code is in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in %1 (%2) as a 代开发 app: tenant &quot;%3&quot; signs its members in with the permanent code as its corpsecret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_info answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk holds no permanent code for corp %1: install the app there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pushed suite_ticket could not be kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncClaims</name>
    <message>
        <source>%1 (since %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another AuthDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemBrowser</name>
    <message>
        <source>No browser could be opened for %1: set the BROWSER environment variable, or open the address yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser &quot;%1&quot; (BROWSER) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <source>Check credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional overrides, one per line: KEY=https://… (keys: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of this tenant&apos;s runs the History tab keeps; older ones are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a PEM file of your company&apos;s certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted for this tenant&apos;s endpoints besides the system&apos;s authorities, for a Keycloak or proxy behind your own CA. Verification is never skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rotation period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health checks warn when the secret is older than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate secret every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (JWKS)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public half of the key pair AuthDesk made, to register at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the tenant first: AuthDesk makes its key pair when it is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this JWKS at the provider for client %1 (it is on the clipboard):

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep what the keychain holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; stored in the OS keychain only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantHealth</name>
    <message>
        <source>This tenant has no secret (a public client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter it again: Edit tenant in the console, or &quot;authdesk tenant add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is in this keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer of the platform&apos;s carried a Date to compare this computer&apos;s clock with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the platform&apos;s (within a minute).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed requests are refused past 5 minutes: set the clock right (timedatectl set-ntp true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are judged with a minute of skew: set the clock right (timedatectl set-ntp true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kept run of this tenant succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run an authorization to verify the sign-in end to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last successful run was %n day(s) ago.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind the platform&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of the platform&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 is set: directory syncs list by department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 works: it fetches a token of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 again (Edit tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk has not recorded when the %1 was set (before this version kept the date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 again (Edit tenant) to start counting its age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 was set %n day(s) ago; no rotation period is set.</source>
        <translation>
            <numerusform>The %1 was set %n day ago; no rotation period is set.</numerusform>
            <numerusform>The %1 was set %n days ago; no rotation period is set.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 is %n day(s) old, past its rotation period of %2 days.</source>
        <translation>
            <numerusform>The %1 is %n day old, past its rotation period of %2 days.</numerusform>
            <numerusform>The %1 is %n days old, past its rotation period of %2 days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new %1 on the platform and enter it (Edit tenant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 is %n day(s) old; it is due for rotation in %2 days.</source>
        <translation>
            <numerusform>The %1 is %n day old; it is due for rotation in %2 days.</numerusform>
            <numerusform>The %1 is %n days old; it is due for rotation in %2 days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantSecrets</name>
    <message>
        <source>The keychain holds no %1 for this tenant. Edit the tenant and enter it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantStore</name>
    <message>
        <source>it was written by a newer AuthDesk (schema %1, this build knows %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; already exists. Pick another name or edit that tenant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving tenant &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing tenant &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant named &quot;%1&quot;. Run &quot;authdesk tenant list&quot; to see the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new name is empty. Give the tenant a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mappings deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its mappings kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>No tokens are kept for this tenant: run the authorization with &quot;keep tokens&quot; (--keep-tokens) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 But what is left could not be kept: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 offers no %2 of its tokens: only its %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <source>%1 must be an absolute URL such as https://example.com/path (got &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http to %2. AuthDesk only allows http for loopback addresses (127.0.0.1, ::1, localhost); use https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must use https (got scheme &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI is required: copy it exactly as registered on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI must not contain a fragment (#...).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeComCallbackCrypto</name>
    <message numerus="yes">
        <source>The EncodingAESKey must be the 43 characters the WeCom console shows (got %n character(s)).</source>
        <translation>
            <numerusform>The EncodingAESKey must be the 43 characters the WeCom console shows (got %n character).</numerusform>
            <numerusform>The EncodingAESKey must be the 43 characters the WeCom console shows (got %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy it again from the app&apos;s callback settings (接收事件服务器).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted text is not WeCom&apos;s: it does not decrypt with this EncodingAESKey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the EncodingAESKey is this app&apos;s, and that the text was copied whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is for %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL verification is for the provider&apos;s corpid, 指令回调 for the suite id, 数据回调 for the authorizing corp: check which callback URL this came to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query lacks msg_signature, timestamp or nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole query string of the callback request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither an echostr in the query nor an &lt;Encrypt&gt; element in the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL verification is a GET with echostr; an event is a POST whose XML body holds &lt;Encrypt&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>msg_signature does not match: the callback is not from WeCom, or the Token is not this app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Token in the app&apos;s callback settings (接收事件服务器).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeComProvider</name>
    <message>
        <source>gettoken answered HTTP %1; expected 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom busy (-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying gettoken in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gettoken refused the corpsecret (errcode 40001): the secret is wrong or belongs to another app. Copy it again from the app&apos;s page in the WeCom admin console. (errmsg: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gettoken failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gettoken answered errcode 0 without access_token or expires_in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom (企业微信)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CorpID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AgentID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CorpID &quot;%1&quot; is not valid: it starts with &quot;ww&quot; (older corps &quot;wx&quot;) followed by letters and digits. Find it in the WeCom admin console under My Company → Company Info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AgentID &quot;%1&quot; is not valid: it is the number shown on the self-built app&apos;s page (e.g. 1000002).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user denied the authorization (the redirect carries no code). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system busy; retry later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid secret: check the corpsecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid CorpID: check the tenant&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid code: it was already used, expired after 5 minutes, or belongs to another app; run the authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid AgentID: check the tenant&apos;s configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API call frequency limit reached; stopped. Wait a minute before trying again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API concurrency limit reached; stopped. Wait and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API not allowed for this app: grant the permission in the WeCom admin console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri is not a trusted domain of the app: add its host under the app&apos;s trusted domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member outside the app&apos;s visible range: widen the app&apos;s visible range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine&apos;s IP is not among the app&apos;s trusted IPs: add it in the WeCom admin console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>userid not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_ticket expired: run the snsapi_privateinfo authorization again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the WeCom error code reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errcode %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token reused from cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2; WeCom answers 200 with a JSON body. Check the &quot;api&quot; endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token rejected, fetching a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrying %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk made no further calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auth/getuserinfo answered errcode 0 but with neither userid nor openid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-member identified by openid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member details unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department names unavailable; showing ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensitive details unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpsecret works: gettoken issued a token valid for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 without %2: the answer is malformed, so nothing in it is believed. Check the &quot;api&quot; endpoint (a proxy may be answering instead of WeCom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a numeric errcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its department list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its userlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls per minute &quot;%1&quot; is not a positive number (WeCom allows 10000 per API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its dept_user list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom&apos;s authorization page refused the request instead of showing the login (errcode %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API&apos;s daily call quota is used up; stopped. It resets at midnight (Beijing time): try again tomorrow, or raise the quota in the WeCom admin console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom refuses calls from this machine&apos;s IP (60020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom refuses calls from this machine&apos;s IP, which it sees as %1 (60020).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 under the app&apos;s 企业可信IP in the WeCom admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this machine&apos;s public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom accepts calls from this machine&apos;s IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s visible range is empty: nobody can use it (60011).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is enabled and visible to members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the app in the WeCom admin console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members, departments or tags to the app&apos;s visible range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI&apos;s host is the app&apos;s trusted domain %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI names a port (%1); WeCom&apos;s trusted domain %2 does not match it then (50001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI&apos;s host %1 is not the app&apos;s trusted domain &quot;%2&quot; (50001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the redirect URI&apos;s host, without a port, the app&apos;s trusted domain (网页授权及JS-SDK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts-sync secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid parameter (an auth_code is at least 64 characters): check what was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pre_auth_code is invalid or expired (20 minutes): start the install again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the auth_code was already used, expired after 10 minutes, or came from a login rather than an install: install again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid suite_secret: copy it again from the app&apos;s page in the service-provider console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid suite or provider token, or the corp never authorized this suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid SuiteID (get_suite_token must be a POST): check the tenant&apos;s SuiteID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corp cancelled the authorization or its permanent code was reset: install the app in the corp again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the suite_ticket is stale or another suite&apos;s: check that the callback URL receives this suite&apos;s pushes (several suites sharing one URL overwrite each other&apos;s tickets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suite_access_token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SuiteID does not match the suite token&apos;s suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid user_ticket: run the sign-in again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeComSuiteProvider</name>
    <message>
        <source>WeCom service-provider app (企业微信第三方应用 / 代开发)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuiteID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider CorpID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL (指令回调)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API calls per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ProviderSecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suite ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SuiteID &quot;%1&quot; is not valid: a third-party app&apos;s starts with &quot;ww&quot; (older ones &quot;wx&quot; or &quot;tj&quot;), a 代开发 template&apos;s with &quot;dk&quot;. Find it in the service-provider console under 应用管理.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider CorpID &quot;%1&quot; is not valid: it starts with &quot;ww&quot; and is shown in the service-provider console under 服务商信息.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL &quot;%1&quot; is not a URL with a port, e.g. http://127.0.0.1:8790/wecom/suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suite_ticket has reached AuthDesk yet, so there is no suite token (no call was made). WeCom pushes one to the callback URL every 10 minutes: let AuthDesk listen there (authdesk suite ticket NAME --listen), press 刷新Ticket in the service-provider console, or paste the ticket your own server received (authdesk suite ticket NAME --paste-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suite_secret and the newest suite_ticket work: get_suite_token issued a token valid for %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_pre_auth_code answered errcode 0 without pre_auth_code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install session set: test authorization (auth_type 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install session set: released app (auth_type 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization was not given (the redirect carries neither auth_code nor code). Nothing was exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getuserinfo3rd answered errcode 0 with neither corpid and userid nor openid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-member identified by openid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These ids are this service provider&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeCom gives a service provider&apos;s apps their own ciphertext of the corpid and userid (case-sensitive), not what the corp&apos;s admin console shows; open_userid is the same in every app of this provider. The corp&apos;s own self-built app converts them back (batch/openuserid_to_userid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member details unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name for a third-party app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getuserdetail3rd answers the userid as the name, as WeCom does for every third-party app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_permanent_code answered errcode 0 without permanent_code and auth_corp_info.corpid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_info lists no app of this suite in the corp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app %1 (AgentID %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 代开发 app: its permanent code is its secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gettoken with corpid %1 and the permanent code as corpsecret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corp token fetched with the permanent code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without %3 and expires_in: the answer is malformed. Check the &quot;api&quot; endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the provider&apos;s token, and the tenant has no ProviderSecret: edit the tenant and enter it (服务商信息 in the service-provider console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member of corp %1 signed in, not of %2 as asked. The app is installed in several corps; sign in with an account of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none: a non-member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_login_info answered errcode 0 without corp_info.corpid and user_info&apos;s userid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corp&apos;s creator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an internal system admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an external system admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a delegated admin (分级管理员)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the workbook %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the workbook %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthDesk&apos;s Excel module could not be loaded (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reinstall AuthDesk, or use CSV meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The tenant name must be 1 to 80 characters without leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tenant needs its %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tenant named &quot;%1&quot;. Run &quot;authdesk tenant list&quot; to see the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant was kept because its secrets could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; and its keychain entries removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;, its keychain entries and its mappings removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; already exists; pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret&apos;s rotation period must be 0 (none) to 3650 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
