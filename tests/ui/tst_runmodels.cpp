// The run's item models (timeline steps and HTTP exchanges) checked by Qt's own model tester
// while rows are appended and cleared as a run does.
#include "ExchangeModel.h"
#include "StepModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestRunModels : public QObject {
    Q_OBJECT

private slots:
    void stepModel() {
        StepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 5; ++i)
            model.append(FlowStep::make(i % 2 ? FlowStep::Status::Ok : FlowStep::Status::Warning,
                                        QStringLiteral("step %1").arg(i),
                                        QStringLiteral("detail %1").arg(i)));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(3, StepModel::StepColumn).data().toString(), QStringLiteral("step 3"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.append(FlowStep::make(FlowStep::Status::Error, QStringLiteral("again")));
        QCOMPARE(model.rowCount(), 1);
    }

    void exchangeModel() {
        ExchangeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < 4; ++i) {
            HttpExchange exchange;
            exchange.purpose = QStringLiteral("call %1").arg(i);
            exchange.method = "GET";
            exchange.url = QUrl(QStringLiteral("http://127.0.0.1:9/api?i=%1").arg(i));
            exchange.status = 200 + i;
            model.append(exchange);
        }
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(2, ExchangeModel::PurposeColumn).data().toString(), QStringLiteral("call 2"));
        QCOMPARE(model.exchange(3).status, 203);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestRunModels)
#include "tst_runmodels.moc"
