#pragma once

#include "Provider.h"

#include "HttpClient.h"
#include "TokenCache.h"

#include <QHash>
#include <QJsonObject>

// WeCom (企业微信), PROVIDERS.md §1.
class WeComProvider : public Provider {
    Q_DECLARE_TR_FUNCTIONS(WeComProvider)

public:
    QString key() const override { return QStringLiteral("wecom"); }
    QString displayName() const override;
    QStringList modes() const override;
    QMap<QString, QString> defaultEndpoints() const override;
    QString secretName() const override { return QStringLiteral("corpsecret"); }
    QList<SettingField> settingFields() const override;
    QStringList validate(const Tenant &tenant) const override;
    QUrl authorizationUrl(const Tenant &tenant, const QString &mode, const QString &state) const override;
    QString refusalIn(const Tenant &tenant, const QUrlQuery &redirect) const override;
    void exchange(const Tenant &tenant, const QUrlQuery &redirect, const ProviderContext &context,
                  std::function<void(const ExchangeOutcome &)> done) const override;
    void checkCredentials(const Tenant &tenant, const ProviderContext &context,
                          std::function<void(bool ok, const QString &message)> done) const override;

    // id → name from a department/list answer.
    static QHash<qint64, QString> departmentNames(const QJsonObject &departmentList);
    // "errcode 45009 (API call frequency limit …): errmsg", from the table in PROVIDERS.md §1.5.
    static QString describeError(int errcode, const QString &errmsg);

    struct ApiResult {
        bool ok = false;
        QJsonObject json;
        int errcode = 0;
        QString error;
    };
    // One API call with the cached token and the retry rules of §1.5. `makeRequest` builds the
    // request for a given token so that a retry can use a fresh one.
    void call(const Tenant &tenant, const ProviderContext &context, const QString &purpose,
              std::function<HttpRequest(const QString &token)> makeRequest,
              std::function<void(const ApiResult &)> done) const;

private:
    // gettoken with the -1 retry rule.
    void fetchToken(const Tenant &tenant, const ProviderContext &context, int attempt,
                    std::function<void(const TokenCache::Fetched &)> done) const;
};
