// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Notifier.h"

#include "logging/LogCategories.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QSystemTrayIcon>
#include <QVariantMap>

namespace deai {

namespace {

const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int kExpireAfterMs = 8000;

} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::notify(const QString &title, const QString &body)
{
    if (notifyOverDBus(title, body))
        return;
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, kExpireAfterMs);
}

bool DesktopNotifier::notifyOverDBus(const QString &title, const QString &body)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface()
        || !bus.interface()->isServiceRegistered(kService).value())
        return false;
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kService,
                                                          QStringLiteral("Notify"));
    const QVariantMap hints{
        {QStringLiteral("desktop-entry"), QStringLiteral("global.phoenix.DeaiStudio")}};
    message << QCoreApplication::applicationName() << uint(0)
            << QStringLiteral("global.phoenix.DeaiStudio") << title << body << QStringList()
            << hints << kExpireAfterMs;
    const bool sent = bus.send(message);
    if (!sent)
        qCWarning(lcApp) << "Could not send a desktop notification";
    return sent;
}

} // namespace deai
