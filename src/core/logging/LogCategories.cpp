// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcApi, "deai.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "deai.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJobs, "deai.jobs", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDataset, "deai.dataset", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "deai.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "deai.app", QtInfoMsg)
