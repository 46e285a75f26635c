// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <functional>

namespace deai {

// Lets a caller on another thread watch and stop a long inspection. Both hooks are
// called from the inspecting thread and may be left empty.
struct InspectionControl
{
    std::function<bool()> isCanceled;
    std::function<void(qint64 done, qint64 total)> reportProgress;

    bool canceled() const { return isCanceled && isCanceled(); }
    void progress(qint64 done, qint64 total) const
    {
        if (reportProgress)
            reportProgress(done, total);
    }
};

} // namespace deai
