// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/ThumbnailListModel.h"
#include "results/ResultCsv.h"

#include <QList>
#include <QPointF>
#include <QString>

namespace deai {

// Local files that put a result in context: the images that were classified and the
// series that was forecast. Both are read only as far as the result needs.

// Thumbnails of the first `limit` classified images found in the inference ZIP, captioned
// with their prediction. Entries are matched by path, else by file name.
QList<ThumbnailItem> loadPredictionThumbnails(const QString &zipPath,
                                              const QList<CnnResultRow> &rows, int limit,
                                              QString *error);

// The actual values of a series CSV at rows firstStep..lastStep (data rows, header excluded),
// from the named column or, when `column` is empty, the first column holding a number.
QList<QPointF> loadActualSeries(const QString &csvPath, const QString &column, qint64 firstStep,
                                qint64 lastStep, QString *error);

} // namespace deai
