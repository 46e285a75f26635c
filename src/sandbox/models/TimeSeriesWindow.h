// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace deai::sandbox {

// The LSTM window fields, read as in TensorFlow's time-series tutorial: a
// window holds inputWidth + shift steps taken samplingRate rows apart; the
// inputs are its first inputWidth steps, the labels its last labelWidth steps;
// consecutive windows start sequenceStride rows apart.
struct WindowSpec
{
    int inputWidth = 1;
    int labelWidth = 1;
    int shift = 1;
    int sequenceStride = 1;
    int samplingRate = 1;

    int totalWidth() const { return inputWidth + shift; }
    int labelStart() const { return totalWidth() - labelWidth; }
    // Rows from a window's first step to its last, both included.
    qint64 spanRows() const { return qint64(totalWidth() - 1) * samplingRate + 1; }
    bool isValid() const;

    friend bool operator==(const WindowSpec &, const WindowSpec &) = default;
};

// First rows of every window lying wholly in [firstRow, endRow), the same
// windows keras.utils.timeseries_dataset_from_array makes of that range.
std::vector<qint64> windowStarts(const WindowSpec &spec, qint64 firstRow, qint64 endRow);

} // namespace deai::sandbox
