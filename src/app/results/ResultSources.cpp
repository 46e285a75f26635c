// SPDX-License-Identifier: GPL-3.0-or-later
#include "results/ResultSources.h"

#include "dataset/CsvReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <cmath>
#include <quazip.h>
#include <quazipfile.h>

namespace deai {

namespace {

// An image larger than this is no thumbnail candidate; it would only cost memory.
constexpr qint64 kMaxImageBytes = 32 * 1024 * 1024;
constexpr int kThumbnailSide = 64;

// A named context that lupdate can see, unlike a wrapper around QCoreApplication::translate.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::ResultSources)
};

QImage readEntryImage(QuaZip &zip, const QString &entry)
{
    if (!zip.setCurrentFile(entry))
        return {};
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly) || file.usize() > kMaxImageBytes)
        return {};
    QImage image;
    image.loadFromData(file.readAll());
    if (image.isNull())
        return {};
    return image.scaled(kThumbnailSide, kThumbnailSide, Qt::KeepAspectRatio,
                        Qt::SmoothTransformation);
}

int findColumn(const QStringList &header, const QStringList &firstRow, const QString &column)
{
    if (!column.isEmpty())
        return int(header.indexOf(column));
    for (qsizetype i = 0; i < firstRow.size(); ++i) {
        bool ok = false;
        firstRow.at(i).trimmed().toDouble(&ok);
        if (ok)
            return int(i);
    }
    return -1;
}

} // namespace

QList<ThumbnailItem> loadPredictionThumbnails(const QString &zipPath,
                                              const QList<CnnResultRow> &rows, int limit,
                                              QString *error)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        *error = Text::tr("The images in %1 cannot be shown: it is not a readable ZIP archive.")
                     .arg(QFileInfo(zipPath).fileName());
        return {};
    }

    QHash<QString, QString> entryByName;
    const QStringList entries = zip.getFileNameList();
    for (const QString &entry : entries)
        entryByName.insert(QFileInfo(entry).fileName(), entry);

    QList<ThumbnailItem> items;
    for (const CnnResultRow &row : rows) {
        if (items.size() >= limit)
            break;
        const QString entry = entries.contains(row.file)
                                  ? row.file
                                  : entryByName.value(QFileInfo(row.file).fileName());
        const QImage image = entry.isEmpty() ? QImage() : readEntryImage(zip, entry);
        if (image.isNull())
            continue;
        const QString caption =
            Text::tr("%1 (%2 %)")
                .arg(row.predictedClass, QLocale().toString(row.confidence * 100.0, 'f', 0));
        items.append({image, caption, row.file});
    }
    return items;
}

QList<QPointF> loadActualSeries(const QString &csvPath, const QString &column, qint64 firstStep,
                                qint64 lastStep, QString *error)
{
    CsvReader reader(csvPath);
    QStringList header;
    if (!reader.open() || !reader.readRecord(header)) {
        *error = Text::tr("The series %1 cannot be read.").arg(QFileInfo(csvPath).fileName());
        return {};
    }

    QList<QPointF> points;
    QStringList fields;
    int columnIndex = -2;
    for (qint64 row = 0; row <= lastStep && reader.readRecord(fields); ++row) {
        if (columnIndex == -2)
            columnIndex = findColumn(header, fields, column);
        if (columnIndex < 0) {
            const QString name = QFileInfo(csvPath).fileName();
            *error =
                column.isEmpty()
                    ? Text::tr("The series %1 has no numeric column to compare with.").arg(name)
                    : Text::tr("The series %1 has no column \"%2\" to compare with.")
                          .arg(name, column);
            return {};
        }
        if (row < firstStep || columnIndex >= fields.size())
            continue;
        bool ok = false;
        const double value = fields.at(columnIndex).trimmed().toDouble(&ok);
        if (ok && std::isfinite(value))
            points.append(QPointF(double(row), value));
    }
    return points;
}

} // namespace deai
