// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ApiTestHelpers.h"
#include "SandboxFixture.h"
#include "api/ApiClient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace deai::test {

// A CNN spec over datasets::twoClassImageZip and its labels.
inline CnnTrainingSpec twoClassCnnSpec(const QString &jobName, const QString &images, const QString &labels)
{
    CnnTrainingSpec spec;
    spec.jobName = jobName;
    spec.epoch = 2;
    spec.trainShard = 0.75;
    spec.imagesPath = images;
    spec.labelsPath = labels;
    spec.scaleRatio = 255;
    spec.category = 2;
    spec.channel = 1;
    return spec;
}

// The real client talking to an in-process sandbox over loopback HTTP.
struct ClientOnSandbox
{
    explicit ClientOnSandbox(sandbox::SandboxOptions options = {})
        : sandbox(std::move(options))
    {
    }

    SandboxFixture sandbox;
    ApiClient client;
    QTemporaryDir files; // local files to upload

    bool start()
    {
        if (!sandbox.start() || !files.isValid())
            return false;
        client.setBaseUrl(sandbox.baseUrl());
        client.setRetryPolicy(1, std::chrono::milliseconds(10));
        return true;
    }

    // Runs the call to its end and answers what it reported.
    template<typename T>
    static std::shared_ptr<Outcome<T>> run(ApiReply<T> *reply)
    {
        auto outcome = watch(reply);
        if (!QTest::qWaitFor([&] { return outcome->finishedCount > 0; }, 60000))
            qWarning("The call did not finish within a minute.");
        return outcome;
    }

    bool signIn(const QString &email)
    {
        const auto token = run(client.genToken(email, QStringLiteral("secret")));
        if (!token->isOk())
            return false;
        client.setToken(*token->value);
        return true;
    }

    QString localFile(const QString &name, const QByteArray &content)
    {
        QFile file(files.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return file.fileName();
    }

    // Uploads content through the client; empty on failure.
    QString upload(const QString &name, const QByteArray &content)
    {
        const auto outcome = run(client.uploadFile(localFile(name, content)));
        return outcome->isOk() ? *outcome->value : QString();
    }
};

} // namespace deai::test
