// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DesktopFiles.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

#if QT_CONFIG(dbus)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#endif

namespace deai {

namespace {

#if QT_CONFIG(dbus)
bool selectInFileManagerOverDBus(const QString &path)
{
    const QString service = QStringLiteral("org.freedesktop.FileManager1");
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    const bool available = bus.interface()->isServiceRegistered(service).value()
                           || bus.interface()->activatableServiceNames().value().contains(service);
    if (!available)
        return false;
    QDBusMessage call = QDBusMessage::createMethodCall(
        service, QStringLiteral("/org/freedesktop/FileManager1"), service,
        QStringLiteral("ShowItems"));
    call << QStringList{QUrl::fromLocalFile(path).toString()} << QString();
    // Sent without waiting: a file manager that starts slowly must not freeze the window.
    return bus.send(call);
}
#endif

} // namespace

bool openInDefaultApplication(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
}

bool showInFileManager(const QString &path)
{
    const QFileInfo file(path);
#if QT_CONFIG(dbus)
    if (selectInFileManagerOverDBus(file.absoluteFilePath()))
        return true;
#endif
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file.absolutePath()));
}

} // namespace deai
