// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiError.h"

#include <QObject>

#include <optional>

namespace deai {

// A call in flight. It emits finished() exactly once, successful or not, and
// deletes itself after that signal has been delivered, so a caller connects
// to finished() and reads the outcome inside the slot.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const ApiError &error() const { return m_error; }

    // Stops the call; finished() follows with ApiError::Kind::Cancelled.
    virtual void cancel() = 0;

Q_SIGNALS:
    // Upload progress of the request body (uploadFile) or download progress
    // of the answer; total is -1 when unknown.
    void progress(qint64 done, qint64 total);
    void finished();

protected:
    void finishWithError(const ApiError &error);
    void markSucceeded();

private:
    bool m_finished = false;
    ApiError m_error;
};

// The typed outcome of one endpoint.
template<typename T>
class ApiReply : public ApiCall
{
public:
    using ApiCall::ApiCall;

    // Only valid when isOk().
    const T &value() const { return *m_value; }

protected:
    void finishWithValue(T value)
    {
        m_value = std::move(value);
        markSucceeded();
    }

private:
    std::optional<T> m_value;
};

} // namespace deai
