#include "OidcSandbox.h"

#include "crypto/Pkce.h"
#include "crypto/RandomToken.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

const QString OidcSandbox::basicClient = QStringLiteral("sandbox-basic");
const QString OidcSandbox::postClient = QStringLiteral("sandbox-post");
const QString OidcSandbox::publicClient = QStringLiteral("sandbox-public");
const QString OidcSandbox::clientSecret = QStringLiteral("SbxOidcClientSecret7Kq2Wm9");

namespace {
constexpr int codeLifetimeSeconds = 5 * 60;
constexpr int idTokenSeconds = 10 * 60;
const QString registeredHost = QStringLiteral("app.example.com");

QString methodOf(const QString &client) {
    if (client == OidcSandbox::basicClient)
        return QStringLiteral("client_secret_basic");
    if (client == OidcSandbox::postClient)
        return QStringLiteral("client_secret_post");
    if (client == OidcSandbox::publicClient)
        return QStringLiteral("none");
    return {};
}

// Registered for every client: https on app.example.com, and loopback (the tests' listeners).
bool registered(const QUrl &redirect) {
    const bool loopback =
        redirect.host() == QLatin1String("127.0.0.1") || redirect.host() == QLatin1String("localhost");
    return redirect.isValid() && !redirect.hasFragment() &&
           (loopback || (redirect.scheme() == QLatin1String("https") && redirect.host() == registeredHost));
}

QHttpServerResponse oauthError(const QString &error, const QString &description, int status = 400) {
    QHttpServerResponse response = ProviderSandbox::json(
        {{QStringLiteral("error"), error}, {QStringLiteral("error_description"), description}}, status);
    if (status == 401)
        response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                           QByteArrayLiteral("Basic realm=\"sandbox\""));
    return response;
}

QHttpServerResponse errorPage(const QString &error, const QString &description) {
    return QHttpServerResponse(
        QByteArrayLiteral("text/html; charset=utf-8"),
        QStringLiteral(
            "<!doctype html><meta charset=utf-8><title>oops! something went wrong</title>"
            "<h1>oops! something went wrong</h1><pre id=error>error: %1\nerror_description: %2</pre>")
            .arg(error.toHtmlEscaped(), description.toHtmlEscaped())
            .toUtf8(),
        QHttpServerResponse::StatusCode::BadRequest);
}

// An application/x-www-form-urlencoded body ('+' is a space there, unlike in QUrlQuery).
QUrlQuery formOf(const QByteArray &body) {
    return QUrlQuery(QString::fromUtf8(QByteArray(body).replace('+', "%20")));
}
} // namespace

OidcSandbox::OidcSandbox() = default;

void OidcSandbox::ensureKeysLocked() {
    if (!m_keys.empty())
        return;
    m_keys.emplace_back(QStringLiteral("RSA"), QStringLiteral("sbx-rsa-%1").arg(m_generation));
    m_keys.emplace_back(QStringLiteral("EC"), QStringLiteral("sbx-ec-%1").arg(m_generation));
}

const QList<OidcSandbox::User> &OidcSandbox::users() {
    static const QList<User> list = {
        {QStringLiteral("alice"), QStringLiteral("张爱丽 Alice Zhang"),
         QStringLiteral("alice@sandbox.example"), true, QStringLiteral("+8613800000011"),
         QStringLiteral("财务部 Finance")},
        {QStringLiteral("bob"), QStringLiteral("李博 Bob Li"), QStringLiteral("bob@unverified.example"),
         false, QString(), QStringLiteral("研发部 R&D")},
    };
    return list;
}

const OidcSandbox::User *OidcSandbox::findUser(const QString &id) {
    for (const User &user : users())
        if (user.id == id)
            return &user;
    return nullptr;
}

QString OidcSandbox::subFor(const QString &user) {
    return QStringLiteral("sbx-") +
           QString::fromLatin1(
               QCryptographicHash::hash(user.toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
}

QStringList OidcSandbox::pageFaults() const {
    return {QStringLiteral("iss_missing"), QStringLiteral("iss_wrong"), QStringLiteral("code_and_error")};
}

QStringList OidcSandbox::tokenFaults() const {
    return {
        QStringLiteral("alg_none"),    QStringLiteral("hs256_public_key"),   QStringLiteral("bad_signature"),
        QStringLiteral("wrong_aud"),   QStringLiteral("several_aud_no_azp"), QStringLiteral("wrong_iss"),
        QStringLiteral("expired"),     QStringLiteral("future_iat"),         QStringLiteral("no_nonce"),
        QStringLiteral("stale_nonce"), QStringLiteral("unknown_kid"),        QStringLiteral("no_id_token")};
}

QStringList OidcSandbox::ownFaults() const {
    return {QStringLiteral("sub_mismatch"), QStringLiteral("wrong_issuer"), QStringLiteral("plain_pkce_only"),
            QStringLiteral("invalid_client")};
}

QString OidcSandbox::faultPath(const QString &fault) const {
    if (fault == QLatin1String("sub_mismatch"))
        return QStringLiteral("userinfo");
    if (fault == QLatin1String("wrong_issuer") || fault == QLatin1String("plain_pkce_only"))
        return QStringLiteral("discovery");
    if (fault == QLatin1String("invalid_client"))
        return QStringLiteral("token");
    return ProviderSandbox::faultPath(fault);
}

void OidcSandbox::addRoutes(QHttpServer &server) {
    server.route(QStringLiteral("/oidc/.well-known/openid-configuration"),
                 [this](const QHttpServerRequest &r) { return discovery(r); });
    server.route(QStringLiteral("/oidc/jwks"), [this](const QHttpServerRequest &) { return jwks(); });
    server.route(QStringLiteral("/oidc/auth"),
                 [this](const QHttpServerRequest &r) { return authorizePage(r); });
    server.route(QStringLiteral("/oidc/pick"), [this](const QHttpServerRequest &r) { return pick(r); });
    server.route(QStringLiteral("/oidc/token"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &r) { return token(r); });
    server.route(QStringLiteral("/oidc/me"), [this](const QHttpServerRequest &r) { return userInfo(r); });
}

void OidcSandbox::invalidateTokens() {
    QMutexLocker lock(&m_mutex);
    m_accessTokens.clear();
}

void OidcSandbox::configure(const QJsonObject &settings) {
    QMutexLocker lock(&m_mutex);
    if (settings.contains(QLatin1String("alg")))
        m_alg = settings.value(QLatin1String("alg")).toString();
    if (settings.contains(QLatin1String("iss_parameter")))
        m_issParameter = settings.value(QLatin1String("iss_parameter")).toBool();
    if (settings.contains(QLatin1String("issuer")))
        m_announcedIssuer = settings.value(QLatin1String("issuer")).toString();
    if (settings.contains(QLatin1String("jwks_max_age")))
        m_jwksMaxAge = settings.value(QLatin1String("jwks_max_age")).toInt();
    if (settings.value(QLatin1String("rotate_keys")).toBool()) { // the old keys leave the JWKS at once
        ++m_generation;
        m_keys.clear();
        ensureKeysLocked();
    }
}

QString OidcSandbox::issuerFor(const QHttpServerRequest &request) const {
    QUrl issuer = request.url();
    issuer.setPath(QStringLiteral("/oidc"));
    issuer.setQuery(QString());
    return issuer.toString();
}

QHttpServerResponse OidcSandbox::discovery(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("discovery"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    const QString base = issuerFor(request);
    QMutexLocker lock(&m_mutex);
    QString issuer = m_announcedIssuer.isEmpty() ? base : m_announcedIssuer;
    if (fault == QLatin1String("wrong_issuer"))
        issuer = base + QStringLiteral("/other");
    return json(
        {{QStringLiteral("issuer"), issuer},
         {QStringLiteral("authorization_endpoint"), base + QStringLiteral("/auth")},
         {QStringLiteral("token_endpoint"), base + QStringLiteral("/token")},
         {QStringLiteral("userinfo_endpoint"), base + QStringLiteral("/me")},
         {QStringLiteral("jwks_uri"), base + QStringLiteral("/jwks")},
         {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
         {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
         {QStringLiteral("scopes_supported"), QJsonArray{QStringLiteral("openid"), QStringLiteral("profile"),
                                                         QStringLiteral("email"), QStringLiteral("phone")}},
         {QStringLiteral("code_challenge_methods_supported"),
          QJsonArray{fault == QLatin1String("plain_pkce_only") ? QStringLiteral("plain")
                                                               : QStringLiteral("S256")}},
         {QStringLiteral("id_token_signing_alg_values_supported"),
          QJsonArray{QStringLiteral("RS256"), QStringLiteral("PS256"), QStringLiteral("ES256"),
                     QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512")}},
         {QStringLiteral("token_endpoint_auth_methods_supported"),
          QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                     QStringLiteral("none")}},
         {QStringLiteral("authorization_response_iss_parameter_supported"), m_issParameter}});
}

QHttpServerResponse OidcSandbox::jwks() {
    QByteArray broken;
    apiFault(QStringLiteral("jwks"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    QMutexLocker lock(&m_mutex);
    ensureKeysLocked();
    QJsonArray keys;
    for (const Jose::SigningKey &key : m_keys)
        keys.append(key.publicJwk());
    QHttpServerResponse response = json({{QStringLiteral("keys"), keys}});
    response.setHeader(QByteArrayLiteral("Cache-Control"),
                       "public, max-age=" + QByteArray::number(m_jwksMaxAge));
    return response;
}

QHttpServerResponse OidcSandbox::authorizePage(const QHttpServerRequest &request) {
    const QUrlQuery query = request.query();
    auto param = [&](const char *name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    const PendingLogin login{issuerFor(request), param("client_id"), param("redirect_uri"),  param("state"),
                             param("nonce"),     param("scope"),     param("code_challenge")};
    if (methodOf(login.clientId).isEmpty())
        return errorPage(QStringLiteral("invalid_client"), QStringLiteral("client is invalid"));
    if (!registered(QUrl(login.redirectUri)))
        return errorPage(
            QStringLiteral("invalid_redirect_uri"),
            QStringLiteral("redirect_uri did not match any of the client's registered redirect_uris"));
    // From here on, errors go back to the client, as RFC 6749 §4.1.2.1 says.
    if (param("response_type") != QLatin1String("code"))
        return redirectFor(login, QStringLiteral("error:unsupported_response_type"));
    if (login.challenge.isEmpty() || param("code_challenge_method") != QLatin1String("S256"))
        return redirectFor(login, QStringLiteral("error:invalid_request"));
    if (!login.scope.split(QLatin1Char(' ')).contains(QLatin1String("openid")))
        return redirectFor(login, QStringLiteral("error:invalid_scope"));
    QString autoUser, session;
    {
        QMutexLocker lock(&m_mutex); // the page is counted with its redirect (redirectFor)
        autoUser = approveOrPark(m_pending, login, &session);
    }
    if (!autoUser.isEmpty())
        return redirectFor(login, autoUser);
    QList<Choice> choices;
    for (const User &user : users())
        choices.append(
            {user.id, user.name,
             user.emailVerified ? QStringLiteral("email verified") : QStringLiteral("email not verified")});
    choices.append({QStringLiteral("deny"), QStringLiteral("拒绝 Refuse"), QStringLiteral("access_denied")});
    return pickerPage(QStringLiteral("OpenID Provider · Sandbox"),
                      QStringLiteral("client %1 · scope %2").arg(login.clientId, login.scope),
                      QStringLiteral("/oidc/pick"), session, choices);
}

QHttpServerResponse OidcSandbox::pick(const QHttpServerRequest &request) {
    PendingLogin login;
    if (!takeParked(m_pending, request.query().queryItemValue(QStringLiteral("session")), &login))
        return errorPage(QStringLiteral("invalid_request"), QStringLiteral("interaction session not found"));
    return redirectFor(login, request.query().queryItemValue(QStringLiteral("user")));
}

QHttpServerResponse OidcSandbox::redirectFor(const PendingLogin &login, const QString &user) {
    Fault fault;
    {
        QMutexLocker lock(&m_mutex);
        if (!takeFault(QStringLiteral("authorize"), &fault))
            fault = {};
    }
    QUrl target(login.redirectUri);
    QUrlQuery query(target);
    auto add = [&](const QString &name, const QString &value) {
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    const bool refused = user == QLatin1String("deny") || user.startsWith(QLatin1String("error:"));
    if (refused || fault.name == QLatin1String("code_and_error")) {
        add(QStringLiteral("error"),
            user.startsWith(QLatin1String("error:")) ? user.mid(6) : QStringLiteral("access_denied"));
        add(QStringLiteral("error_description"), refused && user == QLatin1String("deny")
                                                     ? QStringLiteral("End-User aborted interaction")
                                                     : QStringLiteral("the request was refused"));
    }
    if (!refused) {
        const QString code = mintCode(43);
        QMutexLocker lock(&m_mutex);
        m_codes.insert(code, Code{user, login, QDateTime::currentDateTimeUtc(), false});
        add(QStringLiteral("code"), code);
    }
    if (!login.state.isEmpty())
        add(QStringLiteral("state"), login.state);
    if (fault.name == QLatin1String("iss_wrong"))
        add(QStringLiteral("iss"), QStringLiteral("https://idp.attacker.example"));
    else if (fault.name != QLatin1String("iss_missing"))
        add(QStringLiteral("iss"), login.issuer);
    target.setQuery(query);
    QHttpServerResponse response(QHttpServerResponse::StatusCode::SeeOther);
    response.addHeader(QByteArrayLiteral("Location"), target.toEncoded());
    return response;
}

QByteArray OidcSandbox::idToken(const Code &code, const QString &fault) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{
        {QStringLiteral("iss"), code.login.issuer},    {QStringLiteral("sub"), subFor(code.user)},
        {QStringLiteral("aud"), code.login.clientId},  {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + idTokenSeconds}, {QStringLiteral("auth_time"), now},
        {QStringLiteral("nonce"), code.login.nonce}};
    if (fault == QLatin1String("wrong_aud"))
        claims.insert(QStringLiteral("aud"), QStringLiteral("other-client"));
    else if (fault == QLatin1String("several_aud_no_azp"))
        claims.insert(QStringLiteral("aud"), QJsonArray{code.login.clientId, QStringLiteral("other-client")});
    else if (fault == QLatin1String("wrong_iss"))
        claims.insert(QStringLiteral("iss"), QStringLiteral("https://idp.attacker.example"));
    else if (fault == QLatin1String("expired"))
        claims.insert(QStringLiteral("exp"), now - 3600);
    else if (fault == QLatin1String("future_iat"))
        claims.insert(QStringLiteral("iat"), now + 3600);
    else if (fault == QLatin1String("no_nonce"))
        claims.remove(QStringLiteral("nonce"));
    else if (fault == QLatin1String("stale_nonce"))
        claims.insert(QStringLiteral("nonce"), QStringLiteral("nonce-of-an-earlier-run"));
    QMutexLocker lock(&m_mutex);
    ensureKeysLocked();
    const Jose::SigningKey &key = m_alg == QLatin1String("ES256") ? m_keys.at(1) : m_keys.at(0);
    QJsonObject header{{QStringLiteral("alg"), m_alg},
                       {QStringLiteral("typ"), QStringLiteral("JWT")},
                       {QStringLiteral("kid"), key.kid()}};
    if (fault == QLatin1String("alg_none")) {
        header = {{QStringLiteral("alg"), QStringLiteral("none")},
                  {QStringLiteral("typ"), QStringLiteral("JWT")}};
        return Jose::compact(header, claims, [](const QByteArray &) { return QByteArray(); });
    }
    if (fault ==
        QLatin1String("hs256_public_key")) { // the key-confusion forgery: HMAC keyed with the public key
        header.insert(QStringLiteral("alg"), QStringLiteral("HS256"));
        const QByteArray publicKey = QJsonDocument(key.publicJwk()).toJson(QJsonDocument::Compact);
        return Jose::compact(header, claims, [&](const QByteArray &input) {
            return Jose::hmac(QStringLiteral("HS256"), publicKey, input);
        });
    }
    if (fault == QLatin1String("unknown_kid")) { // signed by a key the JWKS never shows
        static const Jose::SigningKey stranger(QStringLiteral("RSA"), QStringLiteral("sbx-unpublished"));
        header.insert(QStringLiteral("kid"), stranger.kid());
        header.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
        return Jose::compact(header, claims, [](const QByteArray &input) {
            return stranger.sign(QStringLiteral("RS256"), input);
        });
    }
    // HS256/384/512: keyed with the client's secret (OIDC Core §10.1), no key id. A public client
    // has no secret, so its token is keyed with nothing a relying party could check.
    if (Jose::isHmacAlg(m_alg))
        header.remove(QStringLiteral("kid"));
    const QByteArray secret = code.login.clientId == publicClient ? QByteArray() : clientSecret.toUtf8();
    const QByteArray token = Jose::compact(header, claims, [&](const QByteArray &input) {
        return Jose::isHmacAlg(m_alg) ? Jose::hmac(m_alg, secret, input) : key.sign(m_alg, input);
    });
    if (fault == QLatin1String("bad_signature")) { // the claims changed after signing
        QList<QByteArray> parts = token.split('.');
        claims.insert(QStringLiteral("sub"), subFor(QStringLiteral("mallory")));
        parts[1] = Jose::base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        return parts.join('.');
    }
    return token;
}

QHttpServerResponse OidcSandbox::token(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("token"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    const QUrlQuery form = formOf(request.body());
    auto field = [&](const char *name) {
        return form.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    // Client authentication: the one method registered for the client, nothing else.
    QString clientId = field("client_id"), secret = field("client_secret"), method = QStringLiteral("none");
    const QByteArray authorization = request.value("Authorization");
    if (authorization.startsWith("Basic ")) {
        const QByteArray pair = QByteArray::fromBase64(authorization.mid(6));
        const int colon = pair.indexOf(':');
        clientId = QUrl::fromPercentEncoding(pair.left(colon));
        secret = QUrl::fromPercentEncoding(pair.mid(colon + 1));
        method = QStringLiteral("client_secret_basic");
    } else if (form.hasQueryItem(QStringLiteral("client_secret"))) {
        method = QStringLiteral("client_secret_post");
    }
    // invalid_client: the client as the OP knows it changed (its secret rotated, it was deleted).
    if (fault == QLatin1String("invalid_client") || methodOf(clientId).isEmpty() ||
        methodOf(clientId) != method || (method != QLatin1String("none") && secret != clientSecret))
        return oauthError(QStringLiteral("invalid_client"), QStringLiteral("client authentication failed"),
                          401);
    if (field("grant_type") != QLatin1String("authorization_code"))
        return oauthError(QStringLiteral("unsupported_grant_type"), QStringLiteral("unsupported grant_type"));
    Code code;
    {
        QMutexLocker lock(&m_mutex);
        auto found = m_codes.find(field("code"));
        if (found == m_codes.end() || found->used ||
            found->issued.secsTo(QDateTime::currentDateTimeUtc()) > codeLifetimeSeconds ||
            found->login.clientId != clientId)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("grant request is invalid"));
        found->used = true; // used once, whatever comes of it
        witness(field("code_verifier"));
        if (field("redirect_uri") != found->login.redirectUri ||
            Pkce::challengeS256(field("code_verifier")) != found->login.challenge)
            return oauthError(QStringLiteral("invalid_grant"), QStringLiteral("grant request is invalid"));
        code = *found;
    }
    const QString accessToken = mintCredential(43);
    {
        QMutexLocker lock(&m_mutex);
        m_accessTokens.insert(accessToken, AccessToken{code.user, code.login.scope});
    }
    QJsonObject answer{{QStringLiteral("access_token"), accessToken},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), 3600},
                       {QStringLiteral("scope"), code.login.scope}};
    if (fault != QLatin1String("no_id_token")) {
        const QString token = QString::fromLatin1(idToken(code, fault));
        witness(token);
        answer.insert(QStringLiteral("id_token"), token);
    }
    return json(answer);
}

QHttpServerResponse OidcSandbox::userInfo(const QHttpServerRequest &request) {
    QByteArray broken;
    const QString fault = apiFault(QStringLiteral("userinfo"), &broken);
    if (!broken.isEmpty())
        return QHttpServerResponse(QByteArrayLiteral("application/json"), broken);
    const QByteArray authorization = request.value("Authorization");
    AccessToken token;
    {
        QMutexLocker lock(&m_mutex);
        const QString bearer = QString::fromLatin1(authorization.mid(7));
        if (!authorization.startsWith("Bearer ") || !m_accessTokens.contains(bearer)) {
            QHttpServerResponse response =
                json({{QStringLiteral("error"), QStringLiteral("invalid_token")},
                      {QStringLiteral("error_description"), QStringLiteral("invalid token provided")}},
                     401);
            response.addHeader(QByteArrayLiteral("WWW-Authenticate"),
                               QByteArrayLiteral("Bearer realm=\"sandbox\", error=\"invalid_token\""));
            return response;
        }
        token = m_accessTokens.value(bearer);
    }
    const User *user = findUser(token.user);
    const QStringList scopes = token.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QJsonObject claims{{QStringLiteral("sub"), fault == QLatin1String("sub_mismatch")
                                                   ? subFor(QStringLiteral("mallory"))
                                                   : subFor(token.user)}};
    if (user && scopes.contains(QLatin1String("profile"))) {
        claims.insert(QStringLiteral("name"), user->name);
        claims.insert(QStringLiteral("preferred_username"), user->id);
        claims.insert(QStringLiteral("department"), user->department);
    }
    if (user && scopes.contains(QLatin1String("email"))) {
        claims.insert(QStringLiteral("email"), user->email);
        claims.insert(QStringLiteral("email_verified"), user->emailVerified);
    }
    if (user && scopes.contains(QLatin1String("phone")) && !user->phone.isEmpty())
        claims.insert(QStringLiteral("phone_number"), user->phone);
    return json(claims);
}

QMap<QString, QString> OidcSandbox::tenantSettings() const {
    return {{QStringLiteral("client_id"), basicClient},
            {QStringLiteral("client_auth"), QStringLiteral("client_secret_basic")},
            {QStringLiteral("scope"), QStringLiteral("openid profile email phone")}};
}

ProviderSandbox::SandboxTenant OidcSandbox::tenant(const QString &name, const QUrl &sandbox,
                                                   const QString &redirectUri) const {
    return clientTenant(name, sandbox, basicClient, redirectUri);
}

ProviderSandbox::SandboxTenant OidcSandbox::clientTenant(const QString &name, const QUrl &sandbox,
                                                         const QString &client,
                                                         const QString &redirectUri) const {
    SandboxTenant made = ProviderSandbox::tenant(name, sandbox, redirectUri);
    made.tenant.endpoints.clear(); // found by discovery
    made.tenant.settings.insert(QStringLiteral("issuer"),
                                sandbox.toString(QUrl::StripTrailingSlash) + QStringLiteral("/oidc"));
    made.tenant.settings.insert(QStringLiteral("client_id"), client);
    made.tenant.settings.insert(QStringLiteral("client_auth"), methodOf(client));
    if (client == publicClient)
        made.secret.clear();
    return made;
}

QList<ProviderSandbox::SandboxTenant> OidcSandbox::demoTenants(const QUrl &sandbox,
                                                               const QList<Tenant> &) const {
    return {tenant(QStringLiteral("Demo OIDC"), sandbox)};
}
