// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/CnnDatasetInspection.h"

#include "dataset/LabelMatcher.h"
#include "dataset/LabelsCsv.h"
#include "dataset/ZipImageScanner.h"

#include <QCoreApplication>
#include <algorithm>

namespace deai {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::CnnDatasetInspection)
};

QString channelName(int channels)
{
    switch (channels) {
    case 1:
        return Text::tr("grey");
    case 2:
        return Text::tr("grey with alpha");
    case 3:
        return Text::tr("RGB");
    default:
        return Text::tr("RGBA");
    }
}

void addImageProblems(CnnDatasetReport &report)
{
    if (report.imageCount == 0) {
        report.problems.append(DatasetProblem::blocking(
            Text::tr("The ZIP archive holds no readable PNG, JPEG or BMP image.")));
        return;
    }
    if (!report.allSameSize()) {
        const ImageSizeCount &common = report.sizes.constFirst();
        report.problems.append(DatasetProblem::warning(
            Text::tr("The images come in %n different sizes; the most common is %1×%2 (%3 images).",
                     nullptr, int(report.sizes.size()))
                .arg(common.size.width())
                .arg(common.size.height())
                .arg(common.count)));
    }
    if (report.imagesPerChannelCount.size() > 1) {
        QStringList parts;
        for (auto it = report.imagesPerChannelCount.cbegin();
             it != report.imagesPerChannelCount.cend(); ++it)
            parts.append(Text::tr("%1: %2").arg(channelName(it.key())).arg(it.value()));
        report.problems.append(DatasetProblem::warning(
            Text::tr("The images mix colour modes (%1).").arg(parts.join(QLatin1String(", ")))));
    }
}

} // namespace

ProposedValue proposeChannel(const CnnDatasetReport &report)
{
    if (report.imagesPerChannelCount.isEmpty())
        return {0, true, Text::tr("No image could be read.")};

    // Grey with alpha has no channel setting of its own; RGBA keeps both its parts.
    const int widest = report.imagesPerChannelCount.lastKey();
    const int channel = widest == 2 ? 4 : widest;
    if (report.imagesPerChannelCount.size() == 1)
        return {channel, true, Text::tr("All images are %1.").arg(channelName(widest))};
    return {
        channel, true,
        Text::tr("The images mix colour modes; %1 keeps every channel.").arg(channelName(widest))};
}

ProposedValue proposeCategory(const CnnDatasetReport &report)
{
    const auto distinct = report.labels.countPerLabel.size();
    if (distinct == 0)
        return {0, true, Text::tr("No labels to count categories from.")};
    return {int(distinct), true,
            Text::tr("The labels file names %n distinct labels.", nullptr, int(distinct))};
}

ProposedValue proposeScaleRatio(const CnnDatasetReport &report)
{
    const int maxValue = report.maxPixelValue;
    if (report.imageCount == 0)
        return {0, true, Text::tr("No image could be read.")};
    if (maxValue > 1 && maxValue <= 255)
        return {255, true,
                Text::tr("The largest pixel value is %1, so the images use the 8-bit range.")
                    .arg(maxValue)};
    if (maxValue <= 1)
        return {1, true,
                Text::tr("The largest pixel value is %1: the images are already scaled.")
                    .arg(maxValue)};
    return {maxValue, true, Text::tr("The largest pixel value is %1.").arg(maxValue)};
}

CnnDatasetReport inspectCnnDataset(const QString &zipPath, const QString &labelsCsvPath,
                                   const InspectionControl &control)
{
    CnnDatasetReport report;
    std::optional<LabelsTable> labels;
    if (!labelsCsvPath.isEmpty()) {
        labels = readLabelsCsv(labelsCsvPath, control, report.problems);
        if (control.canceled()) {
            report.canceled = true;
            return report;
        }
    }

    const qsizetype problemsBeforeScan = report.problems.size();
    const QStringList imageNames = scanZipImages(zipPath, control, report);
    if (report.canceled)
        return report;

    const bool zipReadable = !hasBlockingProblem(report.problems.mid(problemsBeforeScan));
    if (zipReadable)
        addImageProblems(report);
    if (labels)
        matchLabels(*labels, imageNames, report);

    report.channel = proposeChannel(report);
    report.category = proposeCategory(report);
    report.scaleRatio = proposeScaleRatio(report);
    return report;
}

} // namespace deai
