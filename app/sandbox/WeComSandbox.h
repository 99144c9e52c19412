#pragma once

#include "Clock.h"
#include "ProviderSandbox.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <optional>

class QHttpServerRequest;

// The WeCom part of the sandbox (PROVIDERS.md §1): authorization pages for wwlogin, qrConnect and
// OAuth with a user picker, single-use 5-minute codes, gettoken answering the token in force,
// getuserinfo (current and legacy casing), user/get, getuserdetail with user_ticket expiry,
// department/list, user/list. Faults besides the common ones: "busy" (-1), "token_invalid"
// (40014), "rate_limit" (45009), "ip_not_trusted" (60020), "redirect_not_trusted" (50001 from an
// API), "untrusted_redirect" (50001 on the authorization page), "legacy_casing" (UserId/OpenId).
class WeComSandbox : public ProviderSandbox {
public:
    static const QString corpId;
    static const QString agentId;
    static const QString corpSecret;
    static const QString contactsSecret; // the contacts-sync secret: user/list_id
    static const QStringList trustedHosts;

    struct Member {
        QString userid;
        QString name;
        QList<int> departments;
        QString position;
        QString mobile;
        QString email;
    };

    // The service-provider side (PROVIDERS-wecom-suite.md §8.7), so far: suite tickets pushed to a
    // callback URL, encrypted and signed as WeCom does (configure's {"suite_ticket_push": {"url":
    // URL, "suite": ID}}); get_suite_token; the install chain into this sandbox's corp
    // (get_pre_auth_code, set_session_info, the install page's redirect with a single-use
    // auth_code, get_permanent_code v1 and v2, get_corp_token). Two suites, each with its own
    // ticket stream: a third-party app and a 代开发 template, whose permanent code is the app's
    // secret and comes without a corp token.
    static const QString providerCorpId;
    static const QString suiteId;
    static const QString templateId;
    static const QString suiteSecret; // of both suites
    static const QString providerSecret;
    static const QString callbackToken;
    static const QString encodingAesKey;
    // This provider's ciphertext of a corp's id or a member's (§4): stable, case-sensitive.
    static QString providerCipher(const QString &prefix, const QString &plain);
    // The corpid a suite's APIs and events name the sandbox's corp by.
    static QString authCorpId(const QString &suite);
    // What the last push's callback answered: its HTTP status and body (WeCom wants "success").
    QPair<int, QByteArray> lastPushAnswer() const;

    WeComSandbox();
    QString key() const override { return QStringLiteral("wecom"); }
    QStringList providerKeys() const override { return {key(), QStringLiteral("wecom_suite")}; }
    // A wecom_suite tenant of `suite` (suiteId or templateId) with its secrets, every endpoint at
    // `sandbox`; WeCom pushes its events to `callbackUrl` (empty: none).
    SandboxTenant suiteTenant(const QString &name, const QUrl &sandbox, const QString &suite,
                              const QString &callbackUrl = {}) const;
    QString memberUser() const override { return QStringLiteral("zhangsan"); }
    QList<SandboxTenant> demoTenants(const QUrl &sandbox, const QList<Tenant> &existing) const override;
    // The demo service-provider apps with a callback URL get their suite's tickets pushed there,
    // the first at once, then every 7 to 14 minutes as WeCom does (§8.1); a push nobody answered
    // with "success" is tried again after 10 s.
    void demoTenantsReady(const QList<Tenant> &tenants) override;
    // "push_suite_tickets": the next tickets pushed at once (WeCom's 刷新Ticket).
    QStringList actions() const override { return {QStringLiteral("push_suite_tickets")}; }
    void act(const QString &action) override;
    void addRoutes(QHttpServer &server) override;
    void invalidateTokens() override;
    void setTokenLifetime(int seconds);
    // Replaces the directory with a generated one: `members` members (besides 张三 and 李四) in
    // `departments` departments under the root, Chinese names, every `multiEvery`-th member also in
    // a second department. Same arguments, same directory. Also {"directory": {...}} in configure().
    void generateDirectory(int members, int departments, int multiEvery = 20);
    void configure(const QJsonObject &command) override;
    // WeCom's budget per corp per API (PROVIDERS.md §1.5): past `calls` in a window of
    // `windowMs`, an API answers 45009 until the window turns. 10,000 a minute by default; also
    // {"rate_limit": {"calls": N, "window_ms": M}} in configure(). Calls are counted when they
    // arrive, by `clock`: the steady clock, or the one a test drives and also gives the Pacer.
    void setRateLimit(int calls, int windowMs, const Clock *clock = Clock::steady());
    int rateLimitedAnswers() const; // how many 45009s the budget answered

protected:
    QMap<QString, QString> tenantSettings() const override;
    QString tenantSecret() const override { return corpSecret; }
    QString tokenApi() const override { return QStringLiteral("gettoken"); }
    QStringList pageFaults() const override { return {QStringLiteral("untrusted_redirect")}; }
    QStringList ownFaults() const override {
        return {QStringLiteral("busy"),
                QStringLiteral("token_invalid"),
                QStringLiteral("rate_limit"),
                QStringLiteral("ip_not_trusted"),
                QStringLiteral("redirect_not_trusted"),
                QStringLiteral("legacy_casing"),
                QStringLiteral("app_closed"),
                QStringLiteral("app_invisible"),
                QStringLiteral("other_trusted_domain"),
                QStringLiteral("suite_token_expired")};
    }
    // The app's own faults are agent/get's answer (PROVIDERS §9.1); the rest as every platform's.
    QString faultPath(const QString &fault) const override;

private:
    struct Code {
        QString user;
        QString scope;
        QDateTime issued;
        bool used = false;
        QString suite; // the suite whose sign-in issued it (appid=suite_id); empty for the corp's app
    };
    struct PendingLogin {
        QString redirectUri;
        QString state;
        QString scope;
        QString suite;
    };

    QHttpServerResponse authorizePage(const QHttpServerRequest &request, const QString &mode);
    QHttpServerResponse pick(const QHttpServerRequest &request);
    QHttpServerResponse redirectFor(const PendingLogin &login, const QString &user);
    QHttpServerResponse api(const QHttpServerRequest &request, const QString &apiName);
    // `fault`: the one under way for this call, if any (legacy_casing, the app's own).
    QJsonObject handleApi(const QHttpServerRequest &request, const QString &apiName, const QString &fault);
    int checkToken(const QHttpServerRequest &request) const;
    // The refusal a fault answers in WeCom's words (busy: -1, rate_limit: 45009, ip_not_trusted:
    // 60020, suite_token_expired: 42009, ...); none for a fault that is not a refusal.
    static std::optional<QJsonObject> faultAnswer(const QString &fault);
    // What a fault switched on for `apiName` answers instead of the call (a broken body, or a
    // refusal in WeCom's words), if any; *fault names the fault for the rest of the call.
    std::optional<QHttpServerResponse> faultResponse(const QString &apiName, QString *fault);
    QJsonObject memberJson(const Member &member) const;
    // {"errcode": N, "errmsg": "… more info at …?e=N"}, as WeCom words its errors.
    static QJsonObject errorAnswer(int errcode, const QString &errmsg);
    // The suite side (WeComSuiteSandbox.cpp).
    void addSuiteRoutes(QHttpServer &server);
    // POSTs one of the suite's events to `url`, encrypted and signed as WeCom's 指令回调 does:
    // suite_ticket (the next ticket), create_auth and reset_permanent_code (a fresh auth_code; a
    // reset also voids the corp's permanent code), cancel_auth (voids it: 48004 from then on),
    // change_auth.
    void pushSuiteEvent(const QString &suite, const QUrl &url, const QString &infoType);

    QHttpServerResponse suiteToken(const QHttpServerRequest &request);
    QHttpServerResponse installPage(const QHttpServerRequest &request);
    // A suite API called with ?suite_access_token=: its answer (m_mutex held); `fault` the one
    // under way for this call (legacy_casing: getuserinfo3rd in the old PascalCase).
    QJsonObject suiteApi(const QHttpServerRequest &request, const QString &apiName, const QString &suite,
                         const QString &fault);

    QList<Member> m_members;
    QList<QPair<int, QString>> m_departments;     // id, name; 1 is the root
    QHash<int, int> m_parents;                    // department -> parent
    QHash<int, QList<int>> m_membersByDepartment; // department -> indexes into m_members
    QHash<QString, Code> m_codes;
    QHash<QString, PendingLogin> m_pending;
    QHash<QString, QDateTime> m_tokens; // token -> expiry
    QString m_currentToken;
    QString m_contactsToken;             // the contacts-sync secret's token in force
    QHash<QString, QDateTime> m_tickets; // user_ticket -> expiry
    QHash<QString, QString> m_ticketUsers;
    int m_tokenLifetime = 7200;
    // agent/get: the app's settings (configure's "agent").
    static inline const QString defaultRedirectDomain = QStringLiteral("app.example.com");
    bool m_agentClosed = false;
    bool m_agentVisible = true;
    QString m_redirectDomain = defaultRedirectDomain;
    struct Window {
        qint64 start = 0;
        int calls = 0;
    };
    bool withinBudget(const QString &apiName); // counts the call; call with m_mutex held
    const Clock *m_clock = Clock::steady();
    int m_budgetCalls = 10000;
    int m_budgetWindowMs = 60000;
    QHash<QString, Window> m_windows; // API name -> its current window
    int m_rateLimitedAnswers = 0;
    QHash<QString, QStringList> m_suiteTickets;   // suite → its tickets, newest last
    QHash<QString, QString> m_suiteTokens;        // suite_access_token → suite
    QHash<QString, QDateTime> m_suiteTokenExpiry; // suite → when the token in force expires
    QHash<QString, QString> m_suiteTokenInForce;  // suite → its token in force
    QPair<int, QByteArray> m_lastPushAnswer;
    QPointer<QTimer> m_pushTimer;              // on the sandbox thread, gone with the first server
    QList<QPair<QString, QUrl>> m_pushTargets; // suite, callback URL of the demo suite tenants
    void pushTicketsNow();
    struct SuiteCode { // a pre_auth_code or an auth_code
        QString suite;
        QDateTime issued;
        int authType = 0; // set_session_info's: 1 for a test authorization
        bool used = false;
    };
    QHash<QString, SuiteCode> m_preAuthCodes;
    QHash<QString, SuiteCode> m_authCodes;
    QHash<QString, QString> m_permanentCodes; // permanent_code → suite (of this sandbox's corp)
    QSet<QString> m_cancelledCodes;           // cancel_auth: the corp's authorization is gone (48004)
    QSet<QString> m_providerTokens;           // from get_provider_token
    // The Code::suite of a code the provider's own login (3rd_qrConnect) issued.
    static inline const QString providerLogin = QStringLiteral("provider");
    QHttpServerResponse providerToken(const QHttpServerRequest &request);
    // An API called with the provider's token (get_login_info, corpid_to_opencorpid) or a corp's
    // (batch/userid_to_openuserid): its answer (m_mutex held).
    QJsonObject providerApi(const QHttpServerRequest &request, const QString &apiName);
    QHash<QString, QString> m_corpTokens; // corp access_token from get_corp_token → suite
};
