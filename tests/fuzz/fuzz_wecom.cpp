// WeCom's answers: the envelope of every API call, then auth/getuserinfo (the identity), user/get
// (details), department/list (names) and user/list_id (a page of the directory). Properties: an answer is
// accepted only with HTTP 200 and an errcode that is 0 (a number, or digits in a string: "40001" is a
// refusal, "E1" malformed); a refusal carries its errcode; plus the identity properties of ProviderFuzz.
#include "ProviderFuzz.h"
#include "providers/WeComProvider.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    FuzzInput input(data, size);
    const int which = input.choice(4);
    const JsonReply reply = ProviderFuzz::answer(input);
    const WeComProvider::ApiResult result =
        WeComProvider::envelope(QStringLiteral("auth/getuserinfo"), reply);
    if (!result.ok()) {
        FUZZ_CHECK(!result.error().message.isEmpty(), "an error without a message");
        if (reply.ok() && reply.value().status == 200 && result.error().platformCode != 0)
            FUZZ_CHECK(!ProviderFuzz::isZeroCode(reply.value().json.value(QLatin1String("errcode"))),
                       "errcode 0 refused");
        return 0;
    }
    const QJsonObject &json = result.value();
    FUZZ_CHECK(reply.value().status == 200, "HTTP %d accepted", reply.value().status);
    FUZZ_CHECK(ProviderFuzz::isZeroCode(json.value(QLatin1String("errcode"))), "errcode %s accepted",
               qPrintable(json.value(QLatin1String("errcode")).toVariant().toString()));
    if (which == 0) {
        ProviderFuzz::checkIdentity(WeComProvider::identityFromUserInfo(json), json);
    } else if (which == 1) {
        Identity identity;
        const QList<qint64> departments = WeComProvider::addMemberDetails(json, identity);
        FUZZ_CHECK(departments.size() == json.value(QLatin1String("department")).toArray().size() ||
                       !json.value(QLatin1String("department")).isArray(),
                   "%d department ids of %d", int(departments.size()),
                   int(json.value(QLatin1String("department")).toArray().size()));
        FUZZ_CHECK(!QJsonDocument(identity.raw).toJson().contains(ProviderFuzz::echoedSecret.toUtf8()),
                   "the secret in identity.raw");
    } else if (which == 3) {
        Tenant tenant;
        tenant.name = QStringLiteral("fuzz");
        const Result<DirectoryPage> page =
            WeComProvider::pageFromListId(tenant, json, {{1, QStringLiteral("总部")}});
        FUZZ_CHECK(page.ok() == json.value(QLatin1String("dept_user")).isArray(), "dept_user %s",
                   page.ok() ? "accepted without being a list" : "refused though a list");
        if (page.ok()) {
            QSet<QString> seen;
            for (const Mapping &member : page.value().members) {
                FUZZ_CHECK(!member.externalId.isEmpty() && !seen.contains(member.externalId),
                           "member \"%s\" empty or twice in one page", qPrintable(member.externalId));
                seen.insert(member.externalId);
            }
            FUZZ_CHECK(page.value().members.size() <= json.value(QLatin1String("dept_user")).toArray().size(),
                       "more members than listed pairs");
        }
    } else {
        const QHash<qint64, QString> names = WeComProvider::departmentNames(json);
        FUZZ_CHECK(names.size() <= json.value(QLatin1String("department")).toArray().size(),
                   "more names than departments");
    }
    return 0;
}
