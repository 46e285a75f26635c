// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApiTestHelpers.h"
#include "ScriptedApi.h"
#include "api/ApiClient.h"

#include <QPointer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using namespace deai;
using namespace deai::test;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.eyJFbWFpbCI6ImFAYi5jIn0.c2lnbmF0dXJl";
constexpr int kRecords = 1000;
constexpr qint64 kFirstSubmitTime = 1700000000;

QByteArray costOf(int record)
{
    return QByteArray::number(record) + ".00000000000000000" + QByteArray::number(record % 10);
}

// A page big enough for the client to parse it on the thread pool.
QByteArray bigPage()
{
    QByteArray body = "{\"code\":200,\"msg\":\"success\",\"size\":" + QByteArray::number(kRecords)
                      + ",\"page\":3,\"totalPages\":7,\"totalCount\":6543,\"data\":[";
    for (int i = 0; i < kRecords; ++i) {
        if (i > 0)
            body += ',';
        body += "{\"tx_hash\":\"0x" + QByteArray::number(i, 16).rightJustified(64, '0')
                + "\",\"result\":\"https://h.example/results/" + QByteArray::number(i)
                + ".csv\",\"submitTime\":" + QByteArray::number(kFirstSubmitTime + i)
                + ",\"ccd_cost\":\"" + costOf(i) + "\"}";
    }
    return body + "]}";
}

// Holds the only thread of the global pool, so a parse handed to it waits
// until release() and the test can act while it is pending.
class PoolBlocker
{
public:
    PoolBlocker()
        : m_maxThreads(QThreadPool::globalInstance()->maxThreadCount())
    {
        QThreadPool::globalInstance()->setMaxThreadCount(1);
        m_blocker = QtConcurrent::run([this] { m_gate.acquire(); });
    }

    ~PoolBlocker()
    {
        release();
        QThreadPool::globalInstance()->waitForDone();
        QThreadPool::globalInstance()->setMaxThreadCount(m_maxThreads);
    }

    void release()
    {
        if (!m_released)
            m_gate.release();
        m_released = true;
    }

private:
    int m_maxThreads;
    QSemaphore m_gate;
    QFuture<void> m_blocker;
    bool m_released = false;
};

} // namespace

// Big answers are parsed off the caller's thread; the reply still reports
// once, on its own thread, and survives being cancelled or destroyed while
// the parse is pending.
class TestApiClientBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_api.start(kToken)); }
    void cleanup() { m_api.stop(); }

    void bigPageIsParsedOffTheCallersThread()
    {
        const QByteArray body = bigPage();
        QVERIFY(body.size() > 64 * 1024);
        m_api.server->enqueue(ScriptedResponse::json(body));
        PoolBlocker blocker;
        QSignalSpy answered(m_api.client.get(), &ApiClient::exchangeFinished);
        const auto outcome = watch(m_api.client->queryInferList(QStringLiteral("9"), 3, kRecords));
        QVERIFY(answered.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(outcome->finishedCount, 0); // the parse waits for the pool

        blocker.release();
        QTRY_COMPARE(outcome->finishedCount, 1);
        QVERIFY(outcome->isOk());
        const InferencePage &page = *outcome->value;
        QCOMPARE(page.pageNumber, 3);
        QCOMPARE(page.totalPages, 7);
        QCOMPARE(page.totalCount, 6543);
        QCOMPARE(page.records.size(), kRecords);
        for (int i : {0, 1, 517, kRecords - 1}) {
            const InferenceRecord &record = page.records.at(i);
            QCOMPARE(record.txHash,
                     QString::fromLatin1("0x" + QByteArray::number(i, 16).rightJustified(64, '0')));
            QCOMPARE(record.resultUrl.path(), QStringLiteral("/results/%1.csv").arg(i));
            QCOMPARE(record.submitTime.toSecsSinceEpoch(), kFirstSubmitTime + i);
            QCOMPARE(record.cost, *CcdAmount::fromDecimalText(QByteArrayView(costOf(i))));
        }
        QTest::qWait(20);
        QCOMPARE(outcome->finishedCount, 1);
    }

    void cancelWhileParsingReportsOnceAsCancelled()
    {
        m_api.server->enqueue(ScriptedResponse::json(bigPage()));
        PoolBlocker blocker;
        QSignalSpy answered(m_api.client.get(), &ApiClient::exchangeFinished);
        ApiReply<InferencePage> *reply =
            m_api.client->queryInferList(QStringLiteral("9"), 3, kRecords);
        const auto outcome = watch(reply);
        QPointer<ApiCall> alive(reply);
        QVERIFY(answered.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(outcome->finishedCount, 0);

        reply->cancel();
        QCOMPARE(outcome->finishedCount, 1);
        QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
        QTRY_VERIFY(alive.isNull());

        blocker.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(outcome->finishedCount, 1);
    }

    void destroyingTheClientWhileParsingIsSafe()
    {
        m_api.server->enqueue(ScriptedResponse::json(bigPage()));
        PoolBlocker blocker;
        QSignalSpy answered(m_api.client.get(), &ApiClient::exchangeFinished);
        const auto outcome = watch(m_api.client->queryInferList(QStringLiteral("9"), 3, kRecords));
        QVERIFY(answered.wait(10000));
        QCoreApplication::processEvents();
        QCOMPARE(outcome->finishedCount, 0);

        m_api.client.reset();
        blocker.release();
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QCOMPARE(outcome->finishedCount, 0);
    }

private:
    ScriptedApi m_api;
};

QTEST_GUILESS_MAIN(TestApiClientBackground)
#include "tst_apiclient_background.moc"
