// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CcdAmount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace deai {

// One training job as the user created it from this machine.
struct JobRecord
{
    // A job is written as Pending before createJob is sent, so that a crash or
    // a lost answer can never make the app forget that money may be spent.
    enum class State {
        Pending,        // createJob is on its way
        Created,        // the server answered with jobId
        OutcomeUnknown, // sent, but the answer was lost: check before retrying
        Failed,         // the server refused it; nothing was spent
    };

    qint64 localId = 0;      // the row id in the local record
    QString server;          // base URL the job was created on
    QString account;         // e-mail of the signed-in user
    QString name;            // jobName
    QString jobId;           // the server's decimal id; empty until Created
    QString model;           // "CNN" or "LSTM"
    QJsonObject parameters;  // the training spec as sent to queryGuarantee
    QStringList datasetPaths; // server paths of the uploaded files
    CcdAmount estimatedCost;
    int batchSize = 0;
    State state = State::Pending;
    QString failureMessage;
    QDateTime createdAt;     // UTC
};

// The local record of jobs, an SQLite database in the app's data folder.
// Every write is a committed transaction before the call returns. A database
// that cannot be read is moved aside and reported, never silently emptied.
class JobStore : public QObject
{
    Q_OBJECT

public:
    explicit JobStore(QObject *parent = nullptr);
    ~JobStore() override;

    // Opens or creates the database. On failure returns false and
    // lastError() says what happened and where the damaged file was moved.
    bool open(const QString &databasePath);
    QString lastError() const;
    // Set when open() found a damaged database and moved it aside.
    std::optional<QString> setAsidePath() const;

    // Inserts a Pending record and returns its local id, or 0 on failure.
    qint64 addPending(const JobRecord &record);
    bool markCreated(qint64 localId, const QString &jobId);
    bool markOutcomeUnknown(qint64 localId, const QString &reason);
    bool markFailed(qint64 localId, const QString &reason);
    bool remove(qint64 localId);

    std::optional<JobRecord> job(qint64 localId) const;
    // Newest first, for one server and account.
    QList<JobRecord> jobs(const QString &server, const QString &account) const;
    bool isNameUsed(const QString &server, const QString &account, const QString &name) const;

Q_SIGNALS:
    void changed();

private:
    class Private;
    Private *d;
};

} // namespace deai
