<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccountMatch</name>
    <message>
        <source>%1 is in the directory and enabled.</source>
        <translation>%1 在目录中且已启用。</translation>
    </message>
    <message>
        <source>No account %1 in the directory.</source>
        <translation>目录中没有账号 %1。</translation>
    </message>
    <message>
        <source>%1 is disabled or locked in the directory.</source>
        <translation>%1 在目录中已被禁用或锁定。</translation>
    </message>
    <message>
        <source>%1 is in the directory under another mobile (%2, the platform says %3).</source>
        <translation>%1 在目录中登记的是另一个手机号(%2,平台上为 %3)。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <source>The console and authorize need %1, which is missing. Reinstall AuthDesk.</source>
        <translation>控制台和 authorize 需要 %1，但它不存在。请重新安装 AuthDesk。</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>Password of %1 for %2 (kept in your keychain):</source>
        <translation>%1 在 %2 的密码（保存在你的密钥环中）：</translation>
    </message>
    <message>
        <source>authdesk: the store saved in Settings &gt; Store cannot be used (%1); this time your own file %2 is opened. Choose the store again in Settings &gt; Store.</source>
        <translation>authdesk：“设置 &gt; 存储”中保存的存储无法使用（%1）；本次改为打开您自己的文件 %2。请在“设置 &gt; 存储”中重新选择存储。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail — %1</source>
        <translation>审计记录 — %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>AuthBrowser</name>
    <message>
        <source>The authorization page appears here when a run starts.</source>
        <translation>开始运行后,授权页面会显示在这里。</translation>
    </message>
    <message>
        <source>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif;padding:32px;color:#333&quot;&gt;&lt;h2 style=&quot;color:#1a73e8&quot;&gt;Stopped at the redirect&lt;/h2&gt;&lt;p&gt;AuthDesk handed &lt;code&gt;%1&lt;/code&gt; to the run instead of loading it.&lt;/p&gt;&lt;p&gt;The timeline on the right shows what came of it.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;body style=&quot;font-family:sans-serif;padding:32px;color:#333&quot;&gt;&lt;h2 style=&quot;color:#1a73e8&quot;&gt;已在重定向处拦截&lt;/h2&gt;&lt;p&gt;AuthDesk 没有加载 &lt;code&gt;%1&lt;/code&gt;,而是把它交给了本次运行。&lt;/p&gt;&lt;p&gt;结果请看右侧的时间线。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Page loaded</source>
        <translation>页面已加载</translation>
    </message>
    <message>
        <source>Page failed to load</source>
        <translation>页面加载失败</translation>
    </message>
    <message>
        <source>The certificate of %1 was rejected: %2. AuthDesk never accepts an invalid certificate on an authorization page.</source>
        <translation>%1 的证书被拒绝:%2。AuthDesk 绝不在授权页面上接受无效证书。</translation>
    </message>
    <message>
        <source>Blocked a request to the redirect URI</source>
        <translation>已拦截对重定向地址的请求</translation>
    </message>
    <message>
        <source>the page asked for %1 (an image, a script&apos;s fetch or a frame); the redirect target never loads</source>
        <translation>页面请求了 %1（图片、脚本的 fetch 或框架）；重定向目标永远不会被加载</translation>
    </message>
    <message>
        <source>Refused a look-alike of the redirect URI</source>
        <translation>已拒绝仿冒的重定向地址</translation>
    </message>
    <message>
        <source>%1 carries user info before the host; it was neither loaded nor taken as the redirect</source>
        <translation>%1 在主机名前带有用户信息；既未加载，也未当作重定向处理</translation>
    </message>
</context>
<context>
    <name>BrowserPane</name>
    <message>
        <source>The embedded browser could not be loaded (%1). Reinstall AuthDesk, or paste the redirect URL instead.</source>
        <translation>无法加载内嵌浏览器（%1）。请重新安装 AuthDesk，或改为粘贴重定向 URL。</translation>
    </message>
</context>
<context>
    <name>CaBundle</name>
    <message>
        <source>The CA bundle %1 cannot be read: %2.</source>
        <translation>无法读取 CA 证书包 %1:%2。</translation>
    </message>
    <message>
        <source>Give the tenant a PEM file of your certificate authority (Edit tenant, or --ca-bundle FILE).</source>
        <translation>请为租户指定贵公司证书颁发机构的 PEM 文件(编辑租户,或 --ca-bundle FILE)。</translation>
    </message>
    <message>
        <source>The CA bundle %1 holds no PEM certificate.</source>
        <translation>CA 证书包 %1 中没有 PEM 证书。</translation>
    </message>
    <message>
        <source>Give a file with &quot;-----BEGIN CERTIFICATE-----&quot; blocks, such as your CA&apos;s ca.pem.</source>
        <translation>请提供包含“-----BEGIN CERTIFICATE-----”块的文件,例如贵公司 CA 的 ca.pem。</translation>
    </message>
</context>
<context>
    <name>CallbackDecryptDialog</name>
    <message>
        <source>WeCom callback decryptor</source>
        <translation>企业微信回调解密工具</translation>
    </message>
    <message>
        <source>Optional: the corpid or suite id the callback must be for</source>
        <translation>可选:回调应属于的 corpid 或 suite id</translation>
    </message>
    <message>
        <source>The POST body, &lt;xml&gt;…&lt;Encrypt&gt;…&lt;/Encrypt&gt;…&lt;/xml&gt;; empty for URL verification</source>
        <translation>POST 请求体,&lt;xml&gt;…&lt;Encrypt&gt;…&lt;/Encrypt&gt;…&lt;/xml&gt;;URL 验证时留空</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
    <message>
        <source>Receive ID</source>
        <translation>接收方 ID</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>查询字符串</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Verify and decrypt</source>
        <translation>验证并解密</translation>
    </message>
    <message>
        <source>msg_signature verified. URL verification for %1: answer this body, as it is, within 1 s:</source>
        <translation>msg_signature 验证通过。%1 的 URL 验证:请在 1 秒内原样返回以下内容:</translation>
    </message>
    <message>
        <source>msg_signature verified. Event for %1:</source>
        <translation>msg_signature 验证通过。%1 的事件:</translation>
    </message>
</context>
<context>
    <name>CallbackDelivery</name>
    <message>
        <source>Listening for the callback on %1</source>
        <translation>正在 %1 上监听回调</translation>
    </message>
    <message>
        <source>%1&apos;s admin must have set this address (as reachable from %1) as the app&apos;s callbackUrl.</source>
        <translation>%1 的管理员必须已将此地址（从 %1 可访问的形式）设为应用的 callbackUrl。</translation>
    </message>
    <message>
        <source>Callback refused</source>
        <translation>回调被拒绝</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; is not this run&apos;s (or its callback already came); answered 403 and ignored. %3</source>
        <translation>%1=“%2”不属于本次运行（或其回调已到达）；已回复 403 并忽略。%3</translation>
    </message>
    <message>
        <source>it carries no %1; answered 400. %2</source>
        <translation>回调中没有 %1；已回复 400。%2</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>已收到回调</translation>
    </message>
    <message>
        <source>Browser reached the redirect URL; waiting for %1&apos;s callback</source>
        <translation>浏览器已到达重定向地址；正在等待 %1 的回调</translation>
    </message>
    <message>
        <source>The browser did not reach the redirect URL; the callback is enough</source>
        <translation>浏览器未到达重定向地址;仅凭回调即可完成</translation>
    </message>
    <message>
        <source>The callback listener is reachable from the network</source>
        <translation>回调监听可从网络访问</translation>
    </message>
    <message>
        <source>it speaks plain HTTP on %1: put an HTTPS front (a reverse proxy) before it and let only %2&apos;s servers reach it.</source>
        <translation>它在 %1 上使用明文 HTTP：请在其前面放置 HTTPS 前端（反向代理），并只允许 %2 的服务器访问。</translation>
    </message>
    <message>
        <source>Callback repeated</source>
        <translation>回调重复</translation>
    </message>
    <message>
        <source>the same callback again; answered 200</source>
        <translation>相同的回调再次到达；已回复 200</translation>
    </message>
</context>
<context>
    <name>CallbackListener</name>
    <message>
        <source>The callback listen address &quot;%1&quot; is not HOST:PORT (e.g. 127.0.0.1:0 for any free port).</source>
        <translation>回调监听地址“%1”不是 主机:端口 的格式(例如 127.0.0.1:0 表示任意空闲端口)。</translation>
    </message>
    <message>
        <source>Cannot listen for the platform&apos;s callback on %1: %2.</source>
        <translation>无法在 %1 上监听平台的回调：%2。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>pass --secret-stdin and write the secret to standard input; AuthDesk never takes a secret from the command line, where other users and the shell history can read it.</source>
        <translation>请加上 --secret-stdin 并从标准输入写入密钥;AuthDesk 从不接受命令行中的密钥,因为其他用户和 shell 历史记录都能读到它。</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; already exists. Remove it first or pick another name.</source>
        <translation>名为“%1”的租户已存在。请先删除它,或换一个名称。</translation>
    </message>
    <message>
        <source>--endpoint takes KEY=URL, e.g. api=https://qyapi.example.com (got &quot;%1&quot;).</source>
        <translation>--endpoint 的格式为 键=URL,例如 api=https://qyapi.example.com(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No secret on standard input. Pipe it in, e.g. authdesk tenant add … --secret-stdin &lt; secret.txt</source>
        <translation>标准输入中没有密钥。请用管道传入,例如:authdesk tenant add … --secret-stdin &lt; secret.txt</translation>
    </message>
    <message>
        <source>The keychain holds no %1 for this tenant; add the tenant again.</source>
        <translation>密钥环中没有该租户的 %1;请重新添加该租户。</translation>
    </message>
    <message>
        <source>There is no tenant named &quot;%1&quot;. Run &quot;authdesk tenant list&quot; to see the names.</source>
        <translation>没有名为“%1”的租户。运行“authdesk tenant list”查看所有名称。</translation>
    </message>
    <message>
        <source>AuthDesk — authorize %1</source>
        <translation>AuthDesk — 授权 %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the redirect to %2. The page last showed &quot;%3&quot;.</source>
        <translation>等待重定向到 %2 超时(%1 秒)。页面最后显示的是“%3”。</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>No tenants yet. Add one with &quot;authdesk tenant add&quot;, or run &quot;authdesk --demo&quot;.</source>
        <translation>还没有租户。请用“authdesk tenant add”添加,或运行“authdesk --demo”。</translation>
    </message>
    <message>
        <source>(sandbox)</source>
        <translation>(沙盒)</translation>
    </message>
    <message>
        <source>usage:</source>
        <translation>用法:</translation>
    </message>
    <message>
        <source>--provider must be one of: %1.</source>
        <translation>--provider 必须是以下之一:%1。</translation>
    </message>
    <message>
        <source>--%1 does not apply to %2.</source>
        <translation>--%1 不适用于%2。</translation>
    </message>
    <message>
        <source>pass --secret-stdin and write the secretAccessKey to standard input.</source>
        <translation>请加上 --secret-stdin,并从标准输入写入 secretAccessKey。</translation>
    </message>
    <message>
        <source>--date takes the request time as yyyyMMddTHHmmssZ in UTC, e.g. 20150830T123600Z.</source>
        <translation>--date 需要 UTC 请求时间,格式为 yyyyMMddTHHmmssZ,例如 20150830T123600Z。</translation>
    </message>
    <message>
        <source>--url must be an absolute URL, e.g. https://api2.77hub.com/v1/code.</source>
        <translation>--url 必须是完整的 URL,例如 https://api2.77hub.com/v1/code。</translation>
    </message>
    <message>
        <source>--header takes &apos;Name: value&apos; (got &quot;%1&quot;).</source>
        <translation>--header 的格式为 &apos;名称: 值&apos;(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>Cannot read the body file %1: %2</source>
        <translation>无法读取请求体文件 %1:%2</translation>
    </message>
    <message>
        <source>secretAccessKey: </source>
        <translation>secretAccessKey:</translation>
    </message>
    <message>
        <source>No secretAccessKey on standard input.</source>
        <translation>标准输入中没有 secretAccessKey。</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条映射写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>departments %1/%2, member listings %3, requests %4</source>
        <translation>部门 %1/%2,成员记录 %3,请求 %4</translation>
    </message>
    <message>
        <source>options:</source>
        <translation>选项：</translation>
    </message>
    <message>
        <source>Redirect URL: </source>
        <translation>重定向 URL：</translation>
    </message>
    <message numerus="yes">
        <source>Tenant &quot;%1&quot; has %n mapping(s). Say what becomes of them: add --keep-mappings or --delete-mappings.</source>
        <translation>
            <numerusform>租户“%1”有 %n 条映射。请说明如何处理：加上 --keep-mappings（保留）或 --delete-mappings（删除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is now &quot;%2&quot;; its secrets and mappings went with it.</source>
        <translation>租户“%1”已改名为“%2”；其密钥和映射随之保留。</translation>
    </message>
    <message>
        <source>--method takes an HTTP method such as GET or POST (got &quot;%1&quot;).</source>
        <translation>--method 需要一个 HTTP 方法，例如 GET 或 POST（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>--claim does not apply to %1.</source>
        <translation>--claim 不适用于%1。</translation>
    </message>
    <message>
        <source>--claim takes FIELD=CLAIM with FIELD one of %1 (got &quot;%2&quot;).</source>
        <translation>--claim 的格式为 字段=声明，字段为 %1 之一（收到的是“%2”）。</translation>
    </message>
    <message>
        <source>--secret-stdin does not apply: a public client (--client-auth none) has no secret.</source>
        <translation>--secret-stdin 不适用：公共客户端（--client-auth none）没有密钥。</translation>
    </message>
    <message>
        <source>There is no run &quot;%1&quot;. &quot;authdesk runs list NAME&quot; lists a tenant&apos;s runs.</source>
        <translation>没有运行“%1”。“authdesk runs list 名称”可列出某个租户的运行。</translation>
    </message>
    <message>
        <source>--limit takes a number of runs (0: all).</source>
        <translation>--limit 需要运行的数量（0 表示全部）。</translation>
    </message>
    <message>
        <source>No runs of &quot;%1&quot; yet.</source>
        <translation>“%1”还没有运行记录。</translation>
    </message>
    <message>
        <source>run %1 of %2 (%3), %4, %5 ms: %6
</source>
        <translation>%2 的运行 %1（%3），%4，%5 毫秒：%6
</translation>
    </message>
    <message>
        <source>authorization URL: %1
</source>
        <translation>授权 URL：%1
</translation>
    </message>
    <message>
        <source>timeline:</source>
        <translation>时间线：</translation>
    </message>
    <message>
        <source>exchanges:</source>
        <translation>HTTP 交互：</translation>
    </message>
    <message>
        <source>identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Run %1 written to %2.</source>
        <translation>运行 %1 已写入 %2。</translation>
    </message>
    <message>
        <source>%1&apos;s local account is now &quot;%2&quot;.</source>
        <translation>%1 的本地账号现在是“%2”。</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Connected to %1; the password is in your keychain.</source>
        <translation>已连接到 %1；密码已保存在你的密钥环中。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to %1.</source>
        <translation>--timeout 需要 1 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>警告：%1：%2</translation>
    </message>
    <message>
        <source>An Excel workbook is a file: add --output FILE.xlsx.</source>
        <translation>Excel 工作簿只能写入文件：请加上 --output 文件.xlsx。</translation>
    </message>
    <message>
        <source>--column takes FIELD=COLUMN, FIELD one of local_account, external_id, mobile, email, name (got &quot;%1&quot;).</source>
        <translation>--column 的格式为 字段=列名，字段为 local_account、external_id、mobile、email、name 之一（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>%1 %2 → &quot;%3&quot;
</source>
        <translation>%1 %2 → “%3”
</translation>
    </message>
    <message>
        <source>set</source>
        <translation>已设置</translation>
    </message>
    <message>
        <source>would set</source>
        <translation>将设置</translation>
    </message>
    <message>
        <source>conflict %1: has &quot;%2&quot;, the file says &quot;%3&quot; (left alone)
</source>
        <translation>冲突 %1：现为“%2”，文件中为“%3”（保持不变）
</translation>
    </message>
    <message>
        <source>%1 to set, %2 conflicts, %3 unchanged, %4 rows match nobody, %5 match several%6
</source>
        <translation>待设置 %1 条，冲突 %2 条，未变 %3 条，%4 行无匹配，%5 行匹配多人%6
</translation>
    </message>
    <message>
        <source>; nothing written: add --apply</source>
        <translation>；尚未写入：请加上 --apply</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>--rotation-days takes a number of days (got &quot;%1&quot;).</source>
        <translation>--rotation-days 需要一个天数(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>--filter takes FIELD=FILTER with FIELD one of %1 (got &quot;%2&quot;).</source>
        <translation>--filter 的格式为 FIELD=FILTER,FIELD 为 %1 之一(收到的是“%2”)。</translation>
    </message>
    <message>
        <source>Bind password: </source>
        <translation>绑定密码:</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 人</translation>
    </message>
    <message numerus="yes">
        <source>%n local account(s) set.</source>
        <translation>
            <numerusform>已设置 %n 个本地账号。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n local account(s) would be set: add --apply.</source>
        <translation>
            <numerusform>将设置 %n 个本地账号:加上 --apply 以写入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Token: </source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>EncodingAESKey: </source>
        <translation>EncodingAESKey:</translation>
    </message>
    <message>
        <source>msg_signature verified; for %1 (%2):</source>
        <translation>msg_signature 验证通过;接收方 %1(%2):</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code %2 (valid for %3 s).</source>
        <translation>请打开 %1 并输入代码 %2 以登录(%3 秒内有效)。</translation>
    </message>
    <message>
        <source>Or open %1</source>
        <translation>或打开 %1</translation>
    </message>
    <message>
        <source>--grant is code, device or client_credentials (got &quot;%1&quot;).</source>
        <translation>--grant 为 code、device 或 client_credentials(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>--browser is embedded or system (got &quot;%1&quot;).</source>
        <translation>--browser 为 embedded 或 system(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>Opened the authorization page in your browser; if it did not open, open %1</source>
        <translation>已在你的浏览器中打开授权页面;如未打开,请手动打开 %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the browser to come back to %2.</source>
        <translation>等待浏览器回到 %2 超时(%1 秒)。</translation>
    </message>
    <message>
        <source>Signed out of %1 at the provider.</source>
        <translation>已在身份提供方处退出 %1。</translation>
    </message>
    <message>
        <source>AuthDesk — log out of %1</source>
        <translation>AuthDesk — 退出 %1</translation>
    </message>
    <message>
        <source>Timed out after %1 s waiting for the provider to come back to %2.</source>
        <translation>等待身份提供方回到 %2 超时(%1 秒)。</translation>
    </message>
    <message>
        <source>--secret-stdin does not apply: AuthDesk makes this client&apos;s key pair; register its public key (authdesk tenant jwks NAME) at the provider.</source>
        <translation>--secret-stdin 不适用:该客户端的密钥对由 AuthDesk 生成;请在身份提供方处登记其公钥(authdesk tenant jwks 名称)。</translation>
    </message>
    <message>
        <source>AuthDesk made its key pair and kept the private key in the keychain; register the public key at the provider: authdesk tenant jwks %1
</source>
        <translation>AuthDesk 已生成密钥对,私钥保存在密钥环中;请在身份提供方处登记公钥:authdesk tenant jwks %1
</translation>
    </message>
    <message>
        <source>--which is access, refresh or previous (got &quot;%1&quot;).</source>
        <translation>--which 为 access、refresh 或 previous(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>No suite_ticket has been kept for %1 yet.
</source>
        <translation>%1 尚未保存任何 suite_ticket。
</translation>
    </message>
    <message>
        <source>Newest suite_ticket kept %1 (%2).
</source>
        <translation>最新的 suite_ticket 保存于 %1（%2）。
</translation>
    </message>
    <message>
        <source>suite_ticket: </source>
        <translation>suite_ticket：</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>Waiting for WeCom&apos;s next suite_ticket at %1</source>
        <translation>正在 %1 等待企业微信推送下一个 suite_ticket</translation>
    </message>
    <message>
        <source>No suite_ticket arrived within %1 s. WeCom pushes one every 10 minutes; 刷新Ticket in the service-provider console pushes one at once.</source>
        <translation>%1 秒内没有收到 suite_ticket。企业微信每 10 分钟推送一次；在服务商管理后台点击“刷新Ticket”会立即推送。</translation>
    </message>
    <message>
        <source>Not installed in any corp yet: authdesk suite install NAME
</source>
        <translation>尚未安装到任何企业：authdesk suite install NAME
</translation>
    </message>
    <message>
        <source>The callback was refused.</source>
        <translation>回调被拒绝。</translation>
    </message>
    <message>
        <source>%1 needs its %2: pass --%3 and write it on a line of standard input after the secret.</source>
        <translation>%1 需要 %2：请传入 --%3，并在标准输入中于密钥之后单独一行写入。</translation>
    </message>
    <message>
        <source>No %1 on standard input: write each of the other secrets on a line of its own after the secret, in the order &quot;authdesk tenant add --help&quot; lists them.</source>
        <translation>标准输入中没有 %1：请在密钥之后，按“authdesk tenant add --help”列出的顺序，将其余每个密钥各写一行。</translation>
    </message>
    <message>
        <source>%1: not a member the app can see
</source>
        <translation>%1：不是应用可见的成员
</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>用法：%1</translation>
    </message>
    <message>
        <source>usage: %1 (&quot;authdesk %2 --help&quot; shows every form)</source>
        <translation>用法：%1（“authdesk %2 --help”列出所有用法）</translation>
    </message>
</context>
<context>
    <name>CopyableTableView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>AuthDesk left the file untouched. Move it aside (or restore a backup) and start AuthDesk again to create a fresh one.</source>
        <translation>AuthDesk 没有改动该文件。请将其移走(或恢复备份),然后重新启动 AuthDesk 以创建新的数据库。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. %3</source>
        <translation>无法打开数据库 %1:%2。%3</translation>
    </message>
    <message>
        <source>Cannot use the database %1: this build&apos;s SQLite driver is not the system SQLite. %2</source>
        <translation>无法使用数据库 %1：此版本的 SQLite 驱动不是系统的 SQLite。%2</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not an AuthDesk database (%2). %3</source>
        <translation>数据库 %1 已损坏,或不是 AuthDesk 的数据库(%2)。%3</translation>
    </message>
    <message>
        <source>%1 is on a network filesystem (%2): AuthDesk keeps SQLite&apos;s rollback journal there, which is slower, and SQLite files on shared folders break when several computers write. For a team, use the PostgreSQL store (Settings &gt; Store, or --store postgresql://…).</source>
        <translation>%1 位于网络文件系统（%2）上：AuthDesk 在此保留 SQLite 的回滚日志，速度较慢；而且多台电脑同时写入共享文件夹中的 SQLite 文件会损坏它。团队使用请改用 PostgreSQL 存储（设置 &gt; 存储，或 --store postgresql://…）。</translation>
    </message>
    <message>
        <source>The database %1 could not be prepared: %2. %3</source>
        <translation>无法准备数据库 %1:%2。%3</translation>
    </message>
    <message>
        <source>(your login name)</source>
        <translation>（您的登录名）</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for the password of user %2, and neither your keychain nor ~/.pgpass (PGPASSFILE) holds it. Enter it once: &quot;authdesk store login&quot; (Settings → Store… in the console).</source>
        <translation>%1 上的 PostgreSQL 要求用户 %2 的密码，但您的钥匙串和 ~/.pgpass（PGPASSFILE）中都没有。请输入一次：“authdesk store login”（或控制台中的 设置 → 存储…）。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the password of user %2. Enter it again: &quot;authdesk store login&quot; (Settings → Store… in the console), or correct ~/.pgpass.</source>
        <translation>%1 上的 PostgreSQL 拒绝了用户 %2 的密码。请重新输入：“authdesk store login”（或控制台中的 设置 → 存储…），或更正 ~/.pgpass。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused user %2: %3. Check the server&apos;s pg_hba.conf for how this user signs in (peer, a client certificate: sslcert and sslkey).</source>
        <translation>%1 上的 PostgreSQL 拒绝了用户 %2：%3。请查看服务器的 pg_hba.conf 中该用户的登录方式（peer、客户端证书：sslcert 和 sslkey）。</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Create it (createdb -O %3 %1, see the README&apos;s &quot;Sharing with a team&quot;) or correct the store URL.</source>
        <translation>%2 上不存在数据库 %1。请创建它（createdb -O %3 %1，参见 README 的“Sharing with a team”），或更正存储 URL。</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2). With sslmode=verify-full the server must offer TLS and its certificate must name %3 and chain to the CA in sslrootcert (by default ~/.postgresql/root.crt); sslmode=disable is only for a server on this computer.</source>
        <translation>到 %1 的 TLS 连接失败（%2）。使用 sslmode=verify-full 时，服务器必须提供 TLS，其证书必须包含 %3，并链到 sslrootcert 中的 CA（默认 ~/.postgresql/root.crt）；sslmode=disable 只用于本机上的服务器。</translation>
    </message>
    <message>
        <source>The service &quot;%1&quot; is in no service file: add it to ~/.pg_service.conf (or the file PGSERVICEFILE names), or name the server in the store URL.</source>
        <translation>没有任何服务文件定义服务“%1”：请把它加入 ~/.pg_service.conf（或 PGSERVICEFILE 指定的文件），或在存储 URL 中写明服务器。</translation>
    </message>
    <message>
        <source>No PostgreSQL server listens on %1 (%2). Check that it runs on this computer, and the socket directory (host=…) and port of the store URL.</source>
        <translation>%1 上没有 PostgreSQL 服务器在监听（%2）。请检查它是否在本机运行，以及存储 URL 的套接字目录（host=…）和端口。</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1 (%2). Check that it runs and accepts connections from this computer (listen_addresses, pg_hba.conf, a firewall).</source>
        <translation>无法连接 %1 上的 PostgreSQL 服务器（%2）。请检查它是否在运行并接受来自本机的连接（listen_addresses、pg_hba.conf、防火墙）。</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused the connection: %2</source>
        <translation>%1 上的 PostgreSQL 拒绝了连接：%2</translation>
    </message>
    <message>
        <source>This AuthDesk cannot talk to PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install libqt6sql6-psql.</source>
        <translation>此 AuthDesk 无法连接 PostgreSQL：缺少 Qt 的 PostgreSQL 驱动。请安装 libqt6sql6-psql。</translation>
    </message>
    <message>
        <source>The store %1 could not be prepared: %2</source>
        <translation>无法准备存储 %1：%2</translation>
    </message>
</context>
<context>
    <name>DeviceCodePage</name>
    <message>
        <source>Copy the code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>and enter this code:</source>
        <translation>并输入以下代码:</translation>
    </message>
    <message>
        <source>or scan this with a phone&apos;s camera:</source>
        <translation>或用手机相机扫描:</translation>
    </message>
    <message>
        <source>On a phone or another computer, open</source>
        <translation>请在手机或另一台电脑上打开</translation>
    </message>
    <message>
        <source>Scan to open %1 with the code filled in</source>
        <translation>扫描即可打开已填好代码的 %1</translation>
    </message>
    <message>
        <source>Waiting for the sign-in…</source>
        <translation>正在等待登录…</translation>
    </message>
    <message>
        <source>The code expires in %1:%2. Waiting for the sign-in…</source>
        <translation>代码将在 %1:%2 后过期。正在等待登录…</translation>
    </message>
</context>
<context>
    <name>DingTalkProvider</name>
    <message>
        <source>%1: DingTalk blocked this computer&apos;s IP address for calling too often (status %2). Wait 5 minutes before trying again.</source>
        <translation>%1：钉钉因调用过于频繁封禁了本机 IP（status %2）。请等待 5 分钟后再试。</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2, code %3: %4 (requestid %5)</source>
        <translation>%1 返回 HTTP %2，code %3：%4（requestid %5）</translation>
    </message>
    <message>
        <source>DingTalk did not accept the token: run the authorization again.</source>
        <translation>钉钉不接受该令牌：请重新授权。</translation>
    </message>
    <message>
        <source>The authCode was already used, expired or belongs to another app: run the authorization again.</source>
        <translation>该 authCode 已被使用、已过期或属于其他应用：请重新授权。</translation>
    </message>
    <message>
        <source>Check the Client ID and copy the client_secret again from the app&apos;s credentials page in the DingTalk developer console.</source>
        <translation>请检查 Client ID，并从钉钉开发者后台应用的凭证页面重新复制 client_secret。</translation>
    </message>
    <message>
        <source>topapi/user/getbyunionid answered without a numeric errcode.</source>
        <translation>topapi/user/getbyunionid 的返回中没有数字 errcode。</translation>
    </message>
    <message>
        <source>topapi/user/getbyunionid answered errcode 0 without a userid.</source>
        <translation>topapi/user/getbyunionid 返回 errcode 0 但没有 userid。</translation>
    </message>
    <message>
        <source>App token rejected, fetching a new one</source>
        <translation>应用令牌被拒绝，正在重新获取</translation>
    </message>
    <message>
        <source>Enterprise userid unavailable</source>
        <translation>无法获取企业 userid</translation>
    </message>
    <message>
        <source>DingTalk (钉钉)</source>
        <translation>钉钉 (DingTalk)</translation>
    </message>
    <message>
        <source>Client ID (AppKey)</source>
        <translation>Client ID (AppKey)</translation>
    </message>
    <message>
        <source>Pinned corpId</source>
        <translation>限定的 corpId</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: copy it from the DingTalk developer console (letters, digits, _ and -).</source>
        <translation>%1“%2”无效：请从钉钉开发者后台复制（字母、数字、_ 和 -）。</translation>
    </message>
    <message>
        <source>DingTalk refused the authorization (error &quot;%1&quot;); the user may have declined. Nothing was exchanged.</source>
        <translation>钉钉拒绝了授权（error“%1”）；用户可能已拒绝。未进行任何交换。</translation>
    </message>
    <message>
        <source>The redirect carries an authCode and a code with different values: it was tampered with or is not DingTalk&apos;s, so nothing was exchanged.</source>
        <translation>重定向同时带有取值不同的 authCode 和 code：它被篡改过或并非来自钉钉，因此未进行任何交换。</translation>
    </message>
    <message>
        <source>The redirect carries no authCode. Nothing was exchanged.</source>
        <translation>重定向中没有 authCode。未进行任何交换。</translation>
    </message>
    <message>
        <source>invalid access token</source>
        <translation>access_token 无效</translation>
    </message>
    <message>
        <source>no member of this enterprise has that unionId: the user signed in with an account outside the app&apos;s enterprise</source>
        <translation>本企业没有该 unionId 的成员：用户使用了应用所属企业之外的账号登录</translation>
    </message>
    <message>
        <source>the app may not look up members: grant it the permission qyapi_get_member (通讯录个人信息读权限) in the DingTalk developer console</source>
        <translation>应用无权查询成员：请在钉钉开发者后台为其开通 qyapi_get_member 权限（通讯录个人信息读权限）</translation>
    </message>
    <message>
        <source>DingTalk&apos;s call-frequency limit for this API was reached; wait and try again</source>
        <translation>已达到钉钉对该接口的调用频率限制；请稍后再试</translation>
    </message>
    <message>
        <source>the app&apos;s monthly call quota is used up</source>
        <translation>应用本月的调用额度已用完</translation>
    </message>
    <message>
        <source>see DingTalk&apos;s error code reference</source>
        <translation>请查阅钉钉错误码文档</translation>
    </message>
    <message>
        <source>errcode %1 (%2): %3</source>
        <translation>errcode %1(%2):%3</translation>
    </message>
    <message>
        <source>oauth2/accessToken answered without accessToken or expireIn.</source>
        <translation>oauth2/accessToken 的返回中没有 accessToken 或 expireIn。</translation>
    </message>
    <message>
        <source>oauth2/userAccessToken answered without an accessToken.</source>
        <translation>oauth2/userAccessToken 的返回中没有 accessToken。</translation>
    </message>
    <message>
        <source>The user signed in to corpId &quot;%1&quot;, but this tenant is pinned to &quot;%2&quot;: another enterprise signed in, so the identity was refused.</source>
        <translation>用户登录的 corpId 为“%1”，但本租户限定为“%2”：登录的是另一家企业，因此拒绝了该身份。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>contact/users/me answered without a unionId.</source>
        <translation>contact/users/me 的返回中没有 unionId。</translation>
    </message>
    <message>
        <source>The client_secret works: DingTalk issued an app token valid for %1 s.</source>
        <translation>client_secret 有效：钉钉签发了有效期 %1 秒的应用令牌。</translation>
    </message>
    <message>
        <source>No refresh token is kept for this tenant.</source>
        <translation>该租户没有保存刷新令牌。</translation>
    </message>
    <message>
        <source>The refresh was refused: %1</source>
        <translation>刷新被拒绝:%1</translation>
    </message>
    <message>
        <source>A refresh token that was used already or is older than 30 days cannot be used again: run the authorization again with &quot;keep tokens&quot;.</source>
        <translation>已使用过或超过 30 天的刷新令牌不能再用:请勾选“保存令牌”后重新运行授权。</translation>
    </message>
    <message>
        <source>The refreshed token belongs to unionId %1, not to the one that signed in (%2): it is not kept.</source>
        <translation>刷新后的令牌属于 unionId %1,而不是登录的那个人(%2):未保存。</translation>
    </message>
    <message>
        <source>Refreshed: a new user token, and the refresh token rotated; users/me with the new token answers the same unionId.</source>
        <translation>已刷新:获得新的用户令牌,且刷新令牌已轮换;用新令牌调用 users/me 返回的是同一个 unionId。</translation>
    </message>
    <message>
        <source>Refreshed: a new user token; users/me with it answers the same unionId.</source>
        <translation>已刷新:获得新的用户令牌;用它调用 users/me 返回的是同一个 unionId。</translation>
    </message>
</context>
<context>
    <name>DirectorySync</name>
    <message>
        <source>Resuming the interrupted sync</source>
        <translation>继续上次中断的同步</translation>
    </message>
    <message>
        <source>%1 departments were already done</source>
        <translation>已有 %1 个部门完成</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>正在取消</translation>
    </message>
    <message>
        <source>waiting for %1 request(s) under way</source>
        <translation>等待 %1 个进行中的请求结束</translation>
    </message>
    <message numerus="yes">
        <source>%n department(s) listed</source>
        <translation>
            <numerusform>已列出 %n 个部门</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to walk</source>
        <translation>待遍历 %1 个</translation>
    </message>
    <message>
        <source>Rate limited (%1): pausing %2 s</source>
        <translation>触发频率限制(%1):暂停 %2 秒</translation>
    </message>
    <message>
        <source>Department %1 skipped</source>
        <translation>已跳过部门 %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 departments. Run the sync again to resume.</source>
        <translation>已在完成 %1/%2 个部门后取消。再次运行同步即可继续。</translation>
    </message>
    <message>
        <source>Synced %1 departments; some could not be listed, so nobody was marked as gone.</source>
        <translation>已同步 %1 个部门;部分部门无法列出,因此没有将任何成员标记为已离开。</translation>
    </message>
    <message>
        <source>Synced %1 departments (%2 listings); %3 member(s) no longer in the directory.</source>
        <translation>已同步 %1 个部门(%2 条成员记录);%3 名成员已不在通讯录中。</translation>
    </message>
    <message>
        <source>Directory sync is not available for &quot;%1&quot;: %2 offers no directory to list.</source>
        <translation>“%1”无法同步通讯录：%2 不提供可列出的通讯录。</translation>
    </message>
    <message>
        <source>The platform keeps refusing with its rate limit (%1). The progress is kept: run the sync again later to resume.</source>
        <translation>平台持续以频率限制拒绝（%1）。进度已保留：稍后再次运行同步即可继续。</translation>
    </message>
    <message>
        <source>the listing starts again from its first page</source>
        <translation>列表从第一页重新开始</translation>
    </message>
    <message>
        <source>Listing each department (user/list)</source>
        <translation>逐个部门列出成员（user/list）</translation>
    </message>
    <message>
        <source>the tenant holds no contacts-sync secret, so members are listed a department at a time. Apps created after 2022-06-20 receive no mobile or email from WeCom here.</source>
        <translation>该租户没有通讯录同步密钥，因此逐个部门列出成员。2022-06-20 之后创建的应用在此不会从企业微信获得手机号或邮箱。</translation>
    </message>
    <message>
        <source>Listing every member by page (user/list_id)</source>
        <translation>按页列出全部成员（user/list_id）</translation>
    </message>
    <message>
        <source>with the contacts-sync secret, up to 10,000 members a page. This listing gives userids and departments only: names come from a run or an earlier department listing, and no mobile or email.</source>
        <translation>使用通讯录同步密钥，每页最多 10,000 名成员。此列表只提供 userid 和部门：姓名来自授权运行或之前的按部门列表，不含手机号或邮箱。</translation>
    </message>
    <message>
        <source>%1 is syncing the directory of &quot;%2&quot; right now; wait until that sync ends.</source>
        <translation>%1 正在同步“%2”的通讯录；请等待该同步结束。</translation>
    </message>
</context>
<context>
    <name>EndpointProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无应答</translation>
    </message>
    <message>
        <source>%1 does not answer: %2.</source>
        <translation>%1 无应答:%2。</translation>
    </message>
    <message>
        <source>Check the endpoint&apos;s address (Edit tenant &gt; Endpoints), the DNS, and any proxy or firewall between this computer and %1.</source>
        <translation>请检查端点地址(编辑租户 &gt; 端点)、DNS,以及本机与 %1 之间的代理或防火墙。</translation>
    </message>
    <message numerus="yes">
        <source>Every endpoint&apos;s host answers (%n host(s)).</source>
        <translation>
            <numerusform>所有端点的主机均有应答(%n 台主机)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate of %1 is not accepted: %2.</source>
        <translation>%1 的 TLS 证书未被接受:%2。</translation>
    </message>
    <message>
        <source>If it has expired, whoever runs %1 must renew it. If your company&apos;s own certificate authority issued it, give the tenant that CA&apos;s bundle (Edit tenant &gt; CA bundle, or --ca-bundle FILE); AuthDesk never skips the check.</source>
        <translation>如果证书已过期,需由 %1 的运维方续期。如果证书由贵公司自己的证书颁发机构签发,请为租户指定该 CA 的证书包(编辑租户 &gt; CA 证书包,或 --ca-bundle FILE);AuthDesk 从不跳过证书校验。</translation>
    </message>
    <message>
        <source>No endpoint of this tenant uses https (plain http is allowed on this computer only).</source>
        <translation>此租户没有使用 https 的端点(明文 http 仅允许用于本机)。</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificate of %1 expires in %n day(s), on %2.</source>
        <translation>
            <numerusform>%1 的 TLS 证书将在 %n 天后(%2)过期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Whoever runs %1 must renew it before then; logins stop when it expires.</source>
        <translation>需由 %1 的运维方在此之前续期;证书过期后登录将无法进行。</translation>
    </message>
    <message numerus="yes">
        <source>The TLS certificates are trusted; the first to expire, %1&apos;s, in %n day(s).</source>
        <translation>
            <numerusform>TLS 证书均受信任;最早过期的是 %1 的证书,还有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoint address is known before calling (discovery finds them).</source>
        <translation>调用之前不知道任何端点地址(由发现文档提供)。</translation>
    </message>
</context>
<context>
    <name>ExchangeJob</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
</context>
<context>
    <name>ExchangeLog</name>
    <message>
        <source>Masked (%1) because they carry credentials: %2</source>
        <translation>以下字段携带凭据，已遮蔽 (%1)：%2</translation>
    </message>
    <message>
        <source>%1 → HTTP %2 (%3 ms)</source>
        <translation>%1 → HTTP %2(%3 毫秒)</translation>
    </message>
    <message>
        <source>%1 → no answer (%2 ms)</source>
        <translation>%1 → 无响应(%2 毫秒)</translation>
    </message>
</context>
<context>
    <name>ExchangeModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>调用</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>FeishuProvider</name>
    <message>
        <source>%1 answered HTTP %2 without a numeric code: the answer is malformed. Check the &quot;open&quot; endpoint.</source>
        <translation>%1 返回 HTTP %2 但没有数字 code：返回格式错误。请检查“open”端点。</translation>
    </message>
    <message>
        <source>Feishu rate limit (99991400)</source>
        <translation>飞书频率限制（99991400）</translation>
    </message>
    <message>
        <source>waiting %1 s as x-ogw-ratelimit-reset says, then retrying %2</source>
        <translation>按 x-ogw-ratelimit-reset 的指示等待 %1 秒后重试 %2</translation>
    </message>
    <message>
        <source>%1: Feishu&apos;s rate limit refused the call (99991400); it resets in %2 s. Wait that long and run the authorization again.</source>
        <translation>%1：飞书的频率限制拒绝了调用（99991400）；%2 秒后重置。请等待后重新授权。</translation>
    </message>
    <message>
        <source>Feishu server error (%1)</source>
        <translation>飞书服务器错误（%1）</translation>
    </message>
    <message>
        <source>retrying %1 in %2 ms</source>
        <translation>%2 毫秒后重试 %1</translation>
    </message>
    <message>
        <source>%1 failed (HTTP %2): %3</source>
        <translation>%1 失败（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>Feishu / Lark (飞书)</source>
        <translation>飞书 (Feishu / Lark)</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App ID</translation>
    </message>
    <message>
        <source>Scopes (space-separated)</source>
        <translation>权限范围（以空格分隔）</translation>
    </message>
    <message>
        <source>Pinned tenant_key</source>
        <translation>限定的 tenant_key</translation>
    </message>
    <message>
        <source>The App ID &quot;%1&quot; is not valid: it starts with &quot;cli_&quot;, as shown under Credentials &amp; Basic Info (凭证与基础信息) in the Feishu developer console.</source>
        <translation>App ID“%1”无效：它以“cli_”开头，见飞书开发者后台的“凭证与基础信息”。</translation>
    </message>
    <message>
        <source>Feishu accepts at most 50 scopes.</source>
        <translation>飞书最多接受 50 个权限范围。</translation>
    </message>
    <message>
        <source>The user refused the authorization on Feishu&apos;s page (access_denied). Nothing was exchanged.</source>
        <translation>用户在飞书页面上拒绝了授权（access_denied）。未进行任何交换。</translation>
    </message>
    <message>
        <source>Feishu refused the authorization (error &quot;%1&quot;). Nothing was exchanged.</source>
        <translation>飞书拒绝了授权（error“%1”）。未进行任何交换。</translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation>重定向中没有 code。没有进行任何交换。</translation>
    </message>
    <message>
        <source>the code was not found: run the authorization again</source>
        <translation>找不到该授权码：请重新授权</translation>
    </message>
    <message>
        <source>the code expired (5 minutes): run the authorization again</source>
        <translation>授权码已过期（5 分钟）：请重新授权</translation>
    </message>
    <message>
        <source>the code was already used: run the authorization again</source>
        <translation>授权码已被使用：请重新授权</translation>
    </message>
    <message>
        <source>PKCE verification failed: the code_verifier does not match the challenge; run the authorization again</source>
        <translation>PKCE 校验失败：code_verifier 与 challenge 不匹配；请重新授权</translation>
    </message>
    <message>
        <source>the app_secret is wrong: copy it again from Credentials &amp; Basic Info</source>
        <translation>app_secret 错误：请从“凭证与基础信息”重新复制</translation>
    </message>
    <message>
        <source>the app is not installed in this enterprise</source>
        <translation>应用未在该企业安装</translation>
    </message>
    <message>
        <source>no such app: check the App ID</source>
        <translation>应用不存在：请检查 App ID</translation>
    </message>
    <message>
        <source>the app is disabled</source>
        <translation>应用已停用</translation>
    </message>
    <message>
        <source>the redirect_uri does not match: add it exactly to the app&apos;s redirect URL list (安全设置 → 重定向 URL) and use the same one here</source>
        <translation>redirect_uri 不匹配：请将其原样加入应用的重定向 URL 列表（安全设置 → 重定向 URL），并在此使用相同的地址</translation>
    </message>
    <message>
        <source>a scope was requested twice</source>
        <translation>重复申请了同一权限范围</translation>
    </message>
    <message>
        <source>a requested scope is not granted to the app: enable it under Permissions</source>
        <translation>申请的权限范围未授予应用：请在“权限管理”中开通</translation>
    </message>
    <message>
        <source>no such user</source>
        <translation>用户不存在</translation>
    </message>
    <message>
        <source>the user&apos;s status does not allow sign-in</source>
        <translation>用户状态不允许登录</translation>
    </message>
    <message>
        <source>the user may not use this app: add them to the app&apos;s availability range (可用范围)</source>
        <translation>用户无权使用该应用：请将其加入应用的可用范围</translation>
    </message>
    <message>
        <source>the user has resigned</source>
        <translation>用户已离职</translation>
    </message>
    <message>
        <source>the user is frozen</source>
        <translation>用户已被冻结</translation>
    </message>
    <message>
        <source>the user is not registered</source>
        <translation>用户未注册</translation>
    </message>
    <message>
        <source>the user access token is invalid</source>
        <translation>用户访问令牌无效</translation>
    </message>
    <message>
        <source>the code belongs to another app (client_id)</source>
        <translation>授权码属于另一个应用（client_id）</translation>
    </message>
    <message>
        <source>the request is missing a field or malformed</source>
        <translation>请求缺少字段或格式错误</translation>
    </message>
    <message>
        <source>both a Basic header and client_secret were sent</source>
        <translation>同时发送了 Basic 认证头和 client_secret</translation>
    </message>
    <message>
        <source>Feishu server error; still failing after 3 retries, try again later</source>
        <translation>飞书服务器错误；重试 3 次后仍失败，请稍后再试</translation>
    </message>
    <message>
        <source>see Feishu&apos;s error code reference</source>
        <translation>请查阅飞书错误码文档</translation>
    </message>
    <message>
        <source>code %1 (%2): %3</source>
        <translation>code %1（%2）：%3</translation>
    </message>
    <message>
        <source>oauth/token answered code 0 without an access_token.</source>
        <translation>oauth/token 返回 code 0 但没有 access_token。</translation>
    </message>
    <message>
        <source>authen/user_info answered code 0 without an open_id.</source>
        <translation>authen/user_info 返回 code 0 但没有 open_id。</translation>
    </message>
    <message>
        <source>The user belongs to tenant_key &quot;%1&quot;, but this tenant is pinned to &quot;%2&quot;: another enterprise signed in, so the identity was refused.</source>
        <translation>用户属于 tenant_key“%1”，但本租户限定为“%2”：登录的是另一家企业，因此拒绝了该身份。</translation>
    </message>
    <message>
        <source>Email from enterprise_email</source>
        <translation>邮箱取自 enterprise_email</translation>
    </message>
    <message>
        <source>the user has no email; the enterprise mailbox is shown instead</source>
        <translation>用户没有邮箱；改为显示企业邮箱</translation>
    </message>
    <message>
        <source>The app_secret works: Feishu issued a tenant_access_token valid for %1 s.</source>
        <translation>app_secret 有效：飞书签发了有效期 %1 秒的 tenant_access_token。</translation>
    </message>
    <message>
        <source>the refresh token is invalid or was used already (each is good once)</source>
        <translation>刷新令牌无效或已使用过(每个只能用一次)</translation>
    </message>
    <message>
        <source>the refresh token expired</source>
        <translation>刷新令牌已过期</translation>
    </message>
    <message>
        <source>the refresh token was revoked</source>
        <translation>刷新令牌已被吊销</translation>
    </message>
    <message>
        <source>Feishu issued no refresh token to this sign-in.</source>
        <translation>飞书没有为本次登录签发刷新令牌。</translation>
    </message>
    <message>
        <source>Feishu issues one only with the offline_access scope: add it to the tenant&apos;s scopes, then run the authorization again with &quot;keep tokens&quot;.</source>
        <translation>飞书只在请求 offline_access 权限时签发刷新令牌:请将它加入租户的权限范围,然后勾选“保存令牌”重新运行授权。</translation>
    </message>
    <message>
        <source>The refresh was refused: %1</source>
        <translation>刷新被拒绝:%1</translation>
    </message>
    <message>
        <source>Feishu&apos;s refresh tokens are good once: run the authorization again with &quot;keep tokens&quot;.</source>
        <translation>飞书的刷新令牌只能用一次:请勾选“保存令牌”后重新运行授权。</translation>
    </message>
    <message>
        <source>The refreshed token belongs to open_id %1, not to the one that signed in (%2): it is not kept.</source>
        <translation>刷新后的令牌属于 open_id %1,而不是登录的那个人(%2):未保存。</translation>
    </message>
    <message>
        <source>Refreshed: a new user token, and the refresh token rotated; user_info with the new token answers the same open_id.</source>
        <translation>已刷新:获得新的用户令牌,且刷新令牌已轮换;用新令牌调用 user_info 返回的是同一个 open_id。</translation>
    </message>
    <message>
        <source>Refreshed: a new user token; user_info with it answers the same open_id.</source>
        <translation>已刷新:获得新的用户令牌;用它调用 user_info 返回的是同一个 open_id。</translation>
    </message>
</context>
<context>
    <name>FlowRun</name>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知平台“%1”。</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot; for %2; use one of: %3.</source>
        <translation>%2 不支持模式“%1”;可用模式:%3。</translation>
    </message>
    <message>
        <source>Authorization URL built (%1)</source>
        <translation>已生成授权链接(%1)</translation>
    </message>
    <message>
        <source>Redirect captured</source>
        <translation>已捕获重定向</translation>
    </message>
    <message>
        <source>State mismatch: the redirect carries %1=&quot;%2&quot; but this run issued &quot;%3&quot;. It was not produced by this run (or is a replay), so nothing was exchanged. Start the authorization again.</source>
        <translation>state 不匹配:重定向携带 %1=&quot;%2&quot;,而本次运行签发的是“%3”。它不是本次运行产生的(或是重放),因此没有进行任何交换。请重新发起授权。</translation>
    </message>
    <message>
        <source>State verified</source>
        <translation>state 校验通过</translation>
    </message>
    <message>
        <source>The pasted URL does not lead to this tenant&apos;s redirect URI %1 (scheme, host, port and path must be equal). Paste the whole address the browser was sent to.</source>
        <translation>粘贴的 URL 不是该租户的回调地址 %1(协议、主机、端口和路径必须完全一致)。请粘贴浏览器被跳转到的完整地址。</translation>
    </message>
    <message>
        <source>Redirect URL pasted</source>
        <translation>已粘贴回调 URL</translation>
    </message>
    <message>
        <source>State not verified</source>
        <translation>state 未校验</translation>
    </message>
    <message>
        <source>%1=&quot;%2&quot; was not issued by this run; the code is exchanged without that protection.</source>
        <translation>%1=&quot;%2&quot; 不是本次运行签发的;将在没有该保护的情况下换取 code。</translation>
    </message>
    <message>
        <source>Reading the %1 from the keychain</source>
        <translation>正在从密钥环读取 %1</translation>
    </message>
    <message>
        <source>Identity: %1 %2</source>
        <translation>身份:%1 %2</translation>
    </message>
    <message>
        <source>Authorization error page</source>
        <translation>授权错误页</translation>
    </message>
    <message>
        <source>Callback URL pasted</source>
        <translation>已粘贴回调 URL</translation>
    </message>
    <message>
        <source>%1 was not issued by this run; the openid is taken as the callback says.</source>
        <translation>%1 不是本次运行签发的;openid 按回调中的值采用。</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>运行 %1:%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Run cancelled</source>
        <translation>运行已取消</translation>
    </message>
    <message>
        <source>the call under way was aborted; no further call was made</source>
        <translation>进行中的调用已中止；未再发出任何调用</translation>
    </message>
    <message>
        <source>The authorization page refused the request</source>
        <translation>授权页面拒绝了请求</translation>
    </message>
    <message>
        <source>%1 names no end_session_endpoint: it offers no logout for a client to start.</source>
        <translation>%1 未提供 end_session_endpoint:不支持由客户端发起的退出登录。</translation>
    </message>
    <message>
        <source>Logout URL built</source>
        <translation>已生成退出登录 URL</translation>
    </message>
    <message>
        <source>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;AuthDesk&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;AuthDesk has the answer of the sign-in. You can close this tab.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;!DOCTYPE html&gt;&lt;html&gt;&lt;head&gt;&lt;meta charset=&quot;utf-8&quot;&gt;&lt;title&gt;AuthDesk&lt;/title&gt;&lt;/head&gt;&lt;body&gt;&lt;p&gt;AuthDesk 已收到登录结果。你可以关闭此标签页。&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <source>Listening for the redirect on %1</source>
        <translation>正在 %1 上监听重定向</translation>
    </message>
    <message>
        <source>the system browser signs in; a port chosen for this run (RFC 8252 §7.3)</source>
        <translation>在系统浏览器中登录;端口为本次运行选定(RFC 8252 §7.3)</translation>
    </message>
    <message>
        <source>The tokens could not be kept: %1</source>
        <translation>无法保存令牌:%1</translation>
    </message>
    <message>
        <source>Tokens kept in the keychain</source>
        <translation>令牌已保存到密钥环</translation>
    </message>
    <message>
        <source>access, refresh and ID tokens of this sign-in, under the tenant</source>
        <translation>本次登录的访问令牌、刷新令牌和 ID 令牌,保存在该租户下</translation>
    </message>
    <message>
        <source>Signed out at the provider</source>
        <translation>已在身份提供方处退出登录</translation>
    </message>
    <message>
        <source>it came back to %1 with this run&apos;s state</source>
        <translation>已带着本次运行的 state 回到 %1</translation>
    </message>
    <message>
        <source>%1 has no device sign-in (RFC 8628).</source>
        <translation>%1 不支持设备登录(RFC 8628)。</translation>
    </message>
    <message>
        <source>The %1 could not be kept: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Kept in the keychain</source>
        <translation>已保存到钥匙串</translation>
    </message>
    <message>
        <source>%1, under the tenant</source>
        <translation>%1，保存在该租户下</translation>
    </message>
</context>
<context>
    <name>HealthHistory</name>
    <message>
        <source>Keeping the health checks failed: %1</source>
        <translation>保存健康检查结果失败：%1</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <source>Check &amp;all</source>
        <translation>全部检查(&amp;A)</translation>
    </message>
    <message>
        <source>Check this &amp;tenant</source>
        <translation>检查此租户(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Tenant / check</source>
        <translation>租户 / 检查项</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>检查时间</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Checked by %1</source>
        <translation>由 %1 检查</translation>
    </message>
    <message>
        <source>Checked by %1 on %2</source>
        <translation>由 %1 于 %2 检查</translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) need attention.</source>
        <translation>
            <numerusform>%n 项检查需要处理。</numerusform>
        </translation>
    </message>
    <message>
        <source>All checks pass.</source>
        <translation>全部检查通过。</translation>
    </message>
    <message>
        <source>%1 failing · %2 with warnings · %3 not checked</source>
        <translation>%1 个失败 · %2 个有警告 · %3 个未检查</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a check to see what was found and what to do.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一项检查,查看检查结果和处理方法。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select one of its checks for the details.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择其中一项检查查看详情。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Check this tenant to see its health.&lt;/p&gt;</source>
        <translation>&lt;p&gt;检查此租户以查看其健康状况。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What to do:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;处理方法:&lt;/b&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The results could not be kept in the store: %1</source>
        <translation>检查结果无法保存到存储中:%1</translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>已取消。%1</translation>
    </message>
    <message>
        <source>Cancelling after the tenant under check…</source>
        <translation>正在检查的租户完成后取消…</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>the response is not valid JSON (%1 at byte %2)</source>
        <translation>响应不是有效的 JSON(第 %2 字节处:%1)</translation>
    </message>
    <message>
        <source>the response is JSON but not an object</source>
        <translation>响应是 JSON,但不是对象</translation>
    </message>
    <message>
        <source>The request URL</source>
        <translation>请求 URL</translation>
    </message>
    <message>
        <source>Request refused: %1</source>
        <translation>请求被拒绝:%1</translation>
    </message>
    <message>
        <source>no answer within %1 s (timeout). Check the endpoint address and the network, or try again.</source>
        <translation>%1 秒内无响应(超时)。请检查接口地址和网络,或稍后重试。</translation>
    </message>
    <message>
        <source>the response is larger than %1 bytes and was cut off</source>
        <translation>响应超过 %1 字节,已被截断</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>网络错误:%1</translation>
    </message>
    <message>
        <source>request URL</source>
        <translation>请求 URL</translation>
    </message>
    <message>
        <source>request header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>response header</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>响应体</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not accepted (%1). If your company&apos;s own certificate authority issued it, give the tenant that CA&apos;s bundle (Edit tenant &gt; CA bundle, or --ca-bundle FILE); AuthDesk never skips the check.</source>
        <translation>服务器的 TLS 证书未被接受(%1)。如果证书由贵公司自己的证书颁发机构签发,请为租户指定该 CA 的证书包(编辑租户 &gt; CA 证书包,或 --ca-bundle FILE);AuthDesk 从不跳过证书校验。</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>No identity yet: run an authorization.</source>
        <translation>还没有身份信息:请运行一次授权。</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID 类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>State verified</source>
        <translation>state 校验通过</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no — pasted URL with a state we did not issue</source>
        <translation>否 — 粘贴的 URL 中的 state 不是我们签发的</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(未知)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 &lt;code&gt;%3&lt;/code&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 &lt;code&gt;%3&lt;/code&gt;</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>The token Introspect and Revoke act on</source>
        <translation>“查询状态”和“吊销”所作用的令牌</translation>
    </message>
    <message>
        <source>Kept tokens:</source>
        <translation>已保存的令牌:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Introspect</source>
        <translation>查询状态</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>… (%n more)</source>
        <translation>
            <numerusform>…（另有 %n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Import local accounts</source>
        <translation>导入本地账号</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Local account now</source>
        <translation>当前本地账号</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Match people by</source>
        <translation>按此字段匹配人员</translation>
    </message>
    <message>
        <source>Its column</source>
        <translation>对应的列</translation>
    </message>
    <message>
        <source>Local account column</source>
        <translation>本地账号列</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>set</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>conflict: left alone</source>
        <translation>冲突：保持不变</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) to set, </source>
        <translation>
            <numerusform>待设置 %n 个账号，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) left alone, </source>
        <translation>
            <numerusform>%n 个冲突保持不变，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already as in the file.</source>
        <translation>
            <numerusform>%n 个已与文件一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows matching nobody: %1.</source>
        <translation>无匹配的行：%1。</translation>
    </message>
    <message>
        <source>Rows matching several people: %1.</source>
        <translation>匹配多人的行：%1。</translation>
    </message>
    <message>
        <source>Nothing is written until you apply.</source>
        <translation>点击“应用”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>The company&apos;s list: CSV (UTF-8) or an Excel workbook (.xlsx)</source>
        <translation>公司的名单：CSV（UTF-8）或 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV or Excel workbook (*.csv *.xlsx)</source>
        <translation>CSV 或 Excel 工作簿 (*.csv *.xlsx)</translation>
    </message>
</context>
<context>
    <name>Jose</name>
    <message>
        <source>the token is not a compact JWS: it has %1 parts separated by dots, not 3 (an encrypted token has 5).</source>
        <translation>该令牌不是紧凑格式的 JWS：它以点分隔为 %1 段，而不是 3 段（加密的令牌有 5 段）。</translation>
    </message>
    <message>
        <source>the token is not a compact JWS: a part is not base64url.</source>
        <translation>该令牌不是紧凑格式的 JWS：其中某段不是 base64url。</translation>
    </message>
    <message>
        <source>the token is not a compact JWS: its header or payload is not a JSON object.</source>
        <translation>该令牌不是紧凑格式的 JWS：其头部或载荷不是 JSON 对象。</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is of type %2, which cannot check %3</source>
        <translation>密钥“%1”的类型是 %2，无法校验 %3</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is on curve %2; ES256 needs P-256</source>
        <translation>密钥“%1”使用曲线 %2；ES256 需要 P-256</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is for &quot;%2&quot;, not for signatures</source>
        <translation>密钥“%1”用于“%2”，不是用于签名</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is for %2, not %3</source>
        <translation>密钥“%1”用于 %2，而不是 %3</translation>
    </message>
    <message>
        <source>the algorithm %1 is not one of RS256, PS256 and ES256</source>
        <translation>算法 %1 不是 RS256、PS256、ES256 之一</translation>
    </message>
    <message>
        <source>the ES256 signature is %1 bytes, not 64</source>
        <translation>ES256 签名为 %1 字节，而不是 64 字节</translation>
    </message>
    <message>
        <source>OpenSSL could not set up %1 verification</source>
        <translation>OpenSSL 无法准备 %1 验证</translation>
    </message>
    <message>
        <source>the %1 signature does not verify with the key &quot;%2&quot;: the token was altered or signed by another key</source>
        <translation>%1 签名无法用密钥“%2”验证：令牌被篡改，或由另一把密钥签名</translation>
    </message>
    <message>
        <source>the RSA key has no valid n or e</source>
        <translation>该 RSA 密钥没有有效的 n 或 e</translation>
    </message>
    <message>
        <source>the RSA key has %1 bits; at least 2048 are required</source>
        <translation>该 RSA 密钥只有 %1 位；至少需要 2048 位</translation>
    </message>
    <message>
        <source>the P-256 key&apos;s x and y are not 32 bytes each</source>
        <translation>该 P-256 密钥的 x 和 y 不是各 32 字节</translation>
    </message>
    <message>
        <source>OpenSSL does not accept the key (not a valid %1 public key)</source>
        <translation>OpenSSL 不接受该密钥（不是有效的 %1 公钥）</translation>
    </message>
    <message>
        <source>the algorithm %1 is not one of HS256, HS384 and HS512</source>
        <translation>算法 %1 不是 HS256、HS384 或 HS512 之一</translation>
    </message>
    <message>
        <source>there is no client secret to check the %1 signature with</source>
        <translation>没有可用于校验 %1 签名的 client secret</translation>
    </message>
    <message>
        <source>OpenSSL could not compute %1</source>
        <translation>OpenSSL 无法计算 %1</translation>
    </message>
    <message>
        <source>the %1 signature does not verify with the client secret: the token was altered or keyed with another secret</source>
        <translation>%1 签名无法用 client secret 验证：令牌被篡改，或用其他密钥签名</translation>
    </message>
    <message>
        <source>The kept private key is not an EC or RSA key in PEM.</source>
        <translation>保存的私钥不是 PEM 格式的 EC 或 RSA 密钥。</translation>
    </message>
</context>
<context>
    <name>LdapDirectory</name>
    <message>
        <source>The directory URL %1 cannot be used: %2.</source>
        <translation>目录 URL %1 无法使用:%2。</translation>
    </message>
    <message>
        <source>StartTLS</source>
        <translation>StartTLS</translation>
    </message>
    <message>
        <source>the bind as %1</source>
        <translation>以 %1 绑定</translation>
    </message>
    <message>
        <source>The directory refers the search under %1 to %2; AuthDesk does not follow referrals.</source>
        <translation>目录把 %1 下的查询转介到 %2;AuthDesk 不跟随转介。</translation>
    </message>
    <message>
        <source>Point the directory URL at the server that holds %1, or choose a base DN this server holds.</source>
        <translation>请把目录 URL 指向存放 %1 的服务器,或选择此服务器上的基准 DN。</translation>
    </message>
    <message>
        <source>The search %1 found more than %2 entries.</source>
        <translation>查询 %1 找到的条目超过 %2 个。</translation>
    </message>
    <message>
        <source>Narrow the match field&apos;s filter or the base DN so that it finds one person.</source>
        <translation>请收窄匹配字段的过滤器或基准 DN,使其只找到一个人。</translation>
    </message>
    <message>
        <source>the search %1</source>
        <translation>查询 %1</translation>
    </message>
    <message>
        <source>The directory&apos;s TLS certificate is not trusted: %1.</source>
        <translation>目录服务器的 TLS 证书不受信任:%1。</translation>
    </message>
    <message>
        <source>Give the directory the CA bundle that issued %1&apos;s certificate (--ca-bundle FILE); AuthDesk never skips the check.</source>
        <translation>请为目录指定签发 %1 证书的 CA 证书包(--ca-bundle FILE);AuthDesk 从不跳过证书校验。</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): its certificate is not trusted, or it does not speak TLS on that port.</source>
        <translation>与 %1 的 TLS 握手失败(%2):其证书不受信任,或该端口不支持 TLS。</translation>
    </message>
    <message>
        <source>The directory at %1 cannot be reached: %2.</source>
        <translation>无法连接目录 %1:%2。</translation>
    </message>
    <message>
        <source>Check that the server runs and that this computer may reach %1 (DNS, firewall).</source>
        <translation>请确认服务器正在运行,且本机可以访问 %1(DNS、防火墙)。</translation>
    </message>
    <message>
        <source>The directory refused %1: %2.</source>
        <translation>目录拒绝了%1:%2。</translation>
    </message>
    <message>
        <source>Check the bind DN and enter its password again (authdesk directory ldap set … --password-stdin).</source>
        <translation>请检查绑定 DN 并重新输入其密码(authdesk directory ldap set … --password-stdin)。</translation>
    </message>
    <message>
        <source>The directory has no entry %1.</source>
        <translation>目录中没有条目 %1。</translation>
    </message>
    <message>
        <source>Check the base DN.</source>
        <translation>请检查基准 DN。</translation>
    </message>
    <message>
        <source>Bound to %1 as %2 over %3; the base %4 is there.</source>
        <translation>已通过 %3 以 %2 绑定到 %1;基准 %4 存在。</translation>
    </message>
    <message>
        <source>TLS (ldaps)</source>
        <translation>TLS(ldaps)</translation>
    </message>
    <message>
        <source>This store has no directory yet.</source>
        <translation>此存储尚未配置目录。</translation>
    </message>
    <message>
        <source>Set it: authdesk directory ldap set --url … --bind-dn … --base … --password-stdin.</source>
        <translation>请先配置:authdesk directory ldap set --url … --bind-dn … --base … --password-stdin。</translation>
    </message>
    <message>
        <source>The keychain holds no bind password for the directory.</source>
        <translation>密钥环中没有目录的绑定密码。</translation>
    </message>
    <message>
        <source>Enter it again: authdesk directory ldap set … --password-stdin.</source>
        <translation>请重新输入:authdesk directory ldap set … --password-stdin。</translation>
    </message>
    <message>
        <source>The directory client could not be loaded (%1).</source>
        <translation>无法加载目录客户端（%1）。</translation>
    </message>
    <message>
        <source>Reinstall AuthDesk.</source>
        <translation>请重新安装 AuthDesk。</translation>
    </message>
</context>
<context>
    <name>LdapSettings</name>
    <message>
        <source>The directory URL must be ldap://HOST[:PORT] (with StartTLS) or ldaps://HOST[:PORT] (got &quot;%1&quot;).</source>
        <translation>目录 URL 必须是 ldap://HOST[:PORT](使用 StartTLS)或 ldaps://HOST[:PORT](收到的是“%1”)。</translation>
    </message>
    <message>
        <source>The directory needs a base DN, such as ou=people,dc=example,dc=com.</source>
        <translation>目录需要一个基准 DN,例如 ou=people,dc=example,dc=com。</translation>
    </message>
    <message>
        <source>The directory flavor is openldap or ad (got &quot;%1&quot;).</source>
        <translation>目录类型为 openldap 或 ad(收到的是“%1”)。</translation>
    </message>
    <message>
        <source>The %1 filter must contain {value} (got &quot;%2&quot;).</source>
        <translation>%1 过滤器必须包含 {value}(收到的是“%2”)。</translation>
    </message>
</context>
<context>
    <name>LocalAccountRule</name>
    <message>
        <source>Same as the external id</source>
        <translation>与外部 ID 相同</translation>
    </message>
    <message>
        <source>Local part of the email</source>
        <translation>邮箱 @ 前的部分</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Unknown rule &quot;%1&quot;.</source>
        <translation>未知规则“%1”。</translation>
    </message>
    <message>
        <source>The template needs at least one placeholder, e.g. {userid}@corp.example.</source>
        <translation>模板至少需要一个占位符,例如 {userid}@corp.example。</translation>
    </message>
    <message>
        <source>Unknown placeholder {%1}; use {external_id} (or {userid}), {name}, {mobile}, {email} or {email_local}.</source>
        <translation>未知占位符 {%1};可用 {external_id}(或 {userid})、{name}、{mobile}、{email} 或 {email_local}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>AuthDesk</source>
        <translation>AuthDesk</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Try the built-in sandbox</source>
        <translation>试用内置沙盒</translation>
    </message>
    <message>
        <source>Add a tenant…</source>
        <translation>添加租户…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add tenant…</source>
        <translation>添加租户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit tenant…</source>
        <translation>编辑租户(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove tenant…</source>
        <translation>删除租户(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Sandbox</source>
        <translation>沙盒(&amp;S)</translation>
    </message>
    <message>
        <source>Start sandbox with &amp;demo tenants</source>
        <translation>启动沙盒并添加演示租户(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AuthDesk</source>
        <translation>关于 AuthDesk(&amp;A)</translation>
    </message>
    <message>
        <source>About AuthDesk</source>
        <translation>关于 AuthDesk</translation>
    </message>
    <message>
        <source>Run succeeded: %1</source>
        <translation>运行成功:%1</translation>
    </message>
    <message>
        <source>Run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Keychain: checking…</source>
        <translation>密钥环:检查中…</translation>
    </message>
    <message>
        <source>Keychain: ready</source>
        <translation>密钥环:就绪</translation>
    </message>
    <message>
        <source>Keychain: unavailable</source>
        <translation>密钥环:不可用</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>Sandbox listening on %1</source>
        <translation>沙盒正在监听 %1</translation>
    </message>
    <message>
        <source>%1 (sandbox)</source>
        <translation>%1(沙盒)</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>删除租户</translation>
    </message>
    <message>
        <source>Remove tenant &quot;%1&quot; and its secrets from the keychain?</source>
        <translation>删除租户“%1”,并从密钥环中删除其密钥?</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Signature inspector (SigV4)…</source>
        <translation>签名检查器(SigV4)(&amp;S)…</translation>
    </message>
    <message>
        <source>AuthDesk %1 — third-party login console for WeCom, 勤策, 企企, Feishu and DingTalk.</source>
        <translation>AuthDesk %1 — 企业微信、勤策、企企、飞书和钉钉第三方登录对接控制台。</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>用户映射</translation>
    </message>
    <message>
        <source>E&amp;xport mappings…</source>
        <translation>导出映射(&amp;X)…</translation>
    </message>
    <message>
        <source>Sync &amp;directory…</source>
        <translation>同步通讯录(&amp;D)…</translation>
    </message>
    <message>
        <source>Suggest &amp;local accounts…</source>
        <translation>推荐本地账号(&amp;L)…</translation>
    </message>
    <message>
        <source>Sync directory</source>
        <translation>同步通讯录</translation>
    </message>
    <message>
        <source>Select a WeCom tenant first: directory sync reads WeCom&apos;s department and member lists.</source>
        <translation>请先选择一个企业微信租户:通讯录同步读取的是企业微信的部门和成员列表。</translation>
    </message>
    <message>
        <source>Listing departments of %1…</source>
        <translation>正在列出 %1 的部门…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Departments %1 of %2 · %3 member listings · %4 requests</source>
        <translation>部门 %1/%2 · 成员记录 %3 · 请求 %4</translation>
    </message>
    <message>
        <source>Re&amp;name tenant…</source>
        <translation>重命名租户(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename tenant</source>
        <translation>重命名租户</translation>
    </message>
    <message>
        <source>New name of tenant &quot;%1&quot;:</source>
        <translation>租户“%1”的新名称：</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>租户“%1”已改名为“%2”。</translation>
    </message>
    <message numerus="yes">
        <source>Remove tenant &quot;%1&quot; and its secrets from the keychain?

It has %n mapping(s). Kept mappings stay in the Mappings page and exports under this name, apart from any later tenant of the same name.</source>
        <translation>
            <numerusform>删除租户“%1”并从密钥环中删除其密钥？

它有 %n 条映射。保留的映射仍以此名称出现在“映射”页和导出中，与之后同名的新租户互不相干。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove, keep mappings</source>
        <translation>删除，保留映射</translation>
    </message>
    <message>
        <source>Remove, delete mappings</source>
        <translation>删除，同时删除映射</translation>
    </message>
    <message>
        <source>&amp;Faults</source>
        <translation>故障(&amp;F)</translation>
    </message>
    <message>
        <source>Start authorization</source>
        <translation>开始授权</translation>
    </message>
    <message>
        <source>Start the sandbox first</source>
        <translation>请先启动沙盒</translation>
    </message>
    <message>
        <source>Sandbox: %1 answers with &quot;%2&quot; until Sandbox → Faults → Reset.</source>
        <translation>沙盒：%1 将以“%2”应答，直到执行 沙盒 → 故障 → 重置。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重置(&amp;R)</translation>
    </message>
    <message>
        <source>Sandbox: every fault is off.</source>
        <translation>沙盒：所有故障均已关闭。</translation>
    </message>
    <message>
        <source>Quit AuthDesk</source>
        <translation>退出 AuthDesk</translation>
    </message>
    <message>
        <source>A directory sync is under way. Quit anyway? It is cancelled, and the next sync resumes where it stopped.</source>
        <translation>通讯录同步正在进行。仍要退出吗？同步将被取消，下次同步会从中断处继续。</translation>
    </message>
    <message>
        <source>An authorization is under way. Quit anyway? It is cancelled.</source>
        <translation>授权正在进行。仍要退出吗？它将被取消。</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>审计记录(&amp;A)…</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Store…</source>
        <translation>存储(&amp;S)…</translation>
    </message>
    <message>
        <source>Welcome to AuthDesk</source>
        <translation>欢迎使用 AuthDesk</translation>
    </message>
    <message>
        <source>AuthDesk runs the real WeCom, 勤策, 企企, Feishu or DingTalk login for each of your tenants in an embedded browser, captures the redirect, performs the token and user-info calls, and shows every step.

No credentials yet? The built-in sandbox stands in for the platform on this computer, with demo tenants you can run at once.</source>
        <translation>AuthDesk 在内嵌浏览器中为每个租户运行真实的企业微信、勤策、企企、飞书或钉钉登录,捕获回调重定向,调用获取令牌和用户信息的接口,并展示每一步。

还没有凭据?内置沙盒会在本机模拟各平台,并提供可立即运行的演示租户。</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>&amp;Health checks…</source>
        <translation>健康检查(&amp;H)…</translation>
    </message>
    <message>
        <source>Health checks</source>
        <translation>健康检查</translation>
    </message>
    <message>
        <source>Check all tenants every N hours while the console is open, and notify when one fails (0: never):</source>
        <translation>控制台打开时每 N 小时检查全部租户,有租户失败时发送通知(0:从不):</translation>
    </message>
    <message>
        <source>AuthDesk: %1 fails its health check</source>
        <translation>AuthDesk:%1 健康检查失败</translation>
    </message>
    <message>
        <source>Open AuthDesk&apos;s Health page for what failed and what to do.</source>
        <translation>打开 AuthDesk 的健康检查页面,查看失败项和处理方法。</translation>
    </message>
    <message>
        <source>Check health</source>
        <translation>检查健康状况</translation>
    </message>
    <message>
        <source>Every platform</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>&amp;WeCom callback decryptor…</source>
        <translation>企业微信回调解密(&amp;W)…</translation>
    </message>
    <message>
        <source>%1: %2 now</source>
        <translation>%1：立即 %2</translation>
    </message>
    <message>
        <source>Sandbox: %1 done.</source>
        <translation>沙盒：%1 已完成。</translation>
    </message>
</context>
<context>
    <name>MappingExport</name>
    <message>
        <source>Writing failed: %1</source>
        <translation>写入失败:%1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1:%2</translation>
    </message>
    <message>
        <source>Mappings</source>
        <translation>用户映射</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计记录</translation>
    </message>
</context>
<context>
    <name>MappingImport</name>
    <message>
        <source>%1 has no rows under its header.</source>
        <translation>%1 在表头之下没有数据行。</translation>
    </message>
    <message>
        <source>%1 has no column &quot;%2&quot; (its columns: %3). Name the column that holds the %4 with --column %4=COLUMN.</source>
        <translation>%1 中没有“%2”列（现有列：%3）。请用 --column %4=列名 指明哪一列是 %4。</translation>
    </message>
    <message>
        <source>%1 names %2 &quot;%3&quot; twice (rows %4 and %5); nothing is imported. Keep one of them.</source>
        <translation>%1 中 %2“%3”出现了两次（第 %4 行和第 %5 行）；未导入任何内容。请只保留其中一行。</translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation>从 %1 导入</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no — left the directory</source>
        <translation>否 — 已离开通讯录</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID 类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>本地账号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>首次出现</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>最近验证</translation>
    </message>
    <message>
        <source>In directory</source>
        <translation>在通讯录中</translation>
    </message>
    <message>
        <source>never (state not verified)</source>
        <translation>从未（state 未经校验）</translation>
    </message>
    <message>
        <source>directory sync</source>
        <translation>通讯录同步</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Other IDs</source>
        <translation>其他 ID</translation>
    </message>
</context>
<context>
    <name>MappingStore</name>
    <message>
        <source>Recording the identity in the mappings failed: %1</source>
        <translation>将身份写入映射失败:%1</translation>
    </message>
    <message>
        <source>Recording directory members failed: %1</source>
        <translation>写入通讯录成员失败:%1</translation>
    </message>
    <message>
        <source>Saving the local account failed: %1</source>
        <translation>保存本地账号失败:%1</translation>
    </message>
    <message>
        <source>the mapping no longer exists</source>
        <translation>该映射已不存在</translation>
    </message>
    <message>
        <source>Saving the local accounts failed: %1</source>
        <translation>保存本地账号失败:%1</translation>
    </message>
    <message>
        <source>Deleting mappings failed: %1</source>
        <translation>删除映射失败:%1</translation>
    </message>
    <message>
        <source>Reading the mappings failed: %1</source>
        <translation>读取映射失败:%1</translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation>已登录：%1</translation>
    </message>
    <message>
        <source>Someone changed this mapping since you loaded it: its local account is now &quot;%1&quot; (you entered &quot;%2&quot;).</source>
        <translation>在你加载之后有人修改了这条映射：它的本地账号现在是“%1”（你输入的是“%2”）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; → &quot;%2&quot;</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n 条映射</numerusform>
        </translation>
    </message>
    <message>
        <source>filled from the local-account rule</source>
        <translation>按本地账号规则填写</translation>
    </message>
    <message>
        <source>The mapping %1 changed since the preview; nothing was written. Run it again.</source>
        <translation>映射 %1 在预览之后已被修改；未写入任何内容。请重新运行。</translation>
    </message>
</context>
<context>
    <name>MappingsView</name>
    <message>
        <source>Filter: any column, e.g. 张三, @example.com, userid…</source>
        <translation>筛选:任意列,例如 张三、@example.com、userid…</translation>
    </message>
    <message>
        <source>Suggest local accounts…</source>
        <translation>推荐本地账号…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Double-click a local account to edit it. Grey rows are members a directory sync no longer found.</source>
        <translation>双击本地账号即可编辑。灰色行是通讯录同步时已找不到的成员。</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s)</source>
        <translation>
            <numerusform>%n 条映射</numerusform>
        </translation>
    </message>
    <message>
        <source>Local account</source>
        <translation>本地账号</translation>
    </message>
    <message>
        <source>Delete mappings</source>
        <translation>删除映射</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n mapping(s)? Their local accounts are lost too.</source>
        <translation>
            <numerusform>删除 %n 条映射?其本地账号也会一并丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>全部平台</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>全部租户</translation>
    </message>
    <message>
        <source>Export mappings</source>
        <translation>导出映射</translation>
    </message>
    <message numerus="yes">
        <source>%n mapping(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 条映射写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Local account changed meanwhile</source>
        <translation>本地账号已被他人修改</translation>
    </message>
    <message>
        <source>Someone else set this local account to &quot;%1&quot; after this page loaded it. You entered &quot;%2&quot;. Which one should it be?</source>
        <translation>在本页面加载之后，有人把这个本地账号设为“%1”。你输入的是“%2”。应该用哪一个？</translation>
    </message>
    <message>
        <source>Use mine: %1</source>
        <translation>用我的：%1</translation>
    </message>
    <message>
        <source>Keep theirs: %1</source>
        <translation>保留对方的：%1</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV (*.csv);;Excel 工作簿 (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Directory entry…</source>
        <translation>目录条目…</translation>
    </message>
    <message>
        <source>The selected person in the company directory, beside what the platform says</source>
        <translation>所选人员在公司目录中的条目,与平台上的信息并列显示</translation>
    </message>
    <message>
        <source>Directory entry</source>
        <translation>目录条目</translation>
    </message>
    <message>
        <source>Select one person first.</source>
        <translation>请先选择一个人。</translation>
    </message>
    <message>
        <source>Nobody in the directory has %1 %2.</source>
        <translation>目录中没有人的 %1 为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>%n people in the directory have %1 %2.</source>
        <translation>
            <numerusform>目录中有 %n 人的 %1 为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in the directory</source>
        <translation>%1 在目录中的条目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>平台上</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>目录中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>在列</translation>
    </message>
    <message>
        <source>no longer listed</source>
        <translation>已不在列</translation>
    </message>
    <message>
        <source>disabled or locked</source>
        <translation>已禁用或锁定</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>条目</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>its schema step %1 is not the one this AuthDesk has (the step&apos;s checksum differs): the store was prepared by another build of AuthDesk. Open it with the AuthDesk that prepared it, and tell the AuthDesk team: a released step must never change</source>
        <translation>其架构步骤 %1 与本 AuthDesk 的不同（该步骤的校验和不一致）：此存储由另一个 AuthDesk 版本准备。请用准备它的 AuthDesk 打开，并告知 AuthDesk 团队：已发布的步骤绝不能更改</translation>
    </message>
</context>
<context>
    <name>OidcProvider</name>
    <message>
        <source>The JWKS answered HTTP %1 without a &quot;keys&quot; array: check the jwks_uri.</source>
        <translation>JWKS 返回 HTTP %1，且没有“keys”数组：请检查 jwks_uri。</translation>
    </message>
    <message>
        <source>%1 The JWKS was fetched %2 s ago and is fetched again at most once every %3 s, so the token is refused; if the provider has just rotated its keys, run the authorization again later.</source>
        <translation>%1 JWKS 在 %2 秒前刚获取过，最多每 %3 秒重新获取一次，因此拒绝该令牌；如果提供方刚刚轮换了密钥，请稍后重新授权。</translation>
    </message>
    <message>
        <source>Unknown key id</source>
        <translation>未知的密钥 ID</translation>
    </message>
    <message>
        <source>kid &quot;%1&quot; is not in the cached JWKS; fetching it once more</source>
        <translation>缓存的 JWKS 中没有 kid“%1”；再获取一次</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Issuer（签发者）</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client ID</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>客户端认证方式</translation>
    </message>
    <message>
        <source>Scopes (space-separated)</source>
        <translation>Scope（以空格分隔）</translation>
    </message>
    <message>
        <source>External ID claim</source>
        <translation>外部 ID 声明</translation>
    </message>
    <message>
        <source>Name claim</source>
        <translation>名称声明</translation>
    </message>
    <message>
        <source>Email claim</source>
        <translation>邮箱声明</translation>
    </message>
    <message>
        <source>Mobile claim</source>
        <translation>手机声明</translation>
    </message>
    <message>
        <source>Department claim</source>
        <translation>部门声明</translation>
    </message>
    <message>
        <source>The issuer</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>The issuer &quot;%1&quot; has a query or fragment; an issuer is a plain https URL.</source>
        <translation>Issuer“%1”带有查询参数或片段；Issuer 是不带这些的 https URL。</translation>
    </message>
    <message>
        <source>The scopes must include &quot;openid&quot;, or the provider issues no ID token.</source>
        <translation>Scope 必须包含“openid”，否则提供方不会签发 ID Token。</translation>
    </message>
    <message>
        <source>The discovery document names the issuer &quot;%1&quot;, not &quot;%2&quot;. They must be equal character for character (OpenID Connect Discovery §4.3): copy the issuer from the document into the tenant.</source>
        <translation>发现文档中的 issuer 是“%1”，而不是“%2”。两者必须逐字符相同（OpenID Connect Discovery §4.3）：请把文档中的 issuer 复制到租户配置中。</translation>
    </message>
    <message>
        <source>The provider does not offer PKCE with S256 (code_challenge_methods_supported: %1). AuthDesk never sends the verifier in the clear (plain); enable S256 on the provider.</source>
        <translation>提供方不支持 S256 方式的 PKCE（code_challenge_methods_supported：%1）。AuthDesk 从不以明文（plain）发送 verifier；请在提供方启用 S256。</translation>
    </message>
    <message>
        <source>The discovery document&apos;s %1</source>
        <translation>发现文档中的%1</translation>
    </message>
    <message>
        <source>The provider names no %1 endpoint: set it with --endpoint %1=URL.</source>
        <translation>提供方没有给出 %1 端点：请用 --endpoint %1=URL 设置。</translation>
    </message>
    <message>
        <source>Discovery at %1 failed: %2. Check the issuer (the URL before /.well-known/openid-configuration), or set every endpoint with --endpoint.</source>
        <translation>在 %1 进行发现失败：%2。请检查 issuer（即 /.well-known/openid-configuration 之前的 URL），或用 --endpoint 设置每个端点。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Discovery: issuer matches</source>
        <translation>发现：issuer 一致</translation>
    </message>
    <message>
        <source>authorization %1, token %2, userinfo %3, jwks %4; ID token algorithms: %5</source>
        <translation>authorization %1，token %2，userinfo %3，jwks %4；ID Token 算法：%5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the user refused, or the provider denied the request</source>
        <translation>用户拒绝了，或提供方拒绝了该请求</translation>
    </message>
    <message>
        <source>the client authentication failed: check the client secret and the client authentication method registered for this client</source>
        <translation>客户端认证失败：请检查 client secret 以及为该客户端登记的认证方式</translation>
    </message>
    <message>
        <source>this client may not use the authorization code flow</source>
        <translation>该客户端不允许使用授权码流程</translation>
    </message>
    <message>
        <source>a requested scope is unknown or not allowed for this client</source>
        <translation>请求的某个 scope 未知或不允许该客户端使用</translation>
    </message>
    <message>
        <source>the request is missing or repeats a parameter (a provider that requires PKCE says this when it is missing)</source>
        <translation>请求缺少或重复了某个参数（要求 PKCE 的提供方在缺少 PKCE 时也这样回答）</translation>
    </message>
    <message>
        <source>the provider needs the user to sign in or consent</source>
        <translation>提供方需要用户登录或同意</translation>
    </message>
    <message>
        <source>the access token was refused</source>
        <translation>访问令牌被拒绝</translation>
    </message>
    <message>
        <source>the provider failed; try again later</source>
        <translation>提供方出错；请稍后再试</translation>
    </message>
    <message>
        <source>see the provider&apos;s documentation</source>
        <translation>请查阅提供方的文档</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>The redirect carries both a code and an error; a genuine provider sends one or the other, so nothing was exchanged.</source>
        <translation>重定向同时带有 code 和 error；真正的提供方只会发送其中之一，因此未进行任何交换。</translation>
    </message>
    <message>
        <source>The response names the issuer &quot;%1&quot;, not this tenant&apos;s &quot;%2&quot;: it came from another provider (a mix-up attack, RFC 9207), so nothing was exchanged.</source>
        <translation>响应中的 issuer 是“%1”，而不是本租户的“%2”：它来自另一个提供方（混淆攻击，RFC 9207），因此未进行任何交换。</translation>
    </message>
    <message>
        <source>The response has no iss parameter, but the provider promises one on every response (authorization_response_iss_parameter_supported): it may come from another provider, so nothing was exchanged.</source>
        <translation>响应中没有 iss 参数，但提供方承诺每个响应都带有它（authorization_response_iss_parameter_supported）：它可能来自另一个提供方，因此未进行任何交换。</translation>
    </message>
    <message>
        <source>The user refused the authorization on the provider&apos;s page (access_denied%1). Nothing was exchanged.</source>
        <translation>用户在提供方页面上拒绝了授权（access_denied%1）。未进行任何交换。</translation>
    </message>
    <message>
        <source>The provider refused the authorization: %1. Nothing was exchanged.</source>
        <translation>提供方拒绝了授权：%1。未进行任何交换。</translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation>重定向中没有 code。未进行任何交换。</translation>
    </message>
    <message>
        <source>The provider refused to redirect to %1: it is not among the client&apos;s registered redirect URIs (%2). Register it exactly, scheme, host, port and path, for client &quot;%3&quot; on the provider, or use one that is.</source>
        <translation>提供方拒绝重定向到 %1：它不在该客户端登记的重定向 URI 中（%2）。请在提供方为客户端“%3”按协议、主机、端口和路径原样登记它，或改用已登记的地址。</translation>
    </message>
    <message>
        <source>The provider showed an error page instead of the sign-in: %1. It does not redirect back, so the run ends here.</source>
        <translation>提供方显示了错误页面而不是登录页：%1。它不会重定向回来，因此本次运行到此结束。</translation>
    </message>
    <message>
        <source>The ID token is unsigned (alg &quot;none&quot;): anyone could have written it, so it is refused.</source>
        <translation>ID Token 未签名（alg“none”）：任何人都能伪造它，因此拒绝。</translation>
    </message>
    <message>
        <source>The ID token&apos;s algorithm &quot;%1&quot; is not one of RS256, PS256 and ES256, so it is refused.</source>
        <translation>ID Token 的算法“%1”不是 RS256、PS256、ES256 之一，因此拒绝。</translation>
    </message>
    <message>
        <source>The ID token is signed with %1, which the provider does not advertise (%2), so it is refused.</source>
        <translation>ID Token 使用 %1 签名，而提供方并未声明该算法（%2），因此拒绝。</translation>
    </message>
    <message>
        <source>The ID token&apos;s key does not fit: %1.</source>
        <translation>ID Token 的密钥不匹配：%1。</translation>
    </message>
    <message numerus="yes">
        <source>The ID token names no key (kid) and the JWKS has %n keys for its algorithm.</source>
        <translation>
            <numerusform>ID Token 未指明密钥（kid），而 JWKS 中有 %n 把适用于其算法的密钥。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ID token was signed with key &quot;%1&quot;, which is not in the provider&apos;s JWKS.</source>
        <translation>ID Token 由密钥“%1”签名，而该密钥不在提供方的 JWKS 中。</translation>
    </message>
    <message>
        <source>The ID token&apos;s issuer is &quot;%1&quot;, not this tenant&apos;s &quot;%2&quot;.</source>
        <translation>ID Token 的签发者是“%1”，而不是本租户的“%2”。</translation>
    </message>
    <message>
        <source>The ID token&apos;s audience is %1, not this tenant&apos;s client id &quot;%2&quot;: it was issued to another client.</source>
        <translation>ID Token 的受众是 %1，而不是本租户的 client id“%2”：它是签发给另一个客户端的。</translation>
    </message>
    <message>
        <source>The ID token has several audiences (%1) but no azp naming the client it was issued to.</source>
        <translation>ID Token 有多个受众（%1），却没有指明签发对象的 azp。</translation>
    </message>
    <message>
        <source>The ID token was issued to &quot;%1&quot; (azp), not this tenant&apos;s client id &quot;%2&quot;.</source>
        <translation>ID Token 签发给了“%1”（azp），而不是本租户的 client id“%2”。</translation>
    </message>
    <message>
        <source>The ID token lacks a numeric exp or iat.</source>
        <translation>ID Token 缺少数值型的 exp 或 iat。</translation>
    </message>
    <message>
        <source>The ID token expired at %1 (now %2, 60 s of clock skew allowed).</source>
        <translation>ID Token 已于 %1 过期（现在是 %2，允许 60 秒时钟偏差）。</translation>
    </message>
    <message>
        <source>The ID token was issued in the future (%1; now %2, 60 s of clock skew allowed): check the clocks.</source>
        <translation>ID Token 的签发时间在未来（%1；现在是 %2，允许 60 秒时钟偏差）：请检查时钟。</translation>
    </message>
    <message>
        <source>The ID token carries no nonce, so it cannot be tied to this run.</source>
        <translation>ID Token 中没有 nonce，无法与本次运行关联。</translation>
    </message>
    <message>
        <source>The ID token&apos;s nonce is not this run&apos;s: it was issued for another authorization (a replay).</source>
        <translation>ID Token 的 nonce 不属于本次运行：它是为另一次授权签发的（重放）。</translation>
    </message>
    <message>
        <source>The ID token has no sub.</source>
        <translation>ID Token 中没有 sub。</translation>
    </message>
    <message>
        <source>The claim &quot;%1&quot;, configured as the external id, is in neither the ID token nor userinfo: request the scope that carries it, or pick another claim.</source>
        <translation>配置为外部 ID 的声明“%1”既不在 ID Token 中，也不在 userinfo 中：请请求包含它的 scope，或换一个声明。</translation>
    </message>
    <message>
        <source>iss, aud, azp, exp, iat and nonce hold</source>
        <translation>iss、aud、azp、exp、iat 和 nonce 均通过校验</translation>
    </message>
    <message>
        <source>The token request failed (HTTP %1): %2</source>
        <translation>令牌请求失败（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>the answer has no access_token</source>
        <translation>响应中没有 access_token</translation>
    </message>
    <message>
        <source>The token answer has no id_token: the provider treated this as plain OAuth 2.0. Check that &quot;openid&quot; is among the scopes.</source>
        <translation>令牌响应中没有 id_token：提供方把它当作普通的 OAuth 2.0 处理了。请检查 scope 中是否包含“openid”。</translation>
    </message>
    <message>
        <source>The ID token is refused: %1</source>
        <translation>ID Token 被拒绝：%1</translation>
    </message>
    <message>
        <source>The ID token&apos;s signature is refused: %1.</source>
        <translation>ID Token 的签名被拒绝：%1。</translation>
    </message>
    <message>
        <source>ID token verified</source>
        <translation>ID Token 已验证</translation>
    </message>
    <message>
        <source>userinfo refused (HTTP %1): %2</source>
        <translation>userinfo 被拒绝（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>userinfo describes sub &quot;%1&quot;, but the ID token is for &quot;%2&quot;: the answer is about someone else, so it is discarded.</source>
        <translation>userinfo 描述的是 sub“%1”，而 ID Token 属于“%2”：该响应说的是另一个人，已丢弃。</translation>
    </message>
    <message>
        <source>Discovery works: the issuer matches. Endpoints: authorization %1, token %2, userinfo %3, jwks %4. ID token algorithms: %5. Keys: %6. The client secret is checked at the first run.</source>
        <translation>发现正常：issuer 一致。端点：authorization %1，token %2，userinfo %3，jwks %4。ID Token 算法：%5。密钥：%6。client secret 会在第一次运行时校验。</translation>
    </message>
    <message>
        <source>not advertised</source>
        <translation>未声明</translation>
    </message>
    <message>
        <source>JWKS expired</source>
        <translation>JWKS 已过期</translation>
    </message>
    <message>
        <source>its cache lifetime is over: fetched again before any key is believed</source>
        <translation>其缓存有效期已过：在采信任何密钥之前重新获取</translation>
    </message>
    <message>
        <source>The ID token&apos;s header names critical extensions (crit: %1) that AuthDesk does not implement, so it is refused.</source>
        <translation>ID 令牌的头部声明了 AuthDesk 未实现的关键扩展（crit：%1），因此被拒绝。</translation>
    </message>
    <message>
        <source>%1 with the client secret (allow_hs)</source>
        <translation>%1，以 client secret 验证（allow_hs）</translation>
    </message>
    <message>
        <source>%1 with key &quot;%2&quot; (%3) from the provider&apos;s JWKS</source>
        <translation>%1，以提供方 JWKS 中的密钥“%2”（%3）验证</translation>
    </message>
    <message>
        <source>ID tokens keyed with the client secret (HS256/384/512)</source>
        <translation>以 client secret 签名的 ID 令牌（HS256/384/512）</translation>
    </message>
    <message>
        <source>allow_hs accepts ID tokens keyed with the client secret, but a public client (client authentication &quot;none&quot;) has none: use a confidential client, or set allow_hs to no.</source>
        <translation>allow_hs 接受以 client secret 签名的 ID 令牌，但公开客户端（客户端认证为“none”）没有 secret：请使用机密客户端，或将 allow_hs 设为 no。</translation>
    </message>
    <message>
        <source>The provider signs ID tokens only with %1; AuthDesk accepts RS256, PS256 and ES256 (and HS256, HS384 and HS512 when the tenant sets allow_hs).</source>
        <translation>提供方只用 %1 签名 ID 令牌；AuthDesk 接受 RS256、PS256 和 ES256（租户设置 allow_hs 时也接受 HS256、HS384 和 HS512）。</translation>
    </message>
    <message>
        <source>The ID token is signed with %1, a shared-secret algorithm; AuthDesk accepts only RS256, PS256 and ES256 (an HS256 token keyed with the provider&apos;s public key is a known forgery), so it is refused. If this provider signs ID tokens with the client secret on purpose, set allow_hs to yes (--allow-hs yes).</source>
        <translation>ID 令牌使用共享密钥算法 %1 签名；AuthDesk 只接受 RS256、PS256 和 ES256（以提供方公钥作密钥的 HS256 令牌是已知的伪造手法），因此拒绝。如果该提供方有意用 client secret 签名 ID 令牌，请将 allow_hs 设为 yes（--allow-hs yes）。</translation>
    </message>
    <message>
        <source>valid: %1</source>
        <translation>有效：%1</translation>
    </message>
    <message>
        <source>The provider accepts the client&apos;s credentials: a code that cannot be valid was refused as invalid_grant.</source>
        <translation>身份提供方接受客户端凭据：一个不可能有效的授权码被以 invalid_grant 拒绝。</translation>
    </message>
    <message>
        <source>The provider refused the client&apos;s credentials (%1).</source>
        <translation>身份提供方拒绝了客户端凭据（%1）。</translation>
    </message>
    <message>
        <source>Check the client id, the client secret and the client authentication method the provider expects (Edit tenant).</source>
        <translation>请检查客户端 ID、客户端密钥以及身份提供方要求的客户端认证方式（编辑租户）。</translation>
    </message>
    <message>
        <source>The provider answered a code that cannot be valid with HTTP %1 %2; it does not say whether the client&apos;s credentials are right.</source>
        <translation>身份提供方对一个不可能有效的授权码应答了 HTTP %1 %2；无法据此判断客户端凭据是否正确。</translation>
    </message>
    <message>
        <source>A public client (client authentication none) cannot use the client credentials grant.</source>
        <translation>公共客户端(客户端认证为 none)不能使用客户端凭据授权。</translation>
    </message>
    <message>
        <source>Use a confidential client of the provider.</source>
        <translation>请使用提供方的机密客户端。</translation>
    </message>
    <message>
        <source>The provider refused the client credentials grant (HTTP %1): %2</source>
        <translation>提供方拒绝了客户端凭据授权(HTTP %1):%2</translation>
    </message>
    <message>
        <source>The provider must allow the client_credentials grant for this client (a service account or machine-to-machine client).</source>
        <translation>提供方必须为此客户端允许 client_credentials 授权(服务账号或机器对机器客户端)。</translation>
    </message>
    <message>
        <source>The provider issued a %1 access token (%2), valid for %3 s.</source>
        <translation>提供方签发了 %1 访问令牌(%2),有效期 %3 秒。</translation>
    </message>
    <message>
        <source>DPoP nonce</source>
        <translation>DPoP nonce</translation>
    </message>
    <message>
        <source>the server asked for its nonce in the proof: sent again with it</source>
        <translation>服务器要求在证明中带上它的 nonce:已带上后重新发送</translation>
    </message>
    <message>
        <source>Key pair (private_key_jwt)</source>
        <translation>密钥对(private_key_jwt)</translation>
    </message>
    <message>
        <source>Pushed authorization requests (PAR)</source>
        <translation>推送授权请求(PAR)</translation>
    </message>
    <message>
        <source>Sender-constrained tokens (DPoP)</source>
        <translation>绑定发送方的令牌(DPoP)</translation>
    </message>
    <message>
        <source>allow_hs accepts ID tokens keyed with the client secret, but a private_key_jwt client has a key pair instead: set allow_hs to no.</source>
        <translation>allow_hs 接受用客户端密钥签名的 ID 令牌,但 private_key_jwt 客户端使用的是密钥对:请将 allow_hs 设为 no。</translation>
    </message>
    <message>
        <source>The provider names no pushed_authorization_request_endpoint (RFC 9126).</source>
        <translation>身份提供方未提供 pushed_authorization_request_endpoint(RFC 9126)。</translation>
    </message>
    <message>
        <source>Set pushed requests to when_required, or --endpoint par=URL.</source>
        <translation>请将推送授权请求设为 when_required,或使用 --endpoint par=URL。</translation>
    </message>
    <message>
        <source>The pushed authorization request was refused (HTTP %1): %2</source>
        <translation>推送授权请求被拒绝(HTTP %1):%2</translation>
    </message>
    <message>
        <source>the answer has no request_uri</source>
        <translation>响应中没有 request_uri</translation>
    </message>
    <message>
        <source>the code or refresh token is used, expired, revoked or not this client&apos;s, or the code_verifier or redirect_uri does not match: run the authorization again</source>
        <translation>授权码或刷新令牌已使用、已过期、已吊销或不属于该客户端,或 code_verifier、redirect_uri 不匹配:请重新运行授权</translation>
    </message>
    <message>
        <source>the server wants its nonce in the DPoP proof</source>
        <translation>服务器要求 DPoP 证明中带上它的 nonce</translation>
    </message>
    <message>
        <source>iss, aud, azp, exp and iat hold (this grant sends no nonce)</source>
        <translation>iss、aud、azp、exp 和 iat 均成立(此授权方式不发送 nonce)</translation>
    </message>
    <message>
        <source>The provider offers DPoP: if this client requires DPoP-bound tokens, set DPoP to yes (--dpop).</source>
        <translation>身份提供方支持 DPoP:如果该客户端要求绑定 DPoP 的令牌,请将 DPoP 设为 yes(--dpop)。</translation>
    </message>
    <message>
        <source>The provider answered the DPoP proof with a %1 token, not a DPoP-bound one: anyone who holds it can use it. Enable DPoP for this client on the provider, or set dpop to no.</source>
        <translation>身份提供方对 DPoP 证明返回了 %1 令牌,而不是绑定 DPoP 的令牌:任何持有者都能使用它。请在身份提供方处为该客户端启用 DPoP,或将 dpop 设为 no。</translation>
    </message>
    <message>
        <source>untyped</source>
        <translation>无类型</translation>
    </message>
    <message>
        <source>The access token is bound to the key %1 (cnf.jkt, %2), not to this run&apos;s DPoP key %3.</source>
        <translation>访问令牌绑定的密钥是 %1(cnf.jkt,%2),而不是本次运行的 DPoP 密钥 %3。</translation>
    </message>
    <message>
        <source>of nobody</source>
        <translation>(无)</translation>
    </message>
    <message>
        <source>DPoP binding verified</source>
        <translation>DPoP 绑定已验证</translation>
    </message>
    <message>
        <source>token_type DPoP; cnf.jkt %1 is this run&apos;s key (%2)</source>
        <translation>token_type 为 DPoP;cnf.jkt %1 是本次运行的密钥(%2)</translation>
    </message>
    <message>
        <source>in the JWT access token</source>
        <translation>见 JWT 访问令牌</translation>
    </message>
    <message>
        <source>DPoP binding not checked</source>
        <translation>未检查 DPoP 绑定</translation>
    </message>
    <message>
        <source>the access token is opaque and the provider offers no introspection</source>
        <translation>访问令牌不透明,且身份提供方不支持令牌状态查询</translation>
    </message>
    <message>
        <source>as introspection says</source>
        <translation>据令牌状态查询</translation>
    </message>
    <message>
        <source>The provider offers no device authorization grant: its discovery document names no device_authorization_endpoint.</source>
        <translation>身份提供方不支持设备授权:其发现文档中没有 device_authorization_endpoint。</translation>
    </message>
    <message>
        <source>Enable the device flow for this client on the provider, or set --endpoint device_authorization=URL.</source>
        <translation>请在身份提供方处为该客户端启用设备流程,或设置 --endpoint device_authorization=URL。</translation>
    </message>
    <message>
        <source>The device authorization request failed (HTTP %1): %2</source>
        <translation>设备授权请求失败(HTTP %1):%2</translation>
    </message>
    <message>
        <source>the answer lacks device_code, user_code or verification_uri</source>
        <translation>响应中缺少 device_code、user_code 或 verification_uri</translation>
    </message>
    <message>
        <source>The verification URI</source>
        <translation>验证地址</translation>
    </message>
    <message>
        <source>User code issued</source>
        <translation>已签发用户代码</translation>
    </message>
    <message>
        <source>%1 at %2; polling every %3 s for %4 s</source>
        <translation>%1,在 %2 输入;每 %3 秒轮询一次,共 %4 秒</translation>
    </message>
    <message>
        <source>slow_down</source>
        <translation>slow_down</translation>
    </message>
    <message>
        <source>the provider asked for slower polling: every %1 s from now on</source>
        <translation>身份提供方要求放慢轮询:今后每 %1 秒一次</translation>
    </message>
    <message>
        <source>The user refused the sign-in on the verification page (access_denied). Nothing was issued.</source>
        <translation>用户在验证页面上拒绝了登录(access_denied)。未签发任何令牌。</translation>
    </message>
    <message>
        <source>The device code expired before anyone signed in with the user code (expired_token).</source>
        <translation>在有人用该用户代码登录之前,设备代码已过期(expired_token)。</translation>
    </message>
    <message>
        <source>Start the device sign-in again and enter the new code within its lifetime.</source>
        <translation>请重新开始设备登录,并在新代码的有效期内输入。</translation>
    </message>
    <message>
        <source>The user signed in</source>
        <translation>用户已登录</translation>
    </message>
    <message>
        <source>the device code was exchanged for tokens</source>
        <translation>设备代码已换取令牌</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>previous refresh token</source>
        <translation>上一个刷新令牌</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>No %1 is kept for this tenant.</source>
        <translation>该租户没有保存%1。</translation>
    </message>
    <message>
        <source>Run the authorization again with &quot;keep tokens&quot; (--keep-tokens); a refresh token is issued only when the provider allows it for this client.</source>
        <translation>请勾选“保存令牌”(--keep-tokens)后重新运行授权;只有身份提供方允许该客户端时才会签发刷新令牌。</translation>
    </message>
    <message>
        <source>The provider names no revocation_endpoint (RFC 7009).</source>
        <translation>身份提供方未提供 revocation_endpoint(RFC 7009)。</translation>
    </message>
    <message>
        <source>The revocation failed: %1</source>
        <translation>吊销失败:%1</translation>
    </message>
    <message>
        <source>The provider accepted the revocation of the %1 (HTTP 200); it offers no introspection to confirm it.</source>
        <translation>身份提供方接受了对%1的吊销(HTTP 200);它不支持令牌状态查询,无法确认。</translation>
    </message>
    <message>
        <source>The provider answered the revocation with HTTP 200, but introspection still says the %1 is active.</source>
        <translation>身份提供方对吊销返回了 HTTP 200,但令牌状态查询仍显示%1有效。</translation>
    </message>
    <message>
        <source>The %1 is revoked: introspection confirms it is no longer active.</source>
        <translation>%1已吊销:令牌状态查询确认它已失效。</translation>
    </message>
    <message>
        <source>The provider names no introspection_endpoint (RFC 7662).</source>
        <translation>身份提供方未提供 introspection_endpoint(RFC 7662)。</translation>
    </message>
    <message>
        <source>The introspection failed (HTTP %1): %2</source>
        <translation>令牌状态查询失败(HTTP %1):%2</translation>
    </message>
    <message>
        <source>the answer has no boolean &quot;active&quot;</source>
        <translation>响应中没有布尔值“active”</translation>
    </message>
    <message>
        <source>The token is not active: revoked, expired or unknown to the provider.</source>
        <translation>令牌已失效:已吊销、已过期,或身份提供方不认识它。</translation>
    </message>
    <message>
        <source>The token is active: client %1, subject %2, scope &quot;%3&quot;, expires %4.</source>
        <translation>令牌有效:客户端 %1,主体 %2,范围“%3”,过期时间 %4。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>No %1 is kept for this tenant: the provider issued none.</source>
        <translation>该租户没有保存%1:身份提供方未签发。</translation>
    </message>
    <message>
        <source>Allow the refresh_token grant for this client on the provider.</source>
        <translation>请在身份提供方处允许该客户端使用 refresh_token 授权。</translation>
    </message>
    <message>
        <source>The previous refresh token no longer works, as a rotated token must not (RFC 9700 §4.14.2): %1. A provider that detects the reuse may have revoked the whole grant: refresh to see.</source>
        <translation>上一个刷新令牌已不能使用,这正是轮换后的令牌应有的表现(RFC 9700 §4.14.2):%1。能检测重复使用的身份提供方可能已吊销整个授权:再刷新一次即可查看。</translation>
    </message>
    <message>
        <source>The refresh was refused: %1</source>
        <translation>刷新被拒绝:%1</translation>
    </message>
    <message>
        <source>A refresh token that was revoked, rotated away or expired cannot be used again: run the authorization again with &quot;keep tokens&quot;.</source>
        <translation>已吊销、已被轮换或已过期的刷新令牌不能再使用:请勾选“保存令牌”后重新运行授权。</translation>
    </message>
    <message>
        <source>The previous refresh token still works: the provider does not enforce rotation (RFC 9700 §4.14.2 asks that it should). A new access token was issued.</source>
        <translation>上一个刷新令牌仍然可用:身份提供方没有强制轮换(RFC 9700 §4.14.2 要求应当强制)。已签发新的访问令牌。</translation>
    </message>
    <message>
        <source>Refreshed: a new access token, and the refresh token rotated (the previous one is kept to try with --which previous).</source>
        <translation>已刷新:获得新的访问令牌,且刷新令牌已轮换(上一个已保留,可用 --which previous 试用)。</translation>
    </message>
    <message>
        <source>Refreshed: a new access token; the refresh token did not rotate.</source>
        <translation>已刷新:获得新的访问令牌;刷新令牌未轮换。</translation>
    </message>
    <message>
        <source>The refreshed ID token&apos;s %1 is not the first one&apos;s: OpenID Connect Core §12.2 says it must stay the same.</source>
        <translation>刷新后 ID 令牌的 %1 与最初的不同:OpenID Connect Core §12.2 规定它必须保持不变。</translation>
    </message>
    <message>
        <source>The new ID token is verified and keeps iss, sub and aud.</source>
        <translation>新的 ID 令牌已验证,且 iss、sub 和 aud 保持不变。</translation>
    </message>
    <message>
        <source>the DPoP proof was refused: its signature, htm, htu, iat, jti or nonce does not hold, or the key is not the one the token is bound to. htu is the URL AuthDesk called: an endpoint override or a proxy that names the endpoint otherwise than the provider does breaks it</source>
        <translation>DPoP 证明被拒绝:其签名、htm、htu、iat、jti 或 nonce 不成立,或密钥不是令牌所绑定的密钥。htu 是 AuthDesk 调用的 URL:若端点覆盖或代理使用了与身份提供方不同的端点地址,就会出错</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>Unknown endpoint key &quot;%1&quot;; %2 knows: %3.</source>
        <translation>未知的接口键“%1”;%2 支持:%3。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot;</source>
        <translation>接口“%1”</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败:%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3).</source>
        <translation>%1 返回 HTTP %2(%3)。</translation>
    </message>
    <message>
        <source>%1 is required (--%2).</source>
        <translation>%1为必填项(--%2)。</translation>
    </message>
    <message>
        <source>%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation>%1必须是 %2 之一(收到的是“%3”)。</translation>
    </message>
    <message>
        <source>The platform showed its error page %1.</source>
        <translation>平台显示了其错误页面 %1。</translation>
    </message>
    <message>
        <source>%1 has no client credentials grant.</source>
        <translation>%1 不支持客户端凭据授权。</translation>
    </message>
    <message>
        <source>Use an OpenID Connect tenant.</source>
        <translation>请使用 OpenID Connect 租户。</translation>
    </message>
    <message>
        <source>This tenant&apos;s secret is one the platform issued: there is no public key to register.</source>
        <translation>该租户的密钥由平台签发:没有需要登记的公钥。</translation>
    </message>
    <message>
        <source>%1 tenants keep no tokens.</source>
        <translation>%1 租户不保存令牌。</translation>
    </message>
</context>
<context>
    <name>QinceProvider</name>
    <message>
        <source>return_code %1: %2</source>
        <translation>return_code %1:%2</translation>
    </message>
    <message>
        <source>Qince (勤策)</source>
        <translation>勤策</translation>
    </message>
    <message>
        <source>app_id</source>
        <translation>应用 ID(app_id)</translation>
    </message>
    <message>
        <source>tenant_id</source>
        <translation>企业 ID(tenant_id)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not valid: use the value 勤策 issued (letters, digits, _ and -).</source>
        <translation>%1“%2”无效:请使用勤策提供的值(字母、数字、_ 和 -)。</translation>
    </message>
    <message>
        <source>The redirect carries %1=&quot;%2&quot; but this tenant&apos;s %1 is &quot;%3&quot;: it belongs to another enterprise or app, so nothing was exchanged. Check the tenant&apos;s configuration.</source>
        <translation>重定向携带 %1=&quot;%2&quot;,而该租户的 %1 是“%3”:它属于其他企业或应用,因此没有进行任何交换。请检查租户配置。</translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation>重定向中没有 code。没有进行任何交换。</translation>
    </message>
    <message>
        <source>the request was malformed (请求错误)</source>
        <translation>请求错误</translation>
    </message>
    <message>
        <source>this app may not use the authorization link: check app_id and tenant_id (访问未授权链接)</source>
        <translation>访问未授权链接:请检查 app_id 和 tenant_id</translation>
    </message>
    <message>
        <source>access was denied: the user refused or may not use this app (服务器拒绝访问)</source>
        <translation>服务器拒绝访问:用户拒绝了授权,或无权使用该应用</translation>
    </message>
    <message>
        <source>the response type is not supported (不支持响应类型)</source>
        <translation>不支持响应类型</translation>
    </message>
    <message>
        <source>the requested scope was refused (请求授权信息失败)</source>
        <translation>请求授权信息失败</translation>
    </message>
    <message>
        <source>勤策 had a server error; try again later (服务器错误)</source>
        <translation>勤策服务器错误;请稍后重试</translation>
    </message>
    <message>
        <source>an error 勤策 does not document</source>
        <translation>勤策文档中未说明的错误</translation>
    </message>
    <message>
        <source>勤策 refused the authorization with error &quot;%1&quot;: %2.</source>
        <translation>勤策拒绝了授权,错误为“%1”:%2。</translation>
    </message>
    <message>
        <source>oauth/token answered HTTP %1; expected 200. Check the &quot;api&quot; endpoint.</source>
        <translation>oauth/token 返回 HTTP %1;应为 200。请检查“api”接口地址。</translation>
    </message>
    <message>
        <source>oauth/token refused the credentials (%1). Check app_id, tenant_id and the app_secret 勤策 issued.</source>
        <translation>oauth/token 拒绝了凭据(%1)。请检查 app_id、tenant_id 以及勤策提供的 app_secret。</translation>
    </message>
    <message>
        <source>oauth/token answered return_code 0 without access_token or expires_in.</source>
        <translation>oauth/token 返回 return_code 0,但缺少 access_token 或 expires_in。</translation>
    </message>
    <message>
        <source>Token reused from cache</source>
        <translation>复用缓存中的令牌</translation>
    </message>
    <message>
        <source>Token fetched</source>
        <translation>已获取令牌</translation>
    </message>
    <message>
        <source>oauth/userinfo answered HTTP %1; expected 200.</source>
        <translation>oauth/userinfo 返回 HTTP %1;应为 200。</translation>
    </message>
    <message>
        <source>Cached token refused, fetching a new one</source>
        <translation>缓存的令牌被拒绝,正在重新获取</translation>
    </message>
    <message>
        <source>oauth/userinfo failed: %1</source>
        <translation>oauth/userinfo 失败:%1</translation>
    </message>
    <message>
        <source>oauth/userinfo answered return_code 0 without an id.</source>
        <translation>oauth/userinfo 返回 return_code 0,但缺少 id。</translation>
    </message>
    <message>
        <source>user (用户)</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>customer (客户)</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer contact (客户联系人)</source>
        <translation>客户联系人</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知(%1)</translation>
    </message>
    <message>
        <source>normal (正常)</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled (停用)</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>closed (销户)</source>
        <translation>销户</translation>
    </message>
    <message>
        <source>The account is not active</source>
        <translation>该账号未处于正常状态</translation>
    </message>
    <message>
        <source>%1 answered without a numeric return_code: the answer is malformed. Check the &quot;api&quot; endpoint.</source>
        <translation>%1 的返回中没有数字 return_code：返回格式错误。请检查“api”端点。</translation>
    </message>
    <message>
        <source>The app_secret works for tenant_id %1: oauth/token issued a token valid for %2 s.</source>
        <translation>app_secret 对 tenant_id %1 有效:oauth/token 签发了有效期 %2 秒的令牌。</translation>
    </message>
</context>
<context>
    <name>QiqiProvider</name>
    <message>
        <source>Qiqi (企企)</source>
        <translation>企企</translation>
    </message>
    <message>
        <source>accessKeyId</source>
        <translation>accessKeyId(密钥 ID)</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>授权模式(grantType)</translation>
    </message>
    <message>
        <source>Callback listen address</source>
        <translation>回调监听地址</translation>
    </message>
    <message>
        <source>Code exchange path</source>
        <translation>code 换取接口路径</translation>
    </message>
    <message>
        <source>SigV4 region</source>
        <translation>SigV4 区域</translation>
    </message>
    <message>
        <source>SigV4 service</source>
        <translation>SigV4 服务</translation>
    </message>
    <message>
        <source>The accessKeyId &quot;%1&quot; is not valid: it is letters and digits, as 企企&apos;s admin sent it.</source>
        <translation>accessKeyId“%1”无效:它由字母和数字组成,以企企管理员发来的为准。</translation>
    </message>
    <message>
        <source>The callback listen address must be IP:PORT, e.g. 127.0.0.1:0 (0 = any free port).</source>
        <translation>回调监听地址必须是 IP:端口,例如 127.0.0.1:0(0 表示任意空闲端口)。</translation>
    </message>
    <message>
        <source>The code exchange path must start with /, e.g. /v1/code.</source>
        <translation>code 换取接口路径必须以 / 开头,例如 /v1/code。</translation>
    </message>
    <message>
        <source>The SigV4 %1 must be lowercase letters, digits and dashes.</source>
        <translation>SigV4 %1 只能包含小写字母、数字和连字符。</translation>
    </message>
    <message>
        <source>The user did not authorize (error &quot;%1&quot;). Nothing was exchanged.</source>
        <translation>用户没有授权(错误“%1”)。没有进行任何交换。</translation>
    </message>
    <message>
        <source>The redirect carries no code. Nothing was exchanged.</source>
        <translation>重定向中没有 code。没有进行任何交换。</translation>
    </message>
    <message>
        <source>Request signed (SigV4)</source>
        <translation>请求已签名(SigV4)</translation>
    </message>
    <message>
        <source>scope %1, signed headers %2</source>
        <translation>凭证范围 %1,签名头 %2</translation>
    </message>
    <message>
        <source>v1/code failed (HTTP %1, code %2): %3</source>
        <translation>v1/code 失败(HTTP %1,code %2):%3</translation>
    </message>
    <message>
        <source>77hub rejected the signature: check the secretAccessKey, this computer&apos;s clock, and the SigV4 region and service.</source>
        <translation>企企拒绝了签名:请检查 secretAccessKey、本机时钟,以及 SigV4 区域和服务。</translation>
    </message>
    <message>
        <source>v1/code succeeded but carries no openid, neither at the top level nor under data.</source>
        <translation>v1/code 成功,但顶层和 data 中都没有 openid。</translation>
    </message>
    <message>
        <source>The callback carries no openid.</source>
        <translation>回调中没有 openid。</translation>
    </message>
    <message>
        <source>77hub rejected the signature (HTTP 403): %1 Check the secretAccessKey, the SigV4 region and service, and this computer&apos;s clock.</source>
        <translation>企企拒绝了签名(HTTP 403):%1 请检查 secretAccessKey、SigV4 区域和服务以及本机时钟。</translation>
    </message>
    <message>
        <source>The signature was accepted: 77hub answered HTTP %1 to a made-up code, as expected.</source>
        <translation>签名已被接受:企企对一个虚构的 code 返回了 HTTP %1,符合预期。</translation>
    </message>
    <message>
        <source>企企</source>
        <translation>企企</translation>
    </message>
    <message>
        <source>Callback path</source>
        <translation>回调路径</translation>
    </message>
    <message>
        <source>The callback path must start with /, e.g. /openid: the path of the app&apos;s callbackUrl.</source>
        <translation>回调路径必须以 / 开头，例如 /openid：即应用 callbackUrl 的路径。</translation>
    </message>
</context>
<context>
    <name>RunCompareDialog</name>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID 类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>State verified</source>
        <translation>State 已校验</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Compare runs of %1</source>
        <translation>比较 %1 的运行</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>The two runs show the same identity.</source>
        <translation>两次运行得到的身份相同。</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>有变化：%1</translation>
    </message>
</context>
<context>
    <name>RunExport</name>
    <message>
        <source># AuthDesk run %1 of %2 (%3, %4). Fill in the placeholders before running:</source>
        <translation># AuthDesk 运行 %1，租户 %2（%3，%4）。运行前请填入占位符：</translation>
    </message>
    <message>
        <source># %1 (HTTP %2 in the run)</source>
        <translation># %1（运行中为 HTTP %2）</translation>
    </message>
    <message>
        <source># signed with SigV4: sign it again (authdesk sign) with the same headers before sending</source>
        <translation># 使用 SigV4 签名：发送前请用相同的请求头重新签名（authdesk sign）</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>端点 %1</translation>
    </message>
    <message>
        <source>AuthDesk run %1 — %2</source>
        <translation>AuthDesk 运行 %1 — %2</translation>
    </message>
    <message>
        <source>Tenant settings (no secrets)</source>
        <translation>租户配置（不含密钥）</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>HTTP 交互</translation>
    </message>
    <message>
        <source>Made by AuthDesk %1 on %2.</source>
        <translation>由 AuthDesk %1 于 %2 生成。</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Keeping the run in the history failed: %1</source>
        <translation>保存运行历史失败：%1</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Identity or error</source>
        <translation>身份或错误</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Select two runs to compare them field by field</source>
        <translation>选中两次运行，逐字段比较</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>Start authorization</source>
        <translation>开始授权</translation>
    </message>
    <message>
        <source>Paste redirect URL…</source>
        <translation>粘贴回调 URL…</translation>
    </message>
    <message>
        <source>Which authorization page to open</source>
        <translation>要打开哪种授权页面</translation>
    </message>
    <message>
        <source>Exchange a redirect URL copied from a phone or an in-client link</source>
        <translation>用从手机或客户端内链接复制来的回调 URL 换取身份</translation>
    </message>
    <message>
        <source>Select an exchange to see its request and response.</source>
        <translation>选择一条交互记录以查看请求和响应。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>HTTP 交互</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <source>Select a tenant on the left.</source>
        <translation>请在左侧选择一个租户。</translation>
    </message>
    <message>
        <source>✓ Signed in as %1 (%2 %3).</source>
        <translation>✓ 已登录为 %1(%2 %3)。</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Paste redirect URL</source>
        <translation>粘贴回调 URL</translation>
    </message>
    <message>
        <source>The full address the platform redirected to (with code and state), or for 企企&apos;s normal mode the callback URL your server received (with openid and requestId):</source>
        <translation>平台重定向到的完整地址(含 code 和 state);企企 normal 模式下则为你的服务器收到的回调 URL(含 openid 和 requestId):</translation>
    </message>
    <message>
        <source>✓ Signed in: %1 %2.</source>
        <translation>✓ 已登录:%1 %2。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the run: the page stops loading, the call under way is aborted, and nothing further is called</source>
        <translation>停止运行：页面停止加载，正在进行的调用被中止，不再发起任何调用</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>The calls (or the selected one) as curl commands; secrets are placeholders such as ${CORPSECRET} to fill in</source>
        <translation>将调用（或所选调用）复制为 curl 命令；密钥以 ${CORPSECRET} 之类的占位符表示，需自行填入</translation>
    </message>
    <message>
        <source>Export run…</source>
        <translation>导出运行…</translation>
    </message>
    <message>
        <source>The run as a HAR file (browser dev tools) or an HTML report for a ticket, without secrets</source>
        <translation>将运行导出为 HAR 文件（浏览器开发者工具）或可附在工单中的 HTML 报告，不含密钥</translation>
    </message>
    <message>
        <source>The curl commands are on the clipboard; fill in the placeholders before running them.</source>
        <translation>curl 命令已复制到剪贴板；运行前请填入占位符。</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Run %1 (%2): signed in as %3 (%4 %5).</source>
        <translation>运行 %1（%2）：已以 %3 登录（%4 %5）。</translation>
    </message>
    <message>
        <source>Run %1 (%2): cancelled.</source>
        <translation>运行 %1（%2）：已取消。</translation>
    </message>
    <message>
        <source>Run %1 (%2) failed: %3</source>
        <translation>运行 %1（%2）失败：%3</translation>
    </message>
    <message>
        <source>Cancelled: nothing further was called.</source>
        <translation>已取消：不再发起任何调用。</translation>
    </message>
    <message>
        <source>Asking the provider for its endpoints and keys (discovery)</source>
        <translation>正在向提供方查询其端点和密钥（发现）</translation>
    </message>
    <message>
        <source>Loading the authorization page (%1%)</source>
        <translation>正在加载授权页面（%1%）</translation>
    </message>
    <message>
        <source>Waiting for the user to sign in and be redirected</source>
        <translation>正在等待用户登录并被重定向</translation>
    </message>
    <message>
        <source>Exchanging the code</source>
        <translation>正在交换授权码</translation>
    </message>
    <message>
        <source>Exchanging — calling %1</source>
        <translation>正在交换 — 调用 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>There is no run to export yet: start one, or open one from the History tab.</source>
        <translation>还没有可导出的运行：请开始一次运行，或从“历史”标签页打开一次。</translation>
    </message>
    <message>
        <source>Run %1 written to %2.</source>
        <translation>运行 %1 已写入 %2。</translation>
    </message>
    <message>
        <source>Export run</source>
        <translation>导出运行</translation>
    </message>
    <message>
        <source>HAR for browser dev tools (*.har);;HTML report (*.html)</source>
        <translation>HAR，用于浏览器开发者工具 (*.har);;HTML 报告 (*.html)</translation>
    </message>
    <message>
        <source>Enter it…</source>
        <translation>输入…</translation>
    </message>
    <message>
        <source>Your keychain holds no %1 for this tenant: the store keeps the configuration, each admin&apos;s keychain the secrets. Enter it to run the tenant.</source>
        <translation>你的密钥环中没有该租户的 %1：存储中只有配置，密钥保存在每位管理员自己的密钥环中。请输入后再运行该租户。</translation>
    </message>
    <message>
        <source>The authorization page appears here when a run starts.</source>
        <translation>开始运行后，授权页面会显示在这里。</translation>
    </message>
    <message>
        <source>Keep tokens</source>
        <translation>保存令牌</translation>
    </message>
    <message>
        <source>How the user signs in: on the authorization page, or with a code on another device</source>
        <translation>用户的登录方式:在授权页面上,或在另一台设备上输入代码</translation>
    </message>
    <message>
        <source>Where the authorization page opens: here, or in your own browser (for passkeys, device compliance or your session at the provider)</source>
        <translation>授权页面在哪里打开:在这里,或在你自己的浏览器中(用于通行密钥、设备合规检查或你在身份提供方处的会话)</translation>
    </message>
    <message>
        <source>Embedded browser</source>
        <translation>内嵌浏览器</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>系统浏览器</translation>
    </message>
    <message>
        <source>Keep the access, refresh and ID tokens in the keychain, for Refresh, Introspect, Revoke and Log out</source>
        <translation>将访问令牌、刷新令牌和 ID 令牌保存到密钥环,用于刷新、查询状态、吊销和退出登录</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Device code</source>
        <translation>设备代码</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>客户端凭据</translation>
    </message>
    <message>
        <source>Asking the provider…</source>
        <translation>正在询问身份提供方…</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Run %1 (%2): %3 succeeded.</source>
        <translation>运行 %1(%2):%3 成功。</translation>
    </message>
    <message>
        <source>✓ Signed out at the provider.</source>
        <translation>✓ 已在身份提供方处退出登录。</translation>
    </message>
    <message>
        <source>Waiting for the user to enter the code on another device</source>
        <translation>正在等待用户在另一台设备上输入代码</translation>
    </message>
    <message>
        <source>Asking the provider for a token for the client itself…</source>
        <translation>正在向身份提供方申请客户端自身的令牌…</translation>
    </message>
    <message>
        <source>Asking the provider for a code…</source>
        <translation>正在向身份提供方申请代码…</translation>
    </message>
    <message>
        <source>✓ Signed in.</source>
        <translation>✓ 已登录。</translation>
    </message>
    <message>
        <source>The authorization page opened in your browser. Waiting for it to come back to %1.</source>
        <translation>授权页面已在你的浏览器中打开。正在等待它回到 %1。</translation>
    </message>
    <message>
        <source>Corps</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>✓ Installed in %1.</source>
        <translation>✓ 已安装到 %1。</translation>
    </message>
</context>
<context>
    <name>RunRecorder</name>
    <message>
        <source>%1 unchanged ✓</source>
        <translation>%1 未变化 ✓</translation>
    </message>
    <message>
        <source>the same as the previous run of this tenant</source>
        <translation>与该租户上一次运行的结果相同</translation>
    </message>
    <message>
        <source>⚠ %1 CHANGED since the previous run</source>
        <translation>⚠ %1 与上一次运行相比已改变</translation>
    </message>
    <message>
        <source>was %1, now %2. If the same person signed in, the platform broke its promise that this id is stable: every mapping built on it is at risk.</source>
        <translation>之前是 %1,现在是 %2。如果登录的是同一个人,说明平台违背了该 ID 保持不变的承诺:基于它建立的所有映射都有风险。</translation>
    </message>
    <message>
        <source>Mapping recorded</source>
        <translation>已记录映射</translation>
    </message>
    <message>
        <source>%1 %2 in the mappings</source>
        <translation>%1 %2 已写入映射</translation>
    </message>
    <message>
        <source>Mapping not recorded</source>
        <translation>未能记录映射</translation>
    </message>
    <message>
        <source>Recorded as unverified</source>
        <translation>已记录为未校验</translation>
    </message>
    <message>
        <source>the state was not issued by this run: the mapping is marked unverified, its last verification is not stamped, and the id does not become the baseline of the next run</source>
        <translation>该 state 并非本次运行签发：映射被标记为未校验，不更新最后校验时间，该 ID 也不会成为下一次运行的比对基准</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>The sandbox could not listen on 127.0.0.1:%1. Is another program using that port?</source>
        <translation>沙盒无法监听 127.0.0.1:%1。是否有其他程序占用了该端口?</translation>
    </message>
</context>
<context>
    <name>SandboxDemo</name>
    <message>
        <source>Sandbox listening on %1</source>
        <translation>沙盒正在监听 %1</translation>
    </message>
    <message>
        <source>Sandbox tenants ready.</source>
        <translation>沙盒租户已就绪。</translation>
    </message>
    <message>
        <source>Sandbox tenants ready, but for %1: a tenant of yours has that name, so it was left as it is. Rename it to get the demo tenant too.</source>
        <translation>沙盒租户已就绪，但 %1 除外：您自己的租户使用了这个名称，因此保持原样未动。将其改名即可同时获得演示租户。</translation>
    </message>
</context>
<context>
    <name>SandboxModule</name>
    <message>
        <source>The sandbox could not be loaded (%1).</source>
        <translation>无法加载沙箱（%1）。</translation>
    </message>
    <message>
        <source>Reinstall AuthDesk.</source>
        <translation>请重新安装 AuthDesk。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The keychain holds no such secret.</source>
        <translation>密钥环中没有该密钥。</translation>
    </message>
    <message>
        <source>The OS keychain is not available (%1). AuthDesk keeps secrets only in the keychain, so nothing was stored. Install and start a Secret Service such as GNOME Keyring (Debian: apt install gnome-keyring) or KWallet, unlock it, and try again.</source>
        <translation>系统密钥环不可用(%1)。AuthDesk 只把密钥保存在密钥环中,因此没有保存任何内容。请安装并启动 Secret Service(如 GNOME Keyring,Debian 上:apt install gnome-keyring)或 KWallet,解锁后重试。</translation>
    </message>
    <message>
        <source>read back a different value</source>
        <translation>读回的值与写入的不同</translation>
    </message>
    <message>
        <source>AuthDesk&apos;s keychain module could not be loaded (%1), so no secret was read or stored.</source>
        <translation>无法加载 AuthDesk 的密钥环模块（%1），因此没有读取或保存任何密钥。</translation>
    </message>
    <message>
        <source>Reinstall AuthDesk.</source>
        <translation>请重新安装 AuthDesk。</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1 is not an Excel workbook (.xlsx) this can read. Save it again from Excel or as CSV (UTF-8).</source>
        <translation>%1 不是可读取的 Excel 工作簿（.xlsx）。请用 Excel 重新保存，或另存为 CSV（UTF-8）。</translation>
    </message>
    <message>
        <source>A quoted cell that starts on line %1 is never closed.</source>
        <translation>第 %1 行开始的带引号单元格没有结束引号。</translation>
    </message>
    <message>
        <source>%1 is neither CSV nor an Excel workbook (.xlsx). Save the sheet as one of them.</source>
        <translation>%1 既不是 CSV 也不是 Excel 工作簿（.xlsx）。请将表格另存为其中一种。</translation>
    </message>
    <message>
        <source>Cannot read %1: no such file, or not yours to read.</source>
        <translation>无法读取 %1：文件不存在，或你没有读取权限。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text. Save it as CSV UTF-8 and import that.</source>
        <translation>%1 不是 UTF-8 文本。请另存为 CSV UTF-8 后再导入。</translation>
    </message>
    <message>
        <source>%1 is not valid CSV: %2</source>
        <translation>%1 不是有效的 CSV：%2</translation>
    </message>
</context>
<context>
    <name>SignatureInspector</name>
    <message>
        <source>Signature inspector (SigV4)</source>
        <translation>签名检查器(SigV4)</translation>
    </message>
    <message>
        <source>One header per line, Name: value. Host comes from the URL unless given.</source>
        <translation>每行一个请求头,格式为 名称: 值。未给出 Host 时取自 URL。</translation>
    </message>
    <message>
        <source>Request body (empty for none)</source>
        <translation>请求体(无则留空)</translation>
    </message>
    <message>
        <source>secretAccessKey (kept in memory only)</source>
        <translation>secretAccessKey(仅保存在内存中)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>Date (X-Amz-Date)</source>
        <translation>时间(X-Amz-Date)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>accessKeyId</source>
        <translation>accessKeyId(密钥 ID)</translation>
    </message>
    <message>
        <source>secretAccessKey</source>
        <translation>secretAccessKey(密钥)</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Canonical request</source>
        <translation>规范请求</translation>
    </message>
    <message>
        <source>String to sign</source>
        <translation>待签名字符串</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization 请求头</translation>
    </message>
    <message>
        <source>Enter an absolute URL.</source>
        <translation>请输入完整的 URL。</translation>
    </message>
    <message>
        <source>Signed headers: %1</source>
        <translation>已签名的请求头：%1</translation>
    </message>
    <message>
        <source>The %1 header is empty: it is signed as an empty value, and the platform will compute another signature if it expects one.</source>
        <translation>请求头 %1 为空：它将以空值参与签名；如果平台期望有值，算出的签名会不同。</translation>
    </message>
    <message>
        <source>The accessKeyId is empty: the credential names no key, which the platform refuses.</source>
        <translation>accessKeyId 为空：凭证中没有密钥 ID，平台会拒绝。</translation>
    </message>
    <message>
        <source>The secretAccessKey is empty: the signature is computed with an empty key.</source>
        <translation>secretAccessKey 为空：签名将用空密钥计算。</translation>
    </message>
</context>
<context>
    <name>StepModel</name>
    <message>
        <source>✓ ok</source>
        <translation>✓ 成功</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>✗ error</source>
        <translation>✗ 错误</translation>
    </message>
    <message>
        <source>• info</source>
        <translation>• 信息</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The target store refused a transaction: %1</source>
        <translation>目标存储拒绝开启事务：%1</translation>
    </message>
    <message>
        <source>Reading %1 from %2 failed: %3</source>
        <translation>从 %2 读取 %1 失败：%3</translation>
    </message>
    <message>
        <source>Writing %1 to %2 failed, so nothing was copied: %3</source>
        <translation>向 %2 写入 %1 失败，因此没有复制任何内容：%3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The target store could not commit the copy, so nothing was copied: %1</source>
        <translation>目标存储无法提交本次复制，因此没有复制任何内容：%1</translation>
    </message>
    <message>
        <source>Copied %1 into %2.</source>
        <translation>已将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>The mappings of both stores are the same (checksum %1).</source>
        <translation>两个存储中的映射完全一致（校验和 %1）。</translation>
    </message>
    <message>
        <source>The target holds other mappings too (its checksum differs).</source>
        <translation>目标存储中还有其他映射（校验和不同）。</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>Store</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in your keychain</source>
        <translation>仅 PostgreSQL 需要；保存在你的密钥环中</translation>
    </message>
    <message>
        <source>Tenants, mappings, local-account rules, sync progress, run history and the audit trail live in the store. sqlite:PATH is this computer&apos;s file; postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full is a database the team shares. Secrets and tokens stay in each admin&apos;s own keychain.</source>
        <translation>租户、映射、本地账号规则、同步进度、运行历史和审计记录都保存在存储中。sqlite:路径 是本机的文件；postgresql://用户@主机[:端口]/数据库?sslmode=verify-full 是团队共享的数据库。密钥和令牌始终保存在每位管理员自己的密钥环中。</translation>
    </message>
    <message>
        <source>Store URL</source>
        <translation>存储 URL</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the store holds %n tenant(s).</source>
        <translation>
            <numerusform>已连接：存储中有 %n 个租户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved. AuthDesk opens %1 from its next start.</source>
        <translation>已保存。AuthDesk 下次启动时将打开 %1。</translation>
    </message>
</context>
<context>
    <name>StoreUrl</name>
    <message>
        <source>The store &quot;%1&quot; names no file: write sqlite:/path/to/authdesk.sqlite.</source>
        <translation>存储“%1”没有指明文件：请写成 sqlite:/path/to/authdesk.sqlite。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; is neither sqlite:PATH nor postgresql://USER@HOST[:PORT]/DB?sslmode=verify-full|require|disable.</source>
        <translation>存储“%1”既不是 sqlite:路径，也不是 postgresql://用户@主机[:端口]/数据库?sslmode=verify-full|require|disable。</translation>
    </message>
    <message>
        <source>sslmode must be verify-full, require or disable (got &quot;%1&quot;).</source>
        <translation>sslmode 必须是 verify-full、require 或 disable（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>sslmode=require encrypts the connection to %1 but checks no certificate: anyone on the way can pose as the server and read the password and every mapping. Use sslmode=verify-full with the server&apos;s CA.</source>
        <translation>sslmode=require 会加密到 %1 的连接，但不校验证书：途中任何人都可以冒充服务器，读取密码和所有映射。请使用 sslmode=verify-full 并配置服务器的 CA。</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>服务 %1</translation>
    </message>
    <message>
        <source>socket %1</source>
        <translation>套接字 %1</translation>
    </message>
    <message>
        <source>(libpq&apos;s default directory)</source>
        <translation>（libpq 的默认目录）</translation>
    </message>
    <message>
        <source>The store URL carries a password, which would end up in shell histories and settings. Leave it out and run &quot;authdesk store login&quot; (the password goes to your keychain), or put it in ~/.pgpass.</source>
        <translation>存储 URL 中带有密码，它会留在 shell 历史和设置中。请去掉密码并运行“authdesk store login”（密码存入您的钥匙串），或写入 ~/.pgpass。</translation>
    </message>
    <message>
        <source>The store URL&apos;s parameter &quot;%1&quot; is not one AuthDesk passes on; it takes %2.</source>
        <translation>存储 URL 的参数“%1”不是 AuthDesk 会传递的参数；可用的参数为 %2。</translation>
    </message>
    <message>
        <source>The store URL&apos;s %1 contains &quot;;&quot;, which libpq&apos;s connection string cannot carry: rename the file or directory.</source>
        <translation>存储 URL 的 %1 含有“;”，libpq 的连接字符串无法携带它：请重命名该文件或目录。</translation>
    </message>
    <message>
        <source>The store URL&apos;s port &quot;%1&quot; is not a port number.</source>
        <translation>存储 URL 的端口“%1”不是有效的端口号。</translation>
    </message>
    <message>
        <source>The store &quot;%1&quot; names the database &quot;%2&quot;, which has a &quot;/&quot;: postgresql://USER@HOST[:PORT]/DB.</source>
        <translation>存储“%1”指定的数据库“%2”含有“/”：请写成 postgresql://USER@HOST[:PORT]/DB。</translation>
    </message>
    <message>
        <source>sslmode=disable sends the password and every mapping in the clear: it is allowed only on this computer (loopback or a Unix socket), not to %1. Use verify-full.</source>
        <translation>sslmode=disable 会明文发送密码和所有映射：只允许用于本机（回环地址或 Unix 套接字），不能用于 %1。请使用 verify-full。</translation>
    </message>
</context>
<context>
    <name>SuggestionDialog</name>
    <message>
        <source>Suggest local accounts</source>
        <translation>推荐本地账号</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>租户</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>外部 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Suggested local account</source>
        <translation>推荐的本地账号</translation>
    </message>
    <message>
        <source>%1 mapping(s) without a local account would get one; %2 have nothing the rule can use and stay empty. Nothing is written until you apply.</source>
        <translation>%1 条没有本地账号的映射将获得推荐;%2 条缺少规则所需的信息,保持为空。点击应用之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>From the company directory, by mobile</source>
        <translation>从公司目录按手机号匹配</translation>
    </message>
    <message>
        <source>From the company directory, by email</source>
        <translation>从公司目录按邮箱匹配</translation>
    </message>
    <message>
        <source>From the company directory, by employee number</source>
        <translation>从公司目录按工号匹配</translation>
    </message>
    <message>
        <source>In the directory</source>
        <translation>目录中</translation>
    </message>
    <message>
        <source>Looking the people up in the company directory…</source>
        <translation>正在公司目录中查找这些人员…</translation>
    </message>
    <message>
        <source>one person</source>
        <translation>一人</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>several people</source>
        <translation>多人</translation>
    </message>
    <message>
        <source>disabled or locked</source>
        <translation>已禁用或锁定</translation>
    </message>
    <message>
        <source>%1 mapping(s) without a local account would get one: exactly one enabled person in the directory has their details. Nothing is written until you apply.</source>
        <translation>%1 个没有本地账号的映射将获得账号:目录中恰好有一个已启用的人员与其信息相符。应用之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>company directory (%1)</source>
        <translation>公司目录(%1)</translation>
    </message>
</context>
<context>
    <name>SuiteCorps</name>
    <message>
        <source>Writing the service-provider app&apos;s corps failed: %1</source>
        <translation>写入服务商应用的企业列表失败：%1</translation>
    </message>
</context>
<context>
    <name>SuiteCorpsView</name>
    <message>
        <source>Corp</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>CorpID</source>
        <translation>CorpID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>AgentID</source>
        <translation>AgentID</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>安装时间</translation>
    </message>
    <message>
        <source>WeCom tenant</source>
        <translation>企业微信租户</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Install into a corp…</source>
        <translation>安装到企业…</translation>
    </message>
    <message>
        <source>Check corps</source>
        <translation>检查企业</translation>
    </message>
    <message>
        <source>Paste ticket…</source>
        <translation>粘贴 Ticket…</translation>
    </message>
    <message>
        <source>Opens WeCom&apos;s install page for this app; the corp&apos;s permanent code goes to the keychain</source>
        <translation>打开企业微信的应用安装页；企业的永久授权码将保存到钥匙串</translation>
    </message>
    <message>
        <source>Asks WeCom (get_auth_info) whether each corp&apos;s authorization still holds</source>
        <translation>向企业微信（get_auth_info）确认每个企业的授权是否仍然有效</translation>
    </message>
    <message>
        <source>For a callback URL on your own server: the suite_ticket it received</source>
        <translation>回调 URL 在您自己的服务器上时：粘贴它收到的 suite_ticket</translation>
    </message>
    <message>
        <source>Events received at the callback URL</source>
        <translation>回调 URL 收到的事件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>AuthDesk listens at %1</source>
        <translation>AuthDesk 正在 %1 监听</translation>
    </message>
    <message>
        <source>No callback URL: paste the tickets your own server receives.</source>
        <translation>未设置回调 URL：请粘贴您自己的服务器收到的 Ticket。</translation>
    </message>
    <message>
        <source>Reading the tenant&apos;s secrets…</source>
        <translation>正在读取租户的密钥…</translation>
    </message>
    <message>
        <source>No suite_ticket yet: WeCom pushes one to the callback URL every 10 minutes (刷新Ticket in the service-provider console pushes one at once). %1</source>
        <translation>尚无 suite_ticket：企业微信每 10 分钟向回调 URL 推送一次（在服务商管理后台点击“刷新Ticket”会立即推送）。%1</translation>
    </message>
    <message>
        <source>Newest suite_ticket received %1 (%2). %3</source>
        <translation>最新的 suite_ticket 收到于 %1（%2）。%3</translation>
    </message>
    <message>
        <source>✓ authorized</source>
        <translation>✓ 已授权</translation>
    </message>
    <message>
        <source>✗ cancelled</source>
        <translation>✗ 已取消</translation>
    </message>
    <message>
        <source>✗ secret reset</source>
        <translation>✗ 密钥已重置</translation>
    </message>
    <message>
        <source>? unknown</source>
        <translation>? 未知</translation>
    </message>
    <message>
        <source>— (third-party app)</source>
        <translation>—（第三方应用）</translation>
    </message>
    <message>
        <source>Checking each corp with get_auth_info…</source>
        <translation>正在用 get_auth_info 检查每个企业…</translation>
    </message>
    <message numerus="yes">
        <source>%n corp(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 个企业。</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste suite_ticket</source>
        <translation>粘贴 suite_ticket</translation>
    </message>
    <message>
        <source>The newest suite_ticket your callback server received for %1:</source>
        <translation>您的回调服务器为 %1 收到的最新 suite_ticket：</translation>
    </message>
    <message>
        <source>pasted</source>
        <translation>粘贴</translation>
    </message>
    <message>
        <source>The ticket is kept in the keychain.</source>
        <translation>Ticket 已保存到钥匙串。</translation>
    </message>
    <message>
        <source>Convert userids…</source>
        <translation>转换 userid…</translation>
    </message>
    <message>
        <source>The selected corp&apos;s own userids, as its admin console shows them, as this provider&apos;s open_userid (batch/userid_to_openuserid)</source>
        <translation>将所选企业自己的 userid（即其管理后台显示的）转换为本服务商的 open_userid（batch/userid_to_openuserid）</translation>
    </message>
    <message>
        <source>Convert userids</source>
        <translation>转换 userid</translation>
    </message>
    <message>
        <source>The corp&apos;s own userids, separated by spaces or commas:</source>
        <translation>企业自己的 userid，以空格或逗号分隔：</translation>
    </message>
    <message>
        <source>Install the app in a corp and select it first.</source>
        <translation>请先将应用安装到企业并选中该企业。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: not a member the app can see</source>
        <translation>%1：不是应用可见的成员</translation>
    </message>
</context>
<context>
    <name>SuiteSession</name>
    <message>
        <source>&quot;%1&quot; is not a WeCom service-provider app (its provider is %2).</source>
        <translation>“%1”不是企业微信服务商应用（其平台为 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no callback URL to listen on.</source>
        <translation>“%1”没有可供监听的回调 URL。</translation>
    </message>
    <message>
        <source>Set its Callback URL (e.g. http://127.0.0.1:8790/wecom/suite), or paste the tickets your own server receives.</source>
        <translation>请设置其回调 URL（例如 http://127.0.0.1:8790/wecom/suite），或粘贴您自己的服务器收到的 Ticket。</translation>
    </message>
    <message>
        <source>Listening for WeCom&apos;s callbacks</source>
        <translation>正在监听企业微信的回调</translation>
    </message>
    <message>
        <source>A callback was refused</source>
        <translation>拒绝了一个回调</translation>
    </message>
    <message>
        <source>Callback URL verified</source>
        <translation>回调 URL 验证通过</translation>
    </message>
    <message>
        <source>receiveid %1</source>
        <translation>receiveid %1</translation>
    </message>
    <message>
        <source>The event could not be recorded</source>
        <translation>无法记录该事件</translation>
    </message>
    <message>
        <source>An event of another suite</source>
        <translation>另一个套件的事件</translation>
    </message>
    <message>
        <source>%1 for suite %2 (receiveid %3), not this tenant&apos;s %4: it is not kept.</source>
        <translation>%1 属于套件 %2（receiveid %3），不是本租户的 %4：未保存。</translation>
    </message>
    <message>
        <source>pushed</source>
        <translation>推送</translation>
    </message>
    <message>
        <source>Installed from WeCom (create_auth)</source>
        <translation>已在企业微信中安装（create_auth）</translation>
    </message>
    <message>
        <source>Secret reset in WeCom (reset_permanent_code)</source>
        <translation>已在企业微信中重置密钥（reset_permanent_code）</translation>
    </message>
    <message>
        <source>exchanging the auth_code for the corp&apos;s permanent code</source>
        <translation>正在用 auth_code 换取企业的永久授权码</translation>
    </message>
    <message>
        <source>The install could not be completed</source>
        <translation>无法完成安装</translation>
    </message>
    <message>
        <source>cancel_auth received</source>
        <translation>收到 cancel_auth</translation>
    </message>
    <message>
        <source>the corp cancelled the authorization</source>
        <translation>企业取消了授权</translation>
    </message>
    <message>
        <source>Authorization cancelled (cancel_auth)</source>
        <translation>授权已取消（cancel_auth）</translation>
    </message>
    <message>
        <source>the corp changed the authorization</source>
        <translation>企业变更了授权</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
    <message>
        <source>The suite_ticket is empty.</source>
        <translation>suite_ticket 为空。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Newest suite_ticket kept in the keychain</source>
        <translation>最新的 suite_ticket 已保存到钥匙串</translation>
    </message>
    <message>
        <source>The install named no corp.</source>
        <translation>安装结果中没有企业。</translation>
    </message>
    <message>
        <source>Installed in %1 (%2); its permanent code is in the keychain.</source>
        <translation>已安装到 %1（%2）；其永久授权码已保存到钥匙串。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Installed in %1 (%2) as a 代开发 app: tenant &quot;%3&quot; signs its members in with the permanent code as its corpsecret.</source>
        <translation>已作为代开发应用安装到 %1（%2）：租户“%3”以永久授权码作为 corpsecret 为其成员登录。</translation>
    </message>
    <message>
        <source>get_auth_info answered</source>
        <translation>get_auth_info 已应答</translation>
    </message>
    <message>
        <source>AuthDesk holds no permanent code for corp %1: install the app there first.</source>
        <translation>AuthDesk 没有企业 %1 的永久授权码：请先将应用安装到该企业。</translation>
    </message>
    <message>
        <source>The pushed suite_ticket could not be kept</source>
        <translation>无法保存推送来的 suite_ticket</translation>
    </message>
</context>
<context>
    <name>SyncClaims</name>
    <message>
        <source>%1 (since %2)</source>
        <translation>%1（自 %2 起）</translation>
    </message>
    <message>
        <source>another AuthDesk</source>
        <translation>另一个 AuthDesk</translation>
    </message>
</context>
<context>
    <name>SystemBrowser</name>
    <message>
        <source>No browser could be opened for %1: set the BROWSER environment variable, or open the address yourself.</source>
        <translation>无法为 %1 打开浏览器:请设置 BROWSER 环境变量,或自行打开该地址。</translation>
    </message>
    <message>
        <source>The browser &quot;%1&quot; (BROWSER) could not be started.</source>
        <translation>无法启动浏览器“%1”(BROWSER)。</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <source>Check credentials</source>
        <translation>检查凭据</translation>
    </message>
    <message>
        <source>Edit tenant</source>
        <translation>编辑租户</translation>
    </message>
    <message>
        <source>Add tenant</source>
        <translation>添加租户</translation>
    </message>
    <message>
        <source>Leave empty to keep the secret in the keychain</source>
        <translation>留空则保留密钥环中的密钥</translation>
    </message>
    <message>
        <source>Stored in the OS keychain only</source>
        <translation>仅保存在系统密钥环中</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>接口地址</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>检查中…</translation>
    </message>
    <message>
        <source>Enter the %1 first.</source>
        <translation>请先输入 %1。</translation>
    </message>
    <message>
        <source>Optional overrides, one per line: KEY=https://… (keys: %1)</source>
        <translation>可选的地址覆盖,每行一个:键=https://…(键:%1)</translation>
    </message>
    <message>
        <source>How many of this tenant&apos;s runs the History tab keeps; older ones are dropped</source>
        <translation>“历史”标签页为该租户保留的运行数量；更早的会被删除</translation>
    </message>
    <message>
        <source>Runs kept</source>
        <translation>保留运行数</translation>
    </message>
    <message>
        <source>Optional: a PEM file of your company&apos;s certificate authority</source>
        <translation>可选:贵公司证书颁发机构的 PEM 文件</translation>
    </message>
    <message>
        <source>Trusted for this tenant&apos;s endpoints besides the system&apos;s authorities, for a Keycloak or proxy behind your own CA. Verification is never skipped.</source>
        <translation>除系统信任的证书颁发机构外,此租户的端点还信任该 CA,适用于部署在自建 CA 之后的 Keycloak 或代理。证书校验从不跳过。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA 证书包</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No rotation period</source>
        <translation>不设轮换周期</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Health checks warn when the secret is older than this</source>
        <translation>密钥超过此期限时,健康检查会发出警告</translation>
    </message>
    <message>
        <source>Rotate secret every</source>
        <translation>密钥轮换周期</translation>
    </message>
    <message>
        <source>Public key (JWKS)…</source>
        <translation>公钥(JWKS)…</translation>
    </message>
    <message>
        <source>The public half of the key pair AuthDesk made, to register at the provider</source>
        <translation>AuthDesk 生成的密钥对中的公钥,用于在身份提供方处登记</translation>
    </message>
    <message>
        <source>Save the tenant first: AuthDesk makes its key pair when it is saved.</source>
        <translation>请先保存租户:AuthDesk 会在保存时生成密钥对。</translation>
    </message>
    <message>
        <source>Public key of %1</source>
        <translation>%1 的公钥</translation>
    </message>
    <message>
        <source>Register this JWKS at the provider for client %1 (it is on the clipboard):

%2</source>
        <translation>请在身份提供方处为客户端 %1 登记此 JWKS(已复制到剪贴板):

%2</translation>
    </message>
    <message>
        <source>Leave empty to keep what the keychain holds</source>
        <translation>留空则保留钥匙串中的值</translation>
    </message>
    <message>
        <source>Optional; stored in the OS keychain only</source>
        <translation>可选；仅保存在系统钥匙串中</translation>
    </message>
</context>
<context>
    <name>TenantHealth</name>
    <message>
        <source>This tenant has no secret (a public client).</source>
        <translation>此租户没有密钥（公共客户端）。</translation>
    </message>
    <message>
        <source>Enter it again: Edit tenant in the console, or &quot;authdesk tenant add&quot;.</source>
        <translation>请重新输入：在控制台中“编辑租户”，或使用“authdesk tenant add”。</translation>
    </message>
    <message>
        <source>The %1 is in this keychain.</source>
        <translation>%1 在本机密钥环中。</translation>
    </message>
    <message>
        <source>No answer of the platform&apos;s carried a Date to compare this computer&apos;s clock with.</source>
        <translation>平台的应答中没有 Date，无法与本机时钟比较。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock agrees with the platform&apos;s (within a minute).</source>
        <translation>本机时钟与平台一致（误差在一分钟内）。</translation>
    </message>
    <message>
        <source>Signed requests are refused past 5 minutes: set the clock right (timedatectl set-ntp true).</source>
        <translation>签名请求在时钟偏差超过 5 分钟时会被拒绝：请校准时钟（timedatectl set-ntp true）。</translation>
    </message>
    <message>
        <source>Tokens are judged with a minute of skew: set the clock right (timedatectl set-ntp true).</source>
        <translation>令牌校验只容许一分钟的偏差：请校准时钟（timedatectl set-ntp true）。</translation>
    </message>
    <message>
        <source>No kept run of this tenant succeeded.</source>
        <translation>此租户保留的运行记录中没有成功的。</translation>
    </message>
    <message>
        <source>Run an authorization to verify the sign-in end to end.</source>
        <translation>请运行一次授权，端到端验证登录。</translation>
    </message>
    <message numerus="yes">
        <source>The last successful run was %n day(s) ago.</source>
        <translation>
            <numerusform>最近一次成功运行是在 %n 天前。</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s behind the platform&apos;s.</source>
        <translation>本机时钟比平台慢 %1 秒。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s ahead of the platform&apos;s.</source>
        <translation>本机时钟比平台快 %1 秒。</translation>
    </message>
    <message>
        <source>No %1 is set: directory syncs list by department.</source>
        <translation>未设置 %1：通讯录同步将按部门列出成员。</translation>
    </message>
    <message>
        <source>The %1 works: it fetches a token of its own.</source>
        <translation>%1 可用：它能获取自己的令牌。</translation>
    </message>
    <message>
        <source>Enter the %1 again (Edit tenant).</source>
        <translation>请重新输入 %1（编辑租户）。</translation>
    </message>
    <message>
        <source>AuthDesk has not recorded when the %1 was set (before this version kept the date).</source>
        <translation>AuthDesk 没有记录 %1 的设置时间(在本版本开始记录日期之前设置)。</translation>
    </message>
    <message>
        <source>Enter the %1 again (Edit tenant) to start counting its age.</source>
        <translation>请重新输入 %1(编辑租户),以开始计算其使用时长。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 was set %n day(s) ago; no rotation period is set.</source>
        <translation>
            <numerusform>%1 设置于 %n 天前;未设置轮换周期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %1 is %n day(s) old, past its rotation period of %2 days.</source>
        <translation>
            <numerusform>%1 已使用 %n 天,超过了 %2 天的轮换周期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Make a new %1 on the platform and enter it (Edit tenant).</source>
        <translation>请在平台上生成新的 %1 并重新输入(编辑租户)。</translation>
    </message>
    <message numerus="yes">
        <source>The %1 is %n day(s) old; it is due for rotation in %2 days.</source>
        <translation>
            <numerusform>%1 已使用 %n 天;距轮换还有 %2 天。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantSecrets</name>
    <message>
        <source>The keychain holds no %1 for this tenant. Edit the tenant and enter it again.</source>
        <translation>钥匙串中没有该租户的 %1。请编辑租户并重新输入。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知的平台“%1”。</translation>
    </message>
</context>
<context>
    <name>TenantStore</name>
    <message>
        <source>it was written by a newer AuthDesk (schema %1, this build knows %2)</source>
        <translation>它由更新版本的 AuthDesk 写入(结构版本 %1,本版本支持 %2)</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; already exists. Pick another name or edit that tenant.</source>
        <translation>名为“%1”的租户已存在。请换一个名称,或编辑该租户。</translation>
    </message>
    <message>
        <source>Saving tenant &quot;%1&quot; failed: %2</source>
        <translation>保存租户“%1”失败:%2</translation>
    </message>
    <message>
        <source>Removing tenant &quot;%1&quot; failed: %2</source>
        <translation>删除租户“%1”失败:%2</translation>
    </message>
    <message>
        <source>There is no tenant named &quot;%1&quot;. Run &quot;authdesk tenant list&quot; to see the names.</source>
        <translation>没有名为“%1”的租户。运行“authdesk tenant list”查看所有名称。</translation>
    </message>
    <message>
        <source>The new name is empty. Give the tenant a name.</source>
        <translation>新名称为空。请为租户起一个名称。</translation>
    </message>
    <message>
        <source>was &quot;%1&quot;</source>
        <translation>原名“%1”</translation>
    </message>
    <message>
        <source>its mappings deleted</source>
        <translation>其映射已删除</translation>
    </message>
    <message>
        <source>its mappings kept</source>
        <translation>其映射已保留</translation>
    </message>
</context>
<context>
    <name>TokenSession</name>
    <message>
        <source>No tokens are kept for this tenant: run the authorization with &quot;keep tokens&quot; (--keep-tokens) first.</source>
        <translation>该租户没有保存令牌:请先勾选“保存令牌”(--keep-tokens)运行授权。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知的平台“%1”。</translation>
    </message>
    <message>
        <source>Client credentials grant</source>
        <translation>客户端凭据授权</translation>
    </message>
    <message>
        <source>Token %1 (%2)</source>
        <translation>令牌 %1(%2)</translation>
    </message>
    <message>
        <source>%1 But what is left could not be kept: %2</source>
        <translation>%1 但剩余的令牌无法保存:%2</translation>
    </message>
    <message>
        <source>%1 offers no %2 of its tokens: only its %3.</source>
        <translation>%1 不支持对其令牌执行 %2:只支持 %3。</translation>
    </message>
</context>
<context>
    <name>UrlRules</name>
    <message>
        <source>%1 must be an absolute URL such as https://example.com/path (got &quot;%2&quot;).</source>
        <translation>%1必须是完整的 URL,例如 https://example.com/path(收到的是“%2”)。</translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password.</source>
        <translation>%1不能包含用户名或密码。</translation>
    </message>
    <message>
        <source>%1 uses plain http to %2. AuthDesk only allows http for loopback addresses (127.0.0.1, ::1, localhost); use https.</source>
        <translation>%1对 %2 使用了明文 http。AuthDesk 只允许对回环地址(127.0.0.1、::1、localhost)使用 http;请使用 https。</translation>
    </message>
    <message>
        <source>%1 must use https (got scheme &quot;%2&quot;).</source>
        <translation>%1必须使用 https(收到的协议是“%2”)。</translation>
    </message>
    <message>
        <source>The redirect URI</source>
        <translation>回调地址</translation>
    </message>
    <message>
        <source>The redirect URI is required: copy it exactly as registered on the platform.</source>
        <translation>回调地址为必填项:请按平台上登记的地址原样复制。</translation>
    </message>
    <message>
        <source>The redirect URI must not contain a fragment (#...).</source>
        <translation>回调地址不能包含片段(#...)。</translation>
    </message>
</context>
<context>
    <name>UserFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>WeComCallbackCrypto</name>
    <message numerus="yes">
        <source>The EncodingAESKey must be the 43 characters the WeCom console shows (got %n character(s)).</source>
        <translation>
            <numerusform>EncodingAESKey 必须是企业微信后台显示的 43 个字符(收到 %n 个字符)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy it again from the app&apos;s callback settings (接收事件服务器).</source>
        <translation>请从应用的回调设置(接收事件服务器)中重新复制。</translation>
    </message>
    <message>
        <source>The encrypted text is not WeCom&apos;s: it does not decrypt with this EncodingAESKey.</source>
        <translation>该密文不是企业微信的:无法用此 EncodingAESKey 解密。</translation>
    </message>
    <message>
        <source>Check that the EncodingAESKey is this app&apos;s, and that the text was copied whole.</source>
        <translation>请确认 EncodingAESKey 属于此应用,且密文已完整复制。</translation>
    </message>
    <message>
        <source>The message is for %1, not %2.</source>
        <translation>该消息的接收方是 %1,而不是 %2。</translation>
    </message>
    <message>
        <source>URL verification is for the provider&apos;s corpid, 指令回调 for the suite id, 数据回调 for the authorizing corp: check which callback URL this came to.</source>
        <translation>URL 验证的接收方是服务商 corpid,指令回调是 suite id,数据回调是授权企业:请检查消息发到了哪个回调 URL。</translation>
    </message>
    <message>
        <source>The query lacks msg_signature, timestamp or nonce.</source>
        <translation>查询字符串缺少 msg_signature、timestamp 或 nonce。</translation>
    </message>
    <message>
        <source>Paste the whole query string of the callback request.</source>
        <translation>请粘贴回调请求的完整查询字符串。</translation>
    </message>
    <message>
        <source>Neither an echostr in the query nor an &lt;Encrypt&gt; element in the body.</source>
        <translation>查询字符串中没有 echostr,请求体中也没有 &lt;Encrypt&gt; 元素。</translation>
    </message>
    <message>
        <source>URL verification is a GET with echostr; an event is a POST whose XML body holds &lt;Encrypt&gt;.</source>
        <translation>URL 验证是带 echostr 的 GET 请求;事件是 XML 请求体中含 &lt;Encrypt&gt; 的 POST 请求。</translation>
    </message>
    <message>
        <source>msg_signature does not match: the callback is not from WeCom, or the Token is not this app&apos;s.</source>
        <translation>msg_signature 不匹配:该回调不是企业微信发出的,或 Token 不属于此应用。</translation>
    </message>
    <message>
        <source>Check the Token in the app&apos;s callback settings (接收事件服务器).</source>
        <translation>请检查应用回调设置(接收事件服务器)中的 Token。</translation>
    </message>
</context>
<context>
    <name>WeComProvider</name>
    <message>
        <source>gettoken failed: %1</source>
        <translation>gettoken 失败:%1</translation>
    </message>
    <message>
        <source>gettoken answered HTTP %1; expected 200.</source>
        <translation>gettoken 返回 HTTP %1;应为 200。</translation>
    </message>
    <message>
        <source>WeCom busy (-1)</source>
        <translation>企业微信系统繁忙(-1)</translation>
    </message>
    <message>
        <source>retrying gettoken in %1 ms</source>
        <translation>%1 毫秒后重试 gettoken</translation>
    </message>
    <message>
        <source>gettoken refused the corpsecret (errcode 40001): the secret is wrong or belongs to another app. Copy it again from the app&apos;s page in the WeCom admin console. (errmsg: %1)</source>
        <translation>gettoken 拒绝了 corpsecret(errcode 40001):密钥错误或属于其他应用。请在企业微信管理后台的应用页面重新复制。(errmsg:%1)</translation>
    </message>
    <message>
        <source>gettoken answered errcode 0 without access_token or expires_in.</source>
        <translation>gettoken 返回 errcode 0,但缺少 access_token 或 expires_in。</translation>
    </message>
    <message>
        <source>WeCom (企业微信)</source>
        <translation>企业微信</translation>
    </message>
    <message>
        <source>The CorpID &quot;%1&quot; is not valid: it starts with &quot;ww&quot; (older corps &quot;wx&quot;) followed by letters and digits. Find it in the WeCom admin console under My Company → Company Info.</source>
        <translation>企业 ID“%1”无效:它以“ww”(较早的企业为“wx”)开头,后跟字母和数字。可在企业微信管理后台“我的企业 → 企业信息”中找到。</translation>
    </message>
    <message>
        <source>The AgentID &quot;%1&quot; is not valid: it is the number shown on the self-built app&apos;s page (e.g. 1000002).</source>
        <translation>应用 ID“%1”无效:它是自建应用页面上显示的数字(例如 1000002)。</translation>
    </message>
    <message>
        <source>The user denied the authorization (the redirect carries no code). Nothing was exchanged.</source>
        <translation>用户拒绝了授权(重定向中没有 code)。没有进行任何交换。</translation>
    </message>
    <message>
        <source>system busy; retry later</source>
        <translation>系统繁忙;请稍后重试</translation>
    </message>
    <message>
        <source>invalid secret: check the corpsecret</source>
        <translation>密钥无效:请检查 corpsecret</translation>
    </message>
    <message>
        <source>invalid CorpID: check the tenant&apos;s configuration</source>
        <translation>企业 ID 无效:请检查租户配置</translation>
    </message>
    <message>
        <source>invalid access token</source>
        <translation>access_token 无效</translation>
    </message>
    <message>
        <source>invalid code: it was already used, expired after 5 minutes, or belongs to another app; run the authorization again</source>
        <translation>code 无效:已被使用、超过 5 分钟有效期,或属于其他应用;请重新授权</translation>
    </message>
    <message>
        <source>invalid AgentID: check the tenant&apos;s configuration</source>
        <translation>应用 ID 无效:请检查租户配置</translation>
    </message>
    <message>
        <source>access token expired</source>
        <translation>access_token 已过期</translation>
    </message>
    <message>
        <source>API call frequency limit reached; stopped. Wait a minute before trying again</source>
        <translation>接口调用频率超限;已停止。请等待一分钟后再试</translation>
    </message>
    <message>
        <source>API concurrency limit reached; stopped. Wait and try again</source>
        <translation>接口并发调用超限;已停止。请稍后再试</translation>
    </message>
    <message>
        <source>API not allowed for this app: grant the permission in the WeCom admin console</source>
        <translation>该应用无权调用此接口:请在企业微信管理后台授权</translation>
    </message>
    <message>
        <source>redirect_uri is not a trusted domain of the app: add its host under the app&apos;s trusted domains</source>
        <translation>redirect_uri 不是应用的可信域名:请将其主机加入应用的可信域名</translation>
    </message>
    <message>
        <source>member outside the app&apos;s visible range: widen the app&apos;s visible range</source>
        <translation>成员不在应用的可见范围内:请扩大应用的可见范围</translation>
    </message>
    <message>
        <source>this machine&apos;s IP is not among the app&apos;s trusted IPs: add it in the WeCom admin console</source>
        <translation>本机 IP 不在应用的企业可信 IP 中:请在企业微信管理后台添加</translation>
    </message>
    <message>
        <source>userid not found</source>
        <translation>找不到该 userid</translation>
    </message>
    <message>
        <source>user_ticket expired: run the snsapi_privateinfo authorization again</source>
        <translation>user_ticket 已过期:请重新进行 snsapi_privateinfo 授权</translation>
    </message>
    <message>
        <source>see the WeCom error code reference</source>
        <translation>请查阅企业微信全局错误码说明</translation>
    </message>
    <message>
        <source>errcode %1 (%2): %3</source>
        <translation>errcode %1(%2):%3</translation>
    </message>
    <message>
        <source>Token reused from cache</source>
        <translation>复用缓存中的令牌</translation>
    </message>
    <message>
        <source>Token fetched</source>
        <translation>已获取令牌</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2; WeCom answers 200 with a JSON body. Check the &quot;api&quot; endpoint.</source>
        <translation>%1 返回 HTTP %2;企业微信应返回 200 和 JSON。请检查“api”接口地址。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>Token rejected, fetching a new one</source>
        <translation>令牌被拒绝,正在重新获取</translation>
    </message>
    <message>
        <source>retrying %1 in %2 ms</source>
        <translation>%2 毫秒后重试 %1</translation>
    </message>
    <message>
        <source>AuthDesk made no further calls.</source>
        <translation>AuthDesk 没有再发出任何调用。</translation>
    </message>
    <message>
        <source>auth/getuserinfo answered errcode 0 but with neither userid nor openid.</source>
        <translation>auth/getuserinfo 返回 errcode 0,但既没有 userid 也没有 openid。</translation>
    </message>
    <message>
        <source>Non-member identified by openid</source>
        <translation>非企业成员,以 openid 识别</translation>
    </message>
    <message>
        <source>Member details unavailable</source>
        <translation>无法获取成员详情</translation>
    </message>
    <message>
        <source>Sensitive details unavailable</source>
        <translation>无法获取敏感信息</translation>
    </message>
    <message>
        <source>The corpsecret works: gettoken issued a token valid for %1 s.</source>
        <translation>corpsecret 有效:gettoken 签发了有效期 %1 秒的令牌。</translation>
    </message>
    <message>
        <source>CorpID</source>
        <translation>企业 ID(CorpID)</translation>
    </message>
    <message>
        <source>AgentID</source>
        <translation>应用 ID(AgentID)</translation>
    </message>
    <message>
        <source>OAuth scope</source>
        <translation>OAuth 授权范围</translation>
    </message>
    <message>
        <source>Department names unavailable; showing ids</source>
        <translation>无法获取部门名称;显示部门 ID</translation>
    </message>
    <message>
        <source>%1 answered HTTP 200 without %2: the answer is malformed, so nothing in it is believed. Check the &quot;api&quot; endpoint (a proxy may be answering instead of WeCom).</source>
        <translation>%1 返回了 HTTP 200 但缺少%2：返回格式错误，因此其中的内容均不予采信。请检查“api”端点（可能是代理在代替企业微信应答）。</translation>
    </message>
    <message>
        <source>a numeric errcode</source>
        <translation>数字 errcode</translation>
    </message>
    <message>
        <source>its department list</source>
        <translation>部门列表</translation>
    </message>
    <message>
        <source>its userlist</source>
        <translation>成员列表（userlist）</translation>
    </message>
    <message>
        <source>API calls per minute</source>
        <translation>每分钟 API 调用次数</translation>
    </message>
    <message>
        <source>API calls per minute &quot;%1&quot; is not a positive number (WeCom allows 10000 per API).</source>
        <translation>每分钟 API 调用次数“%1”不是正数（企业微信每个接口允许 10000 次）。</translation>
    </message>
    <message>
        <source>its dept_user list</source>
        <translation>其 dept_user 列表</translation>
    </message>
    <message>
        <source>WeCom&apos;s authorization page refused the request instead of showing the login (errcode %1): %2</source>
        <translation>企业微信的授权页面没有显示登录，而是拒绝了请求（errcode %1）：%2</translation>
    </message>
    <message>
        <source>the API&apos;s daily call quota is used up; stopped. It resets at midnight (Beijing time): try again tomorrow, or raise the quota in the WeCom admin console</source>
        <translation>该接口的每日调用额度已用完；已停止。额度在北京时间零点重置：请明天再试，或在企业微信管理后台提高额度</translation>
    </message>
    <message>
        <source>WeCom refuses calls from this machine&apos;s IP (60020).</source>
        <translation>企业微信拒绝来自本机 IP 的调用（60020）。</translation>
    </message>
    <message>
        <source>WeCom refuses calls from this machine&apos;s IP, which it sees as %1 (60020).</source>
        <translation>企业微信拒绝来自本机 IP 的调用，它看到的地址是 %1（60020）。</translation>
    </message>
    <message>
        <source>Add %1 under the app&apos;s 企业可信IP in the WeCom admin console.</source>
        <translation>请在企业微信管理后台将 %1 加入应用的“企业可信IP”。</translation>
    </message>
    <message>
        <source>this machine&apos;s public IP</source>
        <translation>本机的公网 IP</translation>
    </message>
    <message>
        <source>WeCom accepts calls from this machine&apos;s IP.</source>
        <translation>企业微信接受来自本机 IP 的调用。</translation>
    </message>
    <message>
        <source>The app is disabled.</source>
        <translation>该应用已停用。</translation>
    </message>
    <message>
        <source>The app&apos;s visible range is empty: nobody can use it (60011).</source>
        <translation>应用的可见范围为空：没有人能使用它（60011）。</translation>
    </message>
    <message>
        <source>The app is enabled and visible to members.</source>
        <translation>应用已启用，且对成员可见。</translation>
    </message>
    <message>
        <source>Enable the app in the WeCom admin console.</source>
        <translation>请在企业微信管理后台启用该应用。</translation>
    </message>
    <message>
        <source>Add members, departments or tags to the app&apos;s visible range.</source>
        <translation>请把成员、部门或标签加入应用的可见范围。</translation>
    </message>
    <message>
        <source>The redirect URI&apos;s host is the app&apos;s trusted domain %1.</source>
        <translation>重定向地址的主机就是应用的可信域名 %1。</translation>
    </message>
    <message>
        <source>The redirect URI names a port (%1); WeCom&apos;s trusted domain %2 does not match it then (50001).</source>
        <translation>重定向地址带有端口（%1）；此时企业微信的可信域名 %2 无法与之匹配（50001）。</translation>
    </message>
    <message>
        <source>The redirect URI&apos;s host %1 is not the app&apos;s trusted domain &quot;%2&quot; (50001).</source>
        <translation>重定向地址的主机 %1 不是应用的可信域名“%2”（50001）。</translation>
    </message>
    <message>
        <source>Make the redirect URI&apos;s host, without a port, the app&apos;s trusted domain (网页授权及JS-SDK).</source>
        <translation>请把不带端口的重定向地址主机设为应用的可信域名（网页授权及JS-SDK）。</translation>
    </message>
    <message>
        <source>Contacts-sync secret</source>
        <translation>通讯录同步 Secret</translation>
    </message>
    <message>
        <source>invalid parameter (an auth_code is at least 64 characters): check what was sent</source>
        <translation>参数无效（auth_code 至少 64 个字符）：请检查发送的内容</translation>
    </message>
    <message>
        <source>the pre_auth_code is invalid or expired (20 minutes): start the install again</source>
        <translation>pre_auth_code 无效或已过期（20 分钟）：请重新开始安装</translation>
    </message>
    <message>
        <source>the auth_code was already used, expired after 10 minutes, or came from a login rather than an install: install again</source>
        <translation>auth_code 已被使用、已超过 10 分钟过期，或来自登录而非安装：请重新安装</translation>
    </message>
    <message>
        <source>invalid suite_secret: copy it again from the app&apos;s page in the service-provider console</source>
        <translation>suite_secret 无效：请从服务商管理后台的应用页面重新复制</translation>
    </message>
    <message>
        <source>invalid suite or provider token, or the corp never authorized this suite</source>
        <translation>套件或服务商令牌无效，或该企业从未授权此套件</translation>
    </message>
    <message>
        <source>invalid SuiteID (get_suite_token must be a POST): check the tenant&apos;s SuiteID</source>
        <translation>SuiteID 无效（get_suite_token 必须用 POST）：请检查租户的 SuiteID</translation>
    </message>
    <message>
        <source>the corp cancelled the authorization or its permanent code was reset: install the app in the corp again</source>
        <translation>企业已取消授权或其永久授权码已重置：请在该企业重新安装应用</translation>
    </message>
    <message>
        <source>the suite_ticket is stale or another suite&apos;s: check that the callback URL receives this suite&apos;s pushes (several suites sharing one URL overwrite each other&apos;s tickets)</source>
        <translation>suite_ticket 已过期或属于另一个套件：请检查回调 URL 是否收到本套件的推送（多个套件共用一个 URL 会互相覆盖 Ticket）</translation>
    </message>
    <message>
        <source>suite_access_token expired</source>
        <translation>suite_access_token 已过期</translation>
    </message>
    <message>
        <source>the SuiteID does not match the suite token&apos;s suite</source>
        <translation>SuiteID 与套件令牌所属的套件不一致</translation>
    </message>
    <message>
        <source>invalid user_ticket: run the sign-in again</source>
        <translation>user_ticket 无效：请重新登录</translation>
    </message>
</context>
<context>
    <name>WeComSuiteProvider</name>
    <message>
        <source>WeCom service-provider app (企业微信第三方应用 / 代开发)</source>
        <translation>企业微信服务商应用（第三方应用 / 代开发）</translation>
    </message>
    <message>
        <source>SuiteID</source>
        <translation>SuiteID</translation>
    </message>
    <message>
        <source>Provider CorpID</source>
        <translation>服务商 CorpID</translation>
    </message>
    <message>
        <source>Callback URL (指令回调)</source>
        <translation>回调 URL（指令回调）</translation>
    </message>
    <message>
        <source>OAuth scope</source>
        <translation>OAuth scope</translation>
    </message>
    <message>
        <source>Install as</source>
        <translation>安装方式</translation>
    </message>
    <message>
        <source>API calls per minute</source>
        <translation>每分钟 API 调用数</translation>
    </message>
    <message>
        <source>Callback Token</source>
        <translation>回调 Token</translation>
    </message>
    <message>
        <source>EncodingAESKey</source>
        <translation>EncodingAESKey</translation>
    </message>
    <message>
        <source>ProviderSecret</source>
        <translation>ProviderSecret</translation>
    </message>
    <message>
        <source>Suite ticket</source>
        <translation>Suite ticket</translation>
    </message>
    <message>
        <source>The SuiteID &quot;%1&quot; is not valid: a third-party app&apos;s starts with &quot;ww&quot; (older ones &quot;wx&quot; or &quot;tj&quot;), a 代开发 template&apos;s with &quot;dk&quot;. Find it in the service-provider console under 应用管理.</source>
        <translation>SuiteID“%1”无效：第三方应用的以“ww”开头（较早的为“wx”或“tj”），代开发模版的以“dk”开头。请在服务商管理后台的“应用管理”中查找。</translation>
    </message>
    <message>
        <source>The provider CorpID &quot;%1&quot; is not valid: it starts with &quot;ww&quot; and is shown in the service-provider console under 服务商信息.</source>
        <translation>服务商 CorpID“%1”无效：它以“ww”开头，显示在服务商管理后台的“服务商信息”中。</translation>
    </message>
    <message>
        <source>The callback URL &quot;%1&quot; is not a URL with a port, e.g. http://127.0.0.1:8790/wecom/suite.</source>
        <translation>回调 URL“%1”不是带端口的 URL，例如 http://127.0.0.1:8790/wecom/suite。</translation>
    </message>
    <message>
        <source>No suite_ticket has reached AuthDesk yet, so there is no suite token (no call was made). WeCom pushes one to the callback URL every 10 minutes: let AuthDesk listen there (authdesk suite ticket NAME --listen), press 刷新Ticket in the service-provider console, or paste the ticket your own server received (authdesk suite ticket NAME --paste-stdin).</source>
        <translation>AuthDesk 尚未收到 suite_ticket，因此没有套件令牌（未发出任何调用）。企业微信每 10 分钟向回调 URL 推送一次：让 AuthDesk 在那里监听（authdesk suite ticket NAME --listen），在服务商管理后台点击“刷新Ticket”，或粘贴您自己的服务器收到的 Ticket（authdesk suite ticket NAME --paste-stdin）。</translation>
    </message>
    <message>
        <source>The suite_secret and the newest suite_ticket work: get_suite_token issued a token valid for %1 s.</source>
        <translation>suite_secret 与最新的 suite_ticket 有效：get_suite_token 签发了有效期 %1 秒的令牌。</translation>
    </message>
    <message>
        <source>get_pre_auth_code answered errcode 0 without pre_auth_code.</source>
        <translation>get_pre_auth_code 返回 errcode 0，但没有 pre_auth_code。</translation>
    </message>
    <message>
        <source>Install session set: test authorization (auth_type 1)</source>
        <translation>已设置安装会话：测试授权（auth_type 1）</translation>
    </message>
    <message>
        <source>Install session set: released app (auth_type 0)</source>
        <translation>已设置安装会话：正式授权（auth_type 0）</translation>
    </message>
    <message>
        <source>The authorization was not given (the redirect carries neither auth_code nor code). Nothing was exchanged.</source>
        <translation>未获授权（重定向中既没有 auth_code 也没有 code）。未进行任何交换。</translation>
    </message>
    <message>
        <source>getuserinfo3rd answered errcode 0 with neither corpid and userid nor openid.</source>
        <translation>getuserinfo3rd 返回 errcode 0，但既没有 corpid 和 userid，也没有 openid。</translation>
    </message>
    <message>
        <source>Non-member identified by openid</source>
        <translation>非企业成员，以 openid 识别</translation>
    </message>
    <message>
        <source>These ids are this service provider&apos;s</source>
        <translation>这些 ID 属于本服务商</translation>
    </message>
    <message>
        <source>WeCom gives a service provider&apos;s apps their own ciphertext of the corpid and userid (case-sensitive), not what the corp&apos;s admin console shows; open_userid is the same in every app of this provider. The corp&apos;s own self-built app converts them back (batch/openuserid_to_userid).</source>
        <translation>企业微信给服务商应用的是 corpid 和 userid 的服务商专属密文（区分大小写），与企业管理后台显示的不同；open_userid 在本服务商的所有应用中相同。企业自己的自建应用可将其转换回来（batch/openuserid_to_userid）。</translation>
    </message>
    <message>
        <source>Member details unavailable</source>
        <translation>无法获取成员详情</translation>
    </message>
    <message>
        <source>No name for a third-party app</source>
        <translation>第三方应用无法获取姓名</translation>
    </message>
    <message>
        <source>getuserdetail3rd answers the userid as the name, as WeCom does for every third-party app.</source>
        <translation>getuserdetail3rd 以 userid 作为姓名返回，企业微信对所有第三方应用都是如此。</translation>
    </message>
    <message>
        <source>get_permanent_code answered errcode 0 without permanent_code and auth_corp_info.corpid.</source>
        <translation>get_permanent_code 返回 errcode 0，但没有 permanent_code 和 auth_corp_info.corpid。</translation>
    </message>
    <message>
        <source>get_auth_info lists no app of this suite in the corp.</source>
        <translation>get_auth_info 未列出该企业中本套件的应用。</translation>
    </message>
    <message>
        <source>Installed in %1</source>
        <translation>已安装到 %1</translation>
    </message>
    <message>
        <source>app %1 (AgentID %2)</source>
        <translation>应用 %1（AgentID %2）</translation>
    </message>
    <message>
        <source>A 代开发 app: its permanent code is its secret</source>
        <translation>代开发应用：其永久授权码即其 Secret</translation>
    </message>
    <message>
        <source>gettoken with corpid %1 and the permanent code as corpsecret</source>
        <translation>以 corpid %1、并以永久授权码作为 corpsecret 调用 gettoken</translation>
    </message>
    <message>
        <source>Corp token fetched with the permanent code</source>
        <translation>已用永久授权码获取企业令牌</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 without %3 and expires_in: the answer is malformed. Check the &quot;api&quot; endpoint.</source>
        <translation>%1 返回 HTTP %2，但没有 %3 和 expires_in：应答格式错误。请检查“api”端点。</translation>
    </message>
    <message>
        <source>This needs the provider&apos;s token, and the tenant has no ProviderSecret: edit the tenant and enter it (服务商信息 in the service-provider console).</source>
        <translation>这需要服务商令牌，而该租户没有 ProviderSecret：请编辑租户并输入（见服务商管理后台的“服务商信息”）。</translation>
    </message>
    <message>
        <source>A member of corp %1 signed in, not of %2 as asked. The app is installed in several corps; sign in with an account of %2.</source>
        <translation>登录的是企业 %1 的成员，而不是所要求的 %2。该应用安装在多个企业中；请使用 %2 的账号登录。</translation>
    </message>
    <message>
        <source>(none: a non-member)</source>
        <translation>（无：非企业成员）</translation>
    </message>
    <message>
        <source>get_login_info answered errcode 0 without corp_info.corpid and user_info&apos;s userid.</source>
        <translation>get_login_info 返回 errcode 0，但没有 corp_info.corpid 和 user_info 的 userid。</translation>
    </message>
    <message>
        <source>the corp&apos;s creator</source>
        <translation>企业创建者</translation>
    </message>
    <message>
        <source>an internal system admin</source>
        <translation>内部系统管理员</translation>
    </message>
    <message>
        <source>an external system admin</source>
        <translation>外部系统管理员</translation>
    </message>
    <message>
        <source>a delegated admin (分级管理员)</source>
        <translation>分级管理员</translation>
    </message>
    <message>
        <source>a member</source>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法在 %1 中写入：%2</translation>
    </message>
    <message>
        <source>Cannot start the workbook %1.</source>
        <translation>无法创建工作簿 %1。</translation>
    </message>
    <message>
        <source>Writing the workbook %1 failed: %2</source>
        <translation>写入工作簿 %1 失败：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>AuthDesk&apos;s Excel module could not be loaded (%1).</source>
        <translation>无法加载 AuthDesk 的 Excel 模块（%1）。</translation>
    </message>
    <message>
        <source>Reinstall AuthDesk, or use CSV meanwhile.</source>
        <translation>请重新安装 AuthDesk，在此之前可先使用 CSV。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The tenant name must be 1 to 80 characters without leading or trailing spaces.</source>
        <translation>租户名称须为 1 到 80 个字符,且首尾不能有空格。</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;.</source>
        <translation>未知平台“%1”。</translation>
    </message>
    <message>
        <source>A new tenant needs its %1.</source>
        <translation>新租户需要提供 %1。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; saved.</source>
        <translation>租户“%1”已保存。</translation>
    </message>
    <message>
        <source>There is no tenant named &quot;%1&quot;. Run &quot;authdesk tenant list&quot; to see the names.</source>
        <translation>没有名为“%1”的租户。运行“authdesk tenant list”查看所有名称。</translation>
    </message>
    <message>
        <source>The tenant was kept because its secrets could not be removed from the keychain: %1</source>
        <translation>由于无法从密钥环中删除其密钥,租户已保留:%1</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot; and its keychain entries removed.</source>
        <translation>租户“%1”及其密钥环条目已删除。</translation>
    </message>
    <message>
        <source>Tenant &quot;%1&quot;, its keychain entries and its mappings removed.</source>
        <translation>已删除租户“%1”、其密钥环条目及其映射。</translation>
    </message>
    <message>
        <source>A tenant named &quot;%1&quot; already exists; pick another name.</source>
        <translation>名为“%1”的租户已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>The secret&apos;s rotation period must be 0 (none) to 3650 days.</source>
        <translation>密钥轮换周期必须在 0(不设)到 3650 天之间。</translation>
    </message>
</context>
</TS>
