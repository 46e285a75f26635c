// SPDX-License-Identifier: GPL-3.0-or-later
// A loopback server for the benchmarks, speaking the sandbox's JSON envelope:
// deAI/uploadFile streams the body and drops it (QtHttpServer, under the
// sandbox, holds whole request bodies in memory, which would measure the
// server rather than the client), and deAI/queryInferList answers generated
// pages of --infer-total records. It prints the sandbox's "listening" line,
// then one `bench-server upload BYTES NAME` line per upload.
#include "server/BenchHttpConnection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTcpServer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption inferTotal(QStringLiteral("infer-total"),
                                        QStringLiteral("Records in the inference history."),
                                        QStringLiteral("count"), QStringLiteral("100000"));
    parser.addOption(inferTotal);
    parser.addHelpOption();
    parser.process(app);
    const qint64 totalCount = parser.value(inferTotal).toLongLong();

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench-server: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto *connection = new deai::bench::BenchHttpConnection(socket, totalCount, &server);
            QObject::connect(connection, &deai::bench::BenchHttpConnection::uploadReceived,
                             [](qint64 bytes, const QByteArray &name) {
                                 std::printf("bench-server upload %lld %s\n",
                                             static_cast<long long>(bytes), name.constData());
                                 std::fflush(stdout);
                             });
        }
    });
    std::printf("deai-sandbox listening on http://127.0.0.1:%u/sdk/computation\n",
                unsigned(server.serverPort()));
    std::fflush(stdout);
    return app.exec();
}
