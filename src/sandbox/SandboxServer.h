// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SandboxOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QHttpServer;

namespace deai::sandbox {

class BodyLimitTcpServer;
class FaultPlan;
class RouteContext;
class SandboxStore;
class TokenService;

// A local emulator of the Distributed AI API: the production calls at the
// production paths, on 127.0.0.1 only, with its state in options.dataDir.
//
// QHttpServer 6.4 runs every handler on this object's thread. Dataset
// parsing, training and inference run on a worker pool and answer through
// QFuture responses; the remaining handlers only touch SQLite and stay fast.
class SandboxServer final : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Binds 127.0.0.1:port (0 picks a free port). On failure errorString() says why.
    bool listen(quint16 port = 0);
    QString errorString() const { return m_error; }

    quint16 port() const;
    QUrl url() const;       // http://127.0.0.1:PORT/sdk/computation
    QString origin() const; // http://127.0.0.1:PORT

    // For tests and tools that need to act as the server would.
    TokenService &tokens();
    SandboxStore &store();
    // The faults tests arm; null unless SandboxOptions::enableFaultControl.
    FaultPlan *faults() { return m_faults.get(); }

private:
    bool openState();

    SandboxOptions m_options;
    QString m_error;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<TokenService> m_tokens;
    std::unique_ptr<FaultPlan> m_faults;
    std::unique_ptr<QHttpServer> m_http;
    BodyLimitTcpServer *m_tcp = nullptr; // owned by m_http
    std::unique_ptr<RouteContext> m_routes;
};

} // namespace deai::sandbox
