// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QTcpServer>

namespace deai::sandbox {

class FaultPlan;

// QHttpServer 6.4 buffers a whole request body in memory before any handler
// sees it, and offers no hook between the headers and the body. This TCP
// server gives each connection a watcher that reads the request head first:
// when Content-Length already exceeds the limit for the path, it answers
// code 413 (upload) or 400 (JSON calls) itself, discards the body as it
// arrives and closes the connection, so the oversized body is never kept.
// Chunked bodies carry no length up front; the routes check those after the
// fact. With a fault plan it also counts each request and drops the
// connections the plan says to drop.
class BodyLimitTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    struct Limits
    {
        qint64 uploadBytes = 0;
        qint64 jsonBytes = 0;
    };

    BodyLimitTcpServer(Limits limits, FaultPlan *faults, QObject *parent = nullptr);

    static bool isUploadPath(QByteArrayView target);

protected:
    void incomingConnection(qintptr socketDescriptor) override;

private:
    Limits m_limits;
    FaultPlan *m_faults;
};

} // namespace deai::sandbox
