// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiReply.h"

#include <QObject>
#include <memory>
#include <optional>

namespace deai::test {

// What a reply reported, captured inside its finished() slot because the
// reply deletes itself afterwards.
template<typename T>
struct Outcome
{
    int finishedCount = 0;
    ApiError error;
    std::optional<T> value;
    QList<std::pair<qint64, qint64>> progress;

    bool isOk() const { return finishedCount == 1 && !error.isError() && value.has_value(); }
};

template<typename T>
std::shared_ptr<Outcome<T>> watch(ApiReply<T> *reply)
{
    auto outcome = std::make_shared<Outcome<T>>();
    QObject::connect(reply, &ApiCall::progress, reply, [outcome](qint64 done, qint64 total) {
        outcome->progress.append({done, total});
    });
    QObject::connect(reply, &ApiCall::finished, reply, [outcome, reply] {
        ++outcome->finishedCount;
        outcome->error = reply->error();
        if (reply->isOk())
            outcome->value = reply->value();
    });
    return outcome;
}

} // namespace deai::test
