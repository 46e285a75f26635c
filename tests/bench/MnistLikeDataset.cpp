// SPDX-License-Identifier: GPL-3.0-or-later
#include "MnistLikeDataset.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>

namespace deai::bench {
namespace {

QByteArray makePng(int index, int side)
{
    // A ring of the label's radius plus cheap deterministic noise, so that no two
    // images compress alike and decoding costs what real digits cost.
    QImage image(side, side, QImage::Format_Grayscale8);
    quint32 state = quint32(index) * 2654435761U + 1;
    const double radius = 3.0 + (index % 10);
    const double centre = (side - 1) / 2.0;
    for (int y = 0; y < side; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < side; ++x) {
            state = state * 1664525U + 1013904223U;
            const double distance = std::hypot(x - centre, y - centre);
            const int ink = std::abs(distance - radius) < 1.5 ? 200 : 0;
            line[x] = uchar(std::min(255, ink + int(state >> 27)));
        }
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

QString imageName(int index)
{
    return QStringLiteral("train/%1.png").arg(index, 5, 10, QLatin1Char('0'));
}

bool writeZip(const QString &path, int imageCount, int side)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (int i = 0; i < imageCount; ++i) {
        const QByteArray png = makePng(i, side);
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(imageName(i)))
            || entry.write(png) != png.size())
            return false;
        entry.close();
        if (entry.getZipError() != UNZ_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == UNZ_OK;
}

bool writeLabels(const QString &path, int imageCount)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QByteArray csv = "filename,label\n";
    for (int i = 0; i < imageCount; ++i)
        csv += imageName(i).toUtf8() + ',' + QByteArray::number(i % 10) + '\n';
    return file.write(csv) == csv.size() && file.commit();
}

} // namespace

MnistLikeDataset ensureMnistLikeDataset(const QString &cacheDir, int imageCount, int side)
{
    MnistLikeDataset dataset;
    const QDir dir(cacheDir);
    const QString stem = QStringLiteral("mnist-like-%1x%2px").arg(imageCount).arg(side);
    const QString zipPath = dir.filePath(stem + QStringLiteral(".zip"));
    const QString labelsPath = dir.filePath(stem + QStringLiteral("-labels.csv"));
    dataset.imageCount = imageCount;
    dataset.cached = QFile::exists(zipPath) && QFile::exists(labelsPath);
    if (!dataset.cached) {
        QElapsedTimer clock;
        clock.start();
        // Written under another name first, so an interrupted run leaves no half archive.
        const QString partPath = zipPath + QStringLiteral(".part");
        if (!dir.mkpath(QStringLiteral(".")) || !writeZip(partPath, imageCount, side)
            || !writeLabels(labelsPath, imageCount) || !QFile::rename(partPath, zipPath))
            return dataset;
        dataset.makeSeconds = double(clock.nsecsElapsed()) / 1e9;
    }
    dataset.zipPath = zipPath;
    dataset.labelsPath = labelsPath;
    return dataset;
}

} // namespace deai::bench
