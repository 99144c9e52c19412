#pragma once

#include "providers/WeComProvider.h"

// A WeCom service-provider app (第三方应用, or a 代开发 template), PROVIDERS.md §8: the suite's
// ticket, pushed to the callback and kept in the keychain, makes its suite token; an install into
// a customer corp (mode "install") yields that corp's permanent code, kept in the keychain; the
// corp's members sign in through the suite's OAuth inside WeCom ("oauth") or the provider's web
// login ("login"). WeCom's envelope, error table and retry rules are WeComProvider's.
class WeComSuiteProvider : public WeComProvider {
    Q_DECLARE_TR_FUNCTIONS(WeComSuiteProvider)

public:
    QString key() const override { return QStringLiteral("wecom_suite"); }
    QString displayName() const override;
    QStringList modes() const override;
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("suite_secret"); }
    QList<SettingField> settingFields() const override;
    QList<SecretField> extraSecrets() const override;
    QStringList tokenSettings() const override { return {QStringLiteral("suite_id")}; }
    QStringList tokenSlots() const override { return {QString(), QStringLiteral("provider")}; }
    QStringList validate(const Tenant &tenant) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    // An install asks WeCom for a pre_auth_code (and its session) before the browser opens.
    bool pushesAuthorization(const Tenant &, const QString &mode) const override {
        return mode == QLatin1String("install");
    }
    void pushAuthorization(const Tenant &tenant, const ProviderContext &context,
                           const AuthorizationRequest &request,
                           std::function<void(const Result<QUrl> &)> done) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    void healthChecks(const Tenant &, const ProviderContext &,
                      std::function<void(const QList<HealthCheck> &)> done) const override {
        done({});
    }
    const DirectorySource *directorySource() const override { return nullptr; }
    QStringList secondaryIdKeys() const override;
    // The suite token (get_suite_token with the newest ticket), or the provider's (slot
    // "provider": get_provider_token with the ProviderSecret); POSTs, whose success has no errcode.
    void fetchTokenFor(const TokenKey &key, const Tenant &tenant, const ProviderContext &context,
                       std::function<void(const Result<FetchedToken> &)> done) const override;
    void fetchSuiteToken(const Tenant &tenant, const ProviderContext &context,
                         std::function<void(const Result<FetchedToken> &)> done) const;
    void fetchProviderToken(const Tenant &tenant, const ProviderContext &context,
                            std::function<void(const Result<FetchedToken> &)> done) const;
    TokenKey providerTokenKey(const Tenant &tenant) const;

    // An install completed with its auth_code (from the install page's redirect, or a create_auth or
    // reset_permanent_code event): the corp's permanent code, kept (context.keepSecret) before
    // anything else; the identity is the admin who installed, with the corp in its extras.
    void completeInstall(const Tenant &tenant, const ProviderContext &context, const QString &authCode,
                         std::function<void(const Result<Identity> &)> done) const;
    // A 代开发 template (suite id "dk…"): an install yields an app whose secret is the permanent code.
    static bool isTemplate(const Tenant &tenant);
    static QString ticketName() { return QStringLiteral("suite_ticket"); }
    // The run setting (FlowRun::overrideSetting, `authorize --corp`) that names the corp whose
    // member must sign in; a member of another corp ends the run.
    static QString expectedCorpSetting() { return QStringLiteral("expected_corpid"); }
    // `identity` unless the tenant expects a member of another corp.
    static Result<Identity> ofExpectedCorp(const Tenant &tenant, const Identity &identity);
    // The provider of the tenant a 代开发 install makes: a self-built app's, WeCom's.
    static QString customizedAppProvider() { return QStringLiteral("wecom"); }
    // getuserinfo3rd's answer, lowercase or legacy PascalCase (§6.7): a member keyed by
    // (corpid, open_userid) with the encrypted userid kept, or a non-member's openid.
    static Result<Identity> identityFromUserInfo3rd(const QJsonObject &answer);
    // A member as a service provider knows them: keyed by (corpid, open_userid), or by the
    // encrypted userid where there is no open_userid, both kept as extras.
    static void setMember(Identity &identity, const QString &corpId, const QString &userId,
                          const QString &openUserId);
    // A call to a suite API (`path` on the api endpoint) with the cached suite token; a POST of
    // `body` unless it is empty.
    void suiteCall(const Tenant &tenant, const ProviderContext &context, const QString &path,
                   const QList<QPair<QString, QString>> &query, const QJsonObject &body,
                   std::function<void(const ApiResult &)> done) const;
    // A call with the provider's token, passed as `tokenParameter` (get_login_info wants it as
    // access_token, corpid_to_opencorpid as provider_access_token: §6.3).
    void providerCall(const Tenant &tenant, const ProviderContext &context, const QString &path,
                      const QString &tokenParameter, const QJsonObject &body,
                      std::function<void(const ApiResult &)> done) const;

private:
    void tokenCall(const TokenKey &key, const QString &tokenParameter, const Tenant &tenant,
                   const ProviderContext &context, const QString &path,
                   const QList<QPair<QString, QString>> &query, const QJsonObject &body,
                   std::function<void(const ApiResult &)> done) const;
};
