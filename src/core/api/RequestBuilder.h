// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiTypes.h"
#include "api/Endpoint.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QString>

class QFile;
class QHttpMultiPart;

namespace deai {

// The request of each call, built in one place. Field names and JSON types
// follow the vendor's reference exactly: integers as JSON integers,
// train_shard as a JSON number, job ids as strings.
namespace RequestBuilder {

QNetworkRequest request(const QUrl &baseUrl, Endpoint endpoint, const QByteArray &token);

QByteArray genTokenBody(const QString &email, const QString &password);
QByteArray queryGuaranteeBody(const TrainingSpec &spec);
QByteArray createJobBody(const CreateJobRequest &request);
QByteArray inferenceCostBody(const QString &jobId, const QString &dataPath);
QByteArray inferenceBody(const QString &jobId);
QByteArray queryInferBody(qint64 inferId);
QByteArray queryInferListBody(const QString &jobId, int pageNumber, int pageSize);

// The Content-Disposition filename for a local file: its name only, never the
// folders above it, with quotes and line breaks percent-encoded as browsers do.
QByteArray uploadFileName(const QString &localPath);
// A multipart body with one part "file" that streams from the opened file,
// which it takes ownership of.
QHttpMultiPart *uploadBody(QFile *file);

} // namespace RequestBuilder

} // namespace deai
