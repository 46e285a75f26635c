// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

// One category per area; enable with QT_LOGGING_RULES="deai.*.debug=true"
// or the app's --log-debug option.
Q_DECLARE_LOGGING_CATEGORY(lcApi)      // deai.api
Q_DECLARE_LOGGING_CATEGORY(lcSession)  // deai.session
Q_DECLARE_LOGGING_CATEGORY(lcJobs)     // deai.jobs
Q_DECLARE_LOGGING_CATEGORY(lcDataset)  // deai.dataset
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)  // deai.sandbox
Q_DECLARE_LOGGING_CATEGORY(lcApp)      // deai.app
