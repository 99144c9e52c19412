#pragma once

#include "crypto/SigV4.h"
#include "providers/Provider.h"

// 企企 (Qiqi / 77hub) openid access, PROVIDERS.md §3: code mode (a code exchanged at a SigV4-signed
// endpoint) and normal mode (77hub's server calls the tenant's callbackUrl with the openid).
class QiqiProvider : public Provider {
    Q_DECLARE_TR_FUNCTIONS(QiqiProvider)

public:
    QString key() const override { return QStringLiteral("qiqi"); }
    QString displayName() const override;
    QStringList modes() const override { return {QStringLiteral("code"), QStringLiteral("normal")}; }
    QString defaultMode(const Tenant &tenant) const override;
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("secretAccessKey"); }
    QString stateParameter() const override { return QStringLiteral("requestId"); }
    QList<SettingField> settingFields() const override;
    QStringList validate(const Tenant &tenant) const override;
    QUrl authorizationUrl(const Tenant &tenant, const AuthorizationRequest &request) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    std::unique_ptr<ExchangeJob> exchange(const Tenant &tenant, const QUrlQuery &redirect,
                                          const AuthorizationRequest &request,
                                          const ProviderContext &context) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(const Status &)> done) const override;
    // Normal mode: 77hub's server calls the tenant's callbackUrl with the openid.
    std::unique_ptr<CallbackDelivery> callbackDelivery(const Tenant &tenant,
                                                       const QString &mode) const override;
    bool promisesStableIds() const override { return true; }
    std::optional<SigningProfile> signingProfile(const Tenant &tenant) const override;

    // The identity a callback names by its openid (decoded from the query).
    Result<Identity> identityFromCallback(const Tenant &tenant, const QUrlQuery &callback) const;
    // The identity of an openid as the platform sent it.
    Result<Identity> identityFromOpenId(const Tenant &tenant, const QString &openid) const;
    // v1/code's answer (code mode) as the identity it names, or the error it says.
    Result<Identity> identityFromCodeAnswer(const Tenant &tenant, const JsonAnswer &answer) const;

    SigV4::Credentials credentials(const Tenant &tenant, const QString &secret) const;

private:
    // POST {api}{code path} with the SigV4 headers of §3.3 (no Open-Id: there is no openid yet).
    void postCode(const Tenant &tenant, const ProviderContext &context, const QString &code,
                  const QString &requestId, std::function<void(const JsonReply &)> done) const;
};
