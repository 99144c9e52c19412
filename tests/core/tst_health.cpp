// Tenant health over real HTTP and real TLS against the sandbox: the endpoints and their TLS
// certificates (a throw-away CA, trusted only through the tenant's CA bundle), the secret's age
// against its rotation period. The platform checks are run from the command line (tst_cli).
#include "../support/Succeeded.h"
#include "QinceSandbox.h"
#include "TestSupport.h"
#include "health/TenantHealth.h"
#include "store/TenantStore.h"

#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace TestSupport;

class TestHealth : public FlowTest {
    Q_OBJECT

    // A tenant whose every endpoint is the sandbox's TLS listener.
    Tenant tlsTenant(const QString &caBundle) {
        Tenant tenant = wecomTenant(m_sandbox.tlsBaseUrl(), QStringLiteral("tls-%1").arg(++m_tenantCounter));
        tenant.caBundle = caBundle;
        return saveTenant(*m_workspace, tenant) ? tenant : Tenant{};
    }
    TenantReport check(const Tenant &tenant) {
        if (!tenant.isValid())
            return {};
        TenantHealth health(m_workspace->services(), tenant);
        std::optional<TenantReport> report;
        connect(&health, &TenantHealth::finished, this, [&](const TenantReport &r) { report = r; });
        health.start();
        if (!QTest::qWaitFor([&] { return report.has_value(); }, 30000))
            return {};
        return *report;
    }
    static HealthCheck checkOf(const TenantReport &report, const QString &id) {
        for (const HealthCheck &check : report.checks)
            if (check.id == id)
                return check;
        return {};
    }
    void setTlsDays(int days) {
        QNetworkAccessManager network;
        QNetworkRequest request(QUrl(m_sandbox.baseUrl().toString() + QStringLiteral("/sandbox/control")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            network.post(request, QByteArray("{\"tls_days\":") + QByteArray::number(days) + '}');
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        delete reply;
    }
    QString m_caFile;

private slots:
    void initTestCase() {
        setUpWorkspace();
        m_caFile = m_data.filePath(QStringLiteral("company-ca.pem"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(m_sandbox.caCertificatePem());
    }
    void cleanup() { m_sandbox.clearFaults(); }

    // Trusted through the tenant's CA bundle: the calls themselves go over TLS, and the certificate
    // is far from its end.
    void trustedThroughTheTenantsBundle() {
        const TenantReport report = check(tlsTenant(m_caFile));
        const HealthCheck tls = checkOf(report, QStringLiteral("tls"));
        QCOMPARE(HealthCheck::statusName(tls.status), QStringLiteral("ok"));
        QCOMPARE(tls.details.value(QLatin1String("hosts"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("days_left"))
                     .toInt(),
                 90);
        QCOMPARE(HealthCheck::statusName(checkOf(report, QStringLiteral("credentials")).status),
                 QStringLiteral("ok"));
        QCOMPARE(HealthCheck::statusName(checkOf(report, QStringLiteral("endpoints")).status),
                 QStringLiteral("ok"));
    }

    void expiringSoonWarns() {
        setTlsDays(10);
        const HealthCheck tls = checkOf(check(tlsTenant(m_caFile)), QStringLiteral("tls"));
        QCOMPARE(HealthCheck::statusName(tls.status), QStringLiteral("warn"));
        QVERIFY2(tls.message.contains(QLatin1String("expires in 10 day")), qPrintable(tls.message));
        QVERIFY(tls.remedy.contains(QLatin1String("renew")));
    }

    void expiredFails() {
        setTlsDays(-2);
        const TenantReport report = check(tlsTenant(m_caFile));
        const HealthCheck tls = checkOf(report, QStringLiteral("tls"));
        QCOMPARE(HealthCheck::statusName(tls.status), QStringLiteral("fail"));
        QVERIFY2(tls.message.contains(QLatin1String("expired")), qPrintable(tls.message));
    }

    // Without the bundle the throw-away CA is nobody's: the certificate is refused, and the remedy
    // names the bundle.
    void untrustedWithoutTheBundle() {
        const TenantReport report = check(tlsTenant({}));
        const HealthCheck tls = checkOf(report, QStringLiteral("tls"));
        QCOMPARE(HealthCheck::statusName(tls.status), QStringLiteral("fail"));
        QVERIFY(tls.remedy.contains(QLatin1String("CA bundle")));
        const HealthCheck credentials = checkOf(report, QStringLiteral("credentials"));
        QCOMPARE(HealthCheck::statusName(credentials.status), QStringLiteral("fail"));
        QVERIFY2(credentials.message.contains(QLatin1String("CA bundle")), qPrintable(credentials.message));
    }

    // A bundle that cannot be read is refused when the tenant is saved, and named by the check
    // when it is gone later.
    void unreadableBundleIsNamed() {
        const QString missing = m_data.filePath(QStringLiteral("no-such-ca.pem"));
        Tenant refused = wecomTenant(m_sandbox.tlsBaseUrl(), QStringLiteral("refused"));
        refused.caBundle = missing;
        QVERIFY(m_workspace->validate(refused).join(QLatin1Char(' ')).contains(missing));

        const QString moved = m_data.filePath(QStringLiteral("moved-ca.pem"));
        QVERIFY(QFile::copy(m_caFile, moved));
        const Tenant tenant = tlsTenant(moved);
        QVERIFY(tenant.isValid());
        QVERIFY(QFile::remove(moved));
        const TenantReport report = check(tenant);
        const HealthCheck tls = checkOf(report, QStringLiteral("tls"));
        QCOMPARE(HealthCheck::statusName(tls.status), QStringLiteral("fail"));
        QVERIFY2(tls.message.contains(moved), qPrintable(tls.message));
        // No call goes out without the trust the tenant asked for.
        const HealthCheck credentials = checkOf(report, QStringLiteral("credentials"));
        QCOMPARE(HealthCheck::statusName(credentials.status), QStringLiteral("fail"));
        QVERIFY2(credentials.message.contains(moved), qPrintable(credentials.message));
    }

    void endpointThatDoesNotAnswerFails() {
        Tenant tenant = wecomTenant(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freePort())),
                                    QStringLiteral("gone-%1").arg(++m_tenantCounter));
        QVERIFY(saveTenant(*m_workspace, tenant));
        const TenantReport report = check(tenant);
        const HealthCheck endpoints = checkOf(report, QStringLiteral("endpoints"));
        QCOMPARE(HealthCheck::statusName(endpoints.status), QStringLiteral("fail"));
        QVERIFY(endpoints.remedy.contains(QLatin1String("Endpoints")));
        QCOMPARE(HealthCheck::statusName(checkOf(report, QStringLiteral("tls")).status),
                 QStringLiteral("skipped"));
    }

    // The date the secret was set is kept with the tenant (never the secret); past the tenant's
    // rotation period it warns.
    void secretAgeAgainstItsRotationPeriod() {
        Tenant tenant = freshTenant(QStringLiteral("wecom"));
        QVERIFY(tenant.secretSetAt.isValid());
        QVERIFY(qAbs(tenant.secretSetAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(HealthCheck::statusName(checkOf(check(tenant), QStringLiteral("secret_age")).status),
                 QStringLiteral("ok"));
        tenant.rotationDays = 90;
        tenant.secretSetAt = QDateTime::currentDateTimeUtc().addDays(-100);
        QString error;
        QVERIFY2(succeeded(m_workspace->tenants().save(tenant), &error), qPrintable(error));
        const std::optional<Tenant> saved = m_workspace->tenants().find(tenant.name);
        QCOMPARE(saved->rotationDays, 90);
        const HealthCheck age = checkOf(check(*saved), QStringLiteral("secret_age"));
        QCOMPARE(HealthCheck::statusName(age.status), QStringLiteral("warn"));
        QCOMPARE(age.details.value(QLatin1String("age_days")).toInt(), 100);
    }

    // Each fault of the console's Faults menu fails (or warns) the check it is for.
    void faultsOfTheFaultsMenu() {
        struct Case {
            const char *platform, *fault, *check, *status;
        };
        const Case cases[] = {
            {"wecom", "ip_not_trusted", "wecom.trusted_ip", "fail"},
            {"wecom", "app_closed", "wecom.app", "fail"},
            {"wecom", "app_invisible", "wecom.app", "fail"},
            {"wecom", "other_trusted_domain", "wecom.trusted_domain", "fail"},
            {"oidc", "invalid_client", "oidc.client", "fail"},
            {"sandbox", "clock_ten_minutes_behind", "clock", "warn"},
        };
        for (const Case &c : cases) {
            const QString platform = QLatin1String(c.platform), fault = QLatin1String(c.fault);
            const Tenant tenant =
                freshTenant(platform == QLatin1String("sandbox") ? QStringLiteral("wecom") : platform);
            if (platform == QLatin1String("sandbox")) {
                m_sandbox.setSandboxFault(fault);
            } else {
                ProviderSandbox *target = m_sandbox.provider(platform);
                target->setFault(fault, target->faultPath(fault), -1);
            }
            const HealthCheck check = checkOf(this->check(tenant), QLatin1String(c.check));
            m_sandbox.clearFaults();
            QVERIFY2(
                HealthCheck::statusName(check.status) == QLatin1String(c.status),
                qPrintable(QStringLiteral("%1: %2 is %3 (%4)")
                               .arg(fault, check.id, HealthCheck::statusName(check.status), check.message)));
        }
        // And the TLS listener's certificate, for a tenant on it.
        m_sandbox.setSandboxFault(QStringLiteral("tls_expires_in_10_days"));
        QCOMPARE(HealthCheck::statusName(checkOf(check(tlsTenant(m_caFile)), QStringLiteral("tls")).status),
                 QStringLiteral("warn"));
    }

    // 勤策's token call names the tenant: the credentials check says which tenant_id the
    // app_secret works for, and fails for another.
    void qinceCredentialsNameTheTenant() {
        const Tenant right = freshTenant(QStringLiteral("qince"));
        const HealthCheck works = checkOf(check(right), QStringLiteral("credentials"));
        QCOMPARE(HealthCheck::statusName(works.status), QStringLiteral("ok"));
        QCOMPARE(works.details.value(QLatin1String("tenant_id")).toString(), QinceSandbox::tenantId);
        const Tenant wrong =
            freshTenant(QStringLiteral("qince"), {{QStringLiteral("tenant_id"), QStringLiteral("1")}});
        const HealthCheck refused = checkOf(check(wrong), QStringLiteral("credentials"));
        QCOMPARE(HealthCheck::statusName(refused.status), QStringLiteral("fail"));
        QVERIFY2(refused.message.contains(QLatin1String("10001")), qPrintable(refused.message));
    }
};

QTEST_GUILESS_MAIN(TestHealth)
#include "tst_health.moc"
