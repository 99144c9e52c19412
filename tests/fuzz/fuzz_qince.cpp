// 勤策's oauth/userinfo answer. Properties: accepted only with HTTP 200 and a return_code that is
// 0 (the number or "0"); a refusal carries its return_code; plus the identity properties.
#include "ProviderFuzz.h"
#include "providers/QinceProvider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    const JsonReply reply = ProviderFuzz::answer(input);
    if (!reply.ok())
        return 0;
    static const QinceProvider provider;
    Tenant tenant;
    tenant.name = QStringLiteral("fuzz");
    const Result<Identity> identity = provider.identityFromUserInfo(tenant, reply.value());
    ProviderFuzz::checkIdentity(identity, reply.value().json);
    if (identity.ok()) {
        FUZZ_CHECK(reply.value().status == 200, "HTTP %d accepted", reply.value().status);
        FUZZ_CHECK(ProviderFuzz::isZeroCode(reply.value().json.value(QLatin1String("return_code"))),
                   "return_code %s accepted",
                   qPrintable(reply.value().json.value(QLatin1String("return_code")).toVariant().toString()));
    } else if (identity.error().platformCode != 0) {
        FUZZ_CHECK(!ProviderFuzz::isZeroCode(reply.value().json.value(QLatin1String("return_code"))),
                   "return_code 0 refused");
    }
    return 0;
}
