// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataset/DatasetProblem.h"

#include <algorithm>

namespace deai {

bool hasBlockingProblem(const QList<DatasetProblem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(), [](const DatasetProblem &problem) {
        return problem.severity == ProblemSeverity::Blocking;
    });
}

} // namespace deai
