// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/LocalSandboxAccount.h"

#include "logging/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>

namespace deai {

namespace {

QString randomPassword()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace

std::optional<LocalSandboxAccount> LocalSandboxAccount::loadOrCreate(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(QStringLiteral("app-account.json"));
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        const QJsonObject json = QJsonDocument::fromJson(existing.readAll()).object();
        LocalSandboxAccount account{json.value(QStringLiteral("email")).toString(),
                                    json.value(QStringLiteral("password")).toString()};
        if (!account.email.isEmpty() && !account.password.isEmpty())
            return account;
        qCWarning(lcApp) << "the local sandbox account file is unreadable; making a new one";
    }

    LocalSandboxAccount account{QStringLiteral("you@sandbox.local"), randomPassword()};
    QDir().mkpath(dataDir);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return std::nullopt;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("email"), account.email},
                                         {QStringLiteral("password"), account.password}})
                   .toJson());
    if (!file.commit())
        return std::nullopt;
    return account;
}

} // namespace deai
