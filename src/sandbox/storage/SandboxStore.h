// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/CcdAmount.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>

namespace deai::sandbox {

struct UserRow
{
    QString email;
    QByteArray passwordHash;
    CcdAmount balance;
};

struct FileRow
{
    QString serverPath; // what uploadFile answered, e.g. "a@b.c/2023-10-24T12:07:12Zx.csv"
    QString owner;
    QString storedPath; // absolute path on disk
    qint64 size = 0;
    QByteArray sha256Hex;
};

struct EstimateRow
{
    QString owner;
    QString jobName;
    QJsonObject spec; // the validated queryGuarantee body
    CcdAmount cost;
};

struct JobRow
{
    QString id; // decimal text of a 256-bit number
    QString owner;
    QString name;
    QJsonObject spec;
    int batchSize = 0;
    QByteArray model; // the serialized trained model; empty until training finished
};

struct QuoteRow
{
    QString jobId;
    QString dataPath;
    CcdAmount cost;
};

struct InferenceRow
{
    qint64 id = 0;
    QString jobId;
    QString owner;
    QString txHash;
    QString resultName; // file name under dataDir/results
    qint64 submitTime = 0;
    CcdAmount cost;
};

// The sandbox's state in one SQLite file (dataDir/sandbox.sqlite), read and
// written only from the server's thread. Failing calls log and answer
// false / nullopt, which the routes turn into code 500.
class SandboxStore
{
public:
    SandboxStore();
    ~SandboxStore();
    SandboxStore(const SandboxStore &) = delete;
    SandboxStore &operator=(const SandboxStore &) = delete;

    bool open(const QString &databasePath);

    // The HS256 key, made once at random and kept for every later start.
    QByteArray signingKey();

    std::optional<UserRow> user(const QString &email);
    bool addUser(const UserRow &user);
    // Takes cost from the balance; false if the balance is too low.
    bool charge(const QString &email, const CcdAmount &cost);

    bool addFile(const FileRow &file);
    std::optional<FileRow> file(const QString &serverPath);

    bool putEstimate(const EstimateRow &estimate);
    std::optional<EstimateRow> estimate(const QString &owner, const QString &jobName);

    bool addJob(const JobRow &job);
    std::optional<JobRow> job(const QString &id);
    bool jobNameTaken(const QString &owner, const QString &name);
    bool setJobModel(const QString &id, const QByteArray &model);

    bool putQuote(const QuoteRow &quote);
    std::optional<QuoteRow> quote(const QString &jobId);

    std::optional<qint64> addInference(const InferenceRow &row); // answers the new id
    std::optional<InferenceRow> inference(qint64 id);
    // Newest first.
    QList<InferenceRow> inferences(const QString &jobId, qint64 offset, qint64 limit);
    qint64 inferenceCount(const QString &jobId);
    bool resultFileKnown(const QString &name);

private:
    std::optional<QSqlQuery> run(const QString &sql, const QVariantList &values = {});
    bool createSchema();

    QString m_connectionName;
};

} // namespace deai::sandbox
