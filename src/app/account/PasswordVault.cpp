// SPDX-License-Identifier: GPL-3.0-or-later
#include "account/PasswordVault.h"

#include "logging/LogCategories.h"

#include <qt6keychain/keychain.h>

namespace deai {

namespace {

const QString &serviceName()
{
    static const QString name = QStringLiteral("deAI Studio");
    return name;
}

} // namespace

PasswordVault::PasswordVault(QObject *parent)
    : QObject(parent)
{
}

QString PasswordVault::keyFor(const QString &server, const QString &email)
{
    return email + QLatin1Char('@') + server;
}

void PasswordVault::store(const QString &key, const QString &password)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setTextData(password);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, key, password](QKeychain::Job *done) {
        if (done->error() == QKeychain::NoError) {
            m_sessionOnly.remove(key);
            return;
        }
        qCWarning(lcApp) << "keychain refused the password:" << done->errorString();
        m_sessionOnly.insert(key, password);
        Q_EMIT keychainUnavailable(
            tr("No keychain is available (%1), so your password is kept only until you "
               "quit deAI Studio. You will be asked to sign in again next time.")
                .arg(done->errorString()));
    });
    job->start();
}

void PasswordVault::read(const QString &key)
{
    if (m_sessionOnly.contains(key)) {
        const QString password = m_sessionOnly.value(key);
        QMetaObject::invokeMethod(
            this, [this, key, password] { Q_EMIT passwordRead(key, password); },
            Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, key](QKeychain::Job *done) {
        const auto *readJob = static_cast<QKeychain::ReadPasswordJob *>(done);
        if (done->error() != QKeychain::NoError && done->error() != QKeychain::EntryNotFound)
            qCWarning(lcApp) << "keychain could not be read:" << done->errorString();
        Q_EMIT passwordRead(key, done->error() == QKeychain::NoError ? readJob->textData()
                                                                      : QString());
    });
    job->start();
}

void PasswordVault::forget(const QString &key)
{
    m_sessionOnly.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setKey(key);
    job->setAutoDelete(true);
    job->start();
}

} // namespace deai
