// SPDX-License-Identifier: GPL-3.0-or-later
// Inspects an MNIST-sized CNN dataset (60,000 PNGs of 28x28 and their labels) with
// deai::DatasetInspector while a window is shown, and prints the time, the peak
// RSS growth and the longest stall of the window's event loop meanwhile.
#include "BenchSupport.h"
#include "MnistLikeDataset.h"
#include "PeakRssMeter.h"
#include "StallMeter.h"

#include "dataset/DatasetInspector.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProgressBar>
#include <QVBoxLayout>
#include <QWidget>
#include <QWindow>

#include <cstdio>

using namespace deai::bench;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const int imageCount = int(envInteger("DEAI_BENCH_DATASET_IMAGES", 60000));
    const QString cacheDir = qEnvironmentVariable("DEAI_BENCH_CACHE_DIR",
                                                  QStringLiteral(DEAI_BENCH_DEFAULT_CACHE_DIR));
    const MnistLikeDataset dataset = ensureMnistLikeDataset(cacheDir, imageCount, 28);
    if (dataset.zipPath.isEmpty()) {
        std::fprintf(stderr, "bench_dataset: cannot write the dataset under %s\n",
                     qPrintable(cacheDir));
        return 1;
    }
    printNote(QStringLiteral("dataset: %1 PNGs of 28x28 with a filename,label CSV, %2; a window "
                             "with a progress bar shown on %3 meanwhile")
                  .arg(imageCount)
                  .arg(dataset.cached ? QStringLiteral("from the cache ") + cacheDir
                                      : QStringLiteral("made in %1 s into %2")
                                            .arg(dataset.makeSeconds, 0, 'f', 1).arg(cacheDir))
                  .arg(QGuiApplication::platformName()));

    QWidget window;
    auto *progressBar = new QProgressBar;
    (new QVBoxLayout(&window))->addWidget(progressBar);
    window.resize(640, 120);
    window.show();
    while (!window.windowHandle() || !window.windowHandle()->isExposed())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);

    deai::DatasetInspector inspector;
    QObject::connect(&inspector, &deai::DatasetInspector::progress, progressBar,
                     [progressBar](qint64 done, qint64 total) {
                         progressBar->setMaximum(int(std::min<qint64>(total, INT_MAX)));
                         progressBar->setValue(int(std::min<qint64>(done, INT_MAX)));
                     });
    deai::CnnDatasetReport report;
    QEventLoop loop;
    QObject::connect(&inspector, &deai::DatasetInspector::cnnFinished, &loop,
                     [&](const deai::CnnDatasetReport &finished) {
                         report = finished;
                         loop.quit();
                     });

    PeakRssMeter memory;
    StallMeter stalls;
    QElapsedTimer clock;

    memory.start();
    stalls.start();
    clock.start();
    if (!inspector.inspectCnn(dataset.zipPath, dataset.labelsPath)) {
        std::fprintf(stderr, "bench_dataset: the inspection did not start\n");
        return 1;
    }
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    stalls.stop();
    memory.stop();

    if (report.imageCount != imageCount || report.labels.labelledImages != imageCount) {
        std::fprintf(stderr, "bench_dataset: the report counts %lld images, %lld labelled\n",
                     static_cast<long long>(report.imageCount),
                     static_cast<long long>(report.labels.labelledImages));
        return 1;
    }
    printFigure(QStringLiteral("dataset.images"), double(report.imageCount), 0);
    printFigure(QStringLiteral("dataset.inspect_s"), seconds, 2);
    printFigure(QStringLiteral("dataset.images_per_s"), double(imageCount) / seconds, 0);
    printFigure(QStringLiteral("dataset.peak_rss_growth_mib"),
                double(memory.growthKib()) / 1024, 1);
    printTarget(QStringLiteral("dataset.longest_stall_ms"), stalls.longestStallMs(), Bound::Below,
                50, 1);
    return 0;
}
