// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScriptedHttpServer.h"
#include "api/ApiClient.h"

#include <memory>

namespace deai::test {

// A scripted server and an ApiClient pointed at it, for per-test set-up.
struct ScriptedApi
{
    std::unique_ptr<ScriptedHttpServer> server;
    std::unique_ptr<ApiClient> client;

    // False when the server cannot listen. Retries wait only 10 ms.
    bool start(const QByteArray &token = {})
    {
        server = std::make_unique<ScriptedHttpServer>();
        if (!server->listen())
            return false;
        client = std::make_unique<ApiClient>();
        client->setBaseUrl(server->baseUrl());
        client->setToken(token);
        client->setRetryPolicy(3, std::chrono::milliseconds(10));
        return true;
    }

    void stop()
    {
        client.reset();
        server.reset();
    }
};

} // namespace deai::test
