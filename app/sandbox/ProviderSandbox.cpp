#include "ProviderSandbox.h"

#include "providers/Provider.h"

#include "crypto/RandomToken.h"

#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QThread>

void ProviderSandbox::setFault(const QString &name, const QString &path, int times, int delayMs, int after) {
    QMutexLocker lock(&m_mutex);
    m_faults.append(
        Fault{name, pageFaults().contains(name) ? QStringLiteral("authorize") : path, times, delayMs, after});
}

void ProviderSandbox::clearFaults() {
    QMutexLocker lock(&m_mutex);
    m_faults.clear();
    m_autoApprove.clear();
}

void ProviderSandbox::setAutoApprove(const QString &user) {
    QMutexLocker lock(&m_mutex);
    m_autoApprove = user;
}

QStringList ProviderSandbox::faults() const {
    return QStringList{QStringLiteral("slow"), QStringLiteral("malformed"), QStringLiteral("empty")} +
           ownFaults() + tokenFaults() + pageFaults();
}

QString ProviderSandbox::faultPath(const QString &fault) const {
    if (pageFaults().contains(fault))
        return QStringLiteral("authorize");
    return tokenFaults().contains(fault) ? tokenApi() : QString();
}

int ProviderSandbox::requestCount(const QString &api) const {
    QMutexLocker lock(&m_mutex);
    return m_requests.value(api);
}

QJsonObject ProviderSandbox::stats() const {
    QMutexLocker lock(&m_mutex);
    QJsonObject object;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

bool ProviderSandbox::takeFault(const QString &api, Fault *fault) {
    countLocked(api);
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &candidate = m_faults[i];
        const bool aimed = candidate.path.isEmpty() ? api != tokenApi() && api != QLatin1String("authorize")
                                                    : candidate.path == api;
        if (!aimed)
            continue;
        if (candidate.after > 0) {
            --candidate.after;
            continue;
        }
        *fault = candidate;
        if (candidate.remaining > 0 && --candidate.remaining == 0)
            m_faults.removeAt(i);
        return true;
    }
    return false;
}

QString ProviderSandbox::apiFault(const QString &api, QByteArray *broken) {
    Fault fault;
    {
        QMutexLocker lock(&m_mutex);
        if (!takeFault(api, &fault))
            return {};
    }
    if (fault.name == QLatin1String("slow")) {
        QThread::msleep(fault.delayMs > 0 ? fault.delayMs : 3000); // only the sandbox thread waits
        QMutexLocker lock(&m_mutex);
        ++m_slowAnswersGiven;
        return {};
    }
    if (fault.name == QLatin1String("empty")) { // what a misconfigured proxy answers with 200
        *broken = QByteArrayLiteral("{}");
        return {};
    }
    if (fault.name == QLatin1String("malformed")) {
        *broken = QByteArrayLiteral("{\"errcode\":0,\"return_code\":0,\"userid\":\"zha");
        return {};
    }
    return fault.name;
}

QString ProviderSandbox::newSessionId() {
    return randomAlphanumeric(24);
}

QHttpServerResponse ProviderSandbox::html(const QString &body, int status) {
    return QHttpServerResponse(QByteArrayLiteral("text/html; charset=utf-8"), body.toUtf8(),
                               QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse ProviderSandbox::json(const QJsonObject &body, int status) {
    return QHttpServerResponse(QByteArrayLiteral("application/json; charset=utf-8"),
                               QJsonDocument(body).toJson(QJsonDocument::Compact),
                               QHttpServerResponse::StatusCode(status));
}

QHttpServerResponse ProviderSandbox::redirect(const QByteArray &location) {
    QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
    response.addHeader(QByteArrayLiteral("Location"), location);
    return response;
}

QHttpServerResponse ProviderSandbox::pickerPage(const QString &title, const QString &subtitle,
                                                const QString &pickPath, const QString &session,
                                                const QList<Choice> &choices) {
    QString items;
    for (const Choice &choice : choices)
        items +=
            QStringLiteral(
                "<li><a id=\"pick-%1\" href=\"%2?session=%3&amp;user=%1\"><b>%4</b><span>%5</span></a></li>")
                .arg(choice.id, pickPath, session, choice.label.toHtmlEscaped(), choice.note.toHtmlEscaped());
    return html(
        QStringLiteral(
            "<!doctype html><html><head><meta charset=utf-8><title>%1</title><style>"
            "body{font-family:'Noto Sans CJK SC',sans-serif;background:#f3f5f7;margin:0;padding:32px}"
            ".card{max-width:420px;margin:auto;background:#fff;border-radius:8px;padding:24px;"
            "box-shadow:0 1px 4px #0002}h1{font-size:18px;color:#1a73e8;margin-top:0}"
            "ul{list-style:none;padding:0}li a{display:flex;justify-content:space-between;padding:12px;"
            "margin:6px 0;border:1px solid #dde;border-radius:6px;text-decoration:none;color:#222}"
            "li a:hover{background:#eef4ff}span{color:#778;font-size:13px}p{color:#667;font-size:13px}"
            "</style></head><body><div class=card><h1>%1</h1><p>%2</p>"
            "<p>选择登录的用户 / Pick who signs in:</p><ul>%3</ul>"
            "<p>AuthDesk 内置沙盒 · This is AuthDesk's built-in sandbox.</p></div></body></html>")
            .arg(title.toHtmlEscaped(), subtitle.toHtmlEscaped(), items));
}

ProviderSandbox::SandboxTenant ProviderSandbox::tenant(const QString &name, const QUrl &sandbox,
                                                       const QString &redirectUri) const {
    Tenant tenant;
    tenant.name = name;
    tenant.provider = key();
    tenant.settings = tenantSettings();
    tenant.redirectUri = redirectUri.isEmpty()
                             ? QStringLiteral("https://app.example.com/sso/%1/callback").arg(key())
                             : redirectUri;
    if (const Provider *provider = Provider::find(key()))
        for (const QString &endpoint : provider->defaultEndpoints().keys())
            tenant.endpoints.insert(endpoint, sandbox.toString(QUrl::StripTrailingSlash));
    return {tenant, tenantSecret()};
}

QString ProviderSandbox::mintCredential(int length, const QString &prefix) {
    const QString credential = prefix + randomAlphanumeric(length);
    witness(credential);
    return credential;
}

QString ProviderSandbox::mintCode(int length) {
    const QString code = randomAlphanumeric(length);
    QMutexLocker lock(&m_witnessMutex);
    m_witnessedCodes << code;
    return code;
}

void ProviderSandbox::witness(const QString &credential) {
    QMutexLocker lock(&m_witnessMutex);
    if (!credential.isEmpty() && !m_witnessed.contains(credential))
        m_witnessed << credential;
}

QStringList ProviderSandbox::witnessedCredentials() const {
    QMutexLocker lock(&m_witnessMutex);
    return QStringList(m_witnessed) << tenantSecret();
}

QStringList ProviderSandbox::witnessedCodes() const {
    QMutexLocker lock(&m_witnessMutex);
    return m_witnessedCodes;
}

int ProviderSandbox::slowAnswersGiven() const {
    QMutexLocker lock(&m_mutex);
    return m_slowAnswersGiven;
}
