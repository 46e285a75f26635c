// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/SampleDatasets.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSaveFile>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>
#include <numbers>

namespace deai::SampleDatasets {

namespace {

constexpr int kImageSide = 28;
constexpr int kImagesPerShape = 100;
constexpr int kSeriesRows = 2000;
// Fixed, so that every copy of the samples is the same data.
constexpr quint32 kSeed = 20261204;

const QString kImagesName = QStringLiteral("sample-shapes.zip");
const QString kLabelsName = QStringLiteral("sample-shapes-labels.csv");
const QString kSeriesName = QStringLiteral("sample-weather.csv");

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::SampleDatasets)
};

enum class Shape { Circle, Square, Cross };
constexpr Shape kShapes[] = {Shape::Circle, Shape::Square, Shape::Cross};

QString shapeName(Shape shape)
{
    switch (shape) {
    case Shape::Circle:
        return QStringLiteral("circle");
    case Shape::Square:
        return QStringLiteral("square");
    case Shape::Cross:
        return QStringLiteral("cross");
    }
    return {};
}

// A white shape on black, moved and sized a little at random, with noise,
// so that a classifier has something to learn but not to memorise.
QByteArray drawShape(Shape shape, QRandomGenerator &random)
{
    QImage image(kImageSide, kImageSide, QImage::Format_Grayscale8);
    image.fill(0);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    const double size = 12 + random.bounded(8.0);
    const QPointF centre(14 + random.bounded(4.0) - 2, 14 + random.bounded(4.0) - 2);
    const QRectF box(centre.x() - size / 2, centre.y() - size / 2, size, size);
    painter.setPen(QPen(Qt::white, 2.5));
    switch (shape) {
    case Shape::Circle:
        painter.drawEllipse(box);
        break;
    case Shape::Square:
        painter.drawRect(box);
        break;
    case Shape::Cross:
        painter.drawLine(box.topLeft(), box.bottomRight());
        painter.drawLine(box.topRight(), box.bottomLeft());
        break;
    }
    painter.end();
    for (int y = 0; y < kImageSide; ++y) {
        uchar *line = image.scanLine(y);
        for (int x = 0; x < kImageSide; ++x)
            line[x] = uchar(std::min(255, line[x] + int(random.bounded(24))));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool writeWhole(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit())
        return fail(error, Text::tr("Could not write %1 (%2).").arg(path, file.errorString()));
    return true;
}

// QuaZip closes the device it writes, which QSaveFile forbids, so the
// archive is written beside its final name and renamed once complete.
bool writeZip(const QString &path, const QList<std::pair<QString, QByteArray>> &entries,
              QString *error)
{
    const QString partial = path + QStringLiteral(".part");
    {
        QuaZip zip(partial);
        if (!zip.open(QuaZip::mdCreate))
            return fail(error, Text::tr("Could not write %1.").arg(path));
        for (const auto &[name, data] : entries) {
            QuaZipFile entry(&zip);
            QuaZipNewInfo info(name);
            // A fixed time, so that every copy of the archive has the same bytes.
            info.dateTime = QDateTime(QDate(2026, 1, 1), QTime(0, 0));
            if (!entry.open(QIODevice::WriteOnly, info) ||
                entry.write(data) != data.size()) {
                zip.close();
                QFile::remove(partial);
                return fail(error, Text::tr("Could not write %1.").arg(path));
            }
            entry.close();
        }
        zip.close();
        if (zip.getZipError() != 0) {
            QFile::remove(partial);
            return fail(error, Text::tr("Could not write %1.").arg(path));
        }
    }
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return fail(error, Text::tr("Could not write %1.").arg(path));
    }
    return true;
}

bool makeFolder(const QString &folder, QString *error)
{
    if (QDir().mkpath(folder))
        return true;
    return fail(error, Text::tr("Could not create the folder %1.").arg(folder));
}

} // namespace

std::optional<ImageSample> writeImageSample(const QString &folder, QString *error)
{
    const QDir dir(folder);
    ImageSample sample{dir.filePath(kImagesName), dir.filePath(kLabelsName),
                       int(std::size(kShapes))};
    if (QFile::exists(sample.imagesZip) && QFile::exists(sample.labelsCsv))
        return sample;
    if (!makeFolder(folder, error))
        return std::nullopt;

    QRandomGenerator random(kSeed);
    QList<std::pair<QString, QByteArray>> images;
    QByteArray labels = "filename,label\n";
    // Shapes take turns, so any split of the file order sees all three.
    for (int i = 0; i < kImagesPerShape * int(std::size(kShapes)); ++i) {
        const Shape shape = kShapes[i % std::size(kShapes)];
        const QString name = QStringLiteral("shape-%1.png").arg(i + 1, 4, 10, QLatin1Char('0'));
        images.append({name, drawShape(shape, random)});
        labels += name.toUtf8() + ',' + shapeName(shape).toUtf8() + '\n';
    }
    // The labels go last: a folder with both files holds a whole sample.
    if (!writeZip(sample.imagesZip, images, error) ||
        !writeWhole(sample.labelsCsv, labels, error))
        return std::nullopt;
    return sample;
}

std::optional<SeriesSample> writeSeriesSample(const QString &folder, QString *error)
{
    const QDir dir(folder);
    SeriesSample sample{dir.filePath(kSeriesName), kSeriesRows};
    if (QFile::exists(sample.seriesCsv))
        return sample;
    if (!makeFolder(folder, error))
        return std::nullopt;

    QRandomGenerator random(kSeed);
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    constexpr double kTau = 2 * std::numbers::pi;
    QByteArray csv = "Date Time,temperature,pressure,humidity\n";
    for (int hour = 0; hour < kSeriesRows; ++hour) {
        // A daily cycle on a slower weather cycle, as hourly readings show.
        const double day = std::sin(kTau * hour / 24.0);
        const double week = std::sin(kTau * hour / (24.0 * 7.0));
        const double temperature = 8 + 6 * day + 4 * week + random.bounded(1.0) - 0.5;
        const double pressure = 1013 - 8 * week + random.bounded(1.0) - 0.5;
        const double humidity = 70 - 15 * day + random.bounded(4.0) - 2;
        csv += start.addSecs(qint64(hour) * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")).toUtf8()
               + ',' + QByteArray::number(temperature, 'f', 2) + ','
               + QByteArray::number(pressure, 'f', 1) + ',' + QByteArray::number(humidity, 'f', 1)
               + '\n';
    }
    if (!writeWhole(sample.seriesCsv, csv, error))
        return std::nullopt;
    return sample;
}

} // namespace deai::SampleDatasets
