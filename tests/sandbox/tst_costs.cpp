// SPDX-License-Identifier: GPL-3.0-or-later
// The cost model: how estimates scale, exact integer literals, windowing.
#include "SandboxFixture.h"

#include "money/CcdAmount.h"
#include "logging/LogCategories.h"
#include "training/CostModel.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using deai::CcdAmount;
using deai::sandbox::timeSeriesWindowCount;
using deai::test::HttpResult;
using deai::test::SandboxFixture;
namespace datasets = deai::test::datasets;

class TestCosts : public QObject
{
    Q_OBJECT

private:
    SandboxFixture *m_sandbox = nullptr;
    QByteArray m_token;
    int m_jobCounter = 0;

    // The raw digits of ccd_cost, read from the body text as a client must.
    static QByteArray costDigits(const HttpResult &answer)
    {
        static const QRegularExpression literal(QStringLiteral("\"ccd_cost\":(\\d+)[,}]"));
        return literal.match(QString::fromUtf8(answer.body)).captured(1).toLatin1();
    }
    CcdAmount estimate(const QString &xTrain, double epoch, const QString &yTrain = {})
    {
        QJsonObject spec{{QStringLiteral("model"), QStringLiteral("CNN")}, {QStringLiteral("epoch"), epoch},
                         {QStringLiteral("jobName"), QStringLiteral("cost %1").arg(++m_jobCounter)},
                         {QStringLiteral("x_train"), xTrain}, {QStringLiteral("train_shard"), 0.5},
                         {QStringLiteral("category"), 2}};
        if (!yTrain.isEmpty())
            spec.insert(QStringLiteral("y_train"), yTrain);
        const HttpResult answer = m_sandbox->postJson(QStringLiteral("deAI/queryGuarantee"), spec, m_token);
        if (answer.code() != 200)
            qCWarning(lcSandbox) << answer.body;
        return CcdAmount::fromUnitsText(costDigits(answer)).value_or(CcdAmount());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_sandbox = new SandboxFixture;
        QVERIFY(m_sandbox->start());
        m_token = m_sandbox->signIn(QStringLiteral("costs@example.com"));
    }
    void cleanupTestCase() { delete m_sandbox; }

    void doublingEpochsDoublesTheCost()
    {
        const QString images = m_sandbox->upload(datasets::twoClassImageZip(4), QStringLiteral("x.zip"), m_token);
        const CcdAmount two = estimate(images, 2);
        QVERIFY(!two.isZero());
        QCOMPARE(estimate(images, 4), two.multipliedBy(2));
        QCOMPARE(estimate(images, 1), two.dividedBy(2));
    }

    void moreSamplesAndBiggerImagesCostMore()
    {
        const QString small = m_sandbox->upload(datasets::twoClassImageZip(4), QStringLiteral("s.zip"), m_token);
        const QString many = m_sandbox->upload(datasets::twoClassImageZip(8), QStringLiteral("m.zip"), m_token);
        const QString big = m_sandbox->upload(datasets::twoClassImageZip(4, 16), QStringLiteral("b.zip"), m_token);
        const CcdAmount base = estimate(small, 3);
        QCOMPARE(estimate(many, 3), base.multipliedBy(2)); // twice the images, twice the training samples
        QVERIFY(estimate(big, 3) > base);
        // The labels may also come from a CSV instead of the folders.
        const QString labels = m_sandbox->upload(datasets::twoClassLabelsCsv(4), QStringLiteral("y.csv"), m_token);
        QCOMPARE(estimate(small, 3, labels), base);
    }

    void costsAbove2To63StayExactIntegerLiterals()
    {
        const QString images = m_sandbox->upload(datasets::twoClassImageZip(4), QStringLiteral("x.zip"), m_token);
        const CcdAmount one = estimate(images, 1);
        const double epochs = 1e15; // a double holds this exactly
        const CcdAmount huge = estimate(images, epochs);
        QCOMPARE(huge, one.multipliedBy(1000000000000000ULL));
        QVERIFY(!huge.toUnits().has_value() || *huge.toUnits() > (std::uint64_t(1) << 63));
        QVERIFY(huge.toUnitsText().size() > 19);
    }

    void inferenceCostFollowsTheDataSize()
    {
        const QString jobId = m_sandbox->createCnnJob(m_token, QStringLiteral("Quoted"));
        const QString small = m_sandbox->upload(QByteArray(1000, 'a'), QStringLiteral("a.zip"), m_token);
        const QString large = m_sandbox->upload(QByteArray(3000, 'a'), QStringLiteral("b.zip"), m_token);
        auto quote = [&](const QString &path) {
            const HttpResult answer = m_sandbox->postJson(
                QStringLiteral("deAI/inferenceCost"),
                {{QStringLiteral("jobID"), jobId}, {QStringLiteral("data_path"), path}}, m_token);
            return CcdAmount::fromUnitsText(costDigits(answer)).value_or(CcdAmount());
        };
        QVERIFY(!quote(small).isZero());
        QCOMPARE(quote(large), quote(small).multipliedBy(3));
    }

    // tf.keras.utils.timeseries_dataset_from_array(data, None, sequence_length,
    // sequence_stride, sampling_rate) yields these many windows.
    void windowCountsMatchKeras_data()
    {
        QTest::addColumn<quint64>("rows");
        QTest::addColumn<quint64>("length");
        QTest::addColumn<quint64>("stride");
        QTest::addColumn<quint64>("rate");
        QTest::addColumn<quint64>("windows");
        QTest::newRow("exact fit") << 10ULL << 10ULL << 1ULL << 1ULL << 1ULL;
        QTest::newRow("too short") << 9ULL << 10ULL << 1ULL << 1ULL << 0ULL;
        QTest::newRow("stride 1") << 100ULL << 48ULL << 1ULL << 1ULL << 53ULL;
        QTest::newRow("stride 3") << 100ULL << 48ULL << 3ULL << 1ULL << 18ULL;
        QTest::newRow("sampling 2") << 100ULL << 10ULL << 1ULL << 2ULL << 82ULL;
        QTest::newRow("sampling and stride") << 100ULL << 10ULL << 5ULL << 2ULL << 17ULL;
        QTest::newRow("length one") << 5ULL << 1ULL << 2ULL << 7ULL << 3ULL;
    }
    void windowCountsMatchKeras()
    {
        QFETCH(quint64, rows);
        QFETCH(quint64, length);
        QFETCH(quint64, stride);
        QFETCH(quint64, rate);
        QFETCH(quint64, windows);
        QCOMPARE(timeSeriesWindowCount(rows, length, stride, rate), windows);
    }
};

QTEST_GUILESS_MAIN(TestCosts)
#include "tst_costs.moc"
