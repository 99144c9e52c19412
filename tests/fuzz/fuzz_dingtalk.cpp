// DingTalk's contact/users/me reply. Properties: accepted only with a 2xx; the id is the unionId
// within the organisation that signed in (corpId:unionId, the unionId alone without one); plus the
// identity properties.
#include "ProviderFuzz.h"
#include "providers/DingTalkProvider.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    static const DingTalkProvider provider;
    Tenant tenant;
    tenant.name = QStringLiteral("fuzz");
    const QString corpId = input.text();
    const JsonReply reply = ProviderFuzz::answer(input);
    const Result<Identity> identity = provider.identityFromUsersMe(tenant, corpId, reply);
    if (!reply.ok()) {
        FUZZ_CHECK(!identity.ok(), "an identity from a failed reply");
        return 0;
    }
    ProviderFuzz::checkIdentity(identity, reply.value().json, QStringLiteral("unionid"));
    if (identity.ok()) {
        FUZZ_CHECK(reply.value().status >= 200 && reply.value().status < 300, "HTTP %d accepted",
                   reply.value().status);
        const QString unionId = reply.value().json.value(QLatin1String("unionId")).toString();
        FUZZ_CHECK(identity.value().externalId ==
                       (corpId.isEmpty() ? unionId : corpId + QLatin1Char(':') + unionId),
                   "the id is not (corpId, unionId)");
    }
    return 0;
}
