// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace deai {

// Tells the person about something that finished while they looked elsewhere.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const QString &title, const QString &body) = 0;
};

// org.freedesktop.Notifications on the session bus; a tray balloon where no
// notification service runs.
class DesktopNotifier final : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const QString &title, const QString &body) override;

private:
    bool notifyOverDBus(const QString &title, const QString &body);

    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace deai
