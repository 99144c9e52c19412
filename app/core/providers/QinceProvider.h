#pragma once

#include "providers/Provider.h"

struct FetchedToken;

// 勤策 (Qince / waiqin365), PROVIDERS.md §2.
class QinceProvider : public Provider {
    Q_DECLARE_TR_FUNCTIONS(QinceProvider)

public:
    QString key() const override { return QStringLiteral("qince"); }
    QString displayName() const override;
    QStringList modes() const override { return {QStringLiteral("oauth")}; }
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("app_secret"); }
    QList<SettingField> settingFields() const override;
    QStringList tokenSettings() const override {
        return {QStringLiteral("app_id"), QStringLiteral("tenant_id")};
    }
    QStringList validate(const Tenant &tenant) const override;
    AuthorizationRequest begin(const Tenant &tenant, const QString &mode) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    QString describeErrorPage(const Tenant &tenant, const QUrl &url) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    QStringList secondaryIdKeys() const override { return {QStringLiteral("thrid_id")}; }

    // The authorize_error.jsp codes of §2.1 in words.
    static QString describeAuthorizeError(const QString &error);
    // oauth/userinfo's answer as the identity it names; a refusal is an error whose platformCode
    // is the return_code. The parse in one place, for the exchange and the fuzzer.
    Result<Identity> identityFromUserInfo(const Tenant &tenant, const JsonAnswer &answer) const;

private:
    void fetchToken(const Tenant &tenant, const ProviderContext &context,
                    std::function<void(const Result<FetchedToken> &)> done) const;
    void requestUserInfo(const Tenant &tenant, const QString &code, const ProviderContext &context,
                         bool retried, std::function<void(const Result<Identity> &)> done) const;
};
