// SPDX-License-Identifier: GPL-3.0-or-later
// A ZIP of images is read twice: by the client's inspection before any CCD
// is spent, and by the sandbox when it trains. An input starting with "PK" is
// taken as the archive itself, which exercises the damaged-archive paths.
// Any other input describes an archive to build (labels CSV, then entries of
// a name and either raw bytes or a small generated image), so that CRCs are
// right and the fuzzer reaches name handling, image probing and label
// matching instead of stopping at the first checksum.
#include "FuzzSupport.h"
#include "dataset/CnnDatasetInspection.h"
#include "dataset/ImageArchive.h"
#include "dataset/ZipImageScanner.h"

#include <QBuffer>
#include <QImage>

#include <fuzzer/FuzzedDataProvider.h>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <numeric>

namespace {

using namespace deai;

constexpr int kMaxEntries = 12;

QByteArray generatedImage(FuzzedDataProvider &input)
{
    static const QImage::Format formats[] = {QImage::Format_Grayscale8, QImage::Format_RGB32,
                                             QImage::Format_ARGB32, QImage::Format_Grayscale16,
                                             QImage::Format_RGBA64, QImage::Format_Mono};
    static const char *const encodings[] = {"PNG", "BMP", "JPG"};
    const int width = input.ConsumeIntegralInRange(1, 9);
    const int height = input.ConsumeIntegralInRange(1, 9);
    QImage image(width, height, input.PickValueInArray(formats));
    image.fill(0);
    for (int y = 0; y < height; ++y) {
        const std::string line = input.ConsumeBytesAsString(std::size_t(image.bytesPerLine()));
        std::copy(line.begin(), line.end(), image.scanLine(y));
    }
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, input.PickValueInArray(encodings));
    return encoded;
}

// Answers how many entries were written.
int writeArchive(const QString &path, FuzzedDataProvider &input)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        fuzz::failInvariant("scratch ZIP could be created", __FILE__, __LINE__);
    int written = 0;
    while (input.remaining_bytes() > 0 && written < kMaxEntries) {
        QString name = QString::fromStdString(input.ConsumeRandomLengthString(48));
        name.remove(QChar(0)); // a ZIP name is a C string
        const bool image = input.ConsumeBool();
        const QByteArray contents = image ? generatedImage(input)
                                          : QByteArray::fromStdString(
                                              input.ConsumeRandomLengthString(256));
        QuaZipFile file(&zip);
        if (name.isEmpty() || !file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            continue;
        file.write(contents);
        file.close();
        ++written;
    }
    zip.close();
    return written;
}

void checkClientReport(const CnnDatasetReport &report, int writtenEntries, bool hasLabels)
{
    DEAI_FUZZ_CHECK(report.thumbnails.size() <= maxThumbnailCount);
    qint64 sized = 0;
    for (const ImageSizeCount &size : report.sizes)
        sized += size.count;
    DEAI_FUZZ_CHECK(sized == report.imageCount);
    const auto perChannel = report.imagesPerChannelCount.values();
    DEAI_FUZZ_CHECK(std::accumulate(perChannel.cbegin(), perChannel.cend(), qint64(0))
                    == report.imageCount);
    if (writtenEntries >= 0 && !hasBlockingProblem(report.problems)) {
        DEAI_FUZZ_CHECK(report.imageCount + report.unreadableImageCount + report.otherFileCount
                            + report.ignoredEntryCount
                        == writtenEntries);
    }
    if (hasLabels && report.labels.layout != LabelsLayout::None) {
        DEAI_FUZZ_CHECK(report.labels.labelledImages + report.labels.imagesWithoutLabel
                        == report.imageCount);
    }
}

void checkSandboxRead(const QString &zipPath, const QString &labelsPath)
{
    const auto read = sandbox::ImageArchive::read(zipPath);
    const auto *images = std::get_if<QList<sandbox::ImageSample>>(&read);
    if (!images) {
        DEAI_FUZZ_CHECK(!std::get<QString>(read).isEmpty());
        return;
    }
    for (const sandbox::ImageSample &image : *images) {
        DEAI_FUZZ_CHECK(image.width > 0 && image.height > 0);
        DEAI_FUZZ_CHECK(image.channels == 1 || image.channels == 3 || image.channels == 4);
        DEAI_FUZZ_CHECK(!image.path.isEmpty() && image.path.startsWith(image.folder));
    }
    const auto labels = labelsPath.isEmpty() ? sandbox::ImageLabels::fromFolders(*images)
                                             : sandbox::ImageLabels::fromCsv(labelsPath, *images);
    if (const auto *list = std::get_if<QStringList>(&labels))
        DEAI_FUZZ_CHECK(list->size() == images->size());
}

} // namespace

DEAI_FUZZ_PREPARE_QT()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    QString zipPath;
    QString labelsPath;
    int writtenEntries = -1;
    if (input.startsWith("PK")) {
        zipPath = fuzz::writeScratchFile(QStringLiteral("images.zip"), input);
    } else {
        FuzzedDataProvider provider(data, size);
        const std::string labels = provider.ConsumeRandomLengthString(512);
        if (!labels.empty())
            labelsPath = fuzz::writeScratchFile(QStringLiteral("labels.csv"), QByteArrayView(labels));
        zipPath = fuzz::writeScratchFile(QStringLiteral("images.zip"), {});
        writtenEntries = writeArchive(zipPath, provider);
    }

    checkClientReport(inspectCnnDataset(zipPath, labelsPath), writtenEntries, !labelsPath.isEmpty());
    checkSandboxRead(zipPath, labelsPath);
    return 0;
}
