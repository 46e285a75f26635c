// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QtGlobal>

namespace deai {

// The LSTM window fields as TensorFlow's time-series tutorial defines them: a window is
// input_width rows of inputs followed, `shift` rows later, by label_width rows of labels.
struct LstmWindowSettings
{
    int inputWidth = 1;
    int labelWidth = 1;
    int shift = 1;
    int sequenceStride = 1;
    int samplingRate = 1;

    qint64 totalWindowSize() const { return qint64(inputWidth) + shift; }
};

struct WindowCounts
{
    qint64 trainingRows = 0;
    qint64 validationRows = 0;
    qint64 trainingWindows = 0;
    qint64 validationWindows = 0;
};

// Windows that tf.keras.utils.timeseries_dataset_from_array cuts from `rows` rows:
// each spans (sequenceLength - 1) * samplingRate + 1 rows and they start every
// `sequenceStride` rows.
qint64 countSequences(qint64 rows, qint64 sequenceLength, qint64 sequenceStride,
                      qint64 samplingRate);

// Splits by rows as the tutorial does: the first floor(rows * trainShard) rows train, the
// rest validate, and each part is windowed on its own with
// sequence_length = input_width + shift.
WindowCounts countWindows(qint64 rows, const LstmWindowSettings &settings, double trainShard);

// An empty string when the settings can be sent; otherwise one sentence saying what is
// wrong, including settings that leave the training or validation part without a window.
QString validateWindowSettings(qint64 rows, const LstmWindowSettings &settings, double trainShard);

} // namespace deai
