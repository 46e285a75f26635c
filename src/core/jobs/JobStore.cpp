// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/JobStore.h"

#include "logging/LogCategories.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace deai {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kCreateJobsTable = R"(
CREATE TABLE IF NOT EXISTS jobs (
    local_id INTEGER PRIMARY KEY AUTOINCREMENT,
    server TEXT NOT NULL,
    account TEXT NOT NULL,
    name TEXT NOT NULL,
    job_id TEXT NOT NULL DEFAULT '',
    model TEXT NOT NULL,
    parameters TEXT NOT NULL,
    dataset_paths TEXT NOT NULL,
    estimated_cost_units TEXT NOT NULL,
    batch_size INTEGER NOT NULL,
    state INTEGER NOT NULL,
    failure_message TEXT NOT NULL DEFAULT '',
    created_at_ms INTEGER NOT NULL
))";

const char *const kSelectColumns =
    "SELECT local_id, server, account, name, job_id, model, parameters, dataset_paths, "
    "estimated_cost_units, batch_size, state, failure_message, created_at_ms FROM jobs ";

JobRecord recordFromQuery(const QSqlQuery &query)
{
    JobRecord record;
    record.localId = query.value(0).toLongLong();
    record.server = query.value(1).toString();
    record.account = query.value(2).toString();
    record.name = query.value(3).toString();
    record.jobId = query.value(4).toString();
    record.model = query.value(5).toString();
    record.parameters = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    record.datasetPaths = QJsonDocument::fromJson(query.value(7).toString().toUtf8())
                              .toVariant()
                              .toStringList();
    record.estimatedCost =
        CcdAmount::fromUnitsText(query.value(8).toString().toLatin1()).value_or(CcdAmount());
    record.batchSize = query.value(9).toInt();
    record.state = static_cast<JobRecord::State>(query.value(10).toInt());
    record.failureMessage = query.value(11).toString();
    record.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(12).toLongLong(), Qt::UTC);
    return record;
}

} // namespace

class JobStore::Private
{
public:
    QString connectionName = QStringLiteral("deai-jobstore-%1")
                                 .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QString lastError;
    std::optional<QString> setAsidePath;
    bool isOpen = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    bool exec(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        lastError = query.lastError().text();
        qCWarning(lcJobs) << "job record query failed:" << lastError;
        return false;
    }

    bool execText(const QString &text)
    {
        QSqlQuery query(db());
        if (query.exec(text))
            return true;
        lastError = query.lastError().text();
        qCWarning(lcJobs) << "job record statement failed:" << lastError;
        return false;
    }

    bool openConnection(const QString &path)
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                          connectionName);
        database.setDatabaseName(path);
        if (!database.open()) {
            lastError = database.lastError().text();
            return false;
        }
        return true;
    }

    void closeConnection()
    {
        {
            QSqlDatabase database = db();
            if (database.isValid())
                database.close();
        }
        QSqlDatabase::removeDatabase(connectionName);
    }

    // False when the file is not an SQLite database or fails its own check.
    bool isHealthy()
    {
        QSqlQuery query(db());
        if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next())
            return false;
        return query.value(0).toString() == QLatin1String("ok");
    }

    bool prepareSchema()
    {
        // WAL with synchronous=FULL makes each committed write durable when
        // the call returns, even if the app is killed right after.
        if (!execText(QStringLiteral("PRAGMA journal_mode=WAL"))
            || !execText(QStringLiteral("PRAGMA synchronous=FULL")))
            return false;

        QSqlQuery version(db());
        if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next())
            return false;
        const int current = version.value(0).toInt();
        if (current > kSchemaVersion) {
            lastError = QCoreApplication::translate(
                            "JobStore", "The job record was written by a newer version of "
                                        "deAI Studio (schema %1). Update the app to read it.")
                            .arg(current);
            return false;
        }
        if (current == kSchemaVersion)
            return true;
        return execText(QString::fromLatin1(kCreateJobsTable))
            && execText(QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion));
    }

    bool moveAside(const QString &path)
    {
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmsszzz"));
        const QString target = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
        if (!QFile::rename(path, target)) {
            lastError = QCoreApplication::translate(
                            "JobStore", "The job record %1 is damaged and could not be moved "
                                        "aside. Move it away by hand and restart the app.")
                            .arg(QDir::toNativeSeparators(path));
            return false;
        }
        // Stale journal files belong to the damaged database, not the new one.
        for (const char *suffix : {"-wal", "-shm", "-journal"}) {
            const QString side = path + QLatin1String(suffix);
            if (QFileInfo::exists(side))
                QFile::rename(side, target + QLatin1String(suffix));
        }
        setAsidePath = target;
        qCWarning(lcJobs) << "damaged job record moved aside to" << target;
        return true;
    }

    bool setModified(qint64 localId, const QString &sql, const QVariantList &values)
    {
        if (!isOpen)
            return false;
        QSqlQuery query(db());
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        query.addBindValue(localId);
        if (!exec(query))
            return false;
        return query.numRowsAffected() == 1;
    }

    bool setFailureState(qint64 localId, JobRecord::State state, const QString &reason)
    {
        return setModified(
            localId,
            QStringLiteral("UPDATE jobs SET state = ?, failure_message = ? WHERE local_id = ?"),
            {static_cast<int>(state), reason});
    }
};

JobStore::JobStore(QObject *parent)
    : QObject(parent)
    , d(new Private)
{
}

JobStore::~JobStore()
{
    d->closeConnection();
    delete d;
}

bool JobStore::open(const QString &databasePath)
{
    d->closeConnection();
    d->isOpen = false;
    d->lastError.clear();
    d->setAsidePath.reset();
    QDir().mkpath(QFileInfo(databasePath).absolutePath());

    if (!d->openConnection(databasePath))
        return false;
    if (!d->isHealthy()) {
        d->closeConnection();
        if (!d->moveAside(databasePath) || !d->openConnection(databasePath))
            return false;
    }
    if (!d->prepareSchema()) {
        d->closeConnection();
        return false;
    }
    d->isOpen = true;
    return true;
}

QString JobStore::lastError() const
{
    return d->lastError;
}

std::optional<QString> JobStore::setAsidePath() const
{
    return d->setAsidePath;
}

qint64 JobStore::addPending(const JobRecord &record)
{
    if (!d->isOpen)
        return 0;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral(
        "INSERT INTO jobs (server, account, name, job_id, model, parameters, dataset_paths, "
        "estimated_cost_units, batch_size, state, failure_message, created_at_ms) "
        "VALUES (?, ?, ?, '', ?, ?, ?, ?, ?, ?, '', ?)"));
    const QDateTime createdAt =
        record.createdAt.isValid() ? record.createdAt : QDateTime::currentDateTimeUtc();
    query.addBindValue(record.server);
    query.addBindValue(record.account);
    query.addBindValue(record.name);
    query.addBindValue(record.model);
    query.addBindValue(QString::fromUtf8(
        QJsonDocument(record.parameters).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromUtf8(
        QJsonDocument::fromVariant(QVariant(record.datasetPaths)).toJson(QJsonDocument::Compact)));
    query.addBindValue(QString::fromLatin1(record.estimatedCost.toUnitsText()));
    query.addBindValue(record.batchSize);
    query.addBindValue(static_cast<int>(JobRecord::State::Pending));
    query.addBindValue(createdAt.toMSecsSinceEpoch());
    if (!d->exec(query))
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    Q_EMIT changed();
    return id;
}

bool JobStore::markCreated(qint64 localId, const QString &jobId)
{
    const bool ok = d->setModified(
        localId, QStringLiteral("UPDATE jobs SET state = ?, job_id = ? WHERE local_id = ?"),
        {static_cast<int>(JobRecord::State::Created), jobId});
    if (ok)
        Q_EMIT changed();
    return ok;
}

bool JobStore::markOutcomeUnknown(qint64 localId, const QString &reason)
{
    const bool ok = d->setFailureState(localId, JobRecord::State::OutcomeUnknown, reason);
    if (ok)
        Q_EMIT changed();
    return ok;
}

bool JobStore::markFailed(qint64 localId, const QString &reason)
{
    const bool ok = d->setFailureState(localId, JobRecord::State::Failed, reason);
    if (ok)
        Q_EMIT changed();
    return ok;
}

bool JobStore::remove(qint64 localId)
{
    const bool ok =
        d->setModified(localId, QStringLiteral("DELETE FROM jobs WHERE local_id = ?"), {});
    if (ok)
        Q_EMIT changed();
    return ok;
}

std::optional<JobRecord> JobStore::job(qint64 localId) const
{
    if (!d->isOpen)
        return std::nullopt;
    QSqlQuery query(d->db());
    query.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral("WHERE local_id = ?"));
    query.addBindValue(localId);
    if (!d->exec(query) || !query.next())
        return std::nullopt;
    return recordFromQuery(query);
}

QList<JobRecord> JobStore::jobs(const QString &server, const QString &account) const
{
    QList<JobRecord> result;
    if (!d->isOpen)
        return result;
    QSqlQuery query(d->db());
    query.prepare(QString::fromLatin1(kSelectColumns)
                  + QStringLiteral("WHERE server = ? AND account = ? "
                                   "ORDER BY created_at_ms DESC, local_id DESC"));
    query.addBindValue(server);
    query.addBindValue(account);
    if (!d->exec(query))
        return result;
    while (query.next())
        result.append(recordFromQuery(query));
    return result;
}

bool JobStore::isNameUsed(const QString &server, const QString &account,
                          const QString &name) const
{
    if (!d->isOpen)
        return false;
    QSqlQuery query(d->db());
    query.prepare(QStringLiteral(
        "SELECT 1 FROM jobs WHERE server = ? AND account = ? AND name = ? LIMIT 1"));
    query.addBindValue(server);
    query.addBindValue(account);
    query.addBindValue(name);
    return d->exec(query) && query.next();
}

} // namespace deai
