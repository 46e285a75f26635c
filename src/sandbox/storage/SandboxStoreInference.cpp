// SPDX-License-Identifier: GPL-3.0-or-later
// The inference half of SandboxStore: quotes and inference records.
#include "storage/SandboxStore.h"

namespace deai::sandbox {

namespace {

CcdAmount amountFrom(const QVariant &value)
{
    return CcdAmount::fromUnitsText(value.toString().toLatin1()).value_or(CcdAmount());
}

InferenceRow inferenceFrom(const QSqlQuery &query)
{
    return InferenceRow{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toLongLong(),
                        amountFrom(query.value(6))};
}

const QString kInferenceColumns =
    QStringLiteral("infer_id, job_id, owner, tx_hash, result_name, submit_time, cost_units");

} // namespace

bool SandboxStore::putQuote(const QuoteRow &quote)
{
    return run(QStringLiteral("INSERT OR REPLACE INTO quotes (job_id, data_path, cost_units) VALUES (?, ?, ?)"),
               {quote.jobId, quote.dataPath, QString::fromLatin1(quote.cost.toUnitsText())})
        .has_value();
}

std::optional<QuoteRow> SandboxStore::quote(const QString &jobId)
{
    auto query = run(QStringLiteral("SELECT data_path, cost_units FROM quotes WHERE job_id = ?"), {jobId});
    if (!query || !query->next())
        return std::nullopt;
    return QuoteRow{jobId, query->value(0).toString(), amountFrom(query->value(1))};
}

std::optional<qint64> SandboxStore::addInference(const InferenceRow &row)
{
    auto query = run(QStringLiteral("INSERT INTO inferences (job_id, owner, tx_hash, result_name, submit_time,"
                                    " cost_units) VALUES (?, ?, ?, ?, ?, ?)"),
                     {row.jobId, row.owner, row.txHash, row.resultName, row.submitTime,
                      QString::fromLatin1(row.cost.toUnitsText())});
    if (!query)
        return std::nullopt;
    return query->lastInsertId().toLongLong();
}

std::optional<InferenceRow> SandboxStore::inference(qint64 id)
{
    auto query = run(QStringLiteral("SELECT %1 FROM inferences WHERE infer_id = ?").arg(kInferenceColumns), {id});
    if (!query || !query->next())
        return std::nullopt;
    return inferenceFrom(*query);
}

QList<InferenceRow> SandboxStore::inferences(const QString &jobId, qint64 offset, qint64 limit)
{
    QList<InferenceRow> rows;
    auto query = run(QStringLiteral("SELECT %1 FROM inferences WHERE job_id = ? ORDER BY infer_id DESC"
                                    " LIMIT ? OFFSET ?").arg(kInferenceColumns),
                     {jobId, limit, offset});
    while (query && query->next())
        rows.append(inferenceFrom(*query));
    return rows;
}

qint64 SandboxStore::inferenceCount(const QString &jobId)
{
    auto query = run(QStringLiteral("SELECT COUNT(*) FROM inferences WHERE job_id = ?"), {jobId});
    return query && query->next() ? query->value(0).toLongLong() : 0;
}

bool SandboxStore::resultFileKnown(const QString &name)
{
    auto query = run(QStringLiteral("SELECT 1 FROM inferences WHERE result_name = ?"), {name});
    return query && query->next();
}

} // namespace deai::sandbox
