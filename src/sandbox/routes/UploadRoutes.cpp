// SPDX-License-Identifier: GPL-3.0-or-later
#include "routes/Routes.h"

#include "http/BodyLimitTcpServer.h"
#include "http/FileNames.h"
#include "http/MultipartParser.h"
#include "logging/LogCategories.h"
#include "routes/RouteContext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QHttpServerRequest>
#include <QSaveFile>

namespace deai::sandbox {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("deai::sandbox::UploadRoutes", text);
}

// The result of storing one upload, made on a worker thread.
struct StoredUpload
{
    std::optional<FileRow> file;
    ApiAnswer failure = ApiAnswer::error(ApiCode::Internal, QString());
};

StoredUpload storeUpload(const QByteArray &body, const QByteArray &contentType, const QString &email,
                         const QString &filesDir)
{
    StoredUpload result;
    const MultipartParser::Result parsed = MultipartParser::parse(body, contentType);
    if (const auto *error = std::get_if<MultipartError>(&parsed)) {
        result.failure = ApiAnswer::error(ApiCode::BadRequest, error->message);
        return result;
    }
    const QList<MultipartPart> &parts = std::get<QList<MultipartPart>>(parsed);
    const auto part = std::find_if(parts.cbegin(), parts.cend(),
                                   [](const MultipartPart &p) { return p.name == "file"; });
    if (part == parts.cend()) {
        result.failure = ApiAnswer::error(ApiCode::BadRequest, tr("The form has no field named \"file\"; send "
                                                                  "the dataset as form field \"file\"."));
        return result;
    }
    const QString name = FileNames::sanitise(part->fileName);
    if (name.isEmpty()) {
        result.failure = ApiAnswer::error(ApiCode::BadRequest, tr("The uploaded file has no usable file name; "
                                                                  "give it a name such as data.csv."));
        return result;
    }

    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    FileRow file;
    file.serverPath = email + QLatin1Char('/') + stamp + name;
    file.owner = email;
    file.size = part->data.size();
    file.sha256Hex = QCryptographicHash::hash(part->data, QCryptographicHash::Sha256).toHex();
    const QByteArray key = QCryptographicHash::hash(file.serverPath.toUtf8(), QCryptographicHash::Sha256);
    file.storedPath = QDir(filesDir).filePath(QString::fromLatin1(key.toHex().left(24)) + QLatin1Char('-') + name);

    QSaveFile out(file.storedPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(part->data) != part->data.size() || !out.commit()) {
        qCWarning(lcSandbox) << "Cannot store an upload at" << file.storedPath << out.errorString();
        result.failure = ApiAnswer::error(ApiCode::Internal, tr("The server could not store the file; try again."));
        return result;
    }
    result.file = file;
    return result;
}

} // namespace

void addUploadRoutes(RouteContext &context)
{
    const QString path = QStringLiteral("/sdk/computation/deAI/uploadFile");
    context.withToken(path, int(QHttpServerRequest::Method::Post),
                      [&context](const QString &email, const QHttpServerRequest &request) {
        // Reached only for bodies without a Content-Length up front (chunked):
        // BodyLimitTcpServer refuses the others before they are read.
        const QByteArray body = request.body();
        if (body.size() > context.options().uploadLimitBytes) {
            return RouteContext::ready(ApiAnswer::error(
                ApiCode::TooLarge, tr("The file is larger than the %1 bytes this server accepts; upload a "
                                      "smaller file.").arg(context.options().uploadLimitBytes)));
        }
        const QString filesDir = QDir(context.options().dataDir).filePath(QStringLiteral("files"));
        return context.offThread(
            [body, contentType = request.value("Content-Type"), email, filesDir] {
                return storeUpload(body, contentType, email, filesDir);
            },
            [&context](const StoredUpload &stored) {
                if (!stored.file)
                    return stored.failure;
                if (!context.store().addFile(*stored.file))
                    return ApiAnswer::error(ApiCode::Internal, tr("The server could not record the file; try again."));
                return ApiAnswer::ok(stored.file->serverPath);
            });
    });
}

} // namespace deai::sandbox
