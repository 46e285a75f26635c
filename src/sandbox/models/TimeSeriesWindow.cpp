// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/TimeSeriesWindow.h"

namespace deai::sandbox {

namespace {

// Keeps every product of the fields far from overflowing.
constexpr int kMaxField = 1 << 20;

bool inRange(int value)
{
    return value >= 1 && value <= kMaxField;
}

} // namespace

bool WindowSpec::isValid() const
{
    return inRange(inputWidth) && inRange(labelWidth) && inRange(shift) && inRange(sequenceStride)
           && inRange(samplingRate) && labelWidth <= totalWidth();
}

std::vector<qint64> windowStarts(const WindowSpec &spec, qint64 firstRow, qint64 endRow)
{
    std::vector<qint64> starts;
    if (!spec.isValid() || firstRow < 0)
        return starts;
    for (qint64 start = firstRow; start + spec.spanRows() <= endRow; start += spec.sequenceStride)
        starts.push_back(start);
    return starts;
}

} // namespace deai::sandbox
