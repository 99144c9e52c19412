// The mappings view over a real store: fetch on demand, filter (Chinese too), sort, inline edit,
// copy, delete with confirmation, export, and local-account suggestions with preview.
#include "../support/Succeeded.h"
#include "CopyableTableView.h"
#include "ImportDialog.h"
#include "MappingModel.h"
#include "MappingsView.h"
#include "MessageBox.h"
#include "SuggestionDialog.h"
#include "workspace/Workspace.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

class TestMappingsView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MappingsView> m_view;
    QString m_tenantId;
    static constexpr int rows = 3000;

private slots:
    void initTestCase() {
        m_workspace = std::make_unique<Workspace>();
        QString error;
        QVERIFY2(succeeded(m_workspace->open(m_dir.filePath(QStringLiteral("db.sqlite"))), &error),
                 qPrintable(error));
        Tenant tenant;
        tenant.name = QStringLiteral("acme");
        tenant.provider = QStringLiteral("wecom");
        QVERIFY(succeeded(m_workspace->tenants().save(tenant), &error));
        m_tenantId = tenant.id;
        QList<Mapping> members;
        for (int i = 0; i < rows; ++i) {
            Mapping m;
            m.provider = QStringLiteral("wecom");
            m.tenant = QStringLiteral("acme");
            m.externalId = QStringLiteral("user%1").arg(i, 5, 10, QLatin1Char('0'));
            m.idType = QStringLiteral("userid");
            m.name = i % 100 == 0 ? QStringLiteral("欧阳%1").arg(i) : QStringLiteral("Member %1").arg(i);
            m.email = i % 2 ? QStringLiteral("m%1@acme.example").arg(i) : QString();
            members << m;
        }
        QVERIFY(succeeded(
            m_workspace->mappings().upsertFromDirectory(m_tenantId, members, QStringLiteral("s1")), &error));
        m_view = std::make_unique<MappingsView>(m_workspace->mappings(), m_workspace->tenants());
        m_view->resize(1200, 700);
        m_view->show();
    }

    // Another admin changes a local account; while the conflict dialog is open the console's poll
    // reloads the table. The edit lands on the reloaded row (it used to write through a reference
    // into the rows the reload had freed).
    void reloadWhileTheConflictDialogIsOpen() {
        MappingModel *model = m_view->model();
        const QModelIndex cell = model->index(0, Mapping::LocalAccount);
        const QString externalId = model->index(0, Mapping::ExternalId).data().toString();
        QString error;
        QVERIFY(succeeded(m_workspace->mappings().setLocalAccount(
                              {QStringLiteral("wecom"), m_tenantId, externalId}, QStringLiteral("theirs")),
                          &error));
        for (const bool mine : {true, false}) {
            model->setConflictResolver([&, mine](const QString &, const QString &) {
                model->reload(); // what the 2-second poll does while the dialog waits
                return mine;
            });
            const QString entered = mine ? QStringLiteral("mine") : QStringLiteral("ignored");
            if (!mine) // a fresh conflict: someone else again
                QVERIFY(succeeded(
                    m_workspace->mappings().setLocalAccount({QStringLiteral("wecom"), m_tenantId, externalId},
                                                            QStringLiteral("theirs-again")),
                    &error));
            QCOMPARE(model->setData(cell, entered, Qt::EditRole), mine);
            const QString expected = mine ? QStringLiteral("mine") : QStringLiteral("theirs-again");
            QCOMPARE(model->index(0, Mapping::LocalAccount).data().toString(), expected);
            QCOMPARE(
                m_workspace->mappings().find({QStringLiteral("wecom"), m_tenantId, externalId})->localAccount,
                expected);
        }
        model->setConflictResolver({});
    }

    void loadsOnDemand() {
        MappingModel *model = m_view->model();
        QCOMPARE(model->totalCount(), rows);
        QCOMPARE(model->rowCount(), MappingModel::pageSize); // not all 3000 up front
        m_view->table()->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > MappingModel::pageSize);
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), rows);
    }

    void filterAndSort() {
        m_view->setFilterText(QStringLiteral("欧阳"));
        QCOMPARE(m_view->model()->totalCount(), rows / 100);
        m_view->setFilterText(QStringLiteral("@ACME.example")); // ASCII case-insensitive
        QCOMPARE(m_view->model()->totalCount(), rows / 2);
        m_view->setFilterText({});
        m_view->table()->sortByColumn(Mapping::ExternalId, Qt::DescendingOrder);
        QCOMPARE(m_view->model()->mapping(0).externalId, QStringLiteral("user02999"));
        m_view->table()->sortByColumn(Mapping::ExternalId, Qt::AscendingOrder);
        QCOMPARE(m_view->model()->mapping(0).externalId, QStringLiteral("user00000"));
    }

    void editLocalAccountInPlace() {
        MappingModel *model = m_view->model();
        const QModelIndex cell = model->index(0, Mapping::LocalAccount);
        QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(model->index(0, Mapping::Name)) & Qt::ItemIsEditable));
        QVERIFY(model->setData(cell, QStringLiteral("first.user"), Qt::EditRole));
        const auto stored =
            m_workspace->mappings().find({QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00000")});
        QCOMPARE(stored->localAccount, QStringLiteral("first.user"));
        m_view->reload();
        QCOMPARE(model->data(model->index(0, Mapping::LocalAccount), Qt::DisplayRole).toString(),
                 QStringLiteral("first.user"));
    }

    void copySelectedRows() {
        m_view->table()->selectRow(0);
        const QString text = m_view->table()->selectionAsText();
        const QStringList lines = text.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("Platform\tTenant\tExternal ID\tID type\t")),
                 qPrintable(text));
        QVERIFY2(lines.at(1).startsWith(QStringLiteral("WeCom (企业微信)\tacme\tuser00000\tuserid\t")),
                 qPrintable(text));
    }

    void deleteOnlyWhenConfirmed() {
        m_view->table()->selectRow(1);
        QVERIFY(!m_view->removeSelected([](int) { return false; }));
        QCOMPARE(m_view->model()->totalCount(), rows);
        int asked = 0;
        m_view->table()->selectRow(1);
        QVERIFY(m_view->removeSelected([&](int count) {
            asked = count;
            return true;
        }));
        QCOMPARE(asked, 1);
        QCOMPARE(m_view->model()->totalCount(), rows - 1);
        QVERIFY(!m_workspace->mappings().find(
            {QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00001")}));
    }

    void modelPassesQtsModelTester() {
        // A model of its own: the view's reset handling would run before the tester's. Qt 6.4's
        // tester runs its checks (fetchMore included) inside modelReset before it clears its own
        // reset flag, so resets that leave rows to fetch happen before it is attached, and the
        // fetches it checks happen outside resets.
        MappingModel model(&m_workspace->mappings());
        model.setFilter({QStringLiteral("Member"), {}, {}});
        QVERIFY(model.canFetchMore({}));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), model.totalCount());
        model.setFilter({QStringLiteral("欧阳"), {}, {}});
        QCOMPARE(model.rowCount(), rows / 100);
        model.sort(Mapping::Name, Qt::DescendingOrder);
        const QModelIndex local = model.index(0, Mapping::LocalAccount);
        QVERIFY(model.setData(local, QStringLiteral("tested.account"), Qt::EditRole));
        QCOMPARE(model.data(local, Qt::DisplayRole).toString(), QStringLiteral("tested.account"));
        QVERIFY(model.setData(local, QString(), Qt::EditRole)); // as it was, for the tests after this one
    }

    void exportWhatTheFilterSelects() {
        m_view->setFilterText(QStringLiteral("欧阳"));
        const QString path = m_dir.filePath(QStringLiteral("view.csv"));
        QCOMPARE(m_view->exportTo(path, MappingExport::Format::Csv), rows / 100);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), rows / 100 + 1);
        m_view->setFilterText({});
    }

    void suggestionsArePreviewedThenWritten() {
        SuggestionDialog dialog(m_workspace->mappings(), m_workspace->tenants(), QStringLiteral("acme"));
        dialog.setRule(QStringLiteral("email_local"));
        // Odd rows have an email; user00000 already has a local account and user00001 is gone.
        const int withEmail = rows / 2 - 1;
        QCOMPARE(dialog.previewCount(), withEmail);
        dialog.setRule(QStringLiteral("template"), QStringLiteral("{userid}@corp.example"));
        QCOMPARE(dialog.previewCount(), rows - 2);
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00002")})
                     ->localAccount,
                 QString()); // a preview writes nothing
        dialog.setRule(QStringLiteral("template"), QStringLiteral("{nosuch}"));
        QCOMPARE(dialog.previewCount(), 0);
        QVERIFY(!dialog.apply());
        dialog.setRule(QStringLiteral("template"), QStringLiteral("{userid}@corp.example"));
        QVERIFY(dialog.apply());
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00002")})
                     ->localAccount,
                 QStringLiteral("user00002@corp.example"));
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00000")})
                     ->localAccount,
                 QStringLiteral("first.user")); // kept
        QCOMPARE(m_workspace->tenants()
                     .find(QStringLiteral("acme"))
                     ->setting(QStringLiteral("local_account_rule")),
                 QStringLiteral("template:{userid}@corp.example"));
    }

    // The company's list through the dialog: a preview of what it sets and what conflicts, the
    // rows that match nobody named; Apply writes only what was previewed.
    void importIsPreviewedThenWritten() {
        QString error;
        const MappingStore::Key four{QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00004")};
        QVERIFY(succeeded(m_workspace->mappings().setLocalAccount(four, QString()), &error));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile list(path);
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("userid,login\nuser00004,four\nuser00002,two\nnobody,x\n");
        list.close();
        ImportDialog dialog(m_workspace->mappings());
        dialog.setFile(path);
        dialog.setMatch(MappingImport::Match::ExternalId, QStringLiteral("userid"), QStringLiteral("login"));
        QVERIFY2(dialog.preview(), qPrintable(dialog.message()));
        QCOMPARE(dialog.rows()->rowCount(), 2); // one to set, one conflict
        QVERIFY2(dialog.message().contains(QLatin1String("Rows matching nobody: 4.")),
                 qPrintable(dialog.message()));
        QCOMPARE(m_workspace->mappings().find(four)->localAccount, QString()); // a preview writes nothing
        QVERIFY(dialog.apply());
        QCOMPARE(m_workspace->mappings().find(four)->localAccount, QStringLiteral("four"));
        QCOMPARE(m_workspace->mappings()
                     .find({QStringLiteral("wecom"), m_tenantId, QStringLiteral("user00002")})
                     ->localAccount,
                 QStringLiteral("user00002@corp.example")); // the conflict is left alone
        dialog.setMatch(MappingImport::Match::ExternalId, QStringLiteral("no such column"),
                        QStringLiteral("login"));
        QVERIFY(!dialog.apply()); // changed choices need a new preview
        QVERIFY(!dialog.preview());
        QVERIFY2(dialog.message().contains(QLatin1String("no column")), qPrintable(dialog.message()));
    }

    // Last: it deletes a row the other tests count on.
    void deleteButtonAsksFirst() {
        auto *button = m_view->findChild<QPushButton *>(QStringLiteral("deleteMappings"));
        QVERIFY(button);
        m_view->table()->selectRow(2);
        const int before = m_view->model()->totalCount();
        MessageBox::setNextAnswer(QMessageBox::No);
        button->click();
        QVERIFY2(MessageBox::lastText().contains(QLatin1String("Delete 1 mapping")),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(m_view->model()->totalCount(), before);
        m_view->table()->selectRow(2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        button->click();
        QCOMPARE(m_view->model()->totalCount(), before - 1);
    }
};

QTEST_MAIN(TestMappingsView)
#include "tst_mappingsview.moc"
