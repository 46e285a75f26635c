// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ApiReply.h"

namespace deai {

void ApiCall::finishWithError(const ApiError &error)
{
    // A cancel racing a network answer must not report the call twice.
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

void ApiCall::markSucceeded()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
    deleteLater();
}

} // namespace deai
