// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/CnnDatasetReport.h"
#include "dataset/InspectionControl.h"

#include <QStringList>
#include <optional>

namespace deai {

struct LabelsTable
{
    LabelsLayout layout = LabelsLayout::None;
    bool hasHeader = false;
    QStringList fileNames; // KeyedByName only, parallel to labels
    QStringList labels;
};

// Reads a labels CSV in either layout the server accepts: a single column with one label
// per image in file-name order, or two columns `filename,label`. A header row is detected
// rather than required. Returns nothing (and a Blocking problem) when the file cannot be
// used at all; also nothing, without a problem, when the control cancels.
std::optional<LabelsTable> readLabelsCsv(const QString &path, const InspectionControl &control,
                                         QList<DatasetProblem> &problems);

// Whether `first` is a header above `following` data rows, judged from its words and
// from how its label (and file name) cells differ from the rows below.
bool looksLikeLabelsHeader(const QStringList &first, const QList<QStringList> &following,
                           LabelsLayout layout);

} // namespace deai
