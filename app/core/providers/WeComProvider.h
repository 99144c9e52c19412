#pragma once

#include "providers/DirectorySource.h"
#include "providers/Provider.h"

#include "net/HttpClient.h"
#include "providers/TokenCache.h"

#include <QHash>
#include <QJsonObject>

// WeCom (企业微信), PROVIDERS.md §1.
class WeComProvider : public Provider, public DirectorySource {
    Q_DECLARE_TR_FUNCTIONS(WeComProvider)

public:
    QString key() const override { return QStringLiteral("wecom"); }
    QString displayName() const override;
    QStringList modes() const override;
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("corpsecret"); }
    QList<SettingField> settingFields() const override;
    QList<SecretField> extraSecrets() const override;
    QStringList tokenSettings() const override { return {QStringLiteral("corpid")}; }
    QStringList tokenSlots() const override { return {QString(), QStringLiteral("contacts")}; }
    QStringList validate(const Tenant &tenant) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    // WeCom's error page where its login should be (50001: the redirect host is not a trusted
    // domain; 40013 / 40056: CorpID or AgentID wrong).
    QString refusalOnPage(const Tenant &tenant, const QUrl &url, const QString &text) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    const DirectorySource *directorySource() const override { return this; }
    QStringList secondaryIdKeys() const override;

    // DirectorySource: department/list, then user/list per department, or user/list_id page by
    // page with the contacts-sync secret when the tenant has it.
    void departments(const Tenant &tenant, const ProviderContext &context,
                     std::function<void(const Result<QList<DirectoryDepartment>> &)> done) const override;
    void members(const Tenant &tenant, const ProviderContext &context, qint64 department,
                 const QHash<qint64, QString> &departmentNames,
                 std::function<void(const Result<QList<Mapping>> &)> done) const override;
    QString pagingSecretName() const override { return QStringLiteral("contacts_secret"); }
    void memberPage(const Tenant &tenant, const ProviderContext &context, const QString &cursor,
                    const QHash<qint64, QString> &departmentNames,
                    std::function<void(const Result<DirectoryPage> &)> done) const override;
    // The contacts-sync secret's token: another secret, so another token.
    TokenKey contactsTokenKey(const Tenant &tenant) const;

    // An API answer with errcode 0, or the error: platformCode is the errcode; 45009/45033 are
    // RateLimited, a transport failure, a malformed answer or -1 after the retries Transient.
    void healthChecks(const Tenant &tenant, const ProviderContext &context,
                      std::function<void(const QList<HealthCheck> &)> done) const override;
    using ApiResult = Result<QJsonObject>;
    // The parse of each answer, in one place for the exchange, the directory and the fuzzer:
    // the envelope (HTTP 200, a numeric errcode; a refusal's errcode is the error's platformCode),
    // then what an errcode-0 answer says.
    static ApiResult envelope(const QString &purpose, const JsonReply &reply);
    // auth/getuserinfo: a member's userid, or a non-member's openid.
    static Result<Identity> identityFromUserInfo(const QJsonObject &getUserInfo);
    // user/get: name, contact details and extras into `identity`; returns the department ids.
    static QList<qint64> addMemberDetails(const QJsonObject &userGet, Identity &identity);
    // id → name from a department/list answer.
    static QHash<qint64, QString> departmentNames(const QJsonObject &departmentList);
    // user/list_id: the members of one page, a row per member with all of its departments.
    static Result<DirectoryPage> pageFromListId(const Tenant &tenant, const QJsonObject &listId,
                                                const QHash<qint64, QString> &departmentNames);
    // "errcode 45009 (API call frequency limit …): errmsg", from the table in PROVIDERS.md §1.5.
    static QString describeError(int errcode, const QString &errmsg);

    // One API call with the cached token and the retry rules of §1.5. `makeRequest` builds the
    // request for a given token so that a retry can use a fresh one.
    // `token` names the token to use: tokenKey(tenant) unless given.
    void call(const Tenant &tenant, const ProviderContext &context, const QString &purpose,
              std::function<HttpRequest(const QString &token)> makeRequest,
              std::function<void(const ApiResult &)> done, const std::optional<TokenKey> &token = {}) const;
    // A GET of `path` on the api endpoint with the access token first in the query.
    HttpRequest apiGet(const Tenant &tenant, const QString &path, const QString &token,
                       QList<QPair<QString, QString>> query = {}) const;
    // The token `key` names, for call(): gettoken with the context's secret (the tenant's, or the
    // contacts-sync secret's); a service-provider app fetches its own tokens instead.
    virtual void fetchTokenFor(const TokenKey &key, const Tenant &tenant, const ProviderContext &context,
                               std::function<void(const Result<FetchedToken> &)> done) const;
    // gettoken with the -1 retry rule.
    void fetchToken(const Tenant &tenant, const ProviderContext &context, int attempt,
                    std::function<void(const Result<FetchedToken> &)> done) const;
};
