#include "export/RunExport.h"

#include "net/Redactor.h"
#include "providers/Provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>

namespace {
// Placeholders are marked while a command is assembled and become ${NAME} once the literal text
// around them is quoted for the shell.
const QChar placeholderStart(0x1);
const QChar placeholderEnd(0x2);

QString placeholderName(const QString &field) {
    QString name = field.toUpper();
    for (QChar &c : name)
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    return name;
}

QString marked(const QString &name) {
    return placeholderStart + placeholderName(name) + placeholderEnd;
}

bool isCodeField(const QString &name) {
    return name.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("authCode"), Qt::CaseInsensitive) == 0 ||
           name.compare(QLatin1String("auth_code"), Qt::CaseInsensitive) == 0;
}

// A value the Redactor changed, as the placeholder named after its field; otherwise itself.
std::optional<QString> placeholderFor(const QString &field, const QString &value) {
    if (value == Redactor::mask)
        return marked(field);
    if (isCodeField(field) && value.endsWith(QStringLiteral("…")))
        return marked(QStringLiteral("code"));
    return std::nullopt;
}

// key=value pairs (a query or a form body) with each redacted value a placeholder.
QString pairsWithPlaceholders(const QString &encoded) {
    QStringList parts;
    for (const QString &pair : encoded.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(pair.left(eq).toUtf8());
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        const std::optional<QString> placeholder = placeholderFor(key, value);
        parts << (placeholder ? pair.left(eq + 1) + *placeholder : pair);
    }
    return parts.join(QLatin1Char('&'));
}

QJsonValue jsonWithPlaceholders(const QJsonValue &value, const QString &key = {}) {
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = jsonWithPlaceholders(it.value(), it.key());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = jsonWithPlaceholders(*it, key);
        return array;
    }
    if (value.isString())
        if (const std::optional<QString> placeholder = placeholderFor(key, value.toString()))
            return *placeholder;
    return value;
}

QString headerWithPlaceholder(const QByteArray &name, const QString &value) {
    if (!value.contains(Redactor::mask))
        return value;
    if (name.compare("Authorization", Qt::CaseInsensitive) == 0) {
        if (value.startsWith(QLatin1String("Bearer ")))
            return QStringLiteral("Bearer ") + marked(QStringLiteral("access_token"));
        if (value.startsWith(QLatin1String("Basic ")))
            return QStringLiteral("Basic ") + marked(QStringLiteral("client_credentials"));
    }
    return QString(value).replace(Redactor::mask, marked(QString::fromLatin1(name)));
}

// Quotes `text` for a POSIX shell's double quotes and turns the marks into ${NAME}.
QString shellQuoted(const QString &text) {
    QString out = QStringLiteral("\"");
    bool inPlaceholder = false;
    for (const QChar c : text) {
        if (c == placeholderStart) {
            out += QStringLiteral("${");
            inPlaceholder = true;
        } else if (c == placeholderEnd) {
            out += QLatin1Char('}');
            inPlaceholder = false;
        } else {
            if (!inPlaceholder && (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$') ||
                                   c == QLatin1Char('`')))
                out += QLatin1Char('\\');
            out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString escapedHtml(const QString &text) {
    return text.toHtmlEscaped();
}

QJsonArray harHeaders(const HeaderList &headers) {
    QJsonArray array;
    for (const auto &header : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(header.first)},
                                 {QStringLiteral("value"), QString::fromUtf8(header.second)}});
    return array;
}

QString headerValue(const HeaderList &headers, const char *name) {
    for (const auto &header : headers)
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(header.second);
    return {};
}
} // namespace

QJsonObject RunExport::har(const RunRecord &run) {
    QJsonArray entries;
    for (const HttpExchange &exchange : run.exchanges) {
        QJsonArray queryString;
        for (const auto &item : QUrlQuery(exchange.url).queryItems(QUrl::FullyDecoded))
            queryString.append(
                QJsonObject{{QStringLiteral("name"), item.first}, {QStringLiteral("value"), item.second}});
        QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(exchange.method)},
                            {QStringLiteral("url"), exchange.url.toString()},
                            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
                            {QStringLiteral("cookies"), QJsonArray()},
                            {QStringLiteral("headers"), harHeaders(exchange.requestHeaders)},
                            {QStringLiteral("queryString"), queryString},
                            {QStringLiteral("headersSize"), -1},
                            {QStringLiteral("bodySize"), exchange.requestBody.size()}};
        if (!exchange.requestBody.isEmpty())
            request.insert(QStringLiteral("postData"),
                           QJsonObject{{QStringLiteral("mimeType"),
                                        headerValue(exchange.requestHeaders, "Content-Type")},
                                       {QStringLiteral("text"), QString::fromUtf8(exchange.requestBody)}});
        const QJsonObject response{
            {QStringLiteral("status"), exchange.status},
            {QStringLiteral("statusText"), exchange.error},
            {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), harHeaders(exchange.responseHeaders)},
            {QStringLiteral("content"),
             QJsonObject{{QStringLiteral("size"), exchange.responseBody.size()},
                         {QStringLiteral("mimeType"), headerValue(exchange.responseHeaders, "Content-Type")},
                         {QStringLiteral("text"), QString::fromUtf8(exchange.responseBody)}}},
            {QStringLiteral("redirectURL"), headerValue(exchange.responseHeaders, "Location")},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), exchange.responseBody.size()}};
        entries.append(QJsonObject{
            {QStringLiteral("startedDateTime"), exchange.started.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("time"), double(exchange.durationMs)},
            {QStringLiteral("request"), request},
            {QStringLiteral("response"), response},
            {QStringLiteral("cache"), QJsonObject()},
            {QStringLiteral("timings"), QJsonObject{{QStringLiteral("send"), 0},
                                                    {QStringLiteral("wait"), double(exchange.durationMs)},
                                                    {QStringLiteral("receive"), 0}}},
            {QStringLiteral("comment"),
             exchange.maskedCredentials.isEmpty()
                 ? exchange.purpose
                 : QStringLiteral("%1 · masked as credentials: %2")
                       .arg(exchange.purpose, exchange.maskedCredentials.join(QStringLiteral(", ")))}});
    }
    const QJsonObject page{
        {QStringLiteral("startedDateTime"), run.started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("id"), run.id},
        {QStringLiteral("title"), QStringLiteral("%1 · %2 · %3").arg(run.tenant, run.mode, run.outcome)},
        {QStringLiteral("pageTimings"), QJsonObject()}};
    QJsonArray pageEntries;
    for (QJsonValue entry : entries) {
        QJsonObject object = entry.toObject();
        object.insert(QStringLiteral("pageref"), run.id);
        pageEntries.append(object);
    }
    return {{QStringLiteral("log"),
             QJsonObject{{QStringLiteral("version"), QStringLiteral("1.2")},
                         {QStringLiteral("creator"),
                          QJsonObject{{QStringLiteral("name"), QStringLiteral("AuthDesk")},
                                      {QStringLiteral("version"), QCoreApplication::applicationVersion()}}},
                         {QStringLiteral("pages"), QJsonArray{page}},
                         {QStringLiteral("entries"), pageEntries},
                         {QStringLiteral("comment"), run.error}}}};
}

QString RunExport::curl(const HttpExchange &exchange) {
    QUrl url = exchange.url;
    const QString query = url.query(QUrl::FullyEncoded);
    url.setQuery(QString());
    QString target = url.toString(QUrl::FullyEncoded);
    if (!query.isEmpty())
        target += QLatin1Char('?') + pairsWithPlaceholders(query);
    QStringList parts{QStringLiteral("curl -sS")};
    if (exchange.method != "GET" || !exchange.requestBody.isEmpty())
        parts << QStringLiteral("-X ") + QString::fromLatin1(exchange.method);
    parts << shellQuoted(target);
    for (const auto &header : exchange.requestHeaders)
        parts << QStringLiteral("-H ") +
                     shellQuoted(QString::fromLatin1(header.first) + QStringLiteral(": ") +
                                 headerWithPlaceholder(header.first, QString::fromUtf8(header.second)));
    if (!exchange.requestBody.isEmpty()) {
        const QJsonDocument json = QJsonDocument::fromJson(exchange.requestBody);
        const QString body =
            json.isObject() ? QString::fromUtf8(QJsonDocument(jsonWithPlaceholders(json.object()).toObject())
                                                    .toJson(QJsonDocument::Compact))
            : headerValue(exchange.requestHeaders, "Content-Type")
                    .startsWith(QLatin1String("application/x-www-form"))
                ? pairsWithPlaceholders(QString::fromUtf8(exchange.requestBody))
                : QString::fromUtf8(exchange.requestBody);
        parts << QStringLiteral("--data-binary ") +
                     shellQuoted(QString(body).replace(Redactor::mask, marked(QStringLiteral("secret"))));
    }
    return parts.join(QStringLiteral(" \\\n  "));
}

QString RunExport::curlScript(const RunRecord &run) {
    QStringList commands{
        tr("# AuthDesk run %1 of %2 (%3, %4). Fill in the placeholders before running:")
            .arg(run.id, run.tenant, run.mode, run.started.toLocalTime().toString(Qt::ISODate))};
    QStringList names;
    for (const HttpExchange &exchange : run.exchanges)
        for (const QString &name : placeholders(curl(exchange)))
            if (!names.contains(name))
                names << name;
    for (const QString &name : std::as_const(names))
        commands << QStringLiteral("#   export %1=…").arg(name);
    for (const HttpExchange &exchange : run.exchanges) {
        commands << QString();
        commands << tr("# %1 (HTTP %2 in the run)").arg(exchange.purpose).arg(exchange.status);
        if (headerValue(exchange.requestHeaders, "Authorization").startsWith(QLatin1String("AWS4-")))
            commands << tr(
                "# signed with SigV4: sign it again (authdesk sign) with the same headers before sending");
        commands << curl(exchange);
    }
    return commands.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QStringList RunExport::placeholders(const QString &command) {
    static const QRegularExpression pattern(QStringLiteral("\\$\\{([A-Z0-9_]+)\\}"));
    QStringList names;
    for (auto it = pattern.globalMatch(command); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

QString RunExport::html(const RunRecord &run, const std::optional<Tenant> &tenant) {
    auto row = [](const QString &key, const QString &value) {
        return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(escapedHtml(key), escapedHtml(value));
    };
    const Provider *provider = Provider::find(run.provider);
    const QString facts =
        row(tr("Platform"), provider ? provider->displayName() : run.provider) + row(tr("Mode"), run.mode) +
        row(tr("Started"), run.started.toLocalTime().toString(Qt::ISODateWithMs)) +
        row(tr("Duration"), tr("%1 ms").arg(run.durationMs)) + row(tr("Outcome"), run.outcome) +
        row(tr("Authorization URL"), run.authorizationUrl);
    QString settings;
    if (tenant) {
        settings += row(tr("Redirect URI"), tenant->redirectUri);
        for (auto it = tenant->settings.cbegin(); it != tenant->settings.cend(); ++it)
            settings += row(it.key(), Redactor::text(it.value()));
        for (auto it = tenant->endpoints.cbegin(); it != tenant->endpoints.cend(); ++it)
            settings += row(tr("endpoint %1").arg(it.key()), it.value());
    }
    QString timeline;
    for (const FlowStep &step : run.steps)
        timeline += QStringLiteral("<tr class=\"s%1\"><td>%2</td><td>%3</td><td>%4</td></tr>")
                        .arg(int(step.status))
                        .arg(escapedHtml(step.at.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"))),
                             escapedHtml(step.title), escapedHtml(step.detail));
    QString exchanges;
    for (const HttpExchange &exchange : run.exchanges)
        exchanges += QStringLiteral("<h3>%1 — HTTP %2 (%3 ms)</h3><pre>%4</pre>")
                         .arg(escapedHtml(exchange.purpose))
                         .arg(exchange.status)
                         .arg(exchange.durationMs)
                         .arg(escapedHtml(exchange.toText()));
    const QString outcome =
        run.identity
            ? QStringLiteral("<pre>%1</pre>")
                  .arg(escapedHtml(QString::fromUtf8(QJsonDocument(run.identity->toJson()).toJson())))
            : QStringLiteral("<p class=\"error\">%1</p>").arg(escapedHtml(run.error));
    QString page = QStringLiteral(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>@TITLE@</title><style>"
        "body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}"
        "pre{background:#f6f8fa;padding:8px;white-space:pre-wrap;word-break:break-all}"
        ".s2{background:#fff8e1}.s3,.error{background:#fdecea}.s1{background:#e6f4ea}</style></head><body>"
        "<h1>@TITLE@</h1><table>@FACTS@</table><h2>@SETTINGS_TITLE@</h2><table>@SETTINGS@</table>"
        "<h2>@TIMELINE_TITLE@</h2><table>@TIMELINE@</table><h2>@OUTCOME_TITLE@</h2>@OUTCOME@"
        "<h2>@EXCHANGES_TITLE@</h2>@EXCHANGES@<p><small>@FOOTER@</small></p></body></html>");
    // Filled one part at a time: a part's text never goes through another part's substitution.
    const QList<QPair<QString, QString>> parts = {
        {QStringLiteral("@TITLE@"), escapedHtml(tr("AuthDesk run %1 — %2").arg(run.id, run.tenant))},
        {QStringLiteral("@FACTS@"), facts},
        {QStringLiteral("@SETTINGS_TITLE@"), escapedHtml(tr("Tenant settings (no secrets)"))},
        {QStringLiteral("@SETTINGS@"), settings},
        {QStringLiteral("@TIMELINE_TITLE@"), escapedHtml(tr("Timeline"))},
        {QStringLiteral("@TIMELINE@"), timeline},
        {QStringLiteral("@OUTCOME_TITLE@"), escapedHtml(run.identity ? tr("Identity") : tr("Error"))},
        {QStringLiteral("@OUTCOME@"), outcome},
        {QStringLiteral("@EXCHANGES_TITLE@"), escapedHtml(tr("Exchanges"))},
        {QStringLiteral("@EXCHANGES@"), exchanges},
        {QStringLiteral("@FOOTER@"),
         escapedHtml(tr("Made by AuthDesk %1 on %2.")
                         .arg(QCoreApplication::applicationVersion(),
                              QDateTime::currentDateTime().toString(Qt::ISODate)))}};
    QString out;
    int from = 0;
    for (int at = page.indexOf(QLatin1Char('@')); at >= 0; at = page.indexOf(QLatin1Char('@'), from)) {
        const int end = page.indexOf(QLatin1Char('@'), at + 1);
        const QString key = page.mid(at, end - at + 1);
        const auto part =
            std::find_if(parts.cbegin(), parts.cend(), [&](const auto &p) { return p.first == key; });
        out += page.mid(from, at - from) + (part != parts.cend() ? part->second : key);
        from = end + 1;
    }
    return out + page.mid(from);
}
