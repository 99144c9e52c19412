#pragma once

#include "providers/Provider.h"

struct FetchedToken;

// DingTalk (钉钉), PROVIDERS.md §7: login.dingtalk.com's oauth2/auth with `openid corpid`, the
// user token and contact/users/me of the new API, and the enterprise userid through the app token
// (cached like WeCom's) and oapi's topapi/user/getbyunionid. User tokens belong to one person and
// one run: never cached or persisted.
class DingTalkProvider : public Provider {
    Q_DECLARE_TR_FUNCTIONS(DingTalkProvider)

public:
    QString key() const override { return QStringLiteral("dingtalk"); }
    QString displayName() const override;
    QStringList modes() const override { return {QStringLiteral("oauth")}; }
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("client_secret"); }
    QList<SettingField> settingFields() const override;
    QStringList tokenSettings() const override { return {QStringLiteral("client_id")}; }
    QStringList validate(const Tenant &tenant) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    QStringList secondaryIdKeys() const override;
    // The user token and its refresh token (PROVIDERS §7.2), kept on request; a refresh is
    // believed once users/me with the new token answers the unionId that signed in.
    QStringList tokenActions() const override { return {QStringLiteral("refresh")}; }
    // What is kept of a userAccessToken answer: its tokens, when the user token expires, whose.
    static KeptTokens keptTokens(const QJsonObject &tokenAnswer, const QString &unionId);
    // users/me with a user token: who it belongs to.
    HttpRequest usersMeRequest(const Tenant &tenant, const QString &userToken) const;
    void
    operateOnTokens(TokenOperation operation, const QString &which, const Tenant &tenant,
                    const ProviderContext &context, const KeptTokens &kept,
                    std::function<void(const Status &report, const KeptTokens &keep)> done) const override;

    // The code of a redirect: authCode, else code; empty when there is none or they differ.
    static QString codeIn(const QUrlQuery &redirect);
    // oapi's errcode in words, with what to do.
    static QString describeOapiError(qint64 errcode, const QString &errmsg);
    // contact/users/me's reply as the identity it names (the userid lookup comes after), with the
    // corpId the token answer named.
    Result<Identity> identityFromUsersMe(const Tenant &tenant, const QString &corpId,
                                         const JsonReply &reply) const;
    // The app's own token (not a user's): POST {api}/v1.0/oauth2/accessToken.
    void fetchAppToken(const Tenant &tenant, const ProviderContext &context,
                       std::function<void(const Result<FetchedToken> &)> done) const;
};
