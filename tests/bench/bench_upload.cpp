// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads one large file to a loopback server with deai::ApiClient::uploadFile and
// with `curl -F` (and, to tell the client's share from Qt's, a bare
// QNetworkAccessManager), alternately, and prints wall times, the ratio of their medians
// and the client's peak RSS growth over its baseline.
#include "BenchServerProcess.h"
#include "BenchSupport.h"
#include "PeakRssMeter.h"

#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace deai::bench;

namespace {

struct RunResult
{
    double wallS = 0;
    double cpuS = 0;
    qint64 rssGrowthKib = 0;
    qint64 bodyBytes = -1;
    QString error;
};

// Sparse: the file costs no disk and no time to make, and both uploaders read
// the same zeros through the same page cache.
bool makeSparseFile(const QString &path, qint64 bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(bytes);
}

// Times an upload made inside this process: start() sends it and has the loop
// quit when it is over, setting the error when it failed.
using UploadStarter = std::function<void(QEventLoop &loop, QString &error)>;

RunResult measureInProcess(const UploadStarter &start)
{
    RunResult result;
    PeakRssMeter memory;
    memory.start();
    const double cpuBefore = cpuSeconds();
    QElapsedTimer clock;
    clock.start();

    QEventLoop loop;
    start(loop, result.error);
    loop.exec();

    result.wallS = double(clock.nsecsElapsed()) / 1e9;
    result.cpuS = cpuSeconds() - cpuBefore;
    memory.stop();
    result.rssGrowthKib = memory.growthKib();
    return result;
}

RunResult runClient(deai::ApiClient &client, const QString &path)
{
    return measureInProcess([&](QEventLoop &loop, QString &error) {
        auto *reply = client.uploadFile(path);
        QObject::connect(reply, &deai::ApiCall::finished, &loop, [&loop, &error, reply] {
            if (!reply->isOk())
                error = reply->error().message();
            loop.quit();
        });
    });
}

// The same multipart body through a bare QNetworkAccessManager, to tell what
// the client adds from what Qt's HTTP stack costs.
RunResult runPlainQt(QNetworkAccessManager &network, const QUrl &uploadUrl, const QString &path)
{
    return measureInProcess([&](QEventLoop &loop, QString &error) {
        auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        auto *file = new QFile(path, multiPart);
        file->open(QIODevice::ReadOnly);
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QStringLiteral("form-data; name=\"file\"; filename=\"%1\"")
                           .arg(QFileInfo(path).fileName()));
        part.setBodyDevice(file);
        multiPart->append(part);
        QNetworkReply *reply = network.post(QNetworkRequest(uploadUrl), multiPart);
        multiPart->setParent(reply);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&loop, &error, reply] {
            if (reply->error() != QNetworkReply::NoError)
                error = reply->errorString();
            reply->deleteLater();
            loop.quit();
        });
    });
}

RunResult runCurl(const QString &curl, const QUrl &uploadUrl, const QString &path)
{
    RunResult result;
    QProcess process;
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    process.start(curl, {QStringLiteral("-sS"), QStringLiteral("--fail"),
                         QStringLiteral("-H"), QStringLiteral("token: bench"),
                         QStringLiteral("-F"), QStringLiteral("file=@") + path,
                         uploadUrl.toString()});
    process.waitForFinished(-1);
    result.wallS = double(clock.nsecsElapsed()) / 1e9;
    result.cpuS = childrenCpuSeconds() - cpuBefore;
    const QByteArray answer = process.readAllStandardOutput();
    if (process.exitCode() != 0 || !answer.contains("\"code\":200"))
        result.error = QString::fromLocal8Bit(process.readAllStandardError() + answer);
    return result;
}

bool checkRun(const char *who, RunResult &run, BenchServerProcess &server, qint64 fileBytes)
{
    if (run.error.isEmpty()) {
        run.bodyBytes = server.waitForUpload();
        if (run.bodyBytes < fileBytes)
            run.error = QStringLiteral("the server received %1 bytes").arg(run.bodyBytes);
    }
    if (!run.error.isEmpty())
        std::fprintf(stderr, "bench_upload: %s failed: %s\n", who, qPrintable(run.error));
    return run.error.isEmpty();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const qint64 mib = envInteger("DEAI_BENCH_UPLOAD_MIB", 1024);
    const int runs = int(std::max<qint64>(1, envInteger("DEAI_BENCH_UPLOAD_RUNS", 3)));
    const qint64 fileBytes = mib * 1024 * 1024;
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        std::fprintf(stderr, "bench_upload: curl is needed as the reference\n");
        return 1;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("upload-%1MiB.bin").arg(mib));
    const QString warmUpPath = dir.filePath(QStringLiteral("warm-up.bin"));
    if (!dir.isValid() || !makeSparseFile(path, fileBytes) || !makeSparseFile(warmUpPath, 4096)) {
        std::fprintf(stderr, "bench_upload: cannot make the test files in a temporary folder\n");
        return 1;
    }

    BenchServerProcess server;
    const QUrl baseUrl = server.start();
    if (baseUrl.isEmpty()) {
        std::fprintf(stderr, "bench_upload: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    printNote(QStringLiteral("upload: %1 MiB sparse file, %2 runs each, alternating; receiver: "
                             "bench_server, which streams the body and drops it (the sandbox's "
                             "QtHttpServer would hold it all in memory)")
                  .arg(mib).arg(runs));

    deai::ApiClient client;
    client.setBaseUrl(baseUrl);
    client.setToken("bench");
    client.setInactivityTimeout(std::chrono::seconds(60));
    QUrl uploadUrl = baseUrl;
    uploadUrl.setPath(baseUrl.path() + QStringLiteral("/deAI/uploadFile"));

    // The first exchange of each loads what later ones reuse (curl's libraries,
    // Qt's network backends), which is not what is measured here.
    RunResult warmClient = runClient(client, warmUpPath);
    RunResult warmCurl = runCurl(curl, uploadUrl, warmUpPath);
    QNetworkAccessManager network;
    RunResult warmPlain = runPlainQt(network, uploadUrl, warmUpPath);
    if (!checkRun("client warm-up", warmClient, server, 4096)
        || !checkRun("curl warm-up", warmCurl, server, 4096)
        || !checkRun("plain Qt warm-up", warmPlain, server, 4096))
        return 1;

    QList<double> clientTimes, curlTimes, plainTimes, clientCpu, curlCpu, plainCpu;
    qint64 worstGrowthKib = 0;
    for (int i = 0; i < runs; ++i) {
        RunResult curlRun = runCurl(curl, uploadUrl, path);
        if (!checkRun("curl", curlRun, server, fileBytes))
            return 1;
        RunResult clientRun = runClient(client, path);
        if (!checkRun("client", clientRun, server, fileBytes))
            return 1;
        RunResult plainRun = runPlainQt(network, uploadUrl, path);
        if (!checkRun("plain Qt", plainRun, server, fileBytes))
            return 1;
        plainTimes.append(plainRun.wallS);
        plainCpu.append(plainRun.cpuS);
        curlTimes.append(curlRun.wallS);
        clientTimes.append(clientRun.wallS);
        curlCpu.append(curlRun.cpuS);
        clientCpu.append(clientRun.cpuS);
        worstGrowthKib = std::max(worstGrowthKib, clientRun.rssGrowthKib);
        printNote(QStringLiteral("run %1: curl %2 s, client %3 s, plain Qt %4 s, "
                                 "client RSS growth %5 MiB")
                      .arg(i + 1)
                      .arg(curlRun.wallS, 0, 'f', 3)
                      .arg(clientRun.wallS, 0, 'f', 3)
                      .arg(plainRun.wallS, 0, 'f', 3)
                      .arg(double(clientRun.rssGrowthKib) / 1024, 0, 'f', 1));
    }

    const double clientS = median(clientTimes);
    const double curlS = median(curlTimes);
    printFigure(QStringLiteral("upload.file_mib"), double(mib), 0);
    printFigure(QStringLiteral("upload.client.wall_s"), clientS, 3);
    printFigure(QStringLiteral("upload.curl.wall_s"), curlS, 3);
    printFigure(QStringLiteral("upload.client.mib_per_s"), double(mib) / clientS, 0);
    printFigure(QStringLiteral("upload.curl.mib_per_s"), double(mib) / curlS, 0);
    printRatio(QStringLiteral("upload.ratio"), clientS, curlS, 1.10);
    printFigure(QStringLiteral("upload.client.cpu_s"), median(clientCpu), 3);
    printFigure(QStringLiteral("upload.curl.cpu_s"), median(curlCpu), 3);
    printFigure(QStringLiteral("upload.plain_qt.wall_s"), median(plainTimes), 3);
    printFigure(QStringLiteral("upload.plain_qt.cpu_s"), median(plainCpu), 3);
    printFigure(QStringLiteral("upload.client_over_plain_qt"), clientS / median(plainTimes), 2);
    printTarget(QStringLiteral("upload.client.peak_rss_growth_mib"),
                double(worstGrowthKib) / 1024, Bound::Below, 64, 1);
    return 0;
}
