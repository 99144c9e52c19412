#include "providers/OidcProvider.h"

#include "JsonFields.h"
#include "crypto/Pkce.h"
#include "crypto/RandomToken.h"
#include "net/HttpClient.h"
#include "net/Redactor.h"
#include "net/UrlRules.h"
#include "providers/ExchangeJob.h"

#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>

const QString OidcProvider::discoveredAlgorithms = QStringLiteral("discovered.algorithms");
const QString OidcProvider::discoveredIssParameter = QStringLiteral("discovered.iss_parameter");
const QString OidcProvider::discoveredParRequired = QStringLiteral("discovered.par_required");
const QString OidcProvider::discoveredDpop = QStringLiteral("discovered.dpop");
int OidcProvider::jwksRefetchSeconds = 60;

namespace {
constexpr int clockSkewSeconds = 60;
const QStringList asymmetricAlgorithms = {QStringLiteral("RS256"), QStringLiteral("PS256"),
                                          QStringLiteral("ES256")};
// PROVIDERS §5.4: an ID token keyed with the client secret (HS256/384/512) only when the tenant
// says the provider does that on purpose; otherwise a shared-secret token is a forgery's shape.
bool allowsSharedSecret(const Tenant &tenant) {
    return tenant.setting(QStringLiteral("allow_hs")) == QLatin1String("yes");
}
bool acceptsAlgorithm(const Tenant &tenant, const QString &alg) {
    return asymmetricAlgorithms.contains(alg) || (allowsSharedSecret(tenant) && Jose::isHmacAlg(alg));
}
// Endpoint key → discovery metadata field.
const QList<QPair<QString, QString>> discoveredEndpoints = {
    {QStringLiteral("authorization"), QStringLiteral("authorization_endpoint")},
    {QStringLiteral("token"), QStringLiteral("token_endpoint")},
    {QStringLiteral("userinfo"), QStringLiteral("userinfo_endpoint")},
    {QStringLiteral("jwks"), QStringLiteral("jwks_uri")},
    {QStringLiteral("device_authorization"), QStringLiteral("device_authorization_endpoint")},
    {QStringLiteral("introspection"), QStringLiteral("introspection_endpoint")},
    {QStringLiteral("revocation"), QStringLiteral("revocation_endpoint")},
    {QStringLiteral("end_session"), QStringLiteral("end_session_endpoint")},
    {QStringLiteral("par"), QStringLiteral("pushed_authorization_request_endpoint")}};

QString issuerOf(const Tenant &tenant) {
    return tenant.setting(QStringLiteral("issuer"));
}

// The JWKS of each jwks_uri this process fetched, and when: an unknown kid refetches at most once
// per OidcProvider::jwksRefetchSeconds, and the keys are trusted only as long as the answer's HTTP
// cache lifetime (Cache-Control max-age; an hour when it names none, a day at most): a key the
// provider has withdrawn is not believed for the life of the process. Runs live on the main thread.
struct CachedJwks {
    QJsonArray keys;
    QDateTime fetched;
    QDateTime expires;
};

// How long a JWKS answer may be used: its Cache-Control max-age, bounded.
qint64 cacheLifetimeSeconds(const JsonAnswer &answer) {
    constexpr qint64 unnamed = 3600, longest = 24 * 3600;
    static const QRegularExpression maxAge(QStringLiteral("(?:^|[,\\s])max-age=(\\d+)"));
    const QString control = QString::fromLatin1(answer.header("Cache-Control")).toLower();
    if (control.contains(QLatin1String("no-store")) || control.contains(QLatin1String("no-cache")))
        return 0;
    const QRegularExpressionMatch match = maxAge.match(control);
    return match.hasMatch() ? qMin(match.captured(1).toLongLong(), longest) : unnamed;
}
QHash<QString, CachedJwks> &jwksCache() {
    static QHash<QString, CachedJwks> cache;
    return cache;
}

// The keys of a JWKS answer, or why there are none.
Result<QJsonArray> jwksKeys(const JsonReply &reply) {
    if (!reply.ok())
        return reply.error();
    const QJsonValue keys = reply.value().json.value(QLatin1String("keys"));
    if (reply.value().status != 200 || !keys.isArray())
        return Error{
            Error::Kind::Transient,
            OidcProvider::tr("The JWKS answered HTTP %1 without a \"keys\" array: check the jwks_uri.")
                .arg(reply.value().status)};
    return keys.toArray();
}

// GETs the JWKS and remembers it.
void fetchJwks(const ProviderContext &context, const QString &uri,
               std::function<void(const Result<QJsonArray> &)> done) {
    HttpRequest request;
    request.purpose = QStringLiteral("jwks");
    request.url = QUrl(uri);
    context.sendJson(request, [uri, done](const JsonReply &reply) {
        const Result<QJsonArray> keys = jwksKeys(reply);
        if (keys.ok()) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            jwksCache().insert(
                uri, CachedJwks{keys.value(), now, now.addSecs(cacheLifetimeSeconds(reply.value()))});
        }
        done(keys);
    });
}

// The key that signed `idToken`: from the cached JWKS, or fetched (again, at most once a
// minute, when the kid is unknown: the provider may have rotated its keys).
void signingKey(const ProviderContext &context, const QString &uri, const Jose::Jws &idToken,
                std::function<void(const Result<QJsonObject> &)> done) {
    const auto cached = jwksCache().constFind(uri);
    if (cached != jwksCache().constEnd() && cached->expires <= QDateTime::currentDateTimeUtc()) {
        context.note(
            FlowStep::Status::Info, OidcProvider::tr("JWKS expired"),
            OidcProvider::tr("its cache lifetime is over: fetched again before any key is believed"));
    } else if (cached != jwksCache().constEnd()) {
        const Result<QJsonObject> key = OidcProvider::keyFor(cached->keys, idToken);
        const qint64 age = cached->fetched.secsTo(QDateTime::currentDateTimeUtc());
        if (key.ok() || !key.error().is(Error::Kind::NotFound))
            return done(key);
        if (age < OidcProvider::jwksRefetchSeconds)
            return done(Error::failed(
                OidcProvider::tr(
                    "%1 The JWKS was fetched %2 s ago and is fetched again at most once every %3 s, "
                    "so the token is refused; if the provider has just rotated its keys, run the "
                    "authorization again later.")
                    .arg(key.error().message)
                    .arg(age)
                    .arg(OidcProvider::jwksRefetchSeconds)));
        context.note(FlowStep::Status::Warning, OidcProvider::tr("Unknown key id"),
                     OidcProvider::tr("kid \"%1\" is not in the cached JWKS; fetching it once more")
                         .arg(idToken.kid()));
    }
    fetchJwks(context, uri, [idToken, done](const Result<QJsonArray> &keys) {
        if (!keys.ok())
            return done(keys.error());
        done(OidcProvider::keyFor(keys.value(), idToken));
    });
}

// Checks the ID token's signature and says what verified it: the client secret for HS256/384/512
// (which headerProblem lets through only when the tenant sets allow_hs), otherwise the
// provider's key from its JWKS.
void verifySignature(const ProviderContext &context, const QString &jwksUri, const Jose::Jws &idToken,
                     std::function<void(const Result<QString> &)> done) {
    auto refused = [](const QString &problem) {
        return Error::failed(OidcProvider::tr("The ID token's signature is refused: %1.").arg(problem));
    };
    if (Jose::isHmacAlg(idToken.alg())) {
        if (const QString problem = Jose::verifyHmac(idToken, context.secret.toUtf8()); !problem.isEmpty())
            return done(refused(problem));
        return done(OidcProvider::tr("%1 with the client secret (allow_hs)").arg(idToken.alg()));
    }
    signingKey(context, jwksUri, idToken, [idToken, done, refused](const Result<QJsonObject> &key) {
        if (!key.ok())
            return done(key.error());
        if (const QString problem = Jose::verify(idToken, key.value()); !problem.isEmpty())
            return done(refused(problem));
        done(OidcProvider::tr("%1 with key \"%2\" (%3) from the provider's JWKS")
                 .arg(idToken.alg(), key.value().value(QLatin1String("kid")).toString(),
                      key.value().value(QLatin1String("kty")).toString()));
    });
}

// RFC 9449 §4: the proof that the sender holds `key`, for one request (and, with an access
// token, for the resource it is presented to: ath).
QByteArray dpopProof(const Jose::SigningKey &key, const HttpRequest &request, const QString &nonce,
                     const QString &accessToken) {
    QJsonObject jwk = key.publicJwk();
    jwk.remove(QStringLiteral("kid"));
    jwk.remove(QStringLiteral("use"));
    QUrl htu = request.url;
    htu.setQuery(QString());
    htu.setFragment(QString());
    QJsonObject claims{{QStringLiteral("jti"), randomAlphanumeric(32)},
                       {QStringLiteral("htm"), QString::fromLatin1(request.method)},
                       {QStringLiteral("htu"), htu.toString()},
                       {QStringLiteral("iat"), QDateTime::currentSecsSinceEpoch()}};
    if (!nonce.isEmpty())
        claims.insert(QStringLiteral("nonce"), nonce);
    if (!accessToken.isEmpty())
        claims.insert(QStringLiteral("ath"),
                      QString::fromLatin1(Jose::base64Url(Jose::sha256(accessToken.toLatin1()))));
    return Jose::compact({{QStringLiteral("typ"), QStringLiteral("dpop+jwt")},
                          {QStringLiteral("alg"), key.alg()},
                          {QStringLiteral("jwk"), jwk}},
                         claims, [&](const QByteArray &input) { return key.sign(key.alg(), input); });
}

// Sends `request` with a DPoP proof of `dpopKey` (PEM; none when empty), and once more with the
// server's nonce when it asks for one (use_dpop_nonce and a DPoP-Nonce header, RFC 9449 §8).
void sendProved(const ProviderContext &context, const HttpRequest &request, const QString &dpopKey,
                const QString &accessToken, std::function<void(const JsonReply &)> done,
                const QString &nonce = {}) {
    const Result<Jose::SigningKey> key = Jose::SigningKey::fromPem(dpopKey.toLatin1());
    if (dpopKey.isEmpty() || !key.ok())
        return context.sendJson(request, done);
    HttpRequest proved = request;
    proved.headers.append({"DPoP", dpopProof(key.value(), request, nonce, accessToken)});
    proved.credentials.append(QStringLiteral("DPoP"));
    context.sendJson(proved, [context, request, dpopKey, accessToken, done, nonce](const JsonReply &reply) {
        const QByteArray serverNonce = reply.ok() ? reply.value().header("DPoP-Nonce") : QByteArray();
        const bool asked =
            reply.ok() &&
            (reply.value().json.value(QLatin1String("error")) == QLatin1String("use_dpop_nonce") ||
             reply.value().header("WWW-Authenticate").contains("use_dpop_nonce"));
        if (asked && !serverNonce.isEmpty() && nonce.isEmpty()) {
            context.note(FlowStep::Status::Info, OidcProvider::tr("DPoP nonce"),
                         OidcProvider::tr("the server asked for its nonce in the proof: sent again with it"));
            return sendProved(context, request, dpopKey, accessToken, done, QString::fromLatin1(serverNonce));
        }
        done(reply);
    });
}

QString claimString(const QJsonObject &claims, const QString &name) {
    const QJsonValue value = claims.value(name);
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &part : value.toArray())
            parts << part.toVariant().toString();
        return parts.join(QStringLiteral(", "));
    }
    return value.isString() ? value.toString() : value.toVariant().toString();
}

QString timeOf(const QJsonValue &seconds) {
    const std::optional<qint64> value = jsonInteger(seconds);
    return value ? QDateTime::fromSecsSinceEpoch(*value).toString(Qt::ISODate) : QString();
}
} // namespace

QString OidcProvider::displayName() const {
    return tr("OpenID Connect");
}

QMap<QString, QString> OidcProvider::defaultEndpoints() const {
    // None: discovery finds them. Each may be set by hand for a provider without discovery.
    QMap<QString, QString> endpoints;
    for (const auto &endpoint : discoveredEndpoints)
        endpoints.insert(endpoint.first, QString());
    return endpoints;
}

QList<QUrl> OidcProvider::knownAddresses(const Tenant &tenant) const {
    return Provider::knownAddresses(tenant) << QUrl(tenant.setting(QStringLiteral("issuer")));
}

QList<SettingField> OidcProvider::settingFields() const {
    return {
        {QStringLiteral("issuer"), QStringLiteral("issuer"), tr("Issuer"),
         QStringLiteral("https://login.example.com/realms/acme")},
        {QStringLiteral("client_id"), QStringLiteral("client-id"), tr("Client ID"),
         QStringLiteral("authdesk")},
        {QStringLiteral("client_auth"),
         QStringLiteral("client-auth"),
         tr("Client authentication"),
         {},
         {QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"), QStringLiteral("none"),
          QStringLiteral("private_key_jwt"), QStringLiteral("client_secret_jwt")}},
        {QStringLiteral("key_type"),
         QStringLiteral("key-type"),
         tr("Key pair (private_key_jwt)"),
         {},
         {QStringLiteral("EC"), QStringLiteral("RSA")},
         false},
        {QStringLiteral("pushed_requests"),
         QStringLiteral("pushed-requests"),
         tr("Pushed authorization requests (PAR)"),
         {},
         {QStringLiteral("when_required"), QStringLiteral("always")},
         false},
        {QStringLiteral("dpop"),
         QStringLiteral("dpop"),
         tr("Sender-constrained tokens (DPoP)"),
         {},
         {QStringLiteral("no"), QStringLiteral("yes")},
         false},
        {QStringLiteral("allow_hs"),
         QStringLiteral("allow-hs"),
         tr("ID tokens keyed with the client secret (HS256/384/512)"),
         {},
         {QStringLiteral("no"), QStringLiteral("yes")},
         false},
        {QStringLiteral("scope"),
         QStringLiteral("scope"),
         tr("Scopes (space-separated)"),
         QStringLiteral("openid profile email"),
         {},
         false,
         QStringLiteral("openid profile email")},
        {QStringLiteral("claim_external_id"),
         {},
         tr("External ID claim"),
         QStringLiteral("sub"),
         {},
         false,
         QStringLiteral("sub")},
        {QStringLiteral("claim_name"), {}, tr("Name claim"), QStringLiteral("name"), {}, false},
        {QStringLiteral("claim_email"), {}, tr("Email claim"), QStringLiteral("email"), {}, false},
        {QStringLiteral("claim_mobile"), {}, tr("Mobile claim"), QStringLiteral("phone_number"), {}, false},
        {QStringLiteral("claim_department"),
         {},
         tr("Department claim"),
         QStringLiteral("department"),
         {},
         false}};
}

QStringList OidcProvider::validate(const Tenant &tenant) const {
    QStringList problems = validateSettings(tenant);
    const QString issuer = issuerOf(tenant);
    if (!issuer.isEmpty()) {
        const QUrl url(issuer, QUrl::StrictMode);
        if (const QString problem = UrlRules::checkServiceUrl(url, tr("The issuer")); !problem.isEmpty())
            problems << problem;
        else if (url.hasQuery() || url.hasFragment())
            problems << tr("The issuer \"%1\" has a query or fragment; an issuer is a plain https URL.")
                            .arg(issuer);
    }
    if (!settingOrDefault(tenant, QStringLiteral("scope"))
             .split(QLatin1Char(' '))
             .contains(QLatin1String("openid")))
        problems << tr("The scopes must include \"openid\", or the provider issues no ID token.");
    if (const QString problem = UrlRules::checkRedirectUri(tenant.redirectUri); !problem.isEmpty())
        problems << problem;
    if (allowsSharedSecret(tenant) &&
        settingOrDefault(tenant, QStringLiteral("client_auth")) == QLatin1String("private_key_jwt"))
        problems << tr(
            "allow_hs accepts ID tokens keyed with the client secret, but a private_key_jwt client "
            "has a key pair instead: set allow_hs to no.");
    if (allowsSharedSecret(tenant) && !usesSecret(tenant))
        problems << tr("allow_hs accepts ID tokens keyed with the client secret, but a public client "
                       "(client authentication \"none\") has none: use a confidential client, or set "
                       "allow_hs to no.");
    return problems << validateEndpoints(tenant);
}

bool OidcProvider::usesSecret(const Tenant &tenant) const {
    return settingOrDefault(tenant, QStringLiteral("client_auth")) != QLatin1String("none");
}

Result<Tenant> OidcProvider::applyDiscovery(const Tenant &tenant, const QJsonObject &metadata) {
    const QString configured = issuerOf(tenant);
    const QString announced = metadata.value(QLatin1String("issuer")).toString();
    if (announced != configured)
        return Error::failed(
            tr("The discovery document names the issuer \"%1\", not \"%2\". They must be equal "
               "character for character (OpenID Connect Discovery §4.3): copy the issuer "
               "from the document into the tenant.")
                .arg(announced, configured));
    const QJsonValue methods = metadata.value(QLatin1String("code_challenge_methods_supported"));
    if (methods.isArray() && !methods.toArray().contains(QStringLiteral("S256")))
        return Error::failed(
            tr("The provider does not offer PKCE with S256 (code_challenge_methods_supported: "
               "%1). AuthDesk never sends the verifier in the clear (plain); enable S256 "
               "on the provider.")
                .arg(QString::fromUtf8(QJsonDocument(methods.toArray()).toJson(QJsonDocument::Compact))));
    Tenant resolved = tenant;
    for (const auto &endpoint : discoveredEndpoints) {
        if (!tenant.endpoints.value(endpoint.first).isEmpty())
            continue; // the admin's override wins
        const QString url = metadata.value(endpoint.second).toString();
        if (url.isEmpty())
            continue;
        if (const QString problem = UrlRules::checkServiceUrl(QUrl(url, QUrl::StrictMode), endpoint.second);
            !problem.isEmpty())
            return Error::failed(tr("The discovery document's %1").arg(problem));
        resolved.endpoints.insert(endpoint.first, url);
    }
    for (const QString &required :
         {QStringLiteral("authorization"), QStringLiteral("token"), QStringLiteral("jwks")})
        if (resolved.endpoints.value(required).isEmpty())
            return Error::failed(
                tr("The provider names no %1 endpoint: set it with --endpoint %1=URL.").arg(required));
    QStringList algorithms;
    const QJsonArray advertised =
        metadata.value(QLatin1String("id_token_signing_alg_values_supported")).toArray();
    for (const QJsonValue &alg : advertised)
        if (acceptsAlgorithm(tenant, alg.toString()))
            algorithms << alg.toString();
    if (!advertised.isEmpty() && algorithms.isEmpty())
        return Error::failed(
            tr("The provider signs ID tokens only with %1; AuthDesk accepts RS256, PS256 and "
               "ES256 (and HS256, HS384 and HS512 when the tenant sets allow_hs).")
                .arg(QString::fromUtf8(QJsonDocument(advertised).toJson(QJsonDocument::Compact))));
    resolved.settings.insert(discoveredAlgorithms, algorithms.join(QLatin1Char(' ')));
    resolved.settings.insert(discoveredDpop,
                             metadata.value(QLatin1String("dpop_signing_alg_values_supported")).isArray()
                                 ? QStringLiteral("true")
                                 : QString());
    resolved.settings.insert(discoveredParRequired,
                             metadata.value(QLatin1String("require_pushed_authorization_requests")).toBool()
                                 ? QStringLiteral("true")
                                 : QString());
    resolved.settings.insert(
        discoveredIssParameter,
        metadata.value(QLatin1String("authorization_response_iss_parameter_supported")).toBool()
            ? QStringLiteral("true")
            : QString());
    return resolved;
}

void OidcProvider::resolve(const Tenant &tenant, const ProviderContext &context,
                           std::function<void(const Result<Tenant> &)> done) const {
    QUrl url(issuerOf(tenant));
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    HttpRequest request;
    request.purpose = QStringLiteral("discovery");
    request.url = url;
    context.sendJson(request, [tenant, context, url, done](const JsonReply &reply) {
        if (!reply.ok() || reply.value().status != 200)
            return done(Error{Error::Kind::Transient,
                              tr("Discovery at %1 failed: %2. Check the issuer (the URL before "
                                 "/.well-known/openid-configuration), or set every endpoint with --endpoint.")
                                  .arg(url.toString(), reply.ok() ? tr("HTTP %1").arg(reply.value().status)
                                                                  : reply.errorText())});
        const Result<Tenant> resolved = applyDiscovery(tenant, reply.value().json);
        if (resolved.ok())
            context.note(FlowStep::Status::Ok, tr("Discovery: issuer matches"),
                         tr("authorization %1, token %2, userinfo %3, jwks %4; ID token algorithms: %5")
                             .arg(resolved.value().endpoints.value(QStringLiteral("authorization")),
                                  resolved.value().endpoints.value(QStringLiteral("token")),
                                  resolved.value().endpoints.value(QStringLiteral("userinfo"), tr("none")),
                                  resolved.value().endpoints.value(QStringLiteral("jwks")),
                                  resolved.value().setting(discoveredAlgorithms)));
        done(resolved);
    });
}

AuthorizationRequest OidcProvider::begin(const Tenant &tenant, const QString &mode) const {
    AuthorizationRequest request = Provider::begin(tenant, mode);
    request.nonce = randomAlphanumeric(32);
    request.codeVerifier = Pkce::newVerifier();
    request.dpopKey = newDpopKey(tenant);
    request.url = authorizationUrl(tenant, request);
    return request;
}

QString OidcProvider::newDpopKey(const Tenant &tenant) const {
    return settingOrDefault(tenant, QStringLiteral("dpop")) == QLatin1String("yes")
               ? QString::fromLatin1(Jose::SigningKey(QStringLiteral("EC"), {}).privatePem())
               : QString();
}

bool OidcProvider::pushesAuthorization(const Tenant &tenant, const QString &) const {
    return settingOrDefault(tenant, QStringLiteral("pushed_requests")) == QLatin1String("always") ||
           tenant.setting(discoveredParRequired) == QLatin1String("true");
}

void OidcProvider::pushAuthorization(const Tenant &tenant, const ProviderContext &context,
                                     const AuthorizationRequest &request,
                                     std::function<void(const Result<QUrl> &)> done) const {
    const QString endpointUrl = endpoint(tenant, QStringLiteral("par"));
    if (endpointUrl.isEmpty())
        return done(
            Error::failed(tr("The provider names no pushed_authorization_request_endpoint (RFC 9126)."),
                          tr("Set pushed requests to when_required, or --endpoint par=URL.")));
    // Every parameter of the authorization request goes to the provider directly; the browser
    // carries only the client id and the reference the provider answers.
    const QList<QPair<QString, QString>> form =
        QUrlQuery(authorizationUrl(tenant, request)).queryItems(QUrl::FullyDecoded);
    const HttpRequest push = clientRequest(
        tenant, context.secret, QStringLiteral("pushed authorization request"), QUrl(endpointUrl), form);
    context.sendJson(push, [this, tenant, done](const JsonReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        const QJsonObject answer = reply.value().json;
        const QString requestUri = answer.value(QLatin1String("request_uri")).toString();
        if (reply.value().status != 201 || requestUri.isEmpty())
            return done(Error::failed(tr("The pushed authorization request was refused (HTTP %1): %2")
                                          .arg(reply.value().status)
                                          .arg(answerError(answer, tr("the answer has no request_uri")))));
        QUrl url(endpoint(tenant, QStringLiteral("authorization")));
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("client_id"), QString::fromLatin1(QUrl::toPercentEncoding(
                                                            tenant.setting(QStringLiteral("client_id")))));
        query.addQueryItem(QStringLiteral("request_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(requestUri)));
        url.setQuery(query);
        done(url);
    });
}

QUrl OidcProvider::authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const {
    QUrl url(endpoint(tenant, QStringLiteral("authorization")));
    QUrlQuery query(url); // a provider's authorization endpoint may carry its own parameters
    const QList<QPair<QString, QString>> items{
        {QStringLiteral("response_type"), QStringLiteral("code")},
        {QStringLiteral("client_id"), tenant.setting(QStringLiteral("client_id"))},
        {QStringLiteral("redirect_uri"), tenant.redirectUri},
        {QStringLiteral("scope"), settingOrDefault(tenant, QStringLiteral("scope")).simplified()},
        {QStringLiteral("state"), request.state},
        {QStringLiteral("nonce"), request.nonce},
        {QStringLiteral("code_challenge"), Pkce::challengeS256(request.codeVerifier)},
        {QStringLiteral("code_challenge_method"), QStringLiteral("S256")}};
    for (const auto &item : items)
        query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    // RFC 9449 §10: the code is bound to the run's DPoP key.
    if (const Result<Jose::SigningKey> key = Jose::SigningKey::fromPem(request.dpopKey.toLatin1()); key.ok())
        query.addQueryItem(QStringLiteral("dpop_jkt"), key.value().kid());
    url.setQuery(query);
    return url;
}

QString OidcProvider::describeError(const QString &error, const QString &description) {
    QString meaning;
    if (error == QLatin1String("access_denied"))
        meaning = tr("the user refused, or the provider denied the request");
    else if (error == QLatin1String("invalid_grant"))
        meaning = tr("the code or refresh token is used, expired, revoked or not this client's, or the "
                     "code_verifier or redirect_uri does not match: run the authorization again");
    else if (error == QLatin1String("invalid_client"))
        meaning =
            tr("the client authentication failed: check the client secret and the client authentication "
               "method registered for this client");
    else if (error == QLatin1String("unauthorized_client"))
        meaning = tr("this client may not use the authorization code flow");
    else if (error == QLatin1String("invalid_scope"))
        meaning = tr("a requested scope is unknown or not allowed for this client");
    else if (error == QLatin1String("invalid_request"))
        meaning = tr("the request is missing or repeats a parameter (a provider that requires PKCE says this "
                     "when it is missing)");
    else if (error == QLatin1String("login_required") || error == QLatin1String("consent_required") ||
             error == QLatin1String("interaction_required"))
        meaning = tr("the provider needs the user to sign in or consent");
    else if (error == QLatin1String("invalid_dpop_proof"))
        meaning =
            tr("the DPoP proof was refused: its signature, htm, htu, iat, jti or nonce does not hold, or "
               "the key is not the one the token is bound to. htu is the URL AuthDesk called: an endpoint "
               "override or a proxy that names the endpoint otherwise than the provider does breaks it");
    else if (error == QLatin1String("use_dpop_nonce"))
        meaning = tr("the server wants its nonce in the DPoP proof");
    else if (error == QLatin1String("invalid_token"))
        meaning = tr("the access token was refused");
    else if (error == QLatin1String("server_error") || error == QLatin1String("temporarily_unavailable"))
        meaning = tr("the provider failed; try again later");
    else
        meaning = tr("see the provider's documentation");
    const QString said = Redactor::text(description);
    return said.isEmpty() ? tr("%1 (%2)").arg(error, meaning) : tr("%1 (%2): %3").arg(error, meaning, said);
}

QString OidcProvider::refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const {
    // Form-encoded, as providers write redirects: '+' is a space (a '+' itself comes as %2B).
    auto param = [&](const char *name) {
        return QUrl::fromPercentEncoding(redirect.queryItemValue(QLatin1String(name), QUrl::FullyEncoded)
                                             .replace(QLatin1Char('+'), QLatin1String("%20"))
                                             .toLatin1());
    };
    const bool hasCode = redirect.hasQueryItem(QStringLiteral("code"));
    const bool hasError = redirect.hasQueryItem(QStringLiteral("error"));
    if (hasCode && hasError)
        return tr(
            "The redirect carries both a code and an error; a genuine provider sends one or the other, so "
            "nothing was exchanged.");
    // RFC 9207: who answered, errors included. Another provider's answer in this run is a mix-up.
    if (redirect.hasQueryItem(QStringLiteral("iss"))) {
        if (param("iss") != issuerOf(tenant))
            return tr("The response names the issuer \"%1\", not this tenant's \"%2\": it came from another "
                      "provider (a mix-up attack, RFC 9207), so nothing was exchanged.")
                .arg(param("iss"), issuerOf(tenant));
    } else if (tenant.setting(discoveredIssParameter) == QLatin1String("true")) {
        return tr("The response has no iss parameter, but the provider promises one on every response "
                  "(authorization_response_iss_parameter_supported): it may come from another provider, so "
                  "nothing was exchanged.");
    }
    if (hasError)
        return param("error") == QLatin1String("access_denied")
                   ? tr("The user refused the authorization on the provider's page (access_denied%1). "
                        "Nothing "
                        "was exchanged.")
                         .arg(param("error_description").isEmpty()
                                  ? QString()
                                  : QStringLiteral(": ") + Redactor::text(param("error_description")))
                   : tr("The provider refused the authorization: %1. Nothing was exchanged.")
                         .arg(describeError(param("error"), param("error_description")));
    if (param("code").isEmpty())
        return tr("The redirect carries no code. Nothing was exchanged.");
    return {};
}

QString OidcProvider::refusalOnPage(const Tenant &tenant, const QUrl &url, const QString &text) const {
    if (!UrlRules::matchesRedirect(url, QUrl(endpoint(tenant, QStringLiteral("authorization")))))
        return {};
    static const QRegularExpression errorLine(QStringLiteral("(?m)^\\s*error:\\s*([a-z_]+)\\s*$"));
    static const QRegularExpression descriptionLine(QStringLiteral("(?m)^\\s*error_description:\\s*(.+)$"));
    const QRegularExpressionMatch error = errorLine.match(text);
    if (!error.hasMatch())
        return {};
    const QString code = error.captured(1);
    const QString description = descriptionLine.match(text).captured(1).trimmed();
    if (code == QLatin1String("invalid_redirect_uri") || code == QLatin1String("redirect_uri_mismatch"))
        return tr("The provider refused to redirect to %1: it is not among the client's registered redirect "
                  "URIs "
                  "(%2). Register it exactly, scheme, host, port and path, for client \"%3\" on the "
                  "provider, or "
                  "use one that is.")
            .arg(tenant.redirectUri, Redactor::text(description),
                 tenant.setting(QStringLiteral("client_id")));
    return tr("The provider showed an error page instead of the sign-in: %1. It does not redirect back, so "
              "the "
              "run ends here.")
        .arg(describeError(code, description));
}

QString OidcProvider::headerProblem(const Jose::Jws &idToken, const Tenant &resolved) {
    // RFC 7515 §4.1.11: extensions named critical must be understood, and AuthDesk knows none.
    if (idToken.header.contains(QLatin1String("crit")))
        return tr("The ID token's header names critical extensions (crit: %1) that AuthDesk does not "
                  "implement, so it is refused.")
            .arg(QString::fromUtf8(QJsonDocument(idToken.header.value(QLatin1String("crit")).toArray())
                                       .toJson(QJsonDocument::Compact)));
    const QString alg = idToken.alg();
    if (alg.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return tr("The ID token is unsigned (alg \"none\"): anyone could have written it, so it is refused.");
    if (alg.startsWith(QLatin1String("HS")) && !allowsSharedSecret(resolved))
        return tr("The ID token is signed with %1, a shared-secret algorithm; AuthDesk accepts only RS256, "
                  "PS256 and ES256 (an HS256 token keyed with the provider's public key is a known forgery), "
                  "so it is refused. If this provider signs ID tokens with the client secret on purpose, set "
                  "allow_hs to yes (--allow-hs yes).")
            .arg(alg);
    if (!acceptsAlgorithm(resolved, alg))
        return tr("The ID token's algorithm \"%1\" is not one of RS256, PS256 and ES256, so it is refused.")
            .arg(alg);
    const QStringList advertised =
        resolved.setting(discoveredAlgorithms).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!advertised.isEmpty() && !advertised.contains(alg))
        return tr("The ID token is signed with %1, which the provider does not advertise (%2), so it is "
                  "refused.")
            .arg(alg, advertised.join(QStringLiteral(", ")));
    return {};
}

Result<QJsonObject> OidcProvider::keyFor(const QJsonArray &keys, const Jose::Jws &idToken) {
    const QString kid = idToken.kid();
    QList<QJsonObject> fitting;
    for (const QJsonValue &value : keys) {
        const QJsonObject key = value.toObject();
        if (!kid.isEmpty() && key.value(QLatin1String("kid")).toString() != kid)
            continue;
        if (!kid.isEmpty()) {
            if (const QString problem = Jose::keyProblem(key, idToken.alg()); !problem.isEmpty())
                return Error::failed(tr("The ID token's key does not fit: %1.").arg(problem));
            return key;
        }
        if (Jose::keyProblem(key, idToken.alg()).isEmpty())
            fitting << key;
    }
    if (kid.isEmpty() && fitting.size() == 1)
        return fitting.constFirst();
    Error error{
        Error::Kind::NotFound,
        kid.isEmpty()
            ? tr("The ID token names no key (kid) and the JWKS has %n keys for its algorithm.", nullptr,
                 int(fitting.size()))
            : tr("The ID token was signed with key \"%1\", which is not in the provider's JWKS.").arg(kid)};
    return error;
}

QString OidcProvider::claimsProblem(const QJsonObject &claims, const Tenant &resolved, const QString &nonce,
                                    const QDateTime &now) {
    const QString issuer = issuerOf(resolved);
    const QString clientId = resolved.setting(QStringLiteral("client_id"));
    if (claims.value(QLatin1String("iss")).toString() != issuer)
        return tr("The ID token's issuer is \"%1\", not this tenant's \"%2\".")
            .arg(claims.value(QLatin1String("iss")).toString(), issuer);
    QStringList audiences;
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (aud.isArray())
        for (const QJsonValue &one : aud.toArray())
            audiences << one.toString();
    else
        audiences << aud.toString();
    if (!audiences.contains(clientId))
        return tr("The ID token's audience is %1, not this tenant's client id \"%2\": it was issued to "
                  "another "
                  "client.")
            .arg(audiences.join(QStringLiteral(", ")), clientId);
    const QString azp = claims.value(QLatin1String("azp")).toString();
    if (audiences.size() > 1 && azp.isEmpty())
        return tr("The ID token has several audiences (%1) but no azp naming the client it was issued to.")
            .arg(audiences.join(QStringLiteral(", ")));
    if (!azp.isEmpty() && azp != clientId)
        return tr("The ID token was issued to \"%1\" (azp), not this tenant's client id \"%2\".")
            .arg(azp, clientId);
    const std::optional<qint64> exp = jsonInteger(claims.value(QLatin1String("exp")));
    const std::optional<qint64> iat = jsonInteger(claims.value(QLatin1String("iat")));
    const qint64 nowSeconds = now.toSecsSinceEpoch();
    if (!exp || !iat)
        return tr("The ID token lacks a numeric exp or iat.");
    if (*exp <= nowSeconds - clockSkewSeconds)
        return tr("The ID token expired at %1 (now %2, 60 s of clock skew allowed).")
            .arg(timeOf(*exp), now.toLocalTime().toString(Qt::ISODate));
    if (*iat > nowSeconds + clockSkewSeconds)
        return tr("The ID token was issued in the future (%1; now %2, 60 s of clock skew allowed): check the "
                  "clocks.")
            .arg(timeOf(*iat), now.toLocalTime().toString(Qt::ISODate));
    // A grant that sends no nonce (device, refresh) is tied to the run otherwise.
    if (!nonce.isEmpty() && !claims.contains(QLatin1String("nonce")))
        return tr("The ID token carries no nonce, so it cannot be tied to this run.");
    if (!nonce.isEmpty() && claims.value(QLatin1String("nonce")).toString() != nonce)
        return tr(
            "The ID token's nonce is not this run's: it was issued for another authorization (a replay).");
    if (claims.value(QLatin1String("sub")).toString().isEmpty())
        return tr("The ID token has no sub.");
    return {};
}

QString OidcProvider::claimsHeld(const QString &nonce) {
    return nonce.isEmpty() ? tr("iss, aud, azp, exp and iat hold (this grant sends no nonce)")
                           : tr("iss, aud, azp, exp, iat and nonce hold");
}

Result<Identity> OidcProvider::identityFrom(const Tenant &tenant, const Jose::Jws &idToken,
                                            const QString &verifiedWith, const QString &claimsHeld,
                                            const QJsonObject &userInfo) const {
    // Claims are the ID token's and userinfo's (oidc-provider puts profile and email only in userinfo).
    QJsonObject claims = idToken.claims;
    for (auto it = userInfo.constBegin(); it != userInfo.constEnd(); ++it)
        if (it.key() != QLatin1String("sub"))
            claims.insert(it.key(), it.value());
    auto claimFor = [&](const char *field, const char *fallback) {
        const QString configured = tenant.setting(QStringLiteral("claim_") + QLatin1String(field));
        return configured.isEmpty() ? QString::fromLatin1(fallback) : configured;
    };
    Identity identity;
    identity.provider = key();
    identity.tenant = tenant.name;
    identity.idType = claimFor("external_id", "sub");
    identity.externalId = claimString(claims, identity.idType);
    if (identity.externalId.isEmpty())
        return Error::failed(
            tr("The claim \"%1\", configured as the external id, is in neither the ID token nor "
               "userinfo: request the scope that carries it, or pick another claim.")
                .arg(identity.idType));
    identity.name = claimString(claims, claimFor("name", "name"));
    if (identity.name.isEmpty())
        identity.name = claimString(claims, QStringLiteral("preferred_username"));
    if (claims.value(QLatin1String("email_verified")).toBool() ||
        !tenant.setting(QStringLiteral("claim_email")).isEmpty())
        identity.email = claimString(claims, claimFor("email", "email"));
    identity.mobile = claimString(claims, claimFor("mobile", "phone_number"));
    identity.department = claimString(claims, claimFor("department", "department"));
    identity.extra.insert(QStringLiteral("issuer"), issuerOf(tenant));
    if (identity.idType != QLatin1String("sub"))
        identity.extra.insert(QStringLiteral("sub"), claimString(claims, QStringLiteral("sub")));
    QJsonObject header;
    for (const char *name : {"alg", "kid", "typ"})
        if (idToken.header.contains(QLatin1String(name)))
            header.insert(QLatin1String(name), idToken.header.value(QLatin1String(name)));
    identity.raw.insert(QStringLiteral("id_token_header"), header);
    identity.raw.insert(QStringLiteral("id_token_claims"), Redactor::json(idToken.claims));
    identity.raw.insert(
        QStringLiteral("id_token_verification"),
        QJsonObject{{QStringLiteral("signature"), tr("valid: %1").arg(verifiedWith)},
                    {QStringLiteral("issued_at"), timeOf(idToken.claims.value(QLatin1String("iat")))},
                    {QStringLiteral("expires_at"), timeOf(idToken.claims.value(QLatin1String("exp")))},
                    {QStringLiteral("claims"), claimsHeld}});
    if (!userInfo.isEmpty())
        identity.raw.insert(QStringLiteral("userinfo"), Redactor::json(userInfo));
    return identity;
}

HttpRequest OidcProvider::codeRequest(const Tenant &tenant, const QString &secret, const QString &code,
                                      const QString &codeVerifier) const {
    QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                                        {QStringLiteral("code"), code},
                                        {QStringLiteral("redirect_uri"), tenant.redirectUri}};
    if (!codeVerifier.isEmpty())
        form.append({QStringLiteral("code_verifier"), codeVerifier});
    return tokenRequest(tenant, secret, form);
}

HttpRequest OidcProvider::tokenRequest(const Tenant &tenant, const QString &secret,
                                       const QList<QPair<QString, QString>> &form) const {
    return clientRequest(tenant, secret, QStringLiteral("token"),
                         QUrl(endpoint(tenant, QStringLiteral("token"))), form);
}

bool OidcProvider::signsAssertions(const Tenant &tenant) const {
    return settingOrDefault(tenant, QStringLiteral("client_auth")).endsWith(QLatin1String("_jwt"));
}

bool OidcProvider::makesSecret(const Tenant &tenant) const {
    return settingOrDefault(tenant, QStringLiteral("client_auth")) == QLatin1String("private_key_jwt");
}

QString OidcProvider::makeSecret(const Tenant &tenant) const {
    if (!makesSecret(tenant))
        return {};
    return QString::fromLatin1(
        Jose::SigningKey(settingOrDefault(tenant, QStringLiteral("key_type")), {}).privatePem());
}

Result<QJsonObject> OidcProvider::publicKeys(const Tenant &tenant, const QString &secret) const {
    if (!makesSecret(tenant))
        return Provider::publicKeys(tenant, secret);
    const Result<Jose::SigningKey> key = Jose::SigningKey::fromPem(secret.toLatin1());
    if (!key.ok())
        return key.error();
    QJsonObject jwk = key.value().publicJwk();
    jwk.insert(QStringLiteral("kid"), key.value().kid());
    jwk.insert(QStringLiteral("alg"), key.value().alg());
    return QJsonObject{{QStringLiteral("keys"), QJsonArray{jwk}}};
}

Result<QString> OidcProvider::clientAssertion(const Tenant &tenant, const QString &secret) const {
    const QString clientId = tenant.setting(QStringLiteral("client_id"));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject claims{{QStringLiteral("iss"), clientId},
                             {QStringLiteral("sub"), clientId},
                             {QStringLiteral("aud"), endpoint(tenant, QStringLiteral("token"))},
                             {QStringLiteral("jti"), randomAlphanumeric(32)},
                             {QStringLiteral("iat"), now},
                             {QStringLiteral("exp"), now + 60}};
    if (settingOrDefault(tenant, QStringLiteral("client_auth")) == QLatin1String("client_secret_jwt"))
        return QString::fromLatin1(Jose::compact({{QStringLiteral("alg"), QStringLiteral("HS256")},
                                                  {QStringLiteral("typ"), QStringLiteral("JWT")}},
                                                 claims, [&](const QByteArray &input) {
                                                     return Jose::hmac(QStringLiteral("HS256"),
                                                                       secret.toUtf8(), input);
                                                 }));
    const Result<Jose::SigningKey> key = Jose::SigningKey::fromPem(secret.toLatin1());
    if (!key.ok())
        return key.error();
    return QString::fromLatin1(Jose::compact(
        {{QStringLiteral("alg"), key.value().alg()},
         {QStringLiteral("kid"), key.value().kid()},
         {QStringLiteral("typ"), QStringLiteral("JWT")}},
        claims, [&](const QByteArray &input) { return key.value().sign(key.value().alg(), input); }));
}

HttpRequest OidcProvider::clientRequest(const Tenant &tenant, const QString &secret, const QString &purpose,
                                        const QUrl &url, QList<QPair<QString, QString>> form) const {
    const QString clientId = tenant.setting(QStringLiteral("client_id"));
    const QString method = settingOrDefault(tenant, QStringLiteral("client_auth"));
    const bool namesClient =
        std::any_of(form.cbegin(), form.cend(), [](const QPair<QString, QString> &field) {
            return field.first == QLatin1String("client_id");
        });
    if (method != QLatin1String("client_secret_basic") && !namesClient)
        form.append({QStringLiteral("client_id"), clientId});
    if (method == QLatin1String("client_secret_post"))
        form.append({QStringLiteral("client_secret"), secret});
    if (signsAssertions(tenant)) {
        // A key that cannot be read makes no assertion: the provider then answers invalid_client,
        // and the exchange log shows the request without one.
        const Result<QString> assertion = clientAssertion(tenant, secret);
        form.append({QStringLiteral("client_assertion_type"),
                     QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")});
        form.append({QStringLiteral("client_assertion"), assertion.ok() ? assertion.value() : QString()});
    }
    HttpRequest request = HttpRequest::postForm(purpose, url, form);
    if (method == QLatin1String("client_secret_basic")) // RFC 6749 §2.3.1: each part form-encoded first
        request.headers.append(
            {"Authorization",
             "Basic " +
                 (QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret)).toBase64()});
    request.credentials = {
        QStringLiteral("client_secret"), QStringLiteral("code_verifier"), QStringLiteral("Authorization"),
        QStringLiteral("access_token"),  QStringLiteral("id_token"),      QStringLiteral("refresh_token"),
        QStringLiteral("device_code"),   QStringLiteral("token"),         QStringLiteral("client_assertion")};
    return request;
}

QJsonObject OidcProvider::describeTokenAnswer(const QJsonObject &answer) {
    const QString token = answer.value(QLatin1String("access_token")).toString();
    QJsonObject described{{QStringLiteral("token_type"), answer.value(QLatin1String("token_type"))},
                          {QStringLiteral("expires_in"), answer.value(QLatin1String("expires_in"))},
                          {QStringLiteral("scope"), answer.value(QLatin1String("scope"))},
                          {QStringLiteral("length"), int(token.size())}};
    // A JWT shows its header and claims (the token itself never); anything else is opaque to us.
    const Result<Jose::Jws> jwt = Jose::parse(token.toLatin1());
    described.insert(QStringLiteral("format"), jwt.ok() ? QStringLiteral("jwt") : QStringLiteral("opaque"));
    if (jwt.ok()) {
        described.insert(QStringLiteral("header"), jwt.value().header);
        described.insert(QStringLiteral("claims"), Redactor::json(jwt.value().claims).toObject());
    }
    return described;
}

void OidcProvider::clientCredentials(const Tenant &tenant, const ProviderContext &context,
                                     std::function<void(const Status &)> done) const {
    if (!usesSecret(tenant))
        return done(Error::failed(tr("A public client (client authentication none) cannot use the client "
                                     "credentials grant."),
                                  tr("Use a confidential client of the provider.")));
    resolve(tenant, context, [this, context, done](const Result<Tenant> &resolved) {
        if (!resolved.ok())
            return done(resolved.error());
        QList<QPair<QString, QString>> form{
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
        // The scopes of a user's sign-in mean nothing here: only the ones beyond OpenID Connect's.
        QStringList scopes =
            resolved.value().setting(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const char *userScope : {"openid", "profile", "email", "offline_access"})
            scopes.removeAll(QLatin1String(userScope));
        if (!scopes.isEmpty())
            form.append({QStringLiteral("scope"), scopes.join(QLatin1Char(' '))});
        context.sendJson(
            tokenRequest(resolved.value(), context.secret, form), [done](const JsonReply &reply) {
                if (!reply.ok())
                    return done(reply.error());
                const QJsonObject answer = reply.value().json;
                const QString error = answer.value(QLatin1String("error")).toString();
                if (reply.value().status != 200 ||
                    answer.value(QLatin1String("access_token")).toString().isEmpty()) {
                    // Said as the provider said it: the hints of a sign-in's errors (PKCE…) do not apply.
                    const QString description = answer.value(QLatin1String("error_description")).toString();
                    Error refused = Error::failed(
                        tr("The provider refused the client credentials grant (HTTP %1): %2")
                            .arg(reply.value().status)
                            .arg(error.isEmpty()         ? tr("the answer has no access_token")
                                 : description.isEmpty() ? error
                                                         : QStringLiteral("%1: %2").arg(error, description)),
                        tr("The provider must allow the client_credentials grant for this client (a service "
                           "account "
                           "or machine-to-machine client)."));
                    refused.httpStatus = reply.value().status;
                    return done(refused);
                }
                const QJsonObject described = describeTokenAnswer(answer);
                done(Done{tr("The provider issued a %1 access token (%2), valid for %3 s.")
                              .arg(described.value(QLatin1String("token_type")).toString(),
                                   described.value(QLatin1String("format")).toString())
                              .arg(described.value(QLatin1String("expires_in")).toInt()),
                          described});
            });
    });
}

// The client's credentials without a user (PROVIDERS §9.3): the token endpoint authenticates the
// client before it looks at the grant, so a code that cannot be valid answers invalid_grant when
// the credentials are right and invalid_client when they are not. Never a real code.
void OidcProvider::healthChecks(const Tenant &tenant, const ProviderContext &context,
                                std::function<void(const QList<HealthCheck> &)> done) const {
    resolve(tenant, context, [this, context, done](const Result<Tenant> &resolved) {
        if (!resolved.ok()) // the credentials check has said why already
            return done({});
        context.sendJson(
            codeRequest(resolved.value(), context.secret, randomAlphanumeric(43), {}),
            [done](const JsonReply &reply) {
                HealthCheck check{QStringLiteral("oidc.client"), HealthCheck::Status::Warn, {}, {}, {}};
                const QString error =
                    reply.ok() ? reply.value().json.value(QLatin1String("error")).toString() : QString();
                if (!reply.ok()) {
                    check.status = HealthCheck::Status::Fail;
                    check.message = reply.errorText();
                } else if (error == QLatin1String("invalid_grant")) {
                    check.status = HealthCheck::Status::Ok;
                    check.message =
                        tr("The provider accepts the client's credentials: a code that cannot be valid "
                           "was refused as invalid_grant.");
                } else if (error == QLatin1String("invalid_client") ||
                           error == QLatin1String("unauthorized_client")) {
                    check.status = HealthCheck::Status::Fail;
                    check.message = tr("The provider refused the client's credentials (%1).").arg(error);
                    check.remedy = tr("Check the client id, the client secret and the client authentication "
                                      "method the provider expects (Edit tenant).");
                } else {
                    check.message =
                        tr("The provider answered a code that cannot be valid with HTTP %1 %2; it does "
                           "not say whether the client's credentials are right.")
                            .arg(reply.value().status)
                            .arg(error);
                }
                check.details = {{QStringLiteral("error"), error}};
                done({check});
            });
    });
}

std::unique_ptr<ExchangeJob> OidcProvider::exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                                    const AuthorizationRequest &request,
                                                    const ProviderContext &context) const {
    const QString code = redirect.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
    return std::make_unique<ExchangeJob>(context, [this, tenant, code, request](ExchangeJob &job) {
        const HttpRequest token = codeRequest(tenant, job.context().secret, code, request.codeVerifier);
        sendProved(job.context(), token, request.dpopKey, {},
                   [this, tenant, request, job = &job](const JsonReply &reply) {
                       if (const QString refused = tokenAnswerProblem(reply); !refused.isEmpty()) {
                           // A client that must prove a key gets tokens only with a proof, and some providers
                           // (oidc-provider) say no more than invalid_grant.
                           const bool mayWantDpop = request.dpopKey.isEmpty() &&
                                                    tenant.setting(discoveredDpop) == QLatin1String("true") &&
                                                    refused.contains(QLatin1String("invalid_grant"));
                           Error error =
                               mayWantDpop
                                   ? Error::failed(refused, tr("The provider offers DPoP: if this client "
                                                               "requires DPoP-bound tokens, set DPoP to yes "
                                                               "(--dpop)."))
                                   : Error::failed(refused);
                           error.httpStatus = reply.ok() ? reply.value().status : reply.error().httpStatus;
                           return job->finish(error);
                       }
                       signIn(job, tenant, reply.value().json, request.nonce, request.dpopKey);
                   });
    });
}

QString OidcProvider::answerError(const QJsonObject &answer, const QString &otherwise) {
    const QString error = answer.value(QLatin1String("error")).toString();
    return error.isEmpty()
               ? otherwise
               : describeError(error, answer.value(QLatin1String("error_description")).toString());
}

QString OidcProvider::tokenAnswerProblem(const JsonReply &reply) {
    if (!reply.ok())
        return reply.errorText();
    const QJsonObject answer = reply.value().json;
    auto field = [&](const char *name) { return answer.value(QLatin1String(name)).toString(); };
    if (reply.value().status == 200 && !field("access_token").isEmpty())
        return {};
    return tr("The token request failed (HTTP %1): %2")
        .arg(reply.value().status)
        .arg(answerError(answer, tr("the answer has no access_token")));
}

void OidcProvider::verifyIdToken(const ProviderContext &context, const Tenant &tenant, const QString &idToken,
                                 const QString &nonce,
                                 std::function<void(const Result<VerifiedIdToken> &)> done) const {
    const Result<Jose::Jws> parsed = Jose::parse(idToken.toLatin1());
    if (!parsed.ok())
        return done(Error::failed(tr("The ID token is refused: %1").arg(parsed.errorText())));
    if (const QString problem = headerProblem(parsed.value(), tenant); !problem.isEmpty())
        return done(Error::failed(problem));
    const Jose::Jws jws = parsed.value();
    verifySignature(context, endpoint(tenant, QStringLiteral("jwks")), jws,
                    [tenant, nonce, jws, done](const Result<QString> &verifiedWith) {
                        if (!verifiedWith.ok())
                            return done(Error::failed(verifiedWith.error().message));
                        if (const QString problem =
                                claimsProblem(jws.claims, tenant, nonce, QDateTime::currentDateTimeUtc());
                            !problem.isEmpty())
                            return done(Error::failed(problem));
                        done(VerifiedIdToken{jws, verifiedWith.value()});
                    });
}

void OidcProvider::signIn(ExchangeJob *job, const Tenant &tenant, const QJsonObject &answer,
                          const QString &nonce, const QString &dpopKey) const {
    const QString idToken = answer.value(QLatin1String("id_token")).toString();
    if (idToken.isEmpty())
        return job->finish(
            Error::failed(tr("The token answer has no id_token: the provider treated this "
                             "as plain OAuth 2.0. Check that \"openid\" is among the scopes.")));
    verifyIdToken(
        job->context(), tenant, idToken, nonce,
        [this, tenant, nonce, dpopKey, job, answer](const Result<VerifiedIdToken> &verified) {
            if (!verified.ok())
                return job->finish(verified.error());
            const Jose::Jws jws = verified.value().jws;
            const QString verifiedWith = verified.value().verifiedWith;
            job->context().note(FlowStep::Status::Ok, tr("ID token verified"),
                                QStringLiteral("%1; %2").arg(verifiedWith, claimsHeld(nonce)));
            auto finish = [this, tenant, job, jws, answer, nonce, dpopKey,
                           verifiedWith](const QJsonObject &userInfo) {
                const Result<Identity> identity =
                    identityFrom(tenant, jws, verifiedWith, claimsHeld(nonce), userInfo);
                job->finishKeeping(identity, keptTokens(answer, jws.claims, dpopKey));
            };
            checkDpopBinding(job, tenant, answer, dpopKey, [this, tenant, job, jws, answer, dpopKey, finish] {
                const QString userinfo = endpoint(tenant, QStringLiteral("userinfo"));
                if (userinfo.isEmpty())
                    return finish({});
                const QString accessToken = answer.value(QLatin1String("access_token")).toString();
                HttpRequest info;
                info.purpose = QStringLiteral("userinfo");
                info.url = QUrl(userinfo);
                info.headers = {
                    {"Authorization", (dpopKey.isEmpty() ? "Bearer " : "DPoP ") + accessToken.toLatin1()}};
                info.credentials = {QStringLiteral("Authorization")};
                sendProved(
                    job->context(), info, dpopKey, accessToken, [job, jws, finish](const JsonReply &reply) {
                        if (!reply.ok())
                            return job->finish(reply.error());
                        const QJsonObject answer = reply.value().json;
                        if (reply.value().status != 200) {
                            const QString said = answer.value(QLatin1String("error"))
                                                     .toString(QStringLiteral("invalid_token"));
                            return job->finish(Error::failed(
                                tr("userinfo refused (HTTP %1): %2")
                                    .arg(reply.value().status)
                                    .arg(describeError(
                                        said, answer.value(QLatin1String("error_description")).toString()))));
                        }
                        const QString sub = jws.claims.value(QLatin1String("sub")).toString();
                        if (answer.value(QLatin1String("sub")).toString() != sub)
                            return job->finish(Error::failed(
                                tr("userinfo describes sub \"%1\", but the ID token is for \"%2\": the "
                                   "answer is about someone else, so it is discarded.")
                                    .arg(answer.value(QLatin1String("sub")).toString(), sub)));
                        finish(answer);
                    });
            });
        });
}

void OidcProvider::checkDpopBinding(ExchangeJob *job, const Tenant &tenant, const QJsonObject &answer,
                                    const QString &dpopKey, std::function<void()> then) const {
    if (dpopKey.isEmpty())
        return then();
    const QString type = answer.value(QLatin1String("token_type")).toString();
    if (type.compare(QLatin1String("DPoP"), Qt::CaseInsensitive) != 0)
        return job->finish(
            Error::failed(tr("The provider answered the DPoP proof with a %1 token, not a DPoP-bound one: "
                             "anyone who holds it "
                             "can use it. Enable DPoP for this client on the provider, or set dpop to no.")
                              .arg(type.isEmpty() ? tr("untyped") : type)));
    const QString expected = Jose::SigningKey::fromPem(dpopKey.toLatin1()).value().kid();
    auto compare = [job, expected, then](const QJsonObject &claims, const QString &where) {
        const QString jkt =
            claims.value(QLatin1String("cnf")).toObject().value(QLatin1String("jkt")).toString();
        if (jkt != expected)
            return job->finish(Error::failed(
                tr("The access token is bound to the key %1 (cnf.jkt, %2), not to this run's DPoP key %3.")
                    .arg(jkt.isEmpty() ? tr("of nobody") : jkt, where, expected)));
        job->context().note(FlowStep::Status::Ok, tr("DPoP binding verified"),
                            tr("token_type DPoP; cnf.jkt %1 is this run's key (%2)").arg(jkt, where));
        then();
    };
    const QString accessToken = answer.value(QLatin1String("access_token")).toString();
    if (const Result<Jose::Jws> jwt = Jose::parse(accessToken.toLatin1()); jwt.ok())
        return compare(jwt.value().claims, tr("in the JWT access token"));
    if (endpoint(tenant, QStringLiteral("introspection")).isEmpty()) {
        job->context().note(FlowStep::Status::Warning, tr("DPoP binding not checked"),
                            tr("the access token is opaque and the provider offers no introspection"));
        return then();
    }
    introspect(tenant, job->context(), accessToken, QStringLiteral("access_token"),
               [compare, job](const Status &said) {
                   if (!said.ok())
                       return job->finish(said.error());
                   compare(said.value().details, tr("as introspection says"));
               });
}

KeptTokens OidcProvider::keptTokens(const QJsonObject &answer, const QJsonObject &idClaims,
                                    const QString &dpopKey) {
    KeptTokens kept;
    for (const char *name : {"access_token", "refresh_token", "id_token"})
        if (answer.contains(QLatin1String(name)))
            kept.credentials.insert(QLatin1String(name), answer.value(QLatin1String(name)));
    if (!dpopKey.isEmpty()) // the tokens are bound to it: a refresh proves it again
        kept.credentials.insert(QStringLiteral("dpop_key"), dpopKey);
    for (const char *name : {"token_type", "scope"})
        if (answer.contains(QLatin1String(name)))
            kept.about.insert(QLatin1String(name), answer.value(QLatin1String(name)));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    kept.about.insert(QStringLiteral("issued_at"), now);
    if (const std::optional<qint64> lifetime = jsonInteger(answer.value(QLatin1String("expires_in"))))
        kept.about.insert(QStringLiteral("expires_at"), now + *lifetime);
    // What a refreshed ID token must keep (OpenID Connect Core §12.2).
    for (const char *name : {"iss", "sub", "aud"})
        kept.about.insert(QLatin1String(name), idClaims.value(QLatin1String(name)));
    return kept;
}

namespace {
constexpr auto deviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code";
} // namespace

std::unique_ptr<ExchangeJob>
OidcProvider::deviceGrant(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const DeviceAuthorization &)> shown) const {
    return std::make_unique<ExchangeJob>(context, [this, tenant, shown](ExchangeJob &job) {
        const QString endpointUrl = endpoint(tenant, QStringLiteral("device_authorization"));
        if (endpointUrl.isEmpty())
            return job.finish(Error::failed(
                tr("The provider offers no device authorization grant: its discovery document names no "
                   "device_authorization_endpoint."),
                tr("Enable the device flow for this client on the provider, or set --endpoint "
                   "device_authorization=URL.")));
        HttpRequest request = clientRequest(
            tenant, job.context().secret, QStringLiteral("device authorization"), QUrl(endpointUrl),
            {{QStringLiteral("scope"), settingOrDefault(tenant, QStringLiteral("scope")).simplified()}});
        job.context().sendJson(request, [this, tenant, shown, job = &job](const JsonReply &reply) {
            if (!reply.ok())
                return job->finish(reply.error());
            const QJsonObject answer = reply.value().json;
            auto field = [&](const char *name) { return answer.value(QLatin1String(name)).toString(); };
            if (reply.value().status != 200 || field("device_code").isEmpty() ||
                field("user_code").isEmpty() || field("verification_uri").isEmpty())
                return job->finish(Error::failed(
                    tr("The device authorization request failed (HTTP %1): %2")
                        .arg(reply.value().status)
                        .arg(answerError(
                            answer, tr("the answer lacks device_code, user_code or verification_uri")))));
            DeviceAuthorization shownToUser;
            shownToUser.userCode = field("user_code");
            shownToUser.verificationUri = QUrl(field("verification_uri"));
            shownToUser.verificationUriComplete = QUrl(field("verification_uri_complete"));
            shownToUser.intervalSeconds = int(
                std::clamp<qint64>(jsonInteger(answer.value(QLatin1String("interval"))).value_or(5), 1, 60));
            shownToUser.expiresInSeconds =
                int(std::max<qint64>(0, jsonInteger(answer.value(QLatin1String("expires_in"))).value_or(0)));
            for (const QUrl &url : {shownToUser.verificationUri, shownToUser.verificationUriComplete})
                if (const QString problem = UrlRules::checkServiceUrl(url, tr("The verification URI"));
                    !url.isEmpty() && !problem.isEmpty())
                    return job->finish(Error::failed(problem));
            job->context().note(FlowStep::Status::Ok, tr("User code issued"),
                                tr("%1 at %2; polling every %3 s for %4 s")
                                    .arg(shownToUser.userCode, shownToUser.verificationUri.toString())
                                    .arg(shownToUser.intervalSeconds)
                                    .arg(shownToUser.expiresInSeconds));
            shown(shownToUser);
            pollDevice(job, tenant, field("device_code"), shownToUser.intervalSeconds, newDpopKey(tenant));
        });
    });
}

void OidcProvider::pollDevice(ExchangeJob *job, const Tenant &tenant, const QString &deviceCode,
                              int intervalSeconds, const QString &dpopKey) const {
    const int wait = intervalSeconds * job->context().platformSecondMs;
    QTimer::singleShot(wait, job->context().guard, [this, job, tenant, deviceCode, intervalSeconds, dpopKey] {
        const HttpRequest poll = tokenRequest(tenant, job->context().secret,
                                              {{QStringLiteral("grant_type"), QLatin1String(deviceCodeGrant)},
                                               {QStringLiteral("device_code"), deviceCode}});
        sendProved(
            job->context(), poll, dpopKey, {},
            [this, job, tenant, deviceCode, dpopKey, intervalSeconds](const JsonReply &reply) {
                if (!reply.ok())
                    return job->finish(reply.error());
                const QJsonObject answer = reply.value().json;
                const QString error = answer.value(QLatin1String("error")).toString();
                if (error == QLatin1String("authorization_pending"))
                    return pollDevice(job, tenant, deviceCode, intervalSeconds, dpopKey);
                if (error == QLatin1String("slow_down")) { // RFC 8628 §3.5: five seconds more from now on
                    job->context().note(FlowStep::Status::Warning, tr("slow_down"),
                                        tr("the provider asked for slower polling: every %1 s from now on")
                                            .arg(intervalSeconds + 5));
                    return pollDevice(job, tenant, deviceCode, intervalSeconds + 5, dpopKey);
                }
                if (error == QLatin1String("access_denied"))
                    return job->finish(Error::failed(tr(
                        "The user refused the sign-in on the verification page (access_denied). Nothing was "
                        "issued.")));
                if (error == QLatin1String("expired_token"))
                    return job->finish(Error::failed(
                        tr("The device code expired before anyone signed in with the user code "
                           "(expired_token)."),
                        tr("Start the device sign-in again and enter the new code within its lifetime.")));
                if (const QString refused = tokenAnswerProblem(reply); !refused.isEmpty())
                    return job->finish(Error::failed(refused));
                job->context().note(FlowStep::Status::Ok, tr("The user signed in"),
                                    tr("the device code was exchanged for tokens"));
                signIn(job, tenant, answer, QString(), dpopKey);
            });
    });
}

void OidcProvider::checkCredentials(const Tenant &tenant, const ProviderContext &context,
                                    std::function<void(const Status &)> done) const {
    resolve(tenant, context, [this, context, done](const Result<Tenant> &resolved) {
        if (!resolved.ok())
            return done(resolved.error());
        const Tenant found = resolved.value();
        const QString jwks = endpoint(found, QStringLiteral("jwks"));
        fetchJwks(context, jwks, [this, found, jwks, done](const Result<QJsonArray> &keys) {
            if (!keys.ok())
                return done(keys.error());
            QStringList kids;
            QJsonArray keyList;
            for (const QJsonValue &value : keys.value()) {
                const QJsonObject key = value.toObject();
                const QString kid = key.value(QLatin1String("kid")).toString();
                kids << QStringLiteral("%1 (%2)").arg(kid, key.value(QLatin1String("kty")).toString());
                keyList.append(QJsonObject{{QStringLiteral("kid"), kid},
                                           {QStringLiteral("kty"), key.value(QLatin1String("kty"))},
                                           {QStringLiteral("alg"), key.value(QLatin1String("alg"))},
                                           {QStringLiteral("use"), key.value(QLatin1String("use"))}});
            }
            QJsonObject endpoints;
            for (const auto &endpoint : discoveredEndpoints)
                endpoints.insert(endpoint.first, this->endpoint(found, endpoint.first));
            const QString algorithms = found.setting(discoveredAlgorithms);
            Done result{
                tr("Discovery works: the issuer matches. Endpoints: authorization %1, token %2, userinfo %3, "
                   "jwks %4. ID token algorithms: %5. Keys: %6. The client secret is checked at the "
                   "first run.")
                    .arg(endpoints.value(QLatin1String("authorization")).toString(),
                         endpoints.value(QLatin1String("token")).toString(),
                         endpoints.value(QLatin1String("userinfo")).toString(tr("none")), jwks,
                         algorithms.isEmpty() ? tr("not advertised") : algorithms,
                         kids.isEmpty() ? tr("none") : kids.join(QStringLiteral(", ")))};
            result.details = {{QStringLiteral("issuer"), issuerOf(found)},
                              {QStringLiteral("endpoints"), endpoints},
                              {QStringLiteral("algorithms"), QJsonArray::fromStringList(algorithms.split(
                                                                 QLatin1Char(' '), Qt::SkipEmptyParts))},
                              {QStringLiteral("iss_parameter"),
                               found.setting(discoveredIssParameter) == QLatin1String("true")},
                              {QStringLiteral("keys"), keyList}};
            done(result);
        });
    });
}

namespace {
// The kept token `which` names ("access", "refresh", or "previous": the refresh token a rotation
// replaced), with its RFC 7009/7662 type hint.
struct NamedToken {
    QString field; // of KeptTokens::credentials
    QString value;
    QString hint;
    QString label; // translated
};
NamedToken namedToken(const KeptTokens &kept, const QString &which) {
    auto named = [&](const char *field, const char *hint, const QString &label) {
        return NamedToken{QLatin1String(field), kept.credential(field), QLatin1String(hint), label};
    };
    if (which == QLatin1String("refresh"))
        return named("refresh_token", "refresh_token", OidcProvider::tr("refresh token"));
    if (which == QLatin1String("previous"))
        return named("previous_refresh_token", "refresh_token", OidcProvider::tr("previous refresh token"));
    return named("access_token", "access_token", OidcProvider::tr("access token"));
}
} // namespace

void OidcProvider::operateOnTokens(TokenOperation operation, const QString &which, const Tenant &tenant,
                                   const ProviderContext &context, const KeptTokens &kept,
                                   std::function<void(const Status &, const KeptTokens &)> done) const {
    if (operation == TokenOperation::Refresh) // with the refresh token, whichever `which` names
        return refreshTokens(tenant, context, kept, which, done);
    const NamedToken token = namedToken(kept, which);
    if (token.value.isEmpty())
        return done(
            Error::failed(tr("No %1 is kept for this tenant.").arg(token.label),
                          tr("Run the authorization again with \"keep tokens\" (--keep-tokens); a refresh "
                             "token is issued only when the provider allows it for this client.")),
            {});
    if (operation == TokenOperation::Introspect)
        return introspect(tenant, context, token.value, token.hint,
                          [done](const Status &report) { done(report, {}); });
    const QString url = endpoint(tenant, QStringLiteral("revocation"));
    if (url.isEmpty())
        return done(Error::failed(tr("The provider names no revocation_endpoint (RFC 7009).")), {});
    const HttpRequest request = clientRequest(
        tenant, context.secret, QStringLiteral("revocation"), QUrl(url),
        {{QStringLiteral("token"), token.value}, {QStringLiteral("token_type_hint"), token.hint}});
    context.send(request, [this, tenant, context, kept, token, which, done](const HttpResponse &response) {
        if (!response.transportOk() || response.status != 200) {
            QString problem;
            const QJsonObject answer = response.json(&problem);
            return done(
                Error::failed(tr("The revocation failed: %1")
                                  .arg(!response.transportOk()
                                           ? response.error
                                           : answerError(answer, tr("HTTP %1").arg(response.status)))),
                {});
        }
        KeptTokens left = kept;
        left.credentials.remove(token.field);
        // RFC 7009 answers 200 for a token it did not know as well: introspection tells.
        if (endpoint(tenant, QStringLiteral("introspection")).isEmpty())
            return done(Done{tr("The provider accepted the revocation of the %1 (HTTP 200); it offers no "
                                "introspection to confirm it.")
                                 .arg(token.label)},
                        left);
        introspect(tenant, context, token.value, token.hint, [token, left, done](const Status &after) {
            if (!after.ok())
                return done(after, left);
            const bool active = after.value().details.value(QLatin1String("active")).toBool();
            if (active)
                return done(Error::failed(tr("The provider answered the revocation with HTTP 200, but "
                                             "introspection still says the %1 is active.")
                                              .arg(token.label)),
                            {});
            Done revoked{
                tr("The %1 is revoked: introspection confirms it is no longer active.").arg(token.label),
                after.value().details};
            done(revoked, left);
        });
    });
}

void OidcProvider::introspect(const Tenant &tenant, const ProviderContext &context, const QString &token,
                              const QString &hint, std::function<void(const Status &)> done) const {
    const QString url = endpoint(tenant, QStringLiteral("introspection"));
    if (url.isEmpty())
        return done(Error::failed(tr("The provider names no introspection_endpoint (RFC 7662).")));
    const HttpRequest request =
        clientRequest(tenant, context.secret, QStringLiteral("introspection"), QUrl(url),
                      {{QStringLiteral("token"), token}, {QStringLiteral("token_type_hint"), hint}});
    context.sendJson(request, [done](const JsonReply &reply) {
        if (!reply.ok())
            return done(reply.error());
        const QJsonObject answer = reply.value().json;
        if (reply.value().status != 200 || !answer.value(QLatin1String("active")).isBool())
            return done(
                Error::failed(tr("The introspection failed (HTTP %1): %2")
                                  .arg(reply.value().status)
                                  .arg(answerError(answer, tr("the answer has no boolean \"active\"")))));
        const QJsonObject details = Redactor::json(answer).toObject();
        if (!answer.value(QLatin1String("active")).toBool())
            return done(
                Done{tr("The token is not active: revoked, expired or unknown to the provider."), details});
        const std::optional<qint64> exp = jsonInteger(answer.value(QLatin1String("exp")));
        done(Done{tr("The token is active: client %1, subject %2, scope \"%3\", expires %4.")
                      .arg(answer.value(QLatin1String("client_id")).toString(),
                           answer.value(QLatin1String("sub")).toString(tr("none")),
                           answer.value(QLatin1String("scope")).toString(), exp ? timeOf(*exp) : tr("never")),
                  details});
    });
}

void OidcProvider::refreshTokens(const Tenant &tenant, const ProviderContext &context, const KeptTokens &kept,
                                 const QString &which,
                                 std::function<void(const Status &, const KeptTokens &)> done) const {
    const NamedToken used =
        namedToken(kept, which == QLatin1String("previous") ? which : QStringLiteral("refresh"));
    if (used.value.isEmpty())
        return done(
            Error::failed(tr("No %1 is kept for this tenant: the provider issued none.").arg(used.label),
                          tr("Allow the refresh_token grant for this client on the provider.")),
            {});
    const HttpRequest request = tokenRequest(tenant, context.secret,
                                             {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                              {QStringLiteral("refresh_token"), used.value}});
    const QString dpopKey = kept.credential("dpop_key");
    sendProved(
        context, request, dpopKey, {},
        [this, tenant, context, kept, which, used, done](const JsonReply &reply) {
            const bool previous = which == QLatin1String("previous");
            if (const QString refused = tokenAnswerProblem(reply); !refused.isEmpty()) {
                if (previous) // what rotation is for: a replaced refresh token no longer works
                    return done(
                        Done{tr("The previous refresh token no longer works, as a rotated token must not "
                                "(RFC 9700 §4.14.2): %1. A provider that detects the reuse may have revoked "
                                "the whole grant: refresh to see.")
                                 .arg(refused),
                             {{QStringLiteral("previous_works"), false}}},
                        KeptTokens{});
                return done(
                    Error::failed(tr("The refresh was refused: %1").arg(refused),
                                  tr("A refresh token that was revoked, rotated away or expired cannot be "
                                     "used again: run the authorization again with \"keep tokens\".")),
                    {});
            }
            const QJsonObject answer = reply.value().json;
            const QString newRefresh = answer.value(QLatin1String("refresh_token")).toString();
            const bool rotated = !newRefresh.isEmpty() && newRefresh != used.value;
            QJsonObject details{{QStringLiteral("access_token"), describeTokenAnswer(answer)},
                                {QStringLiteral("refresh_token_rotated"), rotated}};
            if (previous)
                details.insert(QStringLiteral("previous_works"), true);
            auto keep = [kept, answer, rotated, used, previous](const QJsonObject &idClaims) {
                KeptTokens next = keptTokens(answer, idClaims, kept.credential("dpop_key"));
                if (!next.credentials.contains(
                        QLatin1String("refresh_token"))) // RFC 6749 §6: the old one stays valid
                    next.credentials.insert(QStringLiteral("refresh_token"),
                                            kept.credential("refresh_token"));
                if (!next.credentials.contains(QLatin1String("id_token")) &&
                    !kept.credential("id_token").isEmpty())
                    next.credentials.insert(QStringLiteral("id_token"), kept.credential("id_token"));
                if (rotated && !previous)
                    next.credentials.insert(QStringLiteral("previous_refresh_token"), used.value);
                return next;
            };
            const QString message =
                previous
                    ? tr("The previous refresh token still works: the provider does not enforce rotation "
                         "(RFC 9700 §4.14.2 asks that it should). A new access token was issued.")
                : rotated ? tr("Refreshed: a new access token, and the refresh token rotated (the previous "
                               "one is kept "
                               "to try with --which previous).")
                          : tr("Refreshed: a new access token; the refresh token did not rotate.");
            const QString idToken = answer.value(QLatin1String("id_token")).toString();
            if (idToken.isEmpty())
                return done(Done{message, details}, keep(kept.about));
            // OpenID Connect Core §12.2: a refreshed ID token is verified like the first, and must keep
            // the first one's iss, sub and aud.
            verifyIdToken(
                context, tenant, idToken, QString(),
                [kept, message, details, keep, done](const Result<VerifiedIdToken> &verified) {
                    if (!verified.ok())
                        return done(verified.error(), {});
                    const QJsonObject claims = verified.value().jws.claims;
                    for (const char *name : {"iss", "sub", "aud"})
                        if (kept.about.contains(QLatin1String(name)) &&
                            claims.value(QLatin1String(name)) != kept.about.value(QLatin1String(name)))
                            return done(
                                Error::failed(tr("The refreshed ID token's %1 is not the first one's: "
                                                 "OpenID Connect Core §12.2 says it must stay the same.")
                                                  .arg(QLatin1String(name))),
                                {});
                    QJsonObject withIdToken = details;
                    withIdToken.insert(
                        QStringLiteral("id_token"),
                        QJsonObject{{QStringLiteral("verified"), verified.value().verifiedWith},
                                    {QStringLiteral("claims"), Redactor::json(claims)}});
                    done(Done{message + QLatin1Char(' ') +
                                  tr("The new ID token is verified and keeps iss, sub and aud."),
                              withIdToken},
                         keep(claims));
                });
        });
}

QUrl OidcProvider::logoutUrl(const Tenant &tenant, const KeptTokens &kept, const QString &state) const {
    QUrl url(endpoint(tenant, QStringLiteral("end_session")));
    if (url.isEmpty())
        return {};
    QUrlQuery query(url);
    const QList<QPair<QString, QString>> items{
        {QStringLiteral("client_id"), tenant.setting(QStringLiteral("client_id"))},
        {QStringLiteral("id_token_hint"), kept.credential("id_token")},
        {QStringLiteral("post_logout_redirect_uri"), tenant.redirectUri},
        {QStringLiteral("state"), state}};
    for (const auto &item : items)
        if (!item.second.isEmpty())
            query.addQueryItem(item.first, QString::fromLatin1(QUrl::toPercentEncoding(item.second)));
    url.setQuery(query);
    return url;
}
