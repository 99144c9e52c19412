// Feishu's authen/user_info answer (the envelope said code 0), for a tenant pinned to a tenant_key
// or not. Properties: a pinned tenant accepts only its own tenant_key; plus the identity properties.
#include "ProviderFuzz.h"
#include "providers/FeishuProvider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    static const FeishuProvider provider;
    Tenant tenant;
    tenant.name = QStringLiteral("fuzz");
    if (input.choice(2) == 1)
        tenant.settings.insert(QStringLiteral("tenant_key"), QStringLiteral("2ed263bf32cf1651"));
    const JsonReply reply = ProviderFuzz::answer(input);
    if (!reply.ok())
        return 0;
    const QJsonObject &json = reply.value().json;
    const Result<Identity> identity = provider.identityFromUserInfo(tenant, json);
    ProviderFuzz::checkIdentity(identity, json);
    if (identity.ok() && tenant.settings.contains(QStringLiteral("tenant_key")))
        FUZZ_CHECK(
            json.value(QLatin1String("data")).toObject().value(QLatin1String("tenant_key")).toString() ==
                tenant.setting(QStringLiteral("tenant_key")),
            "another tenant_key accepted");
    return 0;
}
