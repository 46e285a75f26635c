// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxServer.h"

#include "auth/TokenService.h"
#include "faults/FaultControlRoute.h"
#include "faults/FaultPlan.h"
#include "http/BodyLimitTcpServer.h"
#include "logging/LogCategories.h"
#include "routes/RouteContext.h"
#include "routes/Routes.h"
#include "storage/SandboxStore.h"
#include "training/BaselineTrainer.h"

#include <QDir>
#include <QHttpServer>

namespace deai::sandbox {

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    if (!m_options.trainer)
        m_options.trainer = std::make_shared<BaselineTrainer>();
    if (m_options.enableFaultControl)
        m_faults = std::make_unique<FaultPlan>();
}

SandboxServer::~SandboxServer()
{
    // Workers hold references to the store's thread context; let them finish
    // before anything they use goes away.
    if (m_routes)
        m_routes->waitForWorkers();
}

bool SandboxServer::openState()
{
    const QDir dataDir(m_options.dataDir);
    if (m_options.dataDir.isEmpty() || !dataDir.mkpath(QStringLiteral("files"))
        || !dataDir.mkpath(QStringLiteral("results"))) {
        m_error = tr("The data directory \"%1\" cannot be created; choose a writable directory.")
                      .arg(m_options.dataDir);
        return false;
    }
    m_options.dataDir = dataDir.absolutePath();
    m_store = std::make_unique<SandboxStore>();
    if (!m_store->open(dataDir.filePath(QStringLiteral("sandbox.sqlite")))) {
        m_error = tr("The sandbox database in \"%1\" cannot be opened.").arg(m_options.dataDir);
        return false;
    }
    const QByteArray key = m_store->signingKey();
    if (key.isEmpty()) {
        m_error = tr("The token signing key cannot be stored in \"%1\".").arg(m_options.dataDir);
        return false;
    }
    m_tokens = std::make_unique<TokenService>(key, m_options.tokenLifetime);
    return true;
}

bool SandboxServer::listen(quint16 port)
{
    if (m_http) {
        m_error = tr("The sandbox is already listening.");
        return false;
    }
    if (!openState())
        return false;

    m_http = std::make_unique<QHttpServer>();
    m_routes = std::make_unique<RouteContext>(*m_http, *this, *m_store, *m_tokens, *m_options.trainer, m_options);
    addAccountRoutes(*m_routes);
    addUploadRoutes(*m_routes);
    addTrainingRoutes(*m_routes);
    addInferenceRoutes(*m_routes);
    addRecordRoutes(*m_routes);
    if (m_faults) {
        m_routes->setFaults(m_faults.get());
        addFaultControlRoute(*m_routes, *m_faults);
        qCWarning(lcSandbox) << "Fault control is on: POST /__faults__ breaks calls on purpose";
    }

    m_tcp = new BodyLimitTcpServer({m_options.uploadLimitBytes, m_options.jsonLimitBytes}, m_faults.get(),
                                   m_http.get());
    if (!m_tcp->listen(QHostAddress::LocalHost, port)) {
        m_error = tr("Cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_tcp->errorString());
        return false;
    }
    m_http->bind(m_tcp);
    m_routes->setOrigin(origin());
    qCInfo(lcSandbox) << "Sandbox listening on" << url().toString();
    return true;
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString SandboxServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QUrl SandboxServer::url() const
{
    return QUrl(origin() + QStringLiteral("/sdk/computation"));
}

TokenService &SandboxServer::tokens()
{
    return *m_tokens;
}

SandboxStore &SandboxServer::store()
{
    return *m_store;
}

} // namespace deai::sandbox
