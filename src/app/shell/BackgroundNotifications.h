// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QWidget;

namespace deai {

class ApiClient;
class Notifier;

// Watches the API for an upload or an inference that finished while the
// window was in the background, and tells the notifier about it.
class BackgroundNotifications : public QObject
{
    Q_OBJECT

public:
    BackgroundNotifications(ApiClient *api, QWidget *window, Notifier *notifier,
                            QObject *parent = nullptr);

    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

private:
    void onExchangeFinished(const QString &call, int httpStatus, qint64 bytes,
                            std::chrono::milliseconds duration);

    QPointer<QWidget> m_window;
    Notifier *m_notifier;
};

} // namespace deai
