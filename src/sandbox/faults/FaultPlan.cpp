// SPDX-License-Identifier: GPL-3.0-or-later
#include "faults/FaultPlan.h"

#include <QMutexLocker>

#include <array>
#include <utility>

namespace deai::sandbox {

namespace {

constexpr std::array<std::pair<FaultKind, const char *>, 13> kNames{{
    {FaultKind::Delay, "delay"},
    {FaultKind::DropAfterBytes, "drop-after-bytes"},
    {FaultKind::DropBeforeAnswer, "drop-before-answer"},
    {FaultKind::Http500Html, "http-500-html"},
    {FaultKind::Http502Html, "http-502-html"},
    {FaultKind::MalformedJson, "malformed-json"},
    {FaultKind::TruncatedJson, "truncated-json"},
    {FaultKind::WrongTypes, "wrong-types"},
    {FaultKind::MissingFields, "missing-fields"},
    {FaultKind::HugeBody, "huge-body"},
    {FaultKind::HugeCost, "huge-cost"},
    {FaultKind::LongJobId, "long-job-id"},
    {FaultKind::TokenExpired, "token-expired"},
}};

bool matches(const QString &armed, const QString &call)
{
    return call == armed || call.startsWith(armed + QLatin1Char('/'));
}

} // namespace

std::optional<FaultKind> Fault::kindNamed(QStringView name)
{
    for (const auto &[kind, text] : kNames) {
        if (name == QLatin1String(text))
            return kind;
    }
    return std::nullopt;
}

QString Fault::nameOf(FaultKind kind)
{
    for (const auto &[known, text] : kNames) {
        if (known == kind)
            return QLatin1String(text);
    }
    return {};
}

void FaultPlan::add(const Fault &fault)
{
    const QMutexLocker lock(&m_mutex);
    m_faults.append(fault);
}

void FaultPlan::clear()
{
    const QMutexLocker lock(&m_mutex);
    m_faults.clear();
}

std::optional<Fault> FaultPlan::take(const QString &call, Stage stage)
{
    const QMutexLocker lock(&m_mutex);
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        const bool connectionStage = fault.kind == FaultKind::DropAfterBytes;
        if (connectionStage != (stage == Stage::Connection) || !matches(fault.call, call))
            continue;
        const Fault hit = fault;
        if (fault.times != Fault::kAlways && --fault.times <= 0)
            m_faults.removeAt(i);
        return hit;
    }
    return std::nullopt;
}

void FaultPlan::countRequest(const QString &call)
{
    const QMutexLocker lock(&m_mutex);
    ++m_requests[call];
}

int FaultPlan::requestCount(const QString &call) const
{
    const QMutexLocker lock(&m_mutex);
    return m_requests.value(call);
}

void FaultPlan::expireAllTokens()
{
    const QMutexLocker lock(&m_mutex);
    m_expiredTokens.unite(m_liveTokens);
    m_liveTokens.clear();
}

void FaultPlan::noteToken(const QByteArray &token)
{
    const QMutexLocker lock(&m_mutex);
    if (!token.isEmpty() && !m_expiredTokens.contains(token))
        m_liveTokens.insert(token);
}

bool FaultPlan::isExpired(QByteArrayView token) const
{
    const QMutexLocker lock(&m_mutex);
    return m_expiredTokens.contains(token.toByteArray());
}

} // namespace deai::sandbox
