// The company directory against a real OpenLDAP slapd on loopback, with a CA of its own, over
// StartTLS and ldaps: bind, suggest and verify local accounts, and each failure explained (server
// down, bind refused, certificate not trusted, a referral, a size limit); then the same from the
// command line, with a scan for the bind password.
#include "../support/Succeeded.h"
#include "CopyableTableView.h"
#include "MappingModel.h"
#include "MappingsView.h"
#include "Slapd.h"
#include "SuggestionDialog.h"
#include "TestSupport.h"
#include "ldap/AccountMatch.h"
#include "ldap/LdapDirectory.h"
#include "store/MappingStore.h"

#include <QDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace TestSupport;

class TestLdap : public FlowTest {
    Q_OBJECT

    Slapd m_slapd;
    Tenant m_tenant;

    LdapSettings settings(const QString &url, bool withCa = true) const {
        LdapSettings s = LdapSettings::defaults(QStringLiteral("openldap"));
        s.url = url;
        s.bindDn = QLatin1String(Slapd::serviceDn);
        s.baseDn = QLatin1String(Slapd::baseDn);
        if (withCa)
            s.caBundle = m_slapd.caFile();
        return s;
    }
    Status test(const LdapSettings &s, const QString &password = QLatin1String(Slapd::servicePassword)) {
        LdapDirectory directory(s, password);
        std::optional<Status> result;
        directory.test([&](const Status &tested) { result = tested; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
            return Error::failed(QStringLiteral("no answer"));
        return *result;
    }
    QList<Mapping> mappings() {
        QList<Mapping> all;
        m_workspace->mappings().forEach(MappingFilter{{}, {}, {}, m_tenant.id}, [&](const Mapping &m) {
            all << m;
            return true;
        });
        return all;
    }
    struct Run {
        int exitCode;
        QByteArray out, err;
    };
    QByteArray m_allOutput;
    Run cli(const QStringList &arguments, const QByteArray &input = {}) {
        QProcess process;
        process.start(QStringLiteral(AUTHDESK_BINARY),
                      QStringList{QStringLiteral("--store"), QStringLiteral("sqlite:") + databasePath()} +
                          arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000))
            process.kill();
        Run run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
        m_allOutput += run.out + run.err;
        return run;
    }

private slots:
    void initTestCase() {
        QString error;
        QVERIFY2(m_slapd.start(&error), qPrintable(error));
        setUpWorkspace();
        m_tenant = freshTenant(QStringLiteral("wecom"));
        auto member = [](const QString &id, const QString &name, const QString &mobile,
                         const QString &email) {
            Mapping m;
            m.provider = QStringLiteral("wecom");
            m.externalId = id;
            m.idType = QStringLiteral("userid");
            m.name = name;
            m.mobile = mobile;
            m.email = email;
            return m;
        };
        const QList<Mapping> members{
            member(QStringLiteral("ZhangSan"), QStringLiteral("张三"), QStringLiteral("13800138000"), {}),
            member(QStringLiteral("LiSi"), QStringLiteral("李四"), QStringLiteral("+86 139-0013-9000"), {}),
            member(QStringLiteral("WangWu"), QStringLiteral("王五"), QStringLiteral("13700137000"), {}),
            member(QStringLiteral("Nobody"), QStringLiteral("无名"), QStringLiteral("13600136000"), {})};
        QVERIFY2(
            succeeded(m_workspace->mappings().upsertFromDirectory(m_tenant.id, members, QStringLiteral("s1")),
                      &error),
            qPrintable(error));
    }

    void bindsOverStartTlsAndLdaps() {
        for (const QString &url : {m_slapd.ldapUrl(), m_slapd.ldapsUrl()}) {
            const Status tested = test(settings(url));
            QVERIFY2(tested.ok(), qPrintable(tested.errorText()));
            QCOMPARE(tested.value().details.value(QLatin1String("tls")).toString(),
                     url.startsWith(QLatin1String("ldaps")) ? QStringLiteral("ldaps")
                                                            : QStringLiteral("starttls"));
        }
    }

    void failuresAreExplained() {
        const Status refused = test(settings(m_slapd.ldapUrl()), QStringLiteral("wrong"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("Invalid credentials")),
                 qPrintable(refused.errorText()));
        QVERIFY(refused.error().remedy.contains(QLatin1String("password")));

        const Status untrusted = test(settings(m_slapd.ldapsUrl(), false));
        QVERIFY(!untrusted.ok());
        QVERIFY2(untrusted.error().message.contains(QLatin1String("not trusted")),
                 qPrintable(untrusted.errorText()));
        QVERIFY(untrusted.error().remedy.contains(QLatin1String("--ca-bundle")));
        const Status untrustedStartTls = test(settings(m_slapd.ldapUrl(), false));
        QVERIFY2(untrustedStartTls.error().message.contains(QLatin1String("not trusted")),
                 qPrintable(untrustedStartTls.errorText()));

        const Status down = test(settings(QStringLiteral("ldaps://127.0.0.1:%1").arg(freePort())));
        QVERIFY(!down.ok());
        QVERIFY(down.error().is(Error::Kind::Unavailable));
        QVERIFY2(down.error().message.contains(QLatin1String("cannot be reached")),
                 qPrintable(down.errorText()));

        LdapSettings partners = settings(m_slapd.ldapsUrl());
        partners.baseDn = QLatin1String(Slapd::referralBase);
        const Status referred = test(partners);
        QVERIFY(!referred.ok());
        QVERIFY2(referred.error().message.contains(QLatin1String("partners.example.com")),
                 qPrintable(referred.errorText()));

        // A filter that finds everyone: past the server's size limit for this account.
        LdapSettings wide = settings(m_slapd.ldapsUrl());
        wide.filters.insert(QStringLiteral("email"),
                            QStringLiteral("(|(objectClass=inetOrgPerson)(mail={value}))"));
        LdapDirectory directory(wide, QLatin1String(Slapd::servicePassword));
        std::optional<Result<QList<QList<LdapEntry>>>> found;
        directory.lookup({{QStringLiteral("email"), QStringLiteral("x@example.com")}},
                         [&](const auto &r) { found = r; });
        QVERIFY(QTest::qWaitFor([&] { return found.has_value(); }, 30000));
        QVERIFY(!found->ok());
        QVERIFY2(found->error().message.contains(QLatin1String("more than")), qPrintable(found->errorText()));
    }

    // A value is a value: "*" or ")(" never widens the search (RFC 4515 escaping).
    void valuesAreEscaped() {
        const LdapSettings s = settings(m_slapd.ldapsUrl());
        QCOMPARE(s.filter(QStringLiteral("email"), QStringLiteral("*)(uid=*")),
                 QStringLiteral("(mail=\\2a\\29\\28uid=\\2a)"));
        LdapDirectory directory(s, QLatin1String(Slapd::servicePassword));
        std::optional<Result<QList<QList<LdapEntry>>>> found;
        directory.lookup({{QStringLiteral("email"), QStringLiteral("*")}}, [&](const auto &r) { found = r; });
        QVERIFY(QTest::qWaitFor([&] { return found.has_value(); }, 30000));
        QVERIFY2(found->ok(), qPrintable(found->errorText()));
        QVERIFY(found->value().first().isEmpty());
    }

    void suggestsByMobile() {
        LdapDirectory directory(settings(m_slapd.ldapUrl()), QLatin1String(Slapd::servicePassword));
        std::optional<Result<QList<AccountMatch::Suggestion>>> suggested;
        AccountMatch::suggest(directory, mappings(), QStringLiteral("mobile"),
                              [&](const auto &r) { suggested = r; });
        QVERIFY(QTest::qWaitFor([&] { return suggested.has_value(); }, 30000));
        QVERIFY2(suggested->ok(), qPrintable(suggested->errorText()));
        QHash<QString, AccountMatch::Suggestion> by;
        for (const AccountMatch::Suggestion &s : suggested->value())
            by.insert(s.mapping.externalId, s);
        QCOMPARE(by.value(QStringLiteral("ZhangSan")).outcome, QStringLiteral("matched"));
        QCOMPARE(by.value(QStringLiteral("ZhangSan")).entry.account, QStringLiteral("zhangsan"));
        QCOMPARE(by.value(QStringLiteral("ZhangSan")).entry.name, QStringLiteral("张三"));
        QCOMPARE(by.value(QStringLiteral("LiSi")).outcome, QStringLiteral("disabled"));
        QCOMPARE(by.value(QStringLiteral("WangWu")).outcome, QStringLiteral("ambiguous"));
        QCOMPARE(by.value(QStringLiteral("WangWu")).found, 2);
        QCOMPARE(by.value(QStringLiteral("Nobody")).outcome, QStringLiteral("unmatched"));
        QCOMPARE(AccountMatch::changes(suggested->value()).size(), 1);
    }

    // From the command line: set (nothing kept when the bind fails), test, suggest --apply,
    // verify; the bind password never in the output or the store.
    void fromTheCommandLine() {
        const QStringList set{
            QStringLiteral("directory"),     QStringLiteral("ldap"),   QStringLiteral("set"),
            QStringLiteral("--url"),         m_slapd.ldapUrl(),        QStringLiteral("--bind-dn"),
            QLatin1String(Slapd::serviceDn), QStringLiteral("--base"), QLatin1String(Slapd::baseDn),
            QStringLiteral("--ca-bundle"),   m_slapd.caFile(),         QStringLiteral("--password-stdin")};
        const Run refused = cli(set, "wrong-password\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Invalid credentials"), refused.err.constData());
        const Run notSet = cli({QStringLiteral("directory"), QStringLiteral("ldap"), QStringLiteral("test")});
        QCOMPARE(notSet.exitCode, 2); // nothing was kept
        QVERIFY(notSet.err.contains("ldap set"));

        const Run kept = cli(set, QByteArray(Slapd::servicePassword) + '\n');
        QVERIFY2(kept.exitCode == 0, kept.err.constData());
        const Run tested = cli({QStringLiteral("directory"), QStringLiteral("ldap"), QStringLiteral("test"),
                                QStringLiteral("--json")});
        QVERIFY2(tested.exitCode == 0, tested.err.constData());
        QCOMPARE(QJsonDocument::fromJson(tested.out).object().value(QLatin1String("tls")).toString(),
                 QStringLiteral("starttls"));

        const QStringList suggest{QStringLiteral("mappings"), QStringLiteral("suggest"),
                                  QStringLiteral("--from"),   QStringLiteral("ldap"),
                                  QStringLiteral("--tenant"), m_tenant.name,
                                  QStringLiteral("--json")};
        const Run preview = cli(suggest);
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        QCOMPARE(QJsonDocument::fromJson(preview.out).object().value(QLatin1String("changes")).toInt(), 1);
        for (const Mapping &m : mappings())
            QVERIFY2(m.localAccount.isEmpty(), "a preview wrote a local account");
        const Run applied = cli(suggest + QStringList{QStringLiteral("--apply")});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QString zhangsan;
        for (const Mapping &m : mappings())
            if (m.externalId == QLatin1String("ZhangSan"))
                zhangsan = m.localAccount;
        QCOMPARE(zhangsan, QStringLiteral("zhangsan"));

        // LiSi gets the locked account by hand, WangWu one the directory lacks.
        auto setAccount = [this](const QString &id, const QString &account) {
            QString error;
            QVERIFY2(succeeded(m_workspace->mappings().setLocalAccount(
                                   {QStringLiteral("wecom"), m_tenant.id, id}, account),
                               &error),
                     qPrintable(error));
        };
        setAccount(QStringLiteral("LiSi"), QStringLiteral("lisi"));
        setAccount(QStringLiteral("WangWu"), QStringLiteral("wangwu.gone"));
        setAccount(QStringLiteral("Nobody"), QStringLiteral("wangwu")); // the directory has another mobile
        const Run verified = cli({QStringLiteral("mappings"), QStringLiteral("verify"),
                                  QStringLiteral("--tenant"), m_tenant.name, QStringLiteral("--json")});
        QCOMPARE(verified.exitCode, 1); // some need attention
        QHash<QString, QString> status;
        for (const QJsonValue &v : QJsonDocument::fromJson(verified.out).array())
            status.insert(v[QLatin1String("external_id")].toString(), v[QLatin1String("status")].toString());
        QCOMPARE(status.value(QStringLiteral("ZhangSan")), QStringLiteral("ok"));
        QCOMPARE(status.value(QStringLiteral("LiSi")), QStringLiteral("disabled"));
        QCOMPARE(status.value(QStringLiteral("WangWu")), QStringLiteral("not_found"));
        QCOMPARE(status.value(QStringLiteral("Nobody")), QStringLiteral("other_mobile"));

        QVERIFY(!m_allOutput.contains(Slapd::servicePassword));
        QVERIFY(!readTree(m_data.path()).contains(Slapd::servicePassword));
    }

    // The console's Suggest dialog offers the directory once the store has one: the preview looks
    // the people up without blocking, Apply writes the one match.
    void suggestionDialogFromTheDirectory() {
        const Tenant other = freshTenant(QStringLiteral("wecom"));
        Mapping zhang;
        zhang.provider = QStringLiteral("wecom");
        zhang.externalId = QStringLiteral("zs2");
        zhang.idType = QStringLiteral("userid");
        zhang.name = QStringLiteral("张三");
        zhang.email = QStringLiteral("ZhangSan@example.com");
        QString error;
        QVERIFY2(
            succeeded(m_workspace->mappings().upsertFromDirectory(other.id, {zhang}, QStringLiteral("s2")),
                      &error),
            qPrintable(error));
        QVERIFY(m_workspace->directory().load()); // set from the command line above
        SuggestionDialog dialog(m_workspace->mappings(), m_workspace->tenants(), other.name,
                                m_workspace->directory());
        dialog.setRule(QStringLiteral("directory:email"));
        QVERIFY(dialog.isPreviewing());
        QVERIFY(!dialog.apply()); // nothing to apply before the preview is in
        QVERIFY(QTest::qWaitFor([&] { return !dialog.isPreviewing(); }, 30000));
        QCOMPARE(dialog.previewCount(), 1);
        QVERIFY(dialog.apply());
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), other.id, QStringLiteral("zs2")})
                     ->localAccount,
                 QStringLiteral("zhangsan"));
    }

    // A person's directory entry beside what the platform says, from the Mappings page.
    void directoryEntryBesideTheIdentity() {
        MappingsView view(m_workspace->mappings(), m_workspace->tenants(), m_workspace->directory());
        view.reload();
        auto *model = view.findChild<MappingModel *>();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 5000));
        int row = -1;
        for (int i = 0; i < model->rowCount(); ++i)
            if (model->mapping(i).externalId == QLatin1String("LiSi"))
                row = i;
        QVERIFY(row >= 0);
        view.table()->selectRow(row);
        auto *button = view.findChild<QPushButton *>(QStringLiteral("directoryEntry"));
        QVERIFY(!button->isHidden());
        button->click();
        QDialog *dialog = nullptr;
        QVERIFY(QTest::qWaitFor(
            [&] { return (dialog = view.findChild<QDialog *>(QStringLiteral("directoryEntryDialog"))); },
            30000));
        auto *table = dialog->findChild<QTableWidget *>();
        QHash<QString, QString> directory;
        for (int i = 0; i < table->rowCount(); ++i)
            directory.insert(table->item(i, 0)->text(), table->item(i, 2)->text());
        QCOMPARE(directory.value(QStringLiteral("Account")), QStringLiteral("lisi"));
        QCOMPARE(directory.value(QStringLiteral("Name")), QStringLiteral("李四"));
        QCOMPARE(directory.value(QStringLiteral("State")), QStringLiteral("disabled or locked"));
    }
};

QTEST_MAIN(TestLdap)
#include "tst_ldap.moc"
