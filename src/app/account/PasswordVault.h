// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>

namespace deai {

// Remembered passwords live only in the OS keychain. When there is none,
// the password is kept in memory for this run only and the user is told.
class PasswordVault : public QObject
{
    Q_OBJECT

public:
    explicit PasswordVault(QObject *parent = nullptr);

    static QString keyFor(const QString &server, const QString &email);

    void store(const QString &key, const QString &password);
    // Answers with passwordRead(); an empty password when none is known.
    void read(const QString &key);
    void forget(const QString &key);

Q_SIGNALS:
    void passwordRead(const QString &key, const QString &password);
    // The keychain refused or is missing; message says what that means.
    void keychainUnavailable(const QString &message);

private:
    QHash<QString, QString> m_sessionOnly;
};

} // namespace deai
