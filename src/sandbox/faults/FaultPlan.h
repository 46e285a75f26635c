// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

namespace deai::sandbox {

// What can go wrong with one request, so tests can see how clients cope.
enum class FaultKind {
    Delay,            // the call runs at once; its answer leaves after `delay`
    DropAfterBytes,   // the connection closes once `bytes` body bytes arrived; the call never runs
    DropBeforeAnswer, // the call runs; the connection closes instead of answering
    Http500Html,      // HTTP 500 with an HTML page, as a crashed backend behind a proxy gives
    Http502Html,      // HTTP 502 with a proxy's HTML page
    MalformedJson,    // HTTP 200 with a body that is not JSON at all
    TruncatedJson,    // the call runs; its answer is cut in half
    WrongTypes,       // the call runs; every field but code and msg changes type
    MissingFields,    // the call runs; only code and msg are left
    HugeBody,         // HTTP 200 with a JSON string of `bytes` bytes (64 MiB by default)
    HugeCost,         // the call runs; ccd_cost becomes a number beyond 2^64
    LongJobId,        // the call runs; a string "data" becomes a 78-digit job id
    TokenExpired,     // code 401 as for an expired token; the call never runs
};

struct Fault
{
    static constexpr int kAlways = -1;

    FaultKind kind = FaultKind::Delay;
    // The call's path below /sdk/computation ("deAI/createJob"), or below the
    // root for other paths ("ai/resultFiles" matches every result file).
    QString call;
    int times = 1; // how many requests it hits, or kAlways
    std::chrono::milliseconds delay{0};
    qint64 bytes = 0; // DropAfterBytes: body bytes to read first; HugeBody: body size (0: 64 MiB)

    static std::optional<FaultKind> kindNamed(QStringView name); // "drop-before-answer"
    static QString nameOf(FaultKind kind);
};

// The faults a test armed, and what the server saw. Only exists when
// SandboxOptions::enableFaultControl is set. Thread-safe: the control route,
// the connection watchers and tests may use it.
class FaultPlan
{
public:
    // A ccd_cost beyond 2^64 in units of 10^-18 CCD, and the same in whole CCD.
    static constexpr const char *kHugeCostUnits = "123456789012345678901234567890";
    static constexpr const char *kHugeCostDecimal = "123456789012.34567890123456789";
    static constexpr const char *kLongJobId =
        "987654321098765432109876543210987654321098765432109876543210987654321098765432";
    static constexpr qint64 kDefaultHugeBodyBytes = qint64(64) * 1024 * 1024;

    enum class Stage { Connection, Answer };

    void add(const Fault &fault);
    void clear(); // disarms every fault; the request counts stay

    // Uses up one hit of the first armed fault for call at that stage:
    // Connection is DropAfterBytes, Answer every other kind.
    std::optional<Fault> take(const QString &call, Stage stage);

    // Requests whose head reached the server, per call.
    void countRequest(const QString &call);
    int requestCount(const QString &call) const;

    // Every token issued or seen so far answers 401 "expired" from now on;
    // tokens issued afterwards work.
    void expireAllTokens();
    void noteToken(const QByteArray &token);
    bool isExpired(QByteArrayView token) const;

private:
    mutable QMutex m_mutex;
    QList<Fault> m_faults;
    QHash<QString, int> m_requests;
    QSet<QByteArray> m_liveTokens;
    QSet<QByteArray> m_expiredTokens;
};

} // namespace deai::sandbox
