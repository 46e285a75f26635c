// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/BackgroundNotifications.h"

#include "api/ApiClient.h"
#include "common/Notifier.h"

#include <QWidget>

namespace deai {

BackgroundNotifications::BackgroundNotifications(ApiClient *api, QWidget *window,
                                                 Notifier *notifier, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_notifier(notifier)
{
    connect(api, &ApiClient::exchangeFinished, this,
            &BackgroundNotifications::onExchangeFinished);
}

bool BackgroundNotifications::windowInBackground() const
{
    return m_notifier && m_window && !m_window->isActiveWindow();
}

void BackgroundNotifications::onInferenceResultArrived()
{
    if (windowInBackground()) {
        m_notifier->notify(tr("Inference finished"),
                           tr("The result of your inference has arrived in deAI Studio."));
    }
}

void BackgroundNotifications::onExchangeFinished(const QString &call, int httpStatus, qint64,
                                                 std::chrono::milliseconds)
{
    if (!windowInBackground() || httpStatus < 200 || httpStatus >= 300)
        return;
    if (call == QLatin1String("deAI/uploadFile")) {
        m_notifier->notify(tr("Upload finished"),
                           tr("Your file has been uploaded to Phoenix's Distributed AI."));
    }
}

} // namespace deai
