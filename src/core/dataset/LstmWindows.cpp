// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/LstmWindows.h"

#include <QCoreApplication>
#include <cmath>

namespace deai {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(deai::LstmWindows)
};

qint64 rowsPerWindow(const LstmWindowSettings &settings)
{
    return (settings.totalWindowSize() - 1) * settings.samplingRate + 1;
}

} // namespace

qint64 countSequences(qint64 rows, qint64 sequenceLength, qint64 sequenceStride,
                      qint64 samplingRate)
{
    if (sequenceLength < 1 || sequenceStride < 1 || samplingRate < 1)
        return 0;
    const qint64 span = (sequenceLength - 1) * samplingRate + 1;
    if (rows < span)
        return 0;
    return (rows - span) / sequenceStride + 1;
}

WindowCounts countWindows(qint64 rows, const LstmWindowSettings &settings, double trainShard)
{
    WindowCounts counts;
    // floor of the double product, as the tutorial's int(n * 0.7) computes it
    counts.trainingRows = qBound<qint64>(0, qint64(std::floor(double(rows) * trainShard)), rows);
    counts.validationRows = rows - counts.trainingRows;
    counts.trainingWindows = countSequences(counts.trainingRows, settings.totalWindowSize(),
                                            settings.sequenceStride, settings.samplingRate);
    counts.validationWindows = countSequences(counts.validationRows, settings.totalWindowSize(),
                                              settings.sequenceStride, settings.samplingRate);
    return counts;
}

QString validateWindowSettings(qint64 rows, const LstmWindowSettings &settings, double trainShard)
{
    if (settings.inputWidth < 1 || settings.labelWidth < 1 || settings.shift < 1 ||
        settings.sequenceStride < 1 || settings.samplingRate < 1)
        return Text::tr("Input width, label width, shift, sequence stride and sampling rate must "
                        "each be at least 1.");
    if (!(trainShard > 0.0 && trainShard < 1.0))
        return Text::tr("The training share must lie strictly between 0 and 1.");
    if (settings.labelWidth > settings.totalWindowSize())
        return Text::tr("The label width (%1) cannot exceed input width plus shift (%2).")
            .arg(settings.labelWidth)
            .arg(settings.totalWindowSize());

    const WindowCounts counts = countWindows(rows, settings, trainShard);
    if (counts.trainingWindows == 0)
        return Text::tr("These settings give no training window: one window spans %1 rows, "
                        "but the training part has only %2.")
            .arg(rowsPerWindow(settings))
            .arg(counts.trainingRows);
    if (counts.validationWindows == 0)
        return Text::tr("These settings give no validation window: one window spans %1 rows, "
                        "but the validation part has only %2.")
            .arg(rowsPerWindow(settings))
            .arg(counts.validationRows);
    return {};
}

} // namespace deai
