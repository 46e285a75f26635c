// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SandboxStore.h"

#include "logging/LogCategories.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace deai::sandbox {

namespace {

CcdAmount amountFrom(const QVariant &value)
{
    return CcdAmount::fromUnitsText(value.toString().toLatin1()).value_or(CcdAmount());
}

QString textOf(const CcdAmount &amount)
{
    return QString::fromLatin1(amount.toUnitsText());
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

} // namespace

SandboxStore::SandboxStore()
    : m_connectionName(QStringLiteral("deai-sandbox-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SandboxStore::~SandboxStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxStore::open(const QString &databasePath)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(databasePath);
    if (!db.open()) {
        qCWarning(lcSandbox) << "Cannot open the sandbox database" << databasePath << db.lastError().text();
        return false;
    }
    return createSchema();
}

bool SandboxStore::createSchema()
{
    const QStringList statements = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value BLOB NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS users (email TEXT PRIMARY KEY, password_hash TEXT NOT NULL,"
                       " balance_units TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS files (server_path TEXT PRIMARY KEY, owner TEXT NOT NULL,"
                       " stored_path TEXT NOT NULL, size INTEGER NOT NULL, sha256 TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS estimates (owner TEXT NOT NULL, job_name TEXT NOT NULL,"
                       " spec TEXT NOT NULL, cost_units TEXT NOT NULL, PRIMARY KEY (owner, job_name))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, owner TEXT NOT NULL,"
                       " name TEXT NOT NULL, spec TEXT NOT NULL, batch_size INTEGER NOT NULL,"
                       " model BLOB NOT NULL DEFAULT x'', UNIQUE (owner, name))"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS quotes (job_id TEXT PRIMARY KEY, data_path TEXT NOT NULL,"
                       " cost_units TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS inferences (infer_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " job_id TEXT NOT NULL, owner TEXT NOT NULL, tx_hash TEXT NOT NULL,"
                       " result_name TEXT NOT NULL UNIQUE, submit_time INTEGER NOT NULL,"
                       " cost_units TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS inferences_by_job ON inferences (job_id, infer_id)"),
    };
    for (const QString &statement : statements) {
        if (!run(statement))
            return false;
    }
    return true;
}

std::optional<QSqlQuery> SandboxStore::run(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qCWarning(lcSandbox) << "Sandbox database statement failed:" << query.lastError().text();
        return std::nullopt;
    }
    return query;
}

QByteArray SandboxStore::signingKey()
{
    const QString sql = QStringLiteral("SELECT value FROM settings WHERE key = 'jwt_hs256_key'");
    if (auto query = run(sql); query && query->next())
        return query->value(0).toByteArray();

    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    if (!run(QStringLiteral("INSERT INTO settings (key, value) VALUES ('jwt_hs256_key', ?)"), {key}))
        return {};
    return key;
}

std::optional<UserRow> SandboxStore::user(const QString &email)
{
    auto query = run(QStringLiteral("SELECT password_hash, balance_units FROM users WHERE email = ?"), {email});
    if (!query || !query->next())
        return std::nullopt;
    return UserRow{email, query->value(0).toByteArray(), amountFrom(query->value(1))};
}

bool SandboxStore::addUser(const UserRow &user)
{
    return run(QStringLiteral("INSERT INTO users (email, password_hash, balance_units) VALUES (?, ?, ?)"),
               {user.email, QString::fromLatin1(user.passwordHash), textOf(user.balance)})
        .has_value();
}

bool SandboxStore::charge(const QString &email, const CcdAmount &cost)
{
    const std::optional<UserRow> row = user(email);
    if (!row || row->balance < cost)
        return false;
    return run(QStringLiteral("UPDATE users SET balance_units = ? WHERE email = ?"),
               {textOf(row->balance.saturatingMinus(cost)), email})
        .has_value();
}

bool SandboxStore::addFile(const FileRow &file)
{
    return run(QStringLiteral("INSERT OR REPLACE INTO files (server_path, owner, stored_path, size, sha256)"
                              " VALUES (?, ?, ?, ?, ?)"),
               {file.serverPath, file.owner, file.storedPath, file.size, QString::fromLatin1(file.sha256Hex)})
        .has_value();
}

std::optional<FileRow> SandboxStore::file(const QString &serverPath)
{
    auto query = run(QStringLiteral("SELECT owner, stored_path, size, sha256 FROM files WHERE server_path = ?"),
                     {serverPath});
    if (!query || !query->next())
        return std::nullopt;
    return FileRow{serverPath, query->value(0).toString(), query->value(1).toString(),
                   query->value(2).toLongLong(), query->value(3).toByteArray()};
}

bool SandboxStore::putEstimate(const EstimateRow &estimate)
{
    return run(QStringLiteral("INSERT OR REPLACE INTO estimates (owner, job_name, spec, cost_units)"
                              " VALUES (?, ?, ?, ?)"),
               {estimate.owner, estimate.jobName, jsonText(estimate.spec), textOf(estimate.cost)})
        .has_value();
}

std::optional<EstimateRow> SandboxStore::estimate(const QString &owner, const QString &jobName)
{
    auto query = run(QStringLiteral("SELECT spec, cost_units FROM estimates WHERE owner = ? AND job_name = ?"),
                     {owner, jobName});
    if (!query || !query->next())
        return std::nullopt;
    return EstimateRow{owner, jobName, jsonFrom(query->value(0)), amountFrom(query->value(1))};
}

bool SandboxStore::addJob(const JobRow &job)
{
    return run(QStringLiteral("INSERT INTO jobs (id, owner, name, spec, batch_size, model) VALUES (?, ?, ?, ?, ?, ?)"),
               {job.id, job.owner, job.name, jsonText(job.spec), job.batchSize,
                QByteArray(job.model.constData(), job.model.size())}) // never null: the column is NOT NULL
        .has_value();
}

std::optional<JobRow> SandboxStore::job(const QString &id)
{
    auto query = run(QStringLiteral("SELECT owner, name, spec, batch_size, model FROM jobs WHERE id = ?"), {id});
    if (!query || !query->next())
        return std::nullopt;
    return JobRow{id, query->value(0).toString(), query->value(1).toString(), jsonFrom(query->value(2)),
                  query->value(3).toInt(), query->value(4).toByteArray()};
}

bool SandboxStore::jobNameTaken(const QString &owner, const QString &name)
{
    auto query = run(QStringLiteral("SELECT 1 FROM jobs WHERE owner = ? AND name = ?"), {owner, name});
    return query && query->next();
}

bool SandboxStore::setJobModel(const QString &id, const QByteArray &model)
{
    return run(QStringLiteral("UPDATE jobs SET model = ? WHERE id = ?"), {model, id}).has_value();
}

} // namespace deai::sandbox
