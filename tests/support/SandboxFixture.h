// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"
#include "SandboxServer.h"

#include <QByteArray>
#include <QImage>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace deai::test {

// One HTTP exchange with the sandbox.
struct HttpResult
{
    int httpStatus = 0;   // 0 when the request failed at the transport level
    QByteArray body;      // the raw body, e.g. to look at integer literals
    QJsonObject json() const;
    int code() const;     // the envelope's "code", or -1
    QString msg() const;  // the envelope's "msg"
};

// Runs an in-process deai::sandbox::SandboxServer on 127.0.0.1 (free port)
// with a fresh QTemporaryDir as its data directory, and talks to it with
// blocking helpers (they spin a local event loop, so the server keeps
// answering meanwhile). Paths are relative to baseUrl(), e.g.
// "deAI/createJob"; tokens go in the "token" header.
//
//   SandboxFixture sandbox;
//   QVERIFY(sandbox.start());
//   const QByteArray token = sandbox.signIn(QStringLiteral("a@example.com"));
//   const QString path = sandbox.upload("a,b\n1,2\n", QStringLiteral("x.csv"), token);
//   const HttpResult answer = sandbox.postJson("deAI/queryGuarantee", body, token);
class SandboxFixture
{
public:
    // options.dataDir is ignored: the fixture owns the data directory.
    explicit SandboxFixture(sandbox::SandboxOptions options = {});
    ~SandboxFixture();

    bool start();
    void stop();
    bool restart(); // stop, then start again on the same data directory (the port changes)

    sandbox::SandboxServer &server() { return *m_server; }
    QString dataDir() const { return m_dataDir.path(); }
    QUrl baseUrl() const;   // http://127.0.0.1:PORT/sdk/computation
    QString origin() const; // http://127.0.0.1:PORT

    // Signs in (creating the account on first use) and answers the token,
    // or an empty array (with a test warning) when that fails.
    QByteArray signIn(const QString &email, const QString &password = QStringLiteral("secret"));

    HttpResult postJson(const QString &path, const QJsonObject &body, const QByteArray &token = {});
    HttpResult postRaw(const QString &path, const QByteArray &body, const QByteArray &token = {},
                       const QByteArray &contentType = QByteArrayLiteral("application/json"));
    HttpResult get(const QString &pathOrUrl, const QByteArray &token = {});

    // Uploads content as form field "file" named fileName.
    HttpResult uploadRaw(const QByteArray &content, const QString &fileName, const QByteArray &token);
    // The same, answering the server path (the envelope's msg) or empty on failure.
    QString upload(const QByteArray &content, const QString &fileName, const QByteArray &token);
    QString uploadFile(const QString &localPath, const QByteArray &token);

    // Uploads datasets::twoClassImageZip(4) and its labels, estimates and
    // creates a CNN job named jobName; answers the job id, empty on failure.
    QString createCnnJob(const QByteArray &token, const QString &jobName);
    // Quotes and runs one inference of jobId on the uploaded dataPath;
    // answers infer_id, or -1 on failure.
    qint64 runInference(const QByteArray &token, const QString &jobId, const QString &dataPath);

private:
    QUrl urlFor(const QString &pathOrUrl) const;
    HttpResult wait(class QNetworkReply *reply);

    sandbox::SandboxOptions m_options;
    QTemporaryDir m_dataDir;
    std::unique_ptr<sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

// Small datasets for tests.
namespace datasets {

QByteArray png(const QImage &image);
// A ZIP (stored, no compression) holding the given (name, bytes) entries.
QByteArray zip(const QList<QPair<QString, QByteArray>> &entries);
// size x size grey images: class "dark" near black, class "light" near
// white; names "dark/00.png"…, count of each class.
QByteArray twoClassImageZip(int perClass, int size = 8);
// A labels CSV for twoClassImageZip in file-name order.
QByteArray twoClassLabelsCsv(int perClass);
// "Date Time,a,b" then rows of numbers; the date column is text.
QByteArray seriesCsv(int rows);

} // namespace datasets

} // namespace deai::test
