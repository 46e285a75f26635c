// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataset/CnnDatasetReport.h"
#include "dataset/InspectionControl.h"

namespace deai {

// Inspects a CNN dataset on the calling thread: the images ZIP and, when
// `labelsCsvPath` is not empty, the labels CSV. Progress counts ZIP entries.
CnnDatasetReport inspectCnnDataset(const QString &zipPath, const QString &labelsCsvPath,
                                   const InspectionControl &control = {});

// The job parameters a report suggests; called by inspectCnnDataset and exposed so the
// rules can be checked apart from any file.
ProposedValue proposeChannel(const CnnDatasetReport &report);
ProposedValue proposeCategory(const CnnDatasetReport &report);
ProposedValue proposeScaleRatio(const CnnDatasetReport &report);

} // namespace deai
