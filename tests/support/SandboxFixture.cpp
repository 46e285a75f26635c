// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxFixture.h"

#include "logging/LogCategories.h"

#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

namespace deai::test {

namespace {

constexpr int kRequestTimeoutMs = 60000;

} // namespace

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

int HttpResult::code() const
{
    const QJsonValue value = json().value(QStringLiteral("code"));
    return value.isDouble() ? value.toInt() : -1;
}

QString HttpResult::msg() const
{
    return json().value(QStringLiteral("msg")).toString();
}

SandboxFixture::SandboxFixture(sandbox::SandboxOptions options)
    : m_options(std::move(options))
{
    m_options.dataDir = m_dataDir.path();
}

SandboxFixture::~SandboxFixture() = default;

bool SandboxFixture::start()
{
    m_server = std::make_unique<sandbox::SandboxServer>(m_options);
    if (!m_server->listen(0)) {
        qCWarning(lcSandbox, "%s", qPrintable(m_server->errorString()));
        return false;
    }
    return true;
}

void SandboxFixture::stop()
{
    m_network.clearConnectionCache();
    m_server.reset();
}

bool SandboxFixture::restart()
{
    stop();
    return start();
}

QUrl SandboxFixture::baseUrl() const
{
    return m_server->url();
}

QString SandboxFixture::origin() const
{
    return m_server->origin();
}

QUrl SandboxFixture::urlFor(const QString &pathOrUrl) const
{
    if (pathOrUrl.startsWith(QLatin1String("http://")))
        return QUrl(pathOrUrl);
    QString path = pathOrUrl;
    if (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    return QUrl(baseUrl().toString() + QLatin1Char('/') + path);
}

HttpResult SandboxFixture::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(kRequestTimeoutMs, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpResult result;
    if (reply->isFinished()) {
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
    } else {
        qCWarning(lcSandbox, "%s", "The sandbox did not answer in time");
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

QByteArray SandboxFixture::signIn(const QString &email, const QString &password)
{
    const HttpResult result = postJson(QStringLiteral("user/genToken"),
                                       {{QStringLiteral("email"), email}, {QStringLiteral("passwd"), password}});
    const QByteArray token = result.json().value(QStringLiteral("token")).toString().toLatin1();
    if (token.isEmpty())
        qCWarning(lcSandbox, "%s", result.body.constData());
    return token;
}

HttpResult SandboxFixture::postJson(const QString &path, const QJsonObject &body, const QByteArray &token)
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

HttpResult SandboxFixture::postRaw(const QString &path, const QByteArray &body, const QByteArray &token,
                                   const QByteArray &contentType)
{
    QNetworkRequest request(urlFor(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!token.isEmpty())
        request.setRawHeader("token", token);
    return wait(m_network.post(request, body));
}

HttpResult SandboxFixture::get(const QString &pathOrUrl, const QByteArray &token)
{
    QNetworkRequest request(urlFor(pathOrUrl));
    if (!token.isEmpty())
        request.setRawHeader("token", token);
    return wait(m_network.get(request));
}

HttpResult SandboxFixture::uploadRaw(const QByteArray &content, const QString &fileName, const QByteArray &token)
{
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart part;
    part.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArray("form-data; name=\"file\"; filename=\"" + fileName.toUtf8() + "\""));
    part.setBody(content);
    multiPart->append(part);
    QNetworkRequest request(urlFor(QStringLiteral("deAI/uploadFile")));
    request.setRawHeader("token", token);
    QNetworkReply *reply = m_network.post(request, multiPart);
    multiPart->setParent(reply);
    return wait(reply);
}

QString SandboxFixture::upload(const QByteArray &content, const QString &fileName, const QByteArray &token)
{
    const HttpResult result = uploadRaw(content, fileName, token);
    if (result.code() != 200) {
        qCWarning(lcSandbox, "%s", result.body.constData());
        return {};
    }
    return result.msg();
}

QString SandboxFixture::uploadFile(const QString &localPath, const QByteArray &token)
{
    QFile file(localPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return upload(file.readAll(), QFileInfo(localPath).fileName(), token);
}

QString SandboxFixture::createCnnJob(const QByteArray &token, const QString &jobName)
{
    const QString images = upload(datasets::twoClassImageZip(4), QStringLiteral("x_train.zip"), token);
    const QString labels = upload(datasets::twoClassLabelsCsv(4), QStringLiteral("y_train.csv"), token);
    const QJsonObject spec{{QStringLiteral("model"), QStringLiteral("CNN")},
                           {QStringLiteral("epoch"), 2},
                           {QStringLiteral("jobName"), jobName},
                           {QStringLiteral("x_train"), images},
                           {QStringLiteral("y_train"), labels},
                           {QStringLiteral("train_shard"), 0.75},
                           {QStringLiteral("category"), 2}};
    const HttpResult estimate = postJson(QStringLiteral("deAI/queryGuarantee"), spec, token);
    const HttpResult job = postJson(QStringLiteral("deAI/createJob"),
                                    {{QStringLiteral("jobName"), jobName},
                                     {QStringLiteral("batchSize"), 4},
                                     {QStringLiteral("computation"), QStringLiteral("Distributed AI")}},
                                    token);
    if (estimate.code() != 200 || job.code() != 200) {
        qCWarning(lcSandbox, "%s %s", estimate.body.constData(), job.body.constData());
        return {};
    }
    return job.json().value(QStringLiteral("data")).toString();
}

qint64 SandboxFixture::runInference(const QByteArray &token, const QString &jobId, const QString &dataPath)
{
    const HttpResult quote = postJson(QStringLiteral("deAI/inferenceCost"),
                                      {{QStringLiteral("jobID"), jobId}, {QStringLiteral("data_path"), dataPath}},
                                      token);
    const HttpResult run = postJson(QStringLiteral("deAI/inference"), {{QStringLiteral("jobID"), jobId}}, token);
    if (quote.code() != 200 || run.code() != 200) {
        qCWarning(lcSandbox, "%s %s", quote.body.constData(), run.body.constData());
        return -1;
    }
    return run.json().value(QStringLiteral("infer_id")).toInteger(-1);
}

} // namespace deai::test
