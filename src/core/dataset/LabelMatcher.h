// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/CnnDatasetReport.h"
#include "dataset/LabelsCsv.h"

#include <QStringList>

namespace deai {

// Pairs labels with the archive's images and fills report.labels, the labels of the
// thumbnails and the matching problems.
//
// KeyedByName rows match an image by its full path in the archive or, failing that, by
// its base name when that is unique. FileNameOrder rows are paired with the image
// names sorted by code point, the order Python's sorted() gives on the server side.
void matchLabels(const LabelsTable &table, const QStringList &imageNames, CnnDatasetReport &report);

} // namespace deai
