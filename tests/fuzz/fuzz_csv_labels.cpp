// SPDX-License-Identifier: GPL-3.0-or-later
// The labels CSV of a CNN dataset, as the client's inspection and the
// sandbox read it, matched against a fixed set of image names that share
// base names across folders. The input is the file.
#include "FuzzSupport.h"
#include "dataset/CsvReader.h"
#include "dataset/CsvText.h"
#include "dataset/ImageArchive.h"
#include "dataset/LabelMatcher.h"
#include "dataset/LabelsCsv.h"


namespace {

using namespace deai;

const QStringList &imageNames()
{
    static const QStringList names = {QStringLiteral("cats/001.png"), QStringLiteral("dogs/001.png"),
                                      QStringLiteral("002.jpg"), QStringLiteral("birds/003.bmp")};
    return names;
}

void checkClientLabels(const QString &path)
{
    QList<DatasetProblem> problems;
    const auto table = readLabelsCsv(path, {}, problems);
    if (!table) {
        DEAI_FUZZ_CHECK(hasBlockingProblem(problems));
        return;
    }
    DEAI_FUZZ_CHECK(!table->labels.isEmpty());
    DEAI_FUZZ_CHECK(table->layout != LabelsLayout::None);
    DEAI_FUZZ_CHECK(table->layout == LabelsLayout::FileNameOrder
                    || table->fileNames.size() == table->labels.size());

    CnnDatasetReport report;
    matchLabels(*table, imageNames(), report);
    const LabelsSummary &summary = report.labels;
    DEAI_FUZZ_CHECK(summary.labelledImages + summary.imagesWithoutLabel == imageNames().size());
    DEAI_FUZZ_CHECK(summary.rowsWithoutImage <= summary.rowCount);
    DEAI_FUZZ_CHECK(summary.rowCount == table->labels.size());
}

void checkSandboxLabels(const QString &path)
{
    QList<sandbox::ImageSample> images;
    for (const QString &name : imageNames()) {
        sandbox::ImageSample sample;
        sample.path = name;
        sample.folder = name.section(QLatin1Char('/'), 0, -2);
        images.append(sample);
    }
    const auto labels = sandbox::ImageLabels::fromCsv(path, images);
    if (const auto *list = std::get_if<QStringList>(&labels))
        DEAI_FUZZ_CHECK(list->size() == images.size());
    else
        DEAI_FUZZ_CHECK(!std::get<QString>(labels).isEmpty());
}

// For one line of valid UTF-8 the client and the sandbox must split alike,
// or the inspection would promise labels the server does not read. Byte
// order marks are left out: Qt drops one at the start of each converted
// piece, and the two readers convert different pieces.
void checkSplittersAgree(QByteArrayView input)
{
    if (input.contains('\n') || input.contains('\r') || input.trimmed().isEmpty()
        || input.contains("\xEF\xBB\xBF"))
        return;
    const QString line = QString::fromUtf8(input);
    if (line.toUtf8() != input)
        return;
    const QList<QStringList> rows = sandbox::CsvText::parse(input);
    DEAI_FUZZ_CHECK(rows.size() == 1);
    DEAI_FUZZ_CHECK(rows.constFirst() == splitCsvLine(line));
}

} // namespace

DEAI_FUZZ_PREPARE_QT()

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const QString path = fuzz::writeScratchFile(QStringLiteral("labels.csv"), input);
    checkClientLabels(path);
    checkSandboxLabels(path);
    checkSplittersAgree(input);
    return 0;
}
