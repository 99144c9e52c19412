#pragma once

#include "Clock.h"
#include "Sandbox.h"
#include "Tenant.h"
#include "store/StoreUrl.h"
#include "workspace/Workspace.h"

#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <memory>
#include <optional>

class SuiteSession;

class FlowRun;
class QProcess;

namespace TestSupport {
// A tenant of `provider` set up for the sandbox's own enterprise, every endpoint at `sandbox`.
Tenant sandboxTenant(const QString &provider, const QUrl &sandbox, const QString &name,
                     const QString &redirectUri = {});
// The secret the sandbox accepts for its tenants of `provider`.
QString sandboxSecret(const QString &provider);
// A WeCom tenant whose every endpoint is the sandbox at `sandbox`.
Tenant wecomTenant(const QUrl &sandbox, const QString &name = QStringLiteral("acme"),
                   const QString &redirectUri = QStringLiteral("https://app.example.com/sso/callback"));
// A 勤策 tenant whose every endpoint is the sandbox at `sandbox`.
Tenant qinceTenant(const QUrl &sandbox, const QString &name,
                   const QString &redirectUri = QStringLiteral("https://app.example.com/sso/qince/callback"));
// A 企企 tenant (code mode unless changed) whose every endpoint is the sandbox at `sandbox`.
Tenant qiqiTenant(const QUrl &sandbox, const QString &name,
                  const QString &redirectUri = QStringLiteral("https://app.example.com/sso/qiqi/callback"));
// A loopback port nobody listens on right now.
quint16 freePort();
// Saves the tenant with the sandbox's secret (or `secret`) through the real keychain.
bool saveTenant(Workspace &workspace, Tenant &tenant, const QString &secret = {},
                const QMap<QString, QString> &otherSecrets = {});
// GETs an authorization URL without following redirects and returns the Location it answers,
// resolved against the URL: where a browser goes once the (auto-approving) sandbox user confirms.
QUrl redirectFrom(const QUrl &authorizationUrl);
// Starts the run and returns its authorization URL, waiting for it when the run prepares first
// (OpenID Connect discovery); invalid when the run failed.
QUrl startRun(FlowRun &run, int timeoutMs = 15000);
// Waits until the run has finished; returns whether it succeeded.
bool waitFinished(FlowRun &run, int timeoutMs = 20000);
// Every file under dir, concatenated (binary safe), for secret scans.
QByteArray readTree(const QString &dir);
// The real OpenID Provider (npm oidc-provider, tests/oidc-provider/server.mjs) on a random
// loopback port, stopped with this object. Clients "conf" (client_secret_basic), "post"
// (client_secret_post) and "pub" (none), each with `redirectUri` and PKCE required.
class RealOpenIdProvider {
public:
    RealOpenIdProvider();
    ~RealOpenIdProvider();
    // Starts it; with autoLogin, that user signs in and consents without a page. False with
    // *error when node or the package is missing (scripts/test.sh installs them).
    bool start(const QString &redirectUri, const QString &autoLogin, QString *error);
    QString issuer() const { return m_issuer; }
    QString clientSecret() const { return m_clientSecret; }
    // A reverse proxy in front of it (another port; the provider is told its own host).
    QString proxy() const { return m_proxy; }
    // A saved oidc tenant of `client` at this provider.
    Tenant tenant(const QString &name, const QString &client, const QString &redirectUri) const;
    // A test control of server.mjs (POST /test/device?…, PUT /test/jwks, …): its JSON answer.
    QJsonValue control(const QByteArray &method, const QString &pathAndQuery,
                       const QByteArray &body = {}) const;
    // Every token and device code this provider has handed out.
    QList<QByteArray> minted() const;
    // Where a browser that signs in without a page (--auto-login) ends after following the
    // provider's redirects from `url`, with its cookies: the first URL that starts with `until`.
    QUrl follow(const QUrl &url, const QString &until) const;

private:
    std::unique_ptr<QProcess> m_process;
    QString m_issuer;
    QString m_clientSecret;
    QString m_proxy;
};

// A new, empty database on the PostgreSQL server scripts/postgres-session.sh started
// (AUTHDESK_TEST_PG_URL, _PASSWORD), named `prefix` and a random part; fatal when it cannot.
StoreUrl freshPostgresDatabase(const QString &prefix);

// What the flow tests of every platform share: a data directory, the sandbox, a workspace on the
// real keychain, and fresh tenants and runs.
class FlowTest : public QObject {
    Q_OBJECT

protected:
    QTemporaryDir m_data;
    Sandbox m_sandbox;
    std::unique_ptr<Workspace> m_workspace;
    int m_tenantCounter = 0;

    // Call from initTestCase; `clock` paces the workspace's calls.
    void setUpWorkspace(Clock *clock = Clock::steady());
    QString databasePath() const { return m_data.filePath(QStringLiteral("authdesk.sqlite")); }
    // A saved tenant of `provider` on the sandbox, with extra settings; unique name.
    Tenant freshTenant(const QString &provider, const QMap<QString, QString> &settings = {});
    std::unique_ptr<FlowRun> newRun(const Tenant &tenant, const QString &mode = {},
                                    Workspace *workspace = nullptr);
    // Starts the run and returns where the sandbox sends the browser once `user` has picked.
    QUrl approve(FlowRun &run, const QString &user);
    // A new run of `tenant` in which `user` picks themselves, run to its end; its tokens kept
    // in the keychain when `keepTokens`.
    std::unique_ptr<FlowRun> signIn(const Tenant &tenant, const QString &user, bool keepTokens = false);
    // An operation on the tokens a run of `tenant` kept (TokenSession), waited for.
    Status operateOnKeptTokens(const Tenant &tenant, TokenOperation operation, const QString &which);
    static QString queryValue(const QUrl &url, const char *key);
    int calls(const QString &provider, const char *api) const;
    static QString stepTitles(const FlowRun &run);
    // A /sandbox/control command over HTTP, answered while this thread's event loop runs (so that
    // a push reaches a listener on this thread).
    bool sandboxControl(const QJsonObject &command);

    // WeCom service-provider apps (PROVIDERS §8).
    // The session of a wecom_suite tenant, opened (its secrets read) and listening on loopback.
    std::unique_ptr<SuiteSession> openSuiteSession(const Tenant &tenant);
    // The sandbox pushes `infoType` of `suite` to the session's callback URL; waits until handled.
    bool pushSuiteEvent(SuiteSession &session, const QString &infoType, const QString &suite);
    // An install of `tenant` run to its end and adopted by `session`: the installing admin.
    std::optional<Identity> installSuite(const Tenant &tenant, SuiteSession &session);
};
} // namespace TestSupport
