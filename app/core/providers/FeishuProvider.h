#pragma once

#include "providers/Provider.h"

// Feishu / Lark (飞书), PROVIDERS.md §6: authorization code with PKCE S256, the v2 token endpoint,
// user_info with the user's token. User tokens belong to one person and one run: they are never
// cached or persisted.
class FeishuProvider : public Provider {
    Q_DECLARE_TR_FUNCTIONS(FeishuProvider)

public:
    QString key() const override { return QStringLiteral("feishu"); }
    QString displayName() const override;
    QStringList modes() const override { return {QStringLiteral("oauth")}; }
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("app_secret"); }
    QList<SettingField> settingFields() const override;
    QStringList validate(const Tenant &tenant) const override;
    AuthorizationRequest begin(const Tenant &tenant, const QString &mode) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    QStringList secondaryIdKeys() const override;

    // "code 20071 (the redirect_uri is not …): description", from the tables of §6.2 and §6.3.
    static QString describeError(qint64 code, const QString &description);
    // authen/user_info's answer (code 0) as the identity it names; refused when the tenant is
    // pinned to another tenant_key.
    // The user token (and, with the offline_access scope, its refresh token, PROVIDERS §6.2)
    // kept on request; a refresh is believed once user_info with the new token answers the
    // open_id that signed in.
    QStringList tokenActions() const override { return {QStringLiteral("refresh")}; }
    void
    operateOnTokens(TokenOperation operation, const QString &which, const Tenant &tenant,
                    const ProviderContext &context, const KeptTokens &kept,
                    std::function<void(const Status &report, const KeptTokens &keep)> done) const override;
    static KeptTokens keptTokens(const QJsonObject &tokenAnswer, const QString &openId);
    // user_info with a user token: who it belongs to.
    HttpRequest userInfoRequest(const Tenant &tenant, const QString &userToken) const;
    Result<Identity> identityFromUserInfo(const Tenant &tenant, const QJsonObject &userInfo) const;
};
