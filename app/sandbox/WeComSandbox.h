#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QString>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;

// The WeCom part of the sandbox (PROVIDERS.md §1): authorization pages for wwlogin, qrConnect and
// OAuth with a user picker, single-use codes, gettoken with caching and early invalidation,
// getuserinfo (current and legacy casing), user/get, getuserdetail, department/list, user/list,
// and switchable faults. Routes run on the sandbox thread; state is guarded by a mutex.
class WeComSandbox {
public:
    static const QString corpId;
    static const QString agentId;
    static const QString corpSecret;
    static const QStringList trustedHosts;

    struct Member {
        QString userid;
        QString name;
        QList<int> departments;
        QString position;
        QString mobile;
        QString email;
    };

    WeComSandbox();
    void addRoutes(QHttpServer &server);

    // Faults: "busy" (-1), "token_invalid" (40014), "rate_limit" (45009), "ip_not_trusted" (60020),
    // "untrusted_redirect" (50001 page), "redirect_not_trusted" (50001 from the API), "malformed"
    // (truncated JSON), "slow" (answer after delayMs), "legacy_casing" (UserId/OpenId as the legacy
    // user/getuserinfo answers).
    // `path` limits the fault to one API ("gettoken", "auth/getuserinfo", ...; empty = any API but
    // gettoken); `times` < 0 keeps it until cleared.
    void setFault(const QString &name, const QString &path = {}, int times = 1, int delayMs = 0);
    void clearFaults();
    // When set, the authorization pages redirect at once as if this user had picked themselves
    // ("deny" denies); used by command-line tests that cannot click.
    void setAutoApprove(const QString &user);
    // Forces every issued token to become invalid (WeCom may do this before expiry).
    void invalidateTokens();
    void setTokenLifetime(int seconds);
    int requestCount(const QString &api) const;
    QJsonObject stats() const;

private:
    struct Fault {
        QString name;
        QString path;
        int remaining;
        int delayMs;
    };
    struct Code {
        QString user;
        QString scope;
        QDateTime issued;
        bool used = false;
    };
    struct PendingLogin {
        QString redirectUri;
        QString state;
        QString scope;
    };

    QHttpServerResponse authorizePage(const QHttpServerRequest &request, const QString &mode);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse redirectFor(const PendingLogin &login, const QString &user);
    QHttpServerResponse api(const QHttpServerRequest &request, const QString &apiName);
    QJsonObject handleApi(const QHttpServerRequest &request, const QString &apiName);
    // Takes the first fault that applies to apiName (or, for gettoken, only faults aimed at it).
    bool takeFault(const QString &apiName, Fault *fault);
    int checkToken(const QHttpServerRequest &request);
    QJsonObject memberJson(const Member &member) const;

    mutable QMutex m_mutex;
    QList<Member> m_members;
    QHash<QString, Code> m_codes;
    QHash<QString, PendingLogin> m_pending;
    QHash<QString, QDateTime> m_tokens;      // token -> expiry
    QString m_currentToken;
    QHash<QString, QDateTime> m_tickets;     // user_ticket -> expiry
    QHash<QString, QString> m_ticketUsers;
    QList<Fault> m_faults;
    QString m_autoApprove;
    int m_tokenLifetime = 7200;
    bool m_legacyCasingOnce = false;
    QHash<QString, int> m_requests;
};
