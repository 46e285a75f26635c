// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>

class QWidget;

namespace deai {

class ApiClient;
class Notifier;

// Tells the notifier when an upload finishes or an inference result arrives
// while the window is in the background.
class BackgroundNotifications : public QObject
{
    Q_OBJECT

public:
    BackgroundNotifications(ApiClient *api, QWidget *window, Notifier *notifier,
                            QObject *parent = nullptr);

    void setNotifier(Notifier *notifier) { m_notifier = notifier; }

public Q_SLOTS:
    // The inference call returning only means the network accepted it; this is
    // called when its result is there to look at.
    void onInferenceResultArrived();

private:
    bool windowInBackground() const;
    void onExchangeFinished(const QString &call, int httpStatus, qint64 bytes,
                            std::chrono::milliseconds duration);

    QPointer<QWidget> m_window;
    Notifier *m_notifier;
};

} // namespace deai
