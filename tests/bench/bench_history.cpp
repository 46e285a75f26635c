// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real history page (HistoryPage, InferenceHistoryModel, the client's
// queryInferList) through 100 pages of 1,000 records served by bench_server, and
// prints the time from clicking "next" to the new page painted, the parse time
// of one page alone, and the longest stall of the event loop meanwhile.
#include "BenchServerProcess.h"
#include "BenchSupport.h"
#include "StallMeter.h"

#include "api/ApiClient.h"
#include "api/ResponseParsers.h"
#include "common/SavePathChooser.h"
#include "history/HistoryPage.h"
#include "history/InferenceHistoryModel.h"
#include "jobs/JobStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <functional>

using namespace deai::bench;

namespace {

constexpr int kPageSize = 1000;
constexpr int kFlips = 100;
const QString kJobId = QStringLiteral(
    "86336785146289395195200824626469818031842412882953927198307248471561534896799");

// Times one flip: from its start to the page loaded, then to the first paint of
// the table after that, once flushed. Both are caught as they happen, since
// the load and the paint can be delivered in one pass of the event loop.
class FlipTimer : public QObject
{
public:
    FlipTimer(deai::InferenceHistoryModel *model, QWidget *viewport)
    {
        connect(model, &deai::InferenceHistoryModel::pageLoaded, this, [this] {
            if (m_loop && m_loadedMs < 0)
                m_loadedMs = elapsedMs();
        });
        viewport->installEventFilter(this);
    }

    // Runs the flip and returns false when the page is not painted in time.
    bool time(const std::function<void()> &flip)
    {
        QEventLoop loop;
        m_loop = &loop;
        m_loadedMs = m_paintedMs = -1;
        m_clock.start();
        flip();
        QTimer::singleShot(30000, &loop, [&loop] { loop.exit(1); });
        const bool painted = loop.exec() == 0;
        m_loop = nullptr;
        return painted;
    }

    double loadedMs() const { return m_loadedMs; }
    double paintedMs() const { return m_paintedMs; }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_loop && m_loadedMs >= 0 && m_paintedMs < 0 && event->type() == QEvent::Paint) {
            m_paintedMs = 0;
            QTimer::singleShot(0, m_loop, [this] {
                m_paintedMs = elapsedMs();
                m_loop->quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    QEventLoop *m_loop = nullptr;
    QElapsedTimer m_clock;
    double m_loadedMs = -1;
    double m_paintedMs = -1;
};

template<typename Sender, typename Signal>
bool waitFor(Sender *sender, Signal signal, int timeoutMs = 30000)
{
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, [&loop] { loop.exit(1); });
    return loop.exec() == 0;
}

QByteArray fetchPageBody(const QUrl &baseUrl)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl.toString() + QStringLiteral("/deAI/queryInferList")));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = network.post(
        request, "{\"jobID\":\"1\",\"pageNo\":1,\"pageSize\":" + QByteArray::number(kPageSize) + '}');
    waitFor(reply, &QNetworkReply::finished);
    reply->deleteLater();
    return reply->readAll();
}

double medianParseMs(const QByteArray &body)
{
    QList<double> times;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer clock;
        clock.start();
        const auto parsed = deai::parseQueryInferList(body);
        times.append(double(clock.nsecsElapsed()) / 1e6);
        if (deai::parseError(parsed) || std::get<deai::InferencePage>(parsed).records.size() != kPageSize)
            return -1;
    }
    return median(times);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("deai-bench"));
    QStandardPaths::setTestModeEnabled(true);

    BenchServerProcess server;
    const QUrl baseUrl =
        server.start({QStringLiteral("--infer-total"), QString::number((kFlips + 1) * kPageSize)});
    QTemporaryDir dir;
    deai::JobStore jobs;
    if (baseUrl.isEmpty() || !jobs.open(dir.filePath(QStringLiteral("jobs.sqlite")))) {
        std::fprintf(stderr, "bench_history: %s %s\n", qPrintable(server.errorString()),
                     qPrintable(jobs.lastError()));
        return 1;
    }
    const QString account = QStringLiteral("bench@example.invalid");
    deai::JobRecord job;
    job.server = baseUrl.toString();
    job.account = account;
    job.name = QStringLiteral("bench");
    job.model = QStringLiteral("CNN");
    job.createdAt = QDateTime::currentDateTimeUtc();
    jobs.markCreated(jobs.addPending(job), kJobId);

    const double parseMs = medianParseMs(fetchPageBody(baseUrl));

    deai::ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setToken("bench");
    deai::FileDialogSavePathChooser chooser; // never asked: the benchmark views no result
    deai::HistoryPage page(&client, &jobs, &chooser);
    deai::InferenceHistoryModel *model = page.model();
    auto *table = page.findChild<QTableView *>(QStringLiteral("historyTable"));
    auto *nextButton = page.findChild<QPushButton *>(QStringLiteral("nextButton"));
    page.resize(1280, 800);
    page.show();
    page.setAccount(job.server, account);
    waitFor(model, &deai::InferenceHistoryModel::pageLoaded);
    model->setPageSize(kPageSize);
    if (!table || !nextButton || !waitFor(model, &deai::InferenceHistoryModel::pageLoaded)
        || model->rowCount() != kPageSize) {
        std::fprintf(stderr, "bench_history: the first page of %d did not load\n", kPageSize);
        return 1;
    }
    printNote(QStringLiteral("history: HistoryPage at 1280x800 on %1, pages of %2 records from "
                             "bench_server over loopback, %3 flips with its Next button")
                  .arg(QGuiApplication::platformName()).arg(kPageSize).arg(kFlips));

    FlipTimer flipTimer(model, table->viewport());
    StallMeter stalls;
    QList<double> pageMs, loadMs, paintMs;
    stalls.start();
    for (int flip = 0; flip < kFlips; ++flip) {
        if (!flipTimer.time([nextButton] { nextButton->click(); })) {
            std::fprintf(stderr, "bench_history: page %d was not shown\n", flip + 2);
            return 1;
        }
        loadMs.append(flipTimer.loadedMs());
        pageMs.append(flipTimer.paintedMs());
        paintMs.append(flipTimer.paintedMs() - flipTimer.loadedMs());
        // Lets the button enable again, as a person's next click would.
        QCoreApplication::processEvents();
    }
    stalls.stop();
    if (model->pageNumber() != kFlips + 1 || model->rowCount() != kPageSize) {
        std::fprintf(stderr, "bench_history: ended on page %d\n", model->pageNumber());
        return 1;
    }

    printFigure(QStringLiteral("history.parse_ms"), parseMs, 2);
    printFigure(QStringLiteral("history.load_ms.median"), median(loadMs), 2);
    printFigure(QStringLiteral("history.paint_ms.median"), median(paintMs), 2);
    printFigure(QStringLiteral("history.page_ms.p95"), percentile(pageMs, 0.95), 2);
    printFigure(QStringLiteral("history.page_ms.max"), percentile(pageMs, 1.0), 2);
    printTarget(QStringLiteral("history.page_ms.median"), median(pageMs), Bound::Below, 16);
    printTarget(QStringLiteral("history.longest_stall_ms"), stalls.longestStallMs(), Bound::Below,
                16);
    return 0;
}
