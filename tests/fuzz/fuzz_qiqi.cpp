// 企企's v1/code answer (code mode) and its normal-mode callback query. Properties: v1/code is
// accepted only with a 2xx and a code that is absent or 0 ("E1001" is an error, whatever openid
// the answer carries); a callback yields the openid it carries, decoded, or an error.
#include "ProviderFuzz.h"
#include "providers/QiqiProvider.h"

#include <QUrlQuery>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    static const QiqiProvider provider;
    Tenant tenant;
    tenant.name = QStringLiteral("fuzz");
    if (input.choice(2) == 1) {
        const QUrlQuery callback(input.text());
        const Result<Identity> identity = provider.identityFromCallback(tenant, callback);
        const QString openid = callback.queryItemValue(QStringLiteral("openid"), QUrl::FullyDecoded);
        FUZZ_CHECK(identity.ok() == !openid.isEmpty(), "openid \"%s\" %s", qPrintable(openid),
                   identity.ok() ? "accepted" : "refused");
        if (identity.ok())
            FUZZ_CHECK(identity.value().externalId == openid, "openid %s read as %s", qPrintable(openid),
                       qPrintable(identity.value().externalId));
        return 0;
    }
    const JsonReply reply = ProviderFuzz::answer(input);
    if (!reply.ok())
        return 0;
    const Result<Identity> identity = provider.identityFromCodeAnswer(tenant, reply.value());
    ProviderFuzz::checkIdentity(identity, reply.value().json);
    if (identity.ok()) {
        const QJsonObject &json = reply.value().json;
        FUZZ_CHECK(reply.value().status >= 200 && reply.value().status < 300, "HTTP %d accepted",
                   reply.value().status);
        FUZZ_CHECK(!json.contains(QLatin1String("code")) ||
                       ProviderFuzz::isZeroCode(json.value(QLatin1String("code"))),
                   "code %s accepted", qPrintable(json.value(QLatin1String("code")).toVariant().toString()));
    }
    return 0;
}
