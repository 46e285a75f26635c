// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/ZipImageScanner.h"

#include "dataset/ImageProbe.h"
#include "logging/LogCategories.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMap>
#include <algorithm>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <utility>

namespace deai {

namespace {

// Images in training sets are small; anything this large is not one, and reading it
// whole would defeat the flat memory profile.
constexpr qint64 maxImageEntryBytes = 256LL * 1024 * 1024;
constexpr int maxExampleNames = 3;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::ZipImageScanner)
};

void rememberExample(QStringList &examples, const QString &name)
{
    if (examples.size() < maxExampleNames)
        examples.append(name);
}

class ZipImageScan
{
public:
    ZipImageScan(const InspectionControl &control, CnnDatasetReport &report)
        : m_control(control)
        , m_report(report)
    {}

    QStringList run(const QString &zipPath);

private:
    void inspectEntry(QuaZip &zip, const QString &name);
    void addImage(const QString &name, const QByteArray &bytes);
    void summarise();

    const InspectionControl &m_control;
    CnnDatasetReport &m_report;
    QStringList m_imageNames;
    QStringList m_otherExamples;
    QStringList m_unreadableExamples;
    QMap<std::pair<int, int>, qint64> m_sizes;
};

QStringList ZipImageScan::run(const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        qCInfo(lcDataset) << "cannot open ZIP" << zipPath << "error" << zip.getZipError();
        m_report.problems.append(
            DatasetProblem::blocking(Text::tr("The images file %1 cannot be read as a ZIP archive.")
                                         .arg(QFileInfo(zipPath).fileName())));
        return {};
    }

    const qint64 total = zip.getEntriesCount();
    qint64 done = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (m_control.canceled()) {
            m_report.canceled = true;
            return {};
        }
        inspectEntry(zip, zip.getCurrentFileName());
        m_control.progress(++done, total);
    }
    if (zip.getZipError() != UNZ_OK) {
        m_report.problems.append(DatasetProblem::blocking(Text::tr(
            "The ZIP archive is damaged: reading stopped after %n entries.", nullptr, int(done))));
    }

    summarise();
    return std::move(m_imageNames);
}

void ZipImageScan::inspectEntry(QuaZip &zip, const QString &name)
{
    if (isIgnoredZipEntry(name)) {
        ++m_report.ignoredEntryCount;
        return;
    }

    QuaZipFileInfo64 info;
    zip.getCurrentFileInfo(&info);
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        ++m_report.unreadableImageCount;
        rememberExample(m_unreadableExamples, name);
        return;
    }

    const bool namedAsImage = hasImageExtension(name);
    if (!namedAsImage && !hasImageSignature(file.peek(8))) {
        ++m_report.otherFileCount;
        rememberExample(m_otherExamples, name);
        return;
    }
    if (qint64(info.uncompressedSize) > maxImageEntryBytes) {
        ++m_report.unreadableImageCount;
        rememberExample(m_unreadableExamples, name);
        return;
    }

    const QByteArray bytes = file.readAll();
    file.close();
    if (file.getZipError() != UNZ_OK) {
        ++m_report.unreadableImageCount; // typically a CRC mismatch: the entry is damaged
        rememberExample(m_unreadableExamples, name);
        return;
    }
    addImage(name, bytes);
}

void ZipImageScan::addImage(const QString &name, const QByteArray &bytes)
{
    QImage decoded;
    const auto stats = probeImage(bytes, &decoded);
    if (!stats) {
        ++m_report.unreadableImageCount;
        rememberExample(m_unreadableExamples, name);
        return;
    }

    ++m_report.imageCount;
    m_imageNames.append(name);
    ++m_sizes[{stats->size.width(), stats->size.height()}];
    ++m_report.imagesPerChannelCount[stats->channels];
    m_report.maxPixelValue = std::max(m_report.maxPixelValue, stats->maxPixelValue);

    if (m_report.thumbnails.size() < maxThumbnailCount) {
        m_report.thumbnails.append({name, QString(),
                                    decoded.scaled(thumbnailSize, thumbnailSize,
                                                   Qt::KeepAspectRatio, Qt::SmoothTransformation)});
    }
}

void ZipImageScan::summarise()
{
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it)
        m_report.sizes.append({QSize(it.key().first, it.key().second), it.value()});
    std::stable_sort(
        m_report.sizes.begin(), m_report.sizes.end(),
        [](const ImageSizeCount &a, const ImageSizeCount &b) { return a.count > b.count; });

    if (m_report.otherFileCount > 0) {
        m_report.problems.append(DatasetProblem::warning(
            Text::tr(
                "%n entries in the ZIP archive are not PNG, JPEG or BMP images (for example %1).",
                nullptr, int(m_report.otherFileCount))
                .arg(m_otherExamples.join(QLatin1String(", ")))));
    }
    if (m_report.unreadableImageCount > 0) {
        m_report.problems.append(
            DatasetProblem::warning(Text::tr("%n images cannot be decoded (for example %1).",
                                             nullptr, int(m_report.unreadableImageCount))
                                        .arg(m_unreadableExamples.join(QLatin1String(", ")))));
    }
}

} // namespace

bool isIgnoredZipEntry(QStringView name)
{
    if (name.endsWith(u'/'))
        return true;
    for (const QStringView part : name.split(u'/')) {
        if (part.startsWith(u'.') || part == u"__MACOSX")
            return true;
    }
    return false;
}

QStringList scanZipImages(const QString &zipPath, const InspectionControl &control,
                          CnnDatasetReport &report)
{
    return ZipImageScan(control, report).run(zipPath);
}

} // namespace deai
