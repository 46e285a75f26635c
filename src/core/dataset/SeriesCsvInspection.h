// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/InspectionControl.h"
#include "dataset/LstmDatasetReport.h"

namespace deai {

inline constexpr int previewRowCount = 50;
inline constexpr int maxSeriesPoints = 2000;

// Inspects an LSTM time-series CSV on the calling thread, one line at a time. The first
// row names the columns. Progress counts bytes read.
LstmDatasetReport inspectLstmDataset(const QString &csvPath, const InspectionControl &control = {});

} // namespace deai
